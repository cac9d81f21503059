"""The duplicates dialog: groups with their reason, choosing whom to keep, merging."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kasve_desktop.domain.duplicates import REASON_LABELS, DuplicateReason
from kasve_desktop.gui.people.duplicates_dialog import DuplicatesDialog
from kasve_desktop.i18n import _
from kasve_desktop.services.database import transaction
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import (
    Controller,
    MarketingObjection,
    Person,
    PersonEmail,
    PersonPhone,
    Register,
    RegisterEntry,
)


def two_people(db: Database) -> tuple[int, int]:
    with transaction(db) as s:
        register = Register(key="asiakkaat", controller=Controller(name="Kasve Oy"),
                            name={"fi": "Asiakkaat"})
        first = Person(first_name="Maija", last_name="Meikäläinen", postal_code="00100",
                       emails=[PersonEmail(address="maija@example.fi")])
        second = Person(first_name="Maija", last_name="Meikäläinen", locality="Helsinki",
                        emails=[PersonEmail(address="Maija@Example.fi")],
                        phones=[PersonPhone(number="+358401234567")])
        s.add_all([RegisterEntry(person=second, register=register,
                                 collected_on=dt.date(2026, 1, 1)),
                   MarketingObjection(person=second, since=dt.date(2026, 2, 1))])
        s.add(Person(first_name="Erkki", last_name="Erillinen"))
        s.add(first)
        s.flush()
        return first.id, second.id


def test_merges_the_chosen_pair(qtbot: QtBot, db: Database) -> None:
    first, second = two_people(db)
    dialog = DuplicatesDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.groups.count() == 1
    assert _(REASON_LABELS[DuplicateReason.EMAIL]) in dialog.ui.groups.item(0).text()
    assert dialog.ui.people.rowCount() == 2
    assert dialog.group is not None
    dialog.ui.people.selectRow(dialog.group.person_ids.index(second))  # the one with the entry
    assert dialog.keep_id == second
    dialog.grab().save("/tmp/kasve-duplicates-dialog.png")
    dialog.ui.merge_button.click()
    qtbot.waitUntil(lambda: dialog.confirmation is not None
                    and dialog.confirmation.isVisible())
    box = dialog.confirmation
    assert box is not None and "Maija" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: dialog.report_box is not None and dialog.report_box.isVisible())
    assert dialog.report_box is not None
    dialog.report_box.grab().save("/tmp/kasve-duplicates-report.png")
    assert [(r.kept_id, r.removed_id) for r in dialog.reports] == [(second, first)]
    assert dialog.ui.groups.count() == 0
    assert dialog.ui.hint.text() == _("No likely duplicates.")
    with db.sessions() as s:
        assert s.get(Person, first) is None
        kept = s.get(Person, second)
        assert kept is not None and kept.postal_code == "00100"
        assert len(kept.entries) == 1 and len(kept.objections) == 1
        assert [e.address for e in kept.emails] == ["Maija@Example.fi"]
        assert s.scalar(select(Person).where(Person.last_name == "Erillinen")) is not None


def test_cancel_merges_nothing(qtbot: QtBot, db: Database) -> None:
    first, second = two_people(db)
    dialog = DuplicatesDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.merge_button.click()
    qtbot.waitUntil(lambda: dialog.confirmation is not None
                    and dialog.confirmation.isVisible())
    assert dialog.confirmation is not None
    dialog.confirmation.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: dialog.confirmation is None)
    assert dialog.reports == [] and dialog.ui.groups.count() == 1
    with db.sessions() as s:
        assert s.get(Person, first) is not None and s.get(Person, second) is not None
