"""Take action…: each action's dialog driven through its real widgets, and run_action's refusals."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, QPoint, Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kasve_desktop.gui.inbox.action_base import GONE, ActionDialog
from kasve_desktop.gui.inbox.action_erasure import ErasureDialog
from kasve_desktop.gui.inbox.action_marketing import (
    ConsentWithdrawalDialog,
    MarketingObjectionDialog,
    ObjectionDecisionDialog,
)
from kasve_desktop.gui.inbox.action_person import RectificationDialog, RestrictionDialog
from kasve_desktop.gui.inbox.action_portability import PortabilityDialog
from kasve_desktop.gui.inbox.actions import run_action
from kasve_desktop.i18n import _
from kasve_desktop.services.people import entries, marketing, persons
from kasve_desktop.services.people.erasure import erase_person
from kasve_desktop.services.requests import actions as request_actions
from kasve_desktop.services.requests.detail import load_request
from kasve_desktop.services.requests.erasure import ErasureDone
from kasve_desktop.store.engine import Database
from tests.services.requests.test_actions import ACCOUNTING, TODAY, World, build, new_request

Make = Callable[[str], ActionDialog]


@pytest.fixture
def world(db: Database) -> World:
    return build(db)


@pytest.fixture
def open_dialog(qtbot: QtBot, db: Database, world: World) -> Callable[[type, str], ActionDialog]:
    def make(cls: type, kind: str) -> ActionDialog:
        detail = load_request(db, new_request(db, kind, world.person_id), TODAY)
        dialog: ActionDialog = cls(db, lambda: TODAY, detail)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog
    return make


def button(dialog: QDialog, which: QDialogButtonBox.StandardButton) -> QWidget:
    found = dialog.ui.buttons.button(which)  # type: ignore[attr-defined]
    assert found is not None
    return found


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Click the check box's indicator (its centre may be past the text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


def ok(qtbot: QtBot, dialog: ActionDialog) -> None:
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)


def notes(db: Database, request_id: int) -> list[str]:
    return [row.note for row in load_request(db, request_id, TODAY).timeline
            if row.kind == "action"]


def answer_modal(qtbot: QtBot, act: Callable[[QWidget], None]) -> list[str]:
    """Run ``act`` on the next modal window once it is open; returns its texts."""
    seen: list[str] = []

    def look() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, look)
            return
        if isinstance(modal, QMessageBox):
            seen.append(modal.text())
        act(modal)

    QTimer.singleShot(0, look)
    return seen


# --- run_action ---------------------------------------------------------------------------

@pytest.mark.parametrize(("kind", "linked", "message"), [
    ("erasure", False, request_actions.NOT_LINKED),
    ("access", True, request_actions.NO_ACTION),
    ("other", True, request_actions.NO_ACTION),
])
def test_run_action_says_why_nothing_can_be_done(qtbot: QtBot, db: Database, world: World,
                                                 kind: str, linked: bool,
                                                 message: str) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    detail = load_request(
        db, new_request(db, kind, world.person_id if linked else None), TODAY)
    seen = answer_modal(qtbot, lambda box: box.close())
    assert run_action(parent, db, lambda: TODAY, detail) is False
    assert seen == [_(message)]
    assert len(entries.list_entries(db, world.person_id)) == 3


def test_run_action_opens_the_dialog_of_the_type(qtbot: QtBot, db: Database,
                                                 world: World) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    request_id = new_request(db, "restriction", world.person_id)

    def restrict(dialog: QWidget) -> None:
        assert isinstance(dialog, RestrictionDialog)
        dialog.ui.reason.setText("Oikeellisuus kiistetty")
        dialog.ok_button().click()

    answer_modal(qtbot, restrict)
    detail = load_request(db, request_id, TODAY)
    assert run_action(parent, db, lambda: TODAY, detail) is True
    assert persons.load_person(db, world.person_id).restricted
    assert len(notes(db, request_id)) == 1


def test_run_action_on_a_person_erased_meanwhile_says_so(qtbot: QtBot, db: Database) -> None:
    world = build(db, hold=False)
    parent = QWidget()
    qtbot.addWidget(parent)
    stale = load_request(db, new_request(db, "restriction", world.person_id), TODAY)
    erase_person(db, world.person_id, reason="test")
    seen = answer_modal(qtbot, lambda box: box.close())
    assert run_action(parent, db, lambda: TODAY, stale) is False
    assert seen == [_(GONE)]


def test_cancel_changes_nothing(qtbot: QtBot, db: Database, world: World) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    request_id = new_request(db, "erasure", world.person_id)
    answer_modal(qtbot, lambda dialog: dialog.reject())  # type: ignore[attr-defined]
    assert run_action(parent, db, lambda: TODAY,
                      load_request(db, request_id, TODAY)) is False
    assert len(entries.list_entries(db, world.person_id)) == 3
    assert notes(db, request_id) == []


# --- one dialog per action -----------------------------------------------------------------

def test_rectification_lists_the_changes_then_corrects(qtbot: QtBot, db: Database,
                                                       world: World, open_dialog: Make) -> None:
    dialog = open_dialog(RectificationDialog, "rectification")
    assert isinstance(dialog, RectificationDialog)
    assert dialog.form.ui.street.text() == "Esimerkkitie 1 A 2"
    assert not dialog.ok_button().isEnabled()
    dialog.form.ui.street.clear()
    qtbot.keyClicks(dialog.form.ui.street, "Uusi katu 5")
    shown = dialog.ui.changes.toPlainText()
    assert _("Street address") in shown and "Esimerkkitie 1 A 2 → Uusi katu 5" in shown
    ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert persons.load_person(db, world.person_id).street == "Uusi katu 5"
    assert dialog.outcome is not None and "Uusi" not in dialog.outcome.note


def test_an_invalid_correction_is_shown_and_saves_nothing(qtbot: QtBot, db: Database,
                                                          world: World,
                                                          open_dialog: Make) -> None:
    dialog = open_dialog(RectificationDialog, "rectification")
    assert isinstance(dialog, RectificationDialog)
    qtbot.keyClicks(dialog.form.ui.street, " B")
    dialog.form.ui.postal_code.clear()
    qtbot.keyClicks(dialog.form.ui.postal_code, "123")
    ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.outcome is None
    assert _("Postal code") in dialog.ui.error.text()
    assert dialog.form.ui.postal_code_note.isVisibleTo(dialog)
    assert persons.load_person(db, world.person_id).street == "Esimerkkitie 1 A 2"


def test_erasure_shows_what_is_kept_and_asks_before_erasing(qtbot: QtBot, db: Database,
                                                            world: World,
                                                            open_dialog: Make) -> None:
    dialog = open_dialog(ErasureDialog, "erasure")
    assert isinstance(dialog, ErasureDialog)
    assert "Asiakasrekisteri" in dialog.ui.erased.toPlainText()
    kept = dialog.ui.kept.toPlainText()
    assert "Laskutus" in kept and ACCOUNTING in kept
    assert not dialog.ok_button().isEnabled()
    tick(qtbot, dialog.ui.confirm)
    assert dialog.ok_button().isEnabled()
    ok(qtbot, dialog)
    assert isinstance(dialog.outcome, ErasureDone)
    assert dialog.isVisible()  # now the summary
    assert not dialog.ui.confirm.isVisibleTo(dialog)
    assert dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Close) is not None
    assert ACCOUNTING in dialog.ui.kept.toPlainText()
    assert [e.register_key for e in entries.list_entries(db, world.person_id)] == ["laskutus"]


def test_restriction_is_lifted_in_its_own_mode(qtbot: QtBot, db: Database, world: World,
                                               open_dialog: Make) -> None:
    persons.set_restriction(db, world.person_id, "Kiistetty", TODAY)
    dialog = open_dialog(RestrictionDialog, "restriction")
    assert isinstance(dialog, RestrictionDialog) and dialog.lifting
    assert "Kiistetty" in dialog.ui.explanation.text()
    assert not dialog.ui.reason.isVisibleTo(dialog)
    assert dialog.ok_button().text() == _("Lift the restriction")
    ok(qtbot, dialog)
    assert not persons.load_person(db, world.person_id).restricted


def test_a_restriction_without_reason_is_refused(qtbot: QtBot, db: Database, world: World,
                                                 open_dialog: Make) -> None:
    dialog = open_dialog(RestrictionDialog, "restriction")
    ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.ui.error.text()
    assert not persons.load_person(db, world.person_id).restricted


def test_marketing_objection_by_scope_and_date(qtbot: QtBot, db: Database, world: World,
                                               open_dialog: Make) -> None:
    dialog = open_dialog(MarketingObjectionDialog, "objection-marketing")
    assert isinstance(dialog, MarketingObjectionDialog)
    assert not dialog.ok_button().isEnabled()
    for scope in ("email", "post"):
        tick(qtbot, dialog.scopes[scope])
    dialog.ui.since.setDate(QDate(2026, 11, 20))
    qtbot.keyClicks(dialog.ui.note, "Kirjeen perusteella")
    ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    rows = marketing.list_objections(db, world.person_id)
    assert sorted((r.scope, r.since.isoformat(), r.note) for r in rows) == [
        ("email", "2026-11-20", "Kirjeen perusteella"),
        ("post", "2026-11-20", "Kirjeen perusteella")]


def test_consents_are_ticked_and_withdrawn(qtbot: QtBot, db: Database, world: World,
                                           open_dialog: Make) -> None:
    dialog = open_dialog(ConsentWithdrawalDialog, "consent-withdrawal")
    assert isinstance(dialog, ConsentWithdrawalDialog)
    items = [dialog.ui.consents.item(n) for n in range(dialog.ui.consents.count())]
    assert len(items) == 2 and not dialog.ok_button().isEnabled()
    target = next(i for i in items if "Tekstiviestitarjoukset" in i.text())
    target.setCheckState(Qt.CheckState.Checked)
    assert dialog.ok_button().isEnabled()
    dialog.ui.at.setDateTime(QDateTime(QDate(2026, 11, 25), QTime(9, 30)))
    ok(qtbot, dialog)
    by_purpose = {c.purpose: c for c in marketing.list_consents(db, world.person_id)}
    assert by_purpose["Tekstiviestitarjoukset"].withdrawn_at is not None
    assert by_purpose["Tekstiviestitarjoukset"].withdrawn_at.isoformat() == "2026-11-25T09:30:00"
    assert by_purpose["Uutiskirje"].active


def test_objection_decision_needs_text(qtbot: QtBot, db: Database, world: World,
                                      open_dialog: Make) -> None:
    dialog = open_dialog(ObjectionDecisionDialog, "objection")
    ok(qtbot, dialog)
    assert dialog.isVisible() and _("Decision") in dialog.ui.error.text()
    assert notes(db, dialog.detail.id) == []
    qtbot.keyClicks(dialog.ui.decision, "Markkinointi lopetetaan.")
    ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "Markkinointi lopetetaan." in notes(db, dialog.detail.id)[0]


def test_portability_makes_the_files_and_saves_copies(qtbot: QtBot, db: Database, world: World,
                                                      open_dialog: Make, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_dialog(PortabilityDialog, "portability")
    assert isinstance(dialog, PortabilityDialog)
    assert not dialog.ui.save_button.isEnabled()
    ok(qtbot, dialog)
    names = [f.filename for f in dialog.files()]
    assert len(names) == 2 and all(name in dialog.ui.status.text() for name in names)
    assert dialog.ui.save_button.isEnabled()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda *_args: str(tmp_path))
    qtbot.mouseClick(dialog.ui.save_button, Qt.MouseButton.LeftButton)
    for file in dialog.files():
        assert (tmp_path / file.filename).read_bytes() == file.content
        assert (tmp_path / file.filename).stat().st_mode & 0o077 == 0
    assert str(tmp_path) in dialog.ui.status.text()


def test_portability_asks_before_replacing_and_reports_failures(
        qtbot: QtBot, db: Database, world: World, open_dialog: Make, tmp_path: Path) -> None:
    dialog = open_dialog(PortabilityDialog, "portability")
    assert isinstance(dialog, PortabilityDialog)
    ok(qtbot, dialog)
    first = dialog.files()[0].filename
    (tmp_path / first).write_bytes(b"vanha")
    seen = answer_modal(qtbot, lambda box: box.button(  # type: ignore[attr-defined]
        QMessageBox.StandardButton.No).click())
    assert dialog.save_copies(tmp_path) is False
    assert seen and first in seen[0]
    assert (tmp_path / first).read_bytes() == b"vanha"
    assert dialog.save_copies(tmp_path / "ei-ole") is False
    assert dialog.ui.error.text()
