"""The completeness check beside the register form: items A–N and doubtful statements.

The panel recomputes from the form's current state, saved or not, about 200 ms
after the last edit: the check is a pure function of plain facts, so it runs on
the GUI thread. A flag can be dismissed with a note
(``services.registers.completeness``); it then stays hidden for this register.

Each flag and missing item with a correction (``domain.notice_fixes``) has a
**Fix** button: a text fix applies at once, a fix that needs decisions opens
``FixDialog``. The corrected register appears in the form as unsaved edits;
**Undo correction** takes the last one back. A fix that also rewrites the
notice's opening words saves those at once (and Undo restores them).
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
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
from kasve_desktop.domain.notice import RegisterFacts, Texts
from kasve_desktop.domain.notice_fixes import Fix, fixes
from kasve_desktop.gui.common.widgets import mute
from kasve_desktop.gui.forms.ui_completeness_panel import Ui_CompletenessPanel
from kasve_desktop.gui.registers.fix_dialog import FixDialog
from kasve_desktop.i18n import _, ngettext
from kasve_desktop.services.database import Database
from kasve_desktop.services.registers import completeness
from kasve_desktop.services.registers import notice as notice_service
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
        self._fixer: Callable[[RegisterFacts], None] = lambda _data: None
        self.report: CompletenessReport | None = None
        self.fixes: list[Fix] = []
        self.undo: list[tuple[RegisterFacts, Texts | None]] = []
        self.fix_dialog: FixDialog | None = None
        self.note_dialog: QInputDialog | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.recompute)
        mute(self.ui.summary)
        mute(self.ui.no_flags)
        self._fit_timer = QTimer(self)  # dies with the panel, unlike a bare single shot
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit)
        self._viewport = self.ui.scroll.viewport()
        self._viewport.installEventFilter(self)
        self.retranslate()

    def set_source(self, source: Callable[[], RegisterFacts | None]) -> None:
        """Where the register's current (unsaved) state comes from."""
        self._source = source

    def set_fixer(self, fixer: Callable[[RegisterFacts], None]) -> None:
        """Where a corrected register goes (the form shows it as unsaved edits)."""
        self._fixer = fixer

    def set_register(self, db: Database | None, key: str | None) -> None:
        """Load what the check needs besides the register, and check at once."""
        self._db = db
        self.undo = []
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
            self.report, self.fixes = None, []
        else:
            self.report = completeness.check_unsaved(self._context, data)
            self.fixes = fixes(data, self.report)
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
        if self.undo:
            self._add_undo()
        flag_codes = {flag.code for flag in report.flags}
        for fix in self.fixes:
            if fix.code not in flag_codes:
                self._add_item_fix(fix)
        for flag in report.flags:
            self._add_flag(flag)
        self._fit_timer.start()  # once the new boxes are polished and shown

    def _clear_flags(self) -> None:
        layout = self.ui.flags_layout
        while layout.count():
            widget = layout.takeAt(0).widget()
            if widget is not None:
                widget.hide()  # at once: deletion waits for the event loop
                widget.deleteLater()

    def _frame(self) -> QFrame:
        """A remark's box: as tall as its text needs (the area scrolls, nothing is cut)."""
        frame = QFrame(self.ui.contents)
        frame.setObjectName("flag")
        frame.setStyleSheet(FLAG_STYLE)
        return frame

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self._viewport:
            self._fit()
        return super().eventFilter(watched, event)

    @Slot()
    def _fit(self) -> None:
        """Give each wrapped text the height it needs at the panel's width, so that the
        area scrolls instead of squeezing the remarks to one cut line each."""
        width = self._viewport.width()
        layout = self.ui.flags_layout
        widgets = [self.ui.items] + [layout.itemAt(i).widget() for i in range(layout.count())]
        for widget in widgets:
            if widget is not None and widget.hasHeightForWidth():
                widget.setMinimumHeight(widget.heightForWidth(width))

    def _add_flag(self, flag: Flag) -> None:
        frame = self._frame()
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
        fix = self._fix_of(flag.code)
        if fix is not None:
            row.addWidget(self._fix_button(fix, frame))
        row.addWidget(button)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(reason)
        layout.addWidget(excerpt)
        layout.addLayout(row)
        self.ui.flags_layout.addWidget(frame)

    def _fix_of(self, code: str) -> Fix | None:
        return next((fix for fix in self.fixes if fix.code == code), None)

    def _fix_button(self, fix: Fix, parent: QWidget) -> QPushButton:
        button = QPushButton(_("Fix…") if fix.choices else _("Fix"), parent)
        button.setObjectName(f"fix_{fix.code}")
        button.setToolTip(_(fix.title))
        button.clicked.connect(lambda _checked=False, code=fix.code: self.ask_fix(code))
        return button

    def _add_item_fix(self, fix: Fix) -> None:
        frame = self._frame()
        text = QLabel(f"{fix.code}: {_(fix.title)}", frame)
        text.setWordWrap(True)
        row = QHBoxLayout(frame)
        row.setContentsMargins(8, 6, 8, 6)
        row.addWidget(text, 1)
        row.addWidget(self._fix_button(fix, frame))
        self.ui.flags_layout.addWidget(frame)

    def _add_undo(self) -> None:
        button = QPushButton(_("&Undo correction"), self.ui.contents)
        button.setObjectName("undo_fix")
        button.setToolTip(_("Take the last correction back (nothing has been saved)"))
        button.clicked.connect(self.undo_fix)
        self.ui.flags_layout.addWidget(button)

    def ask_fix(self, code: str) -> None:
        """Apply the fix at once, or first ask for its decisions (without blocking)."""
        fix = self._fix_of(code)
        if fix is None:
            return
        if not fix.choices:
            self.apply_fix(fix, {})
            return
        dialog = FixDialog(fix, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.apply_fix(fix, dialog.chosen(), dialog.chosen_interests()))
        self.fix_dialog = dialog
        dialog.open()

    def apply_fix(self, fix: Fix, chosen: dict[int, object],
                  interests: dict[int, str] | None = None) -> None:
        data = self._source()
        if data is None or self._context is None:
            return
        old_intro = self._intro_texts()
        new_intro = fix.apply_intro(old_intro) if old_intro is not None else None
        if self._db is not None and new_intro is not None and new_intro != old_intro:
            notice_service.save_intro(self._db, new_intro)
            self._reload_context(data.key)
        else:
            old_intro = None
        self.undo.append((data, old_intro))
        self._fixer(fix.apply(data, chosen, interests))
        self.recompute()

    @Slot()
    def undo_fix(self) -> None:
        if not self.undo:
            return
        data, intro = self.undo.pop()
        if intro is not None and self._db is not None:
            notice_service.save_intro(self._db, intro)
            self._reload_context(data.key)
        self._fixer(data)
        self.recompute()

    def _intro_texts(self) -> Texts | None:
        return notice_service.load_intro(self._db) if self._db is not None else None

    def _reload_context(self, key: str) -> None:
        if self._db is not None:
            self._context = completeness.check_context(self._db, key)

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
