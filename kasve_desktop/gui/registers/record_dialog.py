"""Seloste käsittelytoimista…: save the record of processing activities (Art. 30).

The user picks the language, the format (PDF or XLSX) and the version (the
current record, or one frozen earlier), sees which processors need attention,
and saves. Saving the current record freezes a new version when the registers
have changed since the latest one (the service decides); the document is built
in a worker thread (``Job``) and written only where the user chose.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kasve_desktop import i18n
from kasve_desktop.domain.errors import UserError
from kasve_desktop.gui.common.save_files import ask_save_path, write_file
from kasve_desktop.gui.common.worker import Job
from kasve_desktop.i18n import N_, _
from kasve_desktop.services.database import Database
from kasve_desktop.services.registers import record as record_service

FORMATS = (("pdf", "PDF"), ("xlsx", "XLSX"))
FILTERS = {"pdf": N_("PDF files (*.pdf)"), "xlsx": N_("Excel workbooks (*.xlsx)")}


class RecordDialog(QDialog):
    def __init__(self, db: Database, today: Callable[[], dt.date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("record_dialog")
        self._db = db
        self._today = today
        self.job: Job | None = None
        self._path: Path | None = None
        self._build()
        self._fill_versions()
        self._show_flags()
        self.language.currentIndexChanged.connect(self._show_flags)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def _build(self) -> None:
        self.setWindowTitle(_("Record of processing activities"))
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for lang in i18n.LANGUAGES:
            self.language.addItem(i18n.LANGUAGE_NAMES[lang], lang)
        self.file_format = QComboBox(self)
        self.file_format.setObjectName("file_format")
        for code, name in FORMATS:
            self.file_format.addItem(name, code)
        self.version = QComboBox(self)
        self.version.setObjectName("version")
        self.flags = QListWidget(self)
        self.flags.setObjectName("flags")
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(_("&Save…"), self)
        self.save_button.setObjectName("save_button")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        form = QFormLayout()
        form.addRow(_("Language"), self.language)
        form.addRow(_("Format"), self.file_format)
        form.addRow(_("Version"), self.version)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(QLabel(_("Processors that need attention:"), self))
        column.addWidget(self.flags)
        column.addWidget(self.status)
        column.addWidget(self.buttons)
        self.resize(560, 420)

    # --- what it shows ----------------------------------------------------------------

    def _fill_versions(self) -> None:
        chosen = self.version.currentData()
        self.version.clear()
        self.version.addItem(_("The current record (a new version if the registers have "
                               "changed)"), None)
        for info in record_service.record_versions(self._db):
            self.version.addItem(_("Version {number}, drawn up {date}").format(
                number=info.number, date=i18n.display_date(info.effective_date)), info.number)
        index = self.version.findData(chosen)
        self.version.setCurrentIndex(max(index, 0))

    @Slot()
    def _show_flags(self) -> None:
        self.flags.clear()
        try:
            processors = record_service.current_processors(self._db, self.lang, self._today())
        except UserError as error:
            self.status.setText(error.text())
            self.save_button.setEnabled(False)
            return
        for processor in processors:
            if processor.flag_texts:
                self.flags.addItem(f"{processor.name}: {', '.join(processor.flag_texts)}")
        if not self.flags.count():
            self.flags.addItem(_("None: every processor has an agreement and a review date "
                                 "that has not passed."))

    @property
    def lang(self) -> str:
        return str(self.language.currentData())

    @property
    def format(self) -> str:
        return str(self.file_format.currentData())

    def default_name(self) -> str:
        number = self.version.currentData()
        if number is None:
            number = record_service.pending_number(self._db)
        return record_service.record_file_name(self.lang, int(number), f".{self.format}")

    # --- saving -----------------------------------------------------------------------

    @Slot()
    def save(self) -> None:
        if self.job is not None:
            return
        try:
            name = self.default_name()
        except UserError as error:
            self.status.setText(error.text())
            return
        path = self._ask_path(name)
        if path is None:
            return
        self._path = path
        self.job = Job(partial(record_service.record_document, self._db, self.lang,
                               self.format, self._today(), self.version.currentData()))
        self.job.succeeded.connect(self._on_built)
        self.job.failed.connect(self._on_failed)
        self.save_button.setEnabled(False)
        self.status.setText(_("Building the record…"))
        self.job.start()

    def _ask_path(self, name: str) -> Path | None:
        return ask_save_path(self, _("Save the record of processing activities"), name,
                             _(FILTERS[self.format]), self.format)

    @Slot(object)
    def _on_built(self, content: object) -> None:
        self.job = None
        self.save_button.setEnabled(True)
        assert isinstance(content, record_service.BuiltRecord) and self._path is not None
        problem = write_file(self._path, content.content)
        if problem is not None:
            self.status.setText(problem)
            return
        saved = _("Saved: {path}").format(path=self._path)
        if content.untranslated:
            saved += "\n" + _("These parts have no translation and are printed in Finnish, "
                              "marked: {parts}").format(parts="; ".join(content.untranslated))
        self.status.setText(saved)
        self._fill_versions()

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self.job = None
        self.save_button.setEnabled(True)
        if isinstance(error, UserError):
            self.status.setText(error.text())
            return
        raise error if isinstance(error, BaseException) else RuntimeError(str(error))
