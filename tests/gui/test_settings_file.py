"""The window's settings file is the user's only, however Qt rewrites it."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from kasve_desktop.gui.app import open_settings


@pytest.fixture
def usual_umask() -> Iterator[None]:
    before = os.umask(0o022)
    yield
    os.umask(before)


def test_the_settings_file_and_folder_are_private(usual_umask: None) -> None:
    settings = open_settings()
    settings.setValue("test/private", "kyllä")
    settings.sync()
    settings.setValue("test/private", "yhä")  # Qt writes a new file at each save
    settings.sync()
    file = Path(settings.fileName())
    assert file.is_file()
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    assert stat.S_IMODE(file.parent.stat().st_mode) & 0o077 == 0
