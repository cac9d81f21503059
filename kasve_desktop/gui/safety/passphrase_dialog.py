"""Tiedosto ▸ Vaihda tunnuslause…: the current passphrase, the new one twice, the change.

``PassphraseDialog`` asks for them: its OK button stays disabled until the new
passphrase follows the rule (``domain.passphrase.check_new``, the create dialog's hint
and strength meter), both new fields match and the new one differs from the current
one; a wrong current passphrase is said in the dialog (compared with the open
database's) and nothing changes. ``PassphraseChanger`` owns the menu action: once the
dialog is accepted every area is asked about unsaved work, then the owner's
``replace_database`` (``AppController``) closes the database, re-encrypts the closed
file (``services.safety.backups.new_passphrase``) and reopens it with the new
passphrase. A failure is explained and the database is open as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kasve_desktop.clock import Clock
from kasve_desktop.domain.errors import UserError
from kasve_desktop.domain.passphrase import (
    STRENGTH_LABELS,
    PassphraseError,
    Strength,
    check_new,
    estimate,
    normalise,
)
from kasve_desktop.gui.common.widgets import busy_cursor, mute, reserve_lines, set_echo, show_error
from kasve_desktop.gui.unlock.create_dialog import STRENGTH_COLOURS
from kasve_desktop.i18n import _
from kasve_desktop.services.database import CheckReport, Database, passphrase_matches
from kasve_desktop.services.safety.backups import RekeyedUnchecked, new_passphrase

Replacer = Callable[[Callable[[Path], CheckReport], str], CheckReport]
"""``AppController.replace_database``: close, run the work on the file, reopen."""

HINT = ("At least 10 characters. Any letters, spaces and symbols will do: a few unrelated "
        "words make a passphrase that is strong and easy to remember.")
"""The create dialog's hint (the same message, translated once)."""


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class PassphraseDialog(QDialog):
    """The passphrases; accepted only with the right current one and a usable new one."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphrase_dialog")
        self._db = db
        self.setWindowTitle(_("Change the passphrase"))
        self.current = _password_edit("current")
        self.new = _password_edit("new_passphrase")
        self.repeat = _password_edit("repeat")
        self.show_passphrase = QToolButton()
        self.show_passphrase.setObjectName("show_passphrase")
        self.show_passphrase.setCheckable(True)
        self.show_passphrase.setToolTip(_("Show or hide the passphrase"))
        self.strength = QProgressBar()
        self.strength.setObjectName("strength")
        self.strength.setRange(0, int(Strength.STRONG))
        self.strength.setTextVisible(False)
        self.strength.setMaximumHeight(8)
        self.strength_label = QLabel()
        self.hint = QLabel(_(HINT))
        self.hint.setWordWrap(True)
        mute(self.hint)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        reserve_lines(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button.setText(_("&Change the passphrase"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel is not None
        cancel.setText(_("Cancel"))
        self._lay_out()
        self.buttons.accepted.connect(self.change)
        self.buttons.rejected.connect(self.reject)
        self.show_passphrase.toggled.connect(self._show_passphrase)
        for edit in (self.current, self.new, self.repeat):
            edit.textChanged.connect(self._validate)
        self._show_passphrase(False)
        self._validate()
        self.current.setFocus()

    def _lay_out(self) -> None:
        intro = QLabel(_("The database is encrypted again under the new passphrase. "
                         "Backups made before the change still open only with the "
                         "current one."))
        intro.setWordWrap(True)
        new_row = QHBoxLayout()
        new_row.addWidget(self.new, 1)
        new_row.addWidget(self.show_passphrase)
        strength_row = QHBoxLayout()
        strength_row.setSpacing(10)
        strength_row.addWidget(self.strength, 1)
        strength_row.addWidget(self.strength_label)
        form = QFormLayout()
        for text, buddy, field in ((_("C&urrent passphrase:"), self.current, self.current),
                                   (_("&New passphrase:"), self.new, new_row),
                                   (_("&Repeat the new one:"), self.repeat, self.repeat)):
            label = QLabel(text)
            label.setBuddy(buddy)
            form.addRow(label, field)
        form.addRow(_("Strength:"), strength_row)
        form.addRow("", self.hint)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        QWidget.setTabOrder(self.current, self.new)
        QWidget.setTabOrder(self.new, self.show_passphrase)
        QWidget.setTabOrder(self.show_passphrase, self.repeat)

    @property
    def ok_button(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    def problem(self) -> str | None:
        """Why the passphrases cannot be used yet ("" while there is nothing to say)."""
        current, first, second = self.current.text(), self.new.text(), self.repeat.text()
        try:
            check_new(first)
        except PassphraseError as error:
            return error.text() if first else ""
        if normalise(first) != normalise(second):
            return _("The passphrases do not match.") if second else ""
        if normalise(first) == normalise(current):
            return _("The new passphrase is the same as the current one.")
        return None if current else ""

    @Slot()
    def change(self) -> None:
        """Accept, once the current passphrase is the open database's."""
        if self.problem() is not None:
            return
        if not passphrase_matches(self._db, self.current.text()):
            show_error(self.message, _("The current passphrase is wrong. Nothing was "
                                       "changed."))
            self.current.selectAll()
            self.current.setFocus()
            return
        self.accept()

    @Slot()
    def _validate(self) -> None:
        problem = self.problem()
        show_error(self.message, problem or "")
        self.ok_button.setEnabled(problem is None)
        strength = estimate(self.new.text()).strength
        self.strength.setValue(int(strength))
        self.strength.setStyleSheet(
            "QProgressBar { border: 1px solid #b8c0c6; border-radius: 3px; }"
            f"QProgressBar::chunk {{ background: {STRENGTH_COLOURS[strength]}; }}")
        self.strength_label.setText(_(STRENGTH_LABELS[strength]) if self.new.text() else "")

    @Slot(bool)
    def _show_passphrase(self, shown: bool) -> None:
        set_echo([self.current, self.new, self.repeat], shown)
        self.show_passphrase.setText(_("Hide") if shown else _("Show"))


class PassphraseChanger(QObject):
    """The menu action and the change of the open database's passphrase."""

    changed = Signal(str)
    """A confirmation for the status bar."""

    def __init__(self, clock: Clock, confirm_leave: Callable[[Callable[[], object]], None],
                 show_message: Callable[[str], None], window: QWidget) -> None:
        super().__init__(window)
        self._clock, self._confirm_leave, self._window = clock, confirm_leave, window
        self._db: Database | None = None
        self._replace: Replacer | None = None
        self.dialog: PassphraseDialog | None = None
        self.message: QMessageBox | None = None
        self.action = QAction(window)
        self.action.setObjectName("action_change_passphrase")
        self.action.triggered.connect(self.ask)
        self.changed.connect(show_message)

    def set_database(self, db: Database | None, demo: bool = False) -> None:
        """The database whose passphrase changes (None, the demo's or a read-only one:
        nothing to change)."""
        self._db = None if demo or (db is not None and db.read_only) else db
        self.action.setEnabled(self.available)

    def set_replacer(self, replace: Replacer | None) -> None:
        self._replace = replace
        self.action.setEnabled(self.available)

    @property
    def available(self) -> bool:
        return self._db is not None and self._replace is not None

    def retranslate(self) -> None:
        self.action.setText(_("Change the &passphrase…"))
        self.action.setToolTip(_("Encrypt the database under a new passphrase"))

    @Slot()
    def ask(self) -> None:
        if self._db is None or not self.available:
            return
        dialog = PassphraseDialog(self._db, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self._on_accepted(dialog.current.text(), dialog.new.text()))
        dialog.finished.connect(self._on_finished)
        self.dialog = dialog
        dialog.open()

    @Slot(int)
    def _on_finished(self, _result: int) -> None:
        self.dialog = None

    def _on_accepted(self, old: str, new: str) -> None:
        self._confirm_leave(lambda: self.change(old, new))

    def change(self, old: str, new: str) -> None:
        """Re-encrypt the open database under ``new`` (through the owner); say how it went."""
        if self._replace is None or self._db is None:
            return
        clock = self._clock
        try:
            with busy_cursor():
                report = self._replace(
                    lambda database: new_passphrase(database, old, new, clock), new)
        except RekeyedUnchecked as error:  # done, but not opened and checked: said as it is
            self._show(QMessageBox.Icon.Warning, error.text())
            return
        except UserError as error:
            self._show(QMessageBox.Icon.Warning, error.text() + "\n\n" + _(
                "The passphrase was not changed; the database is open as it was."))
            return
        self._show(QMessageBox.Icon.Information, self._done_text(report))
        self.changed.emit(_("The passphrase was changed."))

    @staticmethod
    def _done_text(report: CheckReport) -> str:
        lines = [_("The passphrase was changed: from now on the database opens only with "
                   "the new one."),
                 _("Backups made before the change still open with the old passphrase "
                   "only. Keep it as long as you keep them, or make a new backup now.")]
        if not report.ok:
            lines.append(_("Check: problems found (integrity {integrity}, audit chain broken "
                           "at {broken}).").format(integrity=", ".join(report.integrity),
                                                   broken=report.audit_broken_at))
        return "\n\n".join(lines)

    def _show(self, icon: QMessageBox.Icon, text: str) -> None:
        box = QMessageBox(icon, _("Change the passphrase"), text,
                          QMessageBox.StandardButton.Ok, self._window)
        box.setObjectName("passphrase_message")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = box
        box.open()
