"""Two published versions side by side: every section listed, the changed ones highlighted.

The lines that differ are marked in each text: removed lines in the old one,
added lines in the new one.
"""

from __future__ import annotations

import difflib
import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from kasve_desktop.gui.common.widgets import mute
from kasve_desktop.gui.forms.ui_compare_dialog import Ui_CompareDialog
from kasve_desktop.i18n import _, ngettext
from kasve_desktop.services.registers.notice import SectionChange

CHANGED_ROLE = Qt.ItemDataRole.UserRole + 1
CHANGED_BACKGROUND = "#fff1c2"
REMOVED_BACKGROUND = "#fbe0e2"
ADDED_BACKGROUND = "#dcf1e1"
LINE = '<p style="margin:0; white-space:pre-wrap;{style}">{text}</p>'


def marked_lines(lines: Sequence[str], changed: set[int], colour: str) -> str:
    """``lines`` as HTML paragraphs, those at the indexes in ``changed`` on ``colour``."""
    return "".join(
        LINE.format(style=f" background-color:{colour};" if n in changed else "",
                    text=html.escape(line) or "&nbsp;")
        for n, line in enumerate(lines))


def changed_lines(old: Sequence[str], new: Sequence[str]) -> tuple[set[int], set[int]]:
    """The indexes of the lines that were removed from ``old`` and added to ``new``."""
    removed: set[int] = set()
    added: set[int] = set()
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            removed.update(range(i1, i2))
            added.update(range(j1, j2))
    return removed, added


def side_by_side(old_text: str, new_text: str) -> tuple[str, str]:
    """The old and new text as HTML, the differing lines highlighted."""
    old, new = old_text.splitlines(), new_text.splitlines()
    removed, added = changed_lines(old, new)
    return (marked_lines(old, removed, REMOVED_BACKGROUND),
            marked_lines(new, added, ADDED_BACKGROUND))


def summary_text(changes: Sequence[SectionChange]) -> str:
    changed = [c for c in changes if c.changed]
    if not changed:
        return _("No section changed: the two versions say the same.")
    text = ngettext("{count} of {total} sections changed: {numbers}.",
                    "{count} of {total} sections changed: {numbers}.", len(changed))
    return text.format(count=len(changed), total=len(changes),
                       numbers=", ".join(str(c.number) for c in changed))


class CompareDialog(QDialog):
    def __init__(self, changes: Sequence[SectionChange], old: int, new: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CompareDialog()
        self.ui.setupUi(self)
        self._changes = list(changes)
        self.ui.heading.setText(_("Version {old} and version {new}").format(old=old, new=new))
        self.ui.old_label.setText(_("Version {number}").format(number=old))
        self.ui.new_label.setText(_("Version {number}").format(number=new))
        self.ui.summary.setText(summary_text(self._changes))
        mute(self.ui.summary)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([320, 680])
        self._fill()
        self.ui.sections.currentRowChanged.connect(self._show_section)
        self.ui.only_changed.toggled.connect(self._on_only_changed)
        self.ui.buttons.rejected.connect(self.reject)
        first = next((n for n, c in enumerate(self._changes) if c.changed), 0)
        self.ui.sections.setCurrentRow(first)
        self._show_section(first)
        self.ui.sections.setFocus()

    @property
    def changes(self) -> list[SectionChange]:
        return self._changes

    def _fill(self) -> None:
        for change in self._changes:
            item = QListWidgetItem(f"{change.number}. {change.heading}")
            item.setData(CHANGED_ROLE, change.changed)
            if change.changed:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                item.setBackground(QBrush(QColor(CHANGED_BACKGROUND)))
                item.setForeground(QBrush(QColor("#1f1f1f")))
                item.setToolTip(_("Changed"))
            self.ui.sections.addItem(item)

    @Slot(int)
    def _show_section(self, row: int) -> None:
        if not 0 <= row < len(self._changes):
            self.ui.old_text.clear()
            self.ui.new_text.clear()
            return
        change = self._changes[row]
        old_html, new_html = side_by_side(change.old_text, change.new_text)
        self.ui.old_text.setHtml(old_html)
        self.ui.new_text.setHtml(new_html)

    @Slot(bool)
    def _on_only_changed(self, only: bool) -> None:
        for row, change in enumerate(self._changes):
            self.ui.sections.item(row).setHidden(only and not change.changed)
        current = self.ui.sections.currentItem()
        if current is not None and current.isHidden():
            visible = [r for r in range(len(self._changes))
                       if not self.ui.sections.item(r).isHidden()]
            self.ui.sections.setCurrentRow(visible[0] if visible else -1)
