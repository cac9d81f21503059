# generated from ui/table_area.ui by tools/compile_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'table_area.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QSizePolicy, QSpacerItem, QStackedWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_TableArea(object):
    def setupUi(self, TableArea):
        if not TableArea.objectName():
            TableArea.setObjectName(u"TableArea")
        self.area_layout = QVBoxLayout(TableArea)
        self.area_layout.setSpacing(6)
        self.area_layout.setObjectName(u"area_layout")
        self.area_layout.setContentsMargins(18, 14, 18, 10)
        self.heading_row = QHBoxLayout()
        self.heading_row.setObjectName(u"heading_row")
        self.heading = QLabel(TableArea)
        self.heading.setObjectName(u"heading")
        font = QFont()
        font.setPointSize(15)
        font.setBold(True)
        self.heading.setFont(font)

        self.heading_row.addWidget(self.heading)

        self.heading_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.heading_row.addItem(self.heading_spacer)

        self.summary = QLabel(TableArea)
        self.summary.setObjectName(u"summary")
        self.summary.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.heading_row.addWidget(self.summary)


        self.area_layout.addLayout(self.heading_row)

        self.description = QLabel(TableArea)
        self.description.setObjectName(u"description")
        self.description.setWordWrap(True)

        self.area_layout.addWidget(self.description)

        self.content = QStackedWidget(TableArea)
        self.content.setObjectName(u"content")
        self.table_page = QWidget()
        self.table_page.setObjectName(u"table_page")
        self.table_page_layout = QVBoxLayout(self.table_page)
        self.table_page_layout.setObjectName(u"table_page_layout")
        self.table_page_layout.setContentsMargins(0, 4, 0, 0)
        self.table = QTableView(self.table_page)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setShowGrid(False)
        self.table.setSortingEnabled(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.table_page_layout.addWidget(self.table)

        self.content.addWidget(self.table_page)
        self.empty_page = QWidget()
        self.empty_page.setObjectName(u"empty_page")
        self.empty_page_layout = QVBoxLayout(self.empty_page)
        self.empty_page_layout.setObjectName(u"empty_page_layout")
        self.empty_label = QLabel(self.empty_page)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        self.empty_page_layout.addWidget(self.empty_label)

        self.content.addWidget(self.empty_page)

        self.area_layout.addWidget(self.content)


        self.retranslateUi(TableArea)

        QMetaObject.connectSlotsByName(TableArea)
    # setupUi

    def retranslateUi(self, TableArea):
        pass
    # retranslateUi

