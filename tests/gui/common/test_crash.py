"""Our bugs reach the crash handler: logged, shown, and the window stays."""

from __future__ import annotations

import logging
import sys

import pytest
from pytestqt.qtbot import QtBot

from kasve_desktop.gui.common.crash import CrashHandler


def _raised() -> tuple[type[BaseException], BaseException, object]:
    try:
        raise RuntimeError("a bug of ours")
    except RuntimeError:
        kind, error, tb = sys.exc_info()
    assert kind is not None and error is not None
    return kind, error, tb


def test_a_bug_is_logged_and_shown(qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    handler = CrashHandler()
    kind, error, tb = _raised()
    with caplog.at_level(logging.CRITICAL, logger="kasve_desktop.gui"):
        handler(kind, error, tb)  # type: ignore[arg-type]
    assert "a bug of ours" in caplog.text
    dialog = handler.dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and "RuntimeError: a bug of ours" in dialog.detailedText()
    handler(kind, error, tb)  # type: ignore[arg-type]
    assert handler.dialog is dialog  # one dialog, the details appended
    assert dialog.detailedText().count("RuntimeError: a bug of ours") == 2


def test_install_and_uninstall() -> None:
    before = sys.excepthook
    handler = CrashHandler()
    handler.install()
    try:
        assert sys.excepthook is handler
    finally:
        handler.uninstall()
    assert sys.excepthook is before
