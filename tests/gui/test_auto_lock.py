"""Auto-lock: idle minutes, activity, the setting, sleep, the sign-up mode, drafts, clearing.

Time is injected: a ``Ticker`` stands in for the monotonic clock and the controller's
``FixedClock`` for the wall clock, so that nothing waits minutes or reads today's date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import pytest
import shiboken6
from PySide6.QtCore import QAbstractListModel, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kasve_desktop.clock import FixedClock
from kasve_desktop.gui.common.language import QtTranslators
from kasve_desktop.gui.common.table_model import ID_ROLE
from kasve_desktop.gui.common.worker import wait_for_jobs
from kasve_desktop.gui.controller import AppController
from kasve_desktop.gui.events.area import EventsArea
from kasve_desktop.gui.inbox.area import InboxArea
from kasve_desktop.gui.inbox.detail_pane import RESPONSE
from kasve_desktop.gui.inbox.intake_dialog import IntakeDialog
from kasve_desktop.gui.inbox.response_dialog import ResponseDialog
from kasve_desktop.gui.main_window import MainWindow
from kasve_desktop.gui.people.area import SubjectsArea
from kasve_desktop.gui.people.dialogs import ObjectionDialog
from kasve_desktop.gui.registers.area import RegistersArea
from kasve_desktop.gui.safety.auto_lock import (
    AUTO_LOCK_KEY,
    DEFAULT_MINUTES,
    IdleWatcher,
    SessionSignals,
)
from kasve_desktop.gui.settings.area import SettingsArea
from kasve_desktop.gui.unlock.unlock_dialog import UnlockDialog
from kasve_desktop.services.database import transaction
from kasve_desktop.services.people import marketing
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Person, PersonEmail, Request
from tests.conftest import fixed_clock
from tests.gui.conftest import unlock_with, visit
from tests.gui.events.conftest import type_text
from tests.gui.sample import TODAY
from tests.services.events.signup_sample import add_signup_sample

MINUTE = 60.0
A = TypeVar("A")


class Ticker:
    """A monotonic clock that moves only when told."""

    def __init__(self) -> None:
        self.seconds = 1000.0

    def __call__(self) -> float:
        return self.seconds

    def advance(self, minutes: float) -> None:
        self.seconds += minutes * MINUTE


@pytest.fixture
def ticker() -> Ticker:
    return Ticker()


@pytest.fixture
def wall() -> FixedClock:
    return fixed_clock(TODAY)


@pytest.fixture
def watcher(qtbot: QtBot, ticker: Ticker, wall: FixedClock) -> Iterator[IdleWatcher]:
    shown = IdleWatcher(DEFAULT_MINUTES, monotonic=ticker, wall=wall.now)
    shown.set_armed(True)
    yield shown
    shown.set_armed(False)


def locks(qtbot: QtBot, watcher: IdleWatcher) -> bool:
    """Whether a check now asks for the lock."""
    fired: list[bool] = []
    watcher.lock_due.connect(lambda: fired.append(True))
    watcher.check()
    watcher.lock_due.disconnect()
    return bool(fired)


# --- the watcher --------------------------------------------------------------------------


def test_idle_for_the_minutes_locks(qtbot: QtBot, watcher: IdleWatcher, ticker: Ticker) -> None:
    assert watcher.timer.isActive()
    ticker.advance(DEFAULT_MINUTES - 0.1)
    assert not locks(qtbot, watcher)
    ticker.advance(0.1)
    assert locks(qtbot, watcher)
    assert not watcher.armed and not watcher.timer.isActive()
    ticker.advance(10)
    assert not locks(qtbot, watcher)  # once: the next database arms it again


def test_input_on_any_window_counts_as_activity(qtbot: QtBot, watcher: IdleWatcher,
                                                ticker: Ticker) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    ticker.advance(4)
    qtbot.keyClick(edit, Qt.Key.Key_A)
    ticker.advance(4)
    assert not locks(qtbot, watcher)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    ticker.advance(4.9)
    assert not locks(qtbot, watcher)
    ticker.advance(0.1)
    assert locks(qtbot, watcher)


def test_zero_minutes_never_locks(qtbot: QtBot, watcher: IdleWatcher, ticker: Ticker,
                                  wall: FixedClock) -> None:
    watcher.set_minutes(0)
    assert not watcher.timer.isActive()
    ticker.advance(1000)
    wall.advance(dt.timedelta(hours=20))
    assert not locks(qtbot, watcher)
    watcher.set_minutes(3)  # at once, counted from the change
    assert watcher.timer.isActive()
    ticker.advance(3)
    assert locks(qtbot, watcher)


def test_a_jump_of_the_wall_clock_locks_at_once(qtbot: QtBot, watcher: IdleWatcher,
                                                wall: FixedClock) -> None:
    """After sleep the monotonic clock has stood still; the wall clock has not."""
    wall.advance(dt.timedelta(minutes=4))
    assert not locks(qtbot, watcher)
    wall.advance(dt.timedelta(minutes=4))  # 8 minutes in all, but 4 between two checks
    assert not locks(qtbot, watcher)
    wall.advance(dt.timedelta(minutes=DEFAULT_MINUTES, seconds=1))
    assert locks(qtbot, watcher)


def test_not_armed_nothing_locks(qtbot: QtBot, watcher: IdleWatcher, ticker: Ticker) -> None:
    watcher.set_armed(False)
    assert not watcher.timer.isActive()
    ticker.advance(60)
    assert not locks(qtbot, watcher)
    watcher.session_ending()
    assert not watcher.armed


def test_sleep_and_screen_lock_signals_lock(qtbot: QtBot, watcher: IdleWatcher) -> None:
    session = SessionSignals()
    session.session_ending.connect(watcher.session_ending)
    session.on_prepare_for_sleep(False)  # waking up
    session.on_screen_saver(False)
    assert watcher.armed
    with qtbot.waitSignal(watcher.lock_due, timeout=1000):
        session.on_screen_saver(True)
    watcher.set_armed(True)
    with qtbot.waitSignal(watcher.lock_due, timeout=1000):
        session.on_prepare_for_sleep(True)


def test_losing_the_focus_does_not_lock(qtbot: QtBot, window: MainWindow) -> None:
    watcher = window.auto_lock.watcher
    assert watcher.armed
    other = QLineEdit()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    watcher.check()
    assert watcher.armed and window.database is not None


# --- the setting ---------------------------------------------------------------------------


def settings_spin(window: MainWindow) -> QSpinBox:
    area = next(a for a in window.areas if isinstance(a, SettingsArea))
    spin = area.findChild(QSpinBox, "auto_lock_minutes")
    assert isinstance(spin, QSpinBox)
    return spin


def test_the_setting_in_asetukset_takes_effect_at_once(qtbot: QtBot, window: MainWindow,
                                                       settings: QSettings) -> None:
    spin = settings_spin(window)
    assert (spin.value(), spin.minimum(), spin.maximum()) == (5, 0, 120)
    assert spin.specialValueText() == "pois"
    spin.setValue(12)
    assert window.auto_lock.watcher.minutes == 12
    assert int(str(settings.value(AUTO_LOCK_KEY))) == 12
    spin.setValue(0)
    assert not window.auto_lock.watcher.timer.isActive()


def test_the_setting_is_read_at_start(qtbot: QtBot, settings: QSettings,
                                      translators: QtTranslators) -> None:
    settings.setValue(AUTO_LOCK_KEY, 17)
    shown = MainWindow(settings, translators, fixed_clock(TODAY))
    qtbot.addWidget(shown)
    assert shown.auto_lock.watcher.minutes == 17 and settings_spin(shown).value() == 17


# --- the sign-up mode -------------------------------------------------------------------------


def test_the_signup_mode_is_exempt(qtbot: QtBot, settings: QSettings,
                                   translators: QtTranslators, db: Database,
                                   ticker: Ticker) -> None:
    sample = add_signup_sample(db)
    shown = MainWindow(settings, translators, fixed_clock(TODAY))
    qtbot.addWidget(shown)
    shown.set_database(db)
    watcher = shown.auto_lock.watcher
    watcher.monotonic = ticker
    watcher.touch()
    events = visit(shown, EventsArea)
    qtbot.waitUntil(lambda: events.model.rowCount() > 0)
    row = next(r for r in range(events.model.rowCount())
               if events.model.index(r, 0).data(ID_ROLE) == sample.event)
    events.ui.table.setCurrentIndex(events.proxy.mapFromSource(events.model.index(row, 0)))
    events.start_signup()
    mode = events.signup
    assert mode is not None
    qtbot.addWidget(mode)
    ticker.advance(30)
    assert not locks(qtbot, watcher)
    mode.leave()
    assert events.signup is None
    ticker.advance(DEFAULT_MINUTES - 1)  # counted from the mode's end
    assert not locks(qtbot, watcher)
    ticker.advance(1)
    assert locks(qtbot, watcher)
    wait_for_jobs()
    shown.set_database(None)


# --- locking through the controller: clearing and drafts ---------------------------------------


@pytest.fixture
def controller(qtbot: QtBot, settings: QSettings, translators: QtTranslators,
               wall: FixedClock) -> Iterator[AppController]:
    app = AppController(settings, translators, wall)
    yield app
    if app.window is not None:  # unsaved work left by a failing test asks nothing
        app.window.auto_lock.keep_drafts(Path())
    app.shutdown()
    for widget in (app.dialog, app.window):  # deleted now, not by a garbage collection later
        if widget is not None:
            widget.hide()
            shiboken6.delete(widget)



def unlock(qtbot: QtBot, controller: AppController) -> MainWindow:
    return unlock_with(qtbot, controller)


@pytest.fixture
def opened(qtbot: QtBot, controller: AppController, closed_db: Path,
           ticker: Ticker) -> MainWindow:
    controller.start(closed_db, demo=False)
    window = unlock(qtbot, controller)
    window.resize(1200, 700)
    qtbot.waitExposed(window)
    watcher = window.auto_lock.watcher
    watcher.monotonic = ticker
    watcher.touch()
    return window


def area_of(window: MainWindow, kind: type[A]) -> A:
    return visit(window, kind)


def personal_strings(db: Database) -> set[str]:
    """Every name and e-mail address kept, and every requester's name."""
    with transaction(db) as session:
        people = session.scalars(select(Person)).all()
        found = {p.first_name for p in people} | {p.last_name for p in people}
        found |= set(session.scalars(select(PersonEmail.address)).all())
        found |= set(session.scalars(select(Request.requester_name)).all())
    return {text for text in found if text}


def widget_texts(widget: QWidget) -> list[str]:
    """The texts one widget holds: its field, label, combo items or list model."""
    if isinstance(widget, QLineEdit):
        return [widget.text()]
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return [widget.toPlainText()]
    if isinstance(widget, QLabel):
        return [widget.text(), widget.toolTip()]
    if isinstance(widget, QComboBox):
        return [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
        return [str(model.index(row, column).data() or "")
                for row in range(model.rowCount()) for column in range(columns)]
    return []


def shown_texts(window: MainWindow) -> list[tuple[str, str]]:
    """Every text of the window's widgets, with the widget's name."""
    found = [("title", window.windowTitle())]
    for widget in window.findChildren(QWidget):
        names = []
        parent: QWidget | None = widget
        while parent is not None and parent is not window:
            names.append(parent.objectName() or type(parent).__name__)
            parent = parent.parentWidget()
        found.extend(("/".join(reversed(names)), text) for text in widget_texts(widget))
    return found


def choose_aalto(qtbot: QtBot, window: MainWindow) -> SubjectsArea:
    people = area_of(window, SubjectsArea)
    window.show_area(next(i for i, a in enumerate(window.areas) if a is people))
    people.search.setText("Aalto")
    qtbot.waitUntil(lambda: people.model.total == 1 and people.model.rowCount() == 1)
    people.ui.table.setCurrentIndex(people.proxy.index(0, 0))
    assert people.page is not None
    qtbot.waitUntil(lambda: people.page is not None and people.page.person_id is not None)
    return people


def test_auto_lock_clears_every_view_and_restores_the_draft(
        qtbot: QtBot, controller: AppController, opened: MainWindow, ticker: Ticker) -> None:
    window = opened
    earlier = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}  # other tests'
    assert controller.db is not None
    secrets = personal_strings(controller.db)
    assert {"Aalto", "Liisa", "matti.virtanen@example.fi", "Pekka Testi"} <= secrets
    people = choose_aalto(qtbot, window)
    page = people.page
    assert page is not None
    aalto = page.person_id
    qtbot.keyClicks(page.form.ui.role, "Tutkija")
    assert page.dirty
    inbox = area_of(window, InboxArea)
    assert inbox.bar is not None
    inbox.bar.ui.search.setText("Virtanen")
    inbox.bar.run_search()
    qtbot.waitUntil(lambda: inbox.model.total == 1)
    registers = area_of(window, RegistersArea)
    assert registers.form is not None

    ticker.advance(DEFAULT_MINUTES)
    window.auto_lock.watcher.check()

    assert controller.db is None and window.database is None
    assert isinstance(controller.dialog, UnlockDialog)  # no question was asked before it
    assert people.search.text() == "" and inbox.bar.ui.search.text() == ""
    leaks = [(name, text) for name, text in shown_texts(window)
             if any(secret in text for secret in secrets)]
    assert leaks == []
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()
            and id(w) not in earlier and w is not window and w is not controller.dialog] == []

    window = unlock(qtbot, controller)
    assert page.person_id == aalto
    assert page.form.ui.last_name.text() == "Aalto"
    assert page.form.ui.role.text() == "Tutkija"
    assert page.dirty and page.ui.save_button.isEnabled()
    assert controller.drafts is None
    page.revert()


def test_a_manual_lock_still_asks_about_unsaved_work(
        qtbot: QtBot, controller: AppController, opened: MainWindow) -> None:
    page = choose_aalto(qtbot, opened).page
    assert page is not None
    qtbot.keyClicks(page.form.ui.role, "Tutkija")
    opened.ui.action_lock.trigger()
    assert page.question is not None and controller.db is not None  # asked, not locked
    page.question.button(page.question.StandardButton.Cancel).click()
    assert controller.db is not None and page.dirty
    page.revert()


def test_drafts_are_not_shown_in_another_database(
        qtbot: QtBot, controller: AppController, opened: MainWindow, ticker: Ticker) -> None:
    page = choose_aalto(qtbot, opened).page
    assert page is not None
    qtbot.keyClicks(page.form.ui.role, "Tutkija")
    ticker.advance(DEFAULT_MINUTES)
    opened.auto_lock.watcher.check()
    assert controller.drafts is not None
    controller.drafts.path = controller.drafts.path.with_name("muu.db")
    unlock(qtbot, controller)
    assert page.person_id is None and not page.dirty


def test_a_half_typed_request_comes_back_after_unlocking(
        qtbot: QtBot, controller: AppController, opened: MainWindow, ticker: Ticker) -> None:
    """The intake dialog runs its own event loop: the timer's auto-lock closes it there."""
    inbox = area_of(opened, InboxArea)
    watcher = opened.auto_lock.watcher
    watcher.timer.setInterval(10)
    typed: list[IntakeDialog] = []

    def type_then_wait() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, IntakeDialog) and w.isVisible())
        type_text(dialog.ui.requester_name, "Sää Pöllö")
        dialog.ui.description.setPlainText("Haluan tietää, mitä tietoja minusta on.")
        typed.append(dialog)
        ticker.advance(DEFAULT_MINUTES)

    QTimer.singleShot(0, type_then_wait)
    inbox.new_request()  # returns when the auto-lock has closed the dialog
    assert typed and not typed[0].isVisible()
    assert controller.db is None and isinstance(controller.dialog, UnlockDialog)

    unlock(qtbot, controller)
    again = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, IntakeDialog) and w.isVisible()]
    assert len(again) == 1
    dialog = again[0]
    assert dialog.ui.requester_name.text() == "Sää Pöllö"
    assert dialog.ui.description.toPlainText() == "Haluan tietää, mitä tietoja minusta on."
    assert dialog.dirty
    dialog.reject()  # asks first, as a dialog with something typed does
    assert dialog.question is not None and dialog.isVisible()
    dialog.question.button(dialog.question.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_a_persons_dialog_reopens_for_the_same_person(
        qtbot: QtBot, controller: AppController, opened: MainWindow, ticker: Ticker) -> None:
    """Nothing unsaved on the page, an objection half entered: it comes back for Aalto."""
    page = choose_aalto(qtbot, opened).page
    assert page is not None
    aalto = page.person_id
    page.ui.tabs.setCurrentWidget(page.ui.marketing_tab)
    page.ui.add_objection_button.click()
    dialog = page.marketing.dialog
    assert isinstance(dialog, ObjectionDialog) and dialog.isVisible()
    dialog.ui.scope.setCurrentIndex(1)
    type_text(dialog.ui.note, "Soitti ja kielsi puhelinmarkkinoinnin.")
    scope = dialog.ui.scope.currentData()

    ticker.advance(DEFAULT_MINUTES)
    opened.auto_lock.watcher.check()
    assert controller.db is None and not dialog.isVisible()

    unlock(qtbot, controller)
    again = page.marketing.dialog
    assert isinstance(again, ObjectionDialog) and again is not dialog and again.isVisible()
    assert page.person_id == aalto and not page.dirty
    assert again.ui.note.toPlainText() == "Soitti ja kielsi puhelinmarkkinoinnin."
    assert again.ui.scope.currentData() == scope
    again.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not again.isVisible()
    assert controller.db is not None and aalto is not None
    notes = [row.note for row in marketing.list_objections(controller.db, aalto)]
    assert notes == ["Soitti ja kielsi puhelinmarkkinoinnin."]


def test_a_response_letter_being_written_reopens(
        qtbot: QtBot, controller: AppController, opened: MainWindow, ticker: Ticker) -> None:
    inbox = area_of(opened, InboxArea)
    qtbot.waitUntil(lambda: inbox.model.rowCount() > 0)
    row = next(r for r in range(inbox.model.rowCount())
               if inbox.model.index(r, 0).data() == "P-2026-001")
    inbox.table.setCurrentIndex(inbox.proxy.mapFromSource(inbox.model.index(row, 0)))
    assert inbox.pane is not None and inbox.pane.detail is not None
    request_id = inbox.pane.detail.id
    inbox.run_action(RESPONSE)
    dialog = inbox.dialog
    assert isinstance(dialog, ResponseDialog) and dialog.isVisible()
    assert dialog.ui.paragraph.isEnabled()
    dialog.ui.paragraph.setPlainText("Pahoittelemme vastauksen viipymistä.")

    ticker.advance(DEFAULT_MINUTES)
    opened.auto_lock.watcher.check()
    assert controller.db is None
    assert not any(isinstance(w, ResponseDialog) and w.isVisible()
                   for w in QApplication.topLevelWidgets())

    unlock(qtbot, controller)
    again = inbox.dialog
    assert isinstance(again, ResponseDialog) and again.isVisible()
    assert again.detail.id == request_id and inbox.pane.detail is not None
    assert inbox.pane.detail.id == request_id
    assert again.ui.paragraph.toPlainText() == "Pahoittelemme vastauksen viipymistä."
    again.reject()


def test_the_controllers_half_typed_contact_person_comes_back(
        qtbot: QtBot, controller: AppController, opened: MainWindow, ticker: Ticker) -> None:
    from kasve_desktop.gui.registers.controller_dialog import ControllerDialog

    registers = area_of(opened, RegistersArea)
    registers.edit_controller()
    dialog = registers.dialog
    assert isinstance(dialog, ControllerDialog) and dialog.isVisible()
    dialog.ui.contact_name.setText("Päivi Yhteyshenkilö")
    dialog.ui.contact_email.setText("paivi@example.fi")
    assert dialog.dirty
    ticker.advance(DEFAULT_MINUTES)
    opened.auto_lock.watcher.check()
    assert controller.db is None and not dialog.isVisible()

    unlock(qtbot, controller)
    again = registers.dialog
    assert isinstance(again, ControllerDialog) and again is not dialog and again.isVisible()
    assert again.ui.contact_name.text() == "Päivi Yhteyshenkilö"
    assert again.ui.contact_email.text() == "paivi@example.fi"
    assert again.dirty and "ei ole vielä tallennettu" in again.ui.status_label.text()


def test_a_draft_comes_back_in_an_area_not_on_screen_at_unlock(
        qtbot: QtBot, controller: AppController, opened: MainWindow, ticker: Ticker) -> None:
    """An area reads the database on its first visit; one with a draft reads it at once."""
    from kasve_desktop.gui.registers.controller_dialog import ControllerDialog

    registers = area_of(opened, RegistersArea)
    registers.edit_controller()
    dialog = registers.dialog
    assert isinstance(dialog, ControllerDialog)
    dialog.ui.contact_name.setText("Päivi Yhteyshenkilö")
    inbox = area_of(opened, InboxArea)  # the window is on the inbox when it locks
    ticker.advance(DEFAULT_MINUTES)
    opened.auto_lock.watcher.check()
    assert controller.db is None

    unlock(qtbot, controller)
    assert opened.ui.area_stack.currentWidget() is inbox
    again = registers.dialog
    assert isinstance(again, ControllerDialog) and again.isVisible()
    assert again.ui.contact_name.text() == "Päivi Yhteyshenkilö"


def test_letter_wording_being_edited_comes_back(
        qtbot: QtBot, controller: AppController, opened: MainWindow, ticker: Ticker) -> None:
    from kasve_desktop.gui.settings.letter_templates_dialog import LetterTemplatesDialog

    settings = area_of(opened, SettingsArea)
    settings.letters.edit_templates()
    dialog = settings.letters.templates_dialog
    assert isinstance(dialog, LetterTemplatesDialog) and dialog.isVisible()
    dialog.choose("erasure", "sv")
    dialog.ui.subject.setText("Era uppgifter har raderats – ändrad")
    assert dialog.dirty
    ticker.advance(DEFAULT_MINUTES)
    opened.auto_lock.watcher.check()
    assert controller.db is None and not dialog.isVisible()

    unlock(qtbot, controller)
    again = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, LetterTemplatesDialog) and w.isVisible()]
    assert len(again) == 1 and again[0] is not dialog
    assert again[0].choice == ("erasure", "sv")
    assert again[0].ui.subject.text() == "Era uppgifter har raderats – ändrad"
    assert again[0].dirty and "ei ole vielä tallennettu" in again[0].ui.message.text()


def test_a_half_typed_breach_comes_back_after_unlocking(
        qtbot: QtBot, controller: AppController, opened: MainWindow, ticker: Ticker) -> None:
    from kasve_desktop.gui.breaches.area import BreachesArea
    from kasve_desktop.gui.breaches.people_box import Linked

    area = area_of(opened, BreachesArea)
    assert area.pane is not None
    area.new_breach()
    form = area.pane.form
    form.fields.title.setText("Uutiskirje näkyvin vastaanottajin")
    form.fields.people.add(Linked(1, "Virtanen, Matti"))
    area_of(opened, InboxArea)  # the window is on the inbox when it locks
    ticker.advance(DEFAULT_MINUTES)
    opened.auto_lock.watcher.check()
    assert controller.db is None and isinstance(controller.dialog, UnlockDialog)
    assert form.fields.title.text() == "" and form.fields.people.list.count() == 0

    unlock(qtbot, controller)
    assert form.is_new and form.dirty
    assert form.fields.title.text() == "Uutiskirje näkyvin vastaanottajin"
    assert form.fields.people.list.item(0).text() == "Virtanen, Matti"
    form.discard_changes()
