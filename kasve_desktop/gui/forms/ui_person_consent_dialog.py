# generated from ui/person_consent_dialog.ui by tools/compile_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_consent_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateTimeEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ConsentDialog(object):
    def setupUi(self, ConsentDialog):
        if not ConsentDialog.objectName():
            ConsentDialog.setObjectName(u"ConsentDialog")
        ConsentDialog.setMinimumSize(QSize(480, 0))
        self.dialog_layout = QVBoxLayout(ConsentDialog)
        self.dialog_layout.setSpacing(8)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.dialog_layout.setContentsMargins(16, 16, 16, 16)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(5)
        self.purpose_label = QLabel(ConsentDialog)
        self.purpose_label.setObjectName(u"purpose_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.purpose_label)

        self.purpose = QLineEdit(ConsentDialog)
        self.purpose.setObjectName(u"purpose")
        self.purpose.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.purpose)

        self.purpose_note = QLabel(ConsentDialog)
        self.purpose_note.setObjectName(u"purpose_note")
        self.purpose_note.setWordWrap(True)
        self.purpose_note.setVisible(False)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.purpose_note)

        self.channel_label = QLabel(ConsentDialog)
        self.channel_label.setObjectName(u"channel_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.channel_label)

        self.channel = QComboBox(ConsentDialog)
        self.channel.setObjectName(u"channel")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.channel)

        self.channel_note = QLabel(ConsentDialog)
        self.channel_note.setObjectName(u"channel_note")
        self.channel_note.setWordWrap(True)
        self.channel_note.setVisible(False)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.channel_note)

        self.granted_at_label = QLabel(ConsentDialog)
        self.granted_at_label.setObjectName(u"granted_at_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.granted_at_label)

        self.granted_at = QDateTimeEdit(ConsentDialog)
        self.granted_at.setObjectName(u"granted_at")
        self.granted_at.setCalendarPopup(True)
        self.granted_at.setDisplayFormat(u"d.M.yyyy HH.mm")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.granted_at)

        self.granted_at_note = QLabel(ConsentDialog)
        self.granted_at_note.setObjectName(u"granted_at_note")
        self.granted_at_note.setWordWrap(True)
        self.granted_at_note.setVisible(False)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.granted_at_note)

        self.captured_via_label = QLabel(ConsentDialog)
        self.captured_via_label.setObjectName(u"captured_via_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.captured_via_label)

        self.captured_via = QComboBox(ConsentDialog)
        self.captured_via.setObjectName(u"captured_via")
        self.captured_via.setEditable(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.captured_via)

        self.notice_version_label = QLabel(ConsentDialog)
        self.notice_version_label.setObjectName(u"notice_version_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notice_version_label)

        self.notice_version = QComboBox(ConsentDialog)
        self.notice_version.setObjectName(u"notice_version")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.notice_version)

        self.notice_version_note = QLabel(ConsentDialog)
        self.notice_version_note.setObjectName(u"notice_version_note")
        self.notice_version_note.setWordWrap(True)
        self.notice_version_note.setVisible(False)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notice_version_note)

        self.register_key_label = QLabel(ConsentDialog)
        self.register_key_label.setObjectName(u"register_key_label")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.register_key_label)

        self.register_key = QComboBox(ConsentDialog)
        self.register_key.setObjectName(u"register_key")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.register_key)

        self.register_key_note = QLabel(ConsentDialog)
        self.register_key_note.setObjectName(u"register_key_note")
        self.register_key_note.setWordWrap(True)
        self.register_key_note.setVisible(False)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.register_key_note)

        self.evidence_label = QLabel(ConsentDialog)
        self.evidence_label.setObjectName(u"evidence_label")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.evidence_label)

        self.evidence = QPlainTextEdit(ConsentDialog)
        self.evidence.setObjectName(u"evidence")
        self.evidence.setTabChangesFocus(True)
        self.evidence.setMaximumSize(QSize(16777215, 80))

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.evidence)


        self.dialog_layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(ConsentDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.purpose_label.setBuddy(self.purpose)
        self.channel_label.setBuddy(self.channel)
        self.granted_at_label.setBuddy(self.granted_at)
        self.captured_via_label.setBuddy(self.captured_via)
        self.notice_version_label.setBuddy(self.notice_version)
        self.register_key_label.setBuddy(self.register_key)
        self.evidence_label.setBuddy(self.evidence)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConsentDialog)

        QMetaObject.connectSlotsByName(ConsentDialog)
    # setupUi

    def retranslateUi(self, ConsentDialog):
        ConsentDialog.setWindowTitle(_(u"Consent"))
        self.purpose_label.setText(_(u"&Purpose:"))
        self.purpose.setPlaceholderText(_(u"e.g. newsletter and marketing messages"))
        self.channel_label.setText(_(u"C&hannel:"))
        self.granted_at_label.setText(_(u"&Given:"))
        self.captured_via_label.setText(_(u"Ca&ptured via:"))
        self.notice_version_label.setText(_(u"Notice &version shown:"))
        self.register_key_label.setText(_(u"&Register:"))
        self.evidence_label.setText(_(u"&Evidence:"))
        self.evidence.setPlaceholderText(_(u"Where and how the consent was given, e.g. the form and the box ticked"))
    # retranslateUi

