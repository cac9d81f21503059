# generated from ui/letter_templates_dialog.ui by tools/compile_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'letter_templates_dialog.ui'
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
    QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_LetterTemplatesDialog(object):
    def setupUi(self, LetterTemplatesDialog):
        if not LetterTemplatesDialog.objectName():
            LetterTemplatesDialog.setObjectName(u"LetterTemplatesDialog")
        LetterTemplatesDialog.resize(980, 680)
        LetterTemplatesDialog.setMinimumSize(QSize(760, 520))
        self.dialog_layout = QVBoxLayout(LetterTemplatesDialog)
        self.dialog_layout.setSpacing(8)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.dialog_layout.setContentsMargins(20, 16, 20, 14)
        self.heading = QLabel(LetterTemplatesDialog)
        self.heading.setObjectName(u"heading")
        font = QFont()
        font.setPointSize(15)
        font.setBold(True)
        self.heading.setFont(font)

        self.dialog_layout.addWidget(self.heading)

        self.intro = QLabel(LetterTemplatesDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro)

        self.choice_row = QHBoxLayout()
        self.choice_row.setSpacing(8)
        self.choice_row.setObjectName(u"choice_row")
        self.letter_label = QLabel(LetterTemplatesDialog)
        self.letter_label.setObjectName(u"letter_label")

        self.choice_row.addWidget(self.letter_label)

        self.letter = QComboBox(LetterTemplatesDialog)
        self.letter.setObjectName(u"letter")
        self.letter.setMinimumSize(QSize(320, 0))
        self.letter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.choice_row.addWidget(self.letter)

        self.choice_gap = QSpacerItem(16, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.choice_row.addItem(self.choice_gap)

        self.language_label = QLabel(LetterTemplatesDialog)
        self.language_label.setObjectName(u"language_label")

        self.choice_row.addWidget(self.language_label)

        self.language = QComboBox(LetterTemplatesDialog)
        self.language.setObjectName(u"language")
        self.language.setMinimumSize(QSize(130, 0))

        self.choice_row.addWidget(self.language)

        self.choice_gap_2 = QSpacerItem(16, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.choice_row.addItem(self.choice_gap_2)

        self.state = QLabel(LetterTemplatesDialog)
        self.state.setObjectName(u"state")

        self.choice_row.addWidget(self.state)

        self.choice_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.choice_row.addItem(self.choice_spacer)


        self.dialog_layout.addLayout(self.choice_row)

        self.editor_row = QHBoxLayout()
        self.editor_row.setSpacing(14)
        self.editor_row.setObjectName(u"editor_row")
        self.editor_grid = QGridLayout()
        self.editor_grid.setObjectName(u"editor_grid")
        self.editor_grid.setHorizontalSpacing(12)
        self.editor_grid.setVerticalSpacing(6)
        self.document_type_label = QLabel(LetterTemplatesDialog)
        self.document_type_label.setObjectName(u"document_type_label")

        self.editor_grid.addWidget(self.document_type_label, 0, 0, 1, 1)

        self.document_type = QLineEdit(LetterTemplatesDialog)
        self.document_type.setObjectName(u"document_type")

        self.editor_grid.addWidget(self.document_type, 0, 1, 1, 1)

        self.subject_label = QLabel(LetterTemplatesDialog)
        self.subject_label.setObjectName(u"subject_label")

        self.editor_grid.addWidget(self.subject_label, 1, 0, 1, 1)

        self.subject = QLineEdit(LetterTemplatesDialog)
        self.subject.setObjectName(u"subject")

        self.editor_grid.addWidget(self.subject, 1, 1, 1, 1)

        self.paragraphs_label = QLabel(LetterTemplatesDialog)
        self.paragraphs_label.setObjectName(u"paragraphs_label")

        self.editor_grid.addWidget(self.paragraphs_label, 2, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.paragraphs = QPlainTextEdit(LetterTemplatesDialog)
        self.paragraphs.setObjectName(u"paragraphs")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.paragraphs.sizePolicy().hasHeightForWidth())
        self.paragraphs.setSizePolicy(sizePolicy)
        self.paragraphs.setTabChangesFocus(True)

        self.editor_grid.addWidget(self.paragraphs, 2, 1, 1, 1)

        self.message = QLabel(LetterTemplatesDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.editor_grid.addWidget(self.message, 3, 1, 1, 1)

        self.paragraphs_hint = QLabel(LetterTemplatesDialog)
        self.paragraphs_hint.setObjectName(u"paragraphs_hint")
        self.paragraphs_hint.setWordWrap(True)

        self.editor_grid.addWidget(self.paragraphs_hint, 4, 1, 1, 1)

        self.editor_grid.setRowStretch(2, 1)
        self.editor_grid.setColumnStretch(1, 1)

        self.editor_row.addLayout(self.editor_grid)

        self.placeholder_column = QVBoxLayout()
        self.placeholder_column.setSpacing(4)
        self.placeholder_column.setObjectName(u"placeholder_column")
        self.placeholders_label = QLabel(LetterTemplatesDialog)
        self.placeholders_label.setObjectName(u"placeholders_label")

        self.placeholder_column.addWidget(self.placeholders_label)

        self.placeholders = QListWidget(LetterTemplatesDialog)
        self.placeholders.setObjectName(u"placeholders")
        self.placeholders.setMinimumSize(QSize(300, 0))
        self.placeholders.setMaximumSize(QSize(380, 16777215))
        self.placeholders.setWordWrap(True)
        self.placeholders.setAlternatingRowColors(True)

        self.placeholder_column.addWidget(self.placeholders)

        self.placeholders_hint = QLabel(LetterTemplatesDialog)
        self.placeholders_hint.setObjectName(u"placeholders_hint")
        self.placeholders_hint.setMaximumSize(QSize(380, 16777215))
        self.placeholders_hint.setWordWrap(True)

        self.placeholder_column.addWidget(self.placeholders_hint)


        self.editor_row.addLayout(self.placeholder_column)


        self.dialog_layout.addLayout(self.editor_row)

        self.buttons = QDialogButtonBox(LetterTemplatesDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.letter_label.setBuddy(self.letter)
        self.language_label.setBuddy(self.language)
        self.document_type_label.setBuddy(self.document_type)
        self.subject_label.setBuddy(self.subject)
        self.paragraphs_label.setBuddy(self.paragraphs)
        self.placeholders_label.setBuddy(self.placeholders)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.letter, self.language)
        QWidget.setTabOrder(self.language, self.document_type)
        QWidget.setTabOrder(self.document_type, self.subject)
        QWidget.setTabOrder(self.subject, self.paragraphs)
        QWidget.setTabOrder(self.paragraphs, self.placeholders)

        self.retranslateUi(LetterTemplatesDialog)

        QMetaObject.connectSlotsByName(LetterTemplatesDialog)
    # setupUi

    def retranslateUi(self, LetterTemplatesDialog):
        LetterTemplatesDialog.setWindowTitle(_(u"Letter templates"))
        self.heading.setText(_(u"Letter templates"))
        self.intro.setText(_(u"The wording of the response letters, in each language. The placeholders in braces, such as {name}, are filled in from the request when a letter is written; a letter is printed in the person's language."))
        self.letter_label.setText(_(u"&Letter:"))
        self.language_label.setText(_(u"La&nguage:"))
        self.document_type_label.setText(_(u"&Document type:"))
#if QT_CONFIG(tooltip)
        self.document_type.setToolTip(_(u"Printed in capitals at the top right of the first page"))
#endif // QT_CONFIG(tooltip)
        self.subject_label.setText(_(u"&Subject:"))
        self.paragraphs_label.setText(_(u"&Paragraphs:"))
        self.paragraphs_hint.setText(_(u"Separate the paragraphs with a blank line. The greeting, the contact sentence and the signature are added to every letter."))
        self.placeholders_label.setText(_(u"Available p&laceholders:"))
        self.placeholders_hint.setText(_(u"Required ones (in bold) must stay in the letter. Double-click a placeholder to insert it at the cursor."))
    # retranslateUi

