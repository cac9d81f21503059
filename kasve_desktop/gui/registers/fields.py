"""Fields of the register forms: texts per language, and errors shown at the field.

A ``TranslatedText`` keeps a text in every language behind one line or text
edit: the edit shows the language chosen in the form, and its note under the
edit says which translations are missing. ``mark_invalid`` gives a field the
red border and the reason under it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from kasve_desktop.gui.common.widgets import ERROR_STYLE, HINT_STYLE
from kasve_desktop.i18n import LANGUAGES, _

SOURCE_LANGUAGE = "fi"
INVALID_STYLE = "{cls} {{ border: 1px solid #b3261e; border-radius: 3px; }}"

Editor = QLineEdit | QPlainTextEdit


def mark_invalid(widget: QWidget, note: QLabel | None, reason: str) -> None:
    """A red border and the reason under the field; an empty reason clears both."""
    widget.setStyleSheet(INVALID_STYLE.format(cls=type(widget).__name__) if reason else "")
    if note is not None:
        note.setStyleSheet(ERROR_STYLE)
        note.setText(reason)
        note.setVisible(bool(reason))


def missing_languages(texts: dict[str, str]) -> list[str]:
    """The languages that lack a text given in Finnish."""
    if not texts.get(SOURCE_LANGUAGE, "").strip():
        return []
    return [lang for lang in LANGUAGES if not texts.get(lang, "").strip()]


def missing_note(missing: list[str]) -> str:
    return _("Translation missing: {languages}").format(languages=", ".join(missing))


class TranslatedText(QObject):
    """One text in fi/sv/en behind a single edit; ``edited`` on every change by the user."""

    edited = Signal()

    def __init__(self, edit: Editor, note: QLabel | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.edit = edit
        self.note = note
        self.lang = SOURCE_LANGUAGE
        self._texts: dict[str, str] = {}
        self._error = ""
        self._loading = False
        edit.textChanged.connect(self._on_changed)

    def set_texts(self, texts: dict[str, str]) -> None:
        self._texts = dict(texts)
        self._error = ""
        self._show()

    def texts(self) -> dict[str, str]:
        return {lang: text for lang, text in self._texts.items() if text.strip()}

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self._show()

    def set_error(self, reason: str) -> None:
        self._error = reason
        self._update_note()

    def missing(self) -> list[str]:
        return missing_languages(self._texts)

    def _show(self) -> None:
        self._loading = True
        try:
            text = self._texts.get(self.lang, "")
            if isinstance(self.edit, QLineEdit):
                self.edit.setText(text)
            else:
                self.edit.setPlainText(text)
            finnish = self._texts.get(SOURCE_LANGUAGE, "")
            self.edit.setPlaceholderText(finnish if self.lang != SOURCE_LANGUAGE else "")
        finally:
            self._loading = False
        self._update_note()

    def _update_note(self) -> None:
        if self._error:
            mark_invalid(self.edit, self.note, self._error)
            return
        mark_invalid(self.edit, None, "")
        if self.note is None:
            return
        missing = [lang for lang in self.missing() if lang != SOURCE_LANGUAGE]
        self.note.setStyleSheet(HINT_STYLE)
        self.note.setText(missing_note(missing) if missing else "")
        self.note.setVisible(bool(missing))

    @Slot()
    def _on_changed(self) -> None:
        if self._loading:
            return
        edit = self.edit
        text = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
        self._texts[self.lang] = text
        self._error = ""
        self._update_note()
        self.edited.emit()
