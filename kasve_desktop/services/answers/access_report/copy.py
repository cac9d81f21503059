"""The copy of the person's data (Art. 15(3)) as tables, codes explained in their language.

Every stored value appears: the person's fields, every field of every register
entry (the imported details too), consents and their withdrawals, marketing
objections, event sign-ups, and every request with its timeline. Machine names
(``email``, ``contract``, ``in-progress``) become labels in the person's
language; free texts pass through the ``Redactor`` (Art. 15(4)), and one typed in
Finnish is marked as untranslated in a Swedish or English copy, as in the summary
(``domain.text_language``). Dates are written as in letters and never broken across
lines; a time follows its date (``5.2.2026 klo 10.30``, ``5 February 2026 at 10:30``)
as it was stored. The row stamps of the person's record are dated in Helsinki and
labelled as what they are: when the record was entered in, and last changed in, this
system.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from kasve_desktop.clock import local_date
from kasve_desktop.documents.access_model import (
    Cell,
    CopySection,
    CopyTable,
    Marked,
    cell_text,
)
from kasve_desktop.documents.access_words import word
from kasve_desktop.domain.letter_templates import REQUEST_RECORD_YEARS
from kasve_desktop.domain.notice import SOURCE_LANGUAGE
from kasve_desktop.domain.notice_vocabulary import DATA_CATEGORIES, country_name
from kasve_desktop.domain.notice_words import LEGAL_BASES
from kasve_desktop.domain.text_language import written_in_finnish
from kasve_desktop.domain.vocabulary import (
    CHANNEL_LABELS,
    MARKETING_SCOPE_LABELS,
    REQUEST_STATUS_LABELS,
    REQUEST_TYPE_ARTICLES,
    REQUEST_TYPE_LABELS,
    TIMELINE_KIND_LABELS,
    RegisterItemKind,
)
from kasve_desktop.i18n import gettext_in, letter_date
from kasve_desktop.services.answers.access_report.categories import category_of
from kasve_desktop.services.answers.access_report.data import (
    ConsentFacts,
    EntryFacts,
    Holdings,
    ObjectionFacts,
    ParticipationFacts,
    RequestFacts,
    Subject,
)
from kasve_desktop.services.answers.access_report.redact import Redactor
from kasve_desktop.services.people.marketing import CAPTURED_VIA_LABELS, CONSENT_CHANNEL_LABELS

Row = tuple[str, Cell]
CODED_PERSON_FIELDS = {"gender": {"female": "Female", "male": "Male", "other": "Other"},
                       "language": {"fi": "Finnish", "sv": "Swedish", "en": "English"}}
FREE_PERSON_FIELDS = ("notes", "restriction_reason")
STAMPS = ("created_at", "updated_at")
"""The record's row stamps, stored in naive UTC by the database's clock."""
TIMELINE_WIDTHS = (0.20, 0.32, 0.48)
"""The date column holds ``28 September 2026`` on one line."""
NO_BREAK = "\u00a0"


@dataclass
class CopyWriter:
    lang: str
    redactor: Redactor
    today: dt.date

    def w(self, key: str, **values: object) -> str:
        return word(self.lang, key, **values)

    def label(self, labels: Mapping[Any, str], code: str) -> str:
        """The translated label of a machine name (the name itself if it is unknown)."""
        found = labels.get(code)
        return gettext_in(self.lang, found) if found else code

    def date(self, day: dt.date | None) -> str:
        """The date as in letters, never broken across lines."""
        return letter_date(day, self.lang).replace(" ", NO_BREAK) if day else ""

    def moment(self, at: dt.datetime | None) -> str:
        """The date as in letters and the time of day, as stored."""
        if at is None:
            return ""
        time = (f"{at.hour:02d}:{at.minute:02d}" if self.lang == "en"
                else f"{at.hour}.{at.minute:02d}")
        return self.w("at_time", date=self.date(at.date()), time=time)

    def yes_no(self, value: bool | None) -> str:
        return self.w("not_recorded") if value is None else self.w("yes" if value else "no")

    def typed(self, text: str) -> Cell:
        """A text as the user typed it: marked as untranslated when it is written in
        Finnish and the copy is not."""
        if self.lang != SOURCE_LANGUAGE and written_in_finnish(text):
            return Marked(((text, True),))
        return text

    def free(self, text: str, where: str) -> Cell:
        """A free text with other people's data withheld, marked where it is Finnish."""
        return self.typed(self.redactor.clean(text, where))

    def name(self, texts: dict[str, str]) -> Cell:
        """A register's name in the copy's language; else the Finnish one, marked."""
        own = texts.get(self.lang, "")
        if own or not texts.get(SOURCE_LANGUAGE):
            return own or next(iter(texts.values()), "")
        finnish = texts[SOURCE_LANGUAGE]
        return finnish if self.lang == SOURCE_LANGUAGE else Marked(((finnish, True),))

    def around(self, key: str, hole: str, cell: Cell, **values: object) -> Cell:
        """The fixed text ``key`` with ``cell`` in the place of ``{hole}``."""
        if isinstance(cell, str):
            return self.w(key, **{hole: cell}, **values)
        before, _sep, after = self.w(key, **{hole: "\0"}, **values).partition("\0")
        return Marked(((before, False), *cell.parts, (after, False)))

    def table(self, caption: Cell, rows: Sequence[Row]) -> CopyTable:
        kept = tuple((label, value) for label, value in rows if cell_text(value))
        return CopyTable(caption, (self.w("col_field"), self.w("col_value")), kept)


# --- the person -------------------------------------------------------------------------

def _person_value(c: CopyWriter, name: str, value: object) -> Cell:
    if value is None or value == "":
        return ""
    if name in STAMPS and isinstance(value, dt.datetime):
        return c.date(local_date(value))
    if name in CODED_PERSON_FIELDS:
        return c.label(CODED_PERSON_FIELDS[name], str(value))
    if name == "country":
        return country_name(str(value), c.lang)
    if isinstance(value, bool):
        return c.yes_no(value)
    if isinstance(value, dt.datetime):
        return c.date(value.date())
    if isinstance(value, dt.date):
        return c.date(value)
    if name in FREE_PERSON_FIELDS:
        return c.free(str(value), c.w(name))
    return str(value)


def person_rows(c: CopyWriter, subject: Subject) -> list[Row]:
    rows = [(c.w(name), _person_value(c, name, value)) for name, value in subject.values]
    contact = [(c.w("email_n"), e) for e in subject.emails]
    contact += [(c.w("phone_n"), p) for p in subject.phones]
    return rows[:2] + contact + rows[2:]


# --- register entries -------------------------------------------------------------------

def entry_table(c: CopyWriter, entry: EntryFacts) -> CopyTable:
    name = c.name(entry.register.name) or entry.register.key
    where = cell_text(name)
    basis = LEGAL_BASES[c.lang].get(entry.legal_basis, entry.legal_basis)
    rows: list[Row] = [
        (c.w("register"), name), (c.w("source"), c.typed(entry.source)),
        (c.w("legal_basis"), basis),
        (c.w("collected_on"), c.date(entry.collected_on)),
        (c.w("last_needed_on"), c.date(entry.last_needed_on)),
        (c.w("legal_hold"), _held(c, entry)),
        (c.w("due_on"), c.date(entry.due_on)),
        (c.w("note"), c.free(entry.note, f"{where}: {c.w('note')}"))]
    for key, value in entry.details:
        label = c.w("detail", name=_detail_name(key, c.lang))
        rows.append((label, c.free(value, f"{where}: {label}")))
    return c.table(name, rows)


def _held(c: CopyWriter, entry: EntryFacts) -> str:
    """Whether the law keeps the entry: all of it (marked as held), or the data of it that
    a rule of their own keeps in a register that names a legal hold (by category)."""
    if entry.legal_hold or not entry.legal_hold_text:
        return c.yes_no(entry.legal_hold)
    own = {item.category for item in entry.register.items_of(RegisterItemKind.DATA_CATEGORY)
           if item.retention_months}
    held = [category for key, value in entry.details if value
            and (category := category_of(key)) is not None and category.value in own]
    if not held:
        return c.yes_no(False)
    names = ", ".join(DATA_CATEGORIES[category][c.lang] for category in dict.fromkeys(held))
    return f"{c.w('yes')}: {names}"


def _detail_name(key: str, lang: str) -> str:
    """A detail's name as the person reads it: the data category its key is the code or a
    field of, else the key as the register keeps it (an imported column's heading)."""
    category = category_of(key)
    return key if category is None else DATA_CATEGORIES[category][lang]


# --- consents, objections, events --------------------------------------------------------

def consent_table(c: CopyWriter, n: int, consent: ConsentFacts) -> CopyTable:
    purpose = c.typed(consent.purpose)
    caption = c.around("consent_n", "purpose", purpose, n=n)
    withdrawn = c.moment(consent.withdrawn_at) or c.w("not_withdrawn")
    version = str(consent.notice_version) if consent.notice_version is not None else ""
    return c.table(caption, [
        (c.w("purpose"), purpose),
        (c.w("channel"), c.label(CONSENT_CHANNEL_LABELS, consent.channel)),
        (c.w("register"), c.name(consent.register_name)),
        (c.w("granted_at"), c.moment(consent.granted_at)), (c.w("withdrawn_at"), withdrawn),
        (c.w("captured_via"), c.label(CAPTURED_VIA_LABELS, consent.captured_via)),
        (c.w("notice_version"), version),
        (c.w("evidence"), c.free(consent.evidence,
                                 f"{cell_text(caption)}: {c.w('evidence')}"))])


def objection_table(c: CopyWriter, n: int, objection: ObjectionFacts) -> CopyTable:
    caption = c.w("objection_n", n=n)
    return c.table(caption, [
        (c.w("scope"), c.label(MARKETING_SCOPE_LABELS, objection.scope)),
        (c.w("since"), c.date(objection.since)),
        (c.w("request"), objection.request_reference),
        (c.w("note"), c.free(objection.note, f"{caption}: {c.w('note')}"))])


def event_table(c: CopyWriter, sign_up: ParticipationFacts) -> CopyTable:
    last = sign_up.ends_on if sign_up.ends_on != sign_up.starts_on else None
    days = " – ".join(c.date(d) for d in (sign_up.starts_on, last) if d)
    event = c.typed(sign_up.event)
    return c.table(c.around("event_n", "name", event), [
        (c.w("event"), event), (c.w("event_date"), days),
        (c.w("location"), c.typed(sign_up.location)),
        (c.w("register"), c.name(sign_up.register_name)),
        (c.w("signed_up_at"), c.moment(sign_up.signed_up_at)),
        (c.w("attended"), c.yes_no(sign_up.attended)),
        (c.w("captured_on"), c.typed(sign_up.captured_on)),
        (c.w("note"), c.free(sign_up.note, f"{sign_up.event}: {c.w('note')}"))])


# --- requests ---------------------------------------------------------------------------

def _type_label(c: CopyWriter, code: str) -> str:
    label = c.label(REQUEST_TYPE_LABELS, code)
    article = next((a for t, a in REQUEST_TYPE_ARTICLES.items() if t == code), "")
    return f"{label} (GDPR {article})" if article else label


def _requester_rows(c: CopyWriter, request: RequestFacts, where: str) -> list[Row]:
    given = dict(request.requester)
    place = " ".join(p for p in (given["requester_postal_code"], given["requester_locality"]) if p)
    country = (country_name(given["requester_country"], c.lang)
               if given["requester_country"] not in ("", "FI") else "")
    address = ", ".join(p for p in (given["requester_street"], place, country) if p)
    return [(c.w("requester_name"), given["requester_name"]),
            (c.w("requester_email"), c.redactor.clean(given["requester_email"], where)),
            (c.w("requester_phone"), c.redactor.clean(given["requester_phone"], where)),
            (c.w("requester_address"), address)]


def request_table(c: CopyWriter, request: RequestFacts, current: str) -> CopyTable:
    caption = c.w("request_n", reference=request.reference)
    if request.reference == current:
        caption += f" ({c.w('this_request')})"
    status = c.label(REQUEST_STATUS_LABELS, request.status)
    channel = c.label(CHANNEL_LABELS, request.channel)
    answered = c.label(CHANNEL_LABELS, request.response_channel)

    def free(text: str, key: str) -> Cell:
        return c.free(text, f"{caption}: {c.w(key)}")

    return c.table(caption, [
        (c.w("reference"), request.reference), (c.w("type"), _type_label(c, request.type)),
        (c.w("channel"), channel), (c.w("received_on"), c.date(request.received_on)),
        (c.w("status"), status), (c.w("answer_by"), c.date(request.due_on)),
        (c.w("extended_to"), c.date(request.due_on) if request.extended else ""),
        (c.w("extension_reason"), free(request.extension_reason, "extension_reason")),
        (c.w("identity_method"), free(request.identity_method, "identity_method")),
        (c.w("paused_on"), c.date(request.paused_on)),
        (c.w("resumed_on"), c.date(request.resumed_on)),
        (c.w("response_channel"), answered if request.response_channel else ""),
        (c.w("sent_on"), c.date(request.sent_on)), (c.w("closed_on"), c.date(request.closed_on)),
        (c.w("outcome"), free(request.outcome, "outcome")),
        (c.w("refusal_reasons"), free(request.refusal_reasons, "refusal_reasons")),
        (c.w("description"), free(request.description, "description")),
        *_requester_rows(c, request, caption),
        (c.w("documents"), "\n".join(request.documents))])


def _step_text(c: CopyWriter, kind: str, from_status: str, to_status: str,
               old: dt.date | None, new: dt.date | None) -> str:
    text = c.label(TIMELINE_KIND_LABELS, kind)
    statuses = [c.label(REQUEST_STATUS_LABELS, s) for s in (from_status, to_status) if s]
    dates = [c.date(d) for d in (old, new) if d]
    for part in (statuses, dates):
        if part:
            text += ": " + " → ".join(part)
    return text


def timeline_table(c: CopyWriter, request: RequestFacts) -> CopyTable:
    where = f"{c.w('request_n', reference=request.reference)}: {c.w('timeline')}"
    rows = tuple((c.date(s.on_date),
                  _step_text(c, s.kind, s.from_status, s.to_status, s.old_date, s.new_date),
                  c.free(s.note, where)) for s in request.steps)
    header = (c.w("col_date"), c.w("col_step"), c.w("col_note"))
    return CopyTable(c.w("timeline"), header, rows, TIMELINE_WIDTHS)


# --- the whole copy ---------------------------------------------------------------------

def copy_sections(c: CopyWriter, held: Holdings, current_request: str) -> list[CopySection]:
    """The copy's sections, in the order of access-report.md."""
    requests: list[CopyTable] = []
    for request in held.requests:
        requests.append(request_table(c, request, current_request))
        if request.steps:
            requests.append(timeline_table(c, request))
    return [
        CopySection(c.w("copy_person"), (c.table("", person_rows(c, held.subject)),)),
        CopySection(c.w("copy_entries"), tuple(entry_table(c, e) for e in held.entries)),
        CopySection(c.w("copy_consents"), tuple(
            consent_table(c, n, x) for n, x in enumerate(held.consents, 1)), c.w("no_consents")),
        CopySection(c.w("copy_objections"), tuple(
            objection_table(c, n, x) for n, x in enumerate(held.objections, 1)),
            c.w("no_objections")),
        CopySection(c.w("copy_events"), tuple(event_table(c, x) for x in held.participations),
                    c.w("no_events")),
        CopySection(c.w("copy_requests"), tuple(requests), c.w("no_requests"),
                    c.w("requests_note", years=REQUEST_RECORD_YEARS)),
    ]


def redaction_section(c: CopyWriter) -> CopySection | None:
    """The list of what was withheld, or None when nothing was."""
    withheld = c.redactor.withheld
    if not withheld:
        return None
    rows = tuple((r.where, c.w(f"why_{r.why}")) for r in withheld)
    return CopySection(c.w("copy_redactions"), (
        CopyTable("", (c.w("col_field"), c.w("col_note")), rows, (0.5, 0.5)),))
