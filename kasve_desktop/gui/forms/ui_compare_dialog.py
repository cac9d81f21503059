# generated from ui/compare_dialog.ui by tools/compile_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'compare_dialog.ui'
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
    QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QSizePolicy, QSpacerItem,
    QSplitter, QTextBrowser, QVBoxLayout, QWidget)

class Ui_CompareDialog(object):
    def setupUi(self, CompareDialog):
        if not CompareDialog.objectName():
            CompareDialog.setObjectName(u"CompareDialog")
        CompareDialog.resize(1000, 620)
        self.dialog_layout = QVBoxLayout(CompareDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.dialog_layout.setContentsMargins(20, 16, 20, 14)
        self.heading = QLabel(CompareDialog)
        self.heading.setObjectName(u"heading")
        font = QFont()
        font.setPointSize(15)
        font.setBold(True)
        self.heading.setFont(font)

        self.dialog_layout.addWidget(self.heading)

        self.summary = QLabel(CompareDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.dialog_layout.addWidget(self.summary)

        self.splitter = QSplitter(CompareDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.sections = QListWidget(self.splitter)
        self.sections.setObjectName(u"sections")
        self.sections.setMinimumSize(QSize(240, 0))
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sections.setWordWrap(True)
        self.sections.setSpacing(1)
        self.splitter.addWidget(self.sections)
        self.texts = QWidget(self.splitter)
        self.texts.setObjectName(u"texts")
        self.texts_layout = QGridLayout(self.texts)
        self.texts_layout.setObjectName(u"texts_layout")
        self.texts_layout.setHorizontalSpacing(8)
        self.texts_layout.setContentsMargins(0, 0, 0, 0)
        self.old_label = QLabel(self.texts)
        self.old_label.setObjectName(u"old_label")

        self.texts_layout.addWidget(self.old_label, 0, 0, 1, 1)

        self.new_label = QLabel(self.texts)
        self.new_label.setObjectName(u"new_label")

        self.texts_layout.addWidget(self.new_label, 0, 1, 1, 1)

        self.old_text = QTextBrowser(self.texts)
        self.old_text.setObjectName(u"old_text")

        self.texts_layout.addWidget(self.old_text, 1, 0, 1, 1)

        self.new_text = QTextBrowser(self.texts)
        self.new_text.setObjectName(u"new_text")

        self.texts_layout.addWidget(self.new_text, 1, 1, 1, 1)

        self.splitter.addWidget(self.texts)

        self.dialog_layout.addWidget(self.splitter)

        self.buttons_row = QHBoxLayout()
        self.buttons_row.setObjectName(u"buttons_row")
        self.only_changed = QCheckBox(CompareDialog)
        self.only_changed.setObjectName(u"only_changed")

        self.buttons_row.addWidget(self.only_changed)

        self.buttons_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_row.addItem(self.buttons_spacer)

        self.buttons = QDialogButtonBox(CompareDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttons_row.addWidget(self.buttons)


        self.dialog_layout.addLayout(self.buttons_row)

        self.dialog_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.old_label.setBuddy(self.old_text)
        self.new_label.setBuddy(self.new_text)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sections, self.old_text)
        QWidget.setTabOrder(self.old_text, self.new_text)
        QWidget.setTabOrder(self.new_text, self.only_changed)

        self.retranslateUi(CompareDialog)

        QMetaObject.connectSlotsByName(CompareDialog)
    # setupUi

    def retranslateUi(self, CompareDialog):
        CompareDialog.setWindowTitle(_(u"Compare versions"))
        self.only_changed.setText(_(u"Show only &changed sections"))
    # retranslateUi

