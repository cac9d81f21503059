"""The completeness panel's corrections: one click, shown as unsaved edits, undone at will."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from kasve_desktop.domain.completeness import Coverage
from kasve_desktop.gui.registers.area import RegistersArea
from kasve_desktop.gui.registers.fix_dialog import FixDialog
from kasve_desktop.services.registers import notice as notice_service
from kasve_desktop.services.registers import registers
from kasve_desktop.store.engine import Database

SEED_INTRO = ("Henkilötietolain (523/99) 10 §:n ja EU:n yleisen tietosuoja-asetuksen "
              "2016/679 mukainen rekisteriseloste.")


def button(area: RegistersArea, name: str) -> QPushButton:
    found = area.panel.findChild(QPushButton, name)
    assert found is not None, name
    return found


def flags(area: RegistersArea) -> set[str]:
    assert area.panel.report is not None
    return {flag.code for flag in area.panel.report.flags}


def test_a_text_fix_applies_at_once_and_undo_takes_it_back(qtbot: QtBot,
                                                           seeded: RegistersArea,
                                                           demo: Database) -> None:
    form = seeded.form
    assert form is not None and not form.dirty
    button(seeded, "fix_in-writing").click()
    rights = form.current_data().rights_text["fi"]  # type: ignore[union-attr]
    assert "kirjallisesti" not in rights
    assert "Henkilötietojen käsittelykielto voidaan tehdä missä muodossa tahansa." in rights
    assert form.dirty and "in-writing" not in flags(seeded)
    assert "kirjallisesti" in registers.load_register(demo, "asiakkaat").rights_text["fi"]
    button(seeded, "undo_fix").click()
    assert "tulee tehdä kirjallisesti" in form.current_data().rights_text["fi"]  # type: ignore[union-attr]
    assert not form.dirty and "in-writing" in flags(seeded)
    qtbot.waitUntil(lambda: seeded.panel.findChild(QPushButton, "undo_fix") is None)


def test_the_basis_of_each_purpose_is_chosen_in_a_dialog(qtbot: QtBot,
                                                         seeded: RegistersArea) -> None:
    form = seeded.form
    assert form is not None
    button(seeded, "fix_and-or-basis").click()
    dialog = seeded.panel.fix_dialog
    assert isinstance(dialog, FixDialog) and dialog.isVisible()
    assert len(dialog.combos) == 9  # not the open-ended purpose: its own fix drops it
    first = min(dialog.combos)
    combo = dialog.combos[first]
    assert combo.currentData() == "contract"  # "asiakassuhteen hoitaminen"
    combo.setCurrentIndex(combo.findData("consent"))
    interests = [i for i, c in dialog.combos.items() if c.currentData() == "legitimate-interests"]
    assert interests and not dialog.apply_button.isEnabled()  # each interest must be said
    assert dialog.interests[first].isEnabled() is False
    for index in interests:
        dialog.interests[index].setText("asiakassuhteen ylläpitäminen")
    assert dialog.apply_button.isEnabled()
    dialog.apply_button.click()
    data = form.current_data()
    assert data is not None
    assert data.items[first].legal_basis == "consent"
    assert [i.text["fi"] for i in data.items_of("purpose") if not i.legal_basis] == [
        "muut vastaavat käyttötarkoitukset"]
    assert data.items[interests[0]].legitimate_interest == {"fi": "asiakassuhteen ylläpitäminen"}
    assert "ja/tai" not in data.purposes_text["fi"]
    button(seeded, "fix_open-purpose").click()
    data = form.current_data()
    assert data is not None and all(i.legal_basis for i in data.items_of("purpose"))
    assert seeded.panel.report is not None
    assert seeded.panel.report.item("C").coverage is Coverage.COVERED
    assert form.save()
    stored = registers.load_register(form._db, "asiakkaat")  # type: ignore[arg-type]
    assert stored.items[first].legal_basis == "consent"
    assert len(stored.items_of("purpose")) == 9


def test_the_repealed_act_goes_from_the_opening_words_too(qtbot: QtBot, seeded: RegistersArea,
                                                          demo: Database) -> None:
    before = notice_service.load_intro(demo)
    notice_service.save_intro(demo, {**before, "fi": SEED_INTRO})
    seeded.show_register("kumppanit")
    seeded.show_register("asiakkaat")
    button(seeded, "fix_repealed-act").click()
    assert notice_service.load_intro(demo)["fi"] == (
        "EU:n yleisen tietosuoja-asetuksen 2016/679 mukainen rekisteriseloste.")
    assert "repealed-act" not in flags(seeded)
    button(seeded, "undo_fix").click()
    assert notice_service.load_intro(demo)["fi"] == SEED_INTRO
    assert "repealed-act" in flags(seeded)


def test_a_missing_item_offers_its_fix(qtbot: QtBot, seeded: RegistersArea) -> None:
    form = seeded.form
    assert form is not None
    button(seeded, "fix_L").click()
    dialog = seeded.panel.fix_dialog
    assert isinstance(dialog, FixDialog)
    for combo in dialog.combos.values():
        assert combo.currentData() is False  # suggested: voluntary
    dialog.apply_button.click()
    assert seeded.panel.report is not None
    assert seeded.panel.report.item("L").coverage is Coverage.COVERED


def test_every_remark_gets_the_height_its_text_needs(qtbot: QtBot,
                                                     seeded: RegistersArea) -> None:
    """Many remarks in a short panel scroll; none is squeezed to a cut line."""
    panel = seeded.panel
    layout = panel.ui.flags_layout
    qtbot.waitUntil(lambda: layout.count() >= 9 and not panel._fit_timer.isActive())
    qtbot.wait(50)
    frames = [layout.itemAt(i).widget() for i in range(layout.count())]
    for frame in frames:
        assert frame is not None and frame.isVisible()
        assert frame.height() >= frame.heightForWidth(frame.width()), frame.findChild(
            type(panel.ui.items)).text()
    assert panel.ui.contents.height() > panel.ui.scroll.viewport().height()  # it scrolls
