"""Kirjeet ja ikkunakuoret in the settings: the window offset, the calibration page, and
the way to the letter template editor.

The offset is saved as soon as a spin box changes (clamped to ±15 mm by the
service and by the spin boxes). The calibration page is built with the stored
offset, so that what prints is where letters will print.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QWidget

from kasve_desktop.documents.letter import WindowOffset
from kasve_desktop.gui.common.save_files import ask_save_path, write_file
from kasve_desktop.gui.common.widgets import ERROR_STYLE, busy_cursor, mute
from kasve_desktop.gui.forms.ui_settings import Ui_SettingsArea
from kasve_desktop.gui.notice.printing import PrintRequest
from kasve_desktop.gui.settings.letter_templates_dialog import LetterTemplatesDialog
from kasve_desktop.i18n import _, ngettext
from kasve_desktop.services.answers import calibration
from kasve_desktop.services.answers.letters import parts as letter_parts
from kasve_desktop.services.database import Database

DONE_STYLE = "color: #1b6e3c;"


class LetterSettings(QObject):
    """Drives the ``letters_group`` of the settings form."""

    def __init__(self, ui: Ui_SettingsArea, today: Callable[[], dt.date],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.ui = ui
        self._today = today
        self._parent = parent
        self._db: Database | None = None
        self.print_request: PrintRequest | None = None
        self.templates_dialog: LetterTemplatesDialog | None = None
        for label in (ui.letters_hint, ui.offset_hint, ui.templates_hint):
            mute(label)
        ui.offset_right.valueChanged.connect(self._on_offset_changed)
        ui.offset_down.valueChanged.connect(self._on_offset_changed)
        ui.print_calibration.clicked.connect(self.print_calibration)
        ui.save_calibration.clicked.connect(self.save_calibration)
        ui.edit_templates.clicked.connect(self.edit_templates)
        self._show_status("", "")

    def retranslate(self) -> None:
        """The form retranslates itself; a message of the old language goes."""
        self._show_status("", "")

    def set_database(self, db: Database | None) -> None:
        if db is None and self.templates_dialog is not None:
            self.templates_dialog.close_for_lock()
            self.templates_dialog = None
        self._db = db
        offset = letter_parts.window_offset(db) if db is not None else WindowOffset()
        self._show_offset(offset)
        self.ui.letters_group.setEnabled(db is not None)
        self._show_status("", "")

    def _show_offset(self, offset: WindowOffset) -> None:
        """The offset in the spin boxes, without saving it back."""
        for box, value in ((self.ui.offset_right, offset.right_mm),
                           (self.ui.offset_down, offset.down_mm)):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)

    @property
    def offset(self) -> WindowOffset:
        return WindowOffset(round(self.ui.offset_right.value(), 1),
                            round(self.ui.offset_down.value(), 1))

    @Slot()
    def _on_offset_changed(self) -> None:
        if self._db is None:
            return
        self._show_offset(letter_parts.set_window_offset(self._db, self.offset))
        self._show_status("", "")

    # --- the calibration page ----------------------------------------------------------

    def calibration_pdf(self) -> bytes | None:
        if self._db is None:
            return None
        with busy_cursor():
            return calibration.calibration_pdf(self._db, self._today())

    @Slot()
    def print_calibration(self) -> None:
        data = self.calibration_pdf()
        if data is None:
            return
        name = calibration.calibration_file_name()
        self.print_request = PrintRequest(data, name, self._parent)
        self.print_request.printed.connect(self._on_printed)
        self.print_request.failed.connect(self._on_print_failed)
        self.print_request.open()

    @Slot(int)
    def _on_printed(self, pages: int) -> None:
        self._show_status(ngettext("Sent {count} page to the printer.",
                                   "Sent {count} pages to the printer.", pages).format(
                                       count=pages), DONE_STYLE)

    @Slot(str)
    def _on_print_failed(self, message: str) -> None:
        self._show_status(message, ERROR_STYLE)

    @Slot()
    def save_calibration(self) -> None:
        data = self.calibration_pdf()
        if data is None:
            return
        path = self._ask_path()
        if path is None:
            return
        problem = write_file(path, data)
        if problem is not None:
            self._show_status(problem, ERROR_STYLE)
            return
        self._show_status(_("Saved: {path}").format(path=path), DONE_STYLE)

    def _ask_path(self) -> Path | None:
        return ask_save_path(self._parent, _("Save the calibration page as PDF"),
                             calibration.calibration_file_name(), _("PDF files (*.pdf)"), "pdf")

    def _show_status(self, text: str, style: str) -> None:
        self.ui.letters_status.setStyleSheet(style)
        self.ui.letters_status.setText(text)
        self.ui.letters_status.setVisible(bool(text))

    # --- the templates -----------------------------------------------------------------

    @Slot()
    def edit_templates(self) -> None:
        if self._db is None:
            return
        if self.templates_dialog is not None and self.templates_dialog.isVisible():
            self.templates_dialog.raise_()
            self.templates_dialog.activateWindow()
            return
        dialog = LetterTemplatesDialog(self._db, self._parent)
        dialog.finished.connect(self._on_templates_closed)
        self.templates_dialog = dialog
        dialog.open()

    @Slot()
    def _on_templates_closed(self) -> None:
        dialog = self.sender()
        if dialog is self.templates_dialog:
            self.templates_dialog = None
        if isinstance(dialog, QWidget):
            dialog.deleteLater()
