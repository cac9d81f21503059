"""Asking for a new register's Finnish name and key (suggested from the name)."""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QDialog, QWidget

from kasve_desktop.domain.validation import ValidationFailed
from kasve_desktop.gui.common.widgets import mute
from kasve_desktop.gui.forms.ui_new_register_dialog import Ui_NewRegisterDialog
from kasve_desktop.gui.registers.fields import mark_invalid
from kasve_desktop.services.database import Database
from kasve_desktop.services.registers import registers

MAX_KEY = 40


def suggested_key(name: str) -> str:
    """``Asiakasrekisteri 2027`` → ``asiakasrekisteri-2027`` (ä → a, ö → o, å → a)."""
    plain = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:MAX_KEY].strip("-")


class NewRegisterDialog(QDialog):
    created = Signal(str)
    """The key of the register created."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NewRegisterDialog()
        self.ui.setupUi(self)
        self._db = db
        self._key_edited = False
        mute(self.ui.key_hint)
        self.ui.name.textEdited.connect(self._on_name_edited)
        self.ui.key.textEdited.connect(self._on_key_edited)
        self.ui.buttons.accepted.connect(self.create_register)
        self.ui.buttons.rejected.connect(self.reject)

    @Slot()
    def create_register(self) -> None:
        for field in ("name", "key"):
            mark_invalid(getattr(self.ui, field), getattr(self.ui, f"{field}_note"), "")
        try:
            data = registers.create_register(self._db, self.ui.key.text(), self.ui.name.text())
        except ValidationFailed as failure:
            for path, error in failure.errors.items():
                field = path if path in ("name", "key") else "name"
                mark_invalid(getattr(self.ui, field), getattr(self.ui, f"{field}_note"),
                             error.text())
            return
        self.created.emit(data.key)
        self.accept()

    @Slot(str)
    def _on_name_edited(self, name: str) -> None:
        if not self._key_edited:
            self.ui.key.setText(suggested_key(name))

    @Slot(str)
    def _on_key_edited(self, _key: str) -> None:
        self._key_edited = True
