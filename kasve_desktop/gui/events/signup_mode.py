"""The sign-up mode: a full-screen form that participants fill in themselves at an event.

Large type, big buttons, labels above the fields; the short information about the
processing beside the form and the full notice (the event's version) a press away,
readable and printable. The participant chooses Finnish, Swedish or English; the
texts, the consent wording and the messages follow (``domain.signup``), while the
staff's own controls stay in the application's language.

Nothing of earlier sign-ups is ever shown: after "Ilmoittaudu" the form is emptied
before "Kiitos" appears, and the thanks page returns to an empty form by itself. A
half-filled form is cleared after ``IDLE_RESET_MS`` without a key press or a touch
(and the stand's language, the notice and the passphrase question are reset with it).
Escape and closing the window do nothing; only "Lopeta ilmoittautumistila…" with the
database passphrase leaves the mode (``left``).
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from kasve_desktop.domain.errors import UserError
from kasve_desktop.domain.signup import SIGNUP_LANGUAGES, SignupEntry, SignupInvalid, text
from kasve_desktop.gui.common.widgets import ERROR_STYLE
from kasve_desktop.gui.events.signup_dialogs import LeaveDialog, NoticeDialog
from kasve_desktop.gui.forms.ui_signup_mode import Ui_SignupMode
from kasve_desktop.i18n import _
from kasve_desktop.services.database import Database
from kasve_desktop.services.events.signup import SignupSetup, sign_up, signup_setup

IDLE_RESET_MS = 60_000
THANKS_MS = 12_000
FIELDS = ("first_name", "last_name", "email", "phone", "organisation")
ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.KeyRelease,
                      QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                      QEvent.Type.TouchBegin, QEvent.Type.TouchEnd, QEvent.Type.InputMethod,
                      QEvent.Type.Wheel})
STYLE = """
QWidget#SignupMode { background: #fbfaf7; }
QLabel#heading { font-size: 26pt; font-weight: 600; }
QLabel#thanks { font-size: 40pt; font-weight: 600; }
QLabel#thanks_detail { font-size: 20pt; }
QLineEdit { font-size: 18pt; padding: 4px 8px; }
QPushButton { font-size: 16pt; padding: 10px 22px; min-height: 40px; }
QPushButton#submit_button, QPushButton#next_button { font-size: 20pt; font-weight: 600; }
QPushButton#leave_button, QLabel#staff_hint { font-size: 10pt; min-height: 0; }
QCheckBox::indicator { width: 34px; height: 34px; }
QScrollArea#info_scroll, QWidget#info_content { background: #eef2f0; }
QScrollArea#form_scroll, QWidget#form_content { background: #fbfaf7; }
"""


class SignupMode(QWidget):
    """Full-screen sign-ups for one event; ``left`` once the passphrase was given."""

    left = Signal()
    signed_up = Signal()
    """A sign-up was stored (the Events area reads its list again)."""

    def __init__(self, db: Database, event_id: int, now: Callable[[], dt.datetime],
                 device: str = "", lang: str = "fi", parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._db, self._event_id, self._now, self._device = db, event_id, now, device
        self.setup: SignupSetup = signup_setup(db, event_id, lang)
        self._lang = lang
        self.ui = Ui_SignupMode()
        self.ui.setupUi(self)
        self.setStyleSheet(STYLE)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.choices: dict[str, QCheckBox] = {}
        self.dialog: LeaveDialog | NoticeDialog | None = None
        self._may_close = False
        self.idle = QTimer(self, singleShot=True, interval=IDLE_RESET_MS)
        self.idle.timeout.connect(self._on_idle)
        self.thanks_timer = QTimer(self, singleShot=True, interval=THANKS_MS)
        self.thanks_timer.timeout.connect(self.next_participant)
        self._set_up()
        self._show_texts()
        QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]

    # --- set-up --------------------------------------------------------------------------

    def _set_up(self) -> None:
        ui = self.ui
        for name in FIELDS:
            self.edit(name).textEdited.connect(self._on_edited)
            self.edit(name).textEdited.connect(
                lambda _text, field=name: self._clear_error(field))
            self.edit(name).setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
            self.note(name).setStyleSheet(ERROR_STYLE + "font-size: 14pt;")
            self.label(name).setStyleSheet("font-size: 16pt;")
            self.label(name).setBuddy(self.edit(name))
        for current, following in itertools.pairwise(FIELDS):
            self.edit(current).returnPressed.connect(self.edit(following).setFocus)
        ui.organisation.returnPressed.connect(self.submit)
        ui.email.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        ui.phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        ui.message.setStyleSheet(ERROR_STYLE + "font-size: 16pt; font-weight: 600;")
        ui.consents_heading.setStyleSheet("font-size: 16pt; font-weight: 600; margin-top: 12px;")
        ui.no_consents.setStyleSheet("font-size: 14pt;")
        ui.info.setStyleSheet("font-size: 13pt;")
        ui.info.setTextFormat(Qt.TextFormat.RichText)
        for label in (ui.thanks, ui.thanks_detail):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        ui.submit_button.clicked.connect(self.submit)
        ui.clear_button.clicked.connect(self.reset)
        ui.next_button.clicked.connect(self.next_participant)
        ui.read_notice_button.clicked.connect(self.show_notice)
        ui.leave_button.clicked.connect(self.ask_to_leave)
        ui.leave_button.setFlat(True)
        for lang in SIGNUP_LANGUAGES:
            button = self.language_button(lang)
            button.setCheckable(True)
            button.clicked.connect(lambda _checked=False, chosen=lang: self.set_language(chosen))
        ui.form_columns.setStretch(0, 3)
        ui.form_columns.setStretch(1, 2)
        ui.top_row.setStretch(0, 1)

    def edit(self, name: str) -> QLineEdit:
        widget: QLineEdit = getattr(self.ui, name)
        return widget

    def note(self, name: str) -> QLabel:
        widget: QLabel = getattr(self.ui, f"{name}_note")
        return widget

    def label(self, name: str) -> QLabel:
        widget: QLabel = getattr(self.ui, f"{name}_label")
        return widget

    def language_button(self, lang: str) -> QPushButton:
        widget: QPushButton = getattr(self.ui, f"lang_{lang}")
        return widget

    # --- texts ---------------------------------------------------------------------------

    def t(self, key: str, **values: object) -> str:
        return text(self.setup.lang, key, **values)

    def _show_texts(self) -> None:
        ui, setup = self.ui, self.setup
        ui.heading.setText(self.t("heading", event=setup.event_name))
        for name in FIELDS:
            self.label(name).setText(self.t(name))
        ui.consents_heading.setText(self.t("consents"))
        ui.no_consents.setText(self.t("no_consents"))
        ui.no_consents.setVisible(not setup.choices)
        ui.consents_heading.setVisible(bool(setup.choices))
        self._build_choices()
        ui.submit_button.setText(self.t("submit"))
        ui.clear_button.setText(self.t("clear"))
        ui.read_notice_button.setText(self.t("read_notice"))
        ui.next_button.setText(self.t("next"))
        ui.info.setText(self.info_html())
        for lang in SIGNUP_LANGUAGES:
            button = self.language_button(lang)
            button.setText(text(lang, "language"))
            button.setChecked(lang == setup.lang)
        ui.leave_button.setText(_("End sign-up mode…"))
        ui.staff_hint.setText(_("For the organiser: ending the mode asks for the database "
                                "passphrase."))
        self.setWindowTitle(self.t("heading", event=setup.event_name))

    def info_html(self) -> str:
        info = self.setup.info
        purposes = "".join(f"<li>{html.escape(p)}</li>" for p in info.purposes)
        rights = " ".join(html.escape(r) for r in info.rights)
        return (f"<h2>{html.escape(self.t('info'))}</h2>"
                f"<p>{html.escape(info.controller)}</p>"
                f"<p>{html.escape(self.t('purposes'))}</p><ul>{purposes}</ul>"
                f"<p>{rights}</p><p>{html.escape(info.full_notice)}</p>")

    def _build_choices(self) -> None:
        layout = self.ui.consents_layout
        while layout.count():
            item = layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.choices = {}
        for choice in self.setup.choices:
            row = QWidget(self)
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            box = QCheckBox(row)
            box.setObjectName(f"consent_{choice.code}")
            box.setAccessibleName(choice.wording)
            words = ClickableLabel(choice.wording, box, row)
            words.setStyleSheet("font-size: 14pt;")
            row_layout.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            row_layout.addWidget(words, 1)
            layout.addWidget(row)
            box.toggled.connect(self._on_edited)
            self.choices[choice.code] = box

    @Slot(str)
    def set_language(self, lang: str) -> None:
        """Show the stand in ``lang``; what was typed stays, the consent ticks are cleared
        (a consent is given to the wording the participant reads)."""
        try:
            self.setup = signup_setup(self._db, self._event_id, lang)
        except UserError as error:
            self._show_message(error.text())
            return
        self._clear_errors()
        self._show_texts()

    # --- the form ------------------------------------------------------------------------

    def entry(self) -> SignupEntry:
        values = {name: self.edit(name).text() for name in FIELDS}
        ticked = frozenset(code for code, box in self.choices.items() if box.isChecked())
        return SignupEntry(**values, consents=ticked)

    def is_blank(self) -> bool:
        return not any(self.edit(name).text() for name in FIELDS) and not any(
            box.isChecked() for box in self.choices.values())

    @Slot()
    def submit(self) -> None:
        self._clear_errors()
        try:
            sign_up(self._db, self.setup, self.entry(), self._now(), self._device)
        except SignupInvalid as invalid:
            self._show_errors(invalid.errors)
            return
        except UserError as error:  # the event was deleted or changed meanwhile
            self._show_message(error.text())
            return
        self.reset()
        self.ui.thanks.setText(self.t("thanks"))
        self.ui.thanks_detail.setText(self.t("thanks_detail", event=self.setup.event_name))
        self.ui.pages.setCurrentWidget(self.ui.thanks_page)
        self.ui.next_button.setFocus()
        self.idle.stop()
        self.thanks_timer.start()
        self.signed_up.emit()

    def _show_errors(self, errors: dict[str, str]) -> None:
        for name in FIELDS:
            if name in errors:
                self.note(name).setText(errors[name])
                self.note(name).setVisible(True)
                self.edit(name).setStyleSheet("border: 2px solid #b3261e;")
        self._show_message(self.t("fix"))
        first = next(name for name in FIELDS if name in errors)
        self.edit(first).setFocus()

    def _show_message(self, message: str) -> None:
        self.ui.message.setText(message)
        self.ui.message.setVisible(True)

    def _clear_error(self, name: str) -> None:
        """The field was changed: its old message no longer applies."""
        self.note(name).clear()
        self.note(name).setVisible(False)
        self.edit(name).setStyleSheet("")

    def _clear_errors(self) -> None:
        for name in FIELDS:
            self._clear_error(name)
        self.ui.message.clear()
        self.ui.message.setVisible(False)

    @Slot()
    def reset(self) -> None:
        """An empty form, ready for the next participant (``setText`` rather than ``clear``,
        which would leave the previous participant's text in the undo history)."""
        for name in FIELDS:
            self.edit(name).setText("")
        for box in self.choices.values():
            box.setChecked(False)
        self._clear_errors()
        self.idle.stop()
        self.ui.first_name.setFocus()

    @Slot()
    def next_participant(self) -> None:
        self.thanks_timer.stop()
        self.reset()
        self.ui.pages.setCurrentWidget(self.ui.form_page)
        self.ui.first_name.setFocus()

    @Slot()
    def _on_edited(self) -> None:
        self.idle.start()

    @Slot()
    def _on_idle(self) -> None:
        """Nobody has touched the stand for a while: the notice or the passphrase question is
        closed, the half-filled form cleared and the stand's own language shown again."""
        if self.dialog is not None:
            self.dialog.done(0)
        self.reset()
        if self.setup.lang != self._lang:
            self.set_language(self._lang)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self.ui.pages.currentWidget() is self.ui.form_page:
            self.idle.start()
        return False

    # --- the full notice -----------------------------------------------------------------

    @Slot()
    def show_notice(self) -> None:
        try:
            dialog = NoticeDialog(self._db, self.setup, self)
        except UserError as error:
            self._show_message(error.text())
            return
        self._open(dialog)

    # --- leaving -------------------------------------------------------------------------

    @Slot()
    def ask_to_leave(self) -> None:
        dialog = LeaveDialog(self._db, self)
        dialog.confirmed.connect(self.leave)
        self._open(dialog)

    def _open(self, dialog: LeaveDialog | NoticeDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()

    @Slot()
    def _on_dialog_finished(self) -> None:
        self.dialog = None

    @Slot()
    def leave(self) -> None:
        """End the mode: ``left`` first (the main window shows again), then close."""
        self._may_close = True
        self.reset()
        QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
        self.idle.stop()
        self.thanks_timer.stop()
        self.left.emit()
        self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            event.accept()
        else:
            event.ignore()


class ClickableLabel(QLabel):
    """A word-wrapped label that toggles its check box when pressed (a bigger target)."""

    def __init__(self, words: str, box: QCheckBox, parent: QWidget) -> None:
        super().__init__(words, parent)
        self.box = box
        self.setWordWrap(True)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.box.toggle()
