"""Pyynnöt: countdown cells, filters and search, the pane's dates, files dropped on it."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QObject, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import QColor, QDesktopServices, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from kasve_desktop.gui.common.table_model import EMPHASIS_COLOURS, Emphasis
from kasve_desktop.gui.common.worker import wait_for_jobs
from kasve_desktop.gui.inbox.area import COUNTDOWN_COLUMN, InboxArea
from kasve_desktop.gui.inbox.countdown import COUNTDOWN_LABELS, countdown_icon, source_text
from kasve_desktop.gui.inbox.files import sort_dropped
from kasve_desktop.i18n import _, ngettext
from kasve_desktop.services.database import transaction
from kasve_desktop.services.listing import Countdown, Scope
from kasve_desktop.services.requests.detail import load_request
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Request

D = dt.date
TODAY = D(2026, 12, 21)  # a Monday; Christmas Eve is on Thursday
DUE, COUNT = 5, COUNTDOWN_COLUMN


def _request(ref: str, received: dt.date, **values: object) -> Request:
    fields: dict[str, object] = dict(
        reference=ref, type="access", channel="post", received_on=received,
        requester_name="Testi Henkilö", requester_street="Katu 1", requester_locality="Oulu",
        status="received")
    fields.update(values)
    return Request(**fields)  # type: ignore[arg-type]


@pytest.fixture
def inbox_db(db: Database) -> Database:
    with transaction(db) as session:
        session.add_all([
            _request("2026-0001", D(2026, 11, 13)),   # due 14.12.: overdue by 7 days
            _request("2026-0002", D(2026, 11, 19)),   # due today (19.12. a Saturday)
            _request("2026-0003", D(2026, 11, 22)),   # due 22.12.: 1 working day
            _request("2026-0004", D(2026, 11, 24), type="erasure", channel="email",
                     requester_name="Äila Öhman", requester_email="aila@example.fi"),
            _request("2026-0005", D(2026, 12, 1), requester_phone="+358407654321",
                     description="Haluan tietää, mitä tietoja minusta on."),
            _request("2026-0006", D(2026, 10, 1), status="closed", type="erasure"),
            _request("2026-0007", D(2026, 10, 20), status="identity-check",
                     paused_on=D(2026, 10, 22), resumed_on=D(2026, 11, 2)),
            _request("2026-0008", D(2026, 11, 5), status="in-progress",
                     extended_due_on=D(2027, 2, 5), extended_on=D(2026, 11, 20),
                     extension_reason="Laaja pyyntö"),
        ])
    return db


@pytest.fixture
def area(qtbot: QtBot, inbox_db: Database) -> Iterator[InboxArea]:
    shown = InboxArea(lambda: TODAY)
    qtbot.addWidget(shown)
    shown.resize(1200, 760)
    shown.set_database(inbox_db)
    shown.show()
    qtbot.waitUntil(lambda: shown.model.rowCount() == shown.model.total > 0)
    yield shown
    wait_for_jobs()
    shown.set_database(None)


def cells(area: InboxArea, column: int) -> dict[str, str]:
    return {area.proxy.index(r, 0).data(): area.proxy.index(r, column).data()
            for r in range(area.proxy.rowCount())}


def listed(qtbot: QtBot, area: InboxArea) -> list[str]:
    """The references in the list once every row is fetched."""
    qtbot.waitUntil(lambda: area.model.rowCount() == area.model.total)
    return list(cells(area, 0))


def row_of(area: InboxArea, reference: str) -> int:
    return next(r for r in range(area.proxy.rowCount())
                if area.proxy.index(r, 0).data() == reference)


def choose(qtbot: QtBot, area: InboxArea, reference: str) -> None:
    area.table.setCurrentIndex(area.proxy.index(row_of(area, reference), 0))
    assert area.pane is not None
    qtbot.waitUntil(lambda: area.pane is not None and area.pane.detail is not None
                    and area.pane.detail.reference == reference)


def days(count: int, working: int) -> str:
    return (ngettext("{count} day", "{count} days", count).format(count=count) + " ("
            + ngettext("{count} working day", "{count} working days", working).format(
                count=working) + ")")


def test_countdown_text_colour_and_icon_for_each_state(area: InboxArea) -> None:
    overdue = ngettext("Overdue by {count} day", "Overdue by {count} days", 7)
    assert cells(area, COUNT) == {
        "2026-0007": overdue.format(count=20),  # 20.11. + 11 days paused = 1.12.
        "2026-0001": overdue.format(count=7),
        "2026-0002": _("Due today"),
        "2026-0003": days(1, 1),
        "2026-0004": days(7, 3),
        "2026-0005": days(14, 7),
        "2026-0008": days(46, 30),
    }
    expected = {"2026-0001": (Countdown.OVERDUE, Emphasis.ALERT),
                "2026-0002": (Countdown.TODAY, Emphasis.ALERT),
                "2026-0003": (Countdown.SOON, Emphasis.WARNING),
                "2026-0004": (Countdown.WEEK, Emphasis.WARNING),
                "2026-0005": (Countdown.ON_TIME, None)}
    delegate = area.table.itemDelegateForColumn(COUNT)
    keys = set()
    for reference, (state, emphasis) in expected.items():
        index = area.proxy.index(row_of(area, reference), COUNT)
        colour = index.data(Qt.ItemDataRole.ForegroundRole)
        assert colour == (QColor(EMPHASIS_COLOURS[emphasis]) if emphasis else None)
        assert _(COUNTDOWN_LABELS[state]) in index.data(Qt.ItemDataRole.ToolTipRole)
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, index)
        assert not option.icon.isNull()
        keys.add(option.icon.cacheKey())
    assert len(keys) == 5  # a different icon for every state, not only a colour
    assert countdown_icon(Countdown.CLOSED).isNull()


def test_the_due_cell_marks_extended_and_paused_dates(area: InboxArea) -> None:
    due = cells(area, DUE)
    assert due["2026-0004"] == "28.12.2026"
    assert due["2026-0008"] == _("{date} (extended)").format(date="5.2.2027")
    assert due["2026-0007"] == _("{date} (paused)").format(date="1.12.2026")
    tip = area.proxy.index(row_of(area, "2026-0004"), DUE).data(Qt.ItemDataRole.ToolTipRole)
    assert "24.12.2026 Jouluaatto → 28.12.2026" in tip
    assert _("The one-month date") in tip


def test_open_requests_by_default_then_each_filter(qtbot: QtBot, area: InboxArea) -> None:
    assert area.bar is not None
    bar = area.bar.ui
    assert area.model.total == 7 and "2026-0006" not in listed(qtbot, area)
    assert listed(qtbot, area)[:3] == ["2026-0007", "2026-0001", "2026-0002"]
    bar.scope.setCurrentIndex(bar.scope.findData(Scope.OVERDUE.value))
    assert listed(qtbot, area) == ["2026-0007", "2026-0001"]
    bar.scope.setCurrentIndex(bar.scope.findData(Scope.WEEK.value))
    assert listed(qtbot, area) == ["2026-0002", "2026-0003", "2026-0004"]
    bar.scope.setCurrentIndex(bar.scope.findData(Scope.ALL.value))
    assert area.model.total == 8 and listed(qtbot, area)[-1] == "2026-0006"
    bar.type_filter.setCurrentIndex(bar.type_filter.findData("erasure"))
    assert listed(qtbot, area) == ["2026-0004", "2026-0006"]
    bar.type_filter.setCurrentIndex(0)
    bar.status_filter.setCurrentIndex(bar.status_filter.findData("identity-check"))
    assert listed(qtbot, area) == ["2026-0007"]
    bar.status_filter.setCurrentIndex(bar.status_filter.findData("withdrawn"))
    assert area.ui.content.currentWidget() is area.ui.empty_page
    assert area.ui.empty_label.text() == _("No request matches the search and filters.")


@pytest.mark.parametrize(("text", "expected"), [
    ("öhman", ["2026-0004"]), ("AILA@example", ["2026-0004"]), ("040 765 4321", ["2026-0005"]),
    ("mitä tietoja", ["2026-0005"]), ("2026-0003", ["2026-0003"])])
def test_search_as_you_type(qtbot: QtBot, area: InboxArea, text: str,
                            expected: list[str]) -> None:
    assert area.bar is not None
    area.bar.ui.search.setText(text)
    qtbot.waitUntil(lambda: list(cells(area, 0)) == expected)
    assert area.ui.summary.text() == ngettext("{count} request shown", "{count} requests shown",
                                              len(expected)).format(count=len(expected))


def test_ctrl_f_searches_and_enter_goes_to_the_pane(qtbot: QtBot, area: InboxArea) -> None:
    assert area.bar is not None and area.pane is not None
    area.activateWindow()
    area.table.setFocus()
    qtbot.keyClick(area.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: area.bar is not None and area.bar.ui.search.hasFocus())
    choose(qtbot, area, "2026-0003")
    area.table.setFocus()
    qtbot.keyClick(area.table, Qt.Key.Key_Return)
    focused = QApplication.focusWidget()
    assert focused is not None and area.pane.isAncestorOf(focused)
    for button in (area.bar.ui.new_button, area.pane.ui.link_button,
                   area.pane.ui.take_action_button):
        assert button.isVisibleTo(area)


def test_the_pane_says_which_date_is_in_force(qtbot: QtBot, area: InboxArea) -> None:
    assert area.pane is not None
    ui = area.pane.ui
    choose(qtbot, area, "2026-0004")
    assert ui.due.text() == _("{date} — {which}").format(
        date="28.12.2026", which=source_text("original", 0).lower())
    assert "24.12.2026 Jouluaatto → 28.12.2026" in ui.due_details.text()
    assert ui.person.text() == _("Not linked")
    choose(qtbot, area, "2026-0008")
    assert ui.due.text().startswith("5.2.2027")
    assert "5.12.2026" in ui.due_details.text() and "5.2.2027" in ui.due_details.text()
    assert "Laaja pyyntö" in ui.due_details.text()
    choose(qtbot, area, "2026-0007")
    paused = load_request(area.database, area.pane.request_id or 0, TODAY)
    unpaused = paused.one_month.due
    assert paused.in_force.source == "paused" and paused.in_force.deadline.due != unpaused
    lines = ui.due_details.text()
    assert _("Without the pause: {date}").format(date=f"{unpaused.day}.{unpaused.month}."
                                                 f"{unpaused.year}") in lines
    assert "2.11.2026" in lines and "22.10.2026" in lines


# --- files -------------------------------------------------------------------------------

def drop_event(area: InboxArea, paths: list[Path]) -> QDropEvent:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPoint(10, 10).toPointF(), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    area.dropEvent(event)
    return event


def test_dropped_files_are_sorted_by_kind(tmp_path: Path) -> None:
    files = [tmp_path / n for n in ("kirje.PDF", "viesti.eml", "kuva.jpeg", "muistio.docx")]
    for path in files:
        path.write_bytes(b"x")
    dropped = sort_dropped([*files, tmp_path / "puuttuu.pdf"])
    assert [p.name for p in dropped.emails] == ["viesti.eml"]
    assert [p.name for p in dropped.attachments] == ["kirje.PDF", "kuva.jpeg"]
    assert [p.name for p in dropped.refused] == ["muistio.docx", "puuttuu.pdf"]


def test_other_files_are_refused_and_nothing_changes(qtbot: QtBot, area: InboxArea,
                                                     tmp_path: Path) -> None:
    choose(qtbot, area, "2026-0003")
    scan, memo = tmp_path / "skannaus.pdf", tmp_path / "muistio.docx"
    scan.write_bytes(b"%PDF-1.4 scan")
    memo.write_bytes(b"doc")
    drop_event(area, [scan, memo])
    box = area.message
    assert isinstance(box, QMessageBox) and "muistio.docx" in box.text()
    box.close()
    assert area.pane is not None and area.pane.detail is not None
    assert area.pane.detail.attachments == ()


def test_a_dropped_scan_is_attached_saved_and_opened(qtbot: QtBot, area: InboxArea,
                                                     tmp_path: Path) -> None:
    choose(qtbot, area, "2026-0003")
    scan = tmp_path / "skannaus.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    drop_event(area, [scan])
    box = area.drops.question
    assert isinstance(box, QMessageBox)
    assert box.text() == ngettext("Attach {count} file to request {reference}?",
                                  "Attach {count} files to request {reference}?",
                                  1).format(count=1, reference="2026-0003")
    box.button(QMessageBox.StandardButton.Yes).click()
    pane = area.pane
    assert pane is not None
    qtbot.waitUntil(lambda: pane.detail is not None and len(pane.detail.attachments) == 1)
    assert pane.detail is not None
    document = pane.detail.attachments[0]
    assert (document.filename, document.mime_type) == ("skannaus.pdf", "application/pdf")
    assert pane.timeline.rows[-1].kind == "document"
    target = tmp_path / "tallennettu.pdf"
    area.drops.save(document.id, target)
    assert target.read_bytes() == b"%PDF-1.4 scan"
    opened = Opened()
    QDesktopServices.setUrlHandler("file", opened, "take")
    try:
        pane.ui.attachments.selectRow(0)
        pane.ui.open_button.click()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    copy = Path(opened.urls[0].toLocalFile())
    assert copy.read_bytes() == b"%PDF-1.4 scan" and copy.stat().st_mode & 0o077 == 0
    area.set_database(None)
    assert not copy.exists() and not os.path.exists(copy.parent)


class Opened(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def take(self, url: QUrl) -> None:
        self.urls.append(url)


def test_a_search_that_leaves_the_chosen_request_out_empties_the_pane(
        qtbot: QtBot, area: InboxArea) -> None:
    assert area.bar is not None and area.pane is not None
    choose(qtbot, area, "2026-0001")
    area.bar.ui.search.setText("2026-0004")
    qtbot.waitUntil(lambda: list(cells(area, 0)) == ["2026-0004"])
    qtbot.waitUntil(lambda: area.pane is not None and area.pane.detail is None)
    area.bar.ui.search.setText("")
    qtbot.waitUntil(lambda: "2026-0001" in cells(area, 0))
    choose(qtbot, area, "2026-0004")
    area.bar.ui.search.setText("Äila")  # still listed: the pane keeps it
    qtbot.waitUntil(lambda: list(cells(area, 0)) == ["2026-0004"])
    assert area.pane.detail is not None and area.pane.detail.reference == "2026-0004"

