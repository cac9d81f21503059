"""The reminder notice, its daily repeat, the calendar export and the reminder settings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from kasve_desktop import i18n
from kasve_desktop.clock import FixedClock
from kasve_desktop.gui.breaches.area import BreachesArea
from kasve_desktop.gui.common.language import QtTranslators
from kasve_desktop.gui.common.worker import wait_for_jobs
from kasve_desktop.gui.controller import AppController
from kasve_desktop.gui.inbox.area import InboxArea
from kasve_desktop.gui.inbox.reminders import ReminderNotice, ReminderScheduler
from kasve_desktop.gui.main_window import MainWindow
from kasve_desktop.gui.settings.area import SettingsArea
from kasve_desktop.gui.unlock.unlock_dialog import UnlockDialog
from kasve_desktop.services.breaches import BreachInput, BreachRow, BreachStatus, record_breach
from kasve_desktop.services.database import transaction
from kasve_desktop.services.requests import reminders
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Request
from tests.conftest import PASSPHRASE, fixed_clock
from tests.gui.conftest import visit
from tests.gui.sample import TODAY


def texts(notice: ReminderNotice) -> list[str]:
    return [label.text() for label in notice.findChildren(QLabel)
            if label.isVisibleTo(notice) and label.text()]


def inbox_row(window: MainWindow) -> int:
    return next(row for row, area in enumerate(window.areas) if isinstance(area, InboxArea))


@pytest.fixture
def english() -> Iterator[None]:
    i18n.set_language("en")
    yield


@pytest.fixture
def day() -> FixedClock:
    """The window's clock, standing on TODAY until the test moves it."""
    return fixed_clock(TODAY)


@pytest.fixture
def clocked(qtbot: QtBot, settings: QSettings, translators: QtTranslators,
            filled_db: Database, day: FixedClock) -> Iterator[MainWindow]:
    """The main window on the filled database, its clock being ``day``."""
    main = MainWindow(settings, translators, day)
    qtbot.addWidget(main)
    main.set_database(filled_db)
    main.show()
    qtbot.waitExposed(main)
    yield main
    wait_for_jobs()
    main.set_database(None)


def test_the_notice_lists_counts_and_the_most_urgent(qtbot: QtBot, window: MainWindow,
                                                     english: None) -> None:
    notice = window.reminders.notice
    assert not notice.isVisible()  # only on unlocking or on a new day
    window.remind()
    qtbot.waitUntil(notice.isVisible)
    shown = texts(notice)
    # P-2026-001 (received 15.10., due Mon 16.11.) is 8 days overdue; the others are not due
    assert "•  1 request overdue" in shown
    assert shown[shown.index("P-2026-001"):shown.index("P-2026-001") + 4] == \
        ["P-2026-001", "Access", "Matti Virtanen", "overdue by 8 days"]
    assert "P-2026-002" not in shown and "P-2026-003" not in shown
    assert not notice.isModal() and QApplication.activeModalWidget() is None


def test_go_to_requests_shows_the_inbox(qtbot: QtBot, window: MainWindow) -> None:
    window.show_area(7)
    window.remind()
    notice = window.reminders.notice
    qtbot.waitUntil(notice.isVisible)
    qtbot.mouseClick(notice.inbox_button, Qt.MouseButton.LeftButton)
    assert window.ui.navigation.currentRow() == inbox_row(window)
    assert not notice.isVisible()
    inbox = window.areas[inbox_row(window)]
    assert isinstance(inbox, InboxArea)
    assert window.focusWidget() is inbox.table  # Ctrl+N and Ctrl+F work at once


def test_ok_closes_the_notice(qtbot: QtBot, window: MainWindow) -> None:
    window.show_area(3)
    window.remind()
    notice = window.reminders.notice
    qtbot.mouseClick(notice.ok_button, Qt.MouseButton.LeftButton)
    assert not notice.isVisible() and window.ui.navigation.currentRow() == 3


def test_nothing_due_shows_nothing(qtbot: QtBot, settings: QSettings,
                                   translators: QtTranslators, db: Database) -> None:
    with transaction(db) as session:
        session.add(Request(reference="R-1", type="access", channel="post", status="received",
                            received_on=TODAY))
    main = MainWindow(settings, translators, fixed_clock(TODAY))
    qtbot.addWidget(main)
    main.set_database(db)
    main.remind()
    assert not main.reminders.notice.isVisible()
    main.set_database(None)


def test_the_notice_comes_again_when_the_day_changes(qtbot: QtBot, clocked: MainWindow,
                                                     day: FixedClock) -> None:
    scheduler = clocked.reminders
    scheduler.timer.setInterval(5)
    qtbot.wait(30)
    assert not scheduler.notice.isVisible()  # the same day: nothing new
    day.set_day(TODAY + dt.timedelta(days=1))
    qtbot.waitUntil(scheduler.notice.isVisible)
    assert scheduler.notice.found is not None
    assert scheduler.notice.found.today == dt.date(2026, 11, 25)
    scheduler.notice.ok_button.click()
    qtbot.wait(30)
    assert not scheduler.notice.isVisible()  # once a day only


def test_locking_hides_the_notice_and_stops_the_clock(qtbot: QtBot, clocked: MainWindow,
                                                      day: FixedClock) -> None:
    clocked.remind()
    assert clocked.reminders.notice.isVisible()
    clocked.set_database(None)
    assert not clocked.reminders.notice.isVisible()
    assert not clocked.reminders.timer.isActive()
    assert not clocked.action_export_calendar.isEnabled()


def test_a_language_switch_retranslates_the_notice(qtbot: QtBot, window: MainWindow) -> None:
    window.remind()
    window.set_language("en")
    assert "Requests that need attention" in texts(window.reminders.notice)
    assert window.action_export_calendar.text() == "E&xport open deadlines to calendar…"


def test_unlocking_shows_the_notice(qtbot: QtBot, settings: QSettings,
                                    translators: QtTranslators, filled_db: Database) -> None:
    filled_db.close()
    controller = AppController(settings, translators, fixed_clock(TODAY))
    try:
        controller.show_unlock(filled_db.path)
        dialog = controller.dialog
        assert isinstance(dialog, UnlockDialog)
        dialog.ui.passphrase.setText(PASSPHRASE)
        with qtbot.waitSignal(controller.opened):
            dialog.ui.open_button.click()
        assert controller.window is not None
        qtbot.addWidget(controller.window)
        assert controller.window.reminders.notice.isVisible()
    finally:
        controller.shutdown()


# --- the calendar export ---------------------------------------------------------------

def test_the_menu_action_exports_the_open_deadlines(qtbot: QtBot, window: MainWindow,
                                                    tmp_path: Path) -> None:
    exporter = window.calendar_export
    assert window.action_export_calendar in window.ui.menu_file.actions()
    window.action_export_calendar.trigger()
    dialog = exporter.dialog
    assert dialog is not None and dialog.isVisible()
    assert Path(dialog.selectedFiles()[0]).name == "kasve-maaraajat.ics"
    path = tmp_path / "omat.ics"
    dialog.selectFile(str(path))
    dialog.accept()
    events = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    assert sorted(str(e["summary"]).split()[1] for e in events) == \
        ["P-2026-001", "P-2026-002", "P-2026-004"]
    assert "omat.ics" in window.ui.status_bar.currentMessage()


def test_the_calendar_export_starts_where_documents_were_last_saved(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """Not the home folder every time: the folder last saved in, and this one next."""
    from PySide6.QtCore import QSettings

    from kasve_desktop.gui.common.save_files import FOLDER_KEY, start_folder

    last = tmp_path / "asiakirjat"
    last.mkdir()
    QSettings().setValue(FOLDER_KEY, str(last))
    try:
        window.action_export_calendar.trigger()
        dialog = window.calendar_export.dialog
        assert dialog is not None
        assert Path(dialog.selectedFiles()[0]) == last / "kasve-maaraajat.ics"
        elsewhere = tmp_path / "kalenteri"
        elsewhere.mkdir()
        dialog.selectFile(str(elsewhere / "omat.ics"))
        dialog.accept()
        assert (elsewhere / "omat.ics").exists() and start_folder() == elsewhere
    finally:
        QSettings().remove(FOLDER_KEY)


def test_a_file_that_cannot_be_written_is_explained(qtbot: QtBot, window: MainWindow,
                                                    tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "x.ics"
    window.calendar_export.save(str(target))
    box = window.calendar_export.message
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert str(target) in box.informativeText()
    assert not target.exists() and window.ui.status_bar.currentMessage() == ""
    box.accept()


# --- the settings ---------------------------------------------------------------------

def settings_area(window: MainWindow) -> SettingsArea:
    return visit(window, SettingsArea)


def test_the_reminder_settings_are_saved_on_change(qtbot: QtBot, window: MainWindow,
                                                   filled_db: Database) -> None:
    area = settings_area(window)
    days, margin = area.ui.identity_days, area.ui.target_margin
    assert (days.value(), margin.value()) == (14, 5)
    assert (days.minimum(), days.maximum(), margin.minimum(), margin.maximum()) == (1, 90, 0, 15)
    days.setValue(30)
    margin.setValue(0)
    assert reminders.identity_days(filled_db) == 30
    assert reminders.target_margin(filled_db) == 0
    days.setValue(500)  # the spin box keeps the value within range
    assert reminders.identity_days(filled_db) == 90
    window.set_database(None)
    assert not area.ui.reminders_group.isEnabled()
    window.set_database(filled_db)
    assert (days.value(), margin.value()) == (90, 0)


def test_the_suffix_follows_the_number(qtbot: QtBot, window: MainWindow,
                                       english: None) -> None:
    area = settings_area(window)
    area.retranslate()
    area.ui.identity_days.setValue(1)
    assert area.ui.identity_days.text() == "1 day"
    area.ui.identity_days.setValue(2)
    assert area.ui.identity_days.text() == "2 days"
    assert area.ui.target_margin.text() == "5 working days"


def open_request(number: int, days_left: int, paused_on: dt.date | None = None
                 ) -> reminders.OpenRequest:
    return reminders.OpenRequest(
        id=number, uid=f"uid-{number}", reference=f"R-{number}", type="access",
        channel="post", status="identity-check" if paused_on else "in-progress",
        requester=f"Henkilö {number}", received_on=TODAY, due_on=TODAY + dt.timedelta(days_left),
        source="paused" if paused_on else "original", paused_days=0, paused_on=paused_on,
        days_left=days_left, working_days_left=days_left)


def test_a_long_list_is_cut_with_a_count_of_the_rest(qtbot: QtBot, english: None) -> None:
    notice = ReminderNotice()
    qtbot.addWidget(notice)
    late = tuple(open_request(n, -n) for n in range(1, 8))
    waiting = (open_request(9, 20, paused_on=TODAY - dt.timedelta(days=15)),)
    notice.show_reminders(reminders.Reminders(TODAY, 14, late, (), (), waiting))
    notice.show()
    shown = texts(notice)
    assert "•  7 requests overdue" in shown
    assert "•  1 identity question unanswered for 14 days or more" in shown
    assert [t for t in shown if t.startswith("R-")] == [f"R-{n}" for n in range(1, 7)]
    assert "and 2 more" in shown
    notice.show_reminders(reminders.Reminders(TODAY, 14, (), (), (), waiting))
    qtbot.waitUntil(lambda: "identity asked 15 days ago" in texts(notice))
    shown = texts(notice)
    assert "R-9" in shown and "R-1" not in shown
    assert not any(t.startswith("and ") for t in shown)


# --- the breaches' 72 hours -------------------------------------------------------------

HKI = ZoneInfo("Europe/Helsinki")


def breach_grid(notice: ReminderNotice) -> list[list[str]]:
    """The breaches' rows as the notice lays them out."""
    grid = notice.breach_list
    rows: list[list[str]] = []
    for row in range(grid.rowCount()):
        items = [grid.itemAtPosition(row, column) for column in range(grid.columnCount())]
        cells = [item.widget() for item in items if item is not None]
        rows.append([cell.text() for cell in cells if isinstance(cell, QLabel)])
    return [row for row in rows if row]


def breach_row(reference: str, title: str, hours_left: int) -> BreachRow:
    notify_by = dt.datetime(2026, 11, 24, 12, 0, tzinfo=HKI) + dt.timedelta(hours=hours_left)
    return BreachRow(reference=reference, title=title,
                     discovered_at=notify_by - dt.timedelta(hours=72), notify_by=notify_by,
                     risk=None, authority_notified_at=None, persons_notified_at=None,
                     persons_count=None, linked_persons=0, status=BreachStatus.ASSESSING,
                     hours_left=hours_left, late=hours_left < 0)


def test_the_window_reminds_of_a_breach_first(qtbot: QtBot, window: MainWindow,
                                              filled_db: Database) -> None:
    discovered = dt.datetime(2026, 11, 24, 2, 0, tzinfo=HKI)  # 10 hours before noon
    record_breach(filled_db, BreachInput(title="Sähköposti näkyvin osoittein",
                                         discovered_at=discovered), discovered)
    window.remind()
    notice = window.reminders.notice
    qtbot.waitUntil(notice.isVisible)
    shown = texts(notice)
    assert shown[0] == "Tietoturvaloukkaukset ja pyynnöt, jotka vaativat huomiota"
    labels = [notice.counts.itemAt(i) for i in range(notice.counts.count())]
    counts = [w.text() for w in (item.widget() for item in labels if item is not None)
              if isinstance(w, QLabel)]
    assert counts == ["•  1 tietoturvaloukkaus, jonka 72 tunnin ilmoitusaika on kulumassa",
                      "•  1 pyyntö myöhässä"]
    assert notice.breach_heading.text() == \
        "Tietoturvaloukkaukset, ilmoitettava valvontaviranomaiselle 72 tunnin kuluessa:"
    situation = "62 tuntia aikaa ilmoittaa, viimeistään 27.11.2026 klo 02.00"
    assert breach_grid(notice) == [[situation, "L-2026-002", "Sähköposti näkyvin osoittein"]]
    # the breach list's colour for 62 hours is green: the notice does not say red
    styles = {label.text(): label.styleSheet() for label in notice.findChildren(QLabel)}
    assert "#2e7d32" in styles[situation]
    assert "#2e7d32" in styles[counts[0]] and "#b3261e" in styles[counts[1]]
    assert "P-2026-001" in shown  # the requests as before, below the breaches


def test_breaches_alone_most_urgent_first(qtbot: QtBot, english: None) -> None:
    notice = ReminderNotice()
    qtbot.addWidget(notice)
    notice.show_reminders(reminders.Reminders(TODAY, 14, (), (), (), (), (
        breach_row("L-2026-003", "Myöhässä", -3), breach_row("L-2026-001", "Pian", 1),
        breach_row("L-2026-002", "Ehtii", 30))))
    notice.show()
    shown = texts(notice)
    assert shown[0] == "Breaches that need attention"
    assert "•  3 breaches whose 72 hours for notifying the authority are running" in shown
    assert "Breaches, the authority to be notified within 72 hours:" in shown
    overdue = "notification overdue by 3 hours, the deadline was 24 Nov 2026 09:00"
    soon = "1 hour left to notify, by 24 Nov 2026 13:00"
    later = "30 hours left to notify, by 25 Nov 2026 18:00"
    assert breach_grid(notice) == [[overdue, "L-2026-003", "Myöhässä"],
                                   [soon, "L-2026-001", "Pian"],
                                   [later, "L-2026-002", "Ehtii"]]
    styles = {label.text(): label.styleSheet() for label in notice.findChildren(QLabel)}
    assert "#b3261e" in styles[overdue]
    assert "#b3261e" in styles[soon]
    assert "#2e7d32" in styles[later]  # as the breach list's cell: 30 hours are on time
    assert "#b3261e" in styles[
        "•  3 breaches whose 72 hours for notifying the authority are running"]
    assert "The most urgent:" not in shown


def test_a_breachs_colour_is_the_breach_lists(qtbot: QtBot, english: None) -> None:
    """One rule for both: 20 hours are amber, 5 red, 40 green, in the list and here."""
    from kasve_desktop.gui.breaches.cells import COLOURS, hours_state

    notice = ReminderNotice()
    qtbot.addWidget(notice)
    rows = [breach_row(f"L-2026-00{n}", "x", hours) for n, hours in enumerate((5, 20, 40))]
    notice.show_reminders(reminders.Reminders(TODAY, 14, (), (), (), (), tuple(rows)))
    styles = {label.text(): label.styleSheet() for label in notice.findChildren(QLabel)}
    for row, colour in zip(rows, ("#b3261e", "#b7791f", "#2e7d32"), strict=True):
        text = next(t for t in styles if t.startswith(f"{row.hours_left} hour"))
        assert colour in styles[text]
        assert COLOURS[hours_state(row.hours_left)] == colour


def test_the_scheduler_counts_the_hours_by_its_now(qtbot: QtBot, db: Database) -> None:
    discovered = dt.datetime(2026, 11, 24, 2, 0, tzinfo=HKI)
    record_breach(db, BreachInput(title="Kadonnut", discovered_at=discovered), discovered)
    parent = QWidget()
    qtbot.addWidget(parent)
    later = dt.datetime(2026, 11, 26, 2, 0, tzinfo=HKI)
    scheduler = ReminderScheduler(lambda: TODAY, parent, lambda: later)
    scheduler.set_database(db)
    found = scheduler.show_now(activate=False)
    assert found is not None and [b.hours_left for b in found.breaches] == [24]
    assert scheduler.notice.isVisible()
    scheduler.set_database(None)
    assert "Kadonnut" not in texts(scheduler.notice)


def test_go_to_breaches_shows_the_breach_register(qtbot: QtBot, window: MainWindow,
                                                  filled_db: Database) -> None:
    discovered = dt.datetime(2026, 11, 24, 2, 0, tzinfo=HKI)
    record_breach(filled_db, BreachInput(title="Kadonnut muistitikku",
                                         discovered_at=discovered), discovered)
    window.show_area(3)
    window.remind()
    notice = window.reminders.notice
    qtbot.waitUntil(notice.isVisible)
    assert notice.breaches_button.isVisibleTo(notice) and notice.inbox_button.isVisibleTo(notice)
    assert notice.breaches_button.text() == "Siirry &loukkauksiin"
    assert notice.inbox_button.text() == "&Siirry pyyntöihin"
    qtbot.mouseClick(notice.breaches_button, Qt.MouseButton.LeftButton)
    breaches_row = next(row for row, area in enumerate(window.areas)
                        if isinstance(area, BreachesArea))
    assert window.ui.navigation.currentRow() == breaches_row
    assert window.ui.area_stack.currentWidget() is window.areas[breaches_row]
    assert not notice.isVisible()


def test_each_go_to_button_is_there_when_its_list_is(qtbot: QtBot) -> None:
    notice = ReminderNotice()
    qtbot.addWidget(notice)
    only_breaches = reminders.Reminders(TODAY, 14, (), (), (), (),
                                        (breach_row("L-2026-001", "Pian", 5),))
    only_requests = reminders.Reminders(TODAY, 14, (open_request(1, -2),), (), (), ())
    shown = []
    for found in (only_breaches, only_requests):
        notice.show_reminders(found)
        shown.append((notice.breaches_button.isVisibleTo(notice),
                      notice.inbox_button.isVisibleTo(notice)))
    assert shown == [(True, False), (False, True)]
    with qtbot.waitSignal(notice.breaches_requested):
        notice.show_reminders(only_breaches)
        notice.show()
        notice.breaches_button.click()
    assert not notice.isVisible()
