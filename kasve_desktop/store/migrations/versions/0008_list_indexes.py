"""Indexes for the lists at a hundred thousand people and a million entries.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02

The people list's orders (last name, first name; organisation; municipality) are
case-folded with empty values apart (``store.queries.text_key``); indexed on those
very expressions, its first page is read from the index instead of sorting every
person. The entries due for deletion are found, register by register, from the
anchor date of that register's rule or from the date an entry is kept until
(``store.queries._due_candidates``), instead of computing every entry's date.
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_person_name_order": "person (lower(nullif(last_name, '')), "
                            "lower(nullif(first_name, '')), id)",
    "ix_person_organisation_order": "person (lower(nullif(organisation, '')), id)",
    "ix_person_municipality_order": "person (lower(nullif(municipality, '')), id)",
    "ix_register_entry_collected": "register_entry (register_id, collected_on)",
    "ix_register_entry_last_needed": "register_entry (register_id, last_needed_on)",
    "ix_register_entry_kept_until": "register_entry (kept_until)",
}


def upgrade() -> None:
    for name, definition in INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON {definition}")


def downgrade() -> None:
    for name in INDEXES:
        op.execute(f"DROP INDEX {name}")
