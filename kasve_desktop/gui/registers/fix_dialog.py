"""The dialog of a correction that needs decisions: one choice per item, suggestions chosen.

``FixDialog`` lists the items a fix would change (``domain.notice_fixes.Choice``)
with a combo box each, preset to the suggestion; a purpose based on legitimate
interests also asks what the interest is (Art. 13(1)(d)), and **Apply** waits
until each has one. Apply hands the choices to the panel, which shows the
corrected register in the form as unsaved edits.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kasve_desktop.domain.notice_fixes import Choice, Fix
from kasve_desktop.domain.vocabulary import LegalBasis
from kasve_desktop.gui.common.widgets import mute
from kasve_desktop.gui.registers.columns import (
    BASIS_CHOICES,
    MECHANISM_CHOICES,
    PUBLIC_CHOICES,
    REQUIRED_CHOICES,
)
from kasve_desktop.gui.registers.rows_model import Label, label_text
from kasve_desktop.i18n import _

OPTIONS: dict[str, tuple[tuple[object, Label], ...]] = {
    "legal_basis": BASIS_CHOICES[1:], "required": REQUIRED_CHOICES[1:],
    "is_public": PUBLIC_CHOICES[1:], "transfer_mechanism": MECHANISM_CHOICES[1:]}
"""What each field may be set to (the "not stated" option left out)."""


class FixDialog(QDialog):
    def __init__(self, fix: Fix, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fix = fix
        self.setWindowTitle(_(fix.title))
        self.setMinimumWidth(820)
        intro = QLabel(_("Check the suggestion for each and change it where it is wrong. "
                         "The register changes in the form; nothing is saved until you save "
                         "it, and Undo correction takes it back."), self)
        intro.setWordWrap(True)
        mute(intro)
        self.combos: dict[int, QComboBox] = {}
        self.interests: dict[int, QLineEdit] = {}
        form_widget = QWidget(self)
        form = QFormLayout(form_widget)
        for choice in fix.choices:
            self._add_row(form, form_widget, choice)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.apply_button = buttons.addButton(_("&Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self._update()

    def _add_row(self, form: QFormLayout, parent: QWidget, choice: Choice) -> None:
        combo = QComboBox(parent)
        combo.setObjectName(f"choice_{choice.index}")
        for value, option in OPTIONS[choice.field]:
            combo.addItem(label_text(option), value)
        combo.setCurrentIndex(max(0, combo.findData(choice.suggestion)))
        combo.currentIndexChanged.connect(self._update)
        name = QLabel(choice.label, parent)
        name.setWordWrap(True)
        name.setMinimumWidth(260)
        name.setBuddy(combo)
        self.combos[choice.index] = combo
        if choice.field != "legal_basis":
            form.addRow(name, combo)
            return
        interest = QLineEdit(parent)
        interest.setObjectName(f"interest_{choice.index}")
        interest.setPlaceholderText(_("The legitimate interest pursued"))
        interest.textChanged.connect(self._update)
        combo.setMaximumWidth(260)
        row = QHBoxLayout()
        row.addWidget(combo)
        row.addWidget(interest, 2)
        form.addRow(name, row)
        self.interests[choice.index] = interest

    def _needs_interest(self, index: int) -> bool:
        return self.combos[index].currentData() == LegalBasis.LEGITIMATE_INTERESTS.value

    @Slot()
    def _update(self) -> None:
        lacking = 0
        for index, field in self.interests.items():
            needed = self._needs_interest(index)
            field.setEnabled(needed)
            lacking += needed and not field.text().strip()
        self.apply_button.setEnabled(not lacking)
        self.note.setText(_("Describe the legitimate interest of each purpose based on it "
                            "(Art. 13(1)(d)).") if lacking else "")

    def chosen(self) -> dict[int, object]:
        """The value picked for each item (by its index in the register's items)."""
        return {index: combo.currentData() for index, combo in self.combos.items()}

    def chosen_interests(self) -> dict[int, str]:
        """The interest typed for each purpose now based on legitimate interests."""
        return {index: field.text() for index, field in self.interests.items()
                if self._needs_interest(index)}
