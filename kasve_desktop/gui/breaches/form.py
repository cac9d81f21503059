"""The form of one breach: every fact of Art. 33(3)–(5), saved through the services.

The form shows a new breach (discovered "now") or a recorded one, and compares what
its widgets show with what was loaded to know whether there are unsaved changes.
Saving goes through ``services.breaches``: a refusal is shown under the tabs, its
field is focused (its tab chosen) and marked, and nothing typed is lost. The 72 hours
are shown live as the discovery time changes (and as the clock runs: ``tick``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QListWidgetItem, QMessageBox, QVBoxLayout, QWidget

from kasve_desktop.domain import breach_clock
from kasve_desktop.domain.errors import UserError
from kasve_desktop.gui.breaches.cells import COLOURS, hours_state, hours_text, local_text
from kasve_desktop.gui.breaches.fields import (
    Now,
    count,
    does_not_exist,
    instant,
    repeated,
    set_count,
    set_instant,
    utc_offset_text,
)
from kasve_desktop.gui.breaches.form_fields import BreachFields
from kasve_desktop.gui.breaches.people_box import Linked, linked_of
from kasve_desktop.gui.common.table_model import EMPHASIS_COLOURS, Emphasis
from kasve_desktop.gui.common.widgets import UnsavedChangesGuard, show_error
from kasve_desktop.i18n import _, display_datetime
from kasve_desktop.services import breaches
from kasve_desktop.services.breaches import BreachDetail, BreachInput, BreachInvalid, Risk
from kasve_desktop.services.database import Database
from kasve_desktop.services.listing import localized
from kasve_desktop.services.registers import registers

TEXT_NAMES = ("description", "happened_note", "person_categories", "data_categories",
              "consequences", "measures_taken", "measures_proposed", "risk_reasons",
              "delay_reasons", "persons_not_told_reason", "persons_message", "note")
LINE_NAMES = ("title", "decided_by", "authority_reference")
INSTANT_NAMES = ("happened_at", "decided_at", "authority_notified_at", "persons_notified_at")
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclasses.dataclass(frozen=True)
class FormState:
    """What the form shows: the input and the linked persons' names (for a draft)."""

    data: BreachInput
    persons: tuple[Linked, ...]


class BreachForm(UnsavedChangesGuard, QWidget):
    saved = Signal(str)
    """The breach with this reference was recorded or saved."""
    edited = Signal()

    def __init__(self, now: Now, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("breach_form")
        self._now = now
        self._db: Database | None = None
        self.detail: BreachDetail | None = None
        self._baseline: FormState | None = None
        self._loading = False
        self._marked: QWidget | None = None
        self.question: QMessageBox | None = None
        self.fields = BreachFields(now, self)
        self.message = QLabel(self)
        self.message.setObjectName("form_message")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.fields, 1)
        layout.addWidget(self.message)
        self._connect()

    def _connect(self) -> None:
        f = self.fields
        for name in TEXT_NAMES:
            getattr(f, name).textChanged.connect(self._on_edited)
        for name in LINE_NAMES:
            getattr(f, name).textChanged.connect(self._on_edited)
        for name in INSTANT_NAMES:
            getattr(f, name).changed.connect(self._on_edited)
        for spin in (f.persons_count, f.records_count):
            spin.valueChanged.connect(self._on_edited)
        f.discovered_at.dateTimeChanged.connect(self._on_edited)
        f.risk.currentIndexChanged.connect(self._on_edited)
        f.register_keys.itemChanged.connect(self._on_edited)
        f.people.changed.connect(self._on_edited)
        # The window's, wherever the focus is (the list too), while the area is shown.
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self.save)

    # --- what the area calls ------------------------------------------------------------

    def set_database(self, db: Database | None) -> None:
        self._db = db
        self.fields.people.set_database(db)
        self._fill_registers()
        self.show_breach(None)

    @property
    def reference(self) -> str | None:
        return self.detail.row.reference if self.detail is not None else None

    @property
    def is_new(self) -> bool:
        return self.detail is None and self._baseline is not None

    @property
    def dirty(self) -> bool:
        return self._baseline is not None and self.state() != self._baseline

    def show_breach(self, detail: BreachDetail | None) -> None:
        """Show ``detail`` as stored; None shows nothing (disabled)."""
        self.detail = detail
        data = detail.data if detail is not None else self._blank()
        persons = tuple(linked_of(p) for p in detail.persons) if detail is not None else ()
        self._show(FormState(data, persons), detail is not None)
        self.fields.additions.clear()
        for addition in detail.additions if detail is not None else ():
            self.fields.additions.addItem(QListWidgetItem(
                f"{local_text(addition.at)}: {addition.text}"))

    def load(self, reference: str) -> None:
        """Show the breach ``reference`` as stored (raises ``BreachNotFound``)."""
        assert self._db is not None
        self.show_breach(breaches.breach_detail(self._db, reference, self._now()))

    def show_new(self) -> None:
        """An empty form for a new breach, discovered now."""
        self.detail = None
        self.fields.additions.clear()
        self._show(FormState(self._blank(), ()), True)
        self.fields.setCurrentIndex(0)
        self.fields.title.setFocus()

    def restore_draft(self, state: FormState) -> None:
        """Show ``state`` over what is loaded (after an auto-lock): unsaved again."""
        baseline = self._baseline
        self._show(state, True)
        self._baseline = baseline

    def _blank(self) -> BreachInput:
        moment = self._now().replace(second=0, microsecond=0)
        return BreachInput(title="", discovered_at=moment)

    def _show(self, state: FormState, enabled: bool) -> None:
        self._loading = True
        try:
            self._fill(state.data)
            self.fields.people.set_persons(state.persons)
        finally:
            self._loading = False
        self._baseline = self.state() if enabled else None
        self.fields.setEnabled(enabled)
        self._mark(None, "")
        self.tick()

    # --- between the widgets and a BreachInput ---------------------------------------------

    def _fill(self, data: BreachInput) -> None:
        f = self.fields
        for name in TEXT_NAMES:
            getattr(f, name).setPlainText(getattr(data, name))
        for name in LINE_NAMES:
            getattr(f, name).setText(getattr(data, name))
        for name in INSTANT_NAMES:
            getattr(f, name).set_value(getattr(data, name))
        set_instant(f.discovered_at, data.discovered_at)
        set_count(f.persons_count, data.persons_count)
        set_count(f.records_count, data.records_count)
        f.risk.setCurrentIndex(max(f.risk.findData(data.risk), 0))
        for row in range(f.register_keys.count()):
            item = f.register_keys.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(KEY_ROLE) in data.register_keys
                               else Qt.CheckState.Unchecked)

    def current_input(self) -> BreachInput:
        f = self.fields
        values: dict[str, object] = {name: getattr(f, name).toPlainText() for name in TEXT_NAMES}
        values |= {name: getattr(f, name).text() for name in LINE_NAMES}
        values |= {name: getattr(f, name).value() for name in INSTANT_NAMES}
        risk = f.risk.currentData()
        return BreachInput(
            discovered_at=instant(f.discovered_at), persons_count=count(f.persons_count),
            records_count=count(f.records_count),
            risk=Risk(risk) if risk is not None else None,
            register_keys=tuple(
                f.register_keys.item(row).data(KEY_ROLE) for row in range(
                    f.register_keys.count())
                if f.register_keys.item(row).checkState() == Qt.CheckState.Checked),
            person_ids=f.people.person_ids(), **values)  # type: ignore[arg-type]

    def state(self) -> FormState:
        return FormState(self.current_input(), self.fields.people.persons())

    def _fill_registers(self) -> None:
        keys = self.fields.register_keys
        keys.clear()
        if self._db is None:
            return
        for summary in registers.list_registers(self._db):
            item = QListWidgetItem(localized(summary.name) or summary.key)
            item.setData(KEY_ROLE, summary.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            keys.addItem(item)
        self.fields.fit_registers()

    # --- saving ----------------------------------------------------------------------------

    def save(self) -> bool:
        """Record or store what the form shows; False (the reason shown) if refused."""
        if self._db is None or self._baseline is None:
            return False
        data, now = self.current_input(), self._now()
        skipped = self._skipped_time(data)
        if skipped is not None:
            self._mark(self._widget_of(skipped), skipped_text(getattr(data, skipped)))
            return False
        try:
            if self.detail is None:
                reference = breaches.record_breach(self._db, data, now)
            else:
                reference = self.detail.row.reference
                breaches.update_breach(self._db, reference, data, now)
        except BreachInvalid as refused:
            self._mark(self._widget_of(refused.field), refused.text())
            return False
        except UserError as refused:  # BreachNotFound: gone since it was shown
            self._mark(None, refused.text())
            return False
        self.load(reference)
        self.message.setText(_("Saved."))
        self.message.setStyleSheet("color: #1b6e3c;")
        self.saved.emit(reference)
        return True

    def discard_changes(self) -> None:
        if self.detail is not None:
            self.show_breach(self.detail)
        else:
            self.show_breach(None)

    def revert(self) -> None:
        if self.detail is not None:
            self.show_breach(self.detail)
        elif self._baseline is not None:
            self._show(self._baseline, True)

    def unsaved_text(self) -> str:
        if self.detail is None:
            return _("The new breach has not been saved.")
        return _("The breach {reference} has unsaved changes.").format(
            reference=self.detail.row.reference)

    @staticmethod
    def _skipped_time(data: BreachInput) -> str | None:
        """The first field holding a wall-clock time the spring clock change skips."""
        return next((name for name in ("discovered_at", *INSTANT_NAMES)
                     if (value := getattr(data, name)) is not None and does_not_exist(value)),
                    None)

    def _widget_of(self, field: str) -> QWidget | None:
        if not field:
            return None
        if field == "person_ids":
            return self.fields.people.list
        found = self.fields.findChild(QWidget, field)
        return found if isinstance(found, QWidget) else None

    def _mark(self, widget: QWidget | None, text: str) -> None:
        """Show ``text`` as the error of ``widget`` (None, "": clear the mark)."""
        if self._marked is not None:
            self._marked.setStyleSheet("")
        self._marked = widget
        show_error(self.message, text)
        if widget is None:
            return
        widget.setStyleSheet(f"border: 1px solid {EMPHASIS_COLOURS[Emphasis.ALERT]};")
        page: QWidget | None = widget
        while page is not None and self.fields.indexOf(page) < 0:
            page = page.parentWidget()
        if page is not None:
            self.fields.setCurrentIndex(self.fields.indexOf(page))
        widget.setFocus()

    # --- live -------------------------------------------------------------------------------

    @Slot()
    def _on_edited(self) -> None:
        if self._loading:
            return
        self.tick()
        if self.message.text() == _("Saved."):
            self.message.setText("")
        self.edited.emit()

    @Slot()
    def tick(self) -> None:
        """Show the deadline and the hours left of what the form says now."""
        f, data = self.fields, self.current_input()
        if self._baseline is None:  # nothing shown
            f.deadline.setText("")
            f.delay_label.setVisible(False)
            f.delay_reasons.setVisible(False)
            return
        if does_not_exist(data.discovered_at):
            f.deadline.setText(skipped_text(data.discovered_at))
            f.deadline.setStyleSheet(f"color: {EMPHASIS_COLOURS[Emphasis.ALERT]};")
            return
        deadline = breach_clock.notify_by(data.discovered_at)
        running = data.authority_notified_at is None and data.risk is not Risk.NONE
        hours = breach_clock.hours_left(data.discovered_at, self._now()) if running else None
        text = local_text(deadline)
        if hours is not None:
            text += " · " + hours_text(hours)
        if repeated(data.discovered_at):
            text += " · " + (
                _("discovered at {offset}: the second of the repeated hour") if
                data.discovered_at.fold else
                _("discovered at {offset}: the first of the repeated hour")).format(
                offset=utc_offset_text(data.discovered_at))
        f.deadline.setText(text)
        colour = COLOURS.get(hours_state(hours))
        f.deadline.setStyleSheet(f"color: {colour}; font-weight: bold;" if colour else "")
        late = (data.authority_notified_at is not None
                and breach_clock.is_late(data.discovered_at, data.authority_notified_at)) \
            or (hours is not None and hours < 0)
        shown = late or bool(data.delay_reasons.strip())
        f.delay_label.setVisible(shown)
        f.delay_reasons.setVisible(shown)


def skipped_text(wall: dt.datetime) -> str:
    """Why a wall-clock time the spring clock change skips is refused."""
    return _("{time} does not exist in Helsinki time: the clocks were put forward an hour "
             "that night. Choose the time before or after it.").format(
        time=display_datetime(wall.replace(tzinfo=None)))
