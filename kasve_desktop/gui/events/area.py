"""Tapahtumat: events and trainings where people sign up."""

from __future__ import annotations

from typing import Any

from kasve_desktop.gui.common.table_area import TableArea
from kasve_desktop.gui.common.table_model import Column, ListSource
from kasve_desktop.i18n import N_, display_date, display_number, ngettext
from kasve_desktop.services import listing
from kasve_desktop.services.database import Database
from kasve_desktop.services.listing import EventRow


def dates(row: EventRow) -> str:
    if row.ends_on is None or row.ends_on == row.starts_on:
        return display_date(row.starts_on)
    return f"{display_date(row.starts_on)}–{display_date(row.ends_on)}"


class EventsArea(TableArea):
    title = N_("Events")
    icon_name = "events"
    description = N_("Events and trainings, the latest first, with the number of people "
                     "who signed up.")
    empty_text = N_("No events yet.")

    def columns(self) -> list[Column[Any]]:
        return [
            Column("name", N_("Name"), lambda r: r.name),
            Column("date", N_("Date"), dates),
            Column("location", N_("Location"), lambda r: r.location),
            Column("participants", N_("Participants"),
                   lambda r: display_number(r.participants), numeric=True),
        ]

    def source(self, db: Database) -> ListSource[EventRow]:
        return ListSource(lambda: listing.event_count(db),
                          lambda page: listing.event_page(db, page))

    def count_text(self, total: int) -> str:
        return ngettext("{count} event", "{count} events", total).format(
            count=display_number(total))
