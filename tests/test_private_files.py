"""Every file the product writes is its owner's only (``0o600``) under the usual umask
(``022``, which would give ``0o644``), and appears whole or not at all: PDFs, HTML, CSV,
iCalendar, JSON, backups, transfer files, restored and re-keyed databases, the copies
taken before a migration, the viewer's copies and the local state. A write that fails
half-way leaves the earlier file as it was and no part of the new one."""

from __future__ import annotations

import datetime as dt
import os
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from kasve_desktop.gui.inbox.action_portability import write_copies
from kasve_desktop.gui.inbox.files import ViewerCopies
from kasve_desktop.paths import create_private
from kasve_desktop.services.database import unlock
from kasve_desktop.services.events.transfer import export_events
from kasve_desktop.services.people.suppression import write_suppression_csv
from kasve_desktop.services.requests import actions as request_actions
from kasve_desktop.services.requests.calendar import write_ics
from kasve_desktop.services.requests.intake import NewAttachment
from kasve_desktop.store import local_state, migrate
from kasve_desktop.store import transfer_file as tf
from kasve_desktop.store.engine import Database
from kasve_desktop.store.lock import lock_path
from kasve_desktop.store.models import Request
from tests.cli.test_cli import assert_one_line_error, run
from tests.conftest import PASSPHRASE, fixed_clock
from tests.services.events.test_transfer import FILE_PASSPHRASE, make_laptop
from tests.services.requests.test_actions import TODAY, build, new_request

MAIJA = "maija.meikalainen@example.fi"
EARLIER = b"the earlier file, which must survive\n"


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The umask most systems give (``022``): files would be created ``0o644``."""
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("private") / "demo.db"
    assert run("init", "--db", str(path), "--demo").returncode == 0
    return path


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def assert_private_and_alone(path: Path, *others: Path) -> None:
    """``path`` is ``0o600`` and its folder holds nothing else but ``others``."""
    assert mode(path) == 0o600, f"{path.name} is {oct(mode(path))}"
    assert sorted(path.parent.iterdir()) == sorted([path, *others])


def maija_reference(demo: Path) -> str:
    db = unlock(demo, PASSPHRASE, fixed_clock())
    try:
        with db.sessions() as session:
            found = session.scalars(select(Request.reference).where(
                Request.requester_name == "Maija Meikäläinen")).first()
    finally:
        db.close()
    assert found is not None
    return found


def _wider_file(path: Path) -> Path:
    """An earlier file at ``path``, readable by everyone: it must be replaced by a private one."""
    path.write_bytes(EARLIER)
    os.chmod(path, 0o644)
    return path


OUTPUTS: dict[str, Callable[[Path, Path], list[str]]] = {
    "access-report.pdf": lambda db, out: ["access-report", "--db", str(db), "--person", MAIJA,
                                          "-o", str(out)],
    "access-report-encrypted.pdf": lambda db, out: ["access-report", "--db", str(db),
                                                    "--person", MAIJA, "--encrypt",
                                                    "-o", str(out)],
    "letter.pdf": lambda db, out: ["letter", "--db", str(db), "--request", maija_reference(db),
                                   "--kind", "acknowledgement", "-o", str(out)],
    "notice.pdf": lambda db, out: ["notice", "--db", str(db), "-o", str(out)],
    "notice.html": lambda db, out: ["notice", "--db", str(db), "--format", "html",
                                    "-o", str(out)],
    "backup.kasve-backup": lambda db, out: ["backup", "--db", str(db), "-o", str(out)],
    "events.kasve": lambda db, out: ["transfer", "export", "--db", str(db), "--event", "1",
                                     "-o", str(out)],
}


@pytest.mark.parametrize("name", OUTPUTS)
def test_every_command_line_output_is_private(name: str, demo: Path, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KASVE_TRANSFER_PASSPHRASE", FILE_PASSPHRASE)
    out = _wider_file(tmp_path / name)
    result = run(*OUTPUTS[name](demo, out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes() != EARLIER
    assert_private_and_alone(out)


def test_restored_and_rekeyed_databases_are_private(demo: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.kasve-backup"
    assert run("backup", "--db", str(demo), "-o", str(copy)).returncode == 0
    restored = tmp_path / "restored" / "kasve.db"
    restored.parent.mkdir()
    assert run("restore", str(copy), "--db", str(restored), "--yes").returncode == 0
    assert_private_and_alone(restored)
    again = run("restore", str(copy), "--db", str(restored), "--yes")  # over the database
    assert again.returncode == 0, again.stderr
    safety = [p for p in restored.parent.iterdir() if p != restored]
    assert len(safety) == 1 and safety[0].name.startswith("kasve.db.before-restore-")
    assert_private_and_alone(restored, *safety)
    assert mode(safety[0]) == 0o600
    env = {**os.environ, "KASVE_PASSPHRASE": PASSPHRASE,
           "KASVE_NEW_PASSPHRASE": "uusi pitkä tunnuslause"}
    changed = subprocess.run([sys.executable, "-m", "kasve_desktop", "passphrase", "--db",
                              str(restored)], env=env, capture_output=True, text=True,
                             timeout=120)
    assert changed.returncode == 0, changed.stderr
    assert_private_and_alone(restored, *safety)


def test_the_services_files_are_private(db: Database, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    world = build(db)
    done = request_actions.export_data(db, new_request(db, "portability", world.person_id),
                                       TODAY)
    written = write_copies(out, done.files)
    assert [p.name for p in written] == [f.filename for f in done.files]
    csv = write_suppression_csv(db, _wider_file(out / "suppression.csv"))
    ics = write_ics(db, _wider_file(out / "deadlines.ics"), TODAY,
                    dt.datetime(2026, 11, 25, 9, tzinfo=dt.UTC))
    assert csv >= 0 and ics >= 1
    files = [*written, out / "suppression.csv", out / "deadlines.ics"]
    for path in files:
        assert mode(path) == 0o600, f"{path.name} is {oct(mode(path))}"
    assert sorted(out.iterdir()) == sorted(files)


def test_the_files_beside_the_database_are_private(db: Database, db_path: Path) -> None:
    copy = migrate.backup_copy(db.engine, db_path, PASSPHRASE, "0001", db.clock)
    local_state.update(db_path, last_backup="2026-11-24")
    state = local_state.state_file(db_path)
    for path in (db_path, lock_path(db_path), copy, state):
        assert mode(path) == 0o600, f"{path.name} is {oct(mode(path))}"
    assert not copy.with_name(copy.name + ".partial").exists()


def test_the_viewers_copy_is_private() -> None:
    copies = ViewerCopies()
    try:
        path = copies.write(NewAttachment("kirje.pdf", "application/pdf", b"%PDF-1.7\n"))
        assert path.read_bytes() == b"%PDF-1.7\n"
        assert mode(path.parent) == 0o700
        assert_private_and_alone(path)
    finally:
        copies.clear()


class Watched(tuple[tf.TransferEvent, ...]):
    """The events to write, noting the partial file's mode while SQLCipher writes it."""

    seen: list[int]
    partial: Path

    def __iter__(self) -> Iterator[tf.TransferEvent]:
        self.seen.append(mode(self.partial))
        return super().__iter__()


def test_the_transfer_file_is_private_from_its_first_byte(tmp_path: Path) -> None:
    laptop = tmp_path / "laptop" / "laptop.db"
    laptop.parent.mkdir()
    ids = make_laptop(laptop)
    out = tmp_path / "siirto.kasve"
    db = unlock(laptop, PASSPHRASE, fixed_clock())
    try:
        export_events(db, ids, out, FILE_PASSPHRASE)
    finally:
        db.close()
    content = tf.read_transfer_file(out, FILE_PASSPHRASE)
    again = tmp_path / "again"
    again.mkdir()
    events = Watched(content.events)
    events.seen, events.partial = [], again / "siirto.kasve.partial"
    tf.write_transfer_file(again / "siirto.kasve", FILE_PASSPHRASE,
                           tf.TransferContent(events, *tf.astuple_shallow(content)[1:]))
    assert events.seen == [0o600]  # the partial, already holding its schema, mid-write
    assert_private_and_alone(again / "siirto.kasve")
    assert tf.read_transfer_file(again / "siirto.kasve", FILE_PASSPHRASE) == content


def test_create_private_makes_an_empty_owner_only_file_and_never_replaces(
        tmp_path: Path) -> None:
    path = create_private(tmp_path / "uusi")
    assert path.read_bytes() == b""
    assert mode(path) == 0o600
    path.write_bytes(b"kept")
    with pytest.raises(FileExistsError):
        create_private(path)
    assert path.read_bytes() == b"kept"


FULL_DISK = """
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[1]), int(sys.argv[1])))
from kasve_desktop.cli import main
sys.exit(main(sys.argv[2:]))
"""


@pytest.mark.parametrize(("name", "says"), [("notice.pdf", "File too large"),
                                           ("events.kasve", "the disk may be full")])
def test_a_write_that_fails_half_way_leaves_the_earlier_file(
        name: str, says: str, demo: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fills up (a file size limit) during the write: the earlier file stays as it
    was and nothing else is left beside it."""
    monkeypatch.setenv("KASVE_TRANSFER_PASSPHRASE", FILE_PASSPHRASE)
    out = tmp_path / name
    out.write_bytes(EARLIER)
    os.chmod(out, 0o600)
    env = {**os.environ, "KASVE_PASSPHRASE": PASSPHRASE}
    result = subprocess.run([sys.executable, "-c", FULL_DISK, "8192", "--lang", "en",
                             *OUTPUTS[name](demo, out)], env=env, capture_output=True,
                            text=True, timeout=120)
    assert_one_line_error(result, 1)
    assert says in result.stderr  # it failed in the write, as meant
    assert out.read_bytes() == EARLIER
    assert_private_and_alone(out)
