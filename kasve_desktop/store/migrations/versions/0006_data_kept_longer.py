"""Data kept longer than their entry, and sent letters that expire with their request.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02

A data category may have a retention rule of its own, longer than its register's
(billing data under the Accounting Act). When the register's rule has run out,
the entry keeps only those data, until the latest of their dates
(``register_entry.kept_until``); then it is due like any other.

The record of a handled request, sent letters included, is kept three years
after the reply and then erased. A sent letter stays undeletable (migration
0003) except by that erasure, which names each letter it deletes in
``document_expiry`` in the same transaction.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

MESSAGE = "a sent document cannot be changed or deleted"
GUARDED = "CREATE TRIGGER document_final_no_delete BEFORE DELETE ON document WHEN old.is_final = 1"
EXPIRED = "AND NOT EXISTS (SELECT 1 FROM document_expiry WHERE document_id = old.id)"
REFUSE = f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"


def upgrade() -> None:
    with op.batch_alter_table("register_entry", recreate="never") as batch_op:
        batch_op.add_column(sa.Column("kept_until", sa.Date(), nullable=True))
    op.create_table("document_expiry",
                    sa.Column("document_id", sa.Integer(), primary_key=True))
    op.execute("DROP TRIGGER document_final_no_delete")
    op.execute(f"{GUARDED} {EXPIRED} {REFUSE}")


def downgrade() -> None:
    op.execute("DROP TRIGGER document_final_no_delete")
    op.execute(f"{GUARDED} {REFUSE}")
    op.drop_table("document_expiry")
    with op.batch_alter_table("register_entry", recreate="never") as batch_op:
        batch_op.drop_column("kept_until")
