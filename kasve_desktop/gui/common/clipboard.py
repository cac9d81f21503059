"""Text the product puts on the clipboard (a PDF's password) stays there only a while.

``copy_for_a_while`` copies the text and, after ``CLEAR_AFTER_MS``, empties the clipboard
if it still holds that text; whatever the user copied meanwhile is left alone.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication

CLEAR_AFTER_MS = 30_000


def copy_for_a_while(text: str, owner: QObject, after_ms: int = CLEAR_AFTER_MS) -> QTimer:
    """Copy ``text``; the timer (a child of ``owner``) clears it again."""
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(text)
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(after_ms)

    def clear() -> None:
        if clipboard.text() == text:
            clipboard.clear()
        timer.deleteLater()

    timer.timeout.connect(clear)
    timer.start()
    return timer
