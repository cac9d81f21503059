# generated from ui/pdf_view.ui by tools/compile_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pdf_view.ui'
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
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QAbstractSpinBox, QApplication, QFrame, QHBoxLayout,
    QLabel, QSizePolicy, QSpacerItem, QSpinBox,
    QStackedWidget, QToolButton, QVBoxLayout, QWidget)

class Ui_PdfView(object):
    def setupUi(self, PdfView):
        if not PdfView.objectName():
            PdfView.setObjectName(u"PdfView")
        self.action_previous_page = QAction(PdfView)
        self.action_previous_page.setObjectName(u"action_previous_page")
#if QT_CONFIG(shortcut)
        self.action_previous_page.setShortcut(u"Ctrl+PgUp")
#endif // QT_CONFIG(shortcut)
        self.action_next_page = QAction(PdfView)
        self.action_next_page.setObjectName(u"action_next_page")
#if QT_CONFIG(shortcut)
        self.action_next_page.setShortcut(u"Ctrl+PgDown")
#endif // QT_CONFIG(shortcut)
        self.action_zoom_out = QAction(PdfView)
        self.action_zoom_out.setObjectName(u"action_zoom_out")
        self.action_zoom_out.setIconText(u"\u2212")
        self.action_zoom_in = QAction(PdfView)
        self.action_zoom_in.setObjectName(u"action_zoom_in")
        self.action_zoom_in.setIconText(u"+")
        self.action_fit_width = QAction(PdfView)
        self.action_fit_width.setObjectName(u"action_fit_width")
        self.action_fit_width.setCheckable(True)
#if QT_CONFIG(shortcut)
        self.action_fit_width.setShortcut(u"Ctrl+0")
#endif // QT_CONFIG(shortcut)
        self.view_layout = QVBoxLayout(PdfView)
        self.view_layout.setSpacing(0)
        self.view_layout.setObjectName(u"view_layout")
        self.view_layout.setContentsMargins(0, 0, 0, 0)
        self.tool_bar = QFrame(PdfView)
        self.tool_bar.setObjectName(u"tool_bar")
        self.tool_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.tool_bar_layout = QHBoxLayout(self.tool_bar)
        self.tool_bar_layout.setSpacing(4)
        self.tool_bar_layout.setObjectName(u"tool_bar_layout")
        self.tool_bar_layout.setContentsMargins(6, 3, 6, 3)
        self.previous_button = QToolButton(self.tool_bar)
        self.previous_button.setObjectName(u"previous_button")

        self.tool_bar_layout.addWidget(self.previous_button)

        self.page_label = QLabel(self.tool_bar)
        self.page_label.setObjectName(u"page_label")

        self.tool_bar_layout.addWidget(self.page_label)

        self.page_number = QSpinBox(self.tool_bar)
        self.page_number.setObjectName(u"page_number")
        self.page_number.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.page_number.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.page_number.setKeyboardTracking(False)
        self.page_number.setMinimum(1)

        self.tool_bar_layout.addWidget(self.page_number)

        self.page_count = QLabel(self.tool_bar)
        self.page_count.setObjectName(u"page_count")

        self.tool_bar_layout.addWidget(self.page_count)

        self.next_button = QToolButton(self.tool_bar)
        self.next_button.setObjectName(u"next_button")

        self.tool_bar_layout.addWidget(self.next_button)

        self.tool_bar_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tool_bar_layout.addItem(self.tool_bar_spacer)

        self.zoom_out_button = QToolButton(self.tool_bar)
        self.zoom_out_button.setObjectName(u"zoom_out_button")

        self.tool_bar_layout.addWidget(self.zoom_out_button)

        self.zoom_level = QLabel(self.tool_bar)
        self.zoom_level.setObjectName(u"zoom_level")
        self.zoom_level.setMinimumSize(QSize(48, 0))
        self.zoom_level.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.tool_bar_layout.addWidget(self.zoom_level)

        self.zoom_in_button = QToolButton(self.tool_bar)
        self.zoom_in_button.setObjectName(u"zoom_in_button")

        self.tool_bar_layout.addWidget(self.zoom_in_button)

        self.fit_width_button = QToolButton(self.tool_bar)
        self.fit_width_button.setObjectName(u"fit_width_button")
        self.fit_width_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.tool_bar_layout.addWidget(self.fit_width_button)


        self.view_layout.addWidget(self.tool_bar)

        self.pages = QStackedWidget(PdfView)
        self.pages.setObjectName(u"pages")
        self.view = QPdfView()
        self.view.setObjectName(u"view")
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.pages.addWidget(self.view)
        self.message_page = QWidget()
        self.message_page.setObjectName(u"message_page")
        self.message_layout = QVBoxLayout(self.message_page)
        self.message_layout.setObjectName(u"message_layout")
        self.message = QLabel(self.message_page)
        self.message.setObjectName(u"message")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)

        self.message_layout.addWidget(self.message)

        self.pages.addWidget(self.message_page)

        self.view_layout.addWidget(self.pages)

#if QT_CONFIG(shortcut)
        self.page_label.setBuddy(self.page_number)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PdfView)

        QMetaObject.connectSlotsByName(PdfView)
    # setupUi

    def retranslateUi(self, PdfView):
        self.action_previous_page.setText(_(u"Previous page"))
        self.action_next_page.setText(_(u"Next page"))
        self.action_zoom_out.setText(_(u"Zoom out"))
        self.action_zoom_in.setText(_(u"Zoom in"))
        self.action_fit_width.setText(_(u"Fit to width"))
        self.page_label.setText(_(u"&Page"))
        pass
    # retranslateUi

