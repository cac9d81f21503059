"""The request pane beside the inbox list: one request in full and what can be done next.

It shows a ``RequestDetail`` — requester, person link, the date in force and
which one it is, every date's reasons, the timeline and the attachments — and
offers only the actions allowed in the request's current state. It runs no
service itself: ``action_requested(key)`` and ``attachment_requested(id, save)``
go to the inbox area, which calls the services and shows the result again.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Signal, Slot
from PySide6.QtWidgets import QHeaderView, QPushButton, QWidget

from kasve_desktop.clock import local_date
from kasve_desktop.domain.vocabulary import RequestStatus as S
from kasve_desktop.gui.common.widgets import mute
from kasve_desktop.gui.forms.ui_request_pane import Ui_RequestPane
from kasve_desktop.gui.inbox import pane_text as text
from kasve_desktop.gui.inbox.steps import EXTEND, IDENTITY, NOTE, RESUME, available
from kasve_desktop.gui.people.records import RecordColumn, RecordsModel, selected_row, set_up_table
from kasve_desktop.i18n import N_, _, display_date
from kasve_desktop.services.requests.detail import RequestDetail

LINK, TAKE_ACTION, RESPONSE = "link", "action", "response"
LETTER = "letter"
BUTTONS = {IDENTITY: "identity_button", RESUME: "resume_button",
           S.IN_PROGRESS.value: "in_progress_button",
           S.RESPONSE_READY.value: "response_ready_button", S.REFUSED.value: "refused_button",
           S.SENT.value: "sent_button", S.CLOSED.value: "closed_button",
           S.WITHDRAWN.value: "withdrawn_button", EXTEND: "extend_button",
           TAKE_ACTION: "take_action_button", RESPONSE: "response_button",
           LINK: "link_button", NOTE: "note_button"}
IN_PROGRESS_TEXTS = {S.IDENTITY_CHECK.value: N_("&Identity confirmed…"),
                     S.RESPONSE_READY.value: N_("&Back to work…")}
START_WORK = N_("Start &work…")
BADGE_STYLE = ("border: 1px solid palette(mid); border-radius: 9px; padding: 1px 10px; "
               "background: palette(alternate-base);")
TIMELINE = [
    RecordColumn(N_("Date"), lambda r: display_date(r.on_date)),
    RecordColumn(N_("What happened"), text.event_lines, stretch=True),
    RecordColumn(N_("Note"), lambda r: r.note, stretch=True),
]
ATTACHMENTS = [
    RecordColumn(N_("File"), lambda r: r.filename, stretch=True),
    RecordColumn(N_("Size"), lambda r: text.size_text(r.size)),
    RecordColumn(N_("Added"), lambda r: display_date(local_date(r.created_at))),
]


class RequestPane(QWidget):
    """One request in full; empty (with a hint) when none is chosen."""

    action_requested = Signal(str)
    attachment_requested = Signal(int, bool)
    """The document's id, and True to save it under a name (False: open it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RequestPane()
        self.ui.setupUi(self)
        self.detail: RequestDetail | None = None
        self._today: dt.date | None = None
        self.timeline = RecordsModel(TIMELINE, parent=self)
        self.attachments = RecordsModel(ATTACHMENTS, parent=self)
        set_up_table(self.ui.timeline, self.timeline)
        self.ui.timeline.setWordWrap(True)
        self.ui.timeline.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        set_up_table(self.ui.attachments, self.attachments)
        self.buttons: dict[str, QPushButton] = {
            key: getattr(self.ui, name) for key, name in BUTTONS.items()}
        self.ui.status_badge.setStyleSheet(BADGE_STYLE)
        mute(self.ui.empty_label)
        self._connect()
        self.show_request(None)
        self._fit_actions()

    def _connect(self) -> None:
        for key, button in self.buttons.items():
            button.setProperty("action", key)
            button.clicked.connect(self._on_action_button)
        self.ui.open_button.clicked.connect(self._on_open)
        self.ui.save_button.clicked.connect(self._on_save)
        self.ui.attachments.doubleClicked.connect(self._on_attachment_activated)
        self.ui.attachments.selectionModel().selectionChanged.connect(
            self._update_attachment_buttons)

    # --- showing a request ---------------------------------------------------------

    @property
    def request_id(self) -> int | None:
        return self.detail.id if self.detail is not None else None

    def show_request(self, detail: RequestDetail | None, today: dt.date | None = None) -> None:
        """Show ``detail`` as of ``today`` (None: the hint that nothing is chosen)."""
        self.detail, self._today = detail, today
        if detail is None or today is None:
            self.ui.pages.setCurrentWidget(self.ui.empty_page)
            self.timeline.set_rows([])
            self.attachments.set_rows([])
            self._update_attachment_buttons()
            return
        self.ui.pages.setCurrentWidget(self.ui.detail_page)
        self._fill_facts(detail, today)
        self.timeline.set_rows(detail.timeline)
        self.ui.timeline.scrollToBottom()
        self.attachments.set_rows(detail.attachments)
        self._update_tabs(detail)
        self._update_buttons(detail)
        self._update_attachment_buttons()

    def _fill_facts(self, detail: RequestDetail, today: dt.date) -> None:
        ui = self.ui
        ui.title.setText(text.title_text(detail))
        ui.status_badge.setText(text.status_text(detail.status))
        ui.requester.setText(detail.draft.requester_name)
        ui.contact.setText(text.contact_text(detail))
        ui.person.setText(text.person_text(detail))
        ui.received.setText(text.received_text(detail))
        ui.due.setText(text.due_text(detail))
        ui.due_details.setText("\n".join(text.deadline_lines(detail)))
        ui.days_left.setText(text.days_left_text(detail, today))
        ui.description.setText(detail.draft.description or "—")

    def _update_tabs(self, detail: RequestDetail) -> None:
        tabs = self.ui.tabs
        tabs.setTabText(tabs.indexOf(self.ui.timeline_tab), _("Timeline"))
        tabs.setTabText(tabs.indexOf(self.ui.attachments_tab), _("Attachments ({count})")
                        .format(count=len(detail.attachments)))

    def _update_buttons(self, detail: RequestDetail) -> None:
        shown = available(detail) | {LINK}
        if detail.is_open:
            shown |= {TAKE_ACTION, RESPONSE}
        if any(a.kind == LETTER for a in detail.attachments):
            shown.add(RESPONSE)  # a finished request's letters can still be reprinted
        for key, button in self.buttons.items():
            button.setVisible(key in shown)
        self.buttons[S.IN_PROGRESS.value].setText(
            _(IN_PROGRESS_TEXTS.get(detail.status, START_WORK)))

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.timeline.retranslate()
        self.attachments.retranslate()
        self.show_request(self.detail, self._today)
        self._fit_actions()

    def _fit_actions(self) -> None:
        """Keep the step buttons' column as wide as its widest label (no clipped text)."""
        widest = max((b.sizeHint().width() for b in self.buttons.values()), default=0)
        self.ui.actions.setMinimumWidth(widest + 4)

    def focus_actions(self) -> None:
        """Put the keyboard focus on the first action offered (Enter in the list)."""
        for button in self.buttons.values():
            if button.isVisibleTo(self):
                button.setFocus()
                return
        self.setFocus()

    # --- slots -------------------------------------------------------------------------

    @Slot()
    def _on_action_button(self) -> None:
        button = self.sender()
        if isinstance(button, QPushButton):
            self.action_requested.emit(str(button.property("action")))

    def _chosen_attachment(self) -> int | None:
        row = selected_row(self.ui.attachments, self.attachments)
        return None if row is None else int(row.id)

    @Slot()
    def _on_open(self) -> None:
        if (document_id := self._chosen_attachment()) is not None:
            self.attachment_requested.emit(document_id, False)

    @Slot()
    def _on_save(self) -> None:
        if (document_id := self._chosen_attachment()) is not None:
            self.attachment_requested.emit(document_id, True)

    @Slot(QModelIndex)
    def _on_attachment_activated(self, _index: QModelIndex) -> None:
        self._on_open()

    @Slot()
    def _update_attachment_buttons(self) -> None:
        chosen = self._chosen_attachment() is not None
        self.ui.open_button.setEnabled(chosen)
        self.ui.save_button.setEnabled(chosen)
