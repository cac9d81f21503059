# generated from ui/signup_mode.ui by tools/compile_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'signup_mode.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout,
    QWidget)

class Ui_SignupMode(object):
    def setupUi(self, SignupMode):
        if not SignupMode.objectName():
            SignupMode.setObjectName(u"SignupMode")
        self.mode_layout = QVBoxLayout(SignupMode)
        self.mode_layout.setSpacing(16)
        self.mode_layout.setObjectName(u"mode_layout")
        self.mode_layout.setContentsMargins(48, 28, 48, 16)
        self.top_row = QHBoxLayout()
        self.top_row.setSpacing(12)
        self.top_row.setObjectName(u"top_row")
        self.heading = QLabel(SignupMode)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.top_row.addWidget(self.heading)

        self.lang_fi = QPushButton(SignupMode)
        self.lang_fi.setObjectName(u"lang_fi")
        self.lang_fi.setAutoDefault(False)

        self.top_row.addWidget(self.lang_fi)

        self.lang_sv = QPushButton(SignupMode)
        self.lang_sv.setObjectName(u"lang_sv")
        self.lang_sv.setAutoDefault(False)

        self.top_row.addWidget(self.lang_sv)

        self.lang_en = QPushButton(SignupMode)
        self.lang_en.setObjectName(u"lang_en")
        self.lang_en.setAutoDefault(False)

        self.top_row.addWidget(self.lang_en)


        self.mode_layout.addLayout(self.top_row)

        self.pages = QStackedWidget(SignupMode)
        self.pages.setObjectName(u"pages")
        self.form_page = QWidget()
        self.form_page.setObjectName(u"form_page")
        self.form_columns = QHBoxLayout(self.form_page)
        self.form_columns.setSpacing(40)
        self.form_columns.setObjectName(u"form_columns")
        self.form_side = QVBoxLayout()
        self.form_side.setSpacing(12)
        self.form_side.setObjectName(u"form_side")
        self.form_scroll = QScrollArea(self.form_page)
        self.form_scroll.setObjectName(u"form_scroll")
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_content = QWidget()
        self.form_content.setObjectName(u"form_content")
        self.form_column = QVBoxLayout(self.form_content)
        self.form_column.setSpacing(4)
        self.form_column.setObjectName(u"form_column")
        self.message = QLabel(self.form_content)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setVisible(False)

        self.form_column.addWidget(self.message)

        self.fields = QGridLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setHorizontalSpacing(24)
        self.fields.setVerticalSpacing(4)
        self.first_name_label = QLabel(self.form_content)
        self.first_name_label.setObjectName(u"first_name_label")

        self.fields.addWidget(self.first_name_label, 0, 0, 1, 1)

        self.first_name = QLineEdit(self.form_content)
        self.first_name.setObjectName(u"first_name")
        self.first_name.setMaxLength(100)
        self.first_name.setMinimumSize(QSize(0, 52))

        self.fields.addWidget(self.first_name, 1, 0, 1, 1)

        self.first_name_note = QLabel(self.form_content)
        self.first_name_note.setObjectName(u"first_name_note")
        self.first_name_note.setWordWrap(True)
        self.first_name_note.setVisible(False)

        self.fields.addWidget(self.first_name_note, 2, 0, 1, 1)

        self.last_name_label = QLabel(self.form_content)
        self.last_name_label.setObjectName(u"last_name_label")

        self.fields.addWidget(self.last_name_label, 0, 1, 1, 1)

        self.last_name = QLineEdit(self.form_content)
        self.last_name.setObjectName(u"last_name")
        self.last_name.setMaxLength(100)
        self.last_name.setMinimumSize(QSize(0, 52))

        self.fields.addWidget(self.last_name, 1, 1, 1, 1)

        self.last_name_note = QLabel(self.form_content)
        self.last_name_note.setObjectName(u"last_name_note")
        self.last_name_note.setWordWrap(True)
        self.last_name_note.setVisible(False)

        self.fields.addWidget(self.last_name_note, 2, 1, 1, 1)

        self.email_label = QLabel(self.form_content)
        self.email_label.setObjectName(u"email_label")

        self.fields.addWidget(self.email_label, 3, 0, 1, 2)

        self.email = QLineEdit(self.form_content)
        self.email.setObjectName(u"email")
        self.email.setMaxLength(254)
        self.email.setMinimumSize(QSize(0, 52))

        self.fields.addWidget(self.email, 4, 0, 1, 2)

        self.email_note = QLabel(self.form_content)
        self.email_note.setObjectName(u"email_note")
        self.email_note.setWordWrap(True)
        self.email_note.setVisible(False)

        self.fields.addWidget(self.email_note, 5, 0, 1, 2)

        self.phone_label = QLabel(self.form_content)
        self.phone_label.setObjectName(u"phone_label")

        self.fields.addWidget(self.phone_label, 6, 0, 1, 1)

        self.phone = QLineEdit(self.form_content)
        self.phone.setObjectName(u"phone")
        self.phone.setMaxLength(40)
        self.phone.setMinimumSize(QSize(0, 52))

        self.fields.addWidget(self.phone, 7, 0, 1, 1)

        self.phone_note = QLabel(self.form_content)
        self.phone_note.setObjectName(u"phone_note")
        self.phone_note.setWordWrap(True)
        self.phone_note.setVisible(False)

        self.fields.addWidget(self.phone_note, 8, 0, 1, 1)

        self.organisation_label = QLabel(self.form_content)
        self.organisation_label.setObjectName(u"organisation_label")

        self.fields.addWidget(self.organisation_label, 6, 1, 1, 1)

        self.organisation = QLineEdit(self.form_content)
        self.organisation.setObjectName(u"organisation")
        self.organisation.setMaxLength(200)
        self.organisation.setMinimumSize(QSize(0, 52))

        self.fields.addWidget(self.organisation, 7, 1, 1, 1)

        self.organisation_note = QLabel(self.form_content)
        self.organisation_note.setObjectName(u"organisation_note")
        self.organisation_note.setWordWrap(True)
        self.organisation_note.setVisible(False)

        self.fields.addWidget(self.organisation_note, 8, 1, 1, 1)


        self.form_column.addLayout(self.fields)

        self.consents_heading = QLabel(self.form_content)
        self.consents_heading.setObjectName(u"consents_heading")
        self.consents_heading.setWordWrap(True)

        self.form_column.addWidget(self.consents_heading)

        self.consents_layout = QVBoxLayout()
        self.consents_layout.setSpacing(10)
        self.consents_layout.setObjectName(u"consents_layout")

        self.form_column.addLayout(self.consents_layout)

        self.no_consents = QLabel(self.form_content)
        self.no_consents.setObjectName(u"no_consents")
        self.no_consents.setWordWrap(True)

        self.form_column.addWidget(self.no_consents)

        self.form_end = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.form_column.addItem(self.form_end)

        self.form_scroll.setWidget(self.form_content)

        self.form_side.addWidget(self.form_scroll)

        self.form_buttons = QHBoxLayout()
        self.form_buttons.setSpacing(12)
        self.form_buttons.setObjectName(u"form_buttons")
        self.submit_button = QPushButton(self.form_page)
        self.submit_button.setObjectName(u"submit_button")
        self.submit_button.setAutoDefault(False)

        self.form_buttons.addWidget(self.submit_button)

        self.clear_button = QPushButton(self.form_page)
        self.clear_button.setObjectName(u"clear_button")
        self.clear_button.setAutoDefault(False)

        self.form_buttons.addWidget(self.clear_button)

        self.form_buttons_end = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.form_buttons.addItem(self.form_buttons_end)


        self.form_side.addLayout(self.form_buttons)


        self.form_columns.addLayout(self.form_side)

        self.info_column = QVBoxLayout()
        self.info_column.setSpacing(12)
        self.info_column.setObjectName(u"info_column")
        self.info_scroll = QScrollArea(self.form_page)
        self.info_scroll.setObjectName(u"info_scroll")
        self.info_scroll.setWidgetResizable(True)
        self.info_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.info_content = QWidget()
        self.info_content.setObjectName(u"info_content")
        self.info_layout = QVBoxLayout(self.info_content)
        self.info_layout.setSpacing(12)
        self.info_layout.setObjectName(u"info_layout")
        self.info_layout.setContentsMargins(16, 16, 16, 16)
        self.info = QLabel(self.info_content)
        self.info.setObjectName(u"info")
        self.info.setWordWrap(True)

        self.info_layout.addWidget(self.info)

        self.info_end = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.info_layout.addItem(self.info_end)

        self.info_scroll.setWidget(self.info_content)

        self.info_column.addWidget(self.info_scroll)

        self.notice_row = QHBoxLayout()
        self.notice_row.setSpacing(12)
        self.notice_row.setObjectName(u"notice_row")
        self.read_notice_button = QPushButton(self.form_page)
        self.read_notice_button.setObjectName(u"read_notice_button")
        self.read_notice_button.setAutoDefault(False)

        self.notice_row.addWidget(self.read_notice_button)

        self.notice_row_end = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.notice_row.addItem(self.notice_row_end)


        self.info_column.addLayout(self.notice_row)


        self.form_columns.addLayout(self.info_column)

        self.pages.addWidget(self.form_page)
        self.thanks_page = QWidget()
        self.thanks_page.setObjectName(u"thanks_page")
        self.thanks_layout = QVBoxLayout(self.thanks_page)
        self.thanks_layout.setSpacing(24)
        self.thanks_layout.setObjectName(u"thanks_layout")
        self.thanks_top = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.thanks_layout.addItem(self.thanks_top)

        self.thanks = QLabel(self.thanks_page)
        self.thanks.setObjectName(u"thanks")
        self.thanks.setWordWrap(True)

        self.thanks_layout.addWidget(self.thanks)

        self.thanks_detail = QLabel(self.thanks_page)
        self.thanks_detail.setObjectName(u"thanks_detail")
        self.thanks_detail.setWordWrap(True)

        self.thanks_layout.addWidget(self.thanks_detail)

        self.thanks_row = QHBoxLayout()
        self.thanks_row.setSpacing(12)
        self.thanks_row.setObjectName(u"thanks_row")
        self.thanks_row_start = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.thanks_row.addItem(self.thanks_row_start)

        self.next_button = QPushButton(self.thanks_page)
        self.next_button.setObjectName(u"next_button")
        self.next_button.setAutoDefault(False)

        self.thanks_row.addWidget(self.next_button)

        self.thanks_row_end = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.thanks_row.addItem(self.thanks_row_end)


        self.thanks_layout.addLayout(self.thanks_row)

        self.thanks_bottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.thanks_layout.addItem(self.thanks_bottom)

        self.pages.addWidget(self.thanks_page)

        self.mode_layout.addWidget(self.pages)

        self.bottom_row = QHBoxLayout()
        self.bottom_row.setSpacing(12)
        self.bottom_row.setObjectName(u"bottom_row")
        self.staff_hint = QLabel(SignupMode)
        self.staff_hint.setObjectName(u"staff_hint")
        self.staff_hint.setWordWrap(True)

        self.bottom_row.addWidget(self.staff_hint)

        self.bottom_row_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottom_row.addItem(self.bottom_row_gap)

        self.leave_button = QPushButton(SignupMode)
        self.leave_button.setObjectName(u"leave_button")
        self.leave_button.setAutoDefault(False)

        self.bottom_row.addWidget(self.leave_button)


        self.mode_layout.addLayout(self.bottom_row)

        QWidget.setTabOrder(self.first_name, self.last_name)
        QWidget.setTabOrder(self.last_name, self.email)
        QWidget.setTabOrder(self.email, self.phone)
        QWidget.setTabOrder(self.phone, self.organisation)
        QWidget.setTabOrder(self.organisation, self.submit_button)
        QWidget.setTabOrder(self.submit_button, self.clear_button)
        QWidget.setTabOrder(self.clear_button, self.read_notice_button)
        QWidget.setTabOrder(self.read_notice_button, self.next_button)
        QWidget.setTabOrder(self.next_button, self.lang_fi)
        QWidget.setTabOrder(self.lang_fi, self.lang_sv)
        QWidget.setTabOrder(self.lang_sv, self.lang_en)
        QWidget.setTabOrder(self.lang_en, self.leave_button)

        self.retranslateUi(SignupMode)

        QMetaObject.connectSlotsByName(SignupMode)
    # setupUi

    def retranslateUi(self, SignupMode):
        SignupMode.setWindowTitle(_(u"Sign-up mode"))
    # retranslateUi

