"""0005: register items become structured; the processor yes/no becomes a role."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, text

from kasve_desktop.store import migrate
from kasve_desktop.store.connection import connect
from kasve_desktop.store.engine import open_database
from tests.conftest import PASSPHRASE, fixed_clock

EMPTY = "'{}'"
INSERT_REGISTER = text(
    "INSERT INTO register (key, controller_id, position, name, description, purposes_text,"
    " data_content_text, sources_text, disclosures_text, transfers_text, security_manual,"
    " security_electronic, security_text, retention_text, retention_months, retention_anchor,"
    " legal_hold_text, rights_text, automated_decisions, automated_text, changes_text,"
    f" created_at, updated_at) VALUES ('asiakkaat', 1, 0, '{{\"fi\": \"Asiakkaat\"}}', {EMPTY},"
    f" {EMPTY}, {EMPTY}, {EMPTY}, {EMPTY}, {EMPTY}, {EMPTY}, {EMPTY}, {EMPTY}, {EMPTY}, 6,"
    f" 'last-needed', {EMPTY}, {EMPTY}, 0, {EMPTY}, {EMPTY}, '2026-01-01 00:00:00',"
    " '2026-01-01 00:00:00')")
INSERT_ITEM = text(
    "INSERT INTO register_item (register_id, kind, position, text, legal_basis,"
    " legitimate_interest, required, consequence, is_public, name, is_processor, country,"
    f" outside_eea, safeguard) VALUES (1, 'recipient', :position, {EMPTY}, NULL, {EMPTY}, NULL,"
    f" {EMPTY}, NULL, :name, :processor, :country, :outside, {EMPTY})")
RECIPIENTS = (  # name, is_processor, country, outside_eea
    ("Google Analytics", 1, "US", 1), ("Posti Oy", 0, "FI", 0), ("Pilvi", None, "", 1),
    ("Sekava", 1, "FI", 1))


def _database_at_0004(path: Path) -> None:
    engine = create_engine("sqlite://", creator=lambda: connect(path, PASSPHRASE))
    with engine.begin() as connection:
        from alembic.command import upgrade

        upgrade(migrate.alembic_config(connection), "0004")
        connection.execute(text(
            "INSERT INTO controller (name, business_id, street, postal_code, locality,"
            " country, email, phone, website, shares_customer_contacts, created_at,"
            " updated_at) VALUES ('Kasve Oy', '', '', '', '', 'FI', '', '', '', 0,"
            " '2026-01-01 00:00:00', '2026-01-01 00:00:00')"))
        connection.execute(INSERT_REGISTER)
        for position, (name, processor, country, outside) in enumerate(RECIPIENTS):
            connection.execute(INSERT_ITEM, {"position": position, "name": name,
                                             "processor": processor, "country": country,
                                             "outside": outside})
    engine.dispose()


def test_roles_from_the_processor_flag_and_transfers_kept_as_countries(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _database_at_0004(path)
    open_database(path, PASSPHRASE, clock=fixed_clock()).close()
    connection = connect(path, PASSPHRASE)
    rows = connection.execute("SELECT name, role, country, transfer_mechanism, category"
                              " FROM register_item ORDER BY position").fetchall()
    columns = {row[1] for row in connection.execute("PRAGMA table_info(register_item)")}
    versions = {row[1] for row in connection.execute("PRAGMA table_info(notice_version)")}
    connection.close()
    assert rows == [("Google Analytics", "processor", "US", "", ""),
                    ("Posti Oy", "controller", "FI", "", ""),
                    ("Pilvi", "", "ZZ", "", ""),  # outside, country unknown: asked for
                    ("Sekava", "processor", "ZZ", "", "")]
    assert "is_processor" not in columns and "outside_eea" not in columns
    assert "override_reason" in versions
