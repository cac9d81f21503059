# generated from ui/action_erasure_dialog.ui by tools/compile_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_erasure_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QLabel, QSizePolicy, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_ErasureDialog(object):
    def setupUi(self, ErasureDialog):
        if not ErasureDialog.objectName():
            ErasureDialog.setObjectName(u"ErasureDialog")
        ErasureDialog.setMinimumSize(QSize(640, 600))
        self.dialog_layout = QVBoxLayout(ErasureDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.dialog_layout.setContentsMargins(18, 16, 18, 14)
        self.heading = QLabel(ErasureDialog)
        self.heading.setObjectName(u"heading")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)

        self.dialog_layout.addWidget(self.heading)

        self.explanation = QLabel(ErasureDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.dialog_layout.addWidget(self.explanation)

        self.erased_label = QLabel(ErasureDialog)
        self.erased_label.setObjectName(u"erased_label")

        self.dialog_layout.addWidget(self.erased_label)

        self.erased = QTextBrowser(ErasureDialog)
        self.erased.setObjectName(u"erased")

        self.dialog_layout.addWidget(self.erased)

        self.kept_label = QLabel(ErasureDialog)
        self.kept_label.setObjectName(u"kept_label")

        self.dialog_layout.addWidget(self.kept_label)

        self.kept = QTextBrowser(ErasureDialog)
        self.kept.setObjectName(u"kept")

        self.dialog_layout.addWidget(self.kept)

        self.warning = QLabel(ErasureDialog)
        self.warning.setObjectName(u"warning")
        self.warning.setWordWrap(True)

        self.dialog_layout.addWidget(self.warning)

        self.confirm = QCheckBox(ErasureDialog)
        self.confirm.setObjectName(u"confirm")

        self.dialog_layout.addWidget(self.confirm)

        self.error = QLabel(ErasureDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)

        self.dialog_layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(ErasureDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.buttons)


        self.retranslateUi(ErasureDialog)

        QMetaObject.connectSlotsByName(ErasureDialog)
    # setupUi

    def retranslateUi(self, ErasureDialog):
        ErasureDialog.setWindowTitle(_(u"Erase the person's data"))
        self.erased_label.setText(_(u"Will be erased:"))
        self.kept_label.setText(_(u"Will be kept, and why:"))
        self.warning.setText(_(u"The erasure cannot be undone. The request itself keeps the requester's details and its record of handling, without the link to the person."))
        self.confirm.setText(_(u"I have &checked the list: erase the data now"))
    # retranslateUi

