"""The check of a whole notice: items A–N over every register it covers, and its flags.

An item is covered when it is covered (or does not apply) in every register; a
flag is open unless the user dismissed it for that register. A notice in
Swedish or English that prints Finnish text for lack of a translation gets an
``untranslated`` flag of its own. Publishing asks for a reason while the check
is not clean; ``notice --check`` prints it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass

from kasve_desktop.domain.completeness import (
    ITEMS,
    CompletenessReport,
    Coverage,
    Flag,
    ItemStatus,
    check_register,
)
from kasve_desktop.domain.notice import SOURCE_LANGUAGE, NoticeFacts
from kasve_desktop.domain.notice_compose import compose
from kasve_desktop.i18n import N_

UNTRANSLATED = "untranslated"
UNTRANSLATED_REASON = {
    "sv": N_("The Swedish notice prints Finnish text in: {parts}."),
    "en": N_("The English notice prints Finnish text in: {parts}."),
}

Translate = Callable[[str], str]


@dataclass(frozen=True)
class ItemGap:
    register: str
    """The register's name (in Finnish, the reference language)."""
    report: CompletenessReport


@dataclass(frozen=True)
class OpenFlag:
    code: str
    registers: tuple[str, ...]
    flag: Flag


@dataclass(frozen=True)
class NoticeCheck:
    reports: tuple[tuple[str, CompletenessReport], ...]
    """Each covered register's name and its report (dismissed flags left out)."""
    untranslated: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """Per checked language other than Finnish, the parts printed in Finnish."""

    def missing(self, code: str) -> list[tuple[str, str, tuple[tuple[str, str], ...]]]:
        """Where item ``code`` is missing: the register's name, detail and its values."""
        found = []
        for name, report in self.reports:
            item = report.item(code)
            if item.coverage is Coverage.MISSING:
                found.append((name, item.detail, item.detail_params))
        return found

    def open_flags(self) -> list[OpenFlag]:
        """Each open flag once, with the registers it was found in (by code and reason)."""
        grouped: dict[tuple[str, str, tuple[tuple[str, str], ...]], list[str]] = {}
        first: dict[tuple[str, str, tuple[tuple[str, str], ...]], Flag] = {}
        for name, report in self.reports:
            for flag in report.flags:
                key = (flag.code, flag.reason, flag.params)
                grouped.setdefault(key, []).append(name)
                first.setdefault(key, flag)
        return [OpenFlag(key[0], tuple(names), first[key]) for key, names in grouped.items()]

    @property
    def clean(self) -> bool:
        no_gaps = not any(self.missing(code) for code, *_rest in ITEMS)
        return no_gaps and not self.open_flags() and not self.untranslated

    def gaps(self, translate: Translate) -> list[str]:
        """What is missing and what is open, worded for the window (no codes)."""
        return _gap_lines(self, translate)

    def lines(self, translate: Translate) -> list[str]:
        """The check as ``notice --check`` prints it: the words ``ok``, ``missing`` and
        ``flag`` as they are (scripts read them), the details in the language of
        ``translate``."""
        out = []
        for code, *_rest in ITEMS:
            gaps = self.missing(code)
            if not gaps:
                out.append(f"{code} ok")
                continue
            details = "; ".join(f"{name}: {_message(detail, params, translate)}"
                                for name, detail, params in gaps)
            out.append(f"{code} missing: {details}")
        for found in self.open_flags():
            reason = found.flag.message(translate)
            out.append(f"flag {found.code}: {reason} ({', '.join(found.registers)})")
        for lang, parts in self.untranslated:
            reason = translate(UNTRANSLATED_REASON[lang]).format(parts="; ".join(parts))
            out.append(f"flag {UNTRANSLATED}: {reason}")
        return out


def _gap_lines(check: NoticeCheck, translate: Translate) -> list[str]:
    lines = []
    for code, label, *_rest in ITEMS:
        for name, detail, params in check.missing(code):
            lines.append(f"{code} {translate(label)} — {name}: "
                         f"{_message(detail, params, translate)}")
    for found in check.open_flags():
        lines.append(f"{found.flag.message(translate)} ({', '.join(found.registers)})")
    for lang, parts in check.untranslated:
        lines.append(translate(UNTRANSLATED_REASON[lang]).format(parts="; ".join(parts)))
    return lines


def _message(detail: str, params: tuple[tuple[str, str], ...], translate: Translate) -> str:
    return ItemStatus("", "", "", Coverage.MISSING, detail, params).message(translate)


def check_notice(facts: NoticeFacts, dismissed: Mapping[str, Collection[str]],
                 languages: Sequence[str]) -> NoticeCheck:
    """Check every register of ``facts``; ``dismissed`` maps a register key to the flag
    codes the user dismissed for it; ``languages`` are those whose text is checked for
    untranslated parts."""
    reports = []
    for register in facts.registers:
        report = check_register(facts.controller, facts.contact, facts.dpo, register,
                                facts.intro.get(SOURCE_LANGUAGE, ""))
        skip = dismissed.get(register.key, ())
        kept = tuple(f for f in report.flags if f.code not in skip)
        name = register.name.get(SOURCE_LANGUAGE) or register.key
        reports.append((name, CompletenessReport(report.register_key, report.items, kept)))
    untranslated = []
    for lang in languages:
        if lang == SOURCE_LANGUAGE:
            continue
        parts = compose(facts, lang, _no_date).untranslated
        if parts:
            untranslated.append((lang, parts))
    return NoticeCheck(tuple(reports), tuple(untranslated))


def _no_date(_day: dt.date, _lang: str) -> str:
    return ""
