"""The create dialog: a new encrypted database and its passphrase, typed twice.

The only rule is the domain's (at least ten characters of any kind); the
strength meter advises and refuses nothing. The Create button stays disabled
until the passphrase follows the rule and both fields match, and the message
under the fields says what is missing. It finishes with ``Accepted``
(``database`` holds the new, open database), ``OPEN_EXISTING`` (``path`` is the
file the user chose), ``DEMO`` or ``Rejected``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from kasve_desktop.clock import Clock
from kasve_desktop.domain.passphrase import (
    STRENGTH_LABELS,
    PassphraseError,
    Strength,
    check_new,
    estimate,
    normalise,
)
from kasve_desktop.gui.common.widgets import (
    busy_cursor,
    mute,
    reserve_lines,
    set_echo,
    show_error,
    show_path,
)
from kasve_desktop.gui.forms.ui_create_dialog import Ui_CreateDialog
from kasve_desktop.gui.unlock.unlock_dialog import database_file_filter
from kasve_desktop.i18n import _
from kasve_desktop.services.errors import StoreError

STRENGTH_COLOURS = {Strength.TOO_SHORT: "#b3261e", Strength.WEAK: "#c75b12",
                    Strength.FAIR: "#b08800", Strength.GOOD: "#4c8c2b",
                    Strength.STRONG: "#1b6e3c"}

if TYPE_CHECKING:  # the services pull in SQLAlchemy: imported when needed
    from kasve_desktop.services.database import Database


def free_path(path: Path) -> Path:
    """``path`` if nothing is there, else the first free ``name-2.db``, ``name-3.db``, …"""
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate


class CreateDialog(QDialog):
    OPEN_EXISTING = 2
    DEMO = 3

    def __init__(self, path: Path, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.ui = Ui_CreateDialog()
        self.ui.setupUi(self)
        self.database: Database | None = None
        self._path = free_path(path)
        mute(self.ui.hint)
        reserve_lines(self.ui.message)
        self.ui.strength_row.setSpacing(10)
        show_path(self.ui.database_path, self._path)
        self.ui.create_button.clicked.connect(self.create_database)
        self.ui.show_passphrase.toggled.connect(self._show_passphrase)
        self.ui.passphrase.textChanged.connect(self._validate)
        self.ui.repeat.textChanged.connect(self._validate)
        self.ui.choose_button.clicked.connect(self._choose_file)
        self.ui.open_existing_button.clicked.connect(self._open_existing)
        self.ui.demo_button.clicked.connect(self._demo)
        self._validate()
        self.ui.passphrase.setFocus()

    @property
    def path(self) -> Path:
        return self._path

    def set_path(self, path: Path) -> None:
        self._path = path
        show_path(self.ui.database_path, path)

    def problem(self) -> str | None:
        """Why the passphrases cannot be used yet ("" while there is nothing to say)."""
        first, second = self.ui.passphrase.text(), self.ui.repeat.text()
        try:
            check_new(first)
        except PassphraseError as error:
            return error.text() if first else ""
        if normalise(first) != normalise(second):
            return _("The passphrases do not match.") if second else ""
        return None

    @Slot()
    def create_database(self) -> None:
        if self.problem() is not None:
            return
        try:
            with busy_cursor():
                from kasve_desktop.services import database

                self.database = database.create_database(self._path, self.ui.passphrase.text(),
                                                         self._clock)
        except StoreError as error:
            show_error(self.ui.message, error.text())
            return
        except PassphraseError as error:
            show_error(self.ui.message, error.text())
            return
        self.ui.passphrase.clear()
        self.ui.repeat.clear()
        self.accept()

    @Slot()
    def _validate(self) -> None:
        problem = self.problem()
        show_error(self.ui.message, problem or "")
        self.ui.create_button.setEnabled(problem is None)
        self._show_strength()

    def _show_strength(self) -> None:
        strength = estimate(self.ui.passphrase.text()).strength
        self.ui.strength.setValue(int(strength))
        colour = STRENGTH_COLOURS[strength]
        self.ui.strength.setStyleSheet(
            f"QProgressBar {{ border: 1px solid #b8c0c6; border-radius: 3px; }}"
            f"QProgressBar::chunk {{ background: {colour}; }}")
        text = _(STRENGTH_LABELS[strength]) if self.ui.passphrase.text() else ""
        self.ui.strength_label.setText(text)

    @Slot(bool)
    def _show_passphrase(self, shown: bool) -> None:
        set_echo([self.ui.passphrase, self.ui.repeat], shown)
        self.ui.show_passphrase.setText(_("Hide") if shown else _("Show"))

    @Slot()
    def _choose_file(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, _("New database file"), str(self._path), database_file_filter())
        if chosen:
            self.set_path(Path(chosen))

    @Slot()
    def _open_existing(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, _("Choose a database"), str(self._path.parent), database_file_filter())
        if chosen:
            self._path = Path(chosen)
            self.done(self.OPEN_EXISTING)

    @Slot()
    def _demo(self) -> None:
        self.done(self.DEMO)
