# generated from ui/person_objection_dialog.ui by tools/compile_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_objection_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ObjectionDialog(object):
    def setupUi(self, ObjectionDialog):
        if not ObjectionDialog.objectName():
            ObjectionDialog.setObjectName(u"ObjectionDialog")
        ObjectionDialog.setMinimumSize(QSize(440, 0))
        self.dialog_layout = QVBoxLayout(ObjectionDialog)
        self.dialog_layout.setSpacing(8)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.dialog_layout.setContentsMargins(16, 16, 16, 16)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(5)
        self.scope_label = QLabel(ObjectionDialog)
        self.scope_label.setObjectName(u"scope_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.scope_label)

        self.scope = QComboBox(ObjectionDialog)
        self.scope.setObjectName(u"scope")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.scope)

        self.scope_note = QLabel(ObjectionDialog)
        self.scope_note.setObjectName(u"scope_note")
        self.scope_note.setWordWrap(True)
        self.scope_note.setVisible(False)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.scope_note)

        self.since_label = QLabel(ObjectionDialog)
        self.since_label.setObjectName(u"since_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.since_label)

        self.since = QDateEdit(ObjectionDialog)
        self.since.setObjectName(u"since")
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat(u"d.M.yyyy")
        self.since.setMaximumSize(QSize(170, 16777215))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.since)

        self.note_label = QLabel(ObjectionDialog)
        self.note_label.setObjectName(u"note_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note = QPlainTextEdit(ObjectionDialog)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumSize(QSize(16777215, 70))

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.note)


        self.dialog_layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(ObjectionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.scope_label.setBuddy(self.scope)
        self.since_label.setBuddy(self.since)
        self.note_label.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ObjectionDialog)

        QMetaObject.connectSlotsByName(ObjectionDialog)
    # setupUi

    def retranslateUi(self, ObjectionDialog):
        ObjectionDialog.setWindowTitle(_(u"Direct marketing objection"))
        self.scope_label.setText(_(u"&Scope:"))
        self.since_label.setText(_(u"&Since:"))
        self.note_label.setText(_(u"&Note:"))
        self.note.setPlaceholderText(_(u"e.g. told on the phone during a sales call"))
    # retranslateUi

