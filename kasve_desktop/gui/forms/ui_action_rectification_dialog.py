# generated from ui/action_rectification_dialog.ui by tools/compile_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_rectification_dialog.ui'
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
    QLabel, QSizePolicy, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_RectificationDialog(object):
    def setupUi(self, RectificationDialog):
        if not RectificationDialog.objectName():
            RectificationDialog.setObjectName(u"RectificationDialog")
        RectificationDialog.setMinimumSize(QSize(960, 700))
        self.dialog_layout = QVBoxLayout(RectificationDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.dialog_layout.setContentsMargins(18, 16, 18, 14)
        self.heading = QLabel(RectificationDialog)
        self.heading.setObjectName(u"heading")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)

        self.dialog_layout.addWidget(self.heading)

        self.explanation = QLabel(RectificationDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.dialog_layout.addWidget(self.explanation)

        self.form_holder = QVBoxLayout()
        self.form_holder.setObjectName(u"form_holder")

        self.dialog_layout.addLayout(self.form_holder)

        self.changes_label = QLabel(RectificationDialog)
        self.changes_label.setObjectName(u"changes_label")

        self.dialog_layout.addWidget(self.changes_label)

        self.changes = QTextBrowser(RectificationDialog)
        self.changes.setObjectName(u"changes")
        self.changes.setMaximumSize(QSize(16777215, 90))
        self.changes.setMinimumSize(QSize(0, 60))

        self.dialog_layout.addWidget(self.changes)

        self.error = QLabel(RectificationDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)

        self.dialog_layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(RectificationDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.buttons)


        self.retranslateUi(RectificationDialog)

        QMetaObject.connectSlotsByName(RectificationDialog)
    # setupUi

    def retranslateUi(self, RectificationDialog):
        RectificationDialog.setWindowTitle(_(u"Correct the person's details"))
        self.changes_label.setText(_(u"Changes to be made:"))
    # retranslateUi

