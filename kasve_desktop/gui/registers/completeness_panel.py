"""The completeness check beside the register form: items A–N and doubtful statements.

The panel recomputes from the form's current state, saved or not, about 200 ms
after the last edit: the check is a pure function of plain facts, so it runs on
the GUI thread. A flag can be dismissed with a note
(``services.registers.completeness``); it then stays hidden for this register.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kasve_desktop.domain.completeness import CompletenessReport, Coverage, Flag, ItemStatus
from kasve_desktop.domain.notice import RegisterFacts
from kasve_desktop.gui.common.widgets import mute
from kasve_desktop.gui.forms.ui_completeness_panel import Ui_CompletenessPanel
from kasve_desktop.i18n import _, ngettext
from kasve_desktop.services.database import Database
from kasve_desktop.services.registers import completeness
from kasve_desktop.services.registers.completeness import CheckContext

DEBOUNCE_MS = 200
MARKS = {Coverage.COVERED: ("✓", "#1b6e3c"), Coverage.MISSING: ("✗", "#b3261e"),
         Coverage.NOT_APPLICABLE: ("–", "#6b7378")}
FLAG_STYLE = ("QFrame#flag { background: #fff4e5; border: 1px solid #e9c28a; "
              "border-radius: 4px; }")


def detail_text(item: ItemStatus) -> str:
    return item.message(_)


def item_html(item: ItemStatus) -> str:
    mark, colour = MARKS[item.coverage]
    detail = detail_text(item)
    if item.coverage is Coverage.NOT_APPLICABLE:
        detail = _("Does not apply.")
    articles = _("GDPR Art. {articles}").format(articles=item.articles)
    row = (f'<tr><td style="color:{colour}; font-weight:bold; padding-right:4px">{mark}</td>'
           f'<td style="padding-right:4px"><b>{item.code}</b></td><td>'
           f'<span title="{html.escape(articles)}">{html.escape(_(item.label))}</span>')
    if detail:
        row += f'<br><span style="color:{colour}">{html.escape(detail)}</span>'
    return row + "</td></tr>"


def items_html(items: tuple[ItemStatus, ...]) -> str:
    rows = "".join(item_html(item) for item in items)
    return f'<table cellspacing="0" cellpadding="1">{rows}</table>'


def flag_text(flag: Flag) -> str:
    return flag.message(_)


class CompletenessPanel(QWidget):
    dismissed = Signal(str)
    """A flag (its code) was dismissed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CompletenessPanel()
        self.ui.setupUi(self)
        self._db: Database | None = None
        self._context: CheckContext | None = None
        self._source: Callable[[], RegisterFacts | None] = lambda: None
        self.report: CompletenessReport | None = None
        self.note_dialog: QInputDialog | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.recompute)
        mute(self.ui.summary)
        mute(self.ui.no_flags)
        self.retranslate()

    def set_source(self, source: Callable[[], RegisterFacts | None]) -> None:
        """Where the register's current (unsaved) state comes from."""
        self._source = source

    def set_register(self, db: Database | None, key: str | None) -> None:
        """Load what the check needs besides the register, and check at once."""
        self._db = db
        self._context = completeness.check_context(db, key) if db is not None and key else None
        self.recompute()

    @Slot()
    def schedule(self) -> None:
        """Recompute a moment after the last edit."""
        self._timer.start()

    @Slot()
    def recompute(self) -> None:
        self._timer.stop()
        data = self._source()
        if self._context is None or data is None:
            self.report = None
        else:
            self.report = completeness.check_unsaved(self._context, data)
        self._show()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._show()

    # --- internals -----------------------------------------------------------------

    def _show(self) -> None:
        self._clear_flags()
        report = self.report
        self.ui.flags_heading.setVisible(report is not None)
        self.ui.no_flags.setVisible(report is not None and not report.flags)
        if report is None:
            self.ui.summary.setText(_("Choose a register to check it."))
            self.ui.items.setText("")
            return
        missing = len(report.missing)
        self.ui.summary.setText(
            ngettext("{count} item of the notice is missing.",
                     "{count} items of the notice are missing.", missing).format(count=missing)
            if missing else _("Every item the GDPR asks for is covered."))
        self.ui.items.setText(items_html(report.items))
        for flag in report.flags:
            self._add_flag(flag)

    def _clear_flags(self) -> None:
        layout = self.ui.flags_layout
        while layout.count():
            widget = layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()

    def _add_flag(self, flag: Flag) -> None:
        frame = QFrame(self.ui.contents)
        frame.setObjectName("flag")
        frame.setStyleSheet(FLAG_STYLE)
        reason = QLabel(flag_text(flag), frame)
        reason.setWordWrap(True)
        excerpt = QLabel(f"“{flag.excerpt}”", frame)
        excerpt.setWordWrap(True)
        mute(excerpt)
        button = QPushButton(_("Dismiss…"), frame)
        button.setObjectName(f"dismiss_{flag.code}")
        button.setToolTip(_("Hide this remark for this register, with a note why"))
        button.clicked.connect(lambda _checked=False, code=flag.code: self.ask_dismiss(code))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(reason)
        layout.addWidget(excerpt)
        layout.addLayout(row)
        self.ui.flags_layout.addWidget(frame)

    def ask_dismiss(self, code: str) -> None:
        """Ask for a note (without blocking), then dismiss the flag."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(_("Dismiss the remark"))
        dialog.setLabelText(_("Why does this remark not apply? The note is kept with the "
                              "register."))
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(lambda note: self.dismiss(code, note))
        self.note_dialog = dialog
        dialog.open()

    def dismiss(self, code: str, note: str) -> None:
        data = self._source()
        if self._db is None or data is None:
            return
        if not note.strip():  # a dismissal always says why
            self.ask_dismiss(code)
            return
        completeness.dismiss_flag(self._db, data.key, code, note)
        self._context = completeness.check_context(self._db, data.key)
        self.recompute()
        self.dismissed.emit(code)
