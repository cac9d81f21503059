"""Published notices and the facts they were made from, as JSON for the database.

A published version keeps the exact blocks of every language (``notice_to_json``)
and the facts it was composed from (``facts_to_json``), so that the completeness
check can be run on it later.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from kasve_desktop.domain.notice import (
    Address,
    AuthorityContact,
    Block,
    Bullets,
    ContactFacts,
    ControllerFacts,
    Fields,
    ItemFacts,
    Notice,
    NoticeFacts,
    Paragraph,
    RegisterFacts,
    Section,
    SubHeading,
)

# --- frozen form, for published versions ----------------------------------------

_BLOCK_TYPES: dict[str, type[Block]] = {
    "paragraph": Paragraph, "bullets": Bullets, "subheading": SubHeading, "fields": Fields}


def block_to_json(block: Block) -> dict[str, object]:
    kind = next(name for name, cls in _BLOCK_TYPES.items() if isinstance(block, cls))
    if isinstance(block, Paragraph):
        return {"type": kind, "text": block.text, "untranslated": block.untranslated}
    if isinstance(block, Bullets):
        return {"type": kind, "items": list(block.items), "untranslated": block.untranslated}
    if isinstance(block, SubHeading):
        return {"type": kind, "text": block.text}
    return {"type": kind, "rows": [list(row) for row in block.rows]}


def block_from_json(data: dict[str, object]) -> Block:
    kind = data["type"]
    if kind == "paragraph":
        return Paragraph(str(data["text"]), bool(data.get("untranslated")))
    if kind == "bullets":
        items = data["items"]
        assert isinstance(items, list)
        return Bullets(tuple(str(i) for i in items), bool(data.get("untranslated")))
    if kind == "subheading":
        return SubHeading(str(data["text"]))
    rows = data["rows"]
    assert isinstance(rows, list)
    return Fields(tuple((str(label), str(value)) for label, value in rows))


def notice_to_json(notice: Notice) -> dict[str, object]:
    return {
        "lang": notice.lang, "title": notice.title,
        "legal_references": notice.legal_references,
        "intro": [block_to_json(b) for b in notice.intro],
        "sections": [{"number": s.number, "heading": s.heading,
                      "blocks": [block_to_json(b) for b in s.blocks]} for s in notice.sections],
        "version": notice.version,
        "effective_date": notice.effective_date.isoformat() if notice.effective_date else None,
        "version_label": notice.version_label, "untranslated": list(notice.untranslated),
        "untranslated_marker": notice.untranslated_marker,
    }


def notice_from_json(data: dict[str, object]) -> Notice:
    sections = data["sections"]
    intro = data.get("intro", [])
    assert isinstance(sections, list) and isinstance(intro, list)
    effective = data.get("effective_date")
    version = data.get("version")
    untranslated = data.get("untranslated", [])
    assert isinstance(untranslated, list)
    return Notice(
        lang=str(data["lang"]), title=str(data["title"]),
        legal_references=str(data["legal_references"]),
        sections=tuple(Section(int(s["number"]), str(s["heading"]),
                               tuple(block_from_json(b) for b in s["blocks"]))
                       for s in sections),
        intro=tuple(block_from_json(b) for b in intro),
        version=int(version) if isinstance(version, int) else None,
        effective_date=dt.date.fromisoformat(effective) if isinstance(effective, str) else None,
        version_label=str(data.get("version_label", "")),
        untranslated=tuple(str(u) for u in untranslated),
        untranslated_marker=str(data.get("untranslated_marker", "")))


# --- the facts a version was published from, for checking it later -------------------

_ITEM_DATES = ("agreement_date", "review_on")


def _item_to_json(item: ItemFacts) -> dict[str, object]:
    data = dataclasses.asdict(item)
    for name in _ITEM_DATES:
        day = getattr(item, name)
        data[name] = day.isoformat() if day else None
    return data


def _item_from_json(data: dict[str, Any]) -> ItemFacts:
    values = {f.name: data[f.name] for f in dataclasses.fields(ItemFacts) if f.name in data}
    for name in _ITEM_DATES:  # a version frozen before ``review_on`` existed lacks it
        day = values.get(name)
        values[name] = dt.date.fromisoformat(day) if day else None
    return ItemFacts(**values)


def register_to_json(register: RegisterFacts) -> dict[str, object]:
    data = dataclasses.asdict(register)
    data["items"] = [_item_to_json(item) for item in register.items]
    return data


def register_from_json(data: dict[str, Any]) -> RegisterFacts:
    values = {f.name: data[f.name] for f in dataclasses.fields(RegisterFacts) if f.name in data}
    values["items"] = [_item_from_json(item) for item in data.get("items", [])]
    return RegisterFacts(**values)


def _contact_from_json(data: dict[str, Any] | None) -> ContactFacts | None:
    if data is None:
        return None
    return ContactFacts(data["name"], Address(**data["address"]), data["email"], data["phone"])


def facts_to_json(facts: NoticeFacts) -> dict[str, object]:
    """What a check of the notice reads: the controller, its people and the registers."""
    return {
        "controller": dataclasses.asdict(facts.controller),
        "contact": dataclasses.asdict(facts.contact) if facts.contact else None,
        "dpo": dataclasses.asdict(facts.dpo) if facts.dpo else None,
        "intro": dict(facts.intro),
        "registers": [register_to_json(r) for r in facts.registers]}


def facts_from_json(data: dict[str, Any],
                    authority: dict[str, AuthorityContact]) -> NoticeFacts:
    controller = dict(data["controller"])
    controller["address"] = Address(**controller["address"])
    controller["subsidiaries"] = tuple(controller.get("subsidiaries", ()))
    return NoticeFacts(ControllerFacts(**controller), _contact_from_json(data.get("contact")),
                       tuple(register_from_json(r) for r in data["registers"]), authority,
                       dpo=_contact_from_json(data.get("dpo")), intro=dict(data.get("intro", {})))
