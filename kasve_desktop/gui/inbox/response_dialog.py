"""The response letter of a request: build, preview, print or save, keep, mark as sent.

The letter kind defaults to what the request needs now (``responses.default_kind``),
the language to the letters' own rule (``responses.default_language``). What an
access report turns out to be (the report, or the "no data" letter for a request
linked to nobody) the services decide, as for the command line. "Build" runs in a
worker thread (the access report takes about half a second) and shows the PDF in
the QtPdf preview. The letter can be printed, saved, saved AES-256 encrypted (the
generated password is shown once), stored as the request's draft, and marked as
sent, which makes it final and, for a response, takes the request on to "Sent"
in the same step (or says why it stays where it is). A letter already kept with
the request is chosen in "Letter": a draft can still be marked as sent, a sent
one is read-only (reprint or save). Errors are shown in the dialog and change
nothing.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QDialog, QMessageBox, QWidget

from kasve_desktop.domain.vocabulary import LetterKind
from kasve_desktop.gui.common.save_files import ask_save_path, write_file
from kasve_desktop.gui.common.widgets import busy_cursor, mute, reserve_lines, show_error
from kasve_desktop.gui.common.worker import Job
from kasve_desktop.gui.forms.ui_response_dialog import Ui_ResponseDialog
from kasve_desktop.gui.inbox import response_text as text
from kasve_desktop.gui.inbox import response_untranslated as untranslated
from kasve_desktop.gui.inbox.pane_text import status_text, title_text
from kasve_desktop.gui.inbox.response_sent import PasswordDialog, SentDialog
from kasve_desktop.gui.notice.printing import PrintRequest
from kasve_desktop.gui.people.dialogs import choose, fill_choices
from kasve_desktop.i18n import _, ngettext
from kasve_desktop.services.answers import responses
from kasve_desktop.services.answers.letters.letters import default_response_channel
from kasve_desktop.services.answers.pdf_encryption import encrypt_pdf, generate_password
from kasve_desktop.services.answers.responses import ResponseDocument, ResponseDraft, SentResponse
from kasve_desktop.services.database import Database
from kasve_desktop.services.requests.detail import RequestDetail

NEW_LETTER = -1
HEADING_SPACE = 8
POPUP_ROOM = 32


def fit_popup(combo: QComboBox) -> None:
    """Let the list open as wide as its longest entry, even where the box is narrow."""
    view = combo.view()
    view.setMinimumWidth(view.sizeHintForColumn(0) + POPUP_ROOM)


class ResponseDialog(QDialog):
    """The letters of one request; ``request_changed`` after a letter was stored or sent."""

    request_changed = Signal()

    def __init__(self, db: Database, detail: RequestDetail, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self.detail, self._today = db, detail, today
        self.ui = Ui_ResponseDialog()
        self.ui.setupUi(self)
        self._draft: ResponseDraft | None = None
        """The letter built and shown, not stored yet."""
        self._documents: list[ResponseDocument] = []
        self._job: Job | None = None
        self.print_request: PrintRequest | None = None
        self.sent_dialog: SentDialog | None = None
        self.password_dialog: PasswordDialog | None = None
        self.untranslated_question: QMessageBox | None = None
        self.untranslated: tuple[str, ...] = ()
        """What the letter shown prints in Finnish although it is not Finnish (to send)."""
        self.channel = default_response_channel(detail)
        self._set_up()
        self._connect()
        self._reload(self._initial_document())

    # --- set-up ---------------------------------------------------------------------------

    def _set_up(self) -> None:
        ui = self.ui
        self.setWindowTitle(f"{_('Response letter')} — {self.detail.reference}")
        ui.heading.setText(f"{_('Response letter')} · {title_text(self.detail)}")
        ui.explanation.setText(_("Build the letter and check it in the preview. Print it or "
                                 "save it, store it with the request, and mark it as sent "
                                 "once it has gone out: then it is final."))
        fill_choices(ui.kind, [(k.value, text.kind_text(k)) for k in LetterKind])
        self._refuse_untrue_kinds()
        choose(ui.kind, responses.default_kind(self.detail).value)
        fill_choices(ui.language, text.language_choices())
        choose(ui.language, responses.default_language(self._db, self.detail.id))
        ui.delivery.setText(text.delivery_text(self.detail, self.channel))
        for label in (ui.explanation, ui.paragraph_hint, ui.delivery, ui.state):
            mute(label)
        for heading in (ui.output_heading, ui.record_heading, ui.delivery_label,
                        ui.paragraph_label):
            heading.setContentsMargins(0, HEADING_SPACE, 0, 0)
        reserve_lines(ui.error, 3)
        fit_popup(ui.kind)
        self.untranslated_warning = untranslated.warning_label(ui.controls)
        ui.controls_layout.insertWidget(ui.controls_layout.indexOf(ui.state) + 1,
                                        self.untranslated_warning)

    def _refuse_untrue_kinds(self) -> None:
        """Letters that would be untrue for this request are shown, disabled, with the reason."""
        model = self.ui.kind.model()
        assert isinstance(model, QStandardItemModel)
        for row in range(self.ui.kind.count()):
            reason = responses.letter_refusal(self._db, self.detail.id,
                                              str(self.ui.kind.itemData(row)), self._today)
            if reason is not None:
                item = model.item(row)
                item.setEnabled(False)
                item.setToolTip(reason)

    def _connect(self) -> None:
        ui = self.ui
        ui.document.currentIndexChanged.connect(self._on_document_chosen)
        ui.kind.currentIndexChanged.connect(self._on_choice_changed)
        ui.language.currentIndexChanged.connect(self._on_choice_changed)
        ui.paragraph.textChanged.connect(self._on_choice_changed)
        ui.build_button.clicked.connect(self.build)
        ui.print_button.clicked.connect(self.print_letter)
        ui.save_button.clicked.connect(self.save_pdf)
        ui.encrypt_button.clicked.connect(self.save_encrypted)
        ui.store_button.clicked.connect(self.store)
        ui.sent_button.clicked.connect(self.ask_sent)
        ui.buttons.rejected.connect(self.reject)

    def _initial_document(self) -> int:
        """The newest kept letter of the kind the request needs now, else a new letter."""
        wanted = responses.answering_kinds(str(self.ui.kind.currentData()))
        rows = responses.response_documents(self._db, self.detail.id)
        return next((r.id for r in reversed(rows) if r.kind in wanted), NEW_LETTER)

    # --- what is shown ----------------------------------------------------------------------

    @property
    def document(self) -> ResponseDocument | None:
        """The kept letter chosen in "Letter" (None: a new letter)."""
        chosen = self.ui.document.currentData()
        return next((d for d in self._documents if d.id == chosen), None)

    @property
    def busy(self) -> bool:
        return self._job is not None

    @property
    def pdf(self) -> bytes:
        """The letter in the preview."""
        return self.ui.preview.data

    def _file_name(self) -> str:
        if self.document is not None:
            return self.document.filename
        if self._draft is not None:
            return self._draft.filename
        return responses.file_name(self.detail.reference, str(self.ui.kind.currentData()),
                                   str(self.ui.language.currentData()))

    def _reload(self, select: int) -> None:
        """Fill "Letter" with a new letter and the kept ones, and choose ``select``."""
        self._documents = responses.response_documents(self._db, self.detail.id)
        combo = self.ui.document
        combo.blockSignals(True)
        fill_choices(combo, [(NEW_LETTER, _("New letter")),
                             *((d.id, text.document_text(d)) for d in self._documents)])
        choose(combo, select)
        combo.blockSignals(False)
        fit_popup(combo)
        self._on_document_chosen()

    @Slot()
    def _on_document_chosen(self) -> None:
        chosen = self.document
        show_error(self.ui.error, "")
        self.ui.document.setToolTip("")
        if chosen is None:
            self._forget_draft()
            return
        self._draft = None
        for combo, value in ((self.ui.kind, chosen.kind), (self.ui.language, chosen.lang)):
            combo.blockSignals(True)
            choose(combo, value)
            combo.blockSignals(False)
        try:
            self.ui.preview.load(responses.document_bytes(self._db, chosen.id))
        except text.PROBLEMS as error:  # a damaged or vanished letter
            self._show_problem(error)
        self.ui.document.setToolTip(self.ui.document.currentText())
        state = text.sent_state(chosen) if chosen.is_final else text.draft_state(chosen)
        self.ui.state.setText(state)
        self._warn_untranslated(() if chosen.is_final else responses.untranslated_in(
            self._db, self.detail.id, chosen.kind, chosen.lang, self._today))
        self._update_state()

    @Slot()
    def _on_choice_changed(self) -> None:
        if self.document is None:
            self._forget_draft()

    def _forget_draft(self) -> None:
        """A new letter whose choices changed: it must be built (again) to be used."""
        self._draft = None
        self.ui.preview.show_message(_("Choose the letter and press “Build the letter” to "
                                       "see it here."))
        self.ui.state.setText("")
        self._warn_untranslated(())
        self._update_state()

    def _warn_untranslated(self, texts: tuple[str, ...]) -> None:
        """Say under the state line what the letter prints in Finnish untranslated."""
        self.untranslated = texts
        untranslated.show_warning(self.untranslated_warning, texts)

    def _update_state(self) -> None:
        ui, chosen = self.ui, self.document
        new, idle = chosen is None, not self.busy
        for widget in (ui.kind, ui.language, ui.build_button):
            widget.setEnabled(new and idle)
        ui.paragraph.setEnabled(new and idle)
        shown = bool(self.pdf) and idle and (self._draft is not None or not new)
        for button in (ui.print_button, ui.save_button, ui.encrypt_button):
            button.setEnabled(shown)
        ui.store_button.setEnabled(shown and new)
        ui.sent_button.setEnabled(shown and (new or (chosen is not None and not chosen.is_final)))
        ui.document.setEnabled(idle)

    def _show_problem(self, error: BaseException) -> None:
        message = text.problem_text(error)
        if message is None:
            raise error
        show_error(self.ui.error, message)

    # --- building ---------------------------------------------------------------------------

    @Slot()
    def build(self) -> None:
        """Build the chosen letter in a worker thread and show it."""
        if self.busy or self.document is not None:
            return
        ui = self.ui
        paragraph = "" if not ui.paragraph.isEnabled() else ui.paragraph.toPlainText()
        job = Job(partial(responses.make_draft, self._db, self.detail.id,
                          str(ui.kind.currentData()), str(ui.language.currentData()),
                          paragraph, self._today))
        job.succeeded.connect(self._on_built)
        job.failed.connect(self._on_build_failed)
        self._job = job
        show_error(ui.error, "")
        ui.state.setText(_("Building the letter…"))
        self._update_state()
        job.start()

    @Slot(object)
    def _on_built(self, draft: ResponseDraft) -> None:
        if self.sender() is not self._job:
            return
        self._job, self._draft = None, draft
        self.ui.preview.load(draft.pdf)
        state = [_("Built, not stored yet.")]
        if draft.kind != self.ui.kind.currentData():
            state.append(_("The request is not linked to a person, so this is the “{kind}” "
                           "letter.").format(kind=text.kind_text(draft.kind)))
        if draft.withheld:
            state.append(ngettext(
                "{count} item was withheld as another person's data: check the annex.",
                "{count} items were withheld as other people's data: check the annex.",
                draft.withheld).format(count=draft.withheld))
        self.ui.state.setText(" ".join(state))
        self._warn_untranslated(draft.untranslated)
        self._update_state()

    @Slot(object)
    def _on_build_failed(self, error: BaseException) -> None:
        if self.sender() is not self._job:
            return
        self._job = None
        self._forget_draft()
        self._show_problem(error)

    # --- keeping ----------------------------------------------------------------------------

    @Slot()
    def store(self) -> None:
        if self._draft is None or self.busy:
            return
        try:
            document_id = responses.store_response(self._db, self.detail.id, self._draft,
                                                   self._today)
        except text.PROBLEMS as error:
            self._show_problem(error)
            return
        self._changed(document_id)

    @Slot()
    def ask_sent(self) -> None:
        """"Mark as sent…": first a question if the letter prints texts in Finnish untranslated,
        then the date and the channel."""
        if not self.ui.sent_button.isEnabled():
            return
        if self.untranslated:
            self.untranslated_question = untranslated.ask_to_send(self, self.untranslated,
                                                                  self._open_sent_dialog)
            return
        self._open_sent_dialog()

    def _open_sent_dialog(self) -> None:
        self.untranslated_question = None
        title = self.ui.document.currentText() if self.document else text.kind_text(
            self._draft.kind if self._draft else "")
        dialog = SentDialog(title, self.detail.received_on, self._today, self.channel,
                            self._mark_sent, self)
        self.sent_dialog = dialog
        dialog.open()

    def _mark_sent(self, on_date: dt.date, channel: str) -> None:
        chosen, draft = self.document, self._draft
        if chosen is not None:
            sent = responses.mark_sent(self._db, self.detail.id, chosen.id, on_date, channel,
                                       self._today)
        else:
            assert draft is not None
            sent = responses.send_draft(self._db, self.detail.id, draft, on_date, channel,
                                        self._today)
        self._changed(sent.document_id)
        self._tell_unstepped(sent)

    def _tell_unstepped(self, sent: SentResponse) -> None:
        """Say where the request went with its answer, or why it stayed where it was."""
        self.detail = sent.request
        if sent.stepped:
            told = _("The request is now “{status}”.").format(
                status=status_text(sent.request.status))
        elif sent.unmoved is not None:
            told = sent.unmoved.text()
        else:  # an interim letter: the request is still being handled
            return
        self.ui.state.setText(f"{self.ui.state.text()} {told}")

    def _changed(self, document_id: int) -> None:
        self._draft = None
        self._reload(document_id)
        self.request_changed.emit()

    # --- printing and saving ----------------------------------------------------------------

    @Slot()
    def print_letter(self) -> None:
        if not self.ui.print_button.isEnabled():
            return
        self.print_request = PrintRequest(self.pdf, Path(self._file_name()).stem, self)
        self.print_request.printed.connect(self._on_printed)
        self.print_request.failed.connect(lambda message: show_error(self.ui.error, message))
        self.print_request.open()

    @Slot(int)
    def _on_printed(self, pages: int) -> None:
        self.ui.state.setText(ngettext("Sent {count} page to the printer.",
                                       "Sent {count} pages to the printer.", pages)
                              .format(count=pages))

    @Slot()
    def save_pdf(self) -> None:
        if not self.ui.save_button.isEnabled():
            return
        path = self._ask_path(_("Save the letter as PDF"))
        if path is not None and self._write(path, self.pdf):
            self.ui.state.setText(_("Saved: {path}").format(path=path))

    @Slot()
    def save_encrypted(self) -> None:
        """An AES-256 copy for e-mail; its password is shown once and never kept."""
        if not self.ui.encrypt_button.isEnabled():
            return
        path = self._ask_path(_("Save the letter as an encrypted PDF"))
        if path is None:
            return
        password = generate_password()
        with busy_cursor():
            data = encrypt_pdf(self.pdf, password)
        if not self._write(path, data):
            return
        self.ui.state.setText(_("Saved encrypted: {path}").format(path=path))
        self.password_dialog = PasswordDialog(password, self)
        self.password_dialog.open()

    def _ask_path(self, caption: str) -> Path | None:
        return ask_save_path(self, caption, self._file_name(), _("PDF files (*.pdf)"), "pdf")

    def _write(self, path: Path, content: bytes) -> bool:
        problem = write_file(path, content)
        if problem is not None:
            show_error(self.ui.error, problem)
        return problem is None

    def reject(self) -> None:
        """Closing while a letter is being built: the result is dropped."""
        self._job = None
        super().reject()

