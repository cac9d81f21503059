"""Events get their organiser and the notice version in force; a consent keeps its evidence.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02

An event names who organises it and the privacy-notice version in force when people
sign up to it. A consent given at an event keeps the event, the exact wording shown
(stored, not a reference to a text that may change) and the language it was shown in;
the notice version it was given under was already kept.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite adds a column with its reference in place; alembic's batch would rebuild
    op.add_column("event", sa.Column("organiser", sa.String(200), nullable=False,
                                     server_default=""))
    op.execute("ALTER TABLE event ADD COLUMN notice_version_id INTEGER CONSTRAINT "
               "fk_event_notice_version_id_notice_version REFERENCES notice_version (id)")
    op.execute("ALTER TABLE consent ADD COLUMN event_id INTEGER CONSTRAINT "
               "fk_consent_event_id_event REFERENCES event (id)")
    op.add_column("consent", sa.Column("wording", sa.Text(), nullable=False, server_default=""))
    op.add_column("consent", sa.Column("language", sa.String(2), nullable=False,
                                       server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("consent") as batch_op:
        batch_op.drop_column("language")
        batch_op.drop_column("wording")
        batch_op.drop_column("event_id")
    with op.batch_alter_table("event") as batch_op:
        batch_op.drop_column("notice_version_id")
        batch_op.drop_column("organiser")
