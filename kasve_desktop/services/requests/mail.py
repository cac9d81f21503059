"""Requests that arrive by e-mail: an ``.eml`` file read into a request draft.

``read_eml`` takes the bytes of a saved message and fills in what the intake
dialog needs: the sender (the Reply-To address when there is one), the day it
was sent in local time, the subject and the plain text of the body (the text
of the HTML part when there is no plain one), and the PDF and image files it
carries. The original message itself is the first attachment, so nothing of it
is lost. Any input is read without crashing: bad headers, encoded words and
unknown character sets fall back to something readable, and bytes that are
no e-mail at all raise ``MailUnreadable`` with a translated reason.
"""

from __future__ import annotations

import datetime as dt
import email
import email.errors
import email.policy
import email.utils
import mimetypes
import re
import unicodedata
from email.header import decode_header, make_header
from email.message import EmailMessage, Message
from html.parser import HTMLParser
from pathlib import Path, PurePath

from kasve_desktop.domain.errors import UserError
from kasve_desktop.domain.validation import BIDI_CONTROLS, TEXT_LIMIT
from kasve_desktop.domain.vocabulary import Channel
from kasve_desktop.i18n import N_
from kasve_desktop.services.requests.intake import NewAttachment, RequestDraft

MAIL_LIMIT = 25 * 1024 * 1024
EML_TYPE = "message/rfc822"
MAIL_HEADERS = frozenset({"from", "to", "cc", "subject", "date", "message-id", "received",
                          "return-path", "reply-to", "mime-version", "sender"})
ATTACHED_TYPES = ("application/pdf", "image/")
SUFFIX_TYPES = {".pdf": "application/pdf", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
                ".png": "image/png", ".gif": "image/gif", ".tif": "image/tiff",
                ".tiff": "image/tiff", ".bmp": "image/bmp", ".webp": "image/webp",
                ".heic": "image/heic"}
PARSE_ERRORS = (ValueError, TypeError, IndexError, AttributeError, LookupError,
                UnicodeError, email.errors.MessageError)
FALLBACK_CHARSETS = ("utf-8", "cp1252")
TRUNCATED = "\n[…]"
FILENAME_LIMIT = 120
UNSAFE_IN_NAMES = re.compile(r'[\\/:*?"<>|]')

EMPTY_FILE = N_("The file is empty.")
TOO_LARGE = N_("The e-mail is larger than {limit} MB. Save its attachments separately and "
               "attach them to the request instead.")
FILE_UNREADABLE = N_("The file could not be read: {reason}")
NOT_MAIL = N_("The file is not an e-mail message: no sender, recipient, subject or date "
              "was found in it. Save the message from the mail program as an .eml file.")


class MailUnreadable(UserError):
    """The bytes are no e-mail that could become a request; ``text()`` says why."""


# --- headers ------------------------------------------------------------------------------

def _raw_header(msg: Message, name: str) -> str:
    """The header's value with encoded words decoded as far as they can be; never raises."""
    raw = next((str(value) for key, value in msg.raw_items() if key.lower() == name), "")
    try:
        return str(make_header(decode_header(raw)))
    except PARSE_ERRORS:
        return raw


def header_text(msg: Message, name: str) -> str:
    """A header as one line of clean text ("" when missing or unreadable)."""
    try:
        value = msg.get(name)
        text = "" if value is None else str(value)
    except PARSE_ERRORS:
        text = _raw_header(msg, name.lower())
    return clean_line(text)


def _addresses(msg: Message, name: str) -> list[tuple[str, str]]:
    """(display name, address) pairs of an address header, however it is written."""
    try:
        header = msg.get(name)
        found = getattr(header, "addresses", None)
        if found is not None:
            return [(str(a.display_name), str(a.addr_spec)) for a in found]
    except PARSE_ERRORS:
        pass
    try:
        return email.utils.getaddresses([_raw_header(msg, name.lower())])
    except PARSE_ERRORS:
        return []


def _first_address(msg: Message, name: str) -> tuple[str, str]:
    for display, address in _addresses(msg, name):
        address = clean_line(address)
        if "@" in address or display:
            return clean_line(display), address if "@" in address else ""
    return "", ""


def natural_name(name: str) -> str:
    """``Virtanen, Ville`` as ``Ville Virtanen``; other names as they are."""
    last, comma, first = name.partition(",")
    if not comma or "," in first or not first.strip() or not last.strip():
        return name
    return f"{first.strip()} {last.strip()}"


def sender(msg: Message) -> tuple[str, str]:
    """The requester's name and the address to answer to (Reply-To before From)."""
    name, address = _first_address(msg, "From")
    reply_name, reply_address = _first_address(msg, "Reply-To")
    return natural_name(name or reply_name), reply_address or address


def received_on(msg: Message, today: dt.date, tz: dt.tzinfo | None = None) -> dt.date:
    """The day the message was sent, in local time (``tz``, default the computer's);
    today when the Date header is missing, unreadable or in the future."""
    try:
        moment = email.utils.parsedate_to_datetime(_raw_header(msg, "date"))
        if moment.tzinfo is not None:
            moment = moment.astimezone(tz)
    except (*PARSE_ERRORS, OverflowError):
        return today
    day = moment.date()
    return today if day > today else day


# --- text -----------------------------------------------------------------------------------

def clean_line(text: str) -> str:
    """One line: control characters and line breaks become single spaces."""
    return " ".join(clean_text(text).split())


def clean_text(text: str) -> str:
    """Text the request may hold: ``\\n`` line breaks, no control or bidi characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(c for c in text if c in "\n\t" or not (
        unicodedata.category(c) in ("Cc", "Cs") or c in BIDI_CONTROLS))


def decode_bytes(payload: bytes, charset: str | None) -> str:
    """Bytes as text: the declared charset, else UTF-8, else Windows-1252, else Latin-1."""
    for candidate in (charset, *FALLBACK_CHARSETS):
        if not candidate:
            continue
        try:
            return payload.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("latin-1")


class _HtmlText(HTMLParser):
    BLOCKS = frozenset({"p", "div", "br", "li", "tr", "table", "h1", "h2", "h3", "h4", "h5",
                        "h6", "blockquote", "pre", "hr", "ul", "ol"})
    HIDDEN = frozenset({"script", "style", "head", "title"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """The visible text of an HTML body, a line per block, tags and styles dropped."""
    parser = _HtmlText()
    try:
        parser.feed(html)
        parser.close()
    except PARSE_ERRORS:
        pass
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _part_text(part: Message) -> str:
    try:
        payload = part.get_payload(decode=True)
        charset = part.get_content_charset()
        is_html = part.get_content_subtype() == "html"
    except PARSE_ERRORS:
        return ""
    if not isinstance(payload, bytes):
        return ""
    text = decode_bytes(payload, charset)
    return html_to_text(text) if is_html else text


def body_text(msg: EmailMessage) -> str:
    """The plain text of the body (from the HTML part if that is all there is)."""
    for kind in ("plain", "html"):
        try:
            part = msg.get_body(preferencelist=(kind,))
        except PARSE_ERRORS:
            part = None
        if part is not None:
            text = clean_text(_part_text(part)).strip()
            if text:
                return text
    return ""


def description(subject: str, body: str, limit: int = TEXT_LIMIT) -> str:
    """The subject, a blank line and the body, cut to ``limit`` characters if longer."""
    text = "\n\n".join(part for part in (subject, body) if part)
    if len(text) <= limit:
        return text
    return text[:limit - len(TRUNCATED)].rstrip() + TRUNCATED


# --- a guess at the language ------------------------------------------------------------

LANGUAGE_WORDS = {
    "fi": ("ja on että en olen minun minua minusta tietoni tietojeni tietojani pyydän pyyntö "
           "haluan te teidän kiitos ystävällisin terveisin hei hyvä poistamaan"),
    "sv": ("och är att jag inte mina mig om det som vänligen hälsningar hej tack begär "
           "uppgifter ni er med för"),
    "en": ("the and is that my i please would like to of you your regards dear hello thank "
           "data request"),
}


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


COMMON_WORDS = {lang: frozenset(_words(words)) for lang, words in LANGUAGE_WORDS.items()}


def guess_language(text: str) -> str:
    """fi, sv or en by counting common words; Finnish when unsure."""
    words = _words(text)
    scores = {lang: len([word for word in words if word in COMMON_WORDS[lang]])
              for lang in COMMON_WORDS}
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] > scores["fi"] else "fi"


# --- attachments --------------------------------------------------------------------------

def safe_filename(name: str, fallback: str) -> str:
    """A file name without folders or control characters, at most 120 characters."""
    base = clean_line(PurePath(name.replace("\\", "/")).name).strip(". ")
    if not base:
        return fallback
    stem, dot, suffix = base.rpartition(".")
    if dot and len(suffix) <= 10 and len(base) > FILENAME_LIMIT:
        return stem[:FILENAME_LIMIT - len(suffix) - 1] + "." + suffix
    return base[:FILENAME_LIMIT]


def eml_name(subject: str) -> str:
    """A file name for the original message made from its subject."""
    stem = safe_filename(UNSAFE_IN_NAMES.sub("-", subject), "message")[:FILENAME_LIMIT - 4]
    return f"{stem}.eml"


def _filename(part: Message) -> str:
    try:
        return str(part.get_filename() or "")
    except PARSE_ERRORS:
        return ""


def _attachment_type(part: Message, filename: str) -> str | None:
    kind = part.get_content_type()
    if kind.startswith(ATTACHED_TYPES):
        return kind
    guessed = SUFFIX_TYPES.get(PurePath(filename).suffix.lower())
    return guessed if kind == "application/octet-stream" and guessed else None


def _attachment(part: Message, number: int) -> NewAttachment | None:
    if part.is_multipart():
        return None
    filename = _filename(part)
    if not filename and part.get_content_disposition() != "attachment":
        return None
    kind = _attachment_type(part, filename)
    try:
        content = part.get_payload(decode=True)
    except PARSE_ERRORS:
        return None
    if kind is None or not isinstance(content, bytes) or not content:
        return None
    extension = mimetypes.guess_extension(kind) or ""
    return NewAttachment(safe_filename(filename, f"attachment-{number}{extension}"), kind,
                         content)


def attachments(msg: Message) -> list[NewAttachment]:
    """The PDF files and images the message carries, in order."""
    found: list[NewAttachment] = []
    for part in msg.walk():
        try:
            attachment = _attachment(part, len(found) + 1)
        except PARSE_ERRORS:
            continue
        if attachment is not None:
            found.append(attachment)
    return found


# --- the whole message ------------------------------------------------------------------

def parse(content: bytes) -> EmailMessage:
    """The message, or ``MailUnreadable`` when the bytes are too many or no e-mail."""
    if not content.strip():
        raise MailUnreadable(EMPTY_FILE)
    if len(content) > MAIL_LIMIT:
        raise MailUnreadable(TOO_LARGE, limit=str(MAIL_LIMIT // (1024 * 1024)))
    try:
        msg = email.message_from_bytes(content, policy=email.policy.default)
        names = {str(key).lower() for key, _value in msg.raw_items()}
    except PARSE_ERRORS:
        raise MailUnreadable(NOT_MAIL) from None
    if not isinstance(msg, EmailMessage) or not names & MAIL_HEADERS:
        raise MailUnreadable(NOT_MAIL)
    return msg


def read_eml(content: bytes, today: dt.date, *, filename: str = ""
             ) -> tuple[RequestDraft, tuple[NewAttachment, ...]]:
    """A request draft from an ``.eml`` file and its attachments, the original first."""
    msg = parse(content)
    name, address = sender(msg)
    subject = header_text(msg, "Subject")
    body = body_text(msg)
    draft = RequestDraft(
        channel=Channel.EMAIL.value, received_on=received_on(msg, today),
        language=guess_language(f"{subject}\n{body}"), requester_name=name,
        requester_email=address, description=description(subject, body))
    original = NewAttachment(safe_filename(filename, eml_name(subject)), EML_TYPE, content)
    return draft, (original, *attachments(msg))


def read_eml_file(path: Path, today: dt.date) -> tuple[RequestDraft, tuple[NewAttachment, ...]]:
    """``read_eml`` of a file; a missing, unreadable or too large file is ``MailUnreadable``."""
    try:
        if path.stat().st_size > MAIL_LIMIT:
            raise MailUnreadable(TOO_LARGE, limit=str(MAIL_LIMIT // (1024 * 1024)))
        content = path.read_bytes()
    except OSError as error:
        raise MailUnreadable(FILE_UNREADABLE, reason=error.strerror or str(error)) from None
    return read_eml(content, today, filename=path.name)
