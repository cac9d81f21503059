# generated from ui/new_register_dialog.ui by tools/compile_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_register_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_NewRegisterDialog(object):
    def setupUi(self, NewRegisterDialog):
        if not NewRegisterDialog.objectName():
            NewRegisterDialog.setObjectName(u"NewRegisterDialog")
        NewRegisterDialog.setMinimumSize(QSize(460, 0))
        self.dialog_layout = QVBoxLayout(NewRegisterDialog)
        self.dialog_layout.setSpacing(8)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.dialog_layout.setContentsMargins(16, 16, 16, 16)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(4)
        self.name_label = QLabel(NewRegisterDialog)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(NewRegisterDialog)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.name_note = QLabel(NewRegisterDialog)
        self.name_note.setObjectName(u"name_note")
        self.name_note.setWordWrap(True)
        self.name_note.setVisible(False)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_note)

        self.key_label = QLabel(NewRegisterDialog)
        self.key_label.setObjectName(u"key_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.key_label)

        self.key = QLineEdit(NewRegisterDialog)
        self.key.setObjectName(u"key")
        self.key.setMaxLength(40)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.key)

        self.key_note = QLabel(NewRegisterDialog)
        self.key_note.setObjectName(u"key_note")
        self.key_note.setWordWrap(True)
        self.key_note.setVisible(False)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.key_note)


        self.dialog_layout.addLayout(self.form)

        self.key_hint = QLabel(NewRegisterDialog)
        self.key_hint.setObjectName(u"key_hint")
        self.key_hint.setWordWrap(True)

        self.dialog_layout.addWidget(self.key_hint)

        self.buttons = QDialogButtonBox(NewRegisterDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.key_label.setBuddy(self.key)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewRegisterDialog)

        QMetaObject.connectSlotsByName(NewRegisterDialog)
    # setupUi

    def retranslateUi(self, NewRegisterDialog):
        NewRegisterDialog.setWindowTitle(_(u"New register"))
        self.name_label.setText(_(u"&Name in Finnish:"))
        self.key_label.setText(_(u"&Key:"))
        self.key.setPlaceholderText(_(u"e.g. customers"))
        self.key_hint.setText(_(u"The key names the register on the command line: lowercase letters a\u2013z, digits and hyphens. It cannot be changed later."))
    # retranslateUi

