# generated from ui/settings.ui by tools/compile_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDoubleSpinBox, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_SettingsArea(object):
    def setupUi(self, SettingsArea):
        if not SettingsArea.objectName():
            SettingsArea.setObjectName(u"SettingsArea")
        self.area_layout = QVBoxLayout(SettingsArea)
        self.area_layout.setSpacing(6)
        self.area_layout.setObjectName(u"area_layout")
        self.area_layout.setContentsMargins(18, 14, 18, 10)
        self.heading = QLabel(SettingsArea)
        self.heading.setObjectName(u"heading")
        font = QFont()
        font.setPointSize(15)
        font.setBold(True)
        self.heading.setFont(font)

        self.area_layout.addWidget(self.heading)

        self.description = QLabel(SettingsArea)
        self.description.setObjectName(u"description")
        self.description.setWordWrap(True)

        self.area_layout.addWidget(self.description)

        self.language_group = QGroupBox(SettingsArea)
        self.language_group.setObjectName(u"language_group")
        self.language_form = QFormLayout(self.language_group)
        self.language_form.setObjectName(u"language_form")
        self.language_label = QLabel(self.language_group)
        self.language_label.setObjectName(u"language_label")

        self.language_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language = QComboBox(self.language_group)
        self.language.setObjectName(u"language")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.language.sizePolicy().hasHeightForWidth())
        self.language.setSizePolicy(sizePolicy)
        self.language.setMinimumSize(QSize(160, 0))

        self.language_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.language)

        self.language_hint = QLabel(self.language_group)
        self.language_hint.setObjectName(u"language_hint")
        self.language_hint.setWordWrap(True)

        self.language_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.language_hint)


        self.area_layout.addWidget(self.language_group)

        self.reminders_group = QGroupBox(SettingsArea)
        self.reminders_group.setObjectName(u"reminders_group")
        self.reminders_form = QFormLayout(self.reminders_group)
        self.reminders_form.setObjectName(u"reminders_form")
        self.identity_days_label = QLabel(self.reminders_group)
        self.identity_days_label.setObjectName(u"identity_days_label")

        self.reminders_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.identity_days_label)

        self.identity_days = QSpinBox(self.reminders_group)
        self.identity_days.setObjectName(u"identity_days")
        self.identity_days.setKeyboardTracking(False)
        sizePolicy.setHeightForWidth(self.identity_days.sizePolicy().hasHeightForWidth())
        self.identity_days.setSizePolicy(sizePolicy)
        self.identity_days.setMinimumSize(QSize(110, 0))
        self.identity_days.setMinimum(1)
        self.identity_days.setMaximum(90)
        self.identity_days.setValue(14)

        self.reminders_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.identity_days)

        self.target_margin_label = QLabel(self.reminders_group)
        self.target_margin_label.setObjectName(u"target_margin_label")

        self.reminders_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.target_margin_label)

        self.target_margin = QSpinBox(self.reminders_group)
        self.target_margin.setObjectName(u"target_margin")
        self.target_margin.setKeyboardTracking(False)
        sizePolicy.setHeightForWidth(self.target_margin.sizePolicy().hasHeightForWidth())
        self.target_margin.setSizePolicy(sizePolicy)
        self.target_margin.setMinimumSize(QSize(110, 0))
        self.target_margin.setMinimum(0)
        self.target_margin.setMaximum(15)
        self.target_margin.setValue(5)

        self.reminders_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.target_margin)

        self.reminders_hint = QLabel(self.reminders_group)
        self.reminders_hint.setObjectName(u"reminders_hint")
        self.reminders_hint.setWordWrap(True)

        self.reminders_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reminders_hint)


        self.area_layout.addWidget(self.reminders_group)

        self.letters_group = QGroupBox(SettingsArea)
        self.letters_group.setObjectName(u"letters_group")
        self.letters_layout = QVBoxLayout(self.letters_group)
        self.letters_layout.setObjectName(u"letters_layout")
        self.letters_hint = QLabel(self.letters_group)
        self.letters_hint.setObjectName(u"letters_hint")
        self.letters_hint.setWordWrap(True)

        self.letters_layout.addWidget(self.letters_hint)

        self.offset_form = QFormLayout()
        self.offset_form.setObjectName(u"offset_form")
        self.offset_form.setHorizontalSpacing(12)
        self.offset_right_label = QLabel(self.letters_group)
        self.offset_right_label.setObjectName(u"offset_right_label")

        self.offset_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.offset_right_label)

        self.offset_right = QDoubleSpinBox(self.letters_group)
        self.offset_right.setObjectName(u"offset_right")
        self.offset_right.setKeyboardTracking(False)
        sizePolicy.setHeightForWidth(self.offset_right.sizePolicy().hasHeightForWidth())
        self.offset_right.setSizePolicy(sizePolicy)
        self.offset_right.setMinimumSize(QSize(110, 0))
        self.offset_right.setSuffix(u" mm")
        self.offset_right.setDecimals(1)
        self.offset_right.setMinimum(-15.000000000000000)
        self.offset_right.setMaximum(15.000000000000000)
        self.offset_right.setSingleStep(0.500000000000000)

        self.offset_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.offset_right)

        self.offset_down_label = QLabel(self.letters_group)
        self.offset_down_label.setObjectName(u"offset_down_label")

        self.offset_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.offset_down_label)

        self.offset_down = QDoubleSpinBox(self.letters_group)
        self.offset_down.setObjectName(u"offset_down")
        self.offset_down.setKeyboardTracking(False)
        sizePolicy.setHeightForWidth(self.offset_down.sizePolicy().hasHeightForWidth())
        self.offset_down.setSizePolicy(sizePolicy)
        self.offset_down.setMinimumSize(QSize(110, 0))
        self.offset_down.setSuffix(u" mm")
        self.offset_down.setDecimals(1)
        self.offset_down.setMinimum(-15.000000000000000)
        self.offset_down.setMaximum(15.000000000000000)
        self.offset_down.setSingleStep(0.500000000000000)

        self.offset_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.offset_down)

        self.offset_hint = QLabel(self.letters_group)
        self.offset_hint.setObjectName(u"offset_hint")
        self.offset_hint.setWordWrap(True)

        self.offset_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.offset_hint)


        self.letters_layout.addLayout(self.offset_form)

        self.calibration_buttons = QHBoxLayout()
        self.calibration_buttons.setObjectName(u"calibration_buttons")
        self.print_calibration = QPushButton(self.letters_group)
        self.print_calibration.setObjectName(u"print_calibration")

        self.calibration_buttons.addWidget(self.print_calibration)

        self.save_calibration = QPushButton(self.letters_group)
        self.save_calibration.setObjectName(u"save_calibration")

        self.calibration_buttons.addWidget(self.save_calibration)

        self.calibration_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.calibration_buttons.addItem(self.calibration_spacer)


        self.letters_layout.addLayout(self.calibration_buttons)

        self.letters_status = QLabel(self.letters_group)
        self.letters_status.setObjectName(u"letters_status")
        self.letters_status.setWordWrap(True)

        self.letters_layout.addWidget(self.letters_status)

        self.letters_line = QFrame(self.letters_group)
        self.letters_line.setObjectName(u"letters_line")
        self.letters_line.setFrameShape(QFrame.Shape.HLine)
        self.letters_line.setFrameShadow(QFrame.Shadow.Sunken)

        self.letters_layout.addWidget(self.letters_line)

        self.templates_row = QHBoxLayout()
        self.templates_row.setObjectName(u"templates_row")
        self.templates_hint = QLabel(self.letters_group)
        self.templates_hint.setObjectName(u"templates_hint")
        self.templates_hint.setWordWrap(True)

        self.templates_row.addWidget(self.templates_hint)

        self.edit_templates = QPushButton(self.letters_group)
        self.edit_templates.setObjectName(u"edit_templates")

        self.templates_row.addWidget(self.edit_templates)

        self.templates_row.setStretch(0, 1)

        self.letters_layout.addLayout(self.templates_row)


        self.area_layout.addWidget(self.letters_group)

        self.database_group = QGroupBox(SettingsArea)
        self.database_group.setObjectName(u"database_group")
        self.database_form = QFormLayout(self.database_group)
        self.database_form.setObjectName(u"database_form")
        self.database_path_label = QLabel(self.database_group)
        self.database_path_label.setObjectName(u"database_path_label")

        self.database_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.database_path_label)

        self.database_path = QLabel(self.database_group)
        self.database_path.setObjectName(u"database_path")
        self.database_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.database_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.database_path)

        self.schema_revision_label = QLabel(self.database_group)
        self.schema_revision_label.setObjectName(u"schema_revision_label")

        self.database_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.schema_revision_label)

        self.schema_revision = QLabel(self.database_group)
        self.schema_revision.setObjectName(u"schema_revision")
        self.schema_revision.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.database_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.schema_revision)

        self.cipher_version_label = QLabel(self.database_group)
        self.cipher_version_label.setObjectName(u"cipher_version_label")

        self.database_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.cipher_version_label)

        self.cipher_version = QLabel(self.database_group)
        self.cipher_version.setObjectName(u"cipher_version")
        self.cipher_version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.database_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.cipher_version)

        self.audit_label = QLabel(self.database_group)
        self.audit_label.setObjectName(u"audit_label")

        self.database_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.audit_label)

        self.audit_row = QHBoxLayout()
        self.audit_row.setObjectName(u"audit_row")
        self.audit_status = QLabel(self.database_group)
        self.audit_status.setObjectName(u"audit_status")

        self.audit_row.addWidget(self.audit_status)

        self.verify_button = QPushButton(self.database_group)
        self.verify_button.setObjectName(u"verify_button")

        self.audit_row.addWidget(self.verify_button)

        self.audit_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.audit_row.addItem(self.audit_spacer)


        self.database_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.audit_row)


        self.area_layout.addWidget(self.database_group)

        self.authority_group = QGroupBox(SettingsArea)
        self.authority_group.setObjectName(u"authority_group")
        self.authority_layout = QVBoxLayout(self.authority_group)
        self.authority_layout.setObjectName(u"authority_layout")
        self.authority_hint = QLabel(self.authority_group)
        self.authority_hint.setObjectName(u"authority_hint")
        self.authority_hint.setWordWrap(True)

        self.authority_layout.addWidget(self.authority_hint)

        self.authority_form = QFormLayout()
        self.authority_form.setObjectName(u"authority_form")
        self.authority_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.authority_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.authority_form.setHorizontalSpacing(12)
        self.authority_form.setVerticalSpacing(4)
        self.authority_language_label = QLabel(self.authority_group)
        self.authority_language_label.setObjectName(u"authority_language_label")

        self.authority_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.authority_language_label)

        self.authority_language = QComboBox(self.authority_group)
        self.authority_language.setObjectName(u"authority_language")
        sizePolicy.setHeightForWidth(self.authority_language.sizePolicy().hasHeightForWidth())
        self.authority_language.setSizePolicy(sizePolicy)
        self.authority_language.setMinimumSize(QSize(160, 0))

        self.authority_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.authority_language)

        self.authority_name_label = QLabel(self.authority_group)
        self.authority_name_label.setObjectName(u"authority_name_label")

        self.authority_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.authority_name_label)

        self.authority_name = QLineEdit(self.authority_group)
        self.authority_name.setObjectName(u"authority_name")

        self.authority_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.authority_name)

        self.authority_name_note = QLabel(self.authority_group)
        self.authority_name_note.setObjectName(u"authority_name_note")
        self.authority_name_note.setWordWrap(True)
        self.authority_name_note.setVisible(False)

        self.authority_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.authority_name_note)

        self.authority_visiting_label = QLabel(self.authority_group)
        self.authority_visiting_label.setObjectName(u"authority_visiting_label")

        self.authority_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.authority_visiting_label)

        self.authority_visiting = QLineEdit(self.authority_group)
        self.authority_visiting.setObjectName(u"authority_visiting")

        self.authority_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.authority_visiting)

        self.authority_visiting_note = QLabel(self.authority_group)
        self.authority_visiting_note.setObjectName(u"authority_visiting_note")
        self.authority_visiting_note.setWordWrap(True)
        self.authority_visiting_note.setVisible(False)

        self.authority_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.authority_visiting_note)

        self.authority_postal_label = QLabel(self.authority_group)
        self.authority_postal_label.setObjectName(u"authority_postal_label")

        self.authority_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.authority_postal_label)

        self.authority_postal = QLineEdit(self.authority_group)
        self.authority_postal.setObjectName(u"authority_postal")

        self.authority_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.authority_postal)

        self.authority_postal_note = QLabel(self.authority_group)
        self.authority_postal_note.setObjectName(u"authority_postal_note")
        self.authority_postal_note.setWordWrap(True)
        self.authority_postal_note.setVisible(False)

        self.authority_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.authority_postal_note)

        self.authority_phone_label = QLabel(self.authority_group)
        self.authority_phone_label.setObjectName(u"authority_phone_label")

        self.authority_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.authority_phone_label)

        self.authority_phone = QLineEdit(self.authority_group)
        self.authority_phone.setObjectName(u"authority_phone")

        self.authority_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.authority_phone)

        self.authority_phone_note = QLabel(self.authority_group)
        self.authority_phone_note.setObjectName(u"authority_phone_note")
        self.authority_phone_note.setWordWrap(True)
        self.authority_phone_note.setVisible(False)

        self.authority_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.authority_phone_note)

        self.authority_email_label = QLabel(self.authority_group)
        self.authority_email_label.setObjectName(u"authority_email_label")

        self.authority_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.authority_email_label)

        self.authority_email = QLineEdit(self.authority_group)
        self.authority_email.setObjectName(u"authority_email")

        self.authority_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.authority_email)

        self.authority_email_note = QLabel(self.authority_group)
        self.authority_email_note.setObjectName(u"authority_email_note")
        self.authority_email_note.setWordWrap(True)
        self.authority_email_note.setVisible(False)

        self.authority_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.authority_email_note)

        self.authority_web_label = QLabel(self.authority_group)
        self.authority_web_label.setObjectName(u"authority_web_label")

        self.authority_form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.authority_web_label)

        self.authority_web = QLineEdit(self.authority_group)
        self.authority_web.setObjectName(u"authority_web")

        self.authority_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.authority_web)

        self.authority_web_note = QLabel(self.authority_group)
        self.authority_web_note.setObjectName(u"authority_web_note")
        self.authority_web_note.setWordWrap(True)
        self.authority_web_note.setVisible(False)

        self.authority_form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.authority_web_note)


        self.authority_layout.addLayout(self.authority_form)

        self.authority_buttons = QHBoxLayout()
        self.authority_buttons.setObjectName(u"authority_buttons")
        self.authority_status = QLabel(self.authority_group)
        self.authority_status.setObjectName(u"authority_status")
        self.authority_status.setWordWrap(True)

        self.authority_buttons.addWidget(self.authority_status)

        self.authority_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.authority_buttons.addItem(self.authority_spacer)

        self.authority_restore = QPushButton(self.authority_group)
        self.authority_restore.setObjectName(u"authority_restore")

        self.authority_buttons.addWidget(self.authority_restore)

        self.authority_save = QPushButton(self.authority_group)
        self.authority_save.setObjectName(u"authority_save")

        self.authority_buttons.addWidget(self.authority_save)


        self.authority_layout.addLayout(self.authority_buttons)


        self.area_layout.addWidget(self.authority_group)

        self.bottom_spacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.area_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.language_label.setBuddy(self.language)
        self.identity_days_label.setBuddy(self.identity_days)
        self.target_margin_label.setBuddy(self.target_margin)
        self.offset_right_label.setBuddy(self.offset_right)
        self.offset_down_label.setBuddy(self.offset_down)
        self.authority_language_label.setBuddy(self.authority_language)
        self.authority_name_label.setBuddy(self.authority_name)
        self.authority_visiting_label.setBuddy(self.authority_visiting)
        self.authority_postal_label.setBuddy(self.authority_postal)
        self.authority_phone_label.setBuddy(self.authority_phone)
        self.authority_email_label.setBuddy(self.authority_email)
        self.authority_web_label.setBuddy(self.authority_web)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsArea)

        QMetaObject.connectSlotsByName(SettingsArea)
    # setupUi

    def retranslateUi(self, SettingsArea):
        self.heading.setText(_(u"Settings"))
        self.description.setText(_(u"The language of the application, deadlines and reminders, letters and window envelopes, the supervisory authority's contact details, backups and locking, and facts about the open database."))
        self.language_group.setTitle(_(u"Language"))
        self.language_label.setText(_(u"&Language of the application:"))
        self.language_hint.setText(_(u"The change takes effect at once and is remembered on this computer."))
        self.reminders_group.setTitle(_(u"Deadlines and reminders"))
        self.identity_days_label.setText(_(u"Remind of an unanswered &identity question after:"))
        self.target_margin_label.setText(_(u"Internal &target before the answer-by date:"))
        self.reminders_hint.setText(_(u"Saved at once. The reminder of what is due appears when the database is opened and again each day while the application stays open."))
        self.letters_group.setTitle(_(u"Letters and window envelopes"))
        self.letters_hint.setText(_(u"Window envelopes differ between makers. Print the calibration page, fold it as a letter and put it into one of your envelopes: the sample address must show whole through the window. If it does not, move the address by as many millimetres as it is off, and print the page again. Saved at once; every letter printed after that uses the new place."))
        self.offset_right_label.setText(_(u"Move the address &right by:"))
        self.offset_down_label.setText(_(u"Move the address &down by:"))
        self.offset_hint.setText(_(u"From \u221215 to 15 mm; negative values move the address left or up."))
        self.print_calibration.setText(_(u"&Print the calibration page\u2026"))
#if QT_CONFIG(tooltip)
        self.print_calibration.setToolTip(_(u"A page with the usual window outlines and a sample address where letters print it"))
#endif // QT_CONFIG(tooltip)
        self.save_calibration.setText(_(u"Save the calibration page as P&DF\u2026"))
        self.templates_hint.setText(_(u"The wording of the response letters can be changed in each language."))
        self.edit_templates.setText(_(u"&Edit letter templates\u2026"))
        self.database_group.setTitle(_(u"Database"))
        self.database_path_label.setText(_(u"File:"))
        self.schema_revision_label.setText(_(u"Schema revision:"))
        self.cipher_version_label.setText(_(u"SQLCipher version:"))
        self.audit_label.setText(_(u"Audit log:"))
        self.verify_button.setText(_(u"&Verify"))
#if QT_CONFIG(tooltip)
        self.verify_button.setToolTip(_(u"Recompute the hash chain of the audit log to find altered or removed entries"))
#endif // QT_CONFIG(tooltip)
        self.authority_group.setTitle(_(u"Supervisory authority"))
        self.authority_hint.setText(_(u"The contact details printed in the privacy notice and in the answers to data subjects, in each language. The defaults are those published on tietosuoja.fi."))
        self.authority_language_label.setText(_(u"La&nguage of the block:"))
        self.authority_name_label.setText(_(u"&Name:"))
        self.authority_visiting_label.setText(_(u"&Visiting address:"))
        self.authority_postal_label.setText(_(u"&Postal address:"))
        self.authority_phone_label.setText(_(u"&Switchboard:"))
        self.authority_email_label.setText(_(u"&E-mail:"))
        self.authority_web_label.setText(_(u"&Website:"))
        self.authority_restore.setText(_(u"&Restore defaults"))
#if QT_CONFIG(tooltip)
        self.authority_restore.setToolTip(_(u"Use the contact details published on tietosuoja.fi again, in every language"))
#endif // QT_CONFIG(tooltip)
        self.authority_save.setText(_(u"Sa&ve"))
        pass
    # retranslateUi

