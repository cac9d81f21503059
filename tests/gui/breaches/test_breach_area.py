"""The breach register's area: recording, the 72-hour countdown, refusals, unsaved changes."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from kasve_desktop.clock import FixedClock
from kasve_desktop.gui.breaches.area import HOURS_COLUMN, BreachesArea
from kasve_desktop.services import breaches
from kasve_desktop.services.breaches import Risk
from kasve_desktop.store.engine import Database
from tests.gui.breaches.helpers import (
    cells,
    choose,
    helsinki,
    notified,
    record,
    references,
    refresh,
    type_text,
    type_time,
)

RED, AMBER = "#b3261e", "#9a5b00"


def test_a_breach_typed_in_is_listed_with_its_countdown(
        qtbot: QtBot, area: BreachesArea, clock: FixedClock, filled_db: Database) -> None:
    assert area.pane is not None
    qtbot.keyClick(area.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form, f = area.pane.form, area.pane.form.fields
    assert form.is_new and area.pane.heading.text() == "Uusi loukkaus"
    assert f.discovered_at.dateTime().toString("d.M.yyyy H.mm") == "28.3.2027 10.00"  # now
    type_text(f.title, "Sähköposti väärälle vastaanottajalle")
    type_time(f.discovered_at, 2027, 3, 27, 22)
    # 72 elapsed hours across the spring clock change (28.3.2027, 3:00 → 4:00): from 20:00
    # UTC to 20:00 UTC on 30.3., 23:00 summer time; at 10:00 (07:00 UTC) 11 have passed
    assert f.deadline.text() == "30.3.2027 klo 23.00 · 61 h jäljellä"
    type_text(f.description, "Uutiskirje lähti näkyvin vastaanottajin.")
    f.persons_count.setValue(40)
    assert f.delay_reasons.isHidden()
    f.authority_notified_at.check.setChecked(True)  # now: within the 72 hours
    assert f.delay_reasons.isHidden() and f.deadline.text() == "30.3.2027 klo 23.00"
    f.authority_notified_at.check.setChecked(False)
    assert form.dirty and area.has_unsaved()
    qtbot.mouseClick(area.pane.save_button, Qt.MouseButton.LeftButton)
    assert not form.dirty and form.reference == "L-2027-001"
    assert cells(area) == ["L-2027-001", "Sähköposti väärälle vastaanottajalle",
                           "27.3.2027 klo 22.00", "30.3.2027 klo 23.00", "61 h jäljellä",
                           "Arvioimatta", "Riskiä arvioidaan"]
    stored = breaches.breach_detail(filled_db, "L-2027-001", clock.now()).data
    assert stored.description == "Uutiskirje lähti näkyvin vastaanottajin."
    assert stored.persons_count == 40 and stored.discovered_at == helsinki(2027, 3, 27, 22)
    assert area.proxy.index(0, HOURS_COLUMN).data(Qt.ItemDataRole.ForegroundRole) is None


def hours_cell(area: BreachesArea) -> tuple[str, QColor | None, bool]:
    """The countdown's text, colour and whether an icon is drawn before it."""
    index = area.proxy.index(0, HOURS_COLUMN)
    option = QStyleOptionViewItem()
    area.table.itemDelegateForColumn(HOURS_COLUMN).initStyleOption(option, index)
    colour = index.data(Qt.ItemDataRole.ForegroundRole)
    return index.data(), colour, not option.icon.isNull()  # type: ignore[attr-defined]


def test_the_countdown_turns_amber_then_red_and_counts_past_the_deadline(
        qtbot: QtBot, area: BreachesArea, clock: FixedClock, filled_db: Database) -> None:
    record(filled_db, "Kadonnut muistitikku", helsinki(2027, 3, 27, 22), clock.now())
    clock.set(helsinki(2027, 3, 30, 3))
    refresh(area)
    text, colour, has_icon = hours_cell(area)
    assert (text, colour.name() if colour else None, has_icon) == ("20 h jäljellä", AMBER, True)
    clock.set(helsinki(2027, 3, 30, 13))
    refresh(area)
    text, colour, _ = hours_cell(area)
    assert (text, colour.name() if colour else None) == ("10 h jäljellä", RED)
    clock.set(helsinki(2027, 3, 31, 4))
    refresh(area)
    text, colour, has_icon = hours_cell(area)
    assert (text, colour.name() if colour else None, has_icon) == ("Myöhässä 5 h", RED, True)


def test_no_countdown_once_the_authority_is_notified(
        area: BreachesArea, clock: FixedClock, filled_db: Database) -> None:
    notified(filled_db, clock.now())
    refresh(area)
    text, colour, has_icon = hours_cell(area)
    assert (text, colour.name() if colour else None, has_icon) == ("—", "#6b7378", False)
    assert cells(area)[5:] == ["Riski", "Ilmoitettu"]


def test_the_minute_timer_counts_the_hours_again(
        qtbot: QtBot, area: BreachesArea, clock: FixedClock, filled_db: Database) -> None:
    record(filled_db, "Kadonnut muistitikku", helsinki(2027, 3, 27, 22), clock.now())
    refresh(area)
    assert cells(area)[4] == "61 h jäljellä"
    assert area.timer.isActive() and area.timer.interval() == 60_000
    clock.set(helsinki(2027, 3, 28, 12))
    area.timer.timeout.emit()
    assert cells(area)[4] == "59 h jäljellä"


def test_a_late_notification_without_reasons_is_refused_and_nothing_typed_is_lost(
        qtbot: QtBot, area: BreachesArea, clock: FixedClock, filled_db: Database) -> None:
    assert area.pane is not None
    clock.set(helsinki(2027, 4, 2, 12))
    record(filled_db, "Kadonnut muistitikku", helsinki(2027, 3, 27, 22), clock.now())
    refresh(area)
    choose(qtbot, area, "L-2027-001")
    form, f = area.pane.form, area.pane.form.fields
    assert form.reference == "L-2027-001"
    assert not f.delay_reasons.isHidden()  # the 72 hours have run out: reasons will be due
    f.risk.setCurrentIndex(f.risk.findData(Risk.RISK))
    type_text(f.risk_reasons, "Tikulla oli asiakasrekisterin ote salaamattomana.")
    type_text(f.decided_by, "Maija Meikäläinen")
    f.decided_at.check.setChecked(True)
    f.authority_notified_at.check.setChecked(True)  # now: 2.4. 12:00, after 30.3. 23:00
    assert not f.delay_reasons.isHidden() and f.delay_label.text() == "Viivästyksen syyt"
    qtbot.mouseClick(area.pane.save_button, Qt.MouseButton.LeftButton)
    assert form.message.text() == (
        "Valvontaviranomaiselle ilmoitettiin vasta 72 tunnin jälkeen: kirjoita viivästymisen "
        "syyt (tietosuoja-asetuksen 33 artiklan 1 kohta).")
    assert f.currentIndex() == 3 and area.window().focusWidget() is f.delay_reasons
    assert f.risk_reasons.toPlainText() == "Tikulla oli asiakasrekisterin ote salaamattomana."
    assert form.dirty and f.decided_by.text() == "Maija Meikäläinen"
    assert breaches.breach_detail(filled_db, "L-2027-001", clock.now()).data.risk is None
    type_text(f.delay_reasons, "Tikun katoaminen huomattiin vasta inventaariossa.")
    qtbot.mouseClick(area.pane.save_button, Qt.MouseButton.LeftButton)
    assert not form.dirty and form.message.text() == "Tallennettu."
    stored = breaches.breach_detail(filled_db, "L-2027-001", clock.now())
    assert stored.data.delay_reasons == "Tikun katoaminen huomattiin vasta inventaariossa."
    assert stored.row.late and cells(area)[6] == "Ilmoitettu"


def test_a_missing_title_is_refused_at_the_title(
        qtbot: QtBot, area: BreachesArea, filled_db: Database, clock: FixedClock) -> None:
    assert area.pane is not None
    area.new_breach()
    f = area.pane.form.fields
    type_text(f.description, "Jotain tapahtui.")
    f.setCurrentIndex(2)
    qtbot.mouseClick(area.pane.save_button, Qt.MouseButton.LeftButton)
    assert area.pane.form.message.text() == "Kirjoita loukkaukselle otsikko."
    assert f.currentIndex() == 0 and area.window().focusWidget() is f.title
    assert f.description.toPlainText() == "Jotain tapahtui."
    assert breaches.list_breaches(filled_db, clock.now()) == []


def answer(area: BreachesArea, button: QMessageBox.StandardButton) -> None:
    assert area.pane is not None
    box = area.pane.form.question
    assert box is not None and box.isVisible()
    box.button(button).click()


def test_leaving_unsaved_changes_asks_first(
        qtbot: QtBot, area: BreachesArea, clock: FixedClock, filled_db: Database) -> None:
    assert area.pane is not None
    record(filled_db, "Ensimmäinen", helsinki(2027, 3, 27, 22), clock.now())
    record(filled_db, "Toinen", helsinki(2027, 3, 28, 8), clock.now())
    refresh(area)
    assert references(area) == ["L-2027-002", "L-2027-001"]  # the newest first
    choose(qtbot, area, "L-2027-001")
    form, f = area.pane.form, area.pane.form.fields
    f.title.setText("Ensimmäinen, muokattu")
    assert area.pane.revert_button.isEnabled()
    choose(qtbot, area, "L-2027-002")
    answer(area, QMessageBox.StandardButton.Cancel)
    qtbot.waitUntil(lambda: area.table.currentIndex().row() == 1)
    assert form.reference == "L-2027-001" and f.title.text() == "Ensimmäinen, muokattu"
    choose(qtbot, area, "L-2027-002")
    answer(area, QMessageBox.StandardButton.Discard)
    assert form.reference == "L-2027-002" and f.title.text() == "Toinen"
    assert breaches.breach_detail(filled_db, "L-2027-001", clock.now()).data.title == \
        "Ensimmäinen"
    f.title.setText("Toinen, muokattu")
    qtbot.mouseClick(area.new_button, Qt.MouseButton.LeftButton)
    answer(area, QMessageBox.StandardButton.Save)
    assert form.is_new and f.title.text() == ""
    assert cells(area, references(area).index("L-2027-002"))[1] == "Toinen, muokattu"


def test_revert_shows_the_breach_as_saved(
        qtbot: QtBot, area: BreachesArea, clock: FixedClock, filled_db: Database) -> None:
    assert area.pane is not None
    record(filled_db, "Ensimmäinen", helsinki(2027, 3, 27, 22), clock.now())
    refresh(area)
    choose(qtbot, area, "L-2027-001")
    area.pane.form.fields.persons_count.setValue(12)
    qtbot.mouseClick(area.pane.revert_button, Qt.MouseButton.LeftButton)
    assert area.pane.form.fields.persons_count.text() == "—" and not area.has_unsaved()


def test_an_auto_lock_keeps_the_typed_breach_as_a_draft(
        qtbot: QtBot, area: BreachesArea, filled_db: Database) -> None:
    assert area.pane is not None
    area.new_breach()
    type_text(area.pane.form.fields.title, "Luonnos")
    restore = area.take_draft()
    assert restore is not None and not area.has_unsaved()
    area.set_database(None)
    area.set_database(filled_db)
    restore(filled_db)
    assert area.pane.form.is_new and area.pane.form.fields.title.text() == "Luonnos"
    assert area.has_unsaved()


def test_closing_and_reopening(qtbot: QtBot, area: BreachesArea, clock: FixedClock,
                               filled_db: Database) -> None:
    assert area.pane is not None
    record(filled_db, "Kadonnut muistitikku", helsinki(2027, 3, 27, 22), clock.now())
    refresh(area)
    choose(qtbot, area, "L-2027-001")
    qtbot.mouseClick(area.pane.close_button, Qt.MouseButton.LeftButton)
    box = area.pane.documents.message
    assert box is not None and box.text() == \
        "Loukkausta ei voi vielä sulkea: Riskiä arvioidaan."
    box.button(QMessageBox.StandardButton.Ok).click()
    notified(filled_db, clock.now())
    refresh(area)
    choose(qtbot, area, "L-2027-002")
    qtbot.mouseClick(area.pane.close_button, Qt.MouseButton.LeftButton)
    assert cells(area, references(area).index("L-2027-002"))[6] == "Suljettu"
    assert area.pane.close_button.text() == "Avaa uu&delleen"
    area.only_open.setChecked(True)
    assert references(area) == ["L-2027-001"]
    area.only_open.setChecked(False)
    choose(qtbot, area, "L-2027-002")
    qtbot.mouseClick(area.pane.close_button, Qt.MouseButton.LeftButton)
    assert cells(area, references(area).index("L-2027-002"))[6] == "Ilmoitettu"


def test_the_search_box_filters_the_list(qtbot: QtBot, area: BreachesArea,
                                         clock: FixedClock, filled_db: Database) -> None:
    record(filled_db, "Kadonnut muistitikku", helsinki(2027, 3, 27, 22), clock.now())
    notified(filled_db, clock.now())
    refresh(area)
    type_text(area.search, "muistitikku")
    assert references(area) == ["L-2027-001"]
    type_text(area.search, "xyz")
    assert references(area) == [] and area.ui.empty_label.text() == \
        "Mikään loukkaus ei vastaa hakua ja rajausta."
    area.search.clear()
    area.model.fetchMore(QModelIndex())
    assert sorted(references(area)) == ["L-2027-001", "L-2027-002"]


def test_enter_opens_the_form_and_escape_returns_to_the_list(
        qtbot: QtBot, area: BreachesArea, clock: FixedClock, filled_db: Database) -> None:
    assert area.pane is not None
    record(filled_db, "Kadonnut muistitikku", helsinki(2027, 3, 27, 22), clock.now())
    refresh(area)
    area.activateWindow()
    qtbot.waitActive(area)
    area.table.setFocus()
    area.table.setCurrentIndex(area.proxy.index(0, 1))
    assert area.pane.form.reference == "L-2027-001"
    qtbot.keyClick(area.table, Qt.Key.Key_Return)
    assert area.focusWidget() is area.pane.form.fields.title
    qtbot.keyClick(area.pane.form.fields.title, Qt.Key.Key_Escape)
    assert area.focusWidget() is area.table


def test_the_area_speaks_swedish_too(area: BreachesArea, clock: FixedClock,
                                     filled_db: Database) -> None:
    from kasve_desktop import i18n

    assert area.pane is not None
    record(filled_db, "Kadonnut muistitikku", helsinki(2027, 3, 27, 22), clock.now())
    refresh(area)
    i18n.set_language("sv")
    area.retranslate()
    headers = [area.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert headers[3:5] == ["Anmäls senast", "Tid kvar"]
    assert cells(area)[4] == "61 h kvar"
    assert area.pane.form.fields.tabText(0) == "&Incident"
    assert area.new_button.text() == "&Ny incident…"
