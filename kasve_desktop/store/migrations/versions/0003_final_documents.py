"""A sent (final) document can no longer be changed or deleted, whatever code tries.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25

Once a response letter is marked sent, its bytes are the record of what the
person received. The service refuses to touch it; these triggers make the
database refuse too. Its links may still change (the person link is removed
when the person is erased, or moved when two people are merged).
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

FROZEN_COLUMNS = ("kind", "letter_kind", "request_id", "notice_version_id", "language",
                  "filename", "mime_type", "content", "sha256", "created_at", "is_final",
                  "sent_on", "sent_channel")
MESSAGE = "a sent document cannot be changed or deleted"
TRIGGERS = {
    "document_final_no_update": (
        f"BEFORE UPDATE OF {', '.join(FROZEN_COLUMNS)} ON document WHEN old.is_final = 1"),
    "document_final_no_delete": "BEFORE DELETE ON document WHEN old.is_final = 1",
}


def upgrade() -> None:
    for name, when in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {when} BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
