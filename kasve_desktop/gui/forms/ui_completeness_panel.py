# generated from ui/completeness_panel.ui by tools/compile_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'completeness_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QLabel, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_CompletenessPanel(object):
    def setupUi(self, CompletenessPanel):
        if not CompletenessPanel.objectName():
            CompletenessPanel.setObjectName(u"CompletenessPanel")
        self.panel_layout = QVBoxLayout(CompletenessPanel)
        self.panel_layout.setSpacing(4)
        self.panel_layout.setObjectName(u"panel_layout")
        self.panel_layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(CompletenessPanel)
        self.heading.setObjectName(u"heading")
        font = QFont()
        font.setPointSize(11)
        font.setBold(True)
        self.heading.setFont(font)

        self.panel_layout.addWidget(self.heading)

        self.summary = QLabel(CompletenessPanel)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.panel_layout.addWidget(self.summary)

        self.scroll = QScrollArea(CompletenessPanel)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.contents = QWidget()
        self.contents.setObjectName(u"contents")
        self.contents_layout = QVBoxLayout(self.contents)
        self.contents_layout.setSpacing(6)
        self.contents_layout.setObjectName(u"contents_layout")
        self.contents_layout.setContentsMargins(0, 0, 0, 0)
        self.items = QLabel(self.contents)
        self.items.setObjectName(u"items")
        self.items.setWordWrap(True)
        self.items.setTextFormat(Qt.TextFormat.RichText)
        self.items.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.contents_layout.addWidget(self.items)

        self.flags_heading = QLabel(self.contents)
        self.flags_heading.setObjectName(u"flags_heading")
        font1 = QFont()
        font1.setPointSize(10)
        font1.setBold(True)
        self.flags_heading.setFont(font1)

        self.contents_layout.addWidget(self.flags_heading)

        self.no_flags = QLabel(self.contents)
        self.no_flags.setObjectName(u"no_flags")
        self.no_flags.setWordWrap(True)

        self.contents_layout.addWidget(self.no_flags)

        self.flags_layout = QVBoxLayout()
        self.flags_layout.setSpacing(6)
        self.flags_layout.setObjectName(u"flags_layout")

        self.contents_layout.addLayout(self.flags_layout)

        self.bottom_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contents_layout.addItem(self.bottom_spacer)

        self.scroll.setWidget(self.contents)

        self.panel_layout.addWidget(self.scroll)


        self.retranslateUi(CompletenessPanel)

        QMetaObject.connectSlotsByName(CompletenessPanel)
    # setupUi

    def retranslateUi(self, CompletenessPanel):
        self.heading.setText(_(u"Completeness check"))
        self.flags_heading.setText(_(u"Outdated or doubtful statements"))
        self.no_flags.setText(_(u"None found."))
        pass
    # retranslateUi

