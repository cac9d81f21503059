# generated from ui/person_page.ui by tools/compile_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_page.ui'
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
from PySide6.QtWidgets import (QApplication, QDateEdit, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_PersonPage(object):
    def setupUi(self, PersonPage):
        if not PersonPage.objectName():
            PersonPage.setObjectName(u"PersonPage")
        self.page_layout = QVBoxLayout(PersonPage)
        self.page_layout.setSpacing(6)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.header_row = QHBoxLayout()
        self.header_row.setSpacing(6)
        self.header_row.setObjectName(u"header_row")
        self.person_title = QLabel(PersonPage)
        self.person_title.setObjectName(u"person_title")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.person_title.setFont(font)

        self.header_row.addWidget(self.person_title)

        self.restriction_badge = QLabel(PersonPage)
        self.restriction_badge.setObjectName(u"restriction_badge")
        self.restriction_badge.setVisible(False)

        self.header_row.addWidget(self.restriction_badge)

        self.header_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_row.addItem(self.header_spacer)


        self.page_layout.addLayout(self.header_row)

        self.tabs = QTabWidget(PersonPage)
        self.tabs.setObjectName(u"tabs")
        self.details_tab = QWidget()
        self.details_tab.setObjectName(u"details_tab")
        self.details_layout = QVBoxLayout(self.details_tab)
        self.details_layout.setObjectName(u"details_layout")
        self.details_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.details_tab, "")
        self.entries_tab = QWidget()
        self.entries_tab.setObjectName(u"entries_tab")
        self.entries_layout = QVBoxLayout(self.entries_tab)
        self.entries_layout.setObjectName(u"entries_layout")
        self.entries_layout.setContentsMargins(8, 8, 8, 8)
        self.entries_table = QTableView(self.entries_tab)
        self.entries_table.setObjectName(u"entries_table")

        self.entries_layout.addWidget(self.entries_table)

        self.entry_details = QLabel(self.entries_tab)
        self.entry_details.setObjectName(u"entry_details")
        self.entry_details.setWordWrap(True)
        self.entry_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.entries_layout.addWidget(self.entry_details)

        self.entry_buttons = QHBoxLayout()
        self.entry_buttons.setSpacing(6)
        self.entry_buttons.setObjectName(u"entry_buttons")
        self.add_entry_button = QPushButton(self.entries_tab)
        self.add_entry_button.setObjectName(u"add_entry_button")
        self.add_entry_button.setAutoDefault(False)

        self.entry_buttons.addWidget(self.add_entry_button)

        self.edit_entry_button = QPushButton(self.entries_tab)
        self.edit_entry_button.setObjectName(u"edit_entry_button")
        self.edit_entry_button.setAutoDefault(False)

        self.entry_buttons.addWidget(self.edit_entry_button)

        self.remove_entry_button = QPushButton(self.entries_tab)
        self.remove_entry_button.setObjectName(u"remove_entry_button")
        self.remove_entry_button.setAutoDefault(False)

        self.entry_buttons.addWidget(self.remove_entry_button)

        self.entry_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.entry_buttons.addItem(self.entry_spacer)


        self.entries_layout.addLayout(self.entry_buttons)

        self.tabs.addTab(self.entries_tab, "")
        self.marketing_tab = QWidget()
        self.marketing_tab.setObjectName(u"marketing_tab")
        self.marketing_layout = QVBoxLayout(self.marketing_tab)
        self.marketing_layout.setObjectName(u"marketing_layout")
        self.marketing_layout.setContentsMargins(8, 8, 8, 8)
        self.consents_group = QGroupBox(self.marketing_tab)
        self.consents_group.setObjectName(u"consents_group")
        self.consents_layout = QVBoxLayout(self.consents_group)
        self.consents_layout.setObjectName(u"consents_layout")
        self.consents_table = QTableView(self.consents_group)
        self.consents_table.setObjectName(u"consents_table")

        self.consents_layout.addWidget(self.consents_table)

        self.consent_buttons = QHBoxLayout()
        self.consent_buttons.setSpacing(6)
        self.consent_buttons.setObjectName(u"consent_buttons")
        self.add_consent_button = QPushButton(self.consents_group)
        self.add_consent_button.setObjectName(u"add_consent_button")
        self.add_consent_button.setAutoDefault(False)

        self.consent_buttons.addWidget(self.add_consent_button)

        self.withdraw_consent_button = QPushButton(self.consents_group)
        self.withdraw_consent_button.setObjectName(u"withdraw_consent_button")
        self.withdraw_consent_button.setAutoDefault(False)

        self.consent_buttons.addWidget(self.withdraw_consent_button)

        self.consent_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.consent_buttons.addItem(self.consent_spacer)


        self.consents_layout.addLayout(self.consent_buttons)


        self.marketing_layout.addWidget(self.consents_group)

        self.objections_group = QGroupBox(self.marketing_tab)
        self.objections_group.setObjectName(u"objections_group")
        self.objections_layout = QVBoxLayout(self.objections_group)
        self.objections_layout.setObjectName(u"objections_layout")
        self.objections_table = QTableView(self.objections_group)
        self.objections_table.setObjectName(u"objections_table")

        self.objections_layout.addWidget(self.objections_table)

        self.objection_buttons = QHBoxLayout()
        self.objection_buttons.setSpacing(6)
        self.objection_buttons.setObjectName(u"objection_buttons")
        self.add_objection_button = QPushButton(self.objections_group)
        self.add_objection_button.setObjectName(u"add_objection_button")
        self.add_objection_button.setAutoDefault(False)

        self.objection_buttons.addWidget(self.add_objection_button)

        self.remove_objection_button = QPushButton(self.objections_group)
        self.remove_objection_button.setObjectName(u"remove_objection_button")
        self.remove_objection_button.setAutoDefault(False)

        self.objection_buttons.addWidget(self.remove_objection_button)

        self.objection_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.objection_buttons.addItem(self.objection_spacer)


        self.objections_layout.addLayout(self.objection_buttons)


        self.marketing_layout.addWidget(self.objections_group)

        self.restriction_group = QGroupBox(self.marketing_tab)
        self.restriction_group.setObjectName(u"restriction_group")
        self.restriction_layout = QVBoxLayout(self.restriction_group)
        self.restriction_layout.setObjectName(u"restriction_layout")
        self.restriction_status = QLabel(self.restriction_group)
        self.restriction_status.setObjectName(u"restriction_status")
        self.restriction_status.setWordWrap(True)

        self.restriction_layout.addWidget(self.restriction_status)

        self.restriction_form = QFormLayout()
        self.restriction_form.setObjectName(u"restriction_form")
        self.restriction_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.restriction_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.restriction_form.setHorizontalSpacing(12)
        self.restriction_form.setVerticalSpacing(5)
        self.restriction_reason_label = QLabel(self.restriction_group)
        self.restriction_reason_label.setObjectName(u"restriction_reason_label")

        self.restriction_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.restriction_reason_label)

        self.restriction_reason = QLineEdit(self.restriction_group)
        self.restriction_reason.setObjectName(u"restriction_reason")
        self.restriction_reason.setMaxLength(500)

        self.restriction_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.restriction_reason)

        self.restriction_reason_note = QLabel(self.restriction_group)
        self.restriction_reason_note.setObjectName(u"restriction_reason_note")
        self.restriction_reason_note.setWordWrap(True)
        self.restriction_reason_note.setVisible(False)

        self.restriction_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.restriction_reason_note)

        self.restriction_since_label = QLabel(self.restriction_group)
        self.restriction_since_label.setObjectName(u"restriction_since_label")

        self.restriction_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.restriction_since_label)

        self.restriction_since = QDateEdit(self.restriction_group)
        self.restriction_since.setObjectName(u"restriction_since")
        self.restriction_since.setCalendarPopup(True)
        self.restriction_since.setDisplayFormat(u"d.M.yyyy")
        self.restriction_since.setMaximumSize(QSize(170, 16777215))

        self.restriction_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.restriction_since)


        self.restriction_layout.addLayout(self.restriction_form)

        self.restriction_buttons = QHBoxLayout()
        self.restriction_buttons.setSpacing(6)
        self.restriction_buttons.setObjectName(u"restriction_buttons")
        self.restrict_button = QPushButton(self.restriction_group)
        self.restrict_button.setObjectName(u"restrict_button")
        self.restrict_button.setAutoDefault(False)

        self.restriction_buttons.addWidget(self.restrict_button)

        self.lift_button = QPushButton(self.restriction_group)
        self.lift_button.setObjectName(u"lift_button")
        self.lift_button.setAutoDefault(False)

        self.restriction_buttons.addWidget(self.lift_button)

        self.restriction_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.restriction_buttons.addItem(self.restriction_spacer)


        self.restriction_layout.addLayout(self.restriction_buttons)


        self.marketing_layout.addWidget(self.restriction_group)

        self.tabs.addTab(self.marketing_tab, "")

        self.page_layout.addWidget(self.tabs)

        self.footer_row = QHBoxLayout()
        self.footer_row.setSpacing(6)
        self.footer_row.setObjectName(u"footer_row")
        self.status_label = QLabel(PersonPage)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.footer_row.addWidget(self.status_label)

        self.revert_button = QPushButton(PersonPage)
        self.revert_button.setObjectName(u"revert_button")
        self.revert_button.setAutoDefault(False)

        self.footer_row.addWidget(self.revert_button)

        self.save_button = QPushButton(PersonPage)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(False)

        self.footer_row.addWidget(self.save_button)

        self.footer_row.setStretch(0, 1)

        self.page_layout.addLayout(self.footer_row)

#if QT_CONFIG(shortcut)
        self.restriction_reason_label.setBuddy(self.restriction_reason)
        self.restriction_since_label.setBuddy(self.restriction_since)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PersonPage)

        QMetaObject.connectSlotsByName(PersonPage)
    # setupUi

    def retranslateUi(self, PersonPage):
        self.tabs.setTabText(self.tabs.indexOf(self.details_tab), _(u"Basic details"))
        self.add_entry_button.setText(_(u"&Add to a register\u2026"))
        self.edit_entry_button.setText(_(u"&Edit\u2026"))
        self.remove_entry_button.setText(_(u"&Remove from the register"))
        self.tabs.setTabText(self.tabs.indexOf(self.entries_tab), _(u"Registers"))
        self.consents_group.setTitle(_(u"Consents"))
        self.add_consent_button.setText(_(u"Add a &consent\u2026"))
        self.withdraw_consent_button.setText(_(u"&Withdraw the consent"))
        self.objections_group.setTitle(_(u"Direct marketing objections"))
        self.add_objection_button.setText(_(u"Add an &objection\u2026"))
        self.remove_objection_button.setText(_(u"&End the objection"))
        self.restriction_group.setTitle(_(u"Restriction of processing"))
        self.restriction_reason_label.setText(_(u"&Reason:"))
        self.restriction_since_label.setText(_(u"Restricted &since:"))
        self.restrict_button.setText(_(u"Restrict &processing"))
        self.lift_button.setText(_(u"&Lift the restriction"))
        self.tabs.setTabText(self.tabs.indexOf(self.marketing_tab), _(u"Consents and objections"))
        self.revert_button.setText(_(u"&Undo changes"))
        self.save_button.setText(_(u"&Save"))
        pass
    # retranslateUi

