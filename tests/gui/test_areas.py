"""Every area shows the real data of a database filled through the ORM."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kasve_desktop.clock import HELSINKI
from kasve_desktop.gui.audit.area import AuditLogArea
from kasve_desktop.gui.breaches.area import BreachesArea
from kasve_desktop.gui.common.table_area import LOCKED_TEXT, TableArea
from kasve_desktop.gui.common.table_model import ID_ROLE, ROW_ROLE
from kasve_desktop.gui.events.area import EventsArea
from kasve_desktop.gui.inbox.area import InboxArea
from kasve_desktop.gui.main_window import MainWindow
from kasve_desktop.gui.people.area import SubjectsArea
from kasve_desktop.gui.registers.area import RegistersArea
from kasve_desktop.gui.retention.area import RetentionArea
from kasve_desktop.gui.settings.area import SettingsArea, chain_text
from kasve_desktop.i18n import _, display_date, ngettext
from kasve_desktop.services import breaches
from kasve_desktop.services.listing import RequestRow
from kasve_desktop.store.engine import Database, open_database
from tests.conftest import PASSPHRASE, fixed_clock
from tests.gui.sample import TODAY, add_people

TABLE_AREAS = [InboxArea, RegistersArea, SubjectsArea, EventsArea, RetentionArea, BreachesArea,
               AuditLogArea]


def with_rows(window: MainWindow, kind: type) -> None:
    """The sample has no breaches: two for the breach register's list (before its visit)."""
    if kind is not BreachesArea or window.database is None:
        return
    for title, hour in (("Väärä vastaanottaja", 9), ("Kadonnut muistitikku", 11)):
        breaches.record_breach(window.database, breaches.BreachInput(
            title=title, discovered_at=dt.datetime(2026, 11, 23, hour, tzinfo=HELSINKI)),
            dt.datetime(2026, 11, 24, 12, tzinfo=HELSINKI))


def area(window: MainWindow, kind: type) -> Any:
    found = next(a for a in window.areas if isinstance(a, kind))
    window.show_area(window.areas.index(found))
    return found


def loaded(qtbot: QtBot, window: MainWindow, kind: type) -> TableArea:
    """The area shown, with the rows the view fetched by itself."""
    shown = area(window, kind)
    qtbot.waitUntil(lambda: shown.model.rowCount() > 0)
    return shown


def texts(shown: TableArea) -> list[list[str]]:
    model = shown.proxy
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def column(shown: TableArea, title: str) -> list[str]:
    model = shown.proxy
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    index = headers.index(_(title))
    return [row[index] for row in texts(shown)]


def test_inbox_shows_open_requests_most_urgent_first(qtbot: QtBot, window: MainWindow) -> None:
    inbox = loaded(qtbot, window, InboxArea)
    assert column(inbox, "Reference") == ["P-2026-001", "P-2026-002", "P-2026-004"]
    first = texts(inbox)[0]
    assert first[1] == _("Access") and first[3] == _("Post")
    assert first[4] == display_date(TODAY.replace(month=10, day=15))
    assert first[5] == "16.11.2026"  # one month from 15.10., a Sunday moved to Monday
    assert column(inbox, "Days left")[0] == ngettext(
        "Overdue by {count} day", "Overdue by {count} days", 8).format(count=8)
    assert inbox.bar is not None  # the finished ones too, last, with no countdown
    inbox.bar.ui.scope.setCurrentIndex(inbox.bar.ui.scope.findData("all"))
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 4)
    assert column(inbox, "Days left")[3] == ""
    assert column(inbox, "Status")[3] == _("Closed")
    row = inbox.proxy.index(0, 0).data(ROW_ROLE)
    assert isinstance(row, RequestRow) and inbox.proxy.index(0, 0).data(ID_ROLE) == row.id
    assert inbox.proxy.index(0, 6).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_registers_show_counts_and_retention(qtbot: QtBot, window: MainWindow) -> None:
    registers = loaded(qtbot, window, RegistersArea)
    assert texts(registers) == [
        ["asiakkaat", "Asiakasrekisteri", "2", "2",
         ngettext("{months} month after last needed", "{months} months after last needed",
                  24).format(months=24)],
        ["markkinointi", "Markkinointirekisteri", "1", "1",
         ngettext("{months} month after collection", "{months} months after collection",
                  6).format(months=6)],
        ["tapahtumat", "Tapahtumarekisteri", "0", "1", ""],
    ]


def test_people_show_contacts_and_registers(qtbot: QtBot, window: MainWindow) -> None:
    people = loaded(qtbot, window, SubjectsArea)
    assert texts(people) == [
        ["Aalto, Liisa", "", "", "Tutkimus ry", "Oulu", "tapahtumat"],
        ["Virtanen, Matti", "matti.virtanen@example.fi, matti@example.com", "040 7654321",
         "Kasvu Oy", "Helsinki", "asiakkaat, markkinointi"],
        ["Öhman, Äila", "aila.ohman@example.fi", "+46 70 123 45 67", "", "Jyväskylä",
         "asiakkaat"],
    ]


def test_events_show_participants(qtbot: QtBot, window: MainWindow) -> None:
    events = loaded(qtbot, window, EventsArea)
    assert texts(events) == [["Syysseminaari", "14.12.2026", "Helsinki", "0"],
                             ["Kasvupäivä 2026", "25.10.2026", "Tampere", "2"]]


def test_retention_lists_the_due_entries_by_register(qtbot: QtBot, window: MainWindow) -> None:
    retention = loaded(qtbot, window, RetentionArea)
    assert texts(retention) == [
        ["Asiakasrekisteri", "15.9.2026", "Virtanen, Matti", "7.6.2024", "15.9.2024"]]


def test_audit_log_shows_the_newest_first(qtbot: QtBot, window: MainWindow) -> None:
    log = loaded(qtbot, window, AuditLogArea)
    rows = texts(log)
    assert len(rows) == log.model.total > 20
    # fill() ends with a breach
    assert rows[0][2] == _("Created") and rows[0][3] == "Tietoturvaloukkaus"
    assert "title" in rows[0][5]
    ids = [log.proxy.index(r, 0).data(ID_ROLE) for r in range(len(rows))]
    assert ids == sorted(ids, reverse=True)


@pytest.mark.parametrize("kind", TABLE_AREAS, ids=lambda k: k.__name__)
@pytest.mark.qt_log_level_fail("WARNING")
@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_area_models_pass_the_model_tester(qtbot: QtBot, qtmodeltester: ModelTester,
                                           window: MainWindow, kind: type) -> None:
    with_rows(window, kind)
    shown = loaded(qtbot, window, kind)
    qtmodeltester.check(shown.model)
    shown.proxy.sort(1, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: shown.model.rowCount() > 0)


@pytest.mark.parametrize("kind", TABLE_AREAS, ids=lambda k: k.__name__)
def test_sorting_every_column_asks_the_database(qtbot: QtBot, window: MainWindow,
                                                kind: type) -> None:
    with_rows(window, kind)
    shown = area(window, kind)
    for section in range(shown.model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            shown.table.sortByColumn(section, order)
            shown.model.fetchMore(QModelIndex())
            assert shown.model.rowCount() == shown.model.total


def test_sorting_by_column_header_reorders(qtbot: QtBot, window: MainWindow) -> None:
    people = loaded(qtbot, window, SubjectsArea)
    people.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: people.model.rowCount() == 3)
    assert column(people, "Name") == ["Öhman, Äila", "Virtanen, Matti", "Aalto, Liisa"]


def test_lazy_fetching_and_server_side_sort(qtbot: QtBot, window: MainWindow,
                                            filled_db: Database) -> None:
    add_people(filled_db, 450)
    people = area(window, SubjectsArea)
    people.set_database(filled_db)
    qtbot.waitUntil(lambda: people.model.rowCount() == 200)
    assert people.model.total == 453 and people.model.canFetchMore(QModelIndex())
    loaded_names = column(people, "Name")
    assert "Öhman, Äila" not in loaded_names  # last in name order: not fetched yet
    people.model.fetchMore(QModelIndex())
    assert people.model.rowCount() == 400
    people.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: people.model.rowCount() > 0)
    assert people.model.rowCount() == 200
    assert column(people, "Name")[:3] == ["Öhman, Äila", "Virtanen, Matti",
                                          "Sukunimi 0449, Henkilö"]


def test_an_empty_database_shows_the_empty_state(window: MainWindow, tmp_path: Path) -> None:
    empty = open_database(tmp_path / "tyhja.db", PASSPHRASE, create=True, clock=fixed_clock())
    try:
        window.set_database(empty)
        for kind in TABLE_AREAS:
            shown = area(window, kind)
            assert shown.ui.content.currentWidget() is shown.ui.empty_page
            assert shown.ui.empty_label.text() == _(kind.empty_text)
            assert shown.ui.heading.text() == _(kind.title)
        window.set_database(None)
        assert shown.ui.empty_label.text() == _(LOCKED_TEXT)
    finally:
        empty.close()


def test_settings_show_the_database_and_verify_the_chain(qtbot: QtBot,
                                                         window: MainWindow) -> None:
    settings = area(window, SettingsArea)
    assert settings.ui.schema_revision.text()
    assert settings.ui.cipher_version.text().startswith("4.")
    assert settings.ui.audit_status.text() == _("Not verified in this session.")
    qtbot.mouseClick(settings.ui.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settings.chain_check is not None)
    assert settings.chain_check.intact and settings.chain_check.entries > 20
    assert settings.ui.audit_status.text() == chain_text(settings.chain_check)
