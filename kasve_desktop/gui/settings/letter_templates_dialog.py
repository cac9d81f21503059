"""The letter template editor: the wording of each response letter, per language.

Choose the letter and the language; edit the document type line, the subject
and the paragraphs (separated by blank lines), with the placeholders the
letter can use listed beside (the required ones in bold; a double-click
inserts one). Save checks the template (``services.letters.save_template``):
an unknown placeholder or a missing required one is named under the editor
and nothing is saved. "Restore default" asks first, then brings back the
shipped wording. Leaving a letter, a language or the dialog with unsaved
changes asks Save / Discard / Cancel.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from kasve_desktop import i18n
from kasve_desktop.domain.letter_templates import (
    COMMON_FACTS,
    PLACEHOLDER_TEXTS,
    TEMPLATE_KEYS,
    TEMPLATE_RULES,
    LetterTemplate,
    TemplateError,
)
from kasve_desktop.gui.common.widgets import ERROR_STYLE, HINT_STYLE, UnsavedChangesGuard, mute
from kasve_desktop.gui.forms.ui_letter_templates_dialog import Ui_LetterTemplatesDialog
from kasve_desktop.gui.settings.letter_words import LETTER_NAMES
from kasve_desktop.i18n import _
from kasve_desktop.services.answers.letters import letters
from kasve_desktop.services.database import Database

SAVED_STYLE = "color: #1b6e3c;"
CUSTOMISED_STYLE = "color: #8a5300; font-weight: bold;"
BLANK_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")


def paragraphs_text(paragraphs: tuple[str, ...]) -> str:
    """The paragraphs as one text, a blank line between them."""
    return "\n\n".join(paragraphs)


def raw_text(editor: QPlainTextEdit) -> str:
    """The editor's text as typed: ``toPlainText`` would turn the non-breaking spaces that
    hold a citation on one line ("12\u00a0artiklan") into plain ones."""
    return editor.document().toRawText().replace("\u2029", "\n")


def paragraphs_from(text: str) -> tuple[str, ...]:
    """The paragraphs of ``text``: split at blank lines, blanks around each trimmed."""
    parts = BLANK_LINES.split(text.replace("\r\n", "\n"))
    return tuple(part.strip() for part in parts if part.strip())


class LetterTemplatesDialog(UnsavedChangesGuard, QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LetterTemplatesDialog()
        self.ui.setupUi(self)
        self._db = db
        self._key, self._lang = TEMPLATE_KEYS[0], i18n.current_language()
        self._loaded = LetterTemplate("", "", ())
        self._closing = False
        self._customised = False
        self.restore_question: QMessageBox | None = None
        self._target: QLineEdit | QPlainTextEdit = self.ui.paragraphs
        self._set_up_widgets()
        self._connect()
        self._load()

    def _set_up_widgets(self) -> None:
        for label in (self.ui.intro, self.ui.paragraphs_hint, self.ui.placeholders_hint):
            mute(label)
        for key in TEMPLATE_KEYS:
            self.ui.letter.addItem(_(LETTER_NAMES[key]), key)
        for lang in i18n.LANGUAGES:
            self.ui.language.addItem(i18n.LANGUAGE_NAMES[lang], lang)
        self.ui.language.setCurrentIndex(self.ui.language.findData(self._lang))
        self.restore_button = self.ui.buttons.addButton(
            _("Restore &default…"), QDialogButtonBox.ButtonRole.ResetRole)
        self.restore_button.setToolTip(_("Use the wording shipped with the application again"))
        self.save_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        for edit in (self.ui.document_type, self.ui.subject, self.ui.paragraphs):
            edit.installEventFilter(self)

    def _connect(self) -> None:
        self.ui.letter.currentIndexChanged.connect(self._on_choice_changed)
        self.ui.language.currentIndexChanged.connect(self._on_choice_changed)
        self.ui.document_type.textChanged.connect(self._on_edited)
        self.ui.subject.textChanged.connect(self._on_edited)
        self.ui.paragraphs.textChanged.connect(self._on_edited)
        self.save_button.clicked.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.ask_restore)
        self.ui.placeholders.itemActivated.connect(self._insert_placeholder)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

    # --- what is shown ----------------------------------------------------------------

    @property
    def choice(self) -> tuple[str, str]:
        """The template key and the language being edited."""
        return self._key, self._lang

    def edited(self) -> LetterTemplate:
        """The template as the editors hold it now."""
        return LetterTemplate(self.ui.document_type.text().strip(),
                              self.ui.subject.text().strip(),
                              paragraphs_from(raw_text(self.ui.paragraphs)))

    def _load(self) -> None:
        """Show the template in force for the chosen letter and language."""
        template = letters.effective_template(self._db, self._key, self._lang)
        for edit, text in ((self.ui.document_type, template.document_type),
                           (self.ui.subject, template.subject)):
            edit.blockSignals(True)
            edit.setText(text)
            edit.blockSignals(False)
        self.ui.paragraphs.blockSignals(True)
        self.ui.paragraphs.setPlainText(paragraphs_text(template.paragraphs))
        self.ui.paragraphs.blockSignals(False)
        self._loaded = self.edited()
        self._show_placeholders()
        self._show_message("", "")
        self._show_customised()

    def _show_placeholders(self) -> None:
        rules = TEMPLATE_RULES[self._key]
        names = (sorted(rules.required) + sorted(rules.optional)
                 + sorted(COMMON_FACTS - rules.required))
        self.ui.placeholders.clear()
        for name in names:
            self.ui.placeholders.addItem(self._placeholder_item(name, name in rules.required))

    def _placeholder_item(self, name: str, required: bool) -> QListWidgetItem:
        meaning = _(PLACEHOLDER_TEXTS[name]) if name in PLACEHOLDER_TEXTS else ""
        item = QListWidgetItem(f"{{{name}}} – {meaning}" if meaning else f"{{{name}}}")
        item.setData(Qt.ItemDataRole.UserRole, name)
        if required:
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
            item.setToolTip(_("Required: the letter must contain it."))
        return item

    def is_customised(self) -> bool:
        return letters.is_customised(self._db, self._key, self._lang)

    def _show_customised(self) -> None:
        """The marker of the chosen template, and of each customised letter in the list."""
        self._customised = self.is_customised()
        for index in range(self.ui.letter.count()):
            key = str(self.ui.letter.itemData(index))
            name = _(LETTER_NAMES[key])
            if letters.is_customised(self._db, key, self._lang):
                name = _("{letter} (customised)").format(letter=name)
            self.ui.letter.setItemText(index, name)
        self._update_state()

    def _update_state(self) -> None:
        words = _("Customised wording") if self._customised else _("Default wording")
        if self.dirty:
            words += " · " + _("unsaved changes")
        self.ui.state.setText(words)
        self.ui.state.setStyleSheet(CUSTOMISED_STYLE if self._customised else HINT_STYLE)
        self.save_button.setEnabled(self.dirty)
        self.restore_button.setEnabled(self._customised or self.dirty)

    def _show_message(self, text: str, style: str) -> None:
        self.ui.message.setStyleSheet(style)
        self.ui.message.setText(text)
        self.ui.message.setVisible(bool(text))

    # --- UnsavedChangesGuard ------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self.edited() != self._loaded

    @Slot()
    def save(self) -> bool:
        """Keep the edited wording; False (with the reason shown) if it does not check."""
        try:
            letters.save_template(self._db, self._key, self._lang, self.edited())
        except TemplateError as error:
            self._show_message(_("Nothing was saved: {reason}").format(
                reason=error.text()), ERROR_STYLE)
            return False
        self._load()
        self._show_message(_("Saved."), SAVED_STYLE)
        return True

    def discard_changes(self) -> None:
        self._load()

    def take_draft(self) -> Callable[[Database], object] | None:
        """Keep the wording being edited before an auto-lock; the restore opens the dialog
        again on the same letter and language, with it (not saved yet)."""
        if not self.dirty:
            return None
        (key, lang), typed, parent = self.choice, self.edited(), self.parentWidget()
        self._loaded = typed  # closing now asks nothing

        def restore(db: Database) -> LetterTemplatesDialog:
            dialog = LetterTemplatesDialog(db, parent)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog._switch_to(key, lang)
            dialog.ui.document_type.setText(typed.document_type)
            dialog.ui.subject.setText(typed.subject)
            dialog.ui.paragraphs.setPlainText(paragraphs_text(typed.paragraphs))
            dialog._show_message(_("What you had typed before the database was locked is "
                                   "shown again; it is not saved yet."), HINT_STYLE)
            dialog.open()
            return dialog

        return restore

    def unsaved_text(self) -> str:
        return _("The letter “{letter}” in {language} has unsaved changes.").format(
            letter=_(LETTER_NAMES[self._key]), language=i18n.LANGUAGE_NAMES[self._lang])

    # --- choosing another letter or language ---------------------------------------------

    @Slot()
    def _on_choice_changed(self) -> None:
        wanted = (str(self.ui.letter.currentData()), str(self.ui.language.currentData()))
        if wanted == self.choice:
            return
        self._show_choice(*self.choice)  # stays until the unsaved changes are settled
        self.confirm_leave(lambda: self._switch_to(*wanted))

    def _switch_to(self, key: str, lang: str) -> None:
        self._key, self._lang = key, lang
        self._show_choice(key, lang)
        self._load()

    def _show_choice(self, key: str, lang: str) -> None:
        for combo, value in ((self.ui.letter, key), (self.ui.language, lang)):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(value))
            combo.blockSignals(False)

    def choose(self, key: str, lang: str) -> None:
        """As if the user chose ``key`` and ``lang`` in the combo boxes."""
        self._show_choice(key, lang)
        self._on_choice_changed()

    @Slot()
    def _on_edited(self) -> None:
        self._show_message("", "")
        self._update_state()

    # --- restore default -------------------------------------------------------------

    @Slot()
    def ask_restore(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, _("Restore default"),
                          _("Restore the shipped wording of the letter “{letter}” in "
                            "{language}?").format(letter=_(LETTER_NAMES[self._key]),
                                                  language=i18n.LANGUAGE_NAMES[self._lang]),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.setInformativeText(_("Your own wording of it is lost."))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: self._on_restore_answer(box))
        self.restore_question = box
        box.open()

    def _on_restore_answer(self, box: QMessageBox) -> None:
        self.restore_question = None
        if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
            self.restore_default()

    def restore_default(self) -> None:
        letters.reset_template(self._db, self._key, self._lang)
        self._load()
        self._show_message(_("The default wording is in use again."), SAVED_STYLE)

    # --- placeholders ----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Remember the editor that had the focus last: placeholders are inserted there."""
        if event.type() == QEvent.Type.FocusIn and isinstance(
                watched, QLineEdit | QPlainTextEdit):
            self._target = watched
        return super().eventFilter(watched, event)

    @Slot(QListWidgetItem)
    def _insert_placeholder(self, item: QListWidgetItem) -> None:
        text = "{" + str(item.data(Qt.ItemDataRole.UserRole)) + "}"
        if isinstance(self._target, QLineEdit):
            self._target.insert(text)
        else:
            self._target.insertPlainText(text)
        self._target.setFocus()

    # --- closing ----------------------------------------------------------------------

    def done(self, result: int) -> None:
        """Closing (Close, Esc, the window's button) asks about unsaved changes first."""
        if self._closing or not self.dirty:
            super().done(result)
            return
        self.confirm_leave(lambda: self._finish(result))

    def _finish(self, result: int) -> None:
        self._closing = True
        self.done(result)

    def close_for_lock(self) -> None:
        """The database is being locked: save or discard (no Cancel), then close."""
        self.ask_before_closing()
        self._finish(0)
