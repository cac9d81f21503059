# generated from ui/participants_dialog.ui by tools/compile_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'participants_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_ParticipantsDialog(object):
    def setupUi(self, ParticipantsDialog):
        if not ParticipantsDialog.objectName():
            ParticipantsDialog.setObjectName(u"ParticipantsDialog")
        ParticipantsDialog.setMinimumSize(QSize(720, 420))
        self.dialog_layout = QVBoxLayout(ParticipantsDialog)
        self.dialog_layout.setSpacing(8)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.dialog_layout.setContentsMargins(16, 16, 16, 16)
        self.event_info = QLabel(ParticipantsDialog)
        self.event_info.setObjectName(u"event_info")
        self.event_info.setWordWrap(True)
        font = QFont()
        font.setBold(True)
        self.event_info.setFont(font)

        self.dialog_layout.addWidget(self.event_info)

        self.participants = QTableView(ParticipantsDialog)
        self.participants.setObjectName(u"participants")

        self.dialog_layout.addWidget(self.participants)

        self.summary = QLabel(ParticipantsDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.dialog_layout.addWidget(self.summary)

        self.button_row = QHBoxLayout()
        self.button_row.setSpacing(6)
        self.button_row.setObjectName(u"button_row")
        self.add_button = QPushButton(ParticipantsDialog)
        self.add_button.setObjectName(u"add_button")
        self.add_button.setAutoDefault(False)

        self.button_row.addWidget(self.add_button)

        self.attended_button = QPushButton(ParticipantsDialog)
        self.attended_button.setObjectName(u"attended_button")
        self.attended_button.setAutoDefault(False)

        self.button_row.addWidget(self.attended_button)

        self.absent_button = QPushButton(ParticipantsDialog)
        self.absent_button.setObjectName(u"absent_button")
        self.absent_button.setAutoDefault(False)

        self.button_row.addWidget(self.absent_button)

        self.unknown_button = QPushButton(ParticipantsDialog)
        self.unknown_button.setObjectName(u"unknown_button")
        self.unknown_button.setAutoDefault(False)

        self.button_row.addWidget(self.unknown_button)

        self.remove_button = QPushButton(ParticipantsDialog)
        self.remove_button.setObjectName(u"remove_button")
        self.remove_button.setAutoDefault(False)

        self.button_row.addWidget(self.remove_button)

        self.button_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)


        self.dialog_layout.addLayout(self.button_row)

        self.message = QLabel(ParticipantsDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setVisible(False)

        self.dialog_layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(ParticipantsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.buttons)


        self.retranslateUi(ParticipantsDialog)

        QMetaObject.connectSlotsByName(ParticipantsDialog)
    # setupUi

    def retranslateUi(self, ParticipantsDialog):
        ParticipantsDialog.setWindowTitle(_(u"Participants"))
        self.add_button.setText(_(u"&Add a person\u2026"))
        self.attended_button.setText(_(u"Mark as &attended"))
        self.absent_button.setText(_(u"Mark as a&bsent"))
        self.unknown_button.setText(_(u"Attendance &not known"))
        self.remove_button.setText(_(u"&Remove the participation"))
    # retranslateUi

