# generated from ui/action_consents_dialog.ui by tools/compile_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_consents_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateTimeEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QListWidget,
    QListWidgetItem, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ConsentWithdrawalDialog(object):
    def setupUi(self, ConsentWithdrawalDialog):
        if not ConsentWithdrawalDialog.objectName():
            ConsentWithdrawalDialog.setObjectName(u"ConsentWithdrawalDialog")
        ConsentWithdrawalDialog.setMinimumSize(QSize(560, 0))
        self.dialog_layout = QVBoxLayout(ConsentWithdrawalDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.dialog_layout.setContentsMargins(18, 16, 18, 14)
        self.heading = QLabel(ConsentWithdrawalDialog)
        self.heading.setObjectName(u"heading")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)

        self.dialog_layout.addWidget(self.heading)

        self.explanation = QLabel(ConsentWithdrawalDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.dialog_layout.addWidget(self.explanation)

        self.consents_label = QLabel(ConsentWithdrawalDialog)
        self.consents_label.setObjectName(u"consents_label")

        self.dialog_layout.addWidget(self.consents_label)

        self.consents = QListWidget(ConsentWithdrawalDialog)
        self.consents.setObjectName(u"consents")
        self.consents.setMinimumSize(QSize(0, 80))
        self.consents.setMaximumSize(QSize(16777215, 160))

        self.dialog_layout.addWidget(self.consents)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.at_label = QLabel(ConsentWithdrawalDialog)
        self.at_label.setObjectName(u"at_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.at_label)

        self.at = QDateTimeEdit(ConsentWithdrawalDialog)
        self.at.setObjectName(u"at")
        self.at.setDisplayFormat(u"d.M.yyyy HH.mm")
        self.at.setCalendarPopup(True)
        self.at.setMaximumSize(QSize(200, 16777215))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.at)


        self.dialog_layout.addLayout(self.form)

        self.error = QLabel(ConsentWithdrawalDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)

        self.dialog_layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(ConsentWithdrawalDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.consents_label.setBuddy(self.consents)
        self.at_label.setBuddy(self.at)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConsentWithdrawalDialog)

        QMetaObject.connectSlotsByName(ConsentWithdrawalDialog)
    # setupUi

    def retranslateUi(self, ConsentWithdrawalDialog):
        ConsentWithdrawalDialog.setWindowTitle(_(u"Consent withdrawal"))
        self.consents_label.setText(_(u"Active &consents (tick those the person withdraws):"))
        self.at_label.setText(_(u"&Withdrawn at:"))
    # retranslateUi

