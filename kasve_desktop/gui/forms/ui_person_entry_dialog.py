# generated from ui/person_entry_dialog.ui by tools/compile_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_entry_dialog.ui'
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
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_EntryDialog(object):
    def setupUi(self, EntryDialog):
        if not EntryDialog.objectName():
            EntryDialog.setObjectName(u"EntryDialog")
        EntryDialog.setMinimumSize(QSize(480, 0))
        self.dialog_layout = QVBoxLayout(EntryDialog)
        self.dialog_layout.setSpacing(8)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.dialog_layout.setContentsMargins(16, 16, 16, 16)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(5)
        self.register_key_label = QLabel(EntryDialog)
        self.register_key_label.setObjectName(u"register_key_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.register_key_label)

        self.register_key = QComboBox(EntryDialog)
        self.register_key.setObjectName(u"register_key")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.register_key)

        self.register_key_note = QLabel(EntryDialog)
        self.register_key_note.setObjectName(u"register_key_note")
        self.register_key_note.setWordWrap(True)
        self.register_key_note.setVisible(False)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.register_key_note)

        self.source_label = QLabel(EntryDialog)
        self.source_label.setObjectName(u"source_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.source_label)

        self.source = QLineEdit(EntryDialog)
        self.source.setObjectName(u"source")
        self.source.setMaxLength(200)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.source)

        self.source_note = QLabel(EntryDialog)
        self.source_note.setObjectName(u"source_note")
        self.source_note.setWordWrap(True)
        self.source_note.setVisible(False)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.source_note)

        self.legal_basis_label = QLabel(EntryDialog)
        self.legal_basis_label.setObjectName(u"legal_basis_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.legal_basis_label)

        self.legal_basis = QComboBox(EntryDialog)
        self.legal_basis.setObjectName(u"legal_basis")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.legal_basis)

        self.legal_basis_note = QLabel(EntryDialog)
        self.legal_basis_note.setObjectName(u"legal_basis_note")
        self.legal_basis_note.setWordWrap(True)
        self.legal_basis_note.setVisible(False)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.legal_basis_note)

        self.collected_on_label = QLabel(EntryDialog)
        self.collected_on_label.setObjectName(u"collected_on_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.collected_on_label)

        self.collected_on = QDateEdit(EntryDialog)
        self.collected_on.setObjectName(u"collected_on")
        self.collected_on.setCalendarPopup(True)
        self.collected_on.setDisplayFormat(u"d.M.yyyy")
        self.collected_on.setMaximumSize(QSize(170, 16777215))
        self.collected_on.setSpecialValueText(u"\u2014")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.collected_on)

        self.collected_on_note = QLabel(EntryDialog)
        self.collected_on_note.setObjectName(u"collected_on_note")
        self.collected_on_note.setWordWrap(True)
        self.collected_on_note.setVisible(False)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.collected_on_note)

        self.last_needed_on_label = QLabel(EntryDialog)
        self.last_needed_on_label.setObjectName(u"last_needed_on_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.last_needed_on_label)

        self.last_needed_on = QDateEdit(EntryDialog)
        self.last_needed_on.setObjectName(u"last_needed_on")
        self.last_needed_on.setCalendarPopup(True)
        self.last_needed_on.setDisplayFormat(u"d.M.yyyy")
        self.last_needed_on.setMaximumSize(QSize(170, 16777215))
        self.last_needed_on.setSpecialValueText(u"\u2014")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.last_needed_on)

        self.last_needed_on_note = QLabel(EntryDialog)
        self.last_needed_on_note.setObjectName(u"last_needed_on_note")
        self.last_needed_on_note.setWordWrap(True)
        self.last_needed_on_note.setVisible(False)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.last_needed_on_note)

        self.legal_hold = QCheckBox(EntryDialog)
        self.legal_hold.setObjectName(u"legal_hold")

        self.form.setWidget(10, QFormLayout.ItemRole.SpanningRole, self.legal_hold)

        self.note_label = QLabel(EntryDialog)
        self.note_label.setObjectName(u"note_label")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note = QPlainTextEdit(EntryDialog)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumSize(QSize(16777215, 70))

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.note)

        self.details_label = QLabel(EntryDialog)
        self.details_label.setObjectName(u"details_label")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.details_label)

        self.details = QLabel(EntryDialog)
        self.details.setObjectName(u"details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.details)


        self.dialog_layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(EntryDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.register_key_label.setBuddy(self.register_key)
        self.source_label.setBuddy(self.source)
        self.legal_basis_label.setBuddy(self.legal_basis)
        self.collected_on_label.setBuddy(self.collected_on)
        self.last_needed_on_label.setBuddy(self.last_needed_on)
        self.note_label.setBuddy(self.note)
        self.details_label.setBuddy(self.details)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EntryDialog)

        QMetaObject.connectSlotsByName(EntryDialog)
    # setupUi

    def retranslateUi(self, EntryDialog):
        EntryDialog.setWindowTitle(_(u"Register entry"))
        self.register_key_label.setText(_(u"&Register:"))
        self.source_label.setText(_(u"&Source:"))
        self.source.setPlaceholderText(_(u"e.g. directly from the customer"))
        self.legal_basis_label.setText(_(u"Legal &basis:"))
        self.collected_on_label.setText(_(u"&Collected:"))
        self.last_needed_on_label.setText(_(u"&Last needed:"))
        self.legal_hold.setText(_(u"Legal &hold: keep the data past the retention period"))
        self.note_label.setText(_(u"&Note:"))
        self.details_label.setText(_(u"Details:"))
    # retranslateUi

