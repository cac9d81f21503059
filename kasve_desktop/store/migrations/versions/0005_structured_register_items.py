"""Register items become structured facts; a published version keeps its override reason.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02

A purpose, data category, source or recipient gets a code from the notice's
vocabulary (``category``), so that its name prints in every language without a
translation. A recipient gets its role (processor, separate controller,
authority) in place of the processor yes/no, the date of its data-processing
agreement and the mechanism of a transfer outside the EU/EEA. Whether a
recipient is outside the EU/EEA is read from its country from now on, so the
stored yes/no goes; a recipient marked
outside the EU/EEA without a country outside it gets the unknown-country code
``ZZ``, so that the check asks for the country instead of losing the transfer.
A data category may have its own retention rule.

Publishing while the completeness check shows gaps asks for a reason; the
version keeps it (``override_reason``).
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

EEA = ("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
       "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
       "IS", "LI", "NO")


def upgrade() -> None:
    with op.batch_alter_table("register_item", recreate="never") as batch_op:
        batch_op.add_column(sa.Column("category", sa.String(40), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column("role", sa.String(20), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column("agreement_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("transfer_mechanism", sa.String(20), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column("retention_months", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("retention_anchor", sa.String(20), nullable=False,
                                      server_default=""))
    eea = ", ".join(f"'{code}'" for code in EEA)
    op.execute("UPDATE register_item SET role = CASE is_processor WHEN 1 THEN 'processor' "
               "WHEN 0 THEN 'controller' ELSE '' END")
    op.execute("UPDATE register_item SET country = 'ZZ' WHERE outside_eea = 1 AND "
               f"(country IS NULL OR country = '' OR upper(country) IN ({eea}))")
    with op.batch_alter_table("register_item", recreate="never") as batch_op:
        batch_op.drop_column("is_processor")
        batch_op.drop_column("outside_eea")
    with op.batch_alter_table("notice_version", recreate="never") as batch_op:
        batch_op.add_column(sa.Column("override_reason", sa.Text(), nullable=False,
                                      server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("notice_version", recreate="never") as batch_op:
        batch_op.drop_column("override_reason")
    with op.batch_alter_table("register_item", recreate="never") as batch_op:
        batch_op.add_column(sa.Column("is_processor", sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column("outside_eea", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    eea = ", ".join(f"'{code}'" for code in EEA)
    op.execute("UPDATE register_item SET is_processor = CASE role WHEN 'processor' THEN 1 "
               "WHEN '' THEN NULL ELSE 0 END")
    op.execute("UPDATE register_item SET outside_eea = 1 WHERE country != '' AND "
               f"upper(country) NOT IN ({eea})")
    with op.batch_alter_table("register_item", recreate="never") as batch_op:
        for name in ("retention_anchor", "retention_months", "transfer_mechanism",
                     "agreement_date", "role", "category"):
            batch_op.drop_column(name)
