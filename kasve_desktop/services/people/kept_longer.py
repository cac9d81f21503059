"""Data an entry keeps after its register's rule has run out, by a rule of their own.

A register's data category may have its own retention rule (``RegisterItem`` of kind
data category with ``retention_months``), e.g. billing data kept under the
Accounting Act. When the register's rule runs out, or the person asks for erasure,
the entry keeps only those data until the latest of their dates
(``RegisterEntry.kept_until``), and everything else of it goes: its other details,
its note, the consents and event sign-ups of its register (``domain.retention.outliving``).
"""

from __future__ import annotations

import datetime as dt

from kasve_desktop.domain.notice_vocabulary import DataCategory
from kasve_desktop.domain.retention import Outliving, RetentionAnchor, RetentionRule, outliving
from kasve_desktop.domain.vocabulary import RegisterItemKind
from kasve_desktop.store.models import Register, RegisterEntry

_CODES = {c.value for c in DataCategory}


def category_rules(register: Register) -> dict[DataCategory, RetentionRule]:
    """The register's data categories that have a rule of their own; an item without its
    own anchor counts from the register's."""
    return {DataCategory(item.category): RetentionRule(item.retention_months, RetentionAnchor(
                item.retention_anchor or register.retention_anchor or RetentionAnchor.LAST_NEEDED))
            for item in register.items
            if item.kind == RegisterItemKind.DATA_CATEGORY and item.category in _CODES
            and item.retention_months}


def kept_longer(entry: RegisterEntry, today: dt.date) -> Outliving | None:
    """What of ``entry`` its data's own rules keep past ``today`` (None: nothing)."""
    return outliving(entry.details or {}, category_rules(entry.register), entry.collected_on,
                     entry.last_needed_on, today)


def keep_only(entry: RegisterEntry, kept: Outliving) -> None:
    """Leave in the entry only the data kept longer, until their date."""
    entry.details = dict(kept.details)
    entry.note = ""
    entry.kept_until = kept.until
