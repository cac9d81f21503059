"""A request's answer-by date is counted from the rules, never stored.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25

``request.due_on`` was written at intake and never read: the date in force is
counted from the receipt date, the extension and the pause
(``domain/deadlines.py``, and in SQL ``store.queries.add_months_sql``). The
column goes, so that there is one source for the date.

The column is dropped in place (SQLite's ``ALTER TABLE … DROP COLUMN``), never
by copying the table: dropping the old ``request`` table would cascade to its
timeline and documents, and the triggers of 0003 refuse to delete a sent one.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("request", recreate="never") as batch_op:
        batch_op.drop_column("due_on")


def downgrade() -> None:
    with op.batch_alter_table("request", recreate="never") as batch_op:
        batch_op.add_column(sa.Column("due_on", sa.Date(), nullable=True))
