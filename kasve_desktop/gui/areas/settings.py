"""Asetukset: the language, and facts about the open database (with an audit-chain check)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QWidget

from kasve_desktop import i18n
from kasve_desktop.gui.forms.ui_settings import Ui_SettingsArea
from kasve_desktop.gui.widgets import mute, show_path
from kasve_desktop.gui.worker import Job
from kasve_desktop.i18n import N_, _, display_number, ngettext
from kasve_desktop.services import listing
from kasve_desktop.services.database import Database
from kasve_desktop.services.listing import ChainCheck

OK_STYLE = "color: #1b6e3c;"
BROKEN_STYLE = "color: #b3261e; font-weight: bold;"


def chain_text(check: ChainCheck) -> str:
    if check.intact:
        return ngettext("Intact: {count} entry checked.", "Intact: {count} entries checked.",
                        check.entries).format(count=display_number(check.entries))
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
        self.ui.language.currentIndexChanged.connect(self._on_language_chosen)
        self.ui.verify_button.clicked.connect(self.verify)
        self.retranslate()

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

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        index = self.ui.language.findData(i18n.current_language())
        self.ui.language.blockSignals(True)
        self.ui.language.setCurrentIndex(index)
        self.ui.language.blockSignals(False)
        self._show_chain()

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

    @Slot(int)
    def _on_language_chosen(self, index: int) -> None:
        lang = self.ui.language.itemData(index)
        if lang and lang != i18n.current_language():
            self.language_requested.emit(lang)
