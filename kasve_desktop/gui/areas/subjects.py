"""Henkilöt: the data subjects."""

from __future__ import annotations

from typing import Any

from kasve_desktop.gui.areas.table_area import TableArea
from kasve_desktop.gui.table_model import Column, ListSource
from kasve_desktop.i18n import N_, display_number, ngettext
from kasve_desktop.services import listing
from kasve_desktop.services.database import Database
from kasve_desktop.services.listing import PersonRow


def phones(row: PersonRow) -> str:
    return ", ".join(listing.display_phone(number) for number in row.phones)


class SubjectsArea(TableArea):
    title = N_("People")
    icon_name = "people"
    description = N_("The people whose data is kept, with their contact details and the "
                     "registers they are in.")
    empty_text = N_("No people yet.")

    def columns(self) -> list[Column[Any]]:
        return [
            Column("name", N_("Name"), lambda r: r.name),
            Column("emails", N_("E-mail addresses"), lambda r: ", ".join(r.emails),
                   tooltip=lambda r: "\n".join(r.emails)),
            Column("phones", N_("Phone numbers"), phones),
            Column("organisation", N_("Organisation"), lambda r: r.organisation),
            Column("municipality", N_("Municipality"), lambda r: r.municipality),
            Column("registers", N_("Registers"), lambda r: ", ".join(r.register_keys)),
        ]

    def source(self, db: Database) -> ListSource[PersonRow]:
        return ListSource(lambda: listing.person_count(db),
                          lambda page: listing.person_page(db, page))

    def count_text(self, total: int) -> str:
        return ngettext("{count} person", "{count} people", total).format(
            count=display_number(total))
