# generated from ui/event_dialog.ui by tools/compile_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'event_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_EventDialog(object):
    def setupUi(self, EventDialog):
        if not EventDialog.objectName():
            EventDialog.setObjectName(u"EventDialog")
        EventDialog.setMinimumSize(QSize(520, 0))
        self.dialog_layout = QVBoxLayout(EventDialog)
        self.dialog_layout.setSpacing(8)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.dialog_layout.setContentsMargins(16, 16, 16, 16)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(5)
        self.name_label = QLabel(EventDialog)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(EventDialog)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.name_note = QLabel(EventDialog)
        self.name_note.setObjectName(u"name_note")
        self.name_note.setWordWrap(True)
        self.name_note.setVisible(False)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_note)

        self.starts_on_label = QLabel(EventDialog)
        self.starts_on_label.setObjectName(u"starts_on_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.starts_on_label)

        self.starts_on = QDateEdit(EventDialog)
        self.starts_on.setObjectName(u"starts_on")
        self.starts_on.setCalendarPopup(True)
        self.starts_on.setDisplayFormat(u"d.M.yyyy")
        self.starts_on.setMaximumSize(QSize(170, 16777215))
        self.starts_on.setSpecialValueText(u"\u2014")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.starts_on)

        self.starts_on_note = QLabel(EventDialog)
        self.starts_on_note.setObjectName(u"starts_on_note")
        self.starts_on_note.setWordWrap(True)
        self.starts_on_note.setVisible(False)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.starts_on_note)

        self.ends_on_label = QLabel(EventDialog)
        self.ends_on_label.setObjectName(u"ends_on_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ends_on_label)

        self.ends_on = QDateEdit(EventDialog)
        self.ends_on.setObjectName(u"ends_on")
        self.ends_on.setCalendarPopup(True)
        self.ends_on.setDisplayFormat(u"d.M.yyyy")
        self.ends_on.setMaximumSize(QSize(170, 16777215))
        self.ends_on.setSpecialValueText(u"\u2014")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ends_on)

        self.ends_on_note = QLabel(EventDialog)
        self.ends_on_note.setObjectName(u"ends_on_note")
        self.ends_on_note.setWordWrap(True)
        self.ends_on_note.setVisible(False)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.ends_on_note)

        self.place_label = QLabel(EventDialog)
        self.place_label.setObjectName(u"place_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.place_label)

        self.place = QLineEdit(EventDialog)
        self.place.setObjectName(u"place")
        self.place.setMaxLength(200)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.place)

        self.place_note = QLabel(EventDialog)
        self.place_note.setObjectName(u"place_note")
        self.place_note.setWordWrap(True)
        self.place_note.setVisible(False)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.place_note)

        self.organiser_label = QLabel(EventDialog)
        self.organiser_label.setObjectName(u"organiser_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.organiser_label)

        self.organiser = QLineEdit(EventDialog)
        self.organiser.setObjectName(u"organiser")
        self.organiser.setMaxLength(200)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.organiser)

        self.organiser_note = QLabel(EventDialog)
        self.organiser_note.setObjectName(u"organiser_note")
        self.organiser_note.setWordWrap(True)
        self.organiser_note.setVisible(False)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.organiser_note)

        self.register_id_label = QLabel(EventDialog)
        self.register_id_label.setObjectName(u"register_id_label")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.register_id_label)

        self.register_id = QComboBox(EventDialog)
        self.register_id.setObjectName(u"register_id")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.register_id)

        self.register_id_note = QLabel(EventDialog)
        self.register_id_note.setObjectName(u"register_id_note")
        self.register_id_note.setWordWrap(True)
        self.register_id_note.setVisible(False)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.register_id_note)

        self.notice_version_id_label = QLabel(EventDialog)
        self.notice_version_id_label.setObjectName(u"notice_version_id_label")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.notice_version_id_label)

        self.notice_version_id = QComboBox(EventDialog)
        self.notice_version_id.setObjectName(u"notice_version_id")

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.notice_version_id)

        self.notice_version_id_note = QLabel(EventDialog)
        self.notice_version_id_note.setObjectName(u"notice_version_id_note")
        self.notice_version_id_note.setWordWrap(True)
        self.notice_version_id_note.setVisible(False)

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.notice_version_id_note)

        self.description_label = QLabel(EventDialog)
        self.description_label.setObjectName(u"description_label")

        self.form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description = QPlainTextEdit(EventDialog)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.description)

        self.description_note = QLabel(EventDialog)
        self.description_note.setObjectName(u"description_note")
        self.description_note.setWordWrap(True)
        self.description_note.setVisible(False)

        self.form.setWidget(15, QFormLayout.ItemRole.FieldRole, self.description_note)


        self.dialog_layout.addLayout(self.form)

        self.message = QLabel(EventDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setVisible(False)

        self.dialog_layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(EventDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.starts_on_label.setBuddy(self.starts_on)
        self.ends_on_label.setBuddy(self.ends_on)
        self.place_label.setBuddy(self.place)
        self.organiser_label.setBuddy(self.organiser)
        self.register_id_label.setBuddy(self.register_id)
        self.notice_version_id_label.setBuddy(self.notice_version_id)
        self.description_label.setBuddy(self.description)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.starts_on)
        QWidget.setTabOrder(self.starts_on, self.ends_on)
        QWidget.setTabOrder(self.ends_on, self.place)
        QWidget.setTabOrder(self.place, self.organiser)
        QWidget.setTabOrder(self.organiser, self.register_id)
        QWidget.setTabOrder(self.register_id, self.notice_version_id)
        QWidget.setTabOrder(self.notice_version_id, self.description)
        QWidget.setTabOrder(self.description, self.buttons)

        self.retranslateUi(EventDialog)

        QMetaObject.connectSlotsByName(EventDialog)
    # setupUi

    def retranslateUi(self, EventDialog):
        EventDialog.setWindowTitle(_(u"Event"))
        self.name_label.setText(_(u"&Name:"))
        self.starts_on_label.setText(_(u"&Starts:"))
        self.ends_on_label.setText(_(u"&Ends:"))
        self.place_label.setText(_(u"&Place:"))
        self.place.setPlaceholderText(_(u"e.g. Tampere-talo, Tampere"))
        self.organiser_label.setText(_(u"&Organiser:"))
        self.register_id_label.setText(_(u"&Register:"))
        self.notice_version_id_label.setText(_(u"Privacy &notice version:"))
        self.description_label.setText(_(u"&Description:"))
    # retranslateUi

