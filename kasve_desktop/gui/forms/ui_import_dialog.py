# generated from ui/import_dialog.ui by tools/compile_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDialog, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(900, 720)
        self.dialog_layout = QVBoxLayout(ImportDialog)
        self.dialog_layout.setSpacing(8)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.dialog_layout.setContentsMargins(16, 16, 16, 16)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(4)
        self.file_label = QLabel(ImportDialog)
        self.file_label.setObjectName(u"file_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.file_label)

        self.file_row = QHBoxLayout()
        self.file_row.setObjectName(u"file_row")
        self.file_path = QLineEdit(ImportDialog)
        self.file_path.setObjectName(u"file_path")
        self.file_path.setReadOnly(True)

        self.file_row.addWidget(self.file_path)

        self.choose_button = QPushButton(ImportDialog)
        self.choose_button.setObjectName(u"choose_button")

        self.file_row.addWidget(self.choose_button)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.file_row)

        self.file_info = QLabel(ImportDialog)
        self.file_info.setObjectName(u"file_info")
        self.file_info.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.file_info)

        self.event_label = QLabel(ImportDialog)
        self.event_label.setObjectName(u"event_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.event_label)

        self.event_combo = QComboBox(ImportDialog)
        self.event_combo.setObjectName(u"event_combo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.event_combo)

        self.register_label = QLabel(ImportDialog)
        self.register_label.setObjectName(u"register_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.register_label)

        self.register_combo = QComboBox(ImportDialog)
        self.register_combo.setObjectName(u"register_combo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.register_combo)


        self.dialog_layout.addLayout(self.form)

        self.mapping_label = QLabel(ImportDialog)
        self.mapping_label.setObjectName(u"mapping_label")
        self.mapping_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.mapping_label)

        self.preview = QTableWidget(ImportDialog)
        self.preview.setObjectName(u"preview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setAlternatingRowColors(True)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.dialog_layout.addWidget(self.preview)

        self.columns_message = QLabel(ImportDialog)
        self.columns_message.setObjectName(u"columns_message")
        self.columns_message.setWordWrap(True)
        self.columns_message.setVisible(False)

        self.dialog_layout.addWidget(self.columns_message)

        self.report_label = QLabel(ImportDialog)
        self.report_label.setObjectName(u"report_label")

        self.dialog_layout.addWidget(self.report_label)

        self.report = QTableWidget(ImportDialog)
        self.report.setObjectName(u"report")
        self.report.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.report.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.report.setWordWrap(True)
        self.report.horizontalHeader().setStretchLastSection(True)
        self.report.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.report)

        self.summary = QLabel(ImportDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.summary)

        self.matched_box = QGroupBox(ImportDialog)
        self.matched_box.setObjectName(u"matched_box")
        self.matched_layout = QHBoxLayout(self.matched_box)
        self.matched_layout.setObjectName(u"matched_layout")
        self.merge_matched = QRadioButton(self.matched_box)
        self.merge_matched.setObjectName(u"merge_matched")
        self.merge_matched.setChecked(True)

        self.matched_layout.addWidget(self.merge_matched)

        self.skip_matched = QRadioButton(self.matched_box)
        self.skip_matched.setObjectName(u"skip_matched")

        self.matched_layout.addWidget(self.skip_matched)

        self.matched_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.matched_layout.addItem(self.matched_spacer)


        self.dialog_layout.addWidget(self.matched_box)

        self.skip_invalid = QCheckBox(ImportDialog)
        self.skip_invalid.setObjectName(u"skip_invalid")

        self.dialog_layout.addWidget(self.skip_invalid)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.import_button = QPushButton(ImportDialog)
        self.import_button.setObjectName(u"import_button")
        self.import_button.setEnabled(False)

        self.button_row.addWidget(self.import_button)

        self.close_button = QPushButton(ImportDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.button_row.addWidget(self.close_button)


        self.dialog_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.file_label.setBuddy(self.choose_button)
        self.event_label.setBuddy(self.event_combo)
        self.register_label.setBuddy(self.register_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportDialog)

        self.import_button.setDefault(True)


        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(_(u"Import people"))
        self.file_label.setText(_(u"&File:"))
        self.file_path.setPlaceholderText(_(u"A CSV file or an Excel workbook (.xlsx)"))
        self.choose_button.setText(_(u"Choose\u2026"))
        self.event_label.setText(_(u"&Event:"))
#if QT_CONFIG(tooltip)
        self.event_combo.setToolTip(_(u"The people of the file are also signed up for the event chosen here."))
#endif // QT_CONFIG(tooltip)
        self.register_label.setText(_(u"&Register:"))
        self.mapping_label.setText(_(u"Columns: choose the field each column fills (the proposal comes from the headings). The first rows of the file:"))
        self.report_label.setText(_(u"Check of the rows:"))
        self.matched_box.setTitle(_(u"People who are already kept (same e-mail or phone)"))
        self.merge_matched.setText(_(u"&Fill their empty fields and add them to the register"))
        self.skip_matched.setText(_(u"&Leave them as they are"))
        self.skip_invalid.setText(_(u"Import the valid rows and leave the &invalid ones out"))
        self.import_button.setText(_(u"&Import"))
        self.close_button.setText(_(u"Close"))
    # retranslateUi

