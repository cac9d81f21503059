"""The breach register, the record of processing activities' versions, and when a
processor's agreement is next reviewed.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02

Every personal-data breach is documented (GDPR Art. 33(5)): ``breach`` with the
persons known to be concerned (``breach_person``) and the information given to the
authority in phases (``breach_addition``, Art. 33(4)). ``record_version`` keeps each
version of the record of processing activities (Art. 30) frozen with its date. A
recipient that processes data on the controller's behalf gets the date its agreement
is next due for review (``register_item.review_on``).
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def _text(name: str) -> sa.Column[str]:
    return sa.Column(name, sa.Text(), nullable=False, server_default="")


def upgrade() -> None:
    op.add_column("register_item", sa.Column("review_on", sa.Date(), nullable=True))
    op.create_table(
        "breach",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("reference", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("happened_at", sa.DateTime(), nullable=True),
        _text("happened_note"),
        sa.Column("discovered_at", sa.DateTime(), nullable=False),
        _text("description"),
        _text("person_categories"),
        sa.Column("persons_count", sa.Integer(), nullable=True),
        _text("data_categories"),
        sa.Column("records_count", sa.Integer(), nullable=True),
        sa.Column("register_keys", sa.JSON(), nullable=False),
        _text("consequences"),
        _text("measures_taken"),
        _text("measures_proposed"),
        sa.Column("risk", sa.String(length=10), nullable=False),
        _text("risk_reasons"),
        sa.Column("decided_by", sa.String(length=200), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("authority_notified_at", sa.DateTime(), nullable=True),
        sa.Column("authority_reference", sa.String(length=100), nullable=False),
        _text("delay_reasons"),
        _text("persons_message"),
        sa.Column("persons_notified_at", sa.DateTime(), nullable=True),
        _text("persons_not_told_reason"),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        _text("note"),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_breach")),
        sa.UniqueConstraint("uid", name=op.f("uq_breach_uid")),
        sa.UniqueConstraint("reference", name=op.f("uq_breach_reference")),
    )
    op.create_index("ix_breach_discovered_at", "breach", ["discovered_at"])
    op.create_table(
        "breach_person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("breach_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("told_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["breach_id"], ["breach.id"], ondelete="CASCADE",
                                name=op.f("fk_breach_person_breach_id_breach")),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE",
                                name=op.f("fk_breach_person_person_id_person")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_breach_person")),
        sa.UniqueConstraint("breach_id", "person_id", name=op.f("uq_breach_person_breach_id")),
    )
    op.create_index("ix_breach_person_breach_id", "breach_person", ["breach_id"])
    op.create_index("ix_breach_person_person_id", "breach_person", ["person_id"])
    op.create_table(
        "breach_addition",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("breach_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["breach_id"], ["breach.id"], ondelete="CASCADE",
                                name=op.f("fk_breach_addition_breach_id_breach")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_breach_addition")),
    )
    op.create_index("ix_breach_addition_breach_id", "breach_addition", ["breach_id"])
    op.create_table(
        "record_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("effective_date", sa.Date(), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=False),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_version")),
        sa.UniqueConstraint("number", name=op.f("uq_record_version_number")),
    )


def downgrade() -> None:
    op.drop_table("record_version")
    op.drop_table("breach_addition")
    op.drop_table("breach_person")
    op.drop_table("breach")
    with op.batch_alter_table("register_item") as batch_op:
        batch_op.drop_column("review_on")
