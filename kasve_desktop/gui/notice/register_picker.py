"""Which registers a notice covers: a push button with a menu of checkable registers.

The menu stays open while registers are ticked (with the mouse or Space), so
that several can be chosen at once; "All registers" ticks every one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from kasve_desktop.i18n import _, ngettext
from kasve_desktop.services.registers.notice import RegisterChoice


class StayOpenMenu(QMenu):
    """A menu that keeps itself open when a checkable entry is toggled."""

    def _toggle_active(self) -> bool:
        action = self.activeAction()
        if action is None or not action.isEnabled() or not action.isCheckable():
            return False
        action.trigger()
        return True

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if not self._toggle_active():
            super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and self._toggle_active():
            return
        super().keyPressEvent(event)


def registers_summary(keys: Sequence[str], names: Mapping[str, str], total: int) -> str:
    """``All registers (5)``, a single register's name, or ``3 registers``."""
    if len(keys) == total and total > 1:
        return _("All registers ({count})").format(count=total)
    if len(keys) == 1:
        return names.get(keys[0], keys[0])
    return ngettext("{count} register", "{count} registers", len(keys)).format(count=len(keys))


class RegisterPicker(QObject):
    """Drives a tool button: its menu, its text, and the chosen keys."""

    changed = Signal()

    def __init__(self, button: QPushButton, parent: QWidget) -> None:
        super().__init__(parent)
        self._button = button
        self._menu = StayOpenMenu(parent)
        self._all = QAction(self)  # not the menu's: clear() deletes what it owns
        self._all.triggered.connect(self.choose_all)
        self._actions: dict[str, QAction] = {}
        self._names: dict[str, str] = {}
        button.setMenu(self._menu)
        self._rebuild()

    @property
    def names(self) -> dict[str, str]:
        return dict(self._names)

    @property
    def menu(self) -> QMenu:
        return self._menu

    def set_choices(self, choices: Sequence[RegisterChoice]) -> None:
        """Offer these registers; those chosen before stay chosen, new ones are ticked."""
        before = {key: a.isChecked() for key, a in self._actions.items()}
        self._names = {c.key: c.name for c in choices}
        for old in self._actions.values():
            old.deleteLater()
        self._actions = {}
        for choice in choices:
            action = QAction(choice.name, self)
            action.setCheckable(True)
            action.setChecked(before.get(choice.key, True))
            action.setData(choice.key)
            action.toggled.connect(self._on_toggled)
            self._actions[choice.key] = action
        self._rebuild()

    def chosen(self) -> list[str]:
        """The ticked keys, in the registers' order."""
        return [key for key, action in self._actions.items() if action.isChecked()]

    def register_keys(self) -> tuple[str, ...] | None:
        """None when every register is ticked (the notice covers them all)."""
        chosen = self.chosen()
        return None if len(chosen) == len(self._actions) else tuple(chosen)

    def set_chosen(self, keys: Sequence[str]) -> None:
        for key, action in self._actions.items():
            action.blockSignals(True)
            action.setChecked(key in keys)
            action.blockSignals(False)
        self._show()
        self.changed.emit()

    @Slot()
    def choose_all(self) -> None:
        self.set_chosen(list(self._actions))

    def show_fixed(self, keys: Sequence[str]) -> None:
        """Show ``keys`` (a published version's) on the disabled button."""
        self._button.setEnabled(False)
        self._show(keys)

    def release(self) -> None:
        self._button.setEnabled(bool(self._actions))
        self._show()

    def retranslate(self) -> None:
        self._all.setText(_("All registers"))
        self._show()

    def _rebuild(self) -> None:
        self._menu.clear()
        self._menu.addAction(self._all)
        self._menu.addSeparator()
        self._menu.addActions(list(self._actions.values()))
        self._button.setEnabled(bool(self._actions))
        self.retranslate()

    def _show(self, keys: Sequence[str] | None = None) -> None:
        shown = self.chosen() if keys is None else list(keys)
        text = (registers_summary(shown, self._names, len(self._actions)) if shown
                else _("No register chosen"))
        self._button.setText(text)
        self._button.setToolTip("\n".join(self._names.get(k, k) for k in shown))
        self._all.setEnabled(len(self.chosen()) < len(self._actions))

    @Slot(bool)
    def _on_toggled(self, _checked: bool) -> None:
        self._show()
        self.changed.emit()
