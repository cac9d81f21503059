"""The areas of the main window, one module each, in navigation order.

The window makes each area with ``today`` and itself (``AreaFactory``); the breach
register counts hours as well, so ``factories(now)`` hands it the clock's ``now``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import Protocol

from PySide6.QtWidgets import QWidget

from kasve_desktop.gui.audit.area import AuditLogArea
from kasve_desktop.gui.breaches.area import BreachesArea
from kasve_desktop.gui.events.area import EventsArea
from kasve_desktop.gui.inbox.area import InboxArea
from kasve_desktop.gui.notice.area import NoticeArea
from kasve_desktop.gui.people.area import SubjectsArea
from kasve_desktop.gui.registers.area import RegistersArea
from kasve_desktop.gui.retention.area import RetentionArea
from kasve_desktop.gui.settings.area import SettingsArea
from kasve_desktop.services.database import Database


class Area(Protocol):
    """What the main window needs of an area."""

    title: str
    icon_name: str

    def set_database(self, db: Database | None) -> None: ...

    def retranslate(self) -> None: ...


AreaFactory = Callable[[Callable[[], dt.date], QWidget | None], QWidget]

AREAS: tuple[type[QWidget], ...] = (InboxArea, RegistersArea, NoticeArea, SubjectsArea,
                                    EventsArea, RetentionArea, BreachesArea, AuditLogArea,
                                    SettingsArea)
"""The areas in navigation order (Ctrl+1 … Ctrl+9)."""


def factories(now: Callable[[], dt.datetime]) -> list[AreaFactory]:
    """How the window makes each area of ``AREAS``: the breach register also gets ``now``."""
    return [partial(BreachesArea, now=now) if kind is BreachesArea else kind
            for kind in AREAS]
