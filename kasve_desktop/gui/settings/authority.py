"""The supervisory authority's contact block in the settings, one language at a time.

The block of each language is edited in the same fields; switching the
language keeps the edits of the others. Save checks the three blocks at once
(``services.registers.authority.save_authority``); Restore defaults brings back the
details published on tietosuoja.fi.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QLineEdit

from kasve_desktop import i18n
from kasve_desktop.domain.notice import AuthorityContact
from kasve_desktop.domain.validation import InvalidValue, ValidationFailed
from kasve_desktop.gui.common.widgets import ERROR_STYLE, mute
from kasve_desktop.gui.forms.ui_settings import Ui_SettingsArea
from kasve_desktop.gui.registers.fields import mark_invalid
from kasve_desktop.i18n import _
from kasve_desktop.services.database import Database
from kasve_desktop.services.registers import authority

FIELDS = authority.AUTHORITY_FIELDS
SAVED_STYLE = "color: #1b6e3c;"


class AuthorityEditor(QObject):
    def __init__(self, ui: Ui_SettingsArea, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self._db: Database | None = None
        self.blocks: dict[str, AuthorityContact] = {}
        self._lang = i18n.LANGUAGES[0]
        for lang in i18n.LANGUAGES:
            ui.authority_language.addItem(i18n.LANGUAGE_NAMES[lang], lang)
        mute(ui.authority_hint)
        ui.authority_language.currentIndexChanged.connect(self._on_language_chosen)
        ui.authority_save.clicked.connect(self.save)
        ui.authority_restore.clicked.connect(self.restore_defaults)

    def set_database(self, db: Database | None) -> None:
        self._db = db
        self.blocks = authority.load_authority(db) if db is not None else {}
        self.ui.authority_group.setEnabled(db is not None)
        self._show_status("", "")
        self._show()

    def retranslate(self) -> None:
        self._keep_edits()
        self._show()

    def _edit_of(self, name: str) -> QLineEdit:
        edit = getattr(self.ui, f"authority_{name}")
        assert isinstance(edit, QLineEdit)
        return edit

    def _show(self) -> None:
        block = self.blocks.get(self._lang)
        for name in FIELDS:
            self._edit_of(name).setText(getattr(block, name) if block else "")
        self._clear_errors()

    def _keep_edits(self) -> None:
        if self._lang in self.blocks:
            self.blocks[self._lang] = AuthorityContact(
                **{name: self._edit_of(name).text() for name in FIELDS})

    @Slot()
    def save(self) -> None:
        if self._db is None:
            return
        self._keep_edits()
        try:
            authority.save_authority(self._db, self.blocks)
        except ValidationFailed as failure:
            self._show_errors(failure.errors)
            return
        self.blocks = authority.load_authority(self._db)
        self._show()
        self._show_status(_("Saved."), SAVED_STYLE)

    @Slot()
    def restore_defaults(self) -> None:
        if self._db is None:
            return
        self.blocks = authority.restore_authority_defaults(self._db)
        self._show()
        self._show_status(_("The published defaults are in use again."), SAVED_STYLE)

    def _show_errors(self, errors: dict[str, InvalidValue]) -> None:
        first = next(iter(errors)).partition(".")[0]
        if first != self._lang:
            self._set_language(first)
        self._clear_errors()
        for path, error in errors.items():
            lang, _sep, name = path.partition(".")
            if lang == self._lang:
                mark_invalid(self._edit_of(name), getattr(self.ui, f"authority_{name}_note"),
                             error.text())
        languages = ", ".join(sorted({path.partition(".")[0] for path in errors}))
        self._show_status(_("Nothing was saved: check the block in {languages}.").format(
            languages=languages), ERROR_STYLE)

    def _clear_errors(self) -> None:
        for name in FIELDS:
            mark_invalid(self._edit_of(name), getattr(self.ui, f"authority_{name}_note"), "")

    def _show_status(self, text: str, style: str) -> None:
        self.ui.authority_status.setStyleSheet(style)
        self.ui.authority_status.setText(text)

    def _set_language(self, lang: str) -> None:
        self.ui.authority_language.setCurrentIndex(self.ui.authority_language.findData(lang))

    @Slot(int)
    def _on_language_chosen(self, index: int) -> None:
        self._keep_edits()
        self._lang = str(self.ui.authority_language.itemData(index) or i18n.LANGUAGES[0])
        self._show()

