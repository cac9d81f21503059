# generated from ui/inbox_toolbar.ui by tools/compile_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'inbox_toolbar.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLineEdit,
    QPushButton, QSizePolicy, QWidget)

class Ui_InboxToolbar(object):
    def setupUi(self, InboxToolbar):
        if not InboxToolbar.objectName():
            InboxToolbar.setObjectName(u"InboxToolbar")
        self.toolbar_layout = QHBoxLayout(InboxToolbar)
        self.toolbar_layout.setSpacing(8)
        self.toolbar_layout.setObjectName(u"toolbar_layout")
        self.toolbar_layout.setContentsMargins(0, 4, 0, 0)
        self.search = QLineEdit(InboxToolbar)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.toolbar_layout.addWidget(self.search)

        self.scope = QComboBox(InboxToolbar)
        self.scope.setObjectName(u"scope")
        self.scope.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.scope.setMinimumSize(QSize(90, 0))

        self.toolbar_layout.addWidget(self.scope)

        self.type_filter = QComboBox(InboxToolbar)
        self.type_filter.setObjectName(u"type_filter")
        self.type_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.type_filter.setMinimumSize(QSize(90, 0))

        self.toolbar_layout.addWidget(self.type_filter)

        self.status_filter = QComboBox(InboxToolbar)
        self.status_filter.setObjectName(u"status_filter")
        self.status_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_filter.setMinimumSize(QSize(90, 0))

        self.toolbar_layout.addWidget(self.status_filter)

        self.new_button = QPushButton(InboxToolbar)
        self.new_button.setObjectName(u"new_button")
        self.new_button.setAutoDefault(False)

        self.toolbar_layout.addWidget(self.new_button)


        self.retranslateUi(InboxToolbar)

        QMetaObject.connectSlotsByName(InboxToolbar)
    # setupUi

    def retranslateUi(self, InboxToolbar):
        self.search.setPlaceholderText(_(u"Search reference, name, contact details, description\u2026"))
#if QT_CONFIG(tooltip)
        self.scope.setToolTip(_(u"Which requests to show"))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.scope.setAccessibleName(_(u"Which requests to show"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.type_filter.setToolTip(_(u"Request type"))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.type_filter.setAccessibleName(_(u"Request type"))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.status_filter.setToolTip(_(u"Status"))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.status_filter.setAccessibleName(_(u"Status"))
#endif // QT_CONFIG(accessibility)
        self.new_button.setText(_(u"&New request\u2026"))
        pass
    # retranslateUi

