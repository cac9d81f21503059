# generated from ui/controller_dialog.ui by tools/compile_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'controller_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QTabWidget, QVBoxLayout,
    QWidget)

from kasve_desktop.gui.registers.list_editor import ItemListEditor

class Ui_ControllerDialog(object):
    def setupUi(self, ControllerDialog):
        if not ControllerDialog.objectName():
            ControllerDialog.setObjectName(u"ControllerDialog")
        ControllerDialog.setMinimumSize(QSize(640, 520))
        self.dialog_layout = QVBoxLayout(ControllerDialog)
        self.dialog_layout.setSpacing(8)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.dialog_layout.setContentsMargins(16, 16, 16, 16)
        self.tabs = QTabWidget(ControllerDialog)
        self.tabs.setObjectName(u"tabs")
        self.controller_tab = QWidget()
        self.controller_tab.setObjectName(u"controller_tab")
        self.controller_layout = QVBoxLayout(self.controller_tab)
        self.controller_layout.setSpacing(6)
        self.controller_layout.setObjectName(u"controller_layout")
        self.controller_layout.setContentsMargins(12, 12, 12, 12)
        self.controller_form = QFormLayout()
        self.controller_form.setObjectName(u"controller_form")
        self.controller_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.controller_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.controller_form.setHorizontalSpacing(12)
        self.controller_form.setVerticalSpacing(4)
        self.name_label = QLabel(self.controller_tab)
        self.name_label.setObjectName(u"name_label")

        self.controller_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(self.controller_tab)
        self.name.setObjectName(u"name")

        self.controller_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.name_note = QLabel(self.controller_tab)
        self.name_note.setObjectName(u"name_note")
        self.name_note.setWordWrap(True)
        self.name_note.setVisible(False)

        self.controller_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_note)

        self.business_id_label = QLabel(self.controller_tab)
        self.business_id_label.setObjectName(u"business_id_label")

        self.controller_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.business_id_label)

        self.business_id = QLineEdit(self.controller_tab)
        self.business_id.setObjectName(u"business_id")
        self.business_id.setPlaceholderText(u"1234567-8")

        self.controller_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.business_id)

        self.business_id_note = QLabel(self.controller_tab)
        self.business_id_note.setObjectName(u"business_id_note")
        self.business_id_note.setWordWrap(True)
        self.business_id_note.setVisible(False)

        self.controller_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.business_id_note)

        self.street_label = QLabel(self.controller_tab)
        self.street_label.setObjectName(u"street_label")

        self.controller_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.street_label)

        self.street = QLineEdit(self.controller_tab)
        self.street.setObjectName(u"street")

        self.controller_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.street)

        self.street_note = QLabel(self.controller_tab)
        self.street_note.setObjectName(u"street_note")
        self.street_note.setWordWrap(True)
        self.street_note.setVisible(False)

        self.controller_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.street_note)

        self.postal_code_label = QLabel(self.controller_tab)
        self.postal_code_label.setObjectName(u"postal_code_label")

        self.controller_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.postal_code_label)

        self.postal_code = QLineEdit(self.controller_tab)
        self.postal_code.setObjectName(u"postal_code")
        self.postal_code.setMaxLength(20)

        self.controller_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.postal_code)

        self.postal_code_note = QLabel(self.controller_tab)
        self.postal_code_note.setObjectName(u"postal_code_note")
        self.postal_code_note.setWordWrap(True)
        self.postal_code_note.setVisible(False)

        self.controller_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.postal_code_note)

        self.locality_label = QLabel(self.controller_tab)
        self.locality_label.setObjectName(u"locality_label")

        self.controller_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.locality_label)

        self.locality = QLineEdit(self.controller_tab)
        self.locality.setObjectName(u"locality")

        self.controller_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.locality)

        self.locality_note = QLabel(self.controller_tab)
        self.locality_note.setObjectName(u"locality_note")
        self.locality_note.setWordWrap(True)
        self.locality_note.setVisible(False)

        self.controller_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.locality_note)

        self.country_label = QLabel(self.controller_tab)
        self.country_label.setObjectName(u"country_label")

        self.controller_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.country_label)

        self.country = QLineEdit(self.controller_tab)
        self.country.setObjectName(u"country")
        self.country.setMaxLength(2)
        self.country.setPlaceholderText(u"FI")

        self.controller_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.country)

        self.country_note = QLabel(self.controller_tab)
        self.country_note.setObjectName(u"country_note")
        self.country_note.setWordWrap(True)
        self.country_note.setVisible(False)

        self.controller_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.country_note)

        self.email_label = QLabel(self.controller_tab)
        self.email_label.setObjectName(u"email_label")

        self.controller_form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email = QLineEdit(self.controller_tab)
        self.email.setObjectName(u"email")

        self.controller_form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.email)

        self.email_note = QLabel(self.controller_tab)
        self.email_note.setObjectName(u"email_note")
        self.email_note.setWordWrap(True)
        self.email_note.setVisible(False)

        self.controller_form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.email_note)

        self.phone_label = QLabel(self.controller_tab)
        self.phone_label.setObjectName(u"phone_label")

        self.controller_form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone = QLineEdit(self.controller_tab)
        self.phone.setObjectName(u"phone")

        self.controller_form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.phone)

        self.phone_note = QLabel(self.controller_tab)
        self.phone_note.setObjectName(u"phone_note")
        self.phone_note.setWordWrap(True)
        self.phone_note.setVisible(False)

        self.controller_form.setWidget(15, QFormLayout.ItemRole.FieldRole, self.phone_note)

        self.website_label = QLabel(self.controller_tab)
        self.website_label.setObjectName(u"website_label")

        self.controller_form.setWidget(16, QFormLayout.ItemRole.LabelRole, self.website_label)

        self.website = QLineEdit(self.controller_tab)
        self.website.setObjectName(u"website")
        self.website.setPlaceholderText(u"https://")

        self.controller_form.setWidget(16, QFormLayout.ItemRole.FieldRole, self.website)

        self.website_note = QLabel(self.controller_tab)
        self.website_note.setObjectName(u"website_note")
        self.website_note.setWordWrap(True)
        self.website_note.setVisible(False)

        self.controller_form.setWidget(17, QFormLayout.ItemRole.FieldRole, self.website_note)

        self.shares_customer_contacts = QCheckBox(self.controller_tab)
        self.shares_customer_contacts.setObjectName(u"shares_customer_contacts")

        self.controller_form.setWidget(18, QFormLayout.ItemRole.SpanningRole, self.shares_customer_contacts)


        self.controller_layout.addLayout(self.controller_form)

        self.controller_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.controller_layout.addItem(self.controller_spacer)

        self.tabs.addTab(self.controller_tab, "")
        self.contact_tab = QWidget()
        self.contact_tab.setObjectName(u"contact_tab")
        self.contact_layout = QVBoxLayout(self.contact_tab)
        self.contact_layout.setSpacing(6)
        self.contact_layout.setObjectName(u"contact_layout")
        self.contact_layout.setContentsMargins(12, 12, 12, 12)
        self.contact_hint = QLabel(self.contact_tab)
        self.contact_hint.setObjectName(u"contact_hint")
        self.contact_hint.setWordWrap(True)

        self.contact_layout.addWidget(self.contact_hint)

        self.contact_form = QFormLayout()
        self.contact_form.setObjectName(u"contact_form")
        self.contact_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.contact_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.contact_form.setHorizontalSpacing(12)
        self.contact_form.setVerticalSpacing(4)
        self.contact_name_label = QLabel(self.contact_tab)
        self.contact_name_label.setObjectName(u"contact_name_label")

        self.contact_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.contact_name_label)

        self.contact_name = QLineEdit(self.contact_tab)
        self.contact_name.setObjectName(u"contact_name")

        self.contact_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.contact_name)

        self.contact_name_note = QLabel(self.contact_tab)
        self.contact_name_note.setObjectName(u"contact_name_note")
        self.contact_name_note.setWordWrap(True)
        self.contact_name_note.setVisible(False)

        self.contact_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.contact_name_note)

        self.contact_street_label = QLabel(self.contact_tab)
        self.contact_street_label.setObjectName(u"contact_street_label")

        self.contact_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contact_street_label)

        self.contact_street = QLineEdit(self.contact_tab)
        self.contact_street.setObjectName(u"contact_street")

        self.contact_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contact_street)

        self.contact_street_note = QLabel(self.contact_tab)
        self.contact_street_note.setObjectName(u"contact_street_note")
        self.contact_street_note.setWordWrap(True)
        self.contact_street_note.setVisible(False)

        self.contact_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contact_street_note)

        self.contact_postal_code_label = QLabel(self.contact_tab)
        self.contact_postal_code_label.setObjectName(u"contact_postal_code_label")

        self.contact_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.contact_postal_code_label)

        self.contact_postal_code = QLineEdit(self.contact_tab)
        self.contact_postal_code.setObjectName(u"contact_postal_code")
        self.contact_postal_code.setMaxLength(20)

        self.contact_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.contact_postal_code)

        self.contact_postal_code_note = QLabel(self.contact_tab)
        self.contact_postal_code_note.setObjectName(u"contact_postal_code_note")
        self.contact_postal_code_note.setWordWrap(True)
        self.contact_postal_code_note.setVisible(False)

        self.contact_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.contact_postal_code_note)

        self.contact_locality_label = QLabel(self.contact_tab)
        self.contact_locality_label.setObjectName(u"contact_locality_label")

        self.contact_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.contact_locality_label)

        self.contact_locality = QLineEdit(self.contact_tab)
        self.contact_locality.setObjectName(u"contact_locality")

        self.contact_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.contact_locality)

        self.contact_locality_note = QLabel(self.contact_tab)
        self.contact_locality_note.setObjectName(u"contact_locality_note")
        self.contact_locality_note.setWordWrap(True)
        self.contact_locality_note.setVisible(False)

        self.contact_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.contact_locality_note)

        self.contact_email_label = QLabel(self.contact_tab)
        self.contact_email_label.setObjectName(u"contact_email_label")

        self.contact_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.contact_email_label)

        self.contact_email = QLineEdit(self.contact_tab)
        self.contact_email.setObjectName(u"contact_email")

        self.contact_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.contact_email)

        self.contact_email_note = QLabel(self.contact_tab)
        self.contact_email_note.setObjectName(u"contact_email_note")
        self.contact_email_note.setWordWrap(True)
        self.contact_email_note.setVisible(False)

        self.contact_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.contact_email_note)

        self.contact_phone_label = QLabel(self.contact_tab)
        self.contact_phone_label.setObjectName(u"contact_phone_label")

        self.contact_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.contact_phone_label)

        self.contact_phone = QLineEdit(self.contact_tab)
        self.contact_phone.setObjectName(u"contact_phone")

        self.contact_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.contact_phone)

        self.contact_phone_note = QLabel(self.contact_tab)
        self.contact_phone_note.setObjectName(u"contact_phone_note")
        self.contact_phone_note.setWordWrap(True)
        self.contact_phone_note.setVisible(False)

        self.contact_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.contact_phone_note)


        self.contact_layout.addLayout(self.contact_form)

        self.contact_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contact_layout.addItem(self.contact_spacer)

        self.tabs.addTab(self.contact_tab, "")
        self.dpo_tab = QWidget()
        self.dpo_tab.setObjectName(u"dpo_tab")
        self.dpo_layout = QVBoxLayout(self.dpo_tab)
        self.dpo_layout.setSpacing(6)
        self.dpo_layout.setObjectName(u"dpo_layout")
        self.dpo_layout.setContentsMargins(12, 12, 12, 12)
        self.dpo_hint = QLabel(self.dpo_tab)
        self.dpo_hint.setObjectName(u"dpo_hint")
        self.dpo_hint.setWordWrap(True)

        self.dpo_layout.addWidget(self.dpo_hint)

        self.dpo_form = QFormLayout()
        self.dpo_form.setObjectName(u"dpo_form")
        self.dpo_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.dpo_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.dpo_form.setHorizontalSpacing(12)
        self.dpo_form.setVerticalSpacing(4)
        self.dpo_designated = QCheckBox(self.dpo_tab)
        self.dpo_designated.setObjectName(u"dpo_designated")

        self.dpo_form.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.dpo_designated)

        self.dpo_name_label = QLabel(self.dpo_tab)
        self.dpo_name_label.setObjectName(u"dpo_name_label")

        self.dpo_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dpo_name_label)

        self.dpo_name = QLineEdit(self.dpo_tab)
        self.dpo_name.setObjectName(u"dpo_name")

        self.dpo_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dpo_name)

        self.dpo_name_note = QLabel(self.dpo_tab)
        self.dpo_name_note.setObjectName(u"dpo_name_note")
        self.dpo_name_note.setWordWrap(True)
        self.dpo_name_note.setVisible(False)

        self.dpo_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dpo_name_note)

        self.dpo_street_label = QLabel(self.dpo_tab)
        self.dpo_street_label.setObjectName(u"dpo_street_label")

        self.dpo_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dpo_street_label)

        self.dpo_street = QLineEdit(self.dpo_tab)
        self.dpo_street.setObjectName(u"dpo_street")

        self.dpo_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dpo_street)

        self.dpo_street_note = QLabel(self.dpo_tab)
        self.dpo_street_note.setObjectName(u"dpo_street_note")
        self.dpo_street_note.setWordWrap(True)
        self.dpo_street_note.setVisible(False)

        self.dpo_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dpo_street_note)

        self.dpo_postal_code_label = QLabel(self.dpo_tab)
        self.dpo_postal_code_label.setObjectName(u"dpo_postal_code_label")

        self.dpo_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.dpo_postal_code_label)

        self.dpo_postal_code = QLineEdit(self.dpo_tab)
        self.dpo_postal_code.setObjectName(u"dpo_postal_code")
        self.dpo_postal_code.setMaxLength(20)

        self.dpo_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.dpo_postal_code)

        self.dpo_postal_code_note = QLabel(self.dpo_tab)
        self.dpo_postal_code_note.setObjectName(u"dpo_postal_code_note")
        self.dpo_postal_code_note.setWordWrap(True)
        self.dpo_postal_code_note.setVisible(False)

        self.dpo_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.dpo_postal_code_note)

        self.dpo_locality_label = QLabel(self.dpo_tab)
        self.dpo_locality_label.setObjectName(u"dpo_locality_label")

        self.dpo_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.dpo_locality_label)

        self.dpo_locality = QLineEdit(self.dpo_tab)
        self.dpo_locality.setObjectName(u"dpo_locality")

        self.dpo_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.dpo_locality)

        self.dpo_locality_note = QLabel(self.dpo_tab)
        self.dpo_locality_note.setObjectName(u"dpo_locality_note")
        self.dpo_locality_note.setWordWrap(True)
        self.dpo_locality_note.setVisible(False)

        self.dpo_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.dpo_locality_note)

        self.dpo_email_label = QLabel(self.dpo_tab)
        self.dpo_email_label.setObjectName(u"dpo_email_label")

        self.dpo_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.dpo_email_label)

        self.dpo_email = QLineEdit(self.dpo_tab)
        self.dpo_email.setObjectName(u"dpo_email")

        self.dpo_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.dpo_email)

        self.dpo_email_note = QLabel(self.dpo_tab)
        self.dpo_email_note.setObjectName(u"dpo_email_note")
        self.dpo_email_note.setWordWrap(True)
        self.dpo_email_note.setVisible(False)

        self.dpo_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.dpo_email_note)

        self.dpo_phone_label = QLabel(self.dpo_tab)
        self.dpo_phone_label.setObjectName(u"dpo_phone_label")

        self.dpo_form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.dpo_phone_label)

        self.dpo_phone = QLineEdit(self.dpo_tab)
        self.dpo_phone.setObjectName(u"dpo_phone")

        self.dpo_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.dpo_phone)

        self.dpo_phone_note = QLabel(self.dpo_tab)
        self.dpo_phone_note.setObjectName(u"dpo_phone_note")
        self.dpo_phone_note.setWordWrap(True)
        self.dpo_phone_note.setVisible(False)

        self.dpo_form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.dpo_phone_note)


        self.dpo_layout.addLayout(self.dpo_form)

        self.dpo_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dpo_layout.addItem(self.dpo_spacer)

        self.tabs.addTab(self.dpo_tab, "")
        self.subsidiaries_tab = QWidget()
        self.subsidiaries_tab.setObjectName(u"subsidiaries_tab")
        self.subsidiaries_layout = QVBoxLayout(self.subsidiaries_tab)
        self.subsidiaries_layout.setSpacing(6)
        self.subsidiaries_layout.setObjectName(u"subsidiaries_layout")
        self.subsidiaries_layout.setContentsMargins(12, 12, 12, 12)
        self.subsidiaries_hint = QLabel(self.subsidiaries_tab)
        self.subsidiaries_hint.setObjectName(u"subsidiaries_hint")
        self.subsidiaries_hint.setWordWrap(True)

        self.subsidiaries_layout.addWidget(self.subsidiaries_hint)

        self.subsidiaries_form = QFormLayout()
        self.subsidiaries_form.setObjectName(u"subsidiaries_form")
        self.subsidiaries_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.subsidiaries_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.subsidiaries_form.setHorizontalSpacing(12)
        self.subsidiaries_form.setVerticalSpacing(4)
        self.subsidiaries = ItemListEditor(self.subsidiaries_tab)
        self.subsidiaries.setObjectName(u"subsidiaries")
        self.subsidiaries.setMinimumSize(QSize(0, 190))
        self.subsidiaries.setMinimumSize(QSize(0, 260))

        self.subsidiaries_form.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.subsidiaries)

        self.subsidiaries_note = QLabel(self.subsidiaries_tab)
        self.subsidiaries_note.setObjectName(u"subsidiaries_note")
        self.subsidiaries_note.setWordWrap(True)
        self.subsidiaries_note.setVisible(False)

        self.subsidiaries_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.subsidiaries_note)


        self.subsidiaries_layout.addLayout(self.subsidiaries_form)

        self.subsidiaries_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.subsidiaries_layout.addItem(self.subsidiaries_spacer)

        self.tabs.addTab(self.subsidiaries_tab, "")

        self.dialog_layout.addWidget(self.tabs)

        self.status_label = QLabel(ControllerDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.status_label)

        self.buttons = QDialogButtonBox(ControllerDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.business_id_label.setBuddy(self.business_id)
        self.street_label.setBuddy(self.street)
        self.postal_code_label.setBuddy(self.postal_code)
        self.locality_label.setBuddy(self.locality)
        self.country_label.setBuddy(self.country)
        self.email_label.setBuddy(self.email)
        self.phone_label.setBuddy(self.phone)
        self.website_label.setBuddy(self.website)
        self.contact_name_label.setBuddy(self.contact_name)
        self.contact_street_label.setBuddy(self.contact_street)
        self.contact_postal_code_label.setBuddy(self.contact_postal_code)
        self.contact_locality_label.setBuddy(self.contact_locality)
        self.contact_email_label.setBuddy(self.contact_email)
        self.contact_phone_label.setBuddy(self.contact_phone)
        self.dpo_name_label.setBuddy(self.dpo_name)
        self.dpo_street_label.setBuddy(self.dpo_street)
        self.dpo_postal_code_label.setBuddy(self.dpo_postal_code)
        self.dpo_locality_label.setBuddy(self.dpo_locality)
        self.dpo_email_label.setBuddy(self.dpo_email)
        self.dpo_phone_label.setBuddy(self.dpo_phone)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ControllerDialog)

        QMetaObject.connectSlotsByName(ControllerDialog)
    # setupUi

    def retranslateUi(self, ControllerDialog):
        ControllerDialog.setWindowTitle(_(u"Controller"))
        self.name_label.setText(_(u"&Name:"))
        self.business_id_label.setText(_(u"&Business ID:"))
        self.street_label.setText(_(u"Street &address:"))
        self.postal_code_label.setText(_(u"&Postal code:"))
        self.locality_label.setText(_(u"Post &town:"))
        self.country_label.setText(_(u"C&ountry:"))
        self.email_label.setText(_(u"&E-mail:"))
        self.phone_label.setText(_(u"P&hone:"))
        self.website_label.setText(_(u"&Website:"))
        self.shares_customer_contacts.setText(_(u"The group companies &share customer contacts"))
        self.tabs.setTabText(self.tabs.indexOf(self.controller_tab), _(u"Controller"))
        self.contact_hint.setText(_(u"The person who answers questions about the registers."))
        self.contact_name_label.setText(_(u"&Name:"))
        self.contact_street_label.setText(_(u"Street &address:"))
        self.contact_postal_code_label.setText(_(u"&Postal code:"))
        self.contact_locality_label.setText(_(u"Post &town:"))
        self.contact_email_label.setText(_(u"&E-mail:"))
        self.contact_phone_label.setText(_(u"P&hone:"))
        self.tabs.setTabText(self.tabs.indexOf(self.contact_tab), _(u"Contact person"))
        self.dpo_hint.setText(_(u"Fill in only if the company has designated a data protection officer (GDPR Art. 37)."))
        self.dpo_designated.setText(_(u"A data protection officer has been &designated"))
        self.dpo_name_label.setText(_(u"&Name:"))
        self.dpo_street_label.setText(_(u"Street &address:"))
        self.dpo_postal_code_label.setText(_(u"&Postal code:"))
        self.dpo_locality_label.setText(_(u"Post &town:"))
        self.dpo_email_label.setText(_(u"&E-mail:"))
        self.dpo_phone_label.setText(_(u"P&hone:"))
        self.tabs.setTabText(self.tabs.indexOf(self.dpo_tab), _(u"Data protection officer"))
        self.subsidiaries_hint.setText(_(u"Subsidiaries that process the same registers."))
        self.tabs.setTabText(self.tabs.indexOf(self.subsidiaries_tab), _(u"Subsidiaries"))
    # retranslateUi

