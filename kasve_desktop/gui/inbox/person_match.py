"""Matching a requester to a person of the registers: search, link, or create a person.

``PersonMatchDialog`` works on an entered request: the search box starts with
the requester's e-mail address (else the name), the results come from the
data-subject search, and the chosen person is linked through the request
steps service. "Create a person from the request" asks first, then makes a
person of the requester's details and links it. ``PersonPickerDialog`` is the
same search for the intake dialog, where the request does not exist yet: it
only hands back the person chosen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QWidget

from kasve_desktop.domain.workflow import StepRefused
from kasve_desktop.gui.common.widgets import mute, show_error
from kasve_desktop.gui.forms.ui_person_match_dialog import Ui_PersonMatchDialog
from kasve_desktop.gui.people.records import RecordColumn, RecordsModel, set_up_table
from kasve_desktop.gui.people.records import selected_row as chosen_row
from kasve_desktop.i18n import N_, _, display_number, ngettext
from kasve_desktop.services import listing
from kasve_desktop.services.database import Database
from kasve_desktop.services.listing import Order, Page, PersonRow
from kasve_desktop.services.people import search
from kasve_desktop.services.registers import registers
from kasve_desktop.services.requests import steps
from kasve_desktop.services.requests.detail import RequestDetail, load_request

SEARCH_DELAY_MS = 200
RESULT_LIMIT = 200


def _phones(row: PersonRow) -> str:
    return ", ".join(listing.display_phone(number) for number in row.phones)


def result_columns(register_names: dict[str, str]) -> tuple[RecordColumn, ...]:
    def names(row: PersonRow) -> str:
        return ", ".join(register_names.get(key, key) for key in row.register_keys)

    return (RecordColumn(N_("Name"), lambda r: r.name),
            RecordColumn(N_("Organisation"), lambda r: r.organisation,
                         tooltip=lambda r: r.organisation),
            RecordColumn(N_("E-mail addresses"), lambda r: ", ".join(r.emails),
                         tooltip=lambda r: "\n".join(r.emails)),
            RecordColumn(N_("Phone numbers"), _phones),
            RecordColumn(N_("Municipality"), lambda r: r.municipality),
            RecordColumn(N_("Registers"), names, tooltip=names, stretch=True))


def search_text(detail: RequestDetail) -> str:
    """What to search for first: the requester's e-mail address, else the name."""
    return detail.draft.requester_email or detail.draft.requester_name


ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _PersonSearchDialog(QDialog):
    """The search box and its results; ``run_search`` fills them (the timer calls it).

    The keyboard goes from the box into the list and back: Down in the search box
    moves into the results (the first row chosen), Enter on a chosen row chooses it.
    """

    def __init__(self, db: Database, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ui = Ui_PersonMatchDialog()
        self.ui.setupUi(self)
        self._db = db
        self.query = ""
        names = {r.key: listing.localized(r.name) for r in registers.list_registers(db)}
        self.model = RecordsModel(result_columns(names), parent=self)
        set_up_table(self.ui.results, self.model)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.ui.search.textChanged.connect(self._on_typed)
        self.ui.search.returnPressed.connect(self.run_search)
        self.timer.timeout.connect(self.run_search)
        self.ui.results.selectionModel().selectionChanged.connect(self._update_buttons)
        self.ui.results.doubleClicked.connect(self._on_double_clicked)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.link_button.clicked.connect(self.link_chosen)
        for button in self.ui.buttons.buttons():  # Enter in the search box searches
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        self.ui.search.installEventFilter(self)
        self.ui.results.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if watched is self.ui.search and event.key() == Qt.Key.Key_Down:
            return self._into_results()
        if watched is self.ui.results and event.key() in ENTER_KEYS \
                and self.chosen() is not None:
            self.link_chosen()
            return True
        return super().eventFilter(watched, event)

    def _into_results(self) -> bool:
        if self.model.rowCount() == 0:
            return False
        if self.chosen() is None:
            self.ui.results.selectRow(0)
        self.ui.results.setFocus(Qt.FocusReason.TabFocusReason)
        return True

    def start(self, text: str) -> None:
        """Put ``text`` in the search box and search at once."""
        self.ui.search.setText(text)
        self.run_search()
        self.ui.search.setFocus()

    @Slot(str)
    def _on_typed(self, _text: str) -> None:
        self.timer.start()

    @Slot()
    def run_search(self) -> None:
        self.timer.stop()
        self.query = self.ui.search.text().strip()
        rows = (search.search_page(self._db, self.query,
                                   Page(Order("name", False), 0, RESULT_LIMIT))
                if self.query else [])
        self.model.set_rows(rows)
        if len(rows) == 1:
            self.ui.results.selectRow(0)
        self._show_count(rows)
        self._update_buttons()

    def _show_count(self, rows: list[PersonRow]) -> None:
        label = self.ui.empty_label
        mute(label)
        if not self.query:
            text = _("Type a name, an e-mail address or a phone number to search.")
        elif not rows:
            text = _("Nobody matches “{query}”.").format(query=self.query)
            if not self.ui.create_button.isHidden():
                text += " " + _("Search by another detail, or create a person from the "
                                "request.")
            label.setStyleSheet("font-weight: bold;")
        elif len(rows) >= RESULT_LIMIT:
            total = search.search_count(self._db, self.query)
            text = _("The first {shown} of {total} people found: type more to narrow the "
                     "search.").format(shown=display_number(len(rows)),
                                       total=display_number(total))
        else:
            text = ngettext("{count} person found.", "{count} people found.",
                            len(rows)).format(count=display_number(len(rows)))
        label.setText(text)
        label.setVisible(True)

    def chosen(self) -> PersonRow | None:
        row = chosen_row(self.ui.results, self.model)
        return row if isinstance(row, PersonRow) else None

    @Slot()
    def _update_buttons(self) -> None:
        self.ui.link_button.setEnabled(self.chosen() is not None)

    @Slot(QModelIndex)
    def _on_double_clicked(self, _index: QModelIndex) -> None:
        self.link_chosen()

    @Slot()
    def link_chosen(self) -> None:
        raise NotImplementedError

    def say(self, text: str) -> None:
        show_error(self.ui.message, text)
        self.ui.message.setVisible(bool(text))


class PersonPickerDialog(_PersonSearchDialog):
    """Choose a person for a request that is being entered; ``person`` after accepting."""

    def __init__(self, db: Database, text: str, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.person: PersonRow | None = None
        self.setWindowTitle(_("Choose a person"))
        self.ui.request_info.setText(_("Choose the person the request concerns. The link can "
                                       "also be made later, in the request's details."))
        for widget in (self.ui.link_status, self.ui.create_button, self.ui.unlink_button):
            widget.setVisible(False)
        self.ui.link_button.setText(_("&Choose"))
        self.start(text)

    @Slot()
    def link_chosen(self) -> None:
        self.person = self.chosen()
        if self.person is not None:
            self.accept()


class PersonMatchDialog(_PersonSearchDialog):
    """Link an entered request to a person, create one from it, or remove the link."""

    person_changed = Signal()
    """The request's person was linked, created or unlinked."""

    def __init__(self, db: Database, today: Callable[[], dt.date], request_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self._today = today
        self.request_id = request_id
        self.changed = False
        self.question: QMessageBox | None = None
        self.detail = load_request(db, request_id, today())
        self.ui.create_button.clicked.connect(self.confirm_create)
        self.ui.unlink_button.clicked.connect(self.unlink)
        self._show_request()
        self.start(search_text(self.detail))

    def _show_request(self) -> None:
        d = self.detail.draft
        contact = ", ".join(part for part in (d.requester_email,
                                              listing.display_phone(d.requester_phone)
                                              if d.requester_phone else "",
                                              d.requester_locality) if part)
        self.ui.request_info.setText(_("Request {reference} from {name} ({contact})").format(
            reference=self.detail.reference, name=d.requester_name or "—",
            contact=contact or "—"))
        linked = self.detail.person_id is not None
        self.ui.link_status.setText(
            _("Linked to: {name}").format(name=self.detail.person_name) if linked
            else _("Not linked to a person yet."))
        self.ui.link_status.setStyleSheet("font-weight: bold;" if linked else "")
        self.ui.unlink_button.setEnabled(linked)
        self.ui.create_button.setEnabled(not linked)

    def _apply(self, step: Callable[[], RequestDetail]) -> bool:
        try:
            self.detail = step()
        except StepRefused as refused:
            self.say(refused.text())
            return False
        self.say("")
        self.changed = True
        self._show_request()
        self.person_changed.emit()
        return True

    @Slot()
    def link_chosen(self) -> None:
        person = self.chosen()
        if person is not None and self._apply(lambda: steps.link_person(
                self._db, self.request_id, person.id, self._today())):
            self.accept()

    @Slot()
    def confirm_create(self) -> None:
        """Ask first (Yes/No, No by default); Yes creates the person."""
        d = self.detail.draft
        box = QMessageBox(QMessageBox.Icon.Question, _("Create a person"),
                          _("Create a new person from the request's details ({name})?").format(
                              name=d.requester_name or "—"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setInformativeText(_("Do this only if the person is not in the registers yet: "
                                 "search first by name, e-mail address and phone number."))
        box.finished.connect(self._on_create_answer)
        self.question = box
        box.open()

    @Slot(int)
    def _on_create_answer(self, _result: int) -> None:
        box = self.question
        if box is not None and box.standardButton(box.clickedButton()) == \
                QMessageBox.StandardButton.Yes:
            self.create_person()

    def create_person(self) -> None:
        if self._apply(lambda: steps.person_from_request(self._db, self.request_id,
                                                         self._today())):
            self.accept()

    @Slot()
    def unlink(self) -> None:
        self._apply(lambda: steps.link_person(self._db, self.request_id, None, self._today()))

