# generated from ui/versions_dialog.ui by tools/compile_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'versions_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_VersionsDialog(object):
    def setupUi(self, VersionsDialog):
        if not VersionsDialog.objectName():
            VersionsDialog.setObjectName(u"VersionsDialog")
        VersionsDialog.resize(760, 420)
        self.dialog_layout = QVBoxLayout(VersionsDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.dialog_layout.setContentsMargins(20, 16, 20, 14)
        self.heading = QLabel(VersionsDialog)
        self.heading.setObjectName(u"heading")
        font = QFont()
        font.setPointSize(15)
        font.setBold(True)
        self.heading.setFont(font)

        self.dialog_layout.addWidget(self.heading)

        self.hint = QLabel(VersionsDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.dialog_layout.addWidget(self.hint)

        self.content = QStackedWidget(VersionsDialog)
        self.content.setObjectName(u"content")
        self.table = QTableView()
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.content.addWidget(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.empty_page = QWidget()
        self.empty_page.setObjectName(u"empty_page")
        self.empty_layout = QVBoxLayout(self.empty_page)
        self.empty_layout.setObjectName(u"empty_layout")
        self.empty_label = QLabel(self.empty_page)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        self.empty_layout.addWidget(self.empty_label)

        self.content.addWidget(self.empty_page)

        self.dialog_layout.addWidget(self.content)

        self.buttons_row = QHBoxLayout()
        self.buttons_row.setObjectName(u"buttons_row")
        self.open_button = QPushButton(VersionsDialog)
        self.open_button.setObjectName(u"open_button")

        self.buttons_row.addWidget(self.open_button)

        self.compare_button = QPushButton(VersionsDialog)
        self.compare_button.setObjectName(u"compare_button")

        self.buttons_row.addWidget(self.compare_button)

        self.buttons_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_row.addItem(self.buttons_spacer)

        self.buttons = QDialogButtonBox(VersionsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttons_row.addWidget(self.buttons)


        self.dialog_layout.addLayout(self.buttons_row)


        self.retranslateUi(VersionsDialog)

        QMetaObject.connectSlotsByName(VersionsDialog)
    # setupUi

    def retranslateUi(self, VersionsDialog):
        VersionsDialog.setWindowTitle(_(u"Versions of the privacy notice"))
        self.heading.setText(_(u"Published versions"))
        self.hint.setText(_(u"Select a version to open its PDF, or two versions to compare them section by section."))
        self.empty_label.setText(_(u"No version has been published yet. Publish the notice to freeze its first version."))
        self.open_button.setText(_(u"&Open PDF"))
        self.compare_button.setText(_(u"&Compare\u2026"))
    # retranslateUi

