# generated from ui/action_portability_dialog.ui by tools/compile_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_portability_dialog.ui'
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
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_PortabilityDialog(object):
    def setupUi(self, PortabilityDialog):
        if not PortabilityDialog.objectName():
            PortabilityDialog.setObjectName(u"PortabilityDialog")
        PortabilityDialog.setMinimumSize(QSize(540, 0))
        self.dialog_layout = QVBoxLayout(PortabilityDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.dialog_layout.setContentsMargins(18, 16, 18, 14)
        self.heading = QLabel(PortabilityDialog)
        self.heading.setObjectName(u"heading")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)

        self.dialog_layout.addWidget(self.heading)

        self.explanation = QLabel(PortabilityDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.dialog_layout.addWidget(self.explanation)

        self.contents = QLabel(PortabilityDialog)
        self.contents.setObjectName(u"contents")
        self.contents.setWordWrap(True)

        self.dialog_layout.addWidget(self.contents)

        self.status = QLabel(PortabilityDialog)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.status)

        self.save_row = QHBoxLayout()
        self.save_row.setObjectName(u"save_row")
        self.save_button = QPushButton(PortabilityDialog)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setEnabled(False)

        self.save_row.addWidget(self.save_button)

        self.save_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.save_row.addItem(self.save_spacer)


        self.dialog_layout.addLayout(self.save_row)

        self.error = QLabel(PortabilityDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)

        self.dialog_layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(PortabilityDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.buttons)


        self.retranslateUi(PortabilityDialog)

        QMetaObject.connectSlotsByName(PortabilityDialog)
    # setupUi

    def retranslateUi(self, PortabilityDialog):
        PortabilityDialog.setWindowTitle(_(u"Machine-readable copy"))
        self.save_button.setText(_(u"&Save copies to a folder\u2026"))
    # retranslateUi

