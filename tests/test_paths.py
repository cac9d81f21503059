"""Files the user saves: for their owner only, and never left half written."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from kasve_desktop import paths


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_saved_file_is_for_its_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "vastaus.pdf"
    target.write_bytes(b"old")
    os.chmod(target, 0o644)  # an earlier file others could read
    paths.write_private(target, b"%PDF-1.4 uusi")
    assert (target.read_bytes(), mode(target)) == (b"%PDF-1.4 uusi", 0o600)
    assert [p.name for p in tmp_path.iterdir()] == ["vastaus.pdf"]


def test_a_full_disk_leaves_the_earlier_file_whole(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk filling up while the bytes are flushed: the old PDF stays, no part file."""
    target = tmp_path / "vastaus.pdf"
    target.write_bytes(b"%PDF-1.4 vanha, kokonainen")

    def disk_full(_descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space left"):
        paths.write_private(target, b"%PDF-1.4 uusi" * 1000)
    assert target.read_bytes() == b"%PDF-1.4 vanha, kokonainen"
    assert [p.name for p in tmp_path.iterdir()] == ["vastaus.pdf"]


def test_a_folder_that_cannot_be_written_says_so(tmp_path: Path) -> None:
    missing = tmp_path / "ei-ole" / "vastaus.pdf"
    with pytest.raises(FileNotFoundError):
        paths.write_private(missing, b"x")
    assert not missing.parent.exists()
