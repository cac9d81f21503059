"""The audit chain's end: what its check found, in words (for the command line and the
window), and the chain compared with the head of a backup."""

from __future__ import annotations

from pathlib import Path

from kasve_desktop.i18n import _, ngettext
from kasve_desktop.store.audit import ChainCheck, verify_chain
from kasve_desktop.store.backup import inspect_backup
from kasve_desktop.store.engine import Database

__all__ = ["ChainCheck", "against_backup", "chain_problem"]


def chain_problem(check: ChainCheck) -> str | None:
    """What is wrong with the end of the chain against its anchor (None: nothing)."""
    anchor = check.anchor
    if anchor is None or check.ends_in_anchor:
        return None
    if check.diverged_id is not None:
        return _("The chain does not end in its known head: entry {id} has been changed, "
                 "or the chain has been rebuilt.").format(id=check.diverged_id)
    if check.last_id is None:
        return ngettext(
            "The log lacks {missing} entry: it is empty, but it is known to have reached "
            "entry {id} ({count} entries).",
            "The log lacks {missing} entries: it is empty, but it is known to have reached "
            "entry {id} ({count} entries).", check.missing,
        ).format(missing=check.missing, id=anchor.id, count=anchor.count)
    return ngettext(
        "The log lacks {missing} entry: the chain ends at entry {last}, but it is known to "
        "have reached entry {id} ({count} entries).",
        "The log lacks {missing} entries: the chain ends at entry {last}, but it is known to "
        "have reached entry {id} ({count} entries).", check.missing,
    ).format(missing=check.missing, last=check.last_id, id=anchor.id, count=anchor.count)


def against_backup(db: Database, backup: Path) -> ChainCheck:
    """``db``'s chain checked against the head of a backup of it (its last entry): a copy
    kept elsewhere holds a head that neither the database nor this computer's settings
    can rewrite. ``BackupUnusable`` when the backup does not open with the passphrase."""
    head = inspect_backup(Path(backup), db.key.value()).audit_head
    with db.sessions() as session:
        return verify_chain(session, head)
