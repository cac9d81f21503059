"""The command line end to end, in a subprocess, as a script would call it."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kasve_desktop.store.migrate import head_revision
from tests.conftest import PASSPHRASE

SCRIPT = Path(sys.executable).with_name("kasve-desktop")


def run(*args: str, passphrase: str | None = PASSPHRASE, stdin: str = "",
        script: bool = False) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "KASVE_PASSPHRASE"}
    if passphrase is not None:
        env["KASVE_PASSPHRASE"] = passphrase
    command = [str(SCRIPT)] if script else [sys.executable, "-m", "kasve_desktop"]
    return subprocess.run([*command, *args], capture_output=True, text=True, env=env,
                          input=stdin, timeout=120)


def assert_one_line_error(result: subprocess.CompletedProcess[str], code: int) -> None:
    assert result.returncode == code, result.stderr
    assert result.stderr.startswith("kasve-desktop: ")
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr + result.stdout


def test_version_from_module_and_script() -> None:
    from kasve_desktop import __version__

    for script in (False, True):
        result = run("--version", script=script)
        assert result.returncode == 0
        assert result.stdout.strip() == f"kasve-desktop {__version__}"


def test_init_and_check(tmp_path: Path) -> None:
    path = tmp_path / "uusi.db"
    created = run("init", "--db", str(path))
    assert created.returncode == 0, created.stderr
    assert path.exists()
    checked = run("check", "--db", str(path))
    assert checked.returncode == 0, checked.stderr
    lines = checked.stdout.splitlines()
    assert lines[0] == "eheys: kunnossa"
    assert lines[1] == "salauksen eheys: kunnossa"
    assert lines[2] == f"skeema: {head_revision()} (ajan tasalla)"
    assert lines[3].startswith("muutosloki: ")


def test_check_in_english(tmp_path: Path) -> None:
    path = tmp_path / "uusi.db"
    assert run("init", "--db", str(path)).returncode == 0
    checked = run("--lang", "en", "check", "--db", str(path))
    assert checked.stdout.splitlines()[:3] == [
        "integrity: ok", "cipher integrity: ok", f"schema: {head_revision()} (current)"]


def test_init_demo_is_encrypted(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    result = run("init", "--db", str(path), "--demo")
    assert result.returncode == 0, result.stderr
    raw = path.read_bytes()
    for name in ("Meikäläinen", "Haapakorva", "Puijonkatu", "2457832-5"):
        assert name.encode() not in raw
    assert run("check", "--db", str(path)).returncode == 0


def test_init_refuses_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "olemassa.db"
    path.write_bytes(b"keep me")
    assert_one_line_error(run("init", "--db", str(path)), 1)
    assert path.read_bytes() == b"keep me"


def test_init_refuses_short_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "lyhyt.db"
    result = run("init", "--db", str(path), passphrase="lyhyt")
    assert_one_line_error(result, 2)
    assert "10" in result.stderr
    assert not path.exists()


def test_init_accepts_unicode_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "u.db"
    phrase = "Ääkköset ja 🙂 merkit"
    assert run("init", "--db", str(path), passphrase=phrase).returncode == 0
    assert run("check", "--db", str(path), passphrase=phrase).returncode == 0
    assert_one_line_error(run("check", "--db", str(path), passphrase="Aakkoset ja merkit"), 2)


def test_wrong_passphrase_exit_2_file_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    assert run("init", "--db", str(path)).returncode == 0
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    result = run("check", "--db", str(path), passphrase="väärä salasana")
    assert_one_line_error(result, 2)
    assert "ERROR CORE" not in result.stderr
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_passphrase_from_standard_input(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    assert run("init", "--db", str(path)).returncode == 0
    result = run("check", "--db", str(path), passphrase=None, stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr


def test_no_passphrase_at_all(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    assert run("init", "--db", str(path)).returncode == 0
    assert_one_line_error(run("check", "--db", str(path), passphrase=None), 2)


def test_check_missing_file(tmp_path: Path) -> None:
    assert_one_line_error(run("check", "--db", str(tmp_path / "ei.db")), 2)


def test_check_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "teksti.db"
    path.write_text("ei tietokanta\n" * 500)
    assert_one_line_error(run("check", "--db", str(path)), 2)


@pytest.mark.parametrize("args", [("frobnicate",), ("init",), ("check", "--db"),
                                  ("--lang", "de", "check", "--db", "x.db"), ("--nope",)])
def test_invalid_arguments_exit_2(args: tuple[str, ...]) -> None:
    assert_one_line_error(run(*args), 2)


def test_init_into_unwritable_folder(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        target = Path("/proc/kasve-ei-voi.db")
    else:
        folder = tmp_path / "lukittu"
        folder.mkdir(mode=0o500)
        target = folder / "k.db"
    assert_one_line_error(run("init", "--db", str(target)), 1)
