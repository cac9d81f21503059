# generated from ui/register_form.ui by tools/compile_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'register_form.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QFrame, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QVBoxLayout,
    QWidget)

from kasve_desktop.gui.registers.list_editor import ItemListEditor

class Ui_RegisterForm(object):
    def setupUi(self, RegisterForm):
        if not RegisterForm.objectName():
            RegisterForm.setObjectName(u"RegisterForm")
        self.register_form_layout = QVBoxLayout(RegisterForm)
        self.register_form_layout.setSpacing(6)
        self.register_form_layout.setObjectName(u"register_form_layout")
        self.register_form_layout.setContentsMargins(0, 0, 0, 0)
        self.top_row = QHBoxLayout()
        self.top_row.setSpacing(8)
        self.top_row.setObjectName(u"top_row")
        self.register_title = QLabel(RegisterForm)
        self.register_title.setObjectName(u"register_title")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.register_title.setFont(font)
        self.register_title.setTextFormat(Qt.TextFormat.PlainText)

        self.top_row.addWidget(self.register_title)

        self.register_key = QLabel(RegisterForm)
        self.register_key.setObjectName(u"register_key")
        self.register_key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.top_row.addWidget(self.register_key)

        self.top_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top_row.addItem(self.top_spacer)

        self.language_label = QLabel(RegisterForm)
        self.language_label.setObjectName(u"language_label")

        self.top_row.addWidget(self.language_label)

        self.language = QComboBox(RegisterForm)
        self.language.setObjectName(u"language")

        self.top_row.addWidget(self.language)

        self.revert_button = QPushButton(RegisterForm)
        self.revert_button.setObjectName(u"revert_button")

        self.top_row.addWidget(self.revert_button)

        self.save_button = QPushButton(RegisterForm)
        self.save_button.setObjectName(u"save_button")

        self.top_row.addWidget(self.save_button)


        self.register_form_layout.addLayout(self.top_row)

        self.translation_status = QLabel(RegisterForm)
        self.translation_status.setObjectName(u"translation_status")
        self.translation_status.setWordWrap(True)

        self.register_form_layout.addWidget(self.translation_status)

        self.tabs = QTabWidget(RegisterForm)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)
        self.basics_tab = QWidget()
        self.basics_tab.setObjectName(u"basics_tab")
        self.basics_tab_layout = QVBoxLayout(self.basics_tab)
        self.basics_tab_layout.setSpacing(0)
        self.basics_tab_layout.setObjectName(u"basics_tab_layout")
        self.basics_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.basics_scroll = QScrollArea(self.basics_tab)
        self.basics_scroll.setObjectName(u"basics_scroll")
        self.basics_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.basics_scroll.setWidgetResizable(True)
        self.basics_contents = QWidget()
        self.basics_contents.setObjectName(u"basics_contents")
        self.basics_layout = QVBoxLayout(self.basics_contents)
        self.basics_layout.setSpacing(6)
        self.basics_layout.setObjectName(u"basics_layout")
        self.basics_layout.setContentsMargins(12, 12, 12, 12)
        self.basics_form = QFormLayout()
        self.basics_form.setObjectName(u"basics_form")
        self.basics_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.basics_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.basics_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.basics_form.setHorizontalSpacing(12)
        self.basics_form.setVerticalSpacing(4)
        self.name_label = QLabel(self.basics_contents)
        self.name_label.setObjectName(u"name_label")

        self.basics_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(self.basics_contents)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(200)

        self.basics_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.name_note = QLabel(self.basics_contents)
        self.name_note.setObjectName(u"name_note")
        self.name_note.setWordWrap(True)
        self.name_note.setVisible(False)

        self.basics_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_note)

        self.description_label = QLabel(self.basics_contents)
        self.description_label.setObjectName(u"description_label")

        self.basics_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description = QPlainTextEdit(self.basics_contents)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)
        self.description.setMinimumSize(QSize(0, 64))
        self.description.setMaximumSize(QSize(16777215, 150))

        self.basics_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.description)

        self.description_note = QLabel(self.basics_contents)
        self.description_note.setObjectName(u"description_note")
        self.description_note.setWordWrap(True)
        self.description_note.setVisible(False)

        self.basics_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.description_note)

        self.subject_categories_label = QLabel(self.basics_contents)
        self.subject_categories_label.setObjectName(u"subject_categories_label")

        self.basics_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.subject_categories_label)

        self.subject_categories = ItemListEditor(self.basics_contents)
        self.subject_categories.setObjectName(u"subject_categories")
        self.subject_categories.setMinimumSize(QSize(0, 190))

        self.basics_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.subject_categories)

        self.subject_categories_note = QLabel(self.basics_contents)
        self.subject_categories_note.setObjectName(u"subject_categories_note")
        self.subject_categories_note.setWordWrap(True)
        self.subject_categories_note.setVisible(False)

        self.basics_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.subject_categories_note)


        self.basics_layout.addLayout(self.basics_form)

        self.basics_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.basics_layout.addItem(self.basics_spacer)

        self.basics_scroll.setWidget(self.basics_contents)

        self.basics_tab_layout.addWidget(self.basics_scroll)

        self.tabs.addTab(self.basics_tab, "")
        self.purposes_tab = QWidget()
        self.purposes_tab.setObjectName(u"purposes_tab")
        self.purposes_tab_layout = QVBoxLayout(self.purposes_tab)
        self.purposes_tab_layout.setSpacing(0)
        self.purposes_tab_layout.setObjectName(u"purposes_tab_layout")
        self.purposes_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.purposes_scroll = QScrollArea(self.purposes_tab)
        self.purposes_scroll.setObjectName(u"purposes_scroll")
        self.purposes_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.purposes_scroll.setWidgetResizable(True)
        self.purposes_contents = QWidget()
        self.purposes_contents.setObjectName(u"purposes_contents")
        self.purposes_layout = QVBoxLayout(self.purposes_contents)
        self.purposes_layout.setSpacing(6)
        self.purposes_layout.setObjectName(u"purposes_layout")
        self.purposes_layout.setContentsMargins(12, 12, 12, 12)
        self.purposes_hint = QLabel(self.purposes_contents)
        self.purposes_hint.setObjectName(u"purposes_hint")
        self.purposes_hint.setWordWrap(True)

        self.purposes_layout.addWidget(self.purposes_hint)

        self.purposes_form = QFormLayout()
        self.purposes_form.setObjectName(u"purposes_form")
        self.purposes_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.purposes_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.purposes_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.purposes_form.setHorizontalSpacing(12)
        self.purposes_form.setVerticalSpacing(4)
        self.purposes_text_label = QLabel(self.purposes_contents)
        self.purposes_text_label.setObjectName(u"purposes_text_label")

        self.purposes_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.purposes_text_label)

        self.purposes_text = QPlainTextEdit(self.purposes_contents)
        self.purposes_text.setObjectName(u"purposes_text")
        self.purposes_text.setTabChangesFocus(True)
        self.purposes_text.setMinimumSize(QSize(0, 64))
        self.purposes_text.setMaximumSize(QSize(16777215, 80))

        self.purposes_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.purposes_text)

        self.purposes_text_note = QLabel(self.purposes_contents)
        self.purposes_text_note.setObjectName(u"purposes_text_note")
        self.purposes_text_note.setWordWrap(True)
        self.purposes_text_note.setVisible(False)

        self.purposes_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.purposes_text_note)

        self.purposes_label = QLabel(self.purposes_contents)
        self.purposes_label.setObjectName(u"purposes_label")

        self.purposes_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.purposes_label)

        self.purposes = ItemListEditor(self.purposes_contents)
        self.purposes.setObjectName(u"purposes")
        self.purposes.setMinimumSize(QSize(0, 190))

        self.purposes_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.purposes)

        self.purposes_note = QLabel(self.purposes_contents)
        self.purposes_note.setObjectName(u"purposes_note")
        self.purposes_note.setWordWrap(True)
        self.purposes_note.setVisible(False)

        self.purposes_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.purposes_note)


        self.purposes_layout.addLayout(self.purposes_form)

        self.purposes_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.purposes_layout.addItem(self.purposes_spacer)

        self.purposes_scroll.setWidget(self.purposes_contents)

        self.purposes_tab_layout.addWidget(self.purposes_scroll)

        self.tabs.addTab(self.purposes_tab, "")
        self.data_tab = QWidget()
        self.data_tab.setObjectName(u"data_tab")
        self.data_tab_layout = QVBoxLayout(self.data_tab)
        self.data_tab_layout.setSpacing(0)
        self.data_tab_layout.setObjectName(u"data_tab_layout")
        self.data_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.data_scroll = QScrollArea(self.data_tab)
        self.data_scroll.setObjectName(u"data_scroll")
        self.data_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.data_scroll.setWidgetResizable(True)
        self.data_contents = QWidget()
        self.data_contents.setObjectName(u"data_contents")
        self.data_layout = QVBoxLayout(self.data_contents)
        self.data_layout.setSpacing(6)
        self.data_layout.setObjectName(u"data_layout")
        self.data_layout.setContentsMargins(12, 12, 12, 12)
        self.data_hint = QLabel(self.data_contents)
        self.data_hint.setObjectName(u"data_hint")
        self.data_hint.setWordWrap(True)

        self.data_layout.addWidget(self.data_hint)

        self.data_form = QFormLayout()
        self.data_form.setObjectName(u"data_form")
        self.data_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.data_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.data_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.data_form.setHorizontalSpacing(12)
        self.data_form.setVerticalSpacing(4)
        self.data_content_text_label = QLabel(self.data_contents)
        self.data_content_text_label.setObjectName(u"data_content_text_label")

        self.data_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.data_content_text_label)

        self.data_content_text = QPlainTextEdit(self.data_contents)
        self.data_content_text.setObjectName(u"data_content_text")
        self.data_content_text.setTabChangesFocus(True)
        self.data_content_text.setMinimumSize(QSize(0, 64))
        self.data_content_text.setMaximumSize(QSize(16777215, 80))

        self.data_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.data_content_text)

        self.data_content_text_note = QLabel(self.data_contents)
        self.data_content_text_note.setObjectName(u"data_content_text_note")
        self.data_content_text_note.setWordWrap(True)
        self.data_content_text_note.setVisible(False)

        self.data_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.data_content_text_note)

        self.data_categories_label = QLabel(self.data_contents)
        self.data_categories_label.setObjectName(u"data_categories_label")

        self.data_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.data_categories_label)

        self.data_categories = ItemListEditor(self.data_contents)
        self.data_categories.setObjectName(u"data_categories")
        self.data_categories.setMinimumSize(QSize(0, 190))

        self.data_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.data_categories)

        self.data_categories_note = QLabel(self.data_contents)
        self.data_categories_note.setObjectName(u"data_categories_note")
        self.data_categories_note.setWordWrap(True)
        self.data_categories_note.setVisible(False)

        self.data_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.data_categories_note)


        self.data_layout.addLayout(self.data_form)

        self.data_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.data_layout.addItem(self.data_spacer)

        self.data_scroll.setWidget(self.data_contents)

        self.data_tab_layout.addWidget(self.data_scroll)

        self.tabs.addTab(self.data_tab, "")
        self.sources_tab = QWidget()
        self.sources_tab.setObjectName(u"sources_tab")
        self.sources_tab_layout = QVBoxLayout(self.sources_tab)
        self.sources_tab_layout.setSpacing(0)
        self.sources_tab_layout.setObjectName(u"sources_tab_layout")
        self.sources_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.sources_scroll = QScrollArea(self.sources_tab)
        self.sources_scroll.setObjectName(u"sources_scroll")
        self.sources_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.sources_scroll.setWidgetResizable(True)
        self.sources_contents = QWidget()
        self.sources_contents.setObjectName(u"sources_contents")
        self.sources_layout = QVBoxLayout(self.sources_contents)
        self.sources_layout.setSpacing(6)
        self.sources_layout.setObjectName(u"sources_layout")
        self.sources_layout.setContentsMargins(12, 12, 12, 12)
        self.sources_form = QFormLayout()
        self.sources_form.setObjectName(u"sources_form")
        self.sources_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.sources_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.sources_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.sources_form.setHorizontalSpacing(12)
        self.sources_form.setVerticalSpacing(4)
        self.sources_text_label = QLabel(self.sources_contents)
        self.sources_text_label.setObjectName(u"sources_text_label")

        self.sources_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sources_text_label)

        self.sources_text = QPlainTextEdit(self.sources_contents)
        self.sources_text.setObjectName(u"sources_text")
        self.sources_text.setTabChangesFocus(True)
        self.sources_text.setMinimumSize(QSize(0, 64))
        self.sources_text.setMaximumSize(QSize(16777215, 80))

        self.sources_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sources_text)

        self.sources_text_note = QLabel(self.sources_contents)
        self.sources_text_note.setObjectName(u"sources_text_note")
        self.sources_text_note.setWordWrap(True)
        self.sources_text_note.setVisible(False)

        self.sources_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sources_text_note)

        self.sources_label = QLabel(self.sources_contents)
        self.sources_label.setObjectName(u"sources_label")

        self.sources_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sources_label)

        self.sources = ItemListEditor(self.sources_contents)
        self.sources.setObjectName(u"sources")
        self.sources.setMinimumSize(QSize(0, 190))

        self.sources_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sources)

        self.sources_note = QLabel(self.sources_contents)
        self.sources_note.setObjectName(u"sources_note")
        self.sources_note.setWordWrap(True)
        self.sources_note.setVisible(False)

        self.sources_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sources_note)


        self.sources_layout.addLayout(self.sources_form)

        self.sources_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sources_layout.addItem(self.sources_spacer)

        self.sources_scroll.setWidget(self.sources_contents)

        self.sources_tab_layout.addWidget(self.sources_scroll)

        self.tabs.addTab(self.sources_tab, "")
        self.recipients_tab = QWidget()
        self.recipients_tab.setObjectName(u"recipients_tab")
        self.recipients_tab_layout = QVBoxLayout(self.recipients_tab)
        self.recipients_tab_layout.setSpacing(0)
        self.recipients_tab_layout.setObjectName(u"recipients_tab_layout")
        self.recipients_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.recipients_scroll = QScrollArea(self.recipients_tab)
        self.recipients_scroll.setObjectName(u"recipients_scroll")
        self.recipients_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.recipients_scroll.setWidgetResizable(True)
        self.recipients_contents = QWidget()
        self.recipients_contents.setObjectName(u"recipients_contents")
        self.recipients_layout = QVBoxLayout(self.recipients_contents)
        self.recipients_layout.setSpacing(6)
        self.recipients_layout.setObjectName(u"recipients_layout")
        self.recipients_layout.setContentsMargins(12, 12, 12, 12)
        self.recipients_hint = QLabel(self.recipients_contents)
        self.recipients_hint.setObjectName(u"recipients_hint")
        self.recipients_hint.setWordWrap(True)

        self.recipients_layout.addWidget(self.recipients_hint)

        self.recipients_form = QFormLayout()
        self.recipients_form.setObjectName(u"recipients_form")
        self.recipients_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.recipients_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.recipients_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.recipients_form.setHorizontalSpacing(12)
        self.recipients_form.setVerticalSpacing(4)
        self.disclosures_text_label = QLabel(self.recipients_contents)
        self.disclosures_text_label.setObjectName(u"disclosures_text_label")

        self.recipients_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.disclosures_text_label)

        self.disclosures_text = QPlainTextEdit(self.recipients_contents)
        self.disclosures_text.setObjectName(u"disclosures_text")
        self.disclosures_text.setTabChangesFocus(True)
        self.disclosures_text.setMinimumSize(QSize(0, 64))
        self.disclosures_text.setMaximumSize(QSize(16777215, 80))

        self.recipients_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.disclosures_text)

        self.disclosures_text_note = QLabel(self.recipients_contents)
        self.disclosures_text_note.setObjectName(u"disclosures_text_note")
        self.disclosures_text_note.setWordWrap(True)
        self.disclosures_text_note.setVisible(False)

        self.recipients_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.disclosures_text_note)

        self.recipients_label = QLabel(self.recipients_contents)
        self.recipients_label.setObjectName(u"recipients_label")

        self.recipients_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.recipients_label)

        self.recipients = ItemListEditor(self.recipients_contents)
        self.recipients.setObjectName(u"recipients")
        self.recipients.setMinimumSize(QSize(0, 190))

        self.recipients_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.recipients)

        self.recipients_note = QLabel(self.recipients_contents)
        self.recipients_note.setObjectName(u"recipients_note")
        self.recipients_note.setWordWrap(True)
        self.recipients_note.setVisible(False)

        self.recipients_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.recipients_note)

        self.transfers_text_label = QLabel(self.recipients_contents)
        self.transfers_text_label.setObjectName(u"transfers_text_label")

        self.recipients_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.transfers_text_label)

        self.transfers_text = QPlainTextEdit(self.recipients_contents)
        self.transfers_text.setObjectName(u"transfers_text")
        self.transfers_text.setTabChangesFocus(True)
        self.transfers_text.setMinimumSize(QSize(0, 64))
        self.transfers_text.setMaximumSize(QSize(16777215, 80))

        self.recipients_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.transfers_text)

        self.transfers_text_note = QLabel(self.recipients_contents)
        self.transfers_text_note.setObjectName(u"transfers_text_note")
        self.transfers_text_note.setWordWrap(True)
        self.transfers_text_note.setVisible(False)

        self.recipients_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.transfers_text_note)


        self.recipients_layout.addLayout(self.recipients_form)

        self.recipients_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.recipients_layout.addItem(self.recipients_spacer)

        self.recipients_scroll.setWidget(self.recipients_contents)

        self.recipients_tab_layout.addWidget(self.recipients_scroll)

        self.tabs.addTab(self.recipients_tab, "")
        self.security_tab = QWidget()
        self.security_tab.setObjectName(u"security_tab")
        self.security_tab_layout = QVBoxLayout(self.security_tab)
        self.security_tab_layout.setSpacing(0)
        self.security_tab_layout.setObjectName(u"security_tab_layout")
        self.security_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.security_scroll = QScrollArea(self.security_tab)
        self.security_scroll.setObjectName(u"security_scroll")
        self.security_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.security_scroll.setWidgetResizable(True)
        self.security_contents = QWidget()
        self.security_contents.setObjectName(u"security_contents")
        self.security_layout = QVBoxLayout(self.security_contents)
        self.security_layout.setSpacing(6)
        self.security_layout.setObjectName(u"security_layout")
        self.security_layout.setContentsMargins(12, 12, 12, 12)
        self.security_form = QFormLayout()
        self.security_form.setObjectName(u"security_form")
        self.security_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.security_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.security_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.security_form.setHorizontalSpacing(12)
        self.security_form.setVerticalSpacing(4)
        self.security_text_label = QLabel(self.security_contents)
        self.security_text_label.setObjectName(u"security_text_label")

        self.security_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.security_text_label)

        self.security_text = QPlainTextEdit(self.security_contents)
        self.security_text.setObjectName(u"security_text")
        self.security_text.setTabChangesFocus(True)
        self.security_text.setMinimumSize(QSize(0, 64))
        self.security_text.setMaximumSize(QSize(16777215, 150))

        self.security_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.security_text)

        self.security_text_note = QLabel(self.security_contents)
        self.security_text_note.setObjectName(u"security_text_note")
        self.security_text_note.setWordWrap(True)
        self.security_text_note.setVisible(False)

        self.security_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.security_text_note)

        self.security_manual_label = QLabel(self.security_contents)
        self.security_manual_label.setObjectName(u"security_manual_label")

        self.security_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.security_manual_label)

        self.security_manual = QPlainTextEdit(self.security_contents)
        self.security_manual.setObjectName(u"security_manual")
        self.security_manual.setTabChangesFocus(True)
        self.security_manual.setMinimumSize(QSize(0, 64))
        self.security_manual.setMaximumSize(QSize(16777215, 150))

        self.security_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.security_manual)

        self.security_manual_note = QLabel(self.security_contents)
        self.security_manual_note.setObjectName(u"security_manual_note")
        self.security_manual_note.setWordWrap(True)
        self.security_manual_note.setVisible(False)

        self.security_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.security_manual_note)

        self.security_electronic_label = QLabel(self.security_contents)
        self.security_electronic_label.setObjectName(u"security_electronic_label")

        self.security_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.security_electronic_label)

        self.security_electronic = QPlainTextEdit(self.security_contents)
        self.security_electronic.setObjectName(u"security_electronic")
        self.security_electronic.setTabChangesFocus(True)
        self.security_electronic.setMinimumSize(QSize(0, 64))
        self.security_electronic.setMaximumSize(QSize(16777215, 150))

        self.security_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.security_electronic)

        self.security_electronic_note = QLabel(self.security_contents)
        self.security_electronic_note.setObjectName(u"security_electronic_note")
        self.security_electronic_note.setWordWrap(True)
        self.security_electronic_note.setVisible(False)

        self.security_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.security_electronic_note)


        self.security_layout.addLayout(self.security_form)

        self.security_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.security_layout.addItem(self.security_spacer)

        self.security_scroll.setWidget(self.security_contents)

        self.security_tab_layout.addWidget(self.security_scroll)

        self.tabs.addTab(self.security_tab, "")
        self.retention_tab = QWidget()
        self.retention_tab.setObjectName(u"retention_tab")
        self.retention_tab_layout = QVBoxLayout(self.retention_tab)
        self.retention_tab_layout.setSpacing(0)
        self.retention_tab_layout.setObjectName(u"retention_tab_layout")
        self.retention_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.retention_scroll = QScrollArea(self.retention_tab)
        self.retention_scroll.setObjectName(u"retention_scroll")
        self.retention_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.retention_scroll.setWidgetResizable(True)
        self.retention_contents = QWidget()
        self.retention_contents.setObjectName(u"retention_contents")
        self.retention_layout = QVBoxLayout(self.retention_contents)
        self.retention_layout.setSpacing(6)
        self.retention_layout.setObjectName(u"retention_layout")
        self.retention_layout.setContentsMargins(12, 12, 12, 12)
        self.retention_hint = QLabel(self.retention_contents)
        self.retention_hint.setObjectName(u"retention_hint")
        self.retention_hint.setWordWrap(True)

        self.retention_layout.addWidget(self.retention_hint)

        self.retention_form = QFormLayout()
        self.retention_form.setObjectName(u"retention_form")
        self.retention_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.retention_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.retention_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.retention_form.setHorizontalSpacing(12)
        self.retention_form.setVerticalSpacing(4)
        self.retention_text_label = QLabel(self.retention_contents)
        self.retention_text_label.setObjectName(u"retention_text_label")

        self.retention_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.retention_text_label)

        self.retention_text = QPlainTextEdit(self.retention_contents)
        self.retention_text.setObjectName(u"retention_text")
        self.retention_text.setTabChangesFocus(True)
        self.retention_text.setMinimumSize(QSize(0, 64))
        self.retention_text.setMaximumSize(QSize(16777215, 150))

        self.retention_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.retention_text)

        self.retention_text_note = QLabel(self.retention_contents)
        self.retention_text_note.setObjectName(u"retention_text_note")
        self.retention_text_note.setWordWrap(True)
        self.retention_text_note.setVisible(False)

        self.retention_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.retention_text_note)

        self.retention_months_label = QLabel(self.retention_contents)
        self.retention_months_label.setObjectName(u"retention_months_label")

        self.retention_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.retention_months_label)

        self.retention_months = QSpinBox(self.retention_contents)
        self.retention_months.setObjectName(u"retention_months")
        self.retention_months.setMaximum(1200)
        self.retention_months.setMinimumSize(QSize(160, 0))
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.retention_months.sizePolicy().hasHeightForWidth())
        self.retention_months.setSizePolicy(sizePolicy)

        self.retention_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.retention_months)

        self.retention_months_note = QLabel(self.retention_contents)
        self.retention_months_note.setObjectName(u"retention_months_note")
        self.retention_months_note.setWordWrap(True)
        self.retention_months_note.setVisible(False)

        self.retention_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.retention_months_note)

        self.retention_anchor_label = QLabel(self.retention_contents)
        self.retention_anchor_label.setObjectName(u"retention_anchor_label")

        self.retention_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.retention_anchor_label)

        self.retention_anchor = QComboBox(self.retention_contents)
        self.retention_anchor.setObjectName(u"retention_anchor")
        sizePolicy.setHeightForWidth(self.retention_anchor.sizePolicy().hasHeightForWidth())
        self.retention_anchor.setSizePolicy(sizePolicy)

        self.retention_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.retention_anchor)


        self.retention_layout.addLayout(self.retention_form)

        self.retention_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.retention_layout.addItem(self.retention_spacer)

        self.retention_scroll.setWidget(self.retention_contents)

        self.retention_tab_layout.addWidget(self.retention_scroll)

        self.tabs.addTab(self.retention_tab, "")
        self.rights_tab = QWidget()
        self.rights_tab.setObjectName(u"rights_tab")
        self.rights_tab_layout = QVBoxLayout(self.rights_tab)
        self.rights_tab_layout.setSpacing(0)
        self.rights_tab_layout.setObjectName(u"rights_tab_layout")
        self.rights_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.rights_scroll = QScrollArea(self.rights_tab)
        self.rights_scroll.setObjectName(u"rights_scroll")
        self.rights_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.rights_scroll.setWidgetResizable(True)
        self.rights_contents = QWidget()
        self.rights_contents.setObjectName(u"rights_contents")
        self.rights_layout = QVBoxLayout(self.rights_contents)
        self.rights_layout.setSpacing(6)
        self.rights_layout.setObjectName(u"rights_layout")
        self.rights_layout.setContentsMargins(12, 12, 12, 12)
        self.rights_form = QFormLayout()
        self.rights_form.setObjectName(u"rights_form")
        self.rights_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.rights_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.rights_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.rights_form.setHorizontalSpacing(12)
        self.rights_form.setVerticalSpacing(4)
        self.rights_text_label = QLabel(self.rights_contents)
        self.rights_text_label.setObjectName(u"rights_text_label")

        self.rights_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.rights_text_label)

        self.rights_text = QPlainTextEdit(self.rights_contents)
        self.rights_text.setObjectName(u"rights_text")
        self.rights_text.setTabChangesFocus(True)
        self.rights_text.setMinimumSize(QSize(0, 64))
        self.rights_text.setMaximumSize(QSize(16777215, 150))

        self.rights_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.rights_text)

        self.rights_text_note = QLabel(self.rights_contents)
        self.rights_text_note.setObjectName(u"rights_text_note")
        self.rights_text_note.setWordWrap(True)
        self.rights_text_note.setVisible(False)

        self.rights_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.rights_text_note)

        self.automated_decisions = QCheckBox(self.rights_contents)
        self.automated_decisions.setObjectName(u"automated_decisions")

        self.rights_form.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.automated_decisions)

        self.automated_text_label = QLabel(self.rights_contents)
        self.automated_text_label.setObjectName(u"automated_text_label")

        self.rights_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.automated_text_label)

        self.automated_text = QPlainTextEdit(self.rights_contents)
        self.automated_text.setObjectName(u"automated_text")
        self.automated_text.setTabChangesFocus(True)
        self.automated_text.setMinimumSize(QSize(0, 64))
        self.automated_text.setMaximumSize(QSize(16777215, 150))

        self.rights_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.automated_text)

        self.automated_text_note = QLabel(self.rights_contents)
        self.automated_text_note.setObjectName(u"automated_text_note")
        self.automated_text_note.setWordWrap(True)
        self.automated_text_note.setVisible(False)

        self.rights_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.automated_text_note)

        self.changes_text_label = QLabel(self.rights_contents)
        self.changes_text_label.setObjectName(u"changes_text_label")

        self.rights_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.changes_text_label)

        self.changes_text = QPlainTextEdit(self.rights_contents)
        self.changes_text.setObjectName(u"changes_text")
        self.changes_text.setTabChangesFocus(True)
        self.changes_text.setMinimumSize(QSize(0, 64))
        self.changes_text.setMaximumSize(QSize(16777215, 150))

        self.rights_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.changes_text)

        self.changes_text_note = QLabel(self.rights_contents)
        self.changes_text_note.setObjectName(u"changes_text_note")
        self.changes_text_note.setWordWrap(True)
        self.changes_text_note.setVisible(False)

        self.rights_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.changes_text_note)


        self.rights_layout.addLayout(self.rights_form)

        self.rights_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rights_layout.addItem(self.rights_spacer)

        self.rights_scroll.setWidget(self.rights_contents)

        self.rights_tab_layout.addWidget(self.rights_scroll)

        self.tabs.addTab(self.rights_tab, "")

        self.register_form_layout.addWidget(self.tabs)

        self.status_label = QLabel(RegisterForm)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.register_form_layout.addWidget(self.status_label)

#if QT_CONFIG(shortcut)
        self.language_label.setBuddy(self.language)
        self.name_label.setBuddy(self.name)
        self.description_label.setBuddy(self.description)
        self.subject_categories_label.setBuddy(self.subject_categories)
        self.purposes_text_label.setBuddy(self.purposes_text)
        self.purposes_label.setBuddy(self.purposes)
        self.data_content_text_label.setBuddy(self.data_content_text)
        self.data_categories_label.setBuddy(self.data_categories)
        self.sources_text_label.setBuddy(self.sources_text)
        self.sources_label.setBuddy(self.sources)
        self.disclosures_text_label.setBuddy(self.disclosures_text)
        self.recipients_label.setBuddy(self.recipients)
        self.transfers_text_label.setBuddy(self.transfers_text)
        self.security_text_label.setBuddy(self.security_text)
        self.security_manual_label.setBuddy(self.security_manual)
        self.security_electronic_label.setBuddy(self.security_electronic)
        self.retention_text_label.setBuddy(self.retention_text)
        self.retention_months_label.setBuddy(self.retention_months)
        self.retention_anchor_label.setBuddy(self.retention_anchor)
        self.rights_text_label.setBuddy(self.rights_text)
        self.automated_text_label.setBuddy(self.automated_text)
        self.changes_text_label.setBuddy(self.changes_text)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RegisterForm)

        QMetaObject.connectSlotsByName(RegisterForm)
    # setupUi

    def retranslateUi(self, RegisterForm):
        self.language_label.setText(_(u"Te&xts in:"))
#if QT_CONFIG(tooltip)
        self.language.setToolTip(_(u"Which language's texts the form shows and edits"))
#endif // QT_CONFIG(tooltip)
        self.revert_button.setText(_(u"&Undo changes"))
#if QT_CONFIG(tooltip)
        self.revert_button.setToolTip(_(u"Forget the unsaved changes of this register"))
#endif // QT_CONFIG(tooltip)
        self.save_button.setText(_(u"&Save"))
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(_(u"Save the register (Ctrl+S)"))
#endif // QT_CONFIG(tooltip)
        self.name_label.setText(_(u"&Name:"))
        self.description_label.setText(_(u"&Description:"))
        self.subject_categories_label.setText(_(u"Categories of data &subjects:"))
        self.tabs.setTabText(self.tabs.indexOf(self.basics_tab), _(u"Register"))
        self.purposes_hint.setText(_(u"Give every purpose its legal basis (GDPR Art. 6(1)). When the basis is a legitimate interest, say what the interest is."))
        self.purposes_text_label.setText(_(u"&Introduction:"))
        self.purposes_label.setText(_(u"&Purposes and legal bases:"))
        self.tabs.setTabText(self.tabs.indexOf(self.purposes_tab), _(u"Purposes and bases"))
        self.data_hint.setText(_(u"For each category, say whether the person must give it and what follows if they do not."))
        self.data_content_text_label.setText(_(u"&Introduction:"))
        self.data_categories_label.setText(_(u"&Categories of data:"))
        self.tabs.setTabText(self.tabs.indexOf(self.data_tab), _(u"Data"))
        self.sources_text_label.setText(_(u"&Introduction:"))
        self.sources_label.setText(_(u"Regular &sources:"))
        self.tabs.setTabText(self.tabs.indexOf(self.sources_tab), _(u"Sources"))
        self.recipients_hint.setText(_(u"Name the processors (billing, e-mail, analytics). A recipient outside the EU/EEA needs a safeguard, e.g. the standard contractual clauses."))
        self.disclosures_text_label.setText(_(u"&Disclosures:"))
        self.recipients_label.setText(_(u"&Recipients and processors:"))
        self.transfers_text_label.setText(_(u"&Transfers outside the EU/EEA:"))
        self.tabs.setTabText(self.tabs.indexOf(self.recipients_tab), _(u"Recipients"))
        self.security_text_label.setText(_(u"&General principles:"))
        self.security_manual_label.setText(_(u"&Manual material:"))
        self.security_electronic_label.setText(_(u"&Electronic data:"))
        self.tabs.setTabText(self.tabs.indexOf(self.security_tab), _(u"Security"))
        self.retention_hint.setText(_(u"The text is printed in the notice; the period and its starting point drive the retention list, which shows the entries due for deletion."))
        self.retention_text_label.setText(_(u"&Storage period:"))
        self.retention_months_label.setText(_(u"&Deleted after:"))
        self.retention_months.setSpecialValueText(_(u"not set"))
        self.retention_months.setSuffix(_(u" months"))
        self.retention_anchor_label.setText(_(u"Counted &from:"))
        self.tabs.setTabText(self.tabs.indexOf(self.retention_tab), _(u"Retention"))
        self.rights_text_label.setText(_(u"&Rights:"))
        self.automated_decisions.setText(_(u"&Automated decision-making or profiling is used"))
        self.automated_text_label.setText(_(u"&Automated decisions:"))
        self.changes_text_label.setText(_(u"&Changes to the notice:"))
        self.tabs.setTabText(self.tabs.indexOf(self.rights_tab), _(u"Rights"))
        pass
    # retranslateUi

