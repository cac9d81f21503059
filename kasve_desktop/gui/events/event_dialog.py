"""One event: its name, dates, place, organiser, register, notice version and description.

OK saves the whole event through ``save_event``; if it is refused, every bad field is
marked with its reason and nothing is saved (the dialog stays open). Closing the dialog
with unsaved changes asks Save / Discard / Cancel first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from kasve_desktop.domain.errors import UserError
from kasve_desktop.domain.validation import InvalidValue, ValidationFailed
from kasve_desktop.gui.common.widgets import ERROR_STYLE, UnsavedChangesGuard
from kasve_desktop.gui.forms.ui_event_dialog import Ui_EventDialog
from kasve_desktop.gui.people.dialogs import choose, fill_choices
from kasve_desktop.gui.people.records import allow_no_date, optional_date, set_optional_date
from kasve_desktop.gui.registers.fields import mark_invalid
from kasve_desktop.i18n import _, display_date, ngettext
from kasve_desktop.services import listing
from kasve_desktop.services.database import Database
from kasve_desktop.services.events.events import (
    EventData,
    default_register_id,
    load_event,
    notice_in_force,
    save_event,
)
from kasve_desktop.services.registers import notice, registers

FIELDS = ("name", "starts_on", "ends_on", "place", "organiser", "register_id",
          "notice_version_id", "description")
NO_CHOICE = "—"


def register_choices(db: Database) -> list[tuple[object, str]]:
    return [(r.id, listing.localized(r.name) or r.key) for r in registers.list_registers(db)]


def notice_choices(db: Database) -> list[tuple[object, str]]:
    """"—" and the published notice versions, the newest first, by their stored id."""
    return [(None, NO_CHOICE)] + [
        (info.id, _("Version {number} (in force from {date})").format(
            number=info.number, date=display_date(info.effective_date)))
        for info in notice.versions(db)]


class EventDialog(UnsavedChangesGuard, QDialog):
    """Create (``event_id`` None) or edit an event; ``saved`` once it is stored."""

    saved = Signal(int)
    """The event with this id was created or changed."""

    def __init__(self, db: Database, today: Callable[[], dt.date], event_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EventDialog()
        self.ui.setupUi(self)
        self._db = db
        self._today = today
        self.question: QMessageBox | None = None
        self.saved_id: int | None = None
        for edit in (self.ui.starts_on, self.ui.ends_on):
            allow_no_date(edit)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self._loaded = self._initial(event_id)
        self._fill_choices(self._registers(), self._notices())
        self._fill(self._loaded)
        self._baseline = self.record()
        self.setWindowTitle(_("New event") if event_id is None else _("Event"))
        self.ui.name.setFocus()

    def _initial(self, event_id: int | None) -> EventData:
        if event_id is not None:
            return load_event(self._db, event_id)
        return EventData(starts_on=self._today(), register_id=default_register_id(self._db),
                         notice_version_id=notice_in_force(self._db, self._today()))

    def _registers(self) -> list[tuple[object, str]]:
        """The registers; an event without one is in the events register (if there is one,
        else "—", which the service refuses as missing)."""
        if self._loaded.register_id is None:
            self._loaded.register_id = default_register_id(self._db)
        rows = register_choices(self._db)
        if self._loaded.register_id is None:
            rows.insert(0, (None, NO_CHOICE))
        return rows

    def _notices(self) -> list[tuple[object, str]]:
        """The published versions, and the event's own if it is not among them (kept as is)."""
        rows = notice_choices(self._db)
        saved = self._loaded.notice_version_id
        if saved is not None and saved not in [value for value, _label in rows]:
            rows.append((saved, _("The version saved with the event")))
        return rows

    def _fill_choices(self, register_rows: Sequence[tuple[object, str]],
                      notice_rows: Sequence[tuple[object, str]]) -> None:
        fill_choices(self.ui.register_id, register_rows)
        fill_choices(self.ui.notice_version_id, notice_rows)

    def _fill(self, data: EventData) -> None:
        self.ui.name.setText(data.name)
        set_optional_date(self.ui.starts_on, data.starts_on)
        set_optional_date(self.ui.ends_on, data.ends_on)
        self.ui.place.setText(data.place)
        self.ui.organiser.setText(data.organiser)
        choose(self.ui.register_id, data.register_id)
        choose(self.ui.notice_version_id, data.notice_version_id)
        self.ui.description.setPlainText(data.description)

    def record(self) -> EventData:
        register_id = self.ui.register_id.currentData()
        notice_id = self.ui.notice_version_id.currentData()
        return EventData(
            id=self._loaded.id, name=self.ui.name.text(),
            starts_on=optional_date(self.ui.starts_on), ends_on=optional_date(self.ui.ends_on),
            place=self.ui.place.text(), organiser=self.ui.organiser.text(),
            register_id=int(register_id) if register_id is not None else None,
            notice_version_id=int(notice_id) if notice_id is not None else None,
            description=self.ui.description.toPlainText())

    # --- saving ---------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self.saved_id is None and self.record() != self._baseline

    def save(self) -> bool:
        """Save the event; False (and the reasons at the fields) when refused."""
        try:
            self.saved_id = save_event(self._db, self.record(), self._today())
        except ValidationFailed as failure:
            self.show_errors(failure.errors)
            return False
        except UserError as error:  # e.g. the event was deleted meanwhile
            self.show_errors({})
            self._say(error.text())
            return False
        self.saved.emit(self.saved_id)
        return True

    def show_errors(self, errors: dict[str, InvalidValue]) -> None:
        first: QWidget | None = None
        for name in FIELDS:
            widget = getattr(self.ui, name)
            error = errors.get(name)
            mark_invalid(widget, getattr(self.ui, f"{name}_note"), error.text() if error else "")
            if error is not None and first is None:
                first = widget
        if first is not None:
            first.setFocus()
        count = len(errors)
        self._say(ngettext("Nothing was saved: {count} field needs attention.",
                           "Nothing was saved: {count} fields need attention.",
                           count).format(count=count) if count else "")

    def _say(self, text: str) -> None:
        self.ui.message.setStyleSheet(ERROR_STYLE)
        self.ui.message.setText(text)
        self.ui.message.setVisible(bool(text))

    # --- UnsavedChangesGuard --------------------------------------------------------------

    def unsaved_text(self) -> str:
        name = self.ui.name.text().strip()
        if not name:
            return _("The new event has unsaved changes.")
        return _("The event {name} has unsaved changes.").format(name=name)

    def discard_changes(self) -> None:
        self._fill(self._loaded)

    # --- closing --------------------------------------------------------------------------

    def accept(self) -> None:
        if self.save():
            super().accept()

    def reject(self) -> None:
        """Cancel, Esc and the window's close button: ask first if something is unsaved."""
        if self.question is not None:
            return
        self.confirm_leave(self.leave)

    def leave(self) -> None:
        """Close: accepted if the event was saved, else rejected."""
        if self.saved_id is not None:
            QDialog.accept(self)
        else:
            QDialog.reject(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.isVisible() and self.dirty:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)
