# generated from ui/notice_area.ui by tools/compile_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'notice_area.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from kasve_desktop.i18n import _
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QHBoxLayout,
    QLabel, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QToolButton, QVBoxLayout, QWidget)

from kasve_desktop.gui.notice.pdf_view import PdfView

class Ui_NoticeArea(object):
    def setupUi(self, NoticeArea):
        if not NoticeArea.objectName():
            NoticeArea.setObjectName(u"NoticeArea")
        self.action_refresh = QAction(NoticeArea)
        self.action_refresh.setObjectName(u"action_refresh")
#if QT_CONFIG(shortcut)
        self.action_refresh.setShortcut(u"F5")
#endif // QT_CONFIG(shortcut)
        self.action_print = QAction(NoticeArea)
        self.action_print.setObjectName(u"action_print")
#if QT_CONFIG(shortcut)
        self.action_print.setShortcut(u"Ctrl+P")
#endif // QT_CONFIG(shortcut)
        self.action_save_pdf = QAction(NoticeArea)
        self.action_save_pdf.setObjectName(u"action_save_pdf")
#if QT_CONFIG(shortcut)
        self.action_save_pdf.setShortcut(u"Ctrl+S")
#endif // QT_CONFIG(shortcut)
        self.action_export_html = QAction(NoticeArea)
        self.action_export_html.setObjectName(u"action_export_html")
#if QT_CONFIG(shortcut)
        self.action_export_html.setShortcut(u"Ctrl+E")
#endif // QT_CONFIG(shortcut)
        self.action_versions = QAction(NoticeArea)
        self.action_versions.setObjectName(u"action_versions")
        self.action_publish = QAction(NoticeArea)
        self.action_publish.setObjectName(u"action_publish")
        self.area_layout = QVBoxLayout(NoticeArea)
        self.area_layout.setSpacing(8)
        self.area_layout.setObjectName(u"area_layout")
        self.area_layout.setContentsMargins(18, 14, 18, 10)
        self.heading_row = QHBoxLayout()
        self.heading_row.setObjectName(u"heading_row")
        self.heading = QLabel(NoticeArea)
        self.heading.setObjectName(u"heading")
        font = QFont()
        font.setPointSize(15)
        font.setBold(True)
        self.heading.setFont(font)

        self.heading_row.addWidget(self.heading)

        self.heading_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.heading_row.addItem(self.heading_spacer)

        self.busy = QProgressBar(NoticeArea)
        self.busy.setObjectName(u"busy")
        self.busy.setMaximumSize(QSize(90, 12))
        self.busy.setMaximum(0)
        self.busy.setTextVisible(False)

        self.heading_row.addWidget(self.busy)

        self.status = QLabel(NoticeArea)
        self.status.setObjectName(u"status")
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.heading_row.addWidget(self.status)


        self.area_layout.addLayout(self.heading_row)

        self.description = QLabel(NoticeArea)
        self.description.setObjectName(u"description")
        self.description.setWordWrap(True)

        self.area_layout.addWidget(self.description)

        self.controls_row = QHBoxLayout()
        self.controls_row.setSpacing(8)
        self.controls_row.setObjectName(u"controls_row")
        self.language_label = QLabel(NoticeArea)
        self.language_label.setObjectName(u"language_label")

        self.controls_row.addWidget(self.language_label)

        self.language = QComboBox(NoticeArea)
        self.language.setObjectName(u"language")

        self.controls_row.addWidget(self.language)

        self.language_gap = QSpacerItem(6, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.controls_row.addItem(self.language_gap)

        self.registers_label = QLabel(NoticeArea)
        self.registers_label.setObjectName(u"registers_label")

        self.controls_row.addWidget(self.registers_label)

        self.registers_button = QPushButton(NoticeArea)
        self.registers_button.setObjectName(u"registers_button")
        self.registers_button.setMinimumSize(QSize(60, 0))

        self.controls_row.addWidget(self.registers_button)

        self.registers_gap = QSpacerItem(6, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.controls_row.addItem(self.registers_gap)

        self.version_label = QLabel(NoticeArea)
        self.version_label.setObjectName(u"version_label")

        self.controls_row.addWidget(self.version_label)

        self.version = QComboBox(NoticeArea)
        self.version.setObjectName(u"version")
        self.version.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.version.setMinimumSize(QSize(80, 0))

        self.controls_row.addWidget(self.version)

        self.controls_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.controls_row.addItem(self.controls_spacer)


        self.area_layout.addLayout(self.controls_row)

        self.actions_row = QHBoxLayout()
        self.actions_row.setSpacing(6)
        self.actions_row.setObjectName(u"actions_row")
        self.refresh_button = QToolButton(NoticeArea)
        self.refresh_button.setObjectName(u"refresh_button")
        self.refresh_button.setMinimumSize(QSize(30, 0))

        self.actions_row.addWidget(self.refresh_button)

        self.print_button = QToolButton(NoticeArea)
        self.print_button.setObjectName(u"print_button")
        self.print_button.setMinimumSize(QSize(30, 0))

        self.actions_row.addWidget(self.print_button)

        self.save_button = QToolButton(NoticeArea)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setMinimumSize(QSize(30, 0))

        self.actions_row.addWidget(self.save_button)

        self.export_html_button = QToolButton(NoticeArea)
        self.export_html_button.setObjectName(u"export_html_button")
        self.export_html_button.setMinimumSize(QSize(30, 0))

        self.actions_row.addWidget(self.export_html_button)

        self.actions_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_row.addItem(self.actions_spacer)

        self.versions_button = QToolButton(NoticeArea)
        self.versions_button.setObjectName(u"versions_button")
        self.versions_button.setMinimumSize(QSize(30, 0))

        self.actions_row.addWidget(self.versions_button)

        self.publish_button = QToolButton(NoticeArea)
        self.publish_button.setObjectName(u"publish_button")
        self.publish_button.setMinimumSize(QSize(30, 0))

        self.actions_row.addWidget(self.publish_button)


        self.area_layout.addLayout(self.actions_row)

        self.warning_bar = QFrame(NoticeArea)
        self.warning_bar.setObjectName(u"warning_bar")
        self.warning_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.warning_layout = QHBoxLayout(self.warning_bar)
        self.warning_layout.setObjectName(u"warning_layout")
        self.warning_layout.setContentsMargins(10, 6, 10, 6)
        self.warning_text = QLabel(self.warning_bar)
        self.warning_text.setObjectName(u"warning_text")
        self.warning_text.setWordWrap(True)
        self.warning_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.warning_layout.addWidget(self.warning_text)


        self.area_layout.addWidget(self.warning_bar)

        self.preview = PdfView(NoticeArea)
        self.preview.setObjectName(u"preview")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.preview.sizePolicy().hasHeightForWidth())
        self.preview.setSizePolicy(sizePolicy)

        self.area_layout.addWidget(self.preview)

#if QT_CONFIG(shortcut)
        self.language_label.setBuddy(self.language)
        self.registers_label.setBuddy(self.registers_button)
        self.version_label.setBuddy(self.version)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.language, self.registers_button)
        QWidget.setTabOrder(self.registers_button, self.version)
        QWidget.setTabOrder(self.version, self.refresh_button)
        QWidget.setTabOrder(self.refresh_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.export_html_button)
        QWidget.setTabOrder(self.export_html_button, self.versions_button)
        QWidget.setTabOrder(self.versions_button, self.publish_button)

        self.retranslateUi(NoticeArea)

        QMetaObject.connectSlotsByName(NoticeArea)
    # setupUi

    def retranslateUi(self, NoticeArea):
        self.action_refresh.setText(_(u"&Refresh preview"))
        self.action_print.setText(_(u"&Print\u2026"))
        self.action_save_pdf.setText(_(u"&Save PDF\u2026"))
        self.action_export_html.setText(_(u"Export &HTML\u2026"))
        self.action_versions.setText(_(u"Ve&rsions\u2026"))
        self.action_publish.setText(_(u"P&ublish\u2026"))
        self.heading.setText(_(u"Privacy notice"))
        self.description.setText(_(u"The notice is built from the registers' texts. Preview, print or save it, and publish it when it is ready: a published version is kept unchanged, with its date and number."))
        self.language_label.setText(_(u"&Language:"))
        self.registers_label.setText(_(u"&Registers:"))
        self.version_label.setText(_(u"V&ersion:"))
        pass
    # retranslateUi

