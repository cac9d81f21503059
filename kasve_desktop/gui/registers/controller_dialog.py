"""The controller, its registry contact person, the DPO and the subsidiaries, in one dialog.

Open it with ``open()`` (never a blocking ``exec()``). Save checks every field
through ``services.registers.controller.save_controller``; a refused value is
marked at its field and the dialog stays open with nothing saved. Cancel,
Escape or closing with unsaved changes asks Save / Discard / Cancel
(``UnsavedChangesGuard``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QStyle, QWidget

from kasve_desktop.domain.validation import InvalidValue, ValidationFailed, display_phone
from kasve_desktop.gui.common.widgets import ERROR_STYLE, HINT_STYLE, UnsavedChangesGuard, mute
from kasve_desktop.gui.forms.ui_controller_dialog import Ui_ControllerDialog
from kasve_desktop.gui.registers.columns import SUBSIDIARY_COLUMNS, new_subsidiary
from kasve_desktop.gui.registers.fields import mark_invalid
from kasve_desktop.i18n import _, ngettext
from kasve_desktop.services.database import Database
from kasve_desktop.services.registers import controller
from kasve_desktop.services.registers.controller import (
    COMPANY_FIELDS,
    CONTACT_FIELDS,
    CompanyData,
    ContactData,
    ControllerData,
)

TAB_OF = {"controller": 0, "contact": 1, "dpo": 2, "subsidiaries": 3}


class ControllerDialog(UnsavedChangesGuard, QDialog):
    saved = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ControllerDialog()
        self.ui.setupUi(self)
        self._db = db
        self._data = controller.load_controller(db)
        self.ui.subsidiaries.configure(SUBSIDIARY_COLUMNS, new_subsidiary)
        for hint in (self.ui.contact_hint, self.ui.dpo_hint, self.ui.subsidiaries_hint):
            mute(hint)
        self.ui.buttons.accepted.connect(self._on_save_clicked)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.dpo_designated.toggled.connect(self._on_dpo_toggled)
        self._fill(self._data)
        self._shown = self.current_data()

    # --- fields ----------------------------------------------------------------------

    def _edit(self, prefix: str, name: str) -> QLineEdit:
        edit = getattr(self.ui, f"{prefix}{name}")
        assert isinstance(edit, QLineEdit)
        return edit

    def _fill(self, data: ControllerData) -> None:
        company = data.company
        for name in COMPANY_FIELDS:
            value = getattr(company, name)
            self._edit("", name).setText(display_phone(value) if name == "phone" else value)
        self.ui.shares_customer_contacts.setChecked(data.shares_customer_contacts)
        self._fill_contact("contact_", data.contact)
        self._fill_contact("dpo_", data.dpo)
        self.ui.dpo_designated.setChecked(data.dpo is not None)
        self._on_dpo_toggled(data.dpo is not None)
        self.ui.subsidiaries.set_rows([CompanyData(**vars(s)) for s in data.subsidiaries])
        self.ui.status_label.setVisible(False)

    def _fill_contact(self, prefix: str, contact: ContactData | None) -> None:
        for name in CONTACT_FIELDS:
            value = getattr(contact, name) if contact is not None else ""
            self._edit(prefix, name).setText(display_phone(value) if name == "phone" else value)

    def _contact(self, prefix: str) -> ContactData:
        return ContactData(**{name: self._edit(prefix, name).text() for name in CONTACT_FIELDS})

    def current_data(self) -> ControllerData:
        company = CompanyData(self._data.company.id,
                              **{name: self._edit("", name).text() for name in COMPANY_FIELDS})
        contact = self._contact("contact_")
        has_contact = any(vars(contact).values()) or self._data.contact is not None
        return ControllerData(
            company, self.ui.shares_customer_contacts.isChecked(),
            contact if has_contact else None,
            self._contact("dpo_") if self.ui.dpo_designated.isChecked() else None,
            list(self.ui.subsidiaries.rows()))

    # --- actions -------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self.current_data() != self._shown

    def unsaved_text(self) -> str:
        return _("The controller's details have unsaved changes.")

    def take_draft(self) -> Callable[[Database], object] | None:
        """Keep what was typed before an auto-lock (the contact person's and the DPO's
        details among it); the restore opens the dialog again from the area, with it."""
        if not self.dirty:
            return None
        typed, parent = self.current_data(), self.parentWidget()
        self._shown = typed  # closing now asks nothing
        reopen = getattr(parent, "edit_controller", None)

        def restore(_db: Database) -> None:
            if callable(reopen):
                reopen()
                dialog = getattr(parent, "dialog", None)
                if isinstance(dialog, ControllerDialog):
                    dialog.show_draft(typed)

        return restore

    def show_draft(self, typed: ControllerData) -> None:
        """Show what was typed before the lock, not yet saved (the dialog stays dirty)."""
        self._fill(typed)
        self.ui.status_label.setStyleSheet(HINT_STYLE)
        self.ui.status_label.setText(_("What you had typed before the database was locked is "
                                       "shown again; it is not saved yet."))
        self.ui.status_label.setVisible(True)

    def discard_changes(self) -> None:
        """Nothing to undo: the dialog closes, and what was typed goes with it."""

    def reject(self) -> None:
        """Cancel, Escape or closing: unsaved changes are asked about, never dropped."""
        self.confirm_leave(super().reject)

    def save(self) -> bool:
        """Save; False (and the errors at their fields) when refused."""
        try:
            self._data = controller.save_controller(self._db, self.current_data())
        except ValidationFailed as failure:
            self.show_errors(failure.errors)
            return False
        self._shown = self.current_data()
        self.saved.emit()
        return True

    @Slot()
    def _on_save_clicked(self) -> None:
        if self.save():
            self.accept()

    def show_errors(self, errors: dict[str, InvalidValue]) -> None:
        self._clear_errors()
        subsidiary_errors: dict[tuple[int, str], str] = {}
        tabs: set[int] = set()
        for path, error in errors.items():
            head, _sep, rest = path.partition(".")
            tabs.add(TAB_OF.get(head, 0))
            if head == "subsidiaries":
                row, _sep, key = rest.partition(".")
                subsidiary_errors[(int(row), key)] = error.text()
                continue
            prefix = "" if head == "controller" else f"{head}_"
            edit = getattr(self.ui, f"{prefix}{rest}", None)
            if isinstance(edit, QWidget):
                mark_invalid(edit, getattr(self.ui, f"{prefix}{rest}_note", None), error.text())
        self.ui.subsidiaries.show_errors(subsidiary_errors)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for tab in range(self.ui.tabs.count()):
            self.ui.tabs.setTabIcon(tab, warning if tab in tabs else QIcon())
        if tabs and self.ui.tabs.currentIndex() not in tabs:
            self.ui.tabs.setCurrentIndex(min(tabs))
        self.ui.status_label.setStyleSheet(ERROR_STYLE)
        self.ui.status_label.setText(ngettext(
            "Nothing was saved: {count} field needs attention.",
            "Nothing was saved: {count} fields need attention.", len(errors)).format(
                count=len(errors)))
        self.ui.status_label.setVisible(True)

    def _clear_errors(self) -> None:
        for prefix, names in (("", COMPANY_FIELDS), ("contact_", CONTACT_FIELDS),
                              ("dpo_", CONTACT_FIELDS)):
            for name in names:
                mark_invalid(self._edit(prefix, name),
                             getattr(self.ui, f"{prefix}{name}_note"), "")
        for tab in range(self.ui.tabs.count()):
            self.ui.tabs.setTabIcon(tab, QIcon())

    @Slot(bool)
    def _on_dpo_toggled(self, designated: bool) -> None:
        for name in CONTACT_FIELDS:
            self._edit("dpo_", name).setEnabled(designated)

    def save_button(self) -> QWidget:
        return self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.ui.subsidiaries.retranslate()
        self.setWindowTitle(_("Controller"))
