"""An event sent from the workstation to a laptop with an empty database carries the notice
version in force and its register, so the laptop can open the sign-ups; a version of the
same number that is not the same version stops the import."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kasve_desktop.services.database import transaction
from kasve_desktop.services.events import transfer
from kasve_desktop.services.events.signup import signup_setup
from kasve_desktop.store.engine import Database, open_database
from kasve_desktop.store.models import (
    Controller,
    Document,
    Event,
    NoticeVersion,
    Person,
    Register,
)
from kasve_desktop.store.transfer_file import (
    TransferContent,
    TransferNotice,
    write_transfer_file,
)
from tests.conftest import PASSPHRASE, fixed_clock
from tests.services.events.signup_sample import add_signup_sample

FILE_PASSPHRASE = "kuljetus laukku kymmenen"


def send_event(tmp_path: Path) -> tuple[Path, bytes]:
    """The workstation's event, with no sign-ups yet, in a transfer file."""
    workstation = open_database(tmp_path / "workstation.db", PASSPHRASE, clock=fixed_clock(),
                                create=True)
    try:
        sample = add_signup_sample(workstation, with_pdf=True)
        with workstation.sessions() as s:
            pdf = s.scalars(select(Document.content)).one()
        file = tmp_path / "laitteelle.kasvesiirto"
        sent = transfer.export_events(workstation, [sample.event], file, FILE_PASSPHRASE)
        assert (sent.events, sent.persons, sent.participations, sent.consents) == (1, 0, 0, 0)
    finally:
        workstation.close()
    return file, pdf


def test_an_empty_laptop_receives_the_event_with_its_notice_version_and_register(
        tmp_path: Path, db: Database) -> None:
    file, pdf = send_event(tmp_path)
    done = transfer.apply_transfer(db, transfer.read_transfer(db, file, FILE_PASSPHRASE))
    assert (done.new_events, done.written) == (1, True)
    with db.sessions() as s:
        version = s.scalars(select(NoticeVersion)).one()
        assert (version.number, version.register_keys) == (2, ["tapahtumat"])
        assert version.content["facts"]["controller"]["name"] == "Kasve Oy"  # type: ignore[index]
        document = s.scalars(select(Document)).one()
        assert (document.kind, document.language, document.notice_version_id,
                document.content) == ("notice", "fi", version.id, pdf)
        register = s.scalars(select(Register)).one()
        assert (register.key, register.name["fi"]) == ("tapahtumat", "Tapahtumien rekisteri")
        assert s.scalars(select(Controller.name)).all() == ["Kasve Oy"]
        event = s.scalars(select(Event)).one()
        assert (event.name, event.register_id, event.notice_version_id) == (
            "Kasvun päivä", register.id, version.id)
        assert s.scalar(select(func.count()).select_from(Person)) == 0
    setup = signup_setup(db, event.id, "fi")
    assert [c.code for c in setup.choices] == ["electronic-marketing"]
    again = transfer.apply_transfer(db, transfer.read_transfer(db, file, FILE_PASSPHRASE))
    assert (again.new_events, again.written) == (0, False)
    with db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(NoticeVersion)) == 1
        assert s.scalar(select(func.count()).select_from(Register)) == 1


def test_a_different_version_of_the_same_number_stops_the_import(tmp_path: Path,
                                                                  db: Database) -> None:
    file, _pdf = send_event(tmp_path)
    with transaction(db) as s:
        s.add(NoticeVersion(number=2, effective_date=fixed_clock().today(),
                            content={"facts": {"controller": {"name": "Toinen Oy"}}}))
    with pytest.raises(transfer.NoticeConflict) as refused:
        transfer.read_transfer(db, file, FILE_PASSPHRASE)
    assert refused.value.params == {"number": 2}
    content = transfer.load_transfer(file, FILE_PASSPHRASE)
    assert json.loads(content.notices[0].content)["facts"]["controller"]["name"] == "Kasve Oy"
    with db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Event)) == 0
        assert s.scalar(select(func.count()).select_from(Register)) == 0


@pytest.mark.parametrize("notice_content", ["not json", "[1, 2]"])
def test_a_file_with_a_broken_notice_is_unreadable(tmp_path: Path, notice_content: str) -> None:
    file = tmp_path / "rikki.kasvesiirto"
    broken = TransferNotice("notice-2", 2, dt.date(2026, 11, 1),
                            dt.datetime(2026, 11, 1, 8, 0), ("tapahtumat",), notice_content,
                            "", "")
    write_transfer_file(file, FILE_PASSPHRASE, TransferContent((), (), (), (), (broken,)))
    with pytest.raises(transfer.TransferUnreadable):
        transfer.load_transfer(file, FILE_PASSPHRASE)


def test_the_preview_counts_what_the_import_would_add(tmp_path: Path, db: Database) -> None:
    file, _pdf = send_event(tmp_path)
    preview = transfer.read_transfer(db, file, FILE_PASSPHRASE)
    assert preview.additions == 2  # the notice version and the register
    transfer.apply_transfer(db, preview)
    assert transfer.read_transfer(db, file, FILE_PASSPHRASE).additions == 0
