"""The demo's data files: each loads, each text ends up in the demo, a missing key is noticed.

A key the loaders need is an error when it is missing; the few a file may lack
(optional ones, entries of tables keyed by data) are listed, and the demo built
from the files shows whether the ones it reads are there.
"""

from __future__ import annotations

import copy
import datetime as dt
import fnmatch
import re
import tomllib
from collections.abc import Callable, Iterator
from importlib import resources
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from kasve_desktop.demo.build import create_demo_database, load_people
from kasve_desktop.demo.data import DemoDataError, Table, parse
from kasve_desktop.demo.draft import draft, draft_from
from kasve_desktop.demo.seed import authority, authority_from, notice_from, seed_notice
from kasve_desktop.demo.texts import (
    people_texts,
    people_texts_from,
    request_texts,
    request_texts_from,
)
from kasve_desktop.domain.vocabulary import Channel, RequestStatus
from kasve_desktop.store.models import Base, Request
from tests.conftest import fixed_clock

FIXED_DAY = dt.date(2026, 11, 24)
FILES = ("seed.toml", "authority.toml", "draft.toml", "texts.toml")
PLACEHOLDER = re.compile(r"\{\w+\}")


def load_texts(top: Table) -> None:
    request_texts_from(top)
    people_texts_from(top)


LOADERS: dict[str, Callable[[Table], object]] = {
    "seed.toml": notice_from, "authority.toml": authority_from, "draft.toml": draft_from,
    "texts.toml": load_texts}

# The keys a file may lack and still load: what a reader calls optional, and the
# entries of tables keyed by data (the build, not the loader, needs those it uses).
MAY_BE_LEFT_OUT = {
    "seed.toml": ("registers/*", "sources/items/*/public", "disclosures/recipients/*/name",
                  "disclosures/recipients/*/processor"),
    "authority.toml": (),
    "draft.toml": ("recipients/*/service_text", "registers/*/data/*/text",
                   "registers/*/purposes/*/text",
                   "registers/*/data/*/retention", "registers/*/retention_text",
                   "registers/*/legal_hold_text"),
    "texts.toml": ("requests/descriptions/*/*", "requests/outcomes/*",
                   "requests/refusal_reasons/*", "requests/cases/*", "requests/status_notes/*",
                   "requests/channel_notes/*", "requests/strangers/*", "entries/profiles/*",
                   "consents/evidence/*", "entries/orders/*",
                   "breaches/*/persons_message"),
}


def raw(name: str) -> dict[str, Any]:
    return tomllib.loads(resources.files("kasve_desktop.demo").joinpath(name).read_text("utf-8"))


def leaves(value: object) -> Iterator[object]:
    """Every value of a TOML document or a stored JSON value that is not a table or array."""
    if isinstance(value, dict):
        for item in value.values():
            yield from leaves(item)
    elif isinstance(value, list):
        for item in value:
            yield from leaves(item)
    else:
        yield value


def key_paths(value: object, path: tuple[str | int, ...] = ()) -> Iterator[tuple[str | int, ...]]:
    """The path of every key of a TOML document, through arrays of tables."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield (*path, key)
            yield from key_paths(item, (*path, key))
    elif isinstance(value, list):
        for n, item in enumerate(value):
            yield from key_paths(item, (*path, n))


def without(document: dict[str, Any], path: tuple[str | int, ...]) -> dict[str, Any]:
    copied = copy.deepcopy(document)
    owner = copied
    for step in path[:-1]:
        owner = owner[step]
    del owner[path[-1]]
    return copied


def matches(path: str, pattern: str) -> bool:
    """Does the key path match the pattern, ``*`` standing for one key?"""
    steps, wanted = path.split("/"), pattern.split("/")
    return len(steps) == len(wanted) and all(map(fnmatch.fnmatchcase, steps, wanted))


def stored_strings(session: Session) -> list[str]:
    """Every string of every row of every table, JSON values included."""
    found = []
    for table in Base.metadata.sorted_tables:
        for row in session.execute(select(table)):
            found += [value for value in leaves(list(row)) if isinstance(value, str)]
    return found


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    db = create_demo_database(tmp_path_factory.mktemp("demo") / "demo.db", fixed_clock(FIXED_DAY))
    try:
        with db.sessions() as session:
            yield session
    finally:
        db.close()


def test_every_data_file_loads() -> None:
    assert sorted(entry.name for entry in resources.files("kasve_desktop.demo").iterdir()
                  if entry.name.endswith(".toml")) == sorted(FILES)
    notice = seed_notice()
    assert len(notice.registers) == 5 and len(notice.texts) == 11
    assert set(authority()) == {"fi", "sv", "en"}
    assert request_texts().identity_methods and people_texts().events
    assert [r.key for r in draft().registers] == list(notice.registers)
    assert load_people()


def test_every_text_of_the_data_files_ends_up_in_the_demo_database(session: Session) -> None:
    stored = stored_strings(session)
    haystack = "\x00".join(stored)
    unused = []
    for name in FILES:
        for text in leaves(raw(name)):
            if not isinstance(text, str) or not text:
                continue
            if PLACEHOLDER.search(text):
                pattern = ".+".join(map(re.escape, PLACEHOLDER.split(text)))
                found = any(re.search(pattern, value) for value in stored)
            else:
                found = text in haystack
            if not found:
                unused.append((name, text))
    assert unused == []


@pytest.mark.parametrize("name", FILES)
def test_every_key_is_needed_unless_it_may_be_left_out(name: str) -> None:
    """Leaving out any key is an error naming its place, except the few that may be."""
    document, loader = raw(name), LOADERS[name]
    loader(Table(document, name))
    optional = []
    for path in key_paths(document):
        try:
            loader(Table(without(document, path), name))
        except DemoDataError as error:
            assert repr(path[-1]) in str(error), (path, error)
        else:
            optional.append("/".join(map(str, path)))
    allowed = MAY_BE_LEFT_OUT[name]
    assert [p for p in optional if not any(matches(p, a) for a in allowed)] == []


def test_a_wrong_kind_of_value_or_an_unknown_name_says_where() -> None:
    texts = raw("texts.toml")
    texts["events"][2]["extra_days"] = "1"
    with pytest.raises(DemoDataError, match=r"texts.toml/events/2: 'extra_days' is not an integer"):
        load_texts(Table(texts, "texts.toml"))
    texts = raw("texts.toml")
    texts["requests"]["identity_methods"]["fax"] = "Faksi."
    with pytest.raises(DemoDataError, match=r"identity_methods: 'fax' is not a Channel"):
        load_texts(Table(texts, "texts.toml"))
    with pytest.raises(DemoDataError, match=r"^seed.toml: "):
        notice_from(parse("seed.toml", "[notice\n"))
    corrected = raw("draft.toml")
    corrected["registers"]["kumppanit"]["purposes"][0]["code"] = "kaikki-vastaavat"
    with pytest.raises(DemoDataError, match=r"kumppanit/purposes/0: 'kaikki-vastaavat' is not a "
                                            r"purpose code"):
        draft_from(Table(corrected, "draft.toml"))
    corrected = raw("draft.toml")
    corrected["registers"]["markkinointi"]["recipients"].append("Google Ireland Ltd")
    with pytest.raises(DemoDataError, match=r"no recipient 'Google Ireland Ltd'"):
        draft_from(Table(corrected, "draft.toml"))


def test_what_is_read_with_a_fallback_is_there(session: Session) -> None:
    """Texts and flags whose absence would not stop the build: their effect is checked."""
    texts = request_texts()
    requests = list(session.scalars(select(Request)))
    for r in requests:
        if r.language != "fi":  # descriptions/<type>/<language>
            assert r.description != texts.descriptions[r.type]["fi"], r.reference
        if r.channel in (Channel.PHONE, Channel.IN_PERSON):  # channel_notes/<channel>
            assert [e.note for e in r.events if e.kind == "note"], r.reference
        if r.person_id is None and r.status in (RequestStatus.SENT, RequestStatus.CLOSED):
            assert r.outcome != texts.outcomes[r.type], r.reference  # outcomes/<who>
    steps = [e for r in requests for e in r.events
             if e.to_status in (RequestStatus.REFUSED, RequestStatus.WITHDRAWN)]
    assert steps and all(e.note for e in steps)  # status_notes/<status>
    notice = seed_notice()  # the flags a source or recipient may be without
    assert [source.is_public for source in notice.sources] == [False, True, None]
    assert [r.is_processor for r in notice.recipients] == [True, True, True, None, True]
