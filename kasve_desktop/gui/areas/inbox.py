"""Pyynnöt: the request inbox, open requests first, the most urgent at the top."""

from __future__ import annotations

from typing import Any

from kasve_desktop.domain.vocabulary import (
    CHANNEL_LABELS,
    REQUEST_STATUS_LABELS,
    REQUEST_TYPE_LABELS,
)
from kasve_desktop.gui.areas.table_area import TableArea, translated
from kasve_desktop.gui.table_model import Column, Emphasis, ListSource
from kasve_desktop.i18n import N_, display_date, display_number, ngettext
from kasve_desktop.services import listing
from kasve_desktop.services.database import Database
from kasve_desktop.services.listing import RequestRow


def urgency(row: RequestRow) -> Emphasis | None:
    if not row.is_open:
        return Emphasis.MUTED
    if row.days_left is not None and row.days_left < 0:
        return Emphasis.ALERT
    return Emphasis.WARNING if row.past_target else None


def days_left(row: RequestRow) -> str:
    return "" if row.days_left is None else display_number(row.days_left)


class InboxArea(TableArea):
    title = N_("Requests")
    icon_name = "requests"
    description = N_("Data-subject requests. Open requests come first, the most urgent at "
                     "the top; the answer-by date includes any extension or pause.")
    empty_text = N_("No requests yet. Every request that arrives by post, e-mail, phone "
                    "or in person is recorded here.")

    def columns(self) -> list[Column[Any]]:
        return [
            Column("reference", N_("Reference"), lambda r: r.reference),
            Column("type", N_("Type"), lambda r: translated(REQUEST_TYPE_LABELS, r.type)),
            Column("requester", N_("Requester"), lambda r: r.requester),
            Column("channel", N_("Channel"),
                   lambda r: translated(CHANNEL_LABELS, r.channel)),
            Column("received", N_("Received on"), lambda r: display_date(r.received_on)),
            Column("due", N_("Answer by"), lambda r: display_date(r.due_on), emphasis=urgency),
            Column("days_left", N_("Days left"), days_left, numeric=True, emphasis=urgency),
            Column("status", N_("Status"),
                   lambda r: translated(REQUEST_STATUS_LABELS, r.status)),
        ]

    def source(self, db: Database) -> ListSource[RequestRow]:
        return ListSource(lambda: listing.request_count(db),
                          lambda page: listing.request_page(db, page, self._today()))

    def count_text(self, total: int) -> str:
        return ngettext("{count} request", "{count} requests", total).format(
            count=display_number(total))
