"""Seloste: the privacy notice area on the demo database, driven through its widgets."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kasve_desktop.demo.build import build_demo
from kasve_desktop.gui.areas import AREAS
from kasve_desktop.gui.main_window import MainWindow
from kasve_desktop.gui.notice.area import LOCKED_TEXT, NoticeArea
from kasve_desktop.gui.notice.compare_dialog import CHANGED_ROLE, CompareDialog
from kasve_desktop.gui.notice.preview import MISSING_TEXTS, PreviewRequest, file_name
from kasve_desktop.gui.notice.versions_dialog import NUMBER_ROLE, VersionsDialog
from kasve_desktop.i18n import _, ngettext, set_language
from kasve_desktop.services.database import transaction
from kasve_desktop.services.registers import notice as notice_service
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Register

TODAY = dt.date(2026, 11, 24)
RETENTION = "Asiakkaan tiedot poistetaan kolmen vuoden kuluttua asiakassuhteen päättymisestä."


@pytest.fixture
def demo_db(db: Database) -> Database:
    build_demo(db, TODAY)
    return db


@pytest.fixture
def area(qtbot: QtBot, demo_db: Database) -> Iterator[NoticeArea]:
    """The area on the demo database, its Finnish draft previewed."""
    shown = NoticeArea(lambda: TODAY)
    qtbot.addWidget(shown)
    shown.resize(1100, 760)
    shown.set_database(demo_db)
    shown.show()
    qtbot.waitExposed(shown)
    wait_for_preview(qtbot, shown)
    yield shown
    shown.set_database(None)


def wait_for_preview(qtbot: QtBot, area: NoticeArea, **wanted: Any) -> None:
    """Until the preview of the current choices (and of ``wanted``) is shown."""
    def ready() -> bool:
        preview = area.preview
        return (not area.busy and not area._refresh_timer.isActive() and preview is not None
                and preview.request == area.current_request()
                and all(getattr(preview.request, k) == v for k, v in wanted.items()))
    qtbot.waitUntil(ready, timeout=15_000)


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def edit_retention(db: Database, key: str, text: str) -> None:
    """A register text changed through the ORM, as the register form would."""
    with transaction(db) as session:
        register = session.scalars(select(Register).where(Register.key == key)).one()
        register.retention_text = {**register.retention_text, "fi": text}


def publish_through_dialog(qtbot: QtBot, area: NoticeArea, note: str = "",
                           reason: str = "") -> int:
    """Publish the draft; ``reason`` when the check is expected to show gaps."""
    area.ui.action_publish.trigger()
    dialog = area.publish_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.publish_button.isEnabled()  # not before the confirmation
    assert dialog.clean is not bool(reason)
    dialog.ui.note.setPlainText(note)
    dialog.ui.confirm.setChecked(True)
    if reason:
        assert not dialog.publish_button.isEnabled()  # not before the reason
        dialog.ui.override_reason.setPlainText(reason)
    assert dialog.publish_button.isEnabled()
    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: area.preview is not None and not area.busy
                    and area.preview.request.version is not None, timeout=20_000)
    number = area.ui.version.currentData()
    assert isinstance(number, int)
    return number


def open_versions(area: NoticeArea) -> VersionsDialog:
    area.ui.action_versions.trigger()
    dialog = area.versions_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def listed_numbers(dialog: VersionsDialog) -> list[int]:
    model = dialog.model
    return [model.index(r, 0).data(NUMBER_ROLE) for r in range(model.rowCount())]


def choose_language(qtbot: QtBot, area: NoticeArea, lang: str) -> None:
    area.ui.language.setCurrentIndex(area.ui.language.findData(lang))
    wait_for_preview(qtbot, area, lang=lang)


# --- the preview -------------------------------------------------------------------

def test_previews_the_finnish_draft(area: NoticeArea) -> None:
    assert area.ui.preview.page_count > 0
    assert area.ui.preview.data == area.preview.pdf
    assert area.preview.request.lang == "fi" and area.preview.request.version is None
    text = pdf_text(area.preview.pdf)
    assert "Tietosuojaseloste" in text and "1. Rekisterinpitäjä" in text
    assert area.ui.warning_bar.isHidden()
    for action in (area.ui.action_print, area.ui.action_save_pdf, area.ui.action_export_html,
                   area.ui.action_publish):
        assert action.isEnabled()


def test_swedish_shows_the_untranslated_texts(qtbot: QtBot, area: NoticeArea) -> None:
    choose_language(qtbot, area, "sv")
    assert "Dataskyddsbeskrivning" in pdf_text(area.preview.pdf)
    assert area.ui.warning_bar.isHidden()  # the draft is translated
    area.show_version(1)
    wait_for_preview(qtbot, area, version=1)
    assert area.ui.warning_bar.isVisible()
    untranslated = area.preview.untranslated
    assert untranslated  # version 1, the seed, is in Finnish only
    assert area.ui.warning_text.text() == _(MISSING_TEXTS["sv"]).format(
        texts=", ".join(untranslated))
    choose_language(qtbot, area, "fi")
    assert area.ui.warning_bar.isHidden()


def test_a_subset_of_registers(qtbot: QtBot, area: NoticeArea) -> None:
    names = area.registers.names
    assert len(names) == 5 and area.current_request().register_keys is None
    area.registers.set_chosen(["asiakkaat", "tapahtumat"])
    wait_for_preview(qtbot, area, register_keys=("asiakkaat", "tapahtumat"))
    text = pdf_text(area.preview.pdf)
    assert names["asiakkaat"] in text and names["tapahtumat"] in text
    assert names["markkinointi"] not in text
    assert area.ui.registers_button.text() == ngettext(
        "{count} register", "{count} registers", 2).format(count=2)
    area.registers.set_chosen([])
    qtbot.waitUntil(lambda: area.preview is None and not area._refresh_timer.isActive())
    assert area.ui.preview.ui.message.text() == _("Choose at least one register for the notice.")
    assert not area.ui.action_save_pdf.isEnabled() and not area.ui.action_publish.isEnabled()


def test_the_register_menu_ticks_with_the_keyboard(qtbot: QtBot, area: NoticeArea) -> None:
    menu = area.registers.menu
    actions = [a for a in menu.actions() if a.isCheckable()]
    assert [a.data() for a in actions] == list(area.registers.names)
    actions[1].trigger()  # unticked: the notice covers the four others
    assert area.current_request().register_keys is not None
    assert actions[1].data() not in area.current_request().register_keys
    area.registers.choose_all()
    assert area.current_request().register_keys is None


def test_locking_empties_the_area(area: NoticeArea) -> None:
    area.set_database(None)
    assert area.preview is None and area.ui.preview.page_count == 0
    assert area.ui.preview.ui.message.text() == _(LOCKED_TEXT)
    assert not area.ui.action_print.isEnabled() and not area.ui.language.isEnabled()


# --- saving, exporting, printing ---------------------------------------------------

@pytest.fixture
def chosen_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """QFileDialog.getSaveFileName replaced: it answers a path in a folder of its own."""
    folder = tmp_path / "valittu"
    folder.mkdir()
    asked: dict[str, Any] = {"folder": folder, "answer": None}

    def answer(parent: Any, caption: str, directory: str, file_filter: str) -> tuple[str, str]:
        asked["default"] = Path(directory).name
        asked["filter"] = file_filter
        return (str(asked["answer"]) if asked["answer"] else "", file_filter)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return asked


def test_save_pdf_writes_the_preview_where_chosen(area: NoticeArea,
                                                  chosen_path: dict[str, Any]) -> None:
    target = chosen_path["folder"] / "seloste.pdf"
    chosen_path["answer"] = target
    area.ui.action_save_pdf.trigger()
    assert chosen_path["default"] == "tietosuojaseloste-luonnos-fi.pdf"
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and data == area.preview.pdf
    assert "Tietosuojaseloste" in pdf_text(data)
    assert list(chosen_path["folder"].iterdir()) == [target]
    assert str(target) in area.ui.status.text()


def test_cancelling_the_save_writes_nothing(area: NoticeArea,
                                            chosen_path: dict[str, Any]) -> None:
    area.save_pdf()
    area.export_html()
    assert list(chosen_path["folder"].iterdir()) == []


def test_html_export_for_the_website(area: NoticeArea, chosen_path: dict[str, Any]) -> None:
    target = chosen_path["folder"] / "seloste"  # no suffix typed: .html is added
    chosen_path["answer"] = target
    area.ui.action_export_html.trigger()
    assert chosen_path["default"] == "tietosuojaseloste-luonnos-fi.html"
    page = target.with_suffix(".html").read_text(encoding="utf-8")
    assert "<h1>" in page and "Tietosuojaseloste" in page


def test_ctrl_p_opens_the_print_dialog(qtbot: QtBot, area: NoticeArea) -> None:
    assert area.ui.action_print.shortcut() == QKeySequence("Ctrl+P")
    area.ui.action_print.trigger()
    request = area.print_request
    assert request is not None and request.dialog.isVisible()
    assert request.dialog.maxPage() == area.ui.preview.page_count
    assert request.printer.resolution() == 300
    request.dialog.reject()


def test_the_draft_pdf_is_dated_the_day_it_was_built(area: NoticeArea) -> None:
    assert area.preview is not None and area.preview.request.version is None
    metadata = PdfReader(io.BytesIO(area.preview.pdf)).metadata
    assert metadata is not None and metadata["/CreationDate"] == "D:20261124000000"


def test_file_names() -> None:
    """Named in the interface's language; the notice's own language comes last."""
    assert file_name(PreviewRequest("fi", None, 3), ".pdf") == "tietosuojaseloste-v3-fi.pdf"
    assert file_name(PreviewRequest("sv", None, None), ".html") == (
        "tietosuojaseloste-luonnos-sv.html")
    set_language("sv")
    assert file_name(PreviewRequest("sv", None, None), ".html") == (
        "dataskyddsbeskrivning-utkast-sv.html")


# --- publishing and versions -------------------------------------------------------

def test_publish_freezes_version_2(qtbot: QtBot, area: NoticeArea, demo_db: Database) -> None:
    assert area.publish_dialog is None
    assert publish_through_dialog(qtbot, area, "Korjattu seloste") == 2
    info, _first = notice_service.versions(demo_db)
    assert info.number == 2 and info.effective_date == TODAY
    assert info.note == "Korjattu seloste" and info.override_reason == ""
    assert area.preview.pdf == notice_service.notice_pdf(demo_db, "fi", version=2)
    assert "Versio 2" in pdf_text(area.preview.pdf)
    assert not area.ui.registers_button.isEnabled()  # a published version is fixed
    assert not area.ui.action_publish.isEnabled()
    dialog = open_versions(area)
    assert listed_numbers(dialog) == [2, 1]
    assert dialog.model.headerData(3, Qt.Orientation.Horizontal) == "Tarkistus"
    assert dialog.model.index(0, 5).data() == "Korjattu seloste"
    assert dialog.model.index(0, 3).data() == ""
    assert dialog.model.index(1, 3).data() == "⚠ Puutteista huolimatta"
    assert dialog.model.index(1, 3).data(Qt.ItemDataRole.ToolTipRole) == (
        "Julkaistu puutteista huolimatta: Julkaistu vanhan rekisteriselosteen pohjalta "
        "ennen tarkistusta.")
    dialog.reject()


def test_a_clean_draft_asks_no_reason(area: NoticeArea) -> None:
    area.ui.action_publish.trigger()
    dialog = area.publish_dialog
    assert dialog is not None and dialog.clean
    assert dialog.ui.check_heading.text() == "Kattavuustarkistus ei näytä puutteita."
    assert dialog.ui.check_result.isHidden() and dialog.ui.override_reason.isHidden()
    dialog.reject()


def test_gaps_ask_for_a_reason_that_is_kept(qtbot: QtBot, area: NoticeArea,
                                            demo_db: Database) -> None:
    edit_retention(demo_db, "kumppanit", RETENTION)  # Finnish only: sv and en lack it
    area.ui.action_publish.trigger()
    dialog = area.publish_dialog
    assert dialog is not None and not dialog.clean
    assert dialog.ui.override_reason.isVisible()
    assert dialog.ui.check_heading.text().startswith("Kattavuustarkistus näyttää puutteita:")
    assert dialog.ui.check_result.toPlainText().splitlines() == [
        "• Ruotsinkielinen seloste tulostaa suomenkielistä tekstiä kohdissa: 9. Lagringstider.",
        "• Englanninkielinen seloste tulostaa suomenkielistä tekstiä kohdissa: 9. Storage "
        "periods."]
    dialog.ui.confirm.setChecked(True)
    assert not dialog.publish_button.isEnabled()
    dialog.ui.override_reason.setPlainText("   ")
    assert not dialog.publish_button.isEnabled()  # blanks are no reason
    dialog.reject()
    assert publish_through_dialog(qtbot, area, reason="Käännökset tulevat ensi viikolla") == 2
    assert notice_service.versions(demo_db)[0].override_reason == \
        "Käännökset tulevat ensi viikolla"


def test_the_effective_date_is_chosen(qtbot: QtBot, area: NoticeArea,
                                      demo_db: Database) -> None:
    area.ui.action_publish.trigger()
    dialog = area.publish_dialog
    assert dialog is not None and dialog.effective_date == TODAY
    dialog.ui.effective_date.setDate(dialog.ui.effective_date.date().addDays(7))
    dialog.ui.confirm.setChecked(True)
    dialog.accept()
    qtbot.waitUntil(lambda: not area.busy and len(notice_service.versions(demo_db)) == 2,
                    timeout=20_000)
    assert notice_service.versions(demo_db)[0].effective_date == TODAY + dt.timedelta(days=7)


def test_cancelled_publishing_freezes_nothing(area: NoticeArea, demo_db: Database) -> None:
    area.ui.action_publish.trigger()
    assert area.publish_dialog is not None
    area.publish_dialog.ui.confirm.setChecked(True)
    area.publish_dialog.reject()
    assert [v.number for v in notice_service.versions(demo_db)] == [1]


def test_a_second_version_is_compared_section_by_section(qtbot: QtBot, area: NoticeArea,
                                                         demo_db: Database) -> None:
    publish_through_dialog(qtbot, area)
    edit_retention(demo_db, "kumppanit", RETENTION)
    area.show_version(None)
    wait_for_preview(qtbot, area, version=None)
    assert RETENTION in pdf_text(area.preview.pdf)
    assert publish_through_dialog(qtbot, area, reason="Käännös myöhemmin") == 3

    versions = open_versions(area)
    assert listed_numbers(versions) == [3, 2, 1]
    versions.select_numbers([2, 3])
    assert versions.ui.compare_button.isEnabled()
    qtbot.mouseClick(versions.ui.compare_button, Qt.MouseButton.LeftButton)
    compare = versions.compare_dialog
    assert isinstance(compare, CompareDialog) and compare.isVisible()

    sections = compare.ui.sections
    assert sections.count() == 12  # every section is listed
    marked = {n + 1 for n in range(sections.count()) if sections.item(n).data(CHANGED_ROLE)}
    # 9 is the storage periods; the version line that ends 12 is not a change
    assert marked == {9}
    assert sections.currentRow() == 8  # the first change is shown first
    assert RETENTION in compare.ui.new_text.toPlainText()
    assert RETENTION not in compare.ui.old_text.toPlainText()
    compare.ui.only_changed.setChecked(True)
    assert [sections.item(n).isHidden() for n in range(12)].count(False) == 1


def test_a_version_opens_in_the_preview(qtbot: QtBot, area: NoticeArea,
                                        demo_db: Database) -> None:
    versions = open_versions(area)
    versions.select_numbers([1])
    assert versions.ui.open_button.isEnabled()
    assert not versions.ui.compare_button.isEnabled()  # nothing older to compare with
    qtbot.mouseClick(versions.ui.open_button, Qt.MouseButton.LeftButton)
    wait_for_preview(qtbot, area, version=1)
    assert area.preview.pdf == notice_service.notice_pdf(demo_db, "fi", version=1)


def test_no_versions_yet(qtbot: QtBot, db: Database) -> None:
    dialog = VersionsDialog(db, "fi", {})
    qtbot.addWidget(dialog)
    assert dialog.ui.content.currentWidget() is dialog.ui.empty_page
    assert not dialog.ui.open_button.isEnabled() and not dialog.ui.compare_button.isEnabled()


# --- in the main window ------------------------------------------------------------

def test_the_notice_follows_the_registers_in_the_navigation(qtbot: QtBot,
                                                           window: MainWindow) -> None:
    assert AREAS.index(NoticeArea) == 2
    assert isinstance(window.areas[2], NoticeArea)
    assert window.ui.navigation.item(2).text() == _("Privacy notice")
    shortcuts = {a.shortcut().toString(): a for a in window.ui.menu_view.actions()}
    shortcuts["Ctrl+3"].trigger()
    notice = window.areas[2]
    assert window.ui.area_stack.currentWidget() is notice
    assert "Ctrl+8" in shortcuts
    wait_for_preview(qtbot, notice)  # shown: the sample's three registers are previewed
    assert "Asiakasrekisteri" in pdf_text(notice.preview.pdf)
