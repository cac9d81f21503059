"""Seloste: the privacy notice previewed, printed, saved, exported and published.

The PDF is built in a worker thread (``Job``) from the language, the registers
and the version chosen at the top; only the slots here, in the GUI thread,
touch the widgets. A published version shows the PDF frozen when it was
published. Files are written only where the user chooses.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QMessageBox, QToolButton, QWidget

from kasve_desktop import i18n
from kasve_desktop.gui.common.save_files import ask_save_path, write_file
from kasve_desktop.gui.common.widgets import busy_cursor, mute
from kasve_desktop.gui.common.worker import Job
from kasve_desktop.gui.forms.ui_notice_area import Ui_NoticeArea
from kasve_desktop.gui.notice.preview import (
    Preview,
    PreviewRequest,
    build_preview,
    file_name,
    missing_text,
)
from kasve_desktop.gui.notice.printing import PrintRequest
from kasve_desktop.gui.notice.publish_dialog import PublishDialog
from kasve_desktop.gui.notice.register_picker import RegisterPicker, registers_summary
from kasve_desktop.gui.notice.versions_dialog import VersionsDialog
from kasve_desktop.i18n import N_, _, display_date, ngettext
from kasve_desktop.services.database import Database
from kasve_desktop.services.errors import StoreError
from kasve_desktop.services.registers import notice as notice_service
from kasve_desktop.services.registers.notice import NoticeError, VersionInfo

REFRESH_DELAY_MS = 250
WARNING_STYLE = ("QFrame#warning_bar { background: #fff4ce; border: 1px solid #e3c566; "
                 "border-radius: 4px; } QLabel { color: #4d3b00; }")
LOCKED_TEXT = N_("The database is locked. Press Ctrl+L to open it again.")


class NoticeArea(QWidget):
    title = N_("Privacy notice")
    icon_name = "notice"

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NoticeArea()
        self.ui.setupUi(self)
        self._today = today
        self._db: Database | None = None
        self._job: Job | None = None
        self._publish_job: Job | None = None
        self._preview: Preview | None = None
        self._versions: list[VersionInfo] = []
        self.publish_dialog: PublishDialog | None = None
        self.versions_dialog: VersionsDialog | None = None
        self.print_request: PrintRequest | None = None
        self.registers = RegisterPicker(self.ui.registers_button, self)
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._set_up()
        self._connect()
        self.retranslate()

    # --- set-up -------------------------------------------------------------------

    def _set_up(self) -> None:
        ui = self.ui
        for lang in i18n.LANGUAGES:
            ui.language.addItem(i18n.LANGUAGE_NAMES[lang], lang)
        mute(ui.description)
        mute(ui.status)
        ui.warning_bar.setStyleSheet(WARNING_STYLE)
        ui.warning_bar.setVisible(False)
        ui.busy.setVisible(False)
        for button, action in self._buttons():
            button.setDefaultAction(action)
            self.addAction(action)

    def _buttons(self) -> list[tuple[QToolButton, QAction]]:
        ui = self.ui
        return [(ui.refresh_button, ui.action_refresh), (ui.print_button, ui.action_print),
                (ui.save_button, ui.action_save_pdf),
                (ui.export_html_button, ui.action_export_html),
                (ui.versions_button, ui.action_versions),
                (ui.publish_button, ui.action_publish)]

    def _connect(self) -> None:
        ui = self.ui
        ui.language.currentIndexChanged.connect(self._on_choice_changed)
        ui.version.currentIndexChanged.connect(self._on_version_changed)
        self.registers.changed.connect(self._on_choice_changed)
        self._refresh_timer.timeout.connect(self.refresh)
        ui.action_refresh.triggered.connect(self.refresh)
        ui.action_print.triggered.connect(self.print_notice)
        ui.action_save_pdf.triggered.connect(self.save_pdf)
        ui.action_export_html.triggered.connect(self.export_html)
        ui.action_publish.triggered.connect(self.ask_publish)
        ui.action_versions.triggered.connect(self.show_versions)

    # --- what the main window calls -------------------------------------------------

    def set_database(self, db: Database | None) -> None:
        """Show the notice of ``db``; None empties the area (the database is locked)."""
        self._db, self._job, self._publish_job, self._preview = db, None, None, None
        self._reload_lists()
        if db is None:
            self.ui.preview.show_message(_(LOCKED_TEXT))
        elif self.isVisible():
            self.refresh()
        self._update_state()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.ui.heading.setText(_(self.title))
        self.registers.retranslate()
        self._fill_versions()
        for _button, action in self._buttons():
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            text = action.text().replace("&", "")
            action.setIconText(text)  # iconText() would drop the mnemonic and the ellipsis
            action.setToolTip(f"{text} ({keys})" if keys else text)
        self.ui.preview.retranslate()
        if self._db is None:
            self.ui.preview.show_message(_(LOCKED_TEXT))
        else:
            self._reload_lists()
        self._show_warning()
        self._update_state()

    # --- the preview ----------------------------------------------------------------

    def current_request(self) -> PreviewRequest:
        version = self.ui.version.currentData()
        keys = None if version is not None else self.registers.register_keys()
        return PreviewRequest(str(self.ui.language.currentData()), keys, version)

    @property
    def preview(self) -> Preview | None:
        """The notice shown, once built."""
        return self._preview

    @property
    def busy(self) -> bool:
        return self._job is not None or self._publish_job is not None

    @Slot()
    def refresh(self) -> None:
        """Build the chosen notice again, in a worker thread."""
        self._refresh_timer.stop()
        if self._db is None:
            return
        if not self.registers.chosen() and self.ui.version.currentData() is None:
            self._preview = None
            self.ui.preview.show_message(_("Choose at least one register for the notice."))
            self._update_state()
            return
        job = Job(partial(build_preview, self._db, self.current_request(), self._today()))
        job.succeeded.connect(self._on_preview_built)
        job.failed.connect(self._on_preview_failed)
        self._job = job
        self._update_state()
        job.start()

    @Slot(object)
    def _on_preview_built(self, preview: Preview) -> None:
        if self.sender() is not self._job:  # a newer request, or the database was locked
            return
        self._job = None
        same = self._preview is not None and self._preview.request == preview.request
        self._preview = preview
        self.ui.preview.load(preview.pdf, keep_page=same)
        self._show_warning()
        self._update_state()

    @Slot(object)
    def _on_preview_failed(self, error: BaseException) -> None:
        if self.sender() is not self._job:
            return
        self._job, self._preview = None, None
        self._update_state()
        if isinstance(error, StoreError):  # e.g. the database was locked meanwhile
            self.ui.preview.show_message(error.text())
            return
        if not isinstance(error, NoticeError):
            raise error
        self.ui.preview.show_message(_("The notice cannot be built: add a register first."))

    def _show_warning(self) -> None:
        preview = self._preview
        text = missing_text(preview.request.lang, preview.untranslated) if preview else ""
        self.ui.warning_text.setText(text)
        self.ui.warning_bar.setVisible(bool(text))

    # --- lists of registers and versions ------------------------------------------

    def _reload_lists(self) -> None:
        db = self._db
        self.registers.set_choices(notice_service.register_choices(db) if db else [])
        self._versions = notice_service.versions(db) if db else []
        self._fill_versions()

    def _fill_versions(self, select: int | None = None) -> None:
        combo = self.ui.version
        wanted = select if select is not None else combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(_("Current draft"), None)
        for info in self._versions:
            combo.addItem(_("Version {number}, effective {date}").format(
                number=info.number, date=display_date(info.effective_date)), info.number)
        combo.setCurrentIndex(max(combo.findData(wanted), 0) if wanted is not None else 0)
        combo.blockSignals(False)
        self._show_version_registers()

    def _show_version_registers(self) -> None:
        number = self.ui.version.currentData()
        info = next((v for v in self._versions if v.number == number), None)
        if info is None:
            self.registers.release()
        else:
            self.registers.show_fixed(info.register_keys)

    def show_version(self, number: int | None) -> None:
        """Preview a published version (None: the current draft)."""
        index = self.ui.version.findData(number) if number is not None else 0
        self.ui.version.setCurrentIndex(max(index, 0))

    @Slot()
    def _on_choice_changed(self) -> None:
        self._refresh_timer.start()

    @Slot()
    def _on_version_changed(self) -> None:
        self._show_version_registers()
        self.refresh()

    # --- printing, saving, exporting ----------------------------------------------

    @Slot()
    def print_notice(self) -> None:
        if self._preview is None or self.busy:
            return
        name = file_name(self._preview.request, "")
        self.print_request = PrintRequest(self._preview.pdf, name, self)
        self.print_request.printed.connect(self._on_printed)
        self.print_request.failed.connect(self._show_problem)
        self.print_request.open()

    @Slot(int)
    def _on_printed(self, pages: int) -> None:
        self._set_status(ngettext("Sent {count} page to the printer.",
                                  "Sent {count} pages to the printer.", pages).format(count=pages))

    @Slot()
    def save_pdf(self) -> None:
        if self._preview is None or self.busy:
            return
        path = self._ask_path(_("Save the privacy notice as PDF"),
                              file_name(self._preview.request, ".pdf"), _("PDF files (*.pdf)"))
        if path is not None:
            self._write(path, self._preview.pdf)

    @Slot()
    def export_html(self) -> None:
        if self._preview is None or self._db is None or self.busy:
            return
        request = self._preview.request
        path = self._ask_path(_("Export the privacy notice for the website"),
                              file_name(request, ".html"), _("Web pages (*.html)"))
        if path is None:
            return
        with busy_cursor():
            page = notice_service.notice_html(self._db, request.lang, request.register_keys,
                                              request.version)
        self._write(path, page.encode("utf-8"))

    def _ask_path(self, caption: str, name: str, file_filter: str) -> Path | None:
        return ask_save_path(self, caption, name, file_filter, Path(name).suffix[1:])

    def _write(self, path: Path, content: bytes) -> None:
        problem = write_file(path, content)
        if problem is not None:
            self._show_problem(problem)
            return
        self._set_status(_("Saved: {path}").format(path=path))

    # --- publishing and versions ----------------------------------------------------

    @Slot()
    def ask_publish(self) -> None:
        if self._db is None or self.busy or self.ui.version.currentData() is not None:
            return
        chosen = self.registers.chosen()
        summary = registers_summary(chosen, self.registers.names, len(self.registers.names))
        next_number = max((v.number for v in self._versions), default=0) + 1
        checked = notice_service.notice_check(self._db, self.registers.register_keys())
        dialog = PublishDialog(self._today(), next_number, summary, checked, self)
        dialog.accepted.connect(self._on_publish_accepted)
        self.publish_dialog = dialog
        dialog.open()

    @Slot()
    def _on_publish_accepted(self) -> None:
        dialog = self.publish_dialog
        if self._db is None or dialog is None:
            return
        job = Job(partial(notice_service.publish, self._db, dialog.effective_date,
                          self.registers.register_keys(), dialog.note, dialog.override_reason))
        job.succeeded.connect(self._on_published)
        job.failed.connect(self._on_publish_failed)
        self._publish_job = job
        self._set_status(_("Publishing…"))
        self._update_state()
        job.start()

    @Slot(object)
    def _on_published(self, info: VersionInfo) -> None:
        if self.sender() is not self._publish_job:
            return
        self._publish_job = None
        self._versions = notice_service.versions(self._db) if self._db else []
        self._fill_versions(select=info.number)
        self._set_status(_("Version {number} published, effective {date}.").format(
            number=info.number, date=display_date(info.effective_date)))
        self.refresh()

    @Slot(object)
    def _on_publish_failed(self, error: BaseException) -> None:
        if self.sender() is not self._publish_job:
            return
        self._publish_job = None
        self._set_status("")
        self._update_state()
        if not isinstance(error, NoticeError):
            raise error
        self._show_problem(error.text())

    @Slot()
    def show_versions(self) -> None:
        if self._db is None:
            return
        dialog = VersionsDialog(self._db, str(self.ui.language.currentData()),
                                self.registers.names, self)
        dialog.open_requested.connect(self.show_version)
        self.versions_dialog = dialog
        dialog.open()

    # --- state ----------------------------------------------------------------------

    def _update_state(self) -> None:
        ui, has_db = self.ui, self._db is not None
        shown = self._preview is not None and not self.busy
        ui.busy.setVisible(self.busy)
        for widget in (ui.language, ui.version, ui.action_refresh, ui.action_versions):
            widget.setEnabled(has_db and self._publish_job is None)
        for action in (ui.action_print, ui.action_save_pdf, ui.action_export_html):
            action.setEnabled(shown)
        ui.action_publish.setEnabled(shown and ui.version.currentData() is None)

    def _set_status(self, text: str) -> None:
        self.ui.status.setText(text)

    def _show_problem(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, _("Privacy notice"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.open()
        self._problem_box = box

    def showEvent(self, event: QShowEvent) -> None:
        """Coming back to the area shows the registers as they are now."""
        super().showEvent(event)
        if self._db is not None and not event.spontaneous() and not self.busy:
            self._reload_lists()
            if self.ui.version.currentData() is None or self._preview is None:
                self.refresh()
