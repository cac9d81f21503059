# generated from ui/response_dialog.ui by tools/compile_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'response_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from kasve_desktop.gui.notice.pdf_view import PdfView

class Ui_ResponseDialog(object):
    def setupUi(self, ResponseDialog):
        if not ResponseDialog.objectName():
            ResponseDialog.setObjectName(u"ResponseDialog")
        ResponseDialog.resize(1060, 760)
        self.dialog_layout = QVBoxLayout(ResponseDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.dialog_layout.setContentsMargins(18, 16, 18, 14)
        self.heading = QLabel(ResponseDialog)
        self.heading.setObjectName(u"heading")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.heading.setFont(font)

        self.dialog_layout.addWidget(self.heading)

        self.explanation = QLabel(ResponseDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.dialog_layout.addWidget(self.explanation)

        self.body = QHBoxLayout()
        self.body.setSpacing(14)
        self.body.setObjectName(u"body")
        self.controls = QWidget(ResponseDialog)
        self.controls.setObjectName(u"controls")
        self.controls.setMinimumSize(QSize(300, 0))
        self.controls.setMaximumSize(QSize(360, 16777215))
        self.controls_layout = QVBoxLayout(self.controls)
        self.controls_layout.setSpacing(6)
        self.controls_layout.setObjectName(u"controls_layout")
        self.controls_layout.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setHorizontalSpacing(10)
        self.form.setVerticalSpacing(8)
        self.document_label = QLabel(self.controls)
        self.document_label.setObjectName(u"document_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.document_label)

        self.document = QComboBox(self.controls)
        self.document.setObjectName(u"document")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.document)

        self.kind_label = QLabel(self.controls)
        self.kind_label.setObjectName(u"kind_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind = QComboBox(self.controls)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind)

        self.language_label = QLabel(self.controls)
        self.language_label.setObjectName(u"language_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language = QComboBox(self.controls)
        self.language.setObjectName(u"language")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.language)


        self.controls_layout.addLayout(self.form)

        self.delivery_label = QLabel(self.controls)
        self.delivery_label.setObjectName(u"delivery_label")

        self.controls_layout.addWidget(self.delivery_label)

        self.delivery = QLabel(self.controls)
        self.delivery.setObjectName(u"delivery")
        self.delivery.setWordWrap(True)

        self.controls_layout.addWidget(self.delivery)

        self.paragraph_label = QLabel(self.controls)
        self.paragraph_label.setObjectName(u"paragraph_label")

        self.controls_layout.addWidget(self.paragraph_label)

        self.paragraph = QPlainTextEdit(self.controls)
        self.paragraph.setObjectName(u"paragraph")
        self.paragraph.setTabChangesFocus(True)
        self.paragraph.setMinimumSize(QSize(0, 64))
        self.paragraph.setMaximumSize(QSize(16777215, 120))

        self.controls_layout.addWidget(self.paragraph)

        self.paragraph_hint = QLabel(self.controls)
        self.paragraph_hint.setObjectName(u"paragraph_hint")
        self.paragraph_hint.setWordWrap(True)

        self.controls_layout.addWidget(self.paragraph_hint)

        self.build_row = QHBoxLayout()
        self.build_row.setObjectName(u"build_row")
        self.build_button = QPushButton(self.controls)
        self.build_button.setObjectName(u"build_button")
        self.build_button.setAutoDefault(False)

        self.build_row.addWidget(self.build_button)

        self.build_spacer = QSpacerItem(10, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.build_row.addItem(self.build_spacer)


        self.controls_layout.addLayout(self.build_row)

        self.state = QLabel(self.controls)
        self.state.setObjectName(u"state")
        self.state.setWordWrap(True)

        self.controls_layout.addWidget(self.state)

        self.error = QLabel(self.controls)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)

        self.controls_layout.addWidget(self.error)

        self.controls_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.controls_layout.addItem(self.controls_spacer)

        self.output_heading = QLabel(self.controls)
        self.output_heading.setObjectName(u"output_heading")
        font1 = QFont()
        font1.setBold(True)
        self.output_heading.setFont(font1)

        self.controls_layout.addWidget(self.output_heading)

        self.print_button = QPushButton(self.controls)
        self.print_button.setObjectName(u"print_button")
        self.print_button.setAutoDefault(False)

        self.controls_layout.addWidget(self.print_button)

        self.save_button = QPushButton(self.controls)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(False)

        self.controls_layout.addWidget(self.save_button)

        self.encrypt_button = QPushButton(self.controls)
        self.encrypt_button.setObjectName(u"encrypt_button")
        self.encrypt_button.setAutoDefault(False)

        self.controls_layout.addWidget(self.encrypt_button)

        self.record_heading = QLabel(self.controls)
        self.record_heading.setObjectName(u"record_heading")
        self.record_heading.setFont(font1)

        self.controls_layout.addWidget(self.record_heading)

        self.store_button = QPushButton(self.controls)
        self.store_button.setObjectName(u"store_button")
        self.store_button.setAutoDefault(False)

        self.controls_layout.addWidget(self.store_button)

        self.sent_button = QPushButton(self.controls)
        self.sent_button.setObjectName(u"sent_button")
        self.sent_button.setAutoDefault(False)

        self.controls_layout.addWidget(self.sent_button)


        self.body.addWidget(self.controls)

        self.preview = PdfView(ResponseDialog)
        self.preview.setObjectName(u"preview")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.preview.sizePolicy().hasHeightForWidth())
        self.preview.setSizePolicy(sizePolicy)

        self.body.addWidget(self.preview)

        self.body.setStretch(1, 1)

        self.dialog_layout.addLayout(self.body)

        self.buttons = QDialogButtonBox(ResponseDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.document_label.setBuddy(self.document)
        self.kind_label.setBuddy(self.kind)
        self.language_label.setBuddy(self.language)
        self.paragraph_label.setBuddy(self.paragraph)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.document, self.kind)
        QWidget.setTabOrder(self.kind, self.language)
        QWidget.setTabOrder(self.language, self.paragraph)
        QWidget.setTabOrder(self.paragraph, self.build_button)
        QWidget.setTabOrder(self.build_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.encrypt_button)
        QWidget.setTabOrder(self.encrypt_button, self.store_button)
        QWidget.setTabOrder(self.store_button, self.sent_button)

        self.retranslateUi(ResponseDialog)

        QMetaObject.connectSlotsByName(ResponseDialog)
    # setupUi

    def retranslateUi(self, ResponseDialog):
        ResponseDialog.setWindowTitle(_(u"Response letter"))
        self.document_label.setText(_(u"&Letter:"))
        self.kind_label.setText(_(u"&Kind:"))
        self.language_label.setText(_(u"Lan&guage:"))
        self.delivery_label.setText(_(u"Delivery:"))
        self.paragraph_label.setText(_(u"Personal pa&ragraph (optional):"))
        self.paragraph.setPlaceholderText(_(u"A sentence of your own, printed in this letter only"))
        self.build_button.setText(_(u"&Build the letter"))
        self.output_heading.setText(_(u"Print or save"))
        self.print_button.setText(_(u"&Print\u2026"))
        self.save_button.setText(_(u"&Save PDF\u2026"))
        self.encrypt_button.setText(_(u"Save &encrypted PDF\u2026"))
#if QT_CONFIG(tooltip)
        self.encrypt_button.setToolTip(_(u"AES-256 encrypted PDF for e-mail; the password is shown once"))
#endif // QT_CONFIG(tooltip)
        self.record_heading.setText(_(u"Keep with the request"))
        self.store_button.setText(_(u"S&tore as draft"))
        self.sent_button.setText(_(u"&Mark as sent\u2026"))
    # retranslateUi

