"""Item (c) and Art. 15(2) of the access report: the recipients by name, and the transfers
outside the EU/EEA with their safeguards — both derived from the register's recipients
that concern the person.

A register's recipient is told to the person only if its service may receive data held
about them (``domain.data_relevance``): the invoicing firm is not named to a person
about whom no billing or order data are held, nor the analytics provider to one with no
website usage data. A recipient without a service code, or with one the table does not
know, is always named. The transfers are those of the recipients named.

A recipient is printed with its name, its role (``notice_vocabulary.RecipientRole``;
a recipient recorded only as a processor by the older flag counts as one), its country
and what it does with the data. A recipient is outside the EU/EEA when it is marked so
or its country is outside; its safeguard is the named transfer mechanism, else the
register's own safeguard text. The statement "not transferred outside the EU/EEA" is
printed only when no recipient named is outside. The report is refused
(``AccessReportError``) rather than print a transfer it cannot vouch for: a recipient
named without a country, or with the unknown-country code ``ZZ`` (it cannot say whether
the data leave the EU/EEA), or outside the EU/EEA without a recorded safeguard (it must
not invent one).
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from dataclasses import dataclass

from kasve_desktop.documents.access_model import Lines, Marked, Part, ReportBlock, Section
from kasve_desktop.domain.completeness import UNKNOWN_COUNTRY
from kasve_desktop.domain.data_relevance import service_concerns
from kasve_desktop.domain.notice import ItemFacts, Paragraph, RegisterFacts
from kasve_desktop.domain.notice_vocabulary import (
    RECIPIENT_ROLES,
    TRANSFER_MECHANISMS,
    DataCategory,
    RecipientRole,
    TransferMechanism,
    country_name,
    outside_eea,
    vocabulary,
)
from kasve_desktop.domain.vocabulary import RegisterItemKind
from kasve_desktop.i18n import N_
from kasve_desktop.services.answers.access_report.compose import Context
from kasve_desktop.services.answers.access_report.errors import AccessReportError

NO_COUNTRY = N_("The register {register} lists the recipient {recipient} without a country: "
                "the access report cannot tell the person whether their data leave the "
                "EU/EEA. Enter the recipient's country in the register.")
NO_SAFEGUARD = N_("The recipient {recipient} of the register {register} is outside the EU/EEA "
                  "({country}), but the safeguard of the transfer is not recorded: the access "
                  "report must name it (GDPR Art. 15(2)). Choose the transfer mechanism in the "
                  "register.")


@dataclass(frozen=True)
class Transfer:
    """A recipient outside the EU/EEA as the letter names it."""

    name: Part
    country: str
    safeguard: Part


def register_name(register: RegisterFacts) -> str:
    """The register's name as the user interface's messages give it (Finnish first)."""
    return register.name.get("fi") or next(iter(register.name.values()), "") or register.key


def recipients_of(register: RegisterFacts, held: Set[DataCategory]) -> list[ItemFacts]:
    """The register's recipients that may receive some of the categories ``held``."""
    return [item for item in register.items_of(RegisterItemKind.RECIPIENT)
            if service_concerns(item.category, held)]


def is_outside(item: ItemFacts) -> bool:
    return item.outside_eea or outside_eea(item.country)


def role_of(item: ItemFacts) -> RecipientRole | None:
    """The recipient's role; the older flag ``is_processor`` where no role is set."""
    if item.role in set(RecipientRole):
        return RecipientRole(item.role)
    return RecipientRole.PROCESSOR if item.is_processor else None


def _name(ctx: Context, item: ItemFacts) -> Part:
    """The recipient's name; an unnamed one by its description."""
    if item.name:
        return item.name, False
    described = ctx.free(item.text)
    if described[0]:
        return described
    return vocabulary(item.kind).get(item.category, {}).get(ctx.lang, ""), False


def _safeguard(ctx: Context, item: ItemFacts) -> Part:
    if item.transfer_mechanism in set(TransferMechanism):
        return TRANSFER_MECHANISMS[TransferMechanism(item.transfer_mechanism)][ctx.lang], False
    return ctx.free(item.safeguard)


def check(ctx: Context, register: RegisterFacts, items: Sequence[ItemFacts]) -> None:
    """``AccessReportError`` for a recipient to be named whose transfer the report cannot
    state truly."""
    for item in items:
        names = {"register": register_name(register),
                 "recipient": item.name or item.text.get("fi", "")}
        if item.country.upper() in ("", UNKNOWN_COUNTRY):
            raise AccessReportError(NO_COUNTRY, **names)
        if is_outside(item) and not _safeguard(ctx, item)[0]:
            raise AccessReportError(NO_SAFEGUARD, country=item.country, **names)


def transfers_of(ctx: Context, items: Sequence[ItemFacts]) -> list[Transfer]:
    return [Transfer(_name(ctx, item), country_name(item.country, ctx.lang),
                     _safeguard(ctx, item))
            for item in items if is_outside(item)]


def _line(ctx: Context, item: ItemFacts) -> Marked:
    role, name = role_of(item), _name(ctx, item)
    parts: list[Part] = [name]
    if role is not None:
        parts.append((f" ({RECIPIENT_ROLES[role][ctx.lang]})", False))
    parts.append((f", {country_name(item.country, ctx.lang)}", False))
    coded = vocabulary(item.kind).get(item.category, {}).get(ctx.lang, "")
    what = [(coded, False), ctx.free(item.text) if item.name else ("", False)]
    service = joined([part for part in what if part[0] and part != name])
    return Marked(tuple(parts + ([(": ", False), *service] if service else [])))


def recipient_blocks(ctx: Context, register: RegisterFacts,
                     held: Set[DataCategory]) -> list[ReportBlock]:
    """Item (c) for one register: who receives the person's data (``held``: the categories
    held about them there), and whether it leaves the EU/EEA."""
    items = recipients_of(register, held)
    check(ctx, register, items)
    if not items:
        return [Paragraph(ctx.w("no_recipients")), Paragraph(ctx.w("no_transfers_here"))]
    blocks: list[ReportBlock] = [Paragraph(ctx.w("recipients_intro")),
                                 Lines(tuple(_line(ctx, item) for item in items))]
    transfers = transfers_of(ctx, items)
    blocks += [Marked((*ctx.around("transfer_here", "name", [t.name], country=t.country),
                       t.safeguard,
                       ("" if t.safeguard[0].endswith(".") else ".", False)))
               for t in transfers]
    if not transfers:
        blocks.append(Paragraph(ctx.w("no_transfers_here")))
    return blocks


def joined(parts: Sequence[Part]) -> list[Part]:
    """``parts`` separated by commas."""
    out: list[Part] = []
    for part in parts:
        out += [(", ", False), part] if out else [part]
    return out


def transfers_section(ctx: Context, registers: Sequence[RegisterFacts],
                      names: Sequence[Part], helds: Sequence[Set[DataCategory]]) -> Section:
    """Art. 15(2): every recipient outside the EU/EEA that receives the person's data, in
    the person's registers (``names``: the registers' names in the letter; ``helds``: the
    categories held about the person in each), with its safeguard."""
    found: dict[tuple[Part, str, Part], list[Part]] = {}
    for register, name, held in zip(registers, names, helds, strict=True):
        for t in transfers_of(ctx, recipients_of(register, held)):
            found.setdefault((t.name, t.country, t.safeguard), []).append(name)
    if not found:
        return Section(ctx.w("transfers_heading"), (Paragraph(ctx.w("no_transfers")),))
    lines = tuple(Marked((n, (f", {country} (", False), *joined(regs), ("): ", False),
                          safeguard))
                  for (n, country, safeguard), regs in found.items())
    return Section(ctx.w("transfers_heading"),
                   (Paragraph(ctx.w("transfers_intro")), Lines(lines)))
