"""The persons known to be concerned by a breach: a list, "Add a person…" and "Remove".

The persons are searched for with the inbox's person picker (the data-subject search);
the list is part of the breach form and saved with it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kasve_desktop.gui.common.widgets import mute
from kasve_desktop.i18n import _, display_number, ngettext
from kasve_desktop.services.breaches import LinkedPerson
from kasve_desktop.services.database import Database

ID_ROLE = Qt.ItemDataRole.UserRole + 1
MIN_LIST_WIDTH = 200
MIN_LIST_HEIGHT = 80


@dataclass(frozen=True)
class Linked:
    """A person in the list: who, and what the letters need to know of them."""

    id: int
    name: str
    note: str = ""


def linked_of(person: LinkedPerson) -> Linked:
    notes = [] if person.has_address else [_("no postal address")]
    if person.told_at is not None:
        notes.append(_("told"))
    return Linked(person.id, person.name, ", ".join(notes))


class PersonList(QListWidget):
    """The list, showing ``empty_text`` in grey while no one is in it."""

    empty_text = ""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.count() or not self.empty_text:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(self.viewport().rect().adjusted(8, 8, -8, -8),
                         int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
                             | Qt.TextFlag.TextWordWrap), self.empty_text)


class PeopleBox(QWidget):
    """The linked persons; ``changed`` when one is added or removed."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("people_box")
        self._db: Database | None = None
        self.dialog: QDialog | None = None
        self.list = PersonList(self)
        self.list.setMinimumSize(MIN_LIST_WIDTH, MIN_LIST_HEIGHT)
        self.list.setObjectName("linked_persons")
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("add_person_button")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("remove_person_button")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)  # its text changes: the layout must not follow it
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        mute(self.summary)
        self._lay_out()
        self.add_button.clicked.connect(self.choose_person)
        self.remove_button.clicked.connect(self.remove_chosen)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.retranslate()

    def _lay_out(self) -> None:
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row, 1)
        column.addWidget(self.summary)

    def retranslate(self) -> None:
        self.list.empty_text = _("No one linked yet. Add the persons known to be concerned: "
                                 "the letters are written to them.")
        self.list.viewport().update()
        self.add_button.setText(_("Add a &person…"))
        self.add_button.setToolTip(_("Search the registers for a person concerned"))
        self.remove_button.setText(_("Re&move"))
        self.remove_button.setToolTip(_("Remove the chosen person from this breach"))
        self._update_summary()

    def set_database(self, db: Database | None) -> None:
        self._db = db
        self._update_buttons()

    # --- the list ------------------------------------------------------------------------

    def persons(self) -> tuple[Linked, ...]:
        return tuple(self.list.item(row).data(ID_ROLE) for row in range(self.list.count()))

    def person_ids(self) -> tuple[int, ...]:
        return tuple(person.id for person in self.persons())

    def set_persons(self, persons: tuple[Linked, ...]) -> None:
        self.list.clear()
        for person in persons:
            self._append(person)
        self._update_summary()
        self._update_buttons()

    def _append(self, person: Linked) -> None:
        text = f"{person.name} ({person.note})" if person.note else person.name
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, person)
        self.list.addItem(item)

    def add(self, person: Linked) -> None:
        if person.id in self.person_ids():
            return
        self._append(person)
        self.list.setCurrentRow(self.list.count() - 1)
        self._update_summary()
        self.changed.emit()

    @Slot()
    def remove_chosen(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.list.takeItem(row)
        self._update_summary()
        self._update_buttons()
        self.changed.emit()

    # --- choosing a person -------------------------------------------------------------------

    @Slot()
    def choose_person(self) -> None:
        """The person search (opened, not blocking); the chosen person is added."""
        if self._db is None:
            return
        from kasve_desktop.gui.inbox.person_match import PersonPickerDialog

        dialog = PersonPickerDialog(self._db, "", self)
        dialog.setWindowTitle(_("Add a person concerned"))
        dialog.ui.request_info.setText(_("Choose a person whose data the breach concerns."))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._on_chosen(dialog))
        self.dialog = dialog
        dialog.open()

    def _on_chosen(self, dialog: QDialog) -> None:
        person = getattr(dialog, "person", None)
        if person is not None:
            self.add(Linked(person.id, person.name))
        self.dialog = None

    @Slot()
    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self._db is not None)
        self.remove_button.setEnabled(self.list.currentRow() >= 0)

    def _update_summary(self) -> None:
        count = self.list.count()
        self.summary.setText(
            ngettext("{count} person linked.", "{count} persons linked.", count).format(
                count=display_number(count)) if count
            else _("No persons linked. Link those known; the numbers above are estimates."))
