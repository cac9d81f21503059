"""The page of one person: Perustiedot, Rekisterit, Suostumukset ja kiellot.

The basic details are edited and then saved (Ctrl+S) or undone; the page
compares the form with the person as loaded to know of unsaved changes, and
``confirm_leave`` asks Save / Discard / Cancel before they are left. An invalid
value is marked at its field and nothing is saved. Entries, consents,
objections and the restriction are saved at once by their own buttons.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QStyle, QWidget

from kasve_desktop.gui.common.widgets import ERROR_STYLE, HINT_STYLE, UnsavedChangesGuard
from kasve_desktop.gui.forms.ui_person_page import Ui_PersonPage
from kasve_desktop.gui.people.entries_tab import EntriesTab
from kasve_desktop.gui.people.events_tab import PersonEventsTab
from kasve_desktop.gui.people.marketing_tab import MarketingTab
from kasve_desktop.gui.people.person_form import PersonForm
from kasve_desktop.i18n import _, display_date, ngettext
from kasve_desktop.services.database import Database
from kasve_desktop.services.people import persons
from kasve_desktop.services.people.persons import PersonData, ValidationFailed

SAVED_STYLE = "color: #1b6e3c;"
BADGE_STYLE = ("background: #b3261e; color: white; font-weight: bold; padding: 1px 8px; "
               "border-radius: 3px;")


class PersonPage(UnsavedChangesGuard, QWidget):
    saved = Signal(int)
    """The person with this id was saved (created or changed)."""
    changed = Signal()
    """Something the person list shows changed (an entry added or removed)."""

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PersonPage()
        self.ui.setupUi(self)
        self._today = today
        self._db: Database | None = None
        self._loaded: PersonData | None = None
        self._baseline: PersonData | None = None
        self.question: QMessageBox | None = None
        self.form = PersonForm(self)
        self.ui.details_layout.addWidget(self.form)
        self.entries = EntriesTab(self.ui, today, self)
        self.marketing = MarketingTab(self.ui, today, self)
        self.events = PersonEventsTab(self)
        self.ui.tabs.addTab(self.events, "")
        self.ui.restriction_badge.setStyleSheet(BADGE_STYLE)
        self.ui.save_button.setDefault(False)
        self._connect()
        self.retranslate()
        self.show_person(None)

    def _connect(self) -> None:
        self.form.edited.connect(self._on_edited)
        self.ui.save_button.clicked.connect(self.save)
        self.ui.revert_button.clicked.connect(self.revert)
        self.entries.changed.connect(self.changed)
        self.marketing.restriction_changed.connect(self._on_restriction_changed)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)

    # --- what the area calls ----------------------------------------------------------

    def set_database(self, db: Database | None) -> None:
        self._db = db
        self.show_person(None)

    @property
    def person_id(self) -> int | None:
        return self._loaded.id if self._loaded is not None else None

    @property
    def is_new(self) -> bool:
        return self._loaded is not None and self._loaded.id is None

    @property
    def dirty(self) -> bool:
        current = self.current_data()
        return current is not None and (current != self._baseline or self.is_new)

    def load(self, person_id: int) -> None:
        assert self._db is not None
        self.show_person(persons.load_person(self._db, person_id))

    def new_person(self) -> None:
        """An empty form for a new person, saved by Save."""
        self.show_person(PersonData())
        self.ui.tabs.setCurrentWidget(self.ui.details_tab)
        self.form.ui.first_name.setFocus()

    def show_person(self, data: PersonData | None) -> None:
        self._loaded = data
        self.form.set_data(data or PersonData())
        self._baseline = self.current_data()
        known = data is not None and data.id is not None
        self.ui.tabs.setEnabled(data is not None)
        self.ui.tabs.setTabEnabled(self.ui.tabs.indexOf(self.ui.entries_tab), known)
        self.ui.tabs.setTabEnabled(self.ui.tabs.indexOf(self.ui.marketing_tab), known)
        self.ui.tabs.setTabEnabled(self.ui.tabs.indexOf(self.events), known)
        self.events.show_person(self._db, data.id if data else None)
        self.entries.show_person(self._db, data.id if data else None)
        self.marketing.show_person(self._db, data)
        self._clear_marks()
        self._show_title()
        self._update_buttons()

    def current_data(self) -> PersonData | None:
        return None if self._loaded is None else self.form.data(self._loaded)

    def restore_draft(self, data: PersonData) -> None:
        """Show ``data`` (typed before an auto-lock) over the person loaded, unsaved."""
        self.form.set_data(data)
        self.ui.tabs.setCurrentWidget(self.ui.details_tab)
        self._on_edited()
        self.set_status(_("What you had typed before the database was locked is shown "
                          "again; it is not saved yet."))

    @Slot()
    def save(self) -> bool:
        """Save the basic details; False (and the errors at their fields) when refused."""
        data = self.current_data()
        if data is None or self._db is None:
            return False
        try:
            stored = persons.save_person(self._db, data, self._today())
        except ValidationFailed as failure:
            self.show_errors(failure)
            return False
        self.show_person(stored)
        self.set_status(_("Saved."), SAVED_STYLE)
        assert stored.id is not None
        self.saved.emit(stored.id)
        return True

    @Slot()
    def revert(self) -> None:
        self.show_person(self._loaded)

    def show_errors(self, failure: ValidationFailed) -> None:
        first = self.form.show_errors(failure.errors)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.ui.tabs.setTabIcon(self.ui.tabs.indexOf(self.ui.details_tab), warning)
        if first is not None:
            self.ui.tabs.setCurrentWidget(self.ui.details_tab)
        count = len(failure.errors)
        self.set_status(ngettext("Nothing was saved: {count} field needs attention.",
                                  "Nothing was saved: {count} fields need attention.",
                                  count).format(count=count), ERROR_STYLE)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.ui.save_button.setToolTip(_("Save the basic details (Ctrl+S)"))
        self.ui.revert_button.setToolTip(_("Show the details as last saved"))
        self.form.retranslate()
        self.entries.retranslate()
        self.marketing.retranslate()
        self.events.retranslate()
        self.ui.tabs.setTabText(self.ui.tabs.indexOf(self.events), _("Events"))
        self._show_title()

    # --- internals -----------------------------------------------------------------

    def unsaved_text(self) -> str:
        return _("The details of {name} have unsaved changes.").format(name=self._name())

    def discard_changes(self) -> None:
        self.show_person(self._loaded if not self.is_new else None)

    def _name(self) -> str:
        data = self.current_data()
        return (data.full_name if data else "") or _("the new person")

    def _show_title(self) -> None:
        if self._loaded is None:
            self.ui.person_title.setText(_("Choose a person from the list"))
        elif self.is_new and not self._name_typed():
            self.ui.person_title.setText(_("New person"))
        else:
            self.ui.person_title.setText(self._name())
        restricted = self._loaded is not None and self._loaded.restricted
        self.ui.restriction_badge.setVisible(restricted)
        if restricted and self._loaded is not None:
            self.ui.restriction_badge.setText(_("Processing restricted"))
            self.ui.restriction_badge.setToolTip(_("Since {date}: {reason}").format(
                date=display_date(self._loaded.restricted_since),
                reason=self._loaded.restriction_reason))

    def _name_typed(self) -> bool:
        data = self.current_data()
        return data is not None and bool(data.full_name.strip())

    def _update_buttons(self) -> None:
        dirty = self.dirty
        self.ui.save_button.setEnabled(self._loaded is not None and dirty)
        self.ui.revert_button.setEnabled(self._loaded is not None and dirty and not self.is_new)

    def _clear_marks(self) -> None:
        self.ui.tabs.setTabIcon(self.ui.tabs.indexOf(self.ui.details_tab), QIcon())
        self.set_status("", HINT_STYLE)

    def set_status(self, text: str, style: str = HINT_STYLE) -> None:
        self.ui.status_label.setStyleSheet(style)
        self.ui.status_label.setText(text)

    @Slot()
    def _on_edited(self) -> None:
        self.set_status("", HINT_STYLE)
        self._show_title()
        self._update_buttons()

    @Slot(object)
    def _on_restriction_changed(self, stored: PersonData) -> None:
        for kept in (self._loaded, self._baseline):
            if kept is not None:
                kept.restricted = stored.restricted
                kept.restriction_reason = stored.restriction_reason
                kept.restricted_since = stored.restricted_since
        self._show_title()
