# generated from ui/unlock_dialog.ui by tools/compile_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unlock_dialog.ui'
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
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QToolButton, QVBoxLayout, QWidget)

class Ui_UnlockDialog(object):
    def setupUi(self, UnlockDialog):
        if not UnlockDialog.objectName():
            UnlockDialog.setObjectName(u"UnlockDialog")
        UnlockDialog.setMinimumSize(QSize(540, 0))
        self.dialog_layout = QVBoxLayout(UnlockDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.dialog_layout.setContentsMargins(20, 16, 20, 14)
        self.heading = QLabel(UnlockDialog)
        self.heading.setObjectName(u"heading")
        font = QFont()
        font.setPointSize(15)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setText(u"Kasve Desktop")

        self.dialog_layout.addWidget(self.heading)

        self.intro = QLabel(UnlockDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.database_label = QLabel(UnlockDialog)
        self.database_label.setObjectName(u"database_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.database_label)

        self.database_row = QHBoxLayout()
        self.database_row.setObjectName(u"database_row")
        self.database_path = QLabel(UnlockDialog)
        self.database_path.setObjectName(u"database_path")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.database_path.sizePolicy().hasHeightForWidth())
        self.database_path.setSizePolicy(sizePolicy)
        self.database_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.database_row.addWidget(self.database_path)

        self.choose_button = QPushButton(UnlockDialog)
        self.choose_button.setObjectName(u"choose_button")
        self.choose_button.setAutoDefault(False)

        self.database_row.addWidget(self.choose_button)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.database_row)

        self.passphrase_label = QLabel(UnlockDialog)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase_row = QHBoxLayout()
        self.passphrase_row.setObjectName(u"passphrase_row")
        self.passphrase = QLineEdit(UnlockDialog)
        self.passphrase.setObjectName(u"passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphrase_row.addWidget(self.passphrase)

        self.show_passphrase = QToolButton(UnlockDialog)
        self.show_passphrase.setObjectName(u"show_passphrase")
        self.show_passphrase.setCheckable(True)

        self.passphrase_row.addWidget(self.show_passphrase)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.passphrase_row)

        self.message = QLabel(UnlockDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.message)


        self.dialog_layout.addLayout(self.form)

        self.vertical_spacer = QSpacerItem(10, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.vertical_spacer)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.create_button = QPushButton(UnlockDialog)
        self.create_button.setObjectName(u"create_button")
        self.create_button.setAutoDefault(False)

        self.button_row.addWidget(self.create_button)

        self.demo_button = QPushButton(UnlockDialog)
        self.demo_button.setObjectName(u"demo_button")
        self.demo_button.setAutoDefault(False)

        self.button_row.addWidget(self.demo_button)

        self.button_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.cancel_button = QPushButton(UnlockDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setAutoDefault(False)

        self.button_row.addWidget(self.cancel_button)

        self.open_button = QPushButton(UnlockDialog)
        self.open_button.setObjectName(u"open_button")

        self.button_row.addWidget(self.open_button)


        self.dialog_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.passphrase_label.setBuddy(self.passphrase)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passphrase, self.show_passphrase)
        QWidget.setTabOrder(self.show_passphrase, self.open_button)
        QWidget.setTabOrder(self.open_button, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.choose_button)
        QWidget.setTabOrder(self.choose_button, self.create_button)
        QWidget.setTabOrder(self.create_button, self.demo_button)

        self.retranslateUi(UnlockDialog)
        self.cancel_button.clicked.connect(UnlockDialog.reject)

        self.open_button.setDefault(True)


        QMetaObject.connectSlotsByName(UnlockDialog)
    # setupUi

    def retranslateUi(self, UnlockDialog):
        UnlockDialog.setWindowTitle(_(u"Open database"))
        self.intro.setText(_(u"The database is encrypted. Enter its passphrase to open it."))
        self.database_label.setText(_(u"Database:"))
        self.choose_button.setText(_(u"&Choose another\u2026"))
        self.passphrase_label.setText(_(u"&Passphrase:"))
#if QT_CONFIG(tooltip)
        self.show_passphrase.setToolTip(_(u"Show or hide the passphrase"))
#endif // QT_CONFIG(tooltip)
        self.show_passphrase.setText(_(u"Show"))
        self.create_button.setText(_(u"&New database\u2026"))
#if QT_CONFIG(tooltip)
        self.demo_button.setToolTip(_(u"Open a fresh database of made-up people to try the application"))
#endif // QT_CONFIG(tooltip)
        self.demo_button.setText(_(u"Try the &demo"))
        self.cancel_button.setText(_(u"Cancel"))
        self.open_button.setText(_(u"&Open"))
    # retranslateUi

