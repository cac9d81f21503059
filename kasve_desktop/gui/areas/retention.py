"""Säilytys: when each register entry is due for deletion, the earliest first."""

from __future__ import annotations

from typing import Any

from kasve_desktop.gui.areas.table_area import TableArea
from kasve_desktop.gui.table_model import Column, Emphasis, ListSource
from kasve_desktop.i18n import N_, _, display_date, display_number, ngettext
from kasve_desktop.services import listing
from kasve_desktop.services.database import Database
from kasve_desktop.services.listing import RetentionRow

NO_DATE = "—"


def state(row: RetentionRow) -> str:
    if row.legal_hold:
        return _("Legal hold")
    return _("Due for deletion") if row.is_due else ""


def emphasis(row: RetentionRow) -> Emphasis | None:
    if row.legal_hold:
        return Emphasis.MUTED
    return Emphasis.ALERT if row.is_due else None


def due(row: RetentionRow) -> str:
    return display_date(row.due_on) if row.due_on is not None else NO_DATE


def due_tooltip(row: RetentionRow) -> str:
    if row.due_on is not None:
        return ""
    return _("The register has no retention period, or the date it counts from is "
             "not recorded.")


class RetentionArea(TableArea):
    title = N_("Retention")
    icon_name = "retention"
    description = N_("When each person's data in each register is due for deletion under "
                     "the register's retention period, the earliest first.")
    empty_text = N_("Nobody is in any register yet.")

    def columns(self) -> list[Column[Any]]:
        return [
            Column("due", N_("Delete by"), due, tooltip=due_tooltip, emphasis=emphasis),
            Column("state", N_("State"), state, emphasis=emphasis),
            Column("person", N_("Person"), lambda r: r.person),
            Column("register", N_("Register"), lambda r: listing.localized(r.register_names)),
            Column("collected", N_("Collected on"), lambda r: display_date(r.collected_on)),
            Column("last_needed", N_("Last needed on"),
                   lambda r: display_date(r.last_needed_on)),
        ]

    def source(self, db: Database) -> ListSource[RetentionRow]:
        return ListSource(lambda: listing.retention_count(db),
                          lambda page: listing.retention_page(db, page, self._today()))

    def count_text(self, total: int) -> str:
        return ngettext("{count} register entry", "{count} register entries", total).format(
            count=display_number(total))
