# generated from ui/action_marketing_dialog.ui by tools/compile_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_marketing_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from kasve_desktop.i18n import _
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_MarketingObjectionDialog(object):
    def setupUi(self, MarketingObjectionDialog):
        if not MarketingObjectionDialog.objectName():
            MarketingObjectionDialog.setObjectName(u"MarketingObjectionDialog")
        MarketingObjectionDialog.setMinimumSize(QSize(480, 0))
        self.dialog_layout = QVBoxLayout(MarketingObjectionDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.dialog_layout.setContentsMargins(18, 16, 18, 14)
        self.heading = QLabel(MarketingObjectionDialog)
        self.heading.setObjectName(u"heading")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)

        self.dialog_layout.addWidget(self.heading)

        self.explanation = QLabel(MarketingObjectionDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.dialog_layout.addWidget(self.explanation)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.scopes_label = QLabel(MarketingObjectionDialog)
        self.scopes_label.setObjectName(u"scopes_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.scopes_label)

        self.scopes_layout = QVBoxLayout()
        self.scopes_layout.setObjectName(u"scopes_layout")

        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.scopes_layout)

        self.since_label = QLabel(MarketingObjectionDialog)
        self.since_label.setObjectName(u"since_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.since_label)

        self.since = QDateEdit(MarketingObjectionDialog)
        self.since.setObjectName(u"since")
        self.since.setDisplayFormat(u"d.M.yyyy")
        self.since.setCalendarPopup(True)
        self.since.setMaximumSize(QSize(170, 16777215))

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.since)

        self.note_label = QLabel(MarketingObjectionDialog)
        self.note_label.setObjectName(u"note_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note = QPlainTextEdit(MarketingObjectionDialog)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumSize(QSize(16777215, 80))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.note)


        self.dialog_layout.addLayout(self.form)

        self.error = QLabel(MarketingObjectionDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)

        self.dialog_layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(MarketingObjectionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.since_label.setBuddy(self.since)
        self.note_label.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MarketingObjectionDialog)

        QMetaObject.connectSlotsByName(MarketingObjectionDialog)
    # setupUi

    def retranslateUi(self, MarketingObjectionDialog):
        MarketingObjectionDialog.setWindowTitle(_(u"Objection to direct marketing"))
        self.scopes_label.setText(_(u"Objects to:"))
        self.since_label.setText(_(u"&From:"))
        self.note_label.setText(_(u"&Note:"))
        self.note.setPlaceholderText(_(u"e.g. asked in a letter of 20.11."))
    # retranslateUi

