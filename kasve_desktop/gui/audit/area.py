"""Loki: the audit log, the newest first — who changed what, never the values."""

from __future__ import annotations

from typing import Any

from kasve_desktop.clock import local_time
from kasve_desktop.domain.vocabulary import AUDIT_ACTION_LABELS
from kasve_desktop.gui.common.table_area import TableArea
from kasve_desktop.gui.common.table_model import Column, ListSource
from kasve_desktop.gui.common.widgets import translated
from kasve_desktop.i18n import N_, display_datetime, display_number, ngettext
from kasve_desktop.services import listing
from kasve_desktop.services.database import Database
from kasve_desktop.services.listing import RECORD_TYPE_LABELS, AuditRow


class AuditLogArea(TableArea):
    title = N_("Audit log")
    icon_name = "audit-log"
    description = N_("Every change to the data: when, by which user account, to which "
                     "record and which fields. The values themselves are never logged.")
    empty_text = N_("The log is empty.")

    def columns(self) -> list[Column[Any]]:
        return [
            Column("time", N_("Time"), lambda r: display_datetime(local_time(r.at))),
            Column("user", N_("User"), lambda r: r.os_user),
            Column("action", N_("Action"), lambda r: translated(AUDIT_ACTION_LABELS, r.action)),
            Column("record_type", N_("Record type"),
                   lambda r: translated(RECORD_TYPE_LABELS, r.record_type)),
            Column("record", N_("Record"), lambda r: r.record_id, numeric=True),
            Column("fields", N_("Changed fields"), lambda r: ", ".join(r.fields),
                   tooltip=lambda r: "\n".join(r.fields)),
        ]

    def source(self, db: Database) -> ListSource[AuditRow]:
        return ListSource(lambda: listing.audit_count(db),
                          lambda page: listing.audit_page(db, page))

    def count_text(self, total: int) -> str:
        return ngettext("{count} entry", "{count} entries", total).format(
            count=display_number(total))
