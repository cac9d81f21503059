# generated from ui/settings.ui by tools/compile_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_SettingsArea(object):
    def setupUi(self, SettingsArea):
        if not SettingsArea.objectName():
            SettingsArea.setObjectName(u"SettingsArea")
        self.area_layout = QVBoxLayout(SettingsArea)
        self.area_layout.setSpacing(6)
        self.area_layout.setObjectName(u"area_layout")
        self.area_layout.setContentsMargins(18, 14, 18, 10)
        self.heading = QLabel(SettingsArea)
        self.heading.setObjectName(u"heading")
        font = QFont()
        font.setPointSize(15)
        font.setBold(True)
        self.heading.setFont(font)

        self.area_layout.addWidget(self.heading)

        self.description = QLabel(SettingsArea)
        self.description.setObjectName(u"description")
        self.description.setWordWrap(True)

        self.area_layout.addWidget(self.description)

        self.language_group = QGroupBox(SettingsArea)
        self.language_group.setObjectName(u"language_group")
        self.language_form = QFormLayout(self.language_group)
        self.language_form.setObjectName(u"language_form")
        self.language_label = QLabel(self.language_group)
        self.language_label.setObjectName(u"language_label")

        self.language_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language = QComboBox(self.language_group)
        self.language.setObjectName(u"language")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.language.sizePolicy().hasHeightForWidth())
        self.language.setSizePolicy(sizePolicy)
        self.language.setMinimumSize(QSize(160, 0))

        self.language_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.language)

        self.language_hint = QLabel(self.language_group)
        self.language_hint.setObjectName(u"language_hint")
        self.language_hint.setWordWrap(True)

        self.language_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.language_hint)


        self.area_layout.addWidget(self.language_group)

        self.database_group = QGroupBox(SettingsArea)
        self.database_group.setObjectName(u"database_group")
        self.database_form = QFormLayout(self.database_group)
        self.database_form.setObjectName(u"database_form")
        self.database_path_label = QLabel(self.database_group)
        self.database_path_label.setObjectName(u"database_path_label")

        self.database_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.database_path_label)

        self.database_path = QLabel(self.database_group)
        self.database_path.setObjectName(u"database_path")
        self.database_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.database_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.database_path)

        self.schema_revision_label = QLabel(self.database_group)
        self.schema_revision_label.setObjectName(u"schema_revision_label")

        self.database_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.schema_revision_label)

        self.schema_revision = QLabel(self.database_group)
        self.schema_revision.setObjectName(u"schema_revision")
        self.schema_revision.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.database_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.schema_revision)

        self.cipher_version_label = QLabel(self.database_group)
        self.cipher_version_label.setObjectName(u"cipher_version_label")

        self.database_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.cipher_version_label)

        self.cipher_version = QLabel(self.database_group)
        self.cipher_version.setObjectName(u"cipher_version")
        self.cipher_version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.database_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.cipher_version)

        self.audit_label = QLabel(self.database_group)
        self.audit_label.setObjectName(u"audit_label")

        self.database_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.audit_label)

        self.audit_row = QHBoxLayout()
        self.audit_row.setObjectName(u"audit_row")
        self.audit_status = QLabel(self.database_group)
        self.audit_status.setObjectName(u"audit_status")

        self.audit_row.addWidget(self.audit_status)

        self.verify_button = QPushButton(self.database_group)
        self.verify_button.setObjectName(u"verify_button")

        self.audit_row.addWidget(self.verify_button)

        self.audit_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.audit_row.addItem(self.audit_spacer)


        self.database_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.audit_row)


        self.area_layout.addWidget(self.database_group)

        self.bottom_spacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.area_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.language_label.setBuddy(self.language)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsArea)

        QMetaObject.connectSlotsByName(SettingsArea)
    # setupUi

    def retranslateUi(self, SettingsArea):
        self.heading.setText(_(u"Settings"))
        self.description.setText(_(u"The language of the application, and facts about the open database."))
        self.language_group.setTitle(_(u"Language"))
        self.language_label.setText(_(u"&Language of the application:"))
        self.language_hint.setText(_(u"The change takes effect at once and is remembered on this computer."))
        self.database_group.setTitle(_(u"Database"))
        self.database_path_label.setText(_(u"File:"))
        self.schema_revision_label.setText(_(u"Schema revision:"))
        self.cipher_version_label.setText(_(u"SQLCipher version:"))
        self.audit_label.setText(_(u"Audit log:"))
        self.verify_button.setText(_(u"&Verify"))
#if QT_CONFIG(tooltip)
        self.verify_button.setToolTip(_(u"Recompute the hash chain of the audit log to find altered or removed entries"))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

