"""Reading saved e-mails (.eml) into request drafts: whatever the bytes, never a crash."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kasve_desktop.domain import validation as check
from kasve_desktop.domain.validation import TEXT_LIMIT, ValidationFailed
from kasve_desktop.i18n import _
from kasve_desktop.services.requests import intake as requests
from kasve_desktop.services.requests import mail
from kasve_desktop.services.requests.detail import attachment_content, load_request
from kasve_desktop.services.requests.mail import MailUnreadable, read_eml
from kasve_desktop.store.engine import Database

DATA = Path(__file__).resolve().parents[2] / "data"
TODAY = dt.date(2026, 11, 25)
HELSINKI = dt.timezone(dt.timedelta(hours=2))


def eml(name: str) -> bytes:
    return (DATA / name).read_bytes()


def test_a_plain_message_fills_the_draft_and_keeps_the_original() -> None:
    content = eml("mail_plain.eml")
    draft, attachments = read_eml(content, TODAY, filename="mail_plain.eml")
    assert draft.channel == "email"
    assert draft.requester_name == "Maija Meikäläinen"
    assert draft.requester_email == "maija.meikalainen@example.fi"
    assert draft.received_on == dt.date(2026, 11, 24)
    assert draft.language == "fi"
    assert draft.description.startswith("Tarkastuspyyntö\n\nHei,\n\npyydän saada tietää")
    assert [(a.filename, a.mime_type, a.content) for a in attachments] == [
        ("mail_plain.eml", "message/rfc822", content)]


def test_a_multipart_message_brings_its_pdf_and_image_only() -> None:
    draft, attachments = read_eml(eml("mail_with_pdf.eml"), TODAY)
    assert draft.requester_name == "Ville Virtanen"  # "Virtanen, Ville" turned round
    assert draft.language == "sv"
    assert "jag begär att mina uppgifter raderas" in draft.description
    original, pdf, image = attachments
    assert original.filename == "Begäran om radering.eml"
    assert (pdf.filename, pdf.mime_type) == ("hakemus.pdf", "application/pdf")
    assert pdf.content.startswith(b"%PDF-1.4")
    assert (image.filename, image.mime_type) == ("kuva.png", "image/png")  # no folders


def test_encoded_words_and_reply_to() -> None:
    draft, _attachments = read_eml(eml("mail_encoded_sender.eml"), TODAY)
    assert draft.requester_name == "Matti Mäkinen"
    assert draft.requester_email == "vastaus@example.fi"  # Reply-To before From
    assert draft.description.startswith("Tietojen poisto: älä ota yhteyttä\n\n")
    assert draft.language == "en"


def test_a_latin_1_body_is_read() -> None:
    draft, _attachments = read_eml(eml("mail_latin1.eml"), TODAY)
    assert draft.description == ("Markkinointikielto\n\nEn halua enää markkinointiviestejä. "
                                 "Kiitos!\nLiisa Äärelä")


def test_undeclared_latin_1_is_guessed() -> None:
    content = ("From: a@example.fi\nSubject: x\n\nHyvää päivää\n").encode("latin-1")
    draft, _attachments = read_eml(content, TODAY)
    assert draft.description == "x\n\nHyvää päivää"


def test_an_html_only_message_becomes_text() -> None:
    draft, _attachments = read_eml(eml("mail_html_only.eml"), TODAY)
    assert draft.description == ("Request for my data\n\nDear Sir or Madam,\n\nI would like a "
                                 "copy of my data & its sources.\n\nRegards,\nPekka")
    assert "alert" not in draft.description and "color" not in draft.description


def test_without_a_date_it_was_received_today() -> None:
    draft, attachments = read_eml(eml("mail_no_date.eml"), TODAY)
    assert draft.received_on == TODAY
    assert draft.requester_name == "" and draft.requester_email == "anna@example.fi"
    assert attachments[0].filename == "Oikaisu.eml"


@pytest.mark.parametrize(("header", "expected"), [
    ("Date: Tue, 24 Nov 2026 23:30:00 +0000", dt.date(2026, 11, 25)),  # Helsinki time
    ("Date: Tue, 24 Nov 2026 23:30:00 -0000", dt.date(2026, 11, 24)),  # zone unknown
    ("Date: Sun, 24 Jan 2027 10:00:00 +0200", TODAY),  # in the future
    ("Date: yesterday-ish", TODAY),
    ("Date: Tue, 24 Nov 99999 23:30:00 +0000", TODAY),
    ("Date: Fri, 31 Dec 9999 23:00:00 -1400", TODAY),  # beyond the calendar locally
])
def test_the_date_is_local_and_never_in_the_future(header: str, expected: dt.date) -> None:
    msg = mail.parse(f"From: a@example.fi\n{header}\n\nbody\n".encode())
    assert mail.received_on(msg, TODAY, HELSINKI) == expected


@pytest.mark.parametrize("content", [
    b"", b"   \n", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", b"\x89PNG\r\n\x1a\n\x00\x00",
    b"just some words\nwithout headers\n", b"foo: bar\n\nnot an e-mail header\n",
])
def test_bytes_that_are_no_e_mail_are_refused_with_a_reason(content: bytes) -> None:
    with pytest.raises(MailUnreadable) as refused:
        read_eml(content, TODAY)
    assert refused.value.text() in (_(mail.NOT_MAIL), _(mail.EMPTY_FILE))


def test_a_huge_file_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mail, "MAIL_LIMIT", 1000)
    with pytest.raises(MailUnreadable) as refused:
        read_eml(eml("mail_with_pdf.eml"), TODAY)
    assert refused.value.params == {"limit": "0"}
    assert "suurempi kuin 0 Mt" in refused.value.text()  # tests run in Finnish


def test_malformed_headers_and_unknown_charsets_do_not_crash() -> None:
    content = (b"From: =?x-unknown?q?M=E4kinen?= <<<@@>\r\n"
               b"Reply-To: \"unterminated <a@\r\n"
               b"Subject: =?utf-8?B?bad-base64?= \x01\x1b[31m\xe2\x80\xae\r\n"
               b"Date: Tue, 32 Foo 2026\r\n"
               b"Content-Type: multipart/mixed; boundary=\"never-closed\"\r\n\r\n"
               b"--never-closed\r\nContent-Type: text/plain; charset=x-klingon\r\n"
               b"Content-Transfer-Encoding: base64\r\n\r\n!!!not base64\xff\r\n"
               b"--never-closed\r\nContent-Type: application/pdf\r\n"
               b"Content-Disposition: attachment; filename*=utf-8''%E4%E4.pdf\r\n\r\n%PDF\r\n")
    draft, attachments = read_eml(content, TODAY)
    assert draft.received_on == TODAY
    assert "\x1b" not in draft.description and "\u202e" not in draft.description
    assert "\x01" not in draft.requester_name
    assert attachments[0].mime_type == "message/rfc822"


def test_a_long_body_is_cut_to_what_a_request_holds() -> None:
    content = b"From: a@example.fi\nSubject: pitka\n\n" + b"sana " * 10_000
    draft, _attachments = read_eml(content, TODAY)
    assert len(draft.description) <= TEXT_LIMIT
    assert draft.description.endswith("[…]")


def test_empty_body_and_subject() -> None:
    draft, attachments = read_eml(b"From: Eero <eero@example.fi>\n\n", TODAY)
    assert (draft.requester_name, draft.description) == ("Eero", "")
    assert attachments[0].filename == "message.eml"


@pytest.mark.parametrize(("name", "expected"), [
    ("Virtanen, Ville", "Ville Virtanen"), ("Ville Virtanen", "Ville Virtanen"),
    ("Oy Ab, Inc., Ltd", "Oy Ab, Inc., Ltd"), (", x", ", x"),
])
def test_natural_name(name: str, expected: str) -> None:
    assert mail.natural_name(name) == expected


def test_safe_file_names() -> None:
    assert mail.safe_filename("C:\\temp\\..\\kirje.pdf", "x") == "kirje.pdf"
    assert mail.safe_filename("\x00\n", "liite-1.pdf") == "liite-1.pdf"
    assert len(mail.safe_filename("a" * 300 + ".pdf", "x")) == 120
    assert mail.safe_filename("a" * 300 + ".pdf", "x").endswith(".pdf")
    assert mail.eml_name("Re: asia 1/2") == "Re- asia 1-2.eml"


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_give_a_draft_or_mail_unreadable(content: bytes) -> None:
    try:
        draft, attachments = read_eml(content, TODAY)
    except MailUnreadable:
        return
    assert draft.received_on <= TODAY
    assert attachments[0].content == content


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.text(max_size=300), st.text(max_size=600))
def test_any_headers_and_text_give_a_draft(sender: str, subject: str, body: str) -> None:
    content = f"From: {sender}\nSubject: {subject}\nDate: {subject}\n\n{body}".encode(
        "utf-8", "surrogatepass")
    draft, _attachments = read_eml(content, TODAY)
    try:
        requests.check_draft(draft, TODAY)
    except ValidationFailed as failed:  # e.g. no name; but the texts are always storable
        refused = {check.CONTROL_CHARACTERS, check.TOO_LONG}
        assert all(error.message not in refused for error in failed.errors.values())


def test_a_draft_from_an_eml_is_entered_with_its_attachments(db: Database) -> None:
    draft, attachments = read_eml(eml("mail_with_pdf.eml"), TODAY, filename="viesti.eml")
    request_id = requests.create_request(db, draft, TODAY, attachments)
    detail = load_request(db, request_id, TODAY)
    assert detail.channel == "email" and detail.received_on == dt.date(2026, 11, 23)
    assert [(a.filename, a.mime_type) for a in detail.attachments] == [
        ("viesti.eml", "message/rfc822"), ("hakemus.pdf", "application/pdf"),
        ("kuva.png", "image/png")]
    stored = attachment_content(db, detail.attachments[0].id)
    assert stored.content == eml("mail_with_pdf.eml")
