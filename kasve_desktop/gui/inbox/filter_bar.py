"""The bar above the inbox list: search box, scope, type and status filters, New request.

Typing in the search box filters after a short pause (so that typing stays
fluid); the combo boxes filter at once. ``changed`` says that ``current()``
has changed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QComboBox, QWidget

from kasve_desktop.domain.vocabulary import REQUEST_STATUS_LABELS, REQUEST_TYPE_LABELS
from kasve_desktop.gui.forms.ui_inbox_toolbar import Ui_InboxToolbar
from kasve_desktop.i18n import N_, _
from kasve_desktop.services.listing import RequestFilter, Scope, label_order

E = TypeVar("E", bound=StrEnum)

SEARCH_DELAY_MS = 150
SCOPE_LABELS: dict[Scope, str] = {
    Scope.OPEN: N_("Open requests"),
    Scope.OVERDUE: N_("Overdue"),
    Scope.WEEK: N_("Due this week (7 days)"),
    Scope.ALL: N_("All requests"),
}


def _fill(combo: QComboBox, choices: Sequence[tuple[str | None, str]]) -> None:
    """Refill ``combo`` with (value, label) pairs, keeping the chosen value."""
    kept = combo.currentData()
    combo.blockSignals(True)
    try:
        combo.clear()
        for value, label in choices:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(0, combo.findData(kept)))
    finally:
        combo.blockSignals(False)


def _labelled(labels: Mapping[E, str], anyone: str) -> list[tuple[str | None, str]]:
    """The choice of any value first, then the values sorted by their translated labels."""
    by_value = {key.value: label for key, label in labels.items()}
    choices: list[tuple[str | None, str]] = [(None, anyone)]
    return choices + [(value, _(by_value[value])) for value in label_order(labels)]


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_InboxToolbar()
        self.ui.setupUi(self)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self._text = ""
        self.retranslate()
        self.ui.search.textChanged.connect(self._on_typed)
        self.search_timer.timeout.connect(self.run_search)
        for combo in (self.ui.scope, self.ui.type_filter, self.ui.status_filter):
            combo.currentIndexChanged.connect(self._on_combo)

    def current(self) -> RequestFilter:
        ui = self.ui
        return RequestFilter(scope=str(ui.scope.currentData() or Scope.OPEN.value),
                             type=ui.type_filter.currentData(),
                             status=ui.status_filter.currentData(), text=self._text)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        _fill(self.ui.scope, [(s.value, _(label)) for s, label in SCOPE_LABELS.items()])
        _fill(self.ui.type_filter, _labelled(REQUEST_TYPE_LABELS, _("All types")))
        _fill(self.ui.status_filter, _labelled(REQUEST_STATUS_LABELS, _("All statuses")))

    def clear_search(self) -> None:
        """An empty search box, without a ``changed`` (the database is being locked)."""
        self.search_timer.stop()
        self.ui.search.blockSignals(True)
        self.ui.search.setText("")
        self.ui.search.blockSignals(False)
        self._text = ""

    def focus_search(self) -> None:
        self.ui.search.setFocus()
        self.ui.search.selectAll()

    @Slot(str)
    def _on_typed(self, _text: str) -> None:
        self.search_timer.start()

    @Slot()
    def run_search(self) -> None:
        """Filter by the search box now (the timer calls this)."""
        self.search_timer.stop()
        text = " ".join(self.ui.search.text().split())
        if text != self._text:
            self._text = text
            self.changed.emit()

    @Slot()
    def _on_combo(self) -> None:
        self.changed.emit()
