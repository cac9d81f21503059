"""The areas of the main window, one module each, in navigation order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Protocol

from PySide6.QtWidgets import QWidget

from kasve_desktop.gui.audit.area import AuditLogArea
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

AREAS: tuple[AreaFactory, ...] = (InboxArea, RegistersArea, NoticeArea, SubjectsArea,
                                  EventsArea, RetentionArea, AuditLogArea, SettingsArea)
