"""One request in full through the services: its attachments and its internal target."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from kasve_desktop.services.requests import steps
from kasve_desktop.services.requests.detail import add_attachments, attachment_content, load_request
from kasve_desktop.services.requests.intake import NewAttachment, create_request, inbox_rows
from kasve_desktop.services.requests.reminders import set_target_margin
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Document, RequestEvent
from tests.services.requests.test_intake import TODAY, postal

D = dt.date


def test_attachments_are_kept_inside_the_database(db: Database) -> None:
    scan = NewAttachment("kirje.pdf", "application/pdf", b"%PDF-1.4 scanned letter")
    request_id = create_request(db, postal(), TODAY, (scan,))
    detail = steps.add_note(db, request_id, TODAY, "x", TODAY)
    detail = add_attachments(
        db, request_id, (NewAttachment("kuva.png", "image/png", b"\x89PNG..."),), TODAY)
    assert [(a.filename, a.size) for a in detail.attachments] == [
        ("kirje.pdf", len(scan.content)), ("kuva.png", 7)]
    assert attachment_content(db, detail.attachments[0].id) == scan
    with db.sessions() as session:
        assert session.scalar(select(Document.kind).limit(1)) == "attachment"
        assert session.scalars(select(RequestEvent.note).where(
            RequestEvent.kind == "document")).all() == ["kuva.png"]


def test_internal_target_follows_the_margin_setting(db: Database) -> None:
    request_id = create_request(db, postal(), TODAY)
    assert load_request(db, request_id, TODAY).target_on == D(2026, 12, 17)
    set_target_margin(db, 2)  # 28.12. back over Christmas: 23.12., 22.12.
    assert load_request(db, request_id, TODAY).target_on == D(2026, 12, 22)
    row = inbox_rows(db, D(2026, 12, 23))[0]
    assert row.past_target
