# generated from ui/intake_dialog.ui by tools/compile_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intake_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_IntakeDialog(object):
    def setupUi(self, IntakeDialog):
        if not IntakeDialog.objectName():
            IntakeDialog.setObjectName(u"IntakeDialog")
        IntakeDialog.resize(900, 640)
        IntakeDialog.setMinimumSize(QSize(760, 0))
        IntakeDialog.setAcceptDrops(True)
        self.dialog_layout = QVBoxLayout(IntakeDialog)
        self.dialog_layout.setSpacing(8)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.dialog_layout.setContentsMargins(16, 16, 16, 16)
        self.columns = QHBoxLayout()
        self.columns.setSpacing(16)
        self.columns.setObjectName(u"columns")
        self.request_group = QGroupBox(IntakeDialog)
        self.request_group.setObjectName(u"request_group")
        self.request_form = QFormLayout(self.request_group)
        self.request_form.setObjectName(u"request_form")
        self.request_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.request_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.request_form.setHorizontalSpacing(12)
        self.request_form.setVerticalSpacing(6)
        self.received_on_label = QLabel(self.request_group)
        self.received_on_label.setObjectName(u"received_on_label")

        self.request_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.received_on_label)

        self.received_on = QDateEdit(self.request_group)
        self.received_on.setObjectName(u"received_on")
        self.received_on.setCalendarPopup(True)
        self.received_on.setDisplayFormat(u"d.M.yyyy")
        self.received_on.setMaximumSize(QSize(170, 16777215))

        self.request_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.received_on)

        self.received_on_note = QLabel(self.request_group)
        self.received_on_note.setObjectName(u"received_on_note")
        self.received_on_note.setWordWrap(True)
        self.received_on_note.setVisible(False)

        self.request_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.received_on_note)

        self.type_label = QLabel(self.request_group)
        self.type_label.setObjectName(u"type_label")

        self.request_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.type_label)

        self.type = QComboBox(self.request_group)
        self.type.setObjectName(u"type")
        self.type.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.type.setMinimumContentsLength(14)

        self.request_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.type)

        self.type_note = QLabel(self.request_group)
        self.type_note.setObjectName(u"type_note")
        self.type_note.setWordWrap(True)
        self.type_note.setVisible(False)

        self.request_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.type_note)

        self.channel_label = QLabel(self.request_group)
        self.channel_label.setObjectName(u"channel_label")

        self.request_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.channel_label)

        self.channel = QComboBox(self.request_group)
        self.channel.setObjectName(u"channel")
        self.channel.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.channel.setMinimumContentsLength(14)

        self.request_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.channel)

        self.channel_note = QLabel(self.request_group)
        self.channel_note.setObjectName(u"channel_note")
        self.channel_note.setWordWrap(True)
        self.channel_note.setVisible(False)

        self.request_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.channel_note)

        self.language_label = QLabel(self.request_group)
        self.language_label.setObjectName(u"language_label")

        self.request_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language = QComboBox(self.request_group)
        self.language.setObjectName(u"language")
        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.language.setMinimumContentsLength(14)

        self.request_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.language)

        self.language_note = QLabel(self.request_group)
        self.language_note.setObjectName(u"language_note")
        self.language_note.setWordWrap(True)
        self.language_note.setVisible(False)

        self.request_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.language_note)

        self.person_label = QLabel(self.request_group)
        self.person_label.setObjectName(u"person_label")

        self.request_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.person_label)

        self.person_name = QLabel(self.request_group)
        self.person_name.setObjectName(u"person_name")
        self.person_name.setWordWrap(True)

        self.request_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.person_name)

        self.person_row = QHBoxLayout()
        self.person_row.setSpacing(6)
        self.person_row.setObjectName(u"person_row")
        self.person_button = QPushButton(self.request_group)
        self.person_button.setObjectName(u"person_button")
        self.person_button.setAutoDefault(False)

        self.person_row.addWidget(self.person_button)

        self.person_clear_button = QPushButton(self.request_group)
        self.person_clear_button.setObjectName(u"person_clear_button")
        self.person_clear_button.setAutoDefault(False)

        self.person_row.addWidget(self.person_clear_button)

        self.person_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.person_row.addItem(self.person_spacer)


        self.request_form.setLayout(10, QFormLayout.ItemRole.FieldRole, self.person_row)


        self.columns.addWidget(self.request_group)

        self.requester_group = QGroupBox(IntakeDialog)
        self.requester_group.setObjectName(u"requester_group")
        self.requester_form = QFormLayout(self.requester_group)
        self.requester_form.setObjectName(u"requester_form")
        self.requester_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.requester_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.requester_form.setHorizontalSpacing(12)
        self.requester_form.setVerticalSpacing(6)
        self.requester_name_label = QLabel(self.requester_group)
        self.requester_name_label.setObjectName(u"requester_name_label")

        self.requester_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.requester_name_label)

        self.requester_name = QLineEdit(self.requester_group)
        self.requester_name.setObjectName(u"requester_name")
        self.requester_name.setMaxLength(200)

        self.requester_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.requester_name)

        self.requester_name_note = QLabel(self.requester_group)
        self.requester_name_note.setObjectName(u"requester_name_note")
        self.requester_name_note.setWordWrap(True)
        self.requester_name_note.setVisible(False)

        self.requester_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.requester_name_note)

        self.requester_email_label = QLabel(self.requester_group)
        self.requester_email_label.setObjectName(u"requester_email_label")

        self.requester_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.requester_email_label)

        self.requester_email = QLineEdit(self.requester_group)
        self.requester_email.setObjectName(u"requester_email")
        self.requester_email.setMaxLength(254)
        self.requester_email.setPlaceholderText(u"nimi@example.fi")

        self.requester_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.requester_email)

        self.requester_email_note = QLabel(self.requester_group)
        self.requester_email_note.setObjectName(u"requester_email_note")
        self.requester_email_note.setWordWrap(True)
        self.requester_email_note.setVisible(False)

        self.requester_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.requester_email_note)

        self.requester_phone_label = QLabel(self.requester_group)
        self.requester_phone_label.setObjectName(u"requester_phone_label")

        self.requester_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.requester_phone_label)

        self.requester_phone = QLineEdit(self.requester_group)
        self.requester_phone.setObjectName(u"requester_phone")
        self.requester_phone.setMaxLength(40)
        self.requester_phone.setPlaceholderText(u"040 765 4321")

        self.requester_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.requester_phone)

        self.requester_phone_note = QLabel(self.requester_group)
        self.requester_phone_note.setObjectName(u"requester_phone_note")
        self.requester_phone_note.setWordWrap(True)
        self.requester_phone_note.setVisible(False)

        self.requester_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.requester_phone_note)

        self.requester_street_label = QLabel(self.requester_group)
        self.requester_street_label.setObjectName(u"requester_street_label")

        self.requester_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.requester_street_label)

        self.requester_street = QLineEdit(self.requester_group)
        self.requester_street.setObjectName(u"requester_street")
        self.requester_street.setMaxLength(200)

        self.requester_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.requester_street)

        self.requester_street_note = QLabel(self.requester_group)
        self.requester_street_note.setObjectName(u"requester_street_note")
        self.requester_street_note.setWordWrap(True)
        self.requester_street_note.setVisible(False)

        self.requester_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.requester_street_note)

        self.requester_postal_code_label = QLabel(self.requester_group)
        self.requester_postal_code_label.setObjectName(u"requester_postal_code_label")

        self.requester_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.requester_postal_code_label)

        self.postal_row = QHBoxLayout()
        self.postal_row.setSpacing(6)
        self.postal_row.setObjectName(u"postal_row")
        self.requester_postal_code = QLineEdit(self.requester_group)
        self.requester_postal_code.setObjectName(u"requester_postal_code")
        self.requester_postal_code.setMaxLength(12)
        self.requester_postal_code.setMaximumSize(QSize(90, 16777215))

        self.postal_row.addWidget(self.requester_postal_code)

        self.requester_locality = QLineEdit(self.requester_group)
        self.requester_locality.setObjectName(u"requester_locality")
        self.requester_locality.setMaxLength(100)

        self.postal_row.addWidget(self.requester_locality)


        self.requester_form.setLayout(8, QFormLayout.ItemRole.FieldRole, self.postal_row)

        self.requester_postal_code_note = QLabel(self.requester_group)
        self.requester_postal_code_note.setObjectName(u"requester_postal_code_note")
        self.requester_postal_code_note.setWordWrap(True)
        self.requester_postal_code_note.setVisible(False)

        self.requester_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.requester_postal_code_note)

        self.requester_country_label = QLabel(self.requester_group)
        self.requester_country_label.setObjectName(u"requester_country_label")

        self.requester_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.requester_country_label)

        self.requester_country = QLineEdit(self.requester_group)
        self.requester_country.setObjectName(u"requester_country")
        self.requester_country.setMaxLength(2)
        self.requester_country.setMaximumSize(QSize(60, 16777215))

        self.requester_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.requester_country)

        self.requester_country_note = QLabel(self.requester_group)
        self.requester_country_note.setObjectName(u"requester_country_note")
        self.requester_country_note.setWordWrap(True)
        self.requester_country_note.setVisible(False)

        self.requester_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.requester_country_note)

        self.address_button = QPushButton(self.requester_group)
        self.address_button.setObjectName(u"address_button")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.address_button.sizePolicy().hasHeightForWidth())
        self.address_button.setSizePolicy(sizePolicy)
        self.address_button.setAutoDefault(False)

        self.requester_form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.address_button)


        self.columns.addWidget(self.requester_group)

        self.columns.setStretch(0, 2)
        self.columns.setStretch(1, 3)

        self.dialog_layout.addLayout(self.columns)

        self.due_text = QLabel(IntakeDialog)
        self.due_text.setObjectName(u"due_text")
        font = QFont()
        font.setBold(True)
        self.due_text.setFont(font)
        self.due_text.setWordWrap(True)
        self.due_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.due_text)

        self.description_label = QLabel(IntakeDialog)
        self.description_label.setObjectName(u"description_label")

        self.dialog_layout.addWidget(self.description_label)

        self.description = QPlainTextEdit(IntakeDialog)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)
        self.description.setMinimumSize(QSize(0, 90))

        self.dialog_layout.addWidget(self.description)

        self.description_note = QLabel(IntakeDialog)
        self.description_note.setObjectName(u"description_note")
        self.description_note.setWordWrap(True)
        self.description_note.setVisible(False)

        self.dialog_layout.addWidget(self.description_note)

        self.attachments_label = QLabel(IntakeDialog)
        self.attachments_label.setObjectName(u"attachments_label")

        self.dialog_layout.addWidget(self.attachments_label)

        self.attachments_row = QHBoxLayout()
        self.attachments_row.setSpacing(8)
        self.attachments_row.setObjectName(u"attachments_row")
        self.attachments = QListWidget(IntakeDialog)
        self.attachments.setObjectName(u"attachments")
        self.attachments.setMaximumSize(QSize(16777215, 80))
        self.attachments.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.attachments_row.addWidget(self.attachments)

        self.attachment_buttons = QVBoxLayout()
        self.attachment_buttons.setSpacing(6)
        self.attachment_buttons.setObjectName(u"attachment_buttons")
        self.add_attachment_button = QPushButton(IntakeDialog)
        self.add_attachment_button.setObjectName(u"add_attachment_button")
        self.add_attachment_button.setAutoDefault(False)

        self.attachment_buttons.addWidget(self.add_attachment_button)

        self.remove_attachment_button = QPushButton(IntakeDialog)
        self.remove_attachment_button.setObjectName(u"remove_attachment_button")
        self.remove_attachment_button.setAutoDefault(False)

        self.attachment_buttons.addWidget(self.remove_attachment_button)

        self.attachment_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.attachment_buttons.addItem(self.attachment_spacer)


        self.attachments_row.addLayout(self.attachment_buttons)


        self.dialog_layout.addLayout(self.attachments_row)

        self.attachments_hint = QLabel(IntakeDialog)
        self.attachments_hint.setObjectName(u"attachments_hint")
        self.attachments_hint.setWordWrap(True)

        self.dialog_layout.addWidget(self.attachments_hint)

        self.attachments_note = QLabel(IntakeDialog)
        self.attachments_note.setObjectName(u"attachments_note")
        self.attachments_note.setWordWrap(True)
        self.attachments_note.setVisible(False)

        self.dialog_layout.addWidget(self.attachments_note)

        self.status_label = QLabel(IntakeDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setVisible(False)

        self.dialog_layout.addWidget(self.status_label)

        self.buttons = QDialogButtonBox(IntakeDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.received_on_label.setBuddy(self.received_on)
        self.type_label.setBuddy(self.type)
        self.channel_label.setBuddy(self.channel)
        self.language_label.setBuddy(self.language)
        self.person_label.setBuddy(self.person_button)
        self.requester_name_label.setBuddy(self.requester_name)
        self.requester_email_label.setBuddy(self.requester_email)
        self.requester_phone_label.setBuddy(self.requester_phone)
        self.requester_street_label.setBuddy(self.requester_street)
        self.requester_postal_code_label.setBuddy(self.requester_postal_code)
        self.requester_country_label.setBuddy(self.requester_country)
        self.description_label.setBuddy(self.description)
        self.attachments_label.setBuddy(self.attachments)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.received_on, self.type)
        QWidget.setTabOrder(self.type, self.channel)
        QWidget.setTabOrder(self.channel, self.language)
        QWidget.setTabOrder(self.language, self.person_button)
        QWidget.setTabOrder(self.person_button, self.person_clear_button)
        QWidget.setTabOrder(self.person_clear_button, self.requester_name)
        QWidget.setTabOrder(self.requester_name, self.requester_email)
        QWidget.setTabOrder(self.requester_email, self.requester_phone)
        QWidget.setTabOrder(self.requester_phone, self.requester_street)
        QWidget.setTabOrder(self.requester_street, self.requester_postal_code)
        QWidget.setTabOrder(self.requester_postal_code, self.requester_locality)
        QWidget.setTabOrder(self.requester_locality, self.requester_country)
        QWidget.setTabOrder(self.requester_country, self.address_button)
        QWidget.setTabOrder(self.address_button, self.description)
        QWidget.setTabOrder(self.description, self.attachments)
        QWidget.setTabOrder(self.attachments, self.add_attachment_button)
        QWidget.setTabOrder(self.add_attachment_button, self.remove_attachment_button)

        self.retranslateUi(IntakeDialog)

        QMetaObject.connectSlotsByName(IntakeDialog)
    # setupUi

    def retranslateUi(self, IntakeDialog):
        IntakeDialog.setWindowTitle(_(u"New request"))
        self.request_group.setTitle(_(u"Request"))
        self.received_on_label.setText(_(u"Rece&ived:"))
        self.type_label.setText(_(u"&Type:"))
        self.channel_label.setText(_(u"C&hannel:"))
        self.language_label.setText(_(u"&Language:"))
        self.person_label.setText(_(u"Person:"))
        self.person_button.setText(_(u"Search &person\u2026"))
        self.person_clear_button.setText(_(u"Re&move link"))
        self.requester_group.setTitle(_(u"Requester"))
        self.requester_name_label.setText(_(u"&Name:"))
        self.requester_email_label.setText(_(u"&E-mail:"))
        self.requester_phone_label.setText(_(u"Ph&one:"))
        self.requester_street_label.setText(_(u"Street &address:"))
        self.requester_postal_code_label.setText(_(u"Postal &code and town:"))
        self.requester_country_label.setText(_(u"Countr&y:"))
        self.address_button.setText(_(u"Add a postal address"))
        self.description_label.setText(_(u"&Description: what the person asks for, in their words"))
        self.attachments_label.setText(_(u"Attachments:"))
        self.add_attachment_button.setText(_(u"Add &files\u2026"))
        self.remove_attachment_button.setText(_(u"Remo&ve"))
        self.attachments_hint.setText(_(u"Drop scanned letters (PDF files or images) onto this window to attach them. They are stored encrypted in the database."))
    # retranslateUi

