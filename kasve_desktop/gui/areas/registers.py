"""Rekisterit: the personal-data registers."""

from __future__ import annotations

from typing import Any

from kasve_desktop.gui.areas.table_area import TableArea
from kasve_desktop.gui.table_model import Column, ListSource
from kasve_desktop.i18n import N_, display_number, ngettext
from kasve_desktop.services import listing
from kasve_desktop.services.database import Database
from kasve_desktop.services.listing import RegisterRow


class RegistersArea(TableArea):
    title = N_("Registers")
    icon_name = "registers"
    description = N_("The registers of personal data that the privacy notice describes, "
                     "with how many people each holds and how long the data is kept.")
    empty_text = N_("No registers yet.")

    def columns(self) -> list[Column[Any]]:
        return [
            Column("key", N_("Key"), lambda r: r.key),
            Column("name", N_("Name"), lambda r: listing.localized(r.names)),
            Column("purposes", N_("Purposes"), lambda r: display_number(r.purposes),
                   numeric=True),
            Column("entries", N_("Entries"), lambda r: display_number(r.entries),
                   numeric=True),
            Column("retention", N_("Retention period"),
                   lambda r: listing.retention_label(r.retention_months, r.retention_anchor)),
        ]

    def source(self, db: Database) -> ListSource[RegisterRow]:
        return ListSource(lambda: listing.register_count(db),
                          lambda page: listing.register_page(db, page))

    def count_text(self, total: int) -> str:
        return ngettext("{count} register", "{count} registers", total).format(
            count=display_number(total))
