# generated from ui/main_window.ui by tools/compile_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QListWidget,
    QListWidgetItem, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QStackedWidget, QStatusBar, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1320, 740)
        MainWindow.setWindowTitle(u"Kasve Desktop")
        self.action_lock = QAction(MainWindow)
        self.action_lock.setObjectName(u"action_lock")
#if QT_CONFIG(shortcut)
        self.action_lock.setShortcut(u"Ctrl+L")
#endif // QT_CONFIG(shortcut)
        self.action_quit = QAction(MainWindow)
        self.action_quit.setObjectName(u"action_quit")
#if QT_CONFIG(shortcut)
        self.action_quit.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.action_language_fi = QAction(MainWindow)
        self.action_language_fi.setObjectName(u"action_language_fi")
        self.action_language_fi.setCheckable(True)
        self.action_language_fi.setText(u"Suomi")
        self.action_language_sv = QAction(MainWindow)
        self.action_language_sv.setObjectName(u"action_language_sv")
        self.action_language_sv.setCheckable(True)
        self.action_language_sv.setText(u"Svenska")
        self.action_language_en = QAction(MainWindow)
        self.action_language_en.setObjectName(u"action_language_en")
        self.action_language_en.setCheckable(True)
        self.action_language_en.setText(u"English")
        self.action_about = QAction(MainWindow)
        self.action_about.setObjectName(u"action_about")
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.central_layout = QHBoxLayout(self.central)
        self.central_layout.setSpacing(0)
        self.central_layout.setObjectName(u"central_layout")
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.navigation = QListWidget(self.central)
        self.navigation.setObjectName(u"navigation")
        self.navigation.setMinimumSize(QSize(170, 0))
        self.navigation.setMaximumSize(QSize(210, 16777215))
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setSpacing(2)
        self.navigation.setUniformItemSizes(True)

        self.central_layout.addWidget(self.navigation)

        self.divider = QFrame(self.central)
        self.divider.setObjectName(u"divider")
        self.divider.setFrameShape(QFrame.Shape.VLine)
        self.divider.setFrameShadow(QFrame.Shadow.Sunken)

        self.central_layout.addWidget(self.divider)

        self.area_stack = QStackedWidget(self.central)
        self.area_stack.setObjectName(u"area_stack")

        self.central_layout.addWidget(self.area_stack)

        MainWindow.setCentralWidget(self.central)
        self.menu_bar = QMenuBar(MainWindow)
        self.menu_bar.setObjectName(u"menu_bar")
        self.menu_file = QMenu(self.menu_bar)
        self.menu_file.setObjectName(u"menu_file")
        self.menu_view = QMenu(self.menu_bar)
        self.menu_view.setObjectName(u"menu_view")
        self.menu_language = QMenu(self.menu_view)
        self.menu_language.setObjectName(u"menu_language")
        self.menu_help = QMenu(self.menu_bar)
        self.menu_help.setObjectName(u"menu_help")
        MainWindow.setMenuBar(self.menu_bar)
        self.status_bar = QStatusBar(MainWindow)
        self.status_bar.setObjectName(u"status_bar")
        MainWindow.setStatusBar(self.status_bar)

        self.menu_bar.addAction(self.menu_file.menuAction())
        self.menu_bar.addAction(self.menu_view.menuAction())
        self.menu_bar.addAction(self.menu_help.menuAction())
        self.menu_file.addAction(self.action_lock)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_quit)
        self.menu_view.addAction(self.menu_language.menuAction())
        self.menu_view.addSeparator()
        self.menu_language.addAction(self.action_language_fi)
        self.menu_language.addAction(self.action_language_sv)
        self.menu_language.addAction(self.action_language_en)
        self.menu_help.addAction(self.action_about)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        self.action_lock.setText(_(u"&Lock"))
#if QT_CONFIG(tooltip)
        self.action_lock.setToolTip(_(u"Close the database and ask for the passphrase again"))
#endif // QT_CONFIG(tooltip)
        self.action_quit.setText(_(u"&Quit"))
        self.action_about.setText(_(u"&About Kasve Desktop"))
#if QT_CONFIG(accessibility)
        self.navigation.setAccessibleName(_(u"Areas"))
#endif // QT_CONFIG(accessibility)
        self.menu_file.setTitle(_(u"&File"))
        self.menu_view.setTitle(_(u"&View"))
        self.menu_language.setTitle(_(u"&Language"))
        self.menu_help.setTitle(_(u"&Help"))
        pass
    # retranslateUi

