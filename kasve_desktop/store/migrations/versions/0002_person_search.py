"""Full-text search over people, kept in step by triggers.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

One FTS5 row per person (rowid = person.id) with their names, e-mails,
phones (E.164 digits and the Finnish national form, so that "+358 40 765 4321",
"040-7654321" and "0407654321" find each other), organisation, places and
numbers. ``unicode61 remove_diacritics 2`` makes "aanekoski" find "Äänekoski".
Triggers on person, person_email and person_phone rebuild a person's row on
every change, so no writer can forget the index.
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

INSERT_ROWS = """
    INSERT INTO person_fts (rowid, names, emails, phones, organisation, places, numbers)
    SELECT p.id,
           p.first_name || ' ' || p.last_name,
           coalesce((SELECT group_concat(address, ' ') FROM person_email
                     WHERE person_id = p.id), ''),
           coalesce((SELECT group_concat(
                        substr(number, 2)
                        || CASE WHEN number LIKE '+358%' THEN ' 0' || substr(number, 5)
                           ELSE '' END, ' ')
                     FROM person_phone WHERE person_id = p.id), ''),
           p.organisation || ' ' || p.role,
           p.municipality || ' ' || p.locality || ' ' || p.postal_code || ' ' || p.street,
           p.customer_number || ' ' || p.business_id || ' '
               || replace(p.business_id, '-', '')
    FROM person AS p
"""
REFRESH = ("DELETE FROM person_fts WHERE rowid = {id}; "
           + INSERT_ROWS + " WHERE p.id = {id};")

TRIGGERS = {
    "person_fts_person_insert": ("AFTER INSERT ON person", REFRESH.format(id="new.id")),
    "person_fts_person_update": ("AFTER UPDATE ON person", REFRESH.format(id="new.id")),
    "person_fts_person_delete": ("AFTER DELETE ON person",
                                 "DELETE FROM person_fts WHERE rowid = old.id;"),
}
for child in ("person_email", "person_phone"):
    TRIGGERS[f"person_fts_{child}_insert"] = (f"AFTER INSERT ON {child}",
                                              REFRESH.format(id="new.person_id"))
    TRIGGERS[f"person_fts_{child}_update"] = (
        f"AFTER UPDATE ON {child}",
        REFRESH.format(id="old.person_id") + REFRESH.format(id="new.person_id"))
    TRIGGERS[f"person_fts_{child}_delete"] = (f"AFTER DELETE ON {child}",
                                              REFRESH.format(id="old.person_id"))


def upgrade() -> None:
    op.execute("CREATE VIRTUAL TABLE person_fts USING fts5("
               "names, emails, phones, organisation, places, numbers, "
               "tokenize = 'unicode61 remove_diacritics 2')")
    for name, (when, body) in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {when} BEGIN {body} END")
    op.execute(INSERT_ROWS)  # the people already in the database


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS person_fts")
