# generated from ui/request_pane.ui by tools/compile_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'request_pane.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QFrame,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QStackedWidget,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_RequestPane(object):
    def setupUi(self, RequestPane):
        if not RequestPane.objectName():
            RequestPane.setObjectName(u"RequestPane")
        self.pane_layout = QVBoxLayout(RequestPane)
        self.pane_layout.setObjectName(u"pane_layout")
        self.pane_layout.setContentsMargins(0, 6, 0, 0)
        self.pages = QStackedWidget(RequestPane)
        self.pages.setObjectName(u"pages")
        self.empty_page = QWidget()
        self.empty_page.setObjectName(u"empty_page")
        self.empty_layout = QVBoxLayout(self.empty_page)
        self.empty_layout.setObjectName(u"empty_layout")
        self.empty_label = QLabel(self.empty_page)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        self.empty_layout.addWidget(self.empty_label)

        self.pages.addWidget(self.empty_page)
        self.detail_page = QWidget()
        self.detail_page.setObjectName(u"detail_page")
        self.detail_layout = QVBoxLayout(self.detail_page)
        self.detail_layout.setSpacing(6)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.title_row = QHBoxLayout()
        self.title_row.setObjectName(u"title_row")
        self.title = QLabel(self.detail_page)
        self.title.setObjectName(u"title")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.title.setFont(font)

        self.title_row.addWidget(self.title)

        self.title_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.title_row.addItem(self.title_spacer)

        self.status_badge = QLabel(self.detail_page)
        self.status_badge.setObjectName(u"status_badge")

        self.title_row.addWidget(self.status_badge)


        self.detail_layout.addLayout(self.title_row)

        self.columns_row = QHBoxLayout()
        self.columns_row.setSpacing(14)
        self.columns_row.setObjectName(u"columns_row")
        self.facts_scroll = QScrollArea(self.detail_page)
        self.facts_scroll.setObjectName(u"facts_scroll")
        self.facts_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.facts_scroll.setWidgetResizable(True)
        self.facts_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.facts = QWidget()
        self.facts.setObjectName(u"facts")
        self.facts_form = QFormLayout(self.facts)
        self.facts_form.setObjectName(u"facts_form")
        self.facts_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.facts_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.facts_form.setFormAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.facts_form.setHorizontalSpacing(10)
        self.facts_form.setVerticalSpacing(6)
        self.facts_form.setContentsMargins(0, 0, 6, 0)
        self.requester_label = QLabel(self.facts)
        self.requester_label.setObjectName(u"requester_label")

        self.facts_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.requester_label)

        self.requester = QLabel(self.facts)
        self.requester.setObjectName(u"requester")
        self.requester.setWordWrap(True)
        self.requester.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.requester)

        self.contact_label = QLabel(self.facts)
        self.contact_label.setObjectName(u"contact_label")

        self.facts_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.contact_label)

        self.contact = QLabel(self.facts)
        self.contact.setObjectName(u"contact")
        self.contact.setWordWrap(True)
        self.contact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.contact)

        self.person_label = QLabel(self.facts)
        self.person_label.setObjectName(u"person_label")

        self.facts_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.person_label)

        self.person = QLabel(self.facts)
        self.person.setObjectName(u"person")
        self.person.setWordWrap(True)
        self.person.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.person)

        self.received_label = QLabel(self.facts)
        self.received_label.setObjectName(u"received_label")

        self.facts_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.received_label)

        self.received = QLabel(self.facts)
        self.received.setObjectName(u"received")
        self.received.setWordWrap(True)
        self.received.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.received)

        self.due_label = QLabel(self.facts)
        self.due_label.setObjectName(u"due_label")

        self.facts_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.due_label)

        self.due = QLabel(self.facts)
        self.due.setObjectName(u"due")
        self.due.setWordWrap(True)
        self.due.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font1 = QFont()
        font1.setBold(True)
        self.due.setFont(font1)

        self.facts_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.due)

        self.due_details_label = QLabel(self.facts)
        self.due_details_label.setObjectName(u"due_details_label")

        self.facts_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.due_details_label)

        self.due_details = QLabel(self.facts)
        self.due_details.setObjectName(u"due_details")
        self.due_details.setWordWrap(True)
        self.due_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.due_details)

        self.days_left_label = QLabel(self.facts)
        self.days_left_label.setObjectName(u"days_left_label")

        self.facts_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.days_left_label)

        self.days_left = QLabel(self.facts)
        self.days_left.setObjectName(u"days_left")
        self.days_left.setWordWrap(True)
        self.days_left.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.days_left.setFont(font1)

        self.facts_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.days_left)

        self.description_label = QLabel(self.facts)
        self.description_label.setObjectName(u"description_label")

        self.facts_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description = QLabel(self.facts)
        self.description.setObjectName(u"description")
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.description)

        self.facts_scroll.setWidget(self.facts)

        self.columns_row.addWidget(self.facts_scroll)

        self.tabs = QTabWidget(self.detail_page)
        self.tabs.setObjectName(u"tabs")
        self.timeline_tab = QWidget()
        self.timeline_tab.setObjectName(u"timeline_tab")
        self.timeline_layout = QVBoxLayout(self.timeline_tab)
        self.timeline_layout.setObjectName(u"timeline_layout")
        self.timeline_layout.setContentsMargins(4, 4, 4, 4)
        self.timeline = QTableView(self.timeline_tab)
        self.timeline.setObjectName(u"timeline")
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timeline.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline.setShowGrid(False)
        self.timeline.setWordWrap(False)

        self.timeline_layout.addWidget(self.timeline)

        self.tabs.addTab(self.timeline_tab, "")
        self.attachments_tab = QWidget()
        self.attachments_tab.setObjectName(u"attachments_tab")
        self.attachments_layout = QVBoxLayout(self.attachments_tab)
        self.attachments_layout.setObjectName(u"attachments_layout")
        self.attachments_layout.setContentsMargins(4, 4, 4, 4)
        self.attachments = QTableView(self.attachments_tab)
        self.attachments.setObjectName(u"attachments")
        self.attachments.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attachments.setAlternatingRowColors(True)
        self.attachments.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.attachments.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attachments.setShowGrid(False)
        self.attachments.setWordWrap(False)

        self.attachments_layout.addWidget(self.attachments)

        self.attachment_buttons = QHBoxLayout()
        self.attachment_buttons.setObjectName(u"attachment_buttons")
        self.open_button = QPushButton(self.attachments_tab)
        self.open_button.setObjectName(u"open_button")
        self.open_button.setAutoDefault(False)

        self.attachment_buttons.addWidget(self.open_button)

        self.save_button = QPushButton(self.attachments_tab)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(False)

        self.attachment_buttons.addWidget(self.save_button)

        self.attachment_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attachment_buttons.addItem(self.attachment_spacer)


        self.attachments_layout.addLayout(self.attachment_buttons)

        self.tabs.addTab(self.attachments_tab, "")

        self.columns_row.addWidget(self.tabs)

        self.actions_scroll = QScrollArea(self.detail_page)
        self.actions_scroll.setObjectName(u"actions_scroll")
        self.actions_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.actions_scroll.setMinimumSize(QSize(170, 0))
        self.actions_scroll.setMaximumSize(QSize(210, 16777215))
        self.actions_scroll.setWidgetResizable(True)
        self.actions_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.actions = QWidget()
        self.actions.setObjectName(u"actions")
        self.actions_layout = QVBoxLayout(self.actions)
        self.actions_layout.setSpacing(4)
        self.actions_layout.setObjectName(u"actions_layout")
        self.actions_layout.setContentsMargins(0, 0, 4, 0)
        self.actions_heading = QLabel(self.actions)
        self.actions_heading.setObjectName(u"actions_heading")
        self.actions_heading.setFont(font1)

        self.actions_layout.addWidget(self.actions_heading)

        self.identity_button = QPushButton(self.actions)
        self.identity_button.setObjectName(u"identity_button")
        self.identity_button.setAutoDefault(False)

        self.actions_layout.addWidget(self.identity_button)

        self.resume_button = QPushButton(self.actions)
        self.resume_button.setObjectName(u"resume_button")
        self.resume_button.setAutoDefault(False)

        self.actions_layout.addWidget(self.resume_button)

        self.in_progress_button = QPushButton(self.actions)
        self.in_progress_button.setObjectName(u"in_progress_button")
        self.in_progress_button.setAutoDefault(False)

        self.actions_layout.addWidget(self.in_progress_button)

        self.response_ready_button = QPushButton(self.actions)
        self.response_ready_button.setObjectName(u"response_ready_button")
        self.response_ready_button.setAutoDefault(False)

        self.actions_layout.addWidget(self.response_ready_button)

        self.refused_button = QPushButton(self.actions)
        self.refused_button.setObjectName(u"refused_button")
        self.refused_button.setAutoDefault(False)

        self.actions_layout.addWidget(self.refused_button)

        self.sent_button = QPushButton(self.actions)
        self.sent_button.setObjectName(u"sent_button")
        self.sent_button.setAutoDefault(False)

        self.actions_layout.addWidget(self.sent_button)

        self.closed_button = QPushButton(self.actions)
        self.closed_button.setObjectName(u"closed_button")
        self.closed_button.setAutoDefault(False)

        self.actions_layout.addWidget(self.closed_button)

        self.withdrawn_button = QPushButton(self.actions)
        self.withdrawn_button.setObjectName(u"withdrawn_button")
        self.withdrawn_button.setAutoDefault(False)

        self.actions_layout.addWidget(self.withdrawn_button)

        self.extend_button = QPushButton(self.actions)
        self.extend_button.setObjectName(u"extend_button")
        self.extend_button.setAutoDefault(False)

        self.actions_layout.addWidget(self.extend_button)

        self.take_action_button = QPushButton(self.actions)
        self.take_action_button.setObjectName(u"take_action_button")
        self.take_action_button.setAutoDefault(False)

        self.actions_layout.addWidget(self.take_action_button)

        self.response_button = QPushButton(self.actions)
        self.response_button.setObjectName(u"response_button")
        self.response_button.setAutoDefault(False)

        self.actions_layout.addWidget(self.response_button)

        self.link_button = QPushButton(self.actions)
        self.link_button.setObjectName(u"link_button")
        self.link_button.setAutoDefault(False)

        self.actions_layout.addWidget(self.link_button)

        self.note_button = QPushButton(self.actions)
        self.note_button.setObjectName(u"note_button")
        self.note_button.setAutoDefault(False)

        self.actions_layout.addWidget(self.note_button)

        self.actions_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.actions_layout.addItem(self.actions_spacer)

        self.actions_scroll.setWidget(self.actions)

        self.columns_row.addWidget(self.actions_scroll)

        self.columns_row.setStretch(0, 5)
        self.columns_row.setStretch(1, 6)

        self.detail_layout.addLayout(self.columns_row)

        self.pages.addWidget(self.detail_page)

        self.pane_layout.addWidget(self.pages)


        self.retranslateUi(RequestPane)

        QMetaObject.connectSlotsByName(RequestPane)
    # setupUi

    def retranslateUi(self, RequestPane):
        self.empty_label.setText(_(u"Choose a request in the list to see its details and what can be done next."))
        self.requester_label.setText(_(u"Requester:"))
        self.contact_label.setText(_(u"Contact:"))
        self.person_label.setText(_(u"Person:"))
        self.received_label.setText(_(u"Received:"))
        self.due_label.setText(_(u"Answer by:"))
        self.due_details_label.setText(_(u"Deadline:"))
        self.days_left_label.setText(_(u"Days left:"))
        self.description_label.setText(_(u"Description:"))
        self.tabs.setTabText(self.tabs.indexOf(self.timeline_tab), _(u"Timeline"))
        self.open_button.setText(_(u"&Open"))
        self.save_button.setText(_(u"Save &as\u2026"))
        self.tabs.setTabText(self.tabs.indexOf(self.attachments_tab), _(u"Attachments"))
        self.actions_heading.setText(_(u"Next steps"))
        self.identity_button.setText(_(u"Ask &identity or clarification\u2026"))
        self.resume_button.setText(_(u"&Answer received\u2026"))
        self.in_progress_button.setText(_(u"Start &work\u2026"))
        self.response_ready_button.setText(_(u"&Response ready\u2026"))
        self.refused_button.setText(_(u"Re&fuse\u2026"))
        self.sent_button.setText(_(u"Mark as &sent\u2026"))
        self.closed_button.setText(_(u"&Close\u2026"))
        self.withdrawn_button.setText(_(u"&Withdrawn\u2026"))
        self.extend_button.setText(_(u"&Extend deadline\u2026"))
        self.take_action_button.setText(_(u"&Take action\u2026"))
        self.response_button.setText(_(u"Res&ponse letter\u2026"))
        self.link_button.setText(_(u"&Link to person\u2026"))
        self.note_button.setText(_(u"Add &note\u2026"))
        pass
    # retranslateUi

