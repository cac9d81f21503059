"""The form of one register: every section of its notice, texts per language, lists in place.

The form holds the register as loaded and compares the widgets' state with it
to know whether there are unsaved changes. Saving goes through
``services.registers.save_register``: an invalid value is marked at its field
(red border, the reason under it), its tab gets a warning icon, and nothing is
saved. ``confirm_leave`` asks Save / Discard / Cancel before the register is
left with unsaved changes.
"""

from __future__ import annotations

import dataclasses
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QStyle, QWidget

from kasve_desktop import i18n
from kasve_desktop.domain.notice import REGISTER_TEXT_FIELDS, ItemFacts, RegisterFacts
from kasve_desktop.domain.retention import RetentionAnchor
from kasve_desktop.domain.validation import InvalidValue, ValidationFailed
from kasve_desktop.domain.vocabulary import RegisterItemKind
from kasve_desktop.gui.common.widgets import ERROR_STYLE, HINT_STYLE, UnsavedChangesGuard, mute
from kasve_desktop.gui.forms.ui_register_form import Ui_RegisterForm
from kasve_desktop.gui.registers.columns import ITEM_COLUMNS, LIST_KINDS, new_item
from kasve_desktop.gui.registers.fields import TranslatedText, mark_invalid
from kasve_desktop.gui.registers.list_editor import ItemListEditor
from kasve_desktop.i18n import N_, _, ngettext
from kasve_desktop.services.database import Database
from kasve_desktop.services.registers import registers

TEXT_FIELDS = tuple(name for name in REGISTER_TEXT_FIELDS if name != "legal_hold_text")
ANCHORS = ((RetentionAnchor.LAST_NEEDED.value, N_("the day the data was last needed")),
           (RetentionAnchor.COLLECTED.value, N_("the day the data was collected")))
SAVED_STYLE = "color: #1b6e3c;"


class RegisterForm(UnsavedChangesGuard, QWidget):
    edited = Signal()
    """The user changed something (not yet saved)."""
    saved = Signal(str)
    """The register with this key was saved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RegisterForm()
        self.ui.setupUi(self)
        self._db: Database | None = None
        self._loaded: RegisterFacts | None = None
        self._baseline: RegisterFacts | None = None
        self._loading = False
        self.question: QMessageBox | None = None
        self.texts = {name: TranslatedText(getattr(self.ui, name),
                                           getattr(self.ui, f"{name}_note"), self)
                      for name in TEXT_FIELDS}
        self.lists: dict[str, ItemListEditor] = {
            kind: getattr(self.ui, name) for name, kind in LIST_KINDS.items()}
        self._set_up()
        self._connect()
        self.retranslate()
        self.show_register(None)

    def _set_up(self) -> None:
        for kind, editor in self.lists.items():
            editor.configure(ITEM_COLUMNS[kind], partial(new_item, kind))
        for lang in i18n.LANGUAGES:
            self.ui.language.addItem(i18n.LANGUAGE_NAMES[lang], lang)
        for hint in (self.ui.purposes_hint, self.ui.data_hint, self.ui.recipients_hint,
                     self.ui.retention_hint, self.ui.register_key, self.ui.translation_status):
            mute(hint)
        self.ui.save_button.setDefault(False)

    def _connect(self) -> None:
        for field in self.texts.values():
            field.edited.connect(self._on_edited)
        for editor in self.lists.values():
            editor.changed.connect(self._on_edited)
        self.ui.retention_months.valueChanged.connect(self._on_edited)
        self.ui.retention_anchor.currentIndexChanged.connect(self._on_edited)
        self.ui.automated_decisions.toggled.connect(self._on_edited)
        self.ui.language.currentIndexChanged.connect(self._on_language_chosen)
        self.ui.save_button.clicked.connect(self.save)
        self.ui.revert_button.clicked.connect(self.revert)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)

    # --- what the area calls ----------------------------------------------------------

    def set_database(self, db: Database | None) -> None:
        self._db = db
        self.show_register(None)

    @property
    def key(self) -> str | None:
        return self._loaded.key if self._loaded is not None else None

    @property
    def dirty(self) -> bool:
        current = self.current_data()
        return current is not None and current != self._baseline

    def load(self, key: str) -> None:
        """Show the register ``key`` as stored."""
        assert self._db is not None
        self.show_register(registers.load_register(self._db, key))

    def show_register(self, data: RegisterFacts | None) -> None:
        self._loaded = data
        self._loading = True
        try:
            self._fill(data or RegisterFacts(key=""))
        finally:
            self._loading = False
        self._baseline = self.current_data()
        self.ui.tabs.setEnabled(data is not None)
        self.ui.save_button.setEnabled(data is not None)
        self.ui.revert_button.setEnabled(data is not None)
        self._clear_errors()
        self._show_title()
        self._show_translation_status()

    def restore_draft(self, data: RegisterFacts) -> None:
        """Show ``data`` (typed before an auto-lock) over the register loaded, unsaved."""
        self._loading = True
        try:
            self._fill(data)
        finally:
            self._loading = False
        self._show_title()
        self._show_translation_status()

    def current_data(self) -> RegisterFacts | None:
        """The register as the form shows it now, saved or not."""
        if self._loaded is None:
            return None
        # Keyword arguments by field name (all Texts): mypy cannot match dynamic keys
        # to replace()'s parameters, so the values are typed Any.
        texts: dict[str, Any] = {name: field.texts() for name, field in self.texts.items()}
        months = self.ui.retention_months.value()
        return dataclasses.replace(
            self._loaded, items=self._items(), retention_months=months or None,
            retention_anchor=str(self.ui.retention_anchor.currentData()
                                 or RetentionAnchor.LAST_NEEDED.value),
            automated_decisions=self.ui.automated_decisions.isChecked(), **texts)

    @Slot()
    def save(self) -> bool:
        """Save the register; False (and the errors at their fields) when refused."""
        data = self.current_data()
        if data is None or self._db is None:
            return False
        try:
            stored = registers.save_register(self._db, data)
        except ValidationFailed as failure:
            self.show_errors(failure.errors)
            return False
        self.show_register(stored)
        self._set_status(_("Saved."), SAVED_STYLE)
        self.saved.emit(stored.key)
        return True

    def apply_fix(self, data: RegisterFacts) -> None:
        """Show corrected facts as unsaved edits: Save keeps them, Revert takes them back."""
        if self._loaded is None or data.key != self._loaded.key:
            return
        self._loading = True
        try:
            self._fill(data)
        finally:
            self._loading = False
        self._show_translation_status()
        self.edited.emit()

    @Slot()
    def revert(self) -> None:
        self.show_register(self._loaded)
        self.edited.emit()

    def show_errors(self, errors: dict[str, InvalidValue]) -> None:
        self._clear_errors()
        by_list: dict[str, dict[tuple[int, str], str]] = {}
        widgets: list[QWidget] = []
        for path, error in errors.items():
            widget = self._show_error(path, error.text(), by_list)
            if widget is not None:
                widgets.append(widget)
        for kind, list_errors in by_list.items():
            self.lists[kind].show_errors(list_errors)
        self._mark_tabs(widgets)
        self._set_status(ngettext("Nothing was saved: {count} field needs attention.",
                                  "Nothing was saved: {count} fields need attention.",
                                  len(errors)).format(count=len(errors)), ERROR_STYLE)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        anchor = self.ui.retention_anchor.currentData()
        self.ui.retention_anchor.blockSignals(True)
        self.ui.retention_anchor.clear()
        for value, label in ANCHORS:
            self.ui.retention_anchor.addItem(_(label), value)
        self.ui.retention_anchor.setCurrentIndex(max(0, self.ui.retention_anchor.findData(anchor)))
        self.ui.retention_anchor.blockSignals(False)
        for editor in self.lists.values():
            editor.retranslate()
        for field in self.texts.values():
            field.set_language(field.lang)
        self._show_title()
        self._show_translation_status()

    # --- internals -----------------------------------------------------------------

    def _fill(self, data: RegisterFacts) -> None:
        for name, field in self.texts.items():
            field.set_texts(getattr(data, name))
        for kind, editor in self.lists.items():
            editor.set_rows([dataclasses.replace(i) for i in data.items_of(kind)])
        self.ui.retention_months.setValue(data.retention_months or 0)
        anchor = self.ui.retention_anchor.findData(data.retention_anchor)
        self.ui.retention_anchor.setCurrentIndex(max(0, anchor))
        self.ui.automated_decisions.setChecked(data.automated_decisions)

    def _items(self) -> list[ItemFacts]:
        assert self._loaded is not None
        items: list[ItemFacts] = []
        for kind in RegisterItemKind:
            if kind in self.lists:
                items.extend(dataclasses.replace(i) for i in self.lists[kind].rows())
            else:
                items.extend(self._loaded.items_of(kind))
        return items

    def unsaved_text(self) -> str:
        return _("The register {name} has unsaved changes.").format(name=self._name())

    def discard_changes(self) -> None:
        self.show_register(self._loaded)

    def _name(self) -> str:
        name = self.texts["name"].texts()
        return name.get(i18n.current_language()) or name.get("fi") or (self.key or "")

    def _show_title(self) -> None:
        if self._loaded is None:
            self.ui.register_title.setText(_("No register chosen"))
            self.ui.register_key.setText("")
            return
        self.ui.register_title.setText(self._name())
        self.ui.register_key.setText(_("key: {key}").format(key=self._loaded.key))

    def _show_translation_status(self) -> None:
        counts = {lang: 0 for lang in i18n.LANGUAGES if lang != "fi"}
        for field in self.texts.values():
            for lang in field.missing():
                if lang in counts:
                    counts[lang] += 1
        for editor in self.lists.values():
            for lang in counts:
                counts[lang] += sum(1 for row in editor.rows() for c in editor.model.columns
                                    if isinstance(getattr(row, c.key), dict)
                                    and getattr(row, c.key).get("fi")
                                    and not getattr(row, c.key).get(lang))
        parts = [f"{i18n.LANGUAGE_NAMES[lang]} {count}" for lang, count in counts.items()
                 if count]
        label = self.ui.translation_status
        label.setText(_("Texts without a translation: {counts}").format(
            counts=", ".join(parts)) if parts and self._loaded is not None else "")
        label.setVisible(bool(label.text()))

    def _show_error(self, path: str, reason: str,
                    by_list: dict[str, dict[tuple[int, str], str]]) -> QWidget | None:
        head, _sep, rest = path.partition(".")
        if head in self.texts:
            self.texts[head].set_error(reason)
            return self.texts[head].edit
        if head in self.lists and rest.count(".") >= 1:
            row, _sep, key = rest.partition(".")
            if row.isdigit():
                by_list.setdefault(head, {})[(int(row), key.partition(".")[0])] = reason
                return self.lists[head]
        widget = getattr(self.ui, head, None)
        if isinstance(widget, QWidget):
            mark_invalid(widget, getattr(self.ui, f"{head}_note", None), reason)
            return widget
        return None

    def _mark_tabs(self, widgets: list[QWidget]) -> None:
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        first = -1
        for tab in range(self.ui.tabs.count()):
            page = self.ui.tabs.widget(tab)
            bad = any(page.isAncestorOf(w) for w in widgets)
            self.ui.tabs.setTabIcon(tab, warning if bad else QIcon())
            if bad and first < 0:
                first = tab
        if first >= 0 and not self.ui.tabs.widget(self.ui.tabs.currentIndex()).isAncestorOf(
                next(w for w in widgets if self.ui.tabs.widget(first).isAncestorOf(w))):
            self.ui.tabs.setCurrentIndex(first)

    def _clear_errors(self) -> None:
        for field in self.texts.values():
            field.set_error("")
        for editor in self.lists.values():
            editor.show_errors({})
        mark_invalid(self.ui.retention_months, self.ui.retention_months_note, "")
        for tab in range(self.ui.tabs.count()):
            self.ui.tabs.setTabIcon(tab, QIcon())
        self._set_status("", HINT_STYLE)

    def _set_status(self, text: str, style: str) -> None:
        self.ui.status_label.setStyleSheet(style)
        self.ui.status_label.setText(text)
        self.ui.status_label.setVisible(bool(text))

    @Slot()
    def _on_edited(self) -> None:
        if self._loading:
            return
        self._set_status("", HINT_STYLE)
        self._show_title()
        self._show_translation_status()
        self.edited.emit()

    @Slot(int)
    def _on_language_chosen(self, index: int) -> None:
        lang = str(self.ui.language.itemData(index) or "fi")
        for field in self.texts.values():
            field.set_language(lang)
        for editor in self.lists.values():
            editor.set_language(lang)
