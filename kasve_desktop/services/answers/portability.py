"""Data portability (GDPR Art. 20): the data a person provided, in machine-readable form.

Art. 20 covers the data the person *provided*: what they told us themselves or
what their own actions produced (a sign-up, a consent). It does not cover what
the controller derived or assigned. So the export holds

- the person's own details: name, e-mail addresses, phone numbers, address,
  home municipality, organisation and role, birth year, gender, business ID,
  language, username and website;
- per register entry: the register, when and from which source the data was
  collected, and the entry's own fields (``details``, e.g. an imported form);
- the consents they gave (purpose, channel, register, given, withdrawn, how);
- their objections to direct marketing (scope and since when);
- their event participations (event, date, place, sign-up time, attendance).

Left out on purpose: the controller's notes on the person, the customer number
(assigned by us), the restriction flag, the evidence kept of a consent, and
every internal identifier.

The JSON is UTF-8, indented, its keys in a fixed order (the fields of an
entry sorted), dates and times in ISO 8601, with a ``schema`` header naming
the format and its version. The CSV holds exactly the same values, one per
row: ``section,item,field,value`` (``item`` numbers the rows of a list from 1,
``field`` is a dotted path, e.g. ``emails.2``). Nothing is written to disk
here: the files are returned as bytes, to be stored inside the encrypted
database and saved where the user chooses.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kasve_desktop.domain.spreadsheet import safe_rows
from kasve_desktop.i18n import N_, _
from kasve_desktop.services.requests.intake import NewAttachment
from kasve_desktop.store.models import Controller, Person, RegisterEntry

SCHEMA_NAME = "kasve-desktop/portability"
SCHEMA_VERSION = 1
CSV_HEADER = ("section", "item", "field", "value")
FILE_STEM = N_("{reference}-data")
PERSON_FIELDS = ("first_name", "last_name", "emails", "phones", "street", "address_extra",
                 "postal_code", "locality", "country", "municipality", "organisation", "role",
                 "birth_year", "gender", "business_id", "language", "username", "website")
Tree = dict[str, Any]


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _name(texts: dict[str, str], lang: str) -> str:
    return texts.get(lang) or texts.get("fi") or ""


def _person(person: Person) -> Tree:
    lists = {"emails": [e.address for e in person.emails],
             "phones": [p.number for p in person.phones]}
    return {name: lists[name] if name in lists else getattr(person, name)
            for name in PERSON_FIELDS}


def _entries(person: Person) -> list[Tree]:
    entries = sorted(person.entries, key=lambda e: (e.register.position, e.register.key))
    return [_entry(entry, person.language) for entry in entries]


def _entry(entry: RegisterEntry, lang: str) -> Tree:
    details = entry.details or {}
    return {"register": entry.register.key,
            "register_name": _name(entry.register.name or {}, lang),
            "source": entry.source, "collected_on": _iso(entry.collected_on),
            "fields": {key: details[key] for key in sorted(details)}}


def _consents(person: Person) -> list[Tree]:
    consents = sorted(person.consents, key=lambda c: (c.granted_at, c.id))
    return [{"purpose": c.purpose, "channel": c.channel,
             "register": c.register.key if c.register else None,
             "granted_at": _iso(c.granted_at), "withdrawn_at": _iso(c.withdrawn_at),
             "captured_via": c.captured_via} for c in consents]


def _objections(person: Person) -> list[Tree]:
    objections = sorted(person.objections, key=lambda o: (o.since, o.id))
    return [{"scope": o.scope, "since": _iso(o.since)} for o in objections]


def _participations(person: Person) -> list[Tree]:
    rows = sorted(person.participations, key=lambda p: (p.event.starts_on, p.id))
    return [{"event": p.event.name, "starts_on": _iso(p.event.starts_on),
             "location": p.event.location, "signed_up_at": _iso(p.signed_up_at),
             "attended": p.attended} for p in rows]


def collect(session: Session, person: Person, *, reference: str, created_on: dt.date) -> Tree:
    """The export as one JSON-ready tree, the header first."""
    controller = session.scalar(select(Controller.name).where(Controller.parent_id.is_(None))
                                .order_by(Controller.id).limit(1))
    return {
        "schema": {"name": SCHEMA_NAME, "version": SCHEMA_VERSION,
                   "created_on": created_on.isoformat(), "request": reference,
                   "controller": controller or ""},
        "person": _person(person),
        "register_entries": _entries(person),
        "consents": _consents(person),
        "marketing_objections": _objections(person),
        "event_participations": _participations(person),
    }


def to_json(tree: Tree) -> bytes:
    return (json.dumps(tree, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _leaves(value: object, path: str) -> Iterator[tuple[str, str]]:
    """(dotted path, text) of every scalar under ``value``; list items numbered from 1."""
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _leaves(inner, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list):
        for number, inner in enumerate(value, start=1):
            yield from _leaves(inner, f"{path}.{number}" if path else str(number))
    else:
        yield path, _cell(value)


def csv_rows(tree: Tree) -> Iterator[tuple[str, str, str, str]]:
    for section, content in tree.items():
        if isinstance(content, list):
            for number, item in enumerate(content, start=1):
                for field, text in _leaves(item, ""):
                    yield section, str(number), field, text
        else:
            for field, text in _leaves(content, ""):
                yield section, "", field, text


def to_csv(tree: Tree) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(CSV_HEADER)
    writer.writerows(safe_rows(csv_rows(tree)))
    return buffer.getvalue().encode("utf-8")


def file_stem(reference: str) -> str:
    """``2026-0042-tiedot`` in Finnish: the request's reference and a translated word."""
    return _(FILE_STEM).format(reference=reference)


def export_files(session: Session, person: Person, *, reference: str,
                 created_on: dt.date) -> tuple[NewAttachment, NewAttachment]:
    """The JSON and the CSV file of the person's provided data."""
    tree = collect(session, person, reference=reference, created_on=created_on)
    stem = file_stem(reference)
    return (NewAttachment(f"{stem}.json", "application/json", to_json(tree)),
            NewAttachment(f"{stem}.csv", "text/csv", to_csv(tree)))
