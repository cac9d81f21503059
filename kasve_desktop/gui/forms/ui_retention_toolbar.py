# generated from ui/retention_toolbar.ui by tools/compile_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'retention_toolbar.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_RetentionToolbar(object):
    def setupUi(self, RetentionToolbar):
        if not RetentionToolbar.objectName():
            RetentionToolbar.setObjectName(u"RetentionToolbar")
        self.toolbar_layout = QVBoxLayout(RetentionToolbar)
        self.toolbar_layout.setSpacing(4)
        self.toolbar_layout.setObjectName(u"toolbar_layout")
        self.toolbar_layout.setContentsMargins(0, 4, 0, 0)
        self.controls_row = QHBoxLayout()
        self.controls_row.setObjectName(u"controls_row")
        self.as_of_label = QLabel(RetentionToolbar)
        self.as_of_label.setObjectName(u"as_of_label")

        self.controls_row.addWidget(self.as_of_label)

        self.as_of_date = QDateEdit(RetentionToolbar)
        self.as_of_date.setObjectName(u"as_of_date")
        self.as_of_date.setDisplayFormat(u"d.M.yyyy")
        self.as_of_date.setCalendarPopup(True)

        self.controls_row.addWidget(self.as_of_date)

        self.filter_gap = QSpacerItem(16, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.controls_row.addItem(self.filter_gap)

        self.register_label = QLabel(RetentionToolbar)
        self.register_label.setObjectName(u"register_label")

        self.controls_row.addWidget(self.register_label)

        self.register_filter = QComboBox(RetentionToolbar)
        self.register_filter.setObjectName(u"register_filter")
        self.register_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.register_filter.setMinimumContentsLength(18)

        self.controls_row.addWidget(self.register_filter)

        self.buttons_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.controls_row.addItem(self.buttons_spacer)


        self.toolbar_layout.addLayout(self.controls_row)

        self.actions_row = QHBoxLayout()
        self.actions_row.setObjectName(u"actions_row")
        self.notes_column = QVBoxLayout()
        self.notes_column.setSpacing(2)
        self.notes_column.setObjectName(u"notes_column")
        self.held_note = QLabel(RetentionToolbar)
        self.held_note.setObjectName(u"held_note")
        self.held_note.setWordWrap(True)

        self.notes_column.addWidget(self.held_note)

        self.records_note = QLabel(RetentionToolbar)
        self.records_note.setObjectName(u"records_note")
        self.records_note.setWordWrap(True)

        self.notes_column.addWidget(self.records_note)


        self.actions_row.addLayout(self.notes_column)

        self.erase_selected_button = QPushButton(RetentionToolbar)
        self.erase_selected_button.setObjectName(u"erase_selected_button")

        self.actions_row.addWidget(self.erase_selected_button)

        self.erase_all_button = QPushButton(RetentionToolbar)
        self.erase_all_button.setObjectName(u"erase_all_button")

        self.actions_row.addWidget(self.erase_all_button)

        self.actions_row.setStretch(0, 1)

        self.toolbar_layout.addLayout(self.actions_row)

#if QT_CONFIG(shortcut)
        self.as_of_label.setBuddy(self.as_of_date)
        self.register_label.setBuddy(self.register_filter)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RetentionToolbar)

        QMetaObject.connectSlotsByName(RetentionToolbar)
    # setupUi

    def retranslateUi(self, RetentionToolbar):
        self.as_of_label.setText(_(u"Situation on"))
        self.register_label.setText(_(u"Register"))
        self.erase_selected_button.setText(_(u"Erase selected\u2026"))
        self.erase_all_button.setText(_(u"Erase all due\u2026"))
        pass
    # retranslateUi

