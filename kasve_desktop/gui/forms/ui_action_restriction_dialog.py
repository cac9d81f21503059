# generated from ui/action_restriction_dialog.ui by tools/compile_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_restriction_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_RestrictionDialog(object):
    def setupUi(self, RestrictionDialog):
        if not RestrictionDialog.objectName():
            RestrictionDialog.setObjectName(u"RestrictionDialog")
        RestrictionDialog.setMinimumSize(QSize(480, 0))
        self.dialog_layout = QVBoxLayout(RestrictionDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.dialog_layout.setContentsMargins(18, 16, 18, 14)
        self.heading = QLabel(RestrictionDialog)
        self.heading.setObjectName(u"heading")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)

        self.dialog_layout.addWidget(self.heading)

        self.explanation = QLabel(RestrictionDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.dialog_layout.addWidget(self.explanation)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.reason_label = QLabel(RestrictionDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason = QLineEdit(RestrictionDialog)
        self.reason.setObjectName(u"reason")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reason)

        self.since_label = QLabel(RestrictionDialog)
        self.since_label.setObjectName(u"since_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.since_label)

        self.since = QDateEdit(RestrictionDialog)
        self.since.setObjectName(u"since")
        self.since.setDisplayFormat(u"d.M.yyyy")
        self.since.setCalendarPopup(True)
        self.since.setMaximumSize(QSize(170, 16777215))

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.since)


        self.dialog_layout.addLayout(self.form)

        self.error = QLabel(RestrictionDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)

        self.dialog_layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(RestrictionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.reason_label.setBuddy(self.reason)
        self.since_label.setBuddy(self.since)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RestrictionDialog)

        QMetaObject.connectSlotsByName(RestrictionDialog)
    # setupUi

    def retranslateUi(self, RestrictionDialog):
        RestrictionDialog.setWindowTitle(_(u"Restriction of processing"))
        self.reason_label.setText(_(u"&Reason:"))
        self.reason.setPlaceholderText(_(u"e.g. the accuracy of the data is contested"))
        self.since_label.setText(_(u"&Since:"))
    # retranslateUi

