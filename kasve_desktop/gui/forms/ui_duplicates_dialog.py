# generated from ui/duplicates_dialog.ui by tools/compile_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'duplicates_dialog.ui'
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
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_DuplicatesDialog(object):
    def setupUi(self, DuplicatesDialog):
        if not DuplicatesDialog.objectName():
            DuplicatesDialog.setObjectName(u"DuplicatesDialog")
        DuplicatesDialog.resize(820, 480)
        self.dialog_layout = QVBoxLayout(DuplicatesDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro = QLabel(DuplicatesDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro)

        self.splitter = QSplitter(DuplicatesDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.groups = QListWidget(self.splitter)
        self.groups.setObjectName(u"groups")
        self.splitter.addWidget(self.groups)
        self.people = QTableWidget(self.splitter)
        self.people.setObjectName(u"people")
        self.people.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.splitter.addWidget(self.people)
        self.people.horizontalHeader().setStretchLastSection(True)
        self.people.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.splitter)

        self.hint = QLabel(DuplicatesDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.dialog_layout.addWidget(self.hint)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.merge_button = QPushButton(DuplicatesDialog)
        self.merge_button.setObjectName(u"merge_button")

        self.button_row.addWidget(self.merge_button)

        self.buttons = QDialogButtonBox(DuplicatesDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.button_row.addWidget(self.buttons)


        self.dialog_layout.addLayout(self.button_row)

        self.dialog_layout.setStretch(1, 1)

        self.retranslateUi(DuplicatesDialog)

        QMetaObject.connectSlotsByName(DuplicatesDialog)
    # setupUi

    def retranslateUi(self, DuplicatesDialog):
        DuplicatesDialog.setWindowTitle(_(u"Likely duplicates"))
        self.intro.setText(_(u"These people may have been entered more than once. Choose a group, choose the record to keep, and merge: everything of the others moves to it."))
        self.merge_button.setText(_(u"Merge\u2026"))
    # retranslateUi

