"""Our own bugs: log them, tell the user, keep the window (and the work) alive.

Errors of the environment are shown where they happen as translated messages;
anything else that escapes to ``sys.excepthook`` is a bug. It is logged (to
the ``kasve_desktop`` logger; the handlers decide where that goes) and a
dialog says what happened. Nothing is lost: every change is committed as it is
made, so the user can keep working or quit.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kasve_desktop.i18n import _

log = logging.getLogger("kasve_desktop.gui")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class CrashHandler:
    """A ``sys.excepthook`` that logs the error and shows one crash dialog at a time."""

    def __init__(self, parent: Callable[[], QWidget | None] = lambda: None) -> None:
        self._parent = parent
        self._previous: ExceptHook | None = None
        self.dialog: QMessageBox | None = None

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        if sys.excepthook is self and self._previous is not None:
            sys.excepthook = self._previous

    def __call__(self, kind: type[BaseException], error: BaseException,
                 tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.critical("Unexpected error", exc_info=(kind, error, tb))
        details = "".join(traceback.format_exception(kind, error, tb))
        try:
            self._show(details)
        except Exception:  # never let the crash dialog crash the application
            log.exception("The crash dialog could not be shown")

    def _show(self, details: str) -> None:
        if QApplication.instance() is None:
            return
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.setDetailedText(self.dialog.detailedText() + "\n" + details)
            return
        dialog = QMessageBox(QMessageBox.Icon.Critical, _("Unexpected error"),
                             _("Kasve Desktop ran into an error it did not expect."),
                             QMessageBox.StandardButton.NoButton, self._parent())
        dialog.setInformativeText(_(
            "Your work is safe: every change is saved as soon as it is made. You can keep "
            "working, or quit and start the application again. If this happens again, "
            "please report it with the details below."))
        dialog.setDetailedText(details)
        dialog.addButton(_("Keep working"), QMessageBox.ButtonRole.AcceptRole)
        quit_button = dialog.addButton(_("Quit"), QMessageBox.ButtonRole.DestructiveRole)
        quit_button.clicked.connect(_quit)
        self.dialog = dialog
        dialog.open()


@Slot()
def _quit() -> None:
    QApplication.closeAllWindows()
    QApplication.quit()
