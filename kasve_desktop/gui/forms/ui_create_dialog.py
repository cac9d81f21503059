# generated from ui/create_dialog.ui by tools/compile_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'create_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QToolButton, QVBoxLayout,
    QWidget)

class Ui_CreateDialog(object):
    def setupUi(self, CreateDialog):
        if not CreateDialog.objectName():
            CreateDialog.setObjectName(u"CreateDialog")
        CreateDialog.setMinimumSize(QSize(580, 0))
        self.dialog_layout = QVBoxLayout(CreateDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.dialog_layout.setContentsMargins(20, 16, 20, 14)
        self.heading = QLabel(CreateDialog)
        self.heading.setObjectName(u"heading")
        font = QFont()
        font.setPointSize(15)
        font.setBold(True)
        self.heading.setFont(font)

        self.dialog_layout.addWidget(self.heading)

        self.intro = QLabel(CreateDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.database_label = QLabel(CreateDialog)
        self.database_label.setObjectName(u"database_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.database_label)

        self.database_row = QHBoxLayout()
        self.database_row.setObjectName(u"database_row")
        self.database_path = QLabel(CreateDialog)
        self.database_path.setObjectName(u"database_path")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.database_path.sizePolicy().hasHeightForWidth())
        self.database_path.setSizePolicy(sizePolicy)
        self.database_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.database_row.addWidget(self.database_path)

        self.choose_button = QPushButton(CreateDialog)
        self.choose_button.setObjectName(u"choose_button")
        self.choose_button.setAutoDefault(False)

        self.database_row.addWidget(self.choose_button)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.database_row)

        self.passphrase_label = QLabel(CreateDialog)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase_row = QHBoxLayout()
        self.passphrase_row.setObjectName(u"passphrase_row")
        self.passphrase = QLineEdit(CreateDialog)
        self.passphrase.setObjectName(u"passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphrase_row.addWidget(self.passphrase)

        self.show_passphrase = QToolButton(CreateDialog)
        self.show_passphrase.setObjectName(u"show_passphrase")
        self.show_passphrase.setCheckable(True)

        self.passphrase_row.addWidget(self.show_passphrase)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.passphrase_row)

        self.repeat_label = QLabel(CreateDialog)
        self.repeat_label.setObjectName(u"repeat_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.repeat_label)

        self.repeat = QLineEdit(CreateDialog)
        self.repeat.setObjectName(u"repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repeat)

        self.strength_title = QLabel(CreateDialog)
        self.strength_title.setObjectName(u"strength_title")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.strength_title)

        self.strength_row = QHBoxLayout()
        self.strength_row.setObjectName(u"strength_row")
        self.strength = QProgressBar(CreateDialog)
        self.strength.setObjectName(u"strength")
        self.strength.setMaximumSize(QSize(220, 12))
        self.strength.setMaximum(4)
        self.strength.setValue(0)
        self.strength.setTextVisible(False)

        self.strength_row.addWidget(self.strength)

        self.strength_label = QLabel(CreateDialog)
        self.strength_label.setObjectName(u"strength_label")

        self.strength_row.addWidget(self.strength_label)

        self.strength_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.strength_row.addItem(self.strength_spacer)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.strength_row)

        self.hint = QLabel(CreateDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.hint)

        self.message = QLabel(CreateDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.message)


        self.dialog_layout.addLayout(self.form)

        self.vertical_spacer = QSpacerItem(10, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.vertical_spacer)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.open_existing_button = QPushButton(CreateDialog)
        self.open_existing_button.setObjectName(u"open_existing_button")
        self.open_existing_button.setAutoDefault(False)

        self.button_row.addWidget(self.open_existing_button)

        self.demo_button = QPushButton(CreateDialog)
        self.demo_button.setObjectName(u"demo_button")
        self.demo_button.setAutoDefault(False)

        self.button_row.addWidget(self.demo_button)

        self.button_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.cancel_button = QPushButton(CreateDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setAutoDefault(False)

        self.button_row.addWidget(self.cancel_button)

        self.create_button = QPushButton(CreateDialog)
        self.create_button.setObjectName(u"create_button")

        self.button_row.addWidget(self.create_button)


        self.dialog_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.passphrase_label.setBuddy(self.passphrase)
        self.repeat_label.setBuddy(self.repeat)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passphrase, self.show_passphrase)
        QWidget.setTabOrder(self.show_passphrase, self.repeat)
        QWidget.setTabOrder(self.repeat, self.create_button)
        QWidget.setTabOrder(self.create_button, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.choose_button)
        QWidget.setTabOrder(self.choose_button, self.open_existing_button)
        QWidget.setTabOrder(self.open_existing_button, self.demo_button)

        self.retranslateUi(CreateDialog)
        self.cancel_button.clicked.connect(CreateDialog.reject)

        self.create_button.setDefault(True)


        QMetaObject.connectSlotsByName(CreateDialog)
    # setupUi

    def retranslateUi(self, CreateDialog):
        CreateDialog.setWindowTitle(_(u"New database"))
        self.heading.setText(_(u"New database"))
        self.intro.setText(_(u"Everything is kept encrypted with a passphrase that you choose now. It cannot be recovered: without it nobody, not even you, can open the data again. Write it down and keep it in a safe place."))
        self.database_label.setText(_(u"Database file:"))
        self.choose_button.setText(_(u"C&hange\u2026"))
        self.passphrase_label.setText(_(u"&Passphrase:"))
#if QT_CONFIG(tooltip)
        self.show_passphrase.setToolTip(_(u"Show or hide the passphrase"))
#endif // QT_CONFIG(tooltip)
        self.show_passphrase.setText(_(u"Show"))
        self.repeat_label.setText(_(u"&Repeat it:"))
        self.strength_title.setText(_(u"Strength:"))
        self.hint.setText(_(u"At least 10 characters. Any letters, spaces and symbols will do: a few unrelated words make a passphrase that is strong and easy to remember."))
        self.open_existing_button.setText(_(u"Open &existing\u2026"))
#if QT_CONFIG(tooltip)
        self.demo_button.setToolTip(_(u"Open a fresh database of made-up people to try the application"))
#endif // QT_CONFIG(tooltip)
        self.demo_button.setText(_(u"Try the &demo"))
        self.cancel_button.setText(_(u"Cancel"))
        self.create_button.setText(_(u"&Create"))
    # retranslateUi

