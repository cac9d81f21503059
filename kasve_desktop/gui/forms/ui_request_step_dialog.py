# generated from ui/request_step_dialog.ui by tools/compile_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'request_step_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_StepDialog(object):
    def setupUi(self, StepDialog):
        if not StepDialog.objectName():
            StepDialog.setObjectName(u"StepDialog")
        StepDialog.setMinimumSize(QSize(480, 0))
        self.dialog_layout = QVBoxLayout(StepDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.dialog_layout.setContentsMargins(18, 16, 18, 14)
        self.heading = QLabel(StepDialog)
        self.heading.setObjectName(u"heading")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.heading.setFont(font)

        self.dialog_layout.addWidget(self.heading)

        self.explanation = QLabel(StepDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.dialog_layout.addWidget(self.explanation)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.on_date_label = QLabel(StepDialog)
        self.on_date_label.setObjectName(u"on_date_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.on_date_label)

        self.on_date = QDateEdit(StepDialog)
        self.on_date.setObjectName(u"on_date")
        self.on_date.setDisplayFormat(u"d.M.yyyy")
        self.on_date.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.on_date)

        self.text_label = QLabel(StepDialog)
        self.text_label.setObjectName(u"text_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.text_label)

        self.text = QPlainTextEdit(StepDialog)
        self.text.setObjectName(u"text")
        self.text.setTabChangesFocus(True)
        self.text.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.text)

        self.channel_label = QLabel(StepDialog)
        self.channel_label.setObjectName(u"channel_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.channel_label)

        self.channel = QComboBox(StepDialog)
        self.channel.setObjectName(u"channel")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.channel)

        self.note_label = QLabel(StepDialog)
        self.note_label.setObjectName(u"note_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note = QPlainTextEdit(StepDialog)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumSize(QSize(16777215, 70))

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.note)

        self.pause = QCheckBox(StepDialog)
        self.pause.setObjectName(u"pause")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.pause)


        self.dialog_layout.addLayout(self.form)

        self.error = QLabel(StepDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)

        self.dialog_layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(StepDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.on_date_label.setBuddy(self.on_date)
        self.text_label.setBuddy(self.text)
        self.channel_label.setBuddy(self.channel)
        self.note_label.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StepDialog)

        QMetaObject.connectSlotsByName(StepDialog)
    # setupUi

    def retranslateUi(self, StepDialog):
        self.on_date_label.setText(_(u"&Date:"))
        self.channel_label.setText(_(u"Sent &by:"))
        self.note_label.setText(_(u"&Note:"))
        self.pause.setText(_(u"&Pause the clock until the answer arrives"))
        pass
    # retranslateUi

