# generated from ui/publish_dialog.ui by tools/compile_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'publish_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_PublishDialog(object):
    def setupUi(self, PublishDialog):
        if not PublishDialog.objectName():
            PublishDialog.setObjectName(u"PublishDialog")
        PublishDialog.setMinimumSize(QSize(520, 0))
        self.dialog_layout = QVBoxLayout(PublishDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.dialog_layout.setContentsMargins(20, 16, 20, 14)
        self.heading = QLabel(PublishDialog)
        self.heading.setObjectName(u"heading")
        font = QFont()
        font.setPointSize(15)
        font.setBold(True)
        self.heading.setFont(font)

        self.dialog_layout.addWidget(self.heading)

        self.intro = QLabel(PublishDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro)

        self.check_heading = QLabel(PublishDialog)
        self.check_heading.setObjectName(u"check_heading")
        self.check_heading.setWordWrap(True)

        self.dialog_layout.addWidget(self.check_heading)

        self.check_result = QPlainTextEdit(PublishDialog)
        self.check_result.setObjectName(u"check_result")
        self.check_result.setMinimumSize(QSize(0, 120))
        self.check_result.setMaximumSize(QSize(16777215, 220))
        self.check_result.setReadOnly(True)
        self.check_result.setTabChangesFocus(True)

        self.dialog_layout.addWidget(self.check_result)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.registers_label = QLabel(PublishDialog)
        self.registers_label.setObjectName(u"registers_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.registers_label)

        self.registers = QLabel(PublishDialog)
        self.registers.setObjectName(u"registers")
        self.registers.setWordWrap(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.registers)

        self.effective_date_label = QLabel(PublishDialog)
        self.effective_date_label.setObjectName(u"effective_date_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.effective_date_label)

        self.effective_date = QDateEdit(PublishDialog)
        self.effective_date.setObjectName(u"effective_date")
        self.effective_date.setMaximumSize(QSize(160, 16777215))
        self.effective_date.setDisplayFormat(u"d.M.yyyy")
        self.effective_date.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.effective_date)

        self.note_label = QLabel(PublishDialog)
        self.note_label.setObjectName(u"note_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note = QPlainTextEdit(PublishDialog)
        self.note.setObjectName(u"note")
        self.note.setMaximumSize(QSize(16777215, 90))
        self.note.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.note)

        self.override_label = QLabel(PublishDialog)
        self.override_label.setObjectName(u"override_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.override_label)

        self.override_reason = QPlainTextEdit(PublishDialog)
        self.override_reason.setObjectName(u"override_reason")
        self.override_reason.setMaximumSize(QSize(16777215, 70))
        self.override_reason.setTabChangesFocus(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.override_reason)


        self.dialog_layout.addLayout(self.form)

        self.confirm = QCheckBox(PublishDialog)
        self.confirm.setObjectName(u"confirm")

        self.dialog_layout.addWidget(self.confirm)

        self.buttons = QDialogButtonBox(PublishDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.effective_date_label.setBuddy(self.effective_date)
        self.note_label.setBuddy(self.note)
        self.override_label.setBuddy(self.override_reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.effective_date, self.note)
        QWidget.setTabOrder(self.note, self.override_reason)
        QWidget.setTabOrder(self.override_reason, self.confirm)

        self.retranslateUi(PublishDialog)

        QMetaObject.connectSlotsByName(PublishDialog)
    # setupUi

    def retranslateUi(self, PublishDialog):
        PublishDialog.setWindowTitle(_(u"Publish the privacy notice"))
        self.intro.setText(_(u"Publishing freezes the notice as it is now, in Finnish, Swedish and English: its number, effective date, text and PDF. Later changes to the registers go into the next version."))
        self.registers_label.setText(_(u"Registers:"))
        self.effective_date_label.setText(_(u"&Effective from:"))
        self.note_label.setText(_(u"&Note:"))
        self.note.setPlaceholderText(_(u"What changed, for the version history (optional)"))
        self.override_label.setText(_(u"&Reason:"))
        self.override_reason.setPlaceholderText(_(u"Why the notice is published although the check shows gaps (required)"))
        self.confirm.setText(_(u"I understand that the published version can no longer be changed."))
    # retranslateUi

