# generated from ui/person_match_dialog.ui by tools/compile_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_match_dialog.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_PersonMatchDialog(object):
    def setupUi(self, PersonMatchDialog):
        if not PersonMatchDialog.objectName():
            PersonMatchDialog.setObjectName(u"PersonMatchDialog")
        PersonMatchDialog.resize(820, 480)
        PersonMatchDialog.setMinimumSize(QSize(620, 360))
        self.dialog_layout = QVBoxLayout(PersonMatchDialog)
        self.dialog_layout.setSpacing(8)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.dialog_layout.setContentsMargins(16, 16, 16, 16)
        self.request_info = QLabel(PersonMatchDialog)
        self.request_info.setObjectName(u"request_info")
        self.request_info.setWordWrap(True)
        self.request_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.request_info)

        self.link_status = QLabel(PersonMatchDialog)
        self.link_status.setObjectName(u"link_status")
        self.link_status.setWordWrap(True)

        self.dialog_layout.addWidget(self.link_status)

        self.search_row = QHBoxLayout()
        self.search_row.setSpacing(8)
        self.search_row.setObjectName(u"search_row")
        self.search_label = QLabel(PersonMatchDialog)
        self.search_label.setObjectName(u"search_label")

        self.search_row.addWidget(self.search_label)

        self.search = QLineEdit(PersonMatchDialog)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.search_row.addWidget(self.search)


        self.dialog_layout.addLayout(self.search_row)

        self.results = QTableView(PersonMatchDialog)
        self.results.setObjectName(u"results")
        self.results.setMinimumSize(QSize(0, 160))

        self.dialog_layout.addWidget(self.results)

        self.empty_label = QLabel(PersonMatchDialog)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(False)

        self.dialog_layout.addWidget(self.empty_label)

        self.action_row = QHBoxLayout()
        self.action_row.setSpacing(8)
        self.action_row.setObjectName(u"action_row")
        self.link_button = QPushButton(PersonMatchDialog)
        self.link_button.setObjectName(u"link_button")
        self.link_button.setAutoDefault(False)

        self.action_row.addWidget(self.link_button)

        self.create_button = QPushButton(PersonMatchDialog)
        self.create_button.setObjectName(u"create_button")
        self.create_button.setAutoDefault(False)

        self.action_row.addWidget(self.create_button)

        self.unlink_button = QPushButton(PersonMatchDialog)
        self.unlink_button.setObjectName(u"unlink_button")
        self.unlink_button.setAutoDefault(False)

        self.action_row.addWidget(self.unlink_button)

        self.action_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.action_row.addItem(self.action_spacer)


        self.dialog_layout.addLayout(self.action_row)

        self.message = QLabel(PersonMatchDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setVisible(False)

        self.dialog_layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(PersonMatchDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.search_label.setBuddy(self.search)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search, self.results)
        QWidget.setTabOrder(self.results, self.link_button)
        QWidget.setTabOrder(self.link_button, self.create_button)
        QWidget.setTabOrder(self.create_button, self.unlink_button)

        self.retranslateUi(PersonMatchDialog)

        QMetaObject.connectSlotsByName(PersonMatchDialog)
    # setupUi

    def retranslateUi(self, PersonMatchDialog):
        PersonMatchDialog.setWindowTitle(_(u"Link to a person"))
        self.search_label.setText(_(u"&Search:"))
        self.search.setPlaceholderText(_(u"Name, e-mail, phone, organisation\u2026"))
        self.link_button.setText(_(u"&Link to the chosen person"))
        self.create_button.setText(_(u"&Create a person from the request\u2026"))
        self.unlink_button.setText(_(u"&Remove the link"))
    # retranslateUi

