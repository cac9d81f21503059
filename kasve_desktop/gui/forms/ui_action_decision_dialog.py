# generated from ui/action_decision_dialog.ui by tools/compile_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_decision_dialog.ui'
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
    QFormLayout, QLabel, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ObjectionDecisionDialog(object):
    def setupUi(self, ObjectionDecisionDialog):
        if not ObjectionDecisionDialog.objectName():
            ObjectionDecisionDialog.setObjectName(u"ObjectionDecisionDialog")
        ObjectionDecisionDialog.setMinimumSize(QSize(520, 0))
        self.dialog_layout = QVBoxLayout(ObjectionDecisionDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.dialog_layout.setContentsMargins(18, 16, 18, 14)
        self.heading = QLabel(ObjectionDecisionDialog)
        self.heading.setObjectName(u"heading")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)

        self.dialog_layout.addWidget(self.heading)

        self.explanation = QLabel(ObjectionDecisionDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.dialog_layout.addWidget(self.explanation)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.decision_label = QLabel(ObjectionDecisionDialog)
        self.decision_label.setObjectName(u"decision_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.decision_label)

        self.decision = QPlainTextEdit(ObjectionDecisionDialog)
        self.decision.setObjectName(u"decision")
        self.decision.setTabChangesFocus(True)
        self.decision.setMinimumSize(QSize(0, 110))
        self.decision.setMaximumSize(QSize(16777215, 150))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.decision)


        self.dialog_layout.addLayout(self.form)

        self.error = QLabel(ObjectionDecisionDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)

        self.dialog_layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(ObjectionDecisionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.decision_label.setBuddy(self.decision)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ObjectionDecisionDialog)

        QMetaObject.connectSlotsByName(ObjectionDecisionDialog)
    # setupUi

    def retranslateUi(self, ObjectionDecisionDialog):
        ObjectionDecisionDialog.setWindowTitle(_(u"Decision on the objection"))
        self.decision_label.setText(_(u"&Decision:"))
        self.decision.setPlaceholderText(_(u"e.g. the processing for this purpose ends; the interests of the person override ours"))
    # retranslateUi

