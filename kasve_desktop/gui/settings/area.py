"""Asetukset: the language, the deadline and reminder settings, letters and window
envelopes (the recipient block's offset, the calibration page, the letter templates),
the supervisory authority's contact block, the backups (``gui.safety.backup_settings``,
added by the window) and facts about the open database (with an audit-chain check)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from kasve_desktop import i18n
from kasve_desktop.domain.deadlines import DEFAULT_TARGET_MARGIN
from kasve_desktop.gui.common.widgets import mute, show_path
from kasve_desktop.gui.common.worker import Job
from kasve_desktop.gui.forms.ui_settings import Ui_SettingsArea
from kasve_desktop.gui.settings.authority import AuthorityEditor
from kasve_desktop.gui.settings.letters import LetterSettings
from kasve_desktop.i18n import N_, _, display_number, ngettext
from kasve_desktop.services import listing
from kasve_desktop.services.audit_chain import chain_problem
from kasve_desktop.services.database import Database
from kasve_desktop.services.listing import ChainCheck
from kasve_desktop.services.requests import reminders

OK_STYLE = "color: #1b6e3c;"
BROKEN_STYLE = "color: #b3261e; font-weight: bold;"


def chain_text(check: ChainCheck) -> str:
    if check.intact:
        return ngettext("Intact: {count} entry checked.", "Intact: {count} entries checked.",
                        check.entries).format(count=display_number(check.entries))
    if check.first_broken_id is None:
        return chain_problem(check) or ""
    return _("Broken at entry {id}: the log has been altered or entries removed."
             ).format(id=check.first_broken_id)


class SettingsArea(QWidget):
    title = N_("Settings")
    icon_name = "settings"

    language_requested = Signal(str)
    """The user chose another language in the combo box."""

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsArea()
        self.ui.setupUi(self)
        self._db: Database | None = None
        self._check: ChainCheck | None = None
        self._job: Job | None = None
        for lang in i18n.LANGUAGES:
            self.ui.language.addItem(i18n.LANGUAGE_NAMES[lang], lang)
        mute(self.ui.description)
        mute(self.ui.language_hint)
        mute(self.ui.reminders_hint)
        self.ui.language.currentIndexChanged.connect(self._on_language_chosen)
        self.ui.verify_button.clicked.connect(self.verify)
        self.ui.identity_days.valueChanged.connect(self._on_identity_days)
        self.ui.target_margin.valueChanged.connect(self._on_target_margin)
        self.authority = AuthorityEditor(self.ui, self)
        self.letters = LetterSettings(self.ui, today, self)
        self._make_scrollable()
        self.retranslate()

    def _make_scrollable(self) -> None:
        """The groups in a scroll area, so that a small window still shows them all."""
        layout = self.ui.area_layout
        inner = QWidget(self)
        inner.setObjectName("groups")
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 0, 0)
        for group in (self.ui.language_group, self.ui.reminders_group, self.ui.letters_group,
                      self.ui.authority_group, self.ui.database_group):
            layout.removeWidget(group)
            column.addWidget(group)
        column.addStretch(1)
        self._column = column
        layout.removeItem(self.ui.bottom_spacer)
        scroll = QScrollArea(self)
        scroll.setObjectName("scroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout.addWidget(scroll, 1)

    def add_section(self, section: QWidget) -> None:
        """A group made elsewhere (the backups'), placed before the database's facts."""
        self._column.insertWidget(self._column.indexOf(self.ui.database_group), section)

    def set_database(self, db: Database | None) -> None:
        self._db, self._check, self._job = db, None, None
        info = listing.database_info(db) if db is not None else None
        if info is None:
            for label in (self.ui.database_path, self.ui.schema_revision,
                          self.ui.cipher_version):
                label.clear()
        else:
            show_path(self.ui.database_path, info.path, width=520)
            self.ui.schema_revision.setText(info.schema_revision)
            self.ui.cipher_version.setText(info.cipher_version)
        self._show_chain()
        self._show_deadline_settings()
        self.authority.set_database(db)
        self.letters.set_database(db)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        index = self.ui.language.findData(i18n.current_language())
        self.ui.language.blockSignals(True)
        self.ui.language.setCurrentIndex(index)
        self.ui.language.blockSignals(False)
        self._show_chain()
        self._update_suffixes()
        if hasattr(self, "authority"):
            self.authority.retranslate()
        if hasattr(self, "letters"):
            self.letters.retranslate()

    @Slot()
    def verify(self) -> None:
        """Recompute the audit chain in a worker thread."""
        if self._db is None or self._job is not None:
            return
        db = self._db
        self._job = Job(lambda: listing.verify_audit_chain(db))
        self._job.succeeded.connect(self._on_verified)
        self._job.failed.connect(self._on_verify_failed)
        self._show_chain()
        self._job.start()

    @property
    def chain_check(self) -> ChainCheck | None:
        return self._check

    def _show_chain(self) -> None:
        label = self.ui.audit_status
        self.ui.verify_button.setEnabled(self._db is not None and self._job is None)
        if self._job is not None:
            label.setStyleSheet("")
            label.setText(_("Verifying…"))
        elif self._check is None:
            label.setStyleSheet("")
            label.setText(_("Not verified in this session."))
        else:
            label.setStyleSheet(OK_STYLE if self._check.intact else BROKEN_STYLE)
            label.setText(chain_text(self._check))

    @Slot(object)
    def _on_verified(self, check: ChainCheck) -> None:
        if self.sender() is not self._job:  # the database was locked meanwhile
            return
        self._check, self._job = check, None
        self._show_chain()

    @Slot(object)
    def _on_verify_failed(self, error: BaseException) -> None:
        if self.sender() is not self._job:
            return
        self._job = None
        self._show_chain()
        raise error

    # --- deadlines and reminders ------------------------------------------------------

    def _show_deadline_settings(self) -> None:
        """The stored values (the defaults without a database), without saving them back."""
        db = self._db
        values = ((reminders.identity_days(db), reminders.target_margin(db)) if db is not None
                  else (reminders.DEFAULT_IDENTITY_DAYS, DEFAULT_TARGET_MARGIN))
        for box, value in zip((self.ui.identity_days, self.ui.target_margin), values,
                              strict=True):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
        self.ui.reminders_group.setEnabled(db is not None)
        self._update_suffixes()

    def _update_suffixes(self) -> None:
        """`` päivää`` or `` päivä`` after the number, as the number asks."""
        days, margin = self.ui.identity_days, self.ui.target_margin
        days.setSuffix(ngettext(" day", " days", days.value()))
        margin.setSuffix(ngettext(" working day", " working days", margin.value()))

    @Slot(int)
    def _on_identity_days(self, value: int) -> None:
        if self._db is not None:
            reminders.set_identity_days(self._db, value)
        self._update_suffixes()

    @Slot(int)
    def _on_target_margin(self, value: int) -> None:
        if self._db is not None:
            reminders.set_target_margin(self._db, value)
        self._update_suffixes()

    @Slot(int)
    def _on_language_chosen(self, index: int) -> None:
        lang = self.ui.language.itemData(index)
        if lang and lang != i18n.current_language():
            self.language_requested.emit(lang)
