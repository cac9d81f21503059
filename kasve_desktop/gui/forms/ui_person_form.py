# generated from ui/person_form.ui by tools/compile_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_form.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QFrame,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QScrollArea, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

from kasve_desktop.gui.registers.list_editor import ItemListEditor

class Ui_PersonForm(object):
    def setupUi(self, PersonForm):
        if not PersonForm.objectName():
            PersonForm.setObjectName(u"PersonForm")
        self.form_layout = QVBoxLayout(PersonForm)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(PersonForm)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_body = QWidget()
        self.form_body.setObjectName(u"form_body")
        self.columns = QHBoxLayout(self.form_body)
        self.columns.setSpacing(12)
        self.columns.setObjectName(u"columns")
        self.columns.setContentsMargins(6, 6, 6, 6)
        self.left_column = QVBoxLayout()
        self.left_column.setObjectName(u"left_column")
        self.name_group = QGroupBox(self.form_body)
        self.name_group.setObjectName(u"name_group")
        self.name_form = QFormLayout(self.name_group)
        self.name_form.setObjectName(u"name_form")
        self.name_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.name_form.setHorizontalSpacing(12)
        self.name_form.setVerticalSpacing(5)
        self.first_name_label = QLabel(self.name_group)
        self.first_name_label.setObjectName(u"first_name_label")

        self.name_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.first_name_label)

        self.first_name = QLineEdit(self.name_group)
        self.first_name.setObjectName(u"first_name")
        self.first_name.setMaxLength(100)

        self.name_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.first_name)

        self.first_name_note = QLabel(self.name_group)
        self.first_name_note.setObjectName(u"first_name_note")
        self.first_name_note.setWordWrap(True)
        self.first_name_note.setVisible(False)

        self.name_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.first_name_note)

        self.last_name_label = QLabel(self.name_group)
        self.last_name_label.setObjectName(u"last_name_label")

        self.name_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.last_name_label)

        self.last_name = QLineEdit(self.name_group)
        self.last_name.setObjectName(u"last_name")
        self.last_name.setMaxLength(100)

        self.name_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.last_name)

        self.last_name_note = QLabel(self.name_group)
        self.last_name_note.setObjectName(u"last_name_note")
        self.last_name_note.setWordWrap(True)
        self.last_name_note.setVisible(False)

        self.name_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.last_name_note)


        self.left_column.addWidget(self.name_group)

        self.contact_group = QGroupBox(self.form_body)
        self.contact_group.setObjectName(u"contact_group")
        self.contact_layout = QVBoxLayout(self.contact_group)
        self.contact_layout.setObjectName(u"contact_layout")
        self.emails_label = QLabel(self.contact_group)
        self.emails_label.setObjectName(u"emails_label")

        self.contact_layout.addWidget(self.emails_label)

        self.emails = ItemListEditor(self.contact_group)
        self.emails.setObjectName(u"emails")
        self.emails.setMinimumSize(QSize(0, 80))
        self.emails.setMaximumSize(QSize(16777215, 110))

        self.contact_layout.addWidget(self.emails)

        self.phones_label = QLabel(self.contact_group)
        self.phones_label.setObjectName(u"phones_label")

        self.contact_layout.addWidget(self.phones_label)

        self.phones = ItemListEditor(self.contact_group)
        self.phones.setObjectName(u"phones")
        self.phones.setMinimumSize(QSize(0, 80))
        self.phones.setMaximumSize(QSize(16777215, 110))

        self.contact_layout.addWidget(self.phones)


        self.left_column.addWidget(self.contact_group)

        self.address_group = QGroupBox(self.form_body)
        self.address_group.setObjectName(u"address_group")
        self.address_form = QFormLayout(self.address_group)
        self.address_form.setObjectName(u"address_form")
        self.address_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.address_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.address_form.setHorizontalSpacing(12)
        self.address_form.setVerticalSpacing(5)
        self.street_label = QLabel(self.address_group)
        self.street_label.setObjectName(u"street_label")

        self.address_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.street_label)

        self.street = QLineEdit(self.address_group)
        self.street.setObjectName(u"street")
        self.street.setMaxLength(200)

        self.address_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.street)

        self.address_extra_label = QLabel(self.address_group)
        self.address_extra_label.setObjectName(u"address_extra_label")

        self.address_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.address_extra_label)

        self.address_extra = QLineEdit(self.address_group)
        self.address_extra.setObjectName(u"address_extra")
        self.address_extra.setMaxLength(200)

        self.address_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.address_extra)

        self.postal_code_label = QLabel(self.address_group)
        self.postal_code_label.setObjectName(u"postal_code_label")

        self.address_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.postal_code_label)

        self.postal_row = QHBoxLayout()
        self.postal_row.setSpacing(6)
        self.postal_row.setObjectName(u"postal_row")
        self.postal_code = QLineEdit(self.address_group)
        self.postal_code.setObjectName(u"postal_code")
        self.postal_code.setMaxLength(20)

        self.postal_row.addWidget(self.postal_code)

        self.locality_label = QLabel(self.address_group)
        self.locality_label.setObjectName(u"locality_label")

        self.postal_row.addWidget(self.locality_label)

        self.locality = QLineEdit(self.address_group)
        self.locality.setObjectName(u"locality")
        self.locality.setMaxLength(100)

        self.postal_row.addWidget(self.locality)


        self.address_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.postal_row)

        self.postal_code_note = QLabel(self.address_group)
        self.postal_code_note.setObjectName(u"postal_code_note")
        self.postal_code_note.setWordWrap(True)
        self.postal_code_note.setVisible(False)

        self.address_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.postal_code_note)

        self.country_label = QLabel(self.address_group)
        self.country_label.setObjectName(u"country_label")

        self.address_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.country_label)

        self.country = QLineEdit(self.address_group)
        self.country.setObjectName(u"country")
        self.country.setMaxLength(2)
        self.country.setPlaceholderText(u"FI")

        self.address_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.country)

        self.country_note = QLabel(self.address_group)
        self.country_note.setObjectName(u"country_note")
        self.country_note.setWordWrap(True)
        self.country_note.setVisible(False)

        self.address_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.country_note)

        self.municipality_label = QLabel(self.address_group)
        self.municipality_label.setObjectName(u"municipality_label")

        self.address_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.municipality_label)

        self.municipality = QLineEdit(self.address_group)
        self.municipality.setObjectName(u"municipality")
        self.municipality.setMaxLength(100)

        self.address_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.municipality)


        self.left_column.addWidget(self.address_group)

        self.left_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.left_column.addItem(self.left_spacer)


        self.columns.addLayout(self.left_column)

        self.right_column = QVBoxLayout()
        self.right_column.setObjectName(u"right_column")
        self.work_group = QGroupBox(self.form_body)
        self.work_group.setObjectName(u"work_group")
        self.work_form = QFormLayout(self.work_group)
        self.work_form.setObjectName(u"work_form")
        self.work_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.work_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.work_form.setHorizontalSpacing(12)
        self.work_form.setVerticalSpacing(5)
        self.organisation_label = QLabel(self.work_group)
        self.organisation_label.setObjectName(u"organisation_label")

        self.work_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organisation_label)

        self.organisation = QLineEdit(self.work_group)
        self.organisation.setObjectName(u"organisation")
        self.organisation.setMaxLength(200)

        self.work_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.organisation)

        self.role_label = QLabel(self.work_group)
        self.role_label.setObjectName(u"role_label")

        self.work_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role = QLineEdit(self.work_group)
        self.role.setObjectName(u"role")
        self.role.setMaxLength(200)

        self.work_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.role)

        self.customer_number_label = QLabel(self.work_group)
        self.customer_number_label.setObjectName(u"customer_number_label")

        self.work_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.customer_number_label)

        self.customer_number = QLineEdit(self.work_group)
        self.customer_number.setObjectName(u"customer_number")
        self.customer_number.setMaxLength(40)

        self.work_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.customer_number)

        self.business_id_label = QLabel(self.work_group)
        self.business_id_label.setObjectName(u"business_id_label")

        self.work_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.business_id_label)

        self.business_id = QLineEdit(self.work_group)
        self.business_id.setObjectName(u"business_id")
        self.business_id.setMaxLength(20)
        self.business_id.setPlaceholderText(u"1234567-8")

        self.work_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.business_id)

        self.business_id_note = QLabel(self.work_group)
        self.business_id_note.setObjectName(u"business_id_note")
        self.business_id_note.setWordWrap(True)
        self.business_id_note.setVisible(False)

        self.work_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.business_id_note)

        self.website_label = QLabel(self.work_group)
        self.website_label.setObjectName(u"website_label")

        self.work_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.website_label)

        self.website = QLineEdit(self.work_group)
        self.website.setObjectName(u"website")
        self.website.setMaxLength(200)
        self.website.setPlaceholderText(u"https://")

        self.work_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.website)

        self.website_note = QLabel(self.work_group)
        self.website_note.setObjectName(u"website_note")
        self.website_note.setWordWrap(True)
        self.website_note.setVisible(False)

        self.work_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.website_note)

        self.username_label = QLabel(self.work_group)
        self.username_label.setObjectName(u"username_label")

        self.work_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username = QLineEdit(self.work_group)
        self.username.setObjectName(u"username")
        self.username.setMaxLength(100)

        self.work_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.username)


        self.right_column.addWidget(self.work_group)

        self.other_group = QGroupBox(self.form_body)
        self.other_group.setObjectName(u"other_group")
        self.other_form = QFormLayout(self.other_group)
        self.other_form.setObjectName(u"other_form")
        self.other_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.other_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.other_form.setHorizontalSpacing(12)
        self.other_form.setVerticalSpacing(5)
        self.birth_year_label = QLabel(self.other_group)
        self.birth_year_label.setObjectName(u"birth_year_label")

        self.other_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.birth_year_label)

        self.birth_year = QSpinBox(self.other_group)
        self.birth_year.setObjectName(u"birth_year")
        self.birth_year.setSpecialValueText(u"\u2014")
        self.birth_year.setMinimum(1899)
        self.birth_year.setMaximum(2100)
        self.birth_year.setValue(1899)

        self.other_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.birth_year)

        self.birth_year_note = QLabel(self.other_group)
        self.birth_year_note.setObjectName(u"birth_year_note")
        self.birth_year_note.setWordWrap(True)
        self.birth_year_note.setVisible(False)

        self.other_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.birth_year_note)

        self.gender_label = QLabel(self.other_group)
        self.gender_label.setObjectName(u"gender_label")

        self.other_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.gender_label)

        self.gender = QComboBox(self.other_group)
        self.gender.setObjectName(u"gender")
        self.gender.setEditable(True)

        self.other_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.gender)

        self.language_label = QLabel(self.other_group)
        self.language_label.setObjectName(u"language_label")

        self.other_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language = QComboBox(self.other_group)
        self.language.setObjectName(u"language")

        self.other_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.language)

        self.language_note = QLabel(self.other_group)
        self.language_note.setObjectName(u"language_note")
        self.language_note.setWordWrap(True)
        self.language_note.setVisible(False)

        self.other_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.language_note)

        self.notes_label = QLabel(self.other_group)
        self.notes_label.setObjectName(u"notes_label")

        self.other_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(self.other_group)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumSize(QSize(0, 70))

        self.other_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notes)


        self.right_column.addWidget(self.other_group)

        self.right_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.right_column.addItem(self.right_spacer)


        self.columns.addLayout(self.right_column)

        self.columns.setStretch(0, 1)
        self.columns.setStretch(1, 1)
        self.scroll.setWidget(self.form_body)

        self.form_layout.addWidget(self.scroll)

#if QT_CONFIG(shortcut)
        self.first_name_label.setBuddy(self.first_name)
        self.last_name_label.setBuddy(self.last_name)
        self.emails_label.setBuddy(self.emails)
        self.phones_label.setBuddy(self.phones)
        self.street_label.setBuddy(self.street)
        self.address_extra_label.setBuddy(self.address_extra)
        self.postal_code_label.setBuddy(self.postal_code)
        self.locality_label.setBuddy(self.locality)
        self.country_label.setBuddy(self.country)
        self.municipality_label.setBuddy(self.municipality)
        self.organisation_label.setBuddy(self.organisation)
        self.role_label.setBuddy(self.role)
        self.customer_number_label.setBuddy(self.customer_number)
        self.business_id_label.setBuddy(self.business_id)
        self.website_label.setBuddy(self.website)
        self.username_label.setBuddy(self.username)
        self.birth_year_label.setBuddy(self.birth_year)
        self.gender_label.setBuddy(self.gender)
        self.language_label.setBuddy(self.language)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PersonForm)

        QMetaObject.connectSlotsByName(PersonForm)
    # setupUi

    def retranslateUi(self, PersonForm):
        self.name_group.setTitle(_(u"Name"))
        self.first_name_label.setText(_(u"&First name:"))
        self.last_name_label.setText(_(u"&Last name:"))
        self.contact_group.setTitle(_(u"E-mail addresses and phone numbers"))
        self.emails_label.setText(_(u"&E-mail addresses (the first is the main one):"))
        self.phones_label.setText(_(u"&Phone numbers:"))
        self.address_group.setTitle(_(u"Address"))
        self.street_label.setText(_(u"&Street address:"))
        self.address_extra_label.setText(_(u"E&xtra line:"))
        self.address_extra.setPlaceholderText(_(u"c/o, PL, building"))
        self.postal_code_label.setText(_(u"Postal &code:"))
        self.locality_label.setText(_(u"Locali&ty:"))
        self.country_label.setText(_(u"C&ountry:"))
        self.municipality_label.setText(_(u"Home &municipality:"))
        self.work_group.setTitle(_(u"Organisation and customer relationship"))
        self.organisation_label.setText(_(u"O&rganisation:"))
        self.role_label.setText(_(u"Ro&le:"))
        self.customer_number_label.setText(_(u"C&ustomer number:"))
        self.business_id_label.setText(_(u"&Business ID:"))
        self.website_label.setText(_(u"&Website:"))
        self.username_label.setText(_(u"User&name:"))
        self.other_group.setTitle(_(u"Other details"))
        self.birth_year_label.setText(_(u"Birth &year:"))
        self.gender_label.setText(_(u"&Gender:"))
        self.language_label.setText(_(u"L&anguage:"))
        self.notes_label.setText(_(u"&Notes:"))
        pass
    # retranslateUi

