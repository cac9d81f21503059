"""The demo's notice story: the seed published as version 1, the corrected registers the draft.

Version 1 is frozen as the seed was, outdated phrases and all, and published with an
override reason in January 2019, after the Data Protection Act (1050/2018) came into force
(the notice prints it among its legal references); consents and sign-ups given under it
point to it and come after it. The current
registers are Kasve's corrected and structured: every purpose with its basis, every data
category with whether it must be given, the recipients by name, Google Analytics as a
processor in the United States under the Data Privacy Framework, every free text in
Finnish, Swedish and English.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from kasve_desktop.demo.build import create_demo_database
from kasve_desktop.demo.seed import seed_notice
from kasve_desktop.domain.notice import (
    LANGUAGES,
    REGISTER_TEXT_FIELDS,
    ItemFacts,
    Paragraph,
    RegisterFacts,
)
from kasve_desktop.domain.notice_vocabulary import RecipientRole, vocabulary
from kasve_desktop.domain.vocabulary import LegalBasis
from kasve_desktop.services.registers.notice import (
    build_notice,
    notice_check,
    published_notice,
    versions,
)
from kasve_desktop.services.registers.registers import register_facts
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Consent, NoticeVersion, Participation, Register, Setting
from tests.conftest import fixed_clock

FIXED_DAY = dt.date(2026, 11, 24)
ITEM_TEXTS = ("text", "legitimate_interest", "consequence", "safeguard")
RETENTION_SECTION = 9
SEED_PHRASES = ("523/99", "henkilötietolai", "kirjallisesti", "ei-henkilökohtai",
                "muut vastaavat käyttötarkoitukset", "ja/tai")
OBJECTION_KEPT = {
    "fi": ("Suoramarkkinointikiellon säilytämme niin kauan kuin säilytämme yhteystietojasi",
           "estolistalle", "suojattuina tunnisteina"),
    "sv": ("Ett förbud mot direktmarknadsföring sparar vi så länge vi har dina "
           "kontaktuppgifter", "spärrlista", "skyddade koder"),
    "en": ("We keep an objection to direct marketing for as long as we hold your contact "
           "details", "suppression list", "protected codes"),
}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = create_demo_database(tmp_path_factory.mktemp("story") / "demo.db",
                              fixed_clock(FIXED_DAY))
    try:
        yield db
    finally:
        db.close()


@pytest.fixture(scope="module")
def session(demo_db: Database) -> Iterator[Session]:
    with demo_db.sessions() as session:
        yield session


@pytest.fixture(scope="module")
def registers(session: Session) -> list[RegisterFacts]:
    """The current registers: the draft."""
    rows = session.scalars(select(Register).order_by(Register.position))
    return [register_facts(row) for row in rows]


def frozen_text(db: Database, number: int, lang: str) -> str:
    notice = published_notice(db, number, lang)
    parts = [block.text for block in notice.intro if isinstance(block, Paragraph)]
    return "\n".join([*parts, *(section.plain_text() for section in notice.sections)])


def intro_texts(session: Session) -> tuple[dict[str, str], dict[str, str]]:
    """The notice's title and opening as the setting holds them now."""
    setting = session.get(Setting, "notice.intro")
    assert setting is not None
    title, text = setting.value["title"], setting.value["text"]
    assert isinstance(title, dict) and isinstance(text, dict)
    return title, text


def registers_text(register: RegisterFacts) -> str:
    """Every text the register holds, in every language."""
    texts = [getattr(register, name) for name in REGISTER_TEXT_FIELDS]
    texts += [getattr(item, name) for item in register.items for name in ITEM_TEXTS]
    return "\n".join(text for each in texts for text in each.values())


# Version 1: the seed as published -------------------------------------------------

def test_version_1_is_the_seed_published_with_an_override(demo_db: Database) -> None:
    assert [(v.number, v.effective_date) for v in versions(demo_db)] == [
        (1, dt.date(2019, 1, 15))]
    version = versions(demo_db)[0]
    assert version.override_reason == ("Julkaistu vanhan rekisteriselosteen pohjalta ennen "
                                       "tarkistusta.")
    assert version.register_keys == ("asiakkaat", "kumppanit", "markkinointi",
                                     "valmennukset", "tapahtumat")


def test_version_1_keeps_the_seeds_words_and_none_of_the_drafts(demo_db: Database) -> None:
    finnish = frozen_text(demo_db, 1, "fi")
    assert "Henkilötietolain (523/99) 10 §:n" in finnish
    assert "henkilötietolain 26 §:n" in finnish
    assert "ei-henkilökohtaisia" in finnish
    assert "muut vastaavat käyttötarkoitukset" in finnish
    for name in ("Kanto CRM Oy", "Postitin Oy", "Google LLC"):
        assert name not in finnish


def test_the_check_is_red_on_version_1_and_green_on_the_draft(demo_db: Database) -> None:
    seed = notice_check(demo_db, version=1)
    assert not seed.clean
    assert {"repealed-act", "in-writing", "non-personal", "transfer-claim"} <= {
        flag.code for flag in seed.open_flags()}
    assert notice_check(demo_db).clean


def test_version_1_takes_effect_after_the_data_protection_act(demo_db: Database) -> None:
    """Version 1 prints the Data Protection Act (1050/2018) among its legal references: it
    came into force on 1.1.2019, and version 1 takes effect after it, long enough before
    the demo's day that every consent comes after it (the earliest is given some 1,600
    days before that day)."""
    notice = published_notice(demo_db, 1, "fi")
    assert "1050/2018" in notice.legal_references
    assert notice.effective_date == seed_notice().published.effective_date
    assert dt.date(2019, 1, 1) < notice.effective_date < FIXED_DAY - dt.timedelta(days=1700)


def test_the_draft_says_how_long_marketing_objections_are_kept(demo_db: Database) -> None:
    """Printed under storage periods of both registers that keep objections, in every
    language (before the module's session: one connection serves them all)."""
    for lang, phrases in OBJECTION_KEPT.items():
        section = next(s for s in build_notice(demo_db, lang).sections
                       if s.number == RETENTION_SECTION).plain_text()
        assert section.count(phrases[0]) == 2, lang


def test_consents_and_sign_ups_point_to_version_1(session: Session) -> None:
    version = session.scalars(select(NoticeVersion)).one()
    consents = list(session.scalars(select(Consent)))
    participations = list(session.scalars(select(Participation)))
    assert consents and participations
    assert {c.notice_version_id for c in consents} == {version.id}
    assert {p.notice_version_id for p in participations} == {version.id}
    assert all(c.granted_at.date() >= version.effective_date for c in consents)
    assert all(p.signed_up_at.date() >= version.effective_date for p in participations)


# The draft: Kasve's registers corrected ---------------------------------------------

def test_every_free_text_of_the_draft_is_in_three_languages(
        session: Session, registers: list[RegisterFacts]) -> None:
    def complete(texts: dict[str, str]) -> bool:
        return not texts or (set(texts) == set(LANGUAGES) and all(map(str.strip,
                                                                         texts.values())))

    for register in registers:
        for name in REGISTER_TEXT_FIELDS:
            assert complete(getattr(register, name)), (register.key, name)
        for item in register.items:
            for name in ITEM_TEXTS:
                assert complete(getattr(item, name)), (register.key, item.kind, name)
    title, text = intro_texts(session)
    assert set(title) == set(text) == set(LANGUAGES)


def test_only_a_few_register_texts_are_typed(registers: list[RegisterFacts]) -> None:
    """The product writes the rights, transfers and the rest; a register names itself,
    where billing data are kept the law that keeps them, and where marketing objections
    are kept what is kept of them."""
    for register in registers:
        typed = {name for name in REGISTER_TEXT_FIELDS if getattr(register, name)}
        assert typed <= {"name", "legal_hold_text", "retention_text"}, register.key
        assert register.automated_decisions is False


def test_registers_keeping_objections_say_how_long_they_are_kept(
        registers: list[RegisterFacts]) -> None:
    """The objection letter promises to keep the objection; where the "consents" category
    holds objections the register says for how long, and what is left after an erasure
    (the suppression list's keyed hashes, ``domain.suppression``). The registers that keep
    billing data say why (the Accounting Act); no other register types a retention text."""
    keeping = [r for r in registers if "consents" in {
        d.category for d in r.items_of("data-category")}]
    assert [r.key for r in keeping] == ["asiakkaat", "markkinointi"]
    for register in registers:
        assert bool(register.retention_text) == (
            register in keeping or bool(register.legal_hold_text)), register.key
    for lang, phrases in OBJECTION_KEPT.items():
        for register in keeping:
            assert all(p in register.retention_text[lang] for p in phrases), (register.key, lang)


def test_no_seed_phrase_is_left_in_the_draft(session: Session,
                                             registers: list[RegisterFacts]) -> None:
    text = "\n".join([*map(registers_text, registers), *intro_texts(session)[1].values()])
    for phrase in SEED_PHRASES:
        assert phrase not in text.lower(), phrase


def test_every_item_is_coded_from_the_vocabulary(registers: list[RegisterFacts]) -> None:
    for register in registers:
        for item in register.items:
            assert item.category in vocabulary(item.kind) or (
                item.kind == "source" and item.text), (register.key, item)


def test_every_purpose_has_a_basis_and_an_interest_where_needed(
        registers: list[RegisterFacts]) -> None:
    for register in registers:
        purposes = register.items_of("purpose")
        assert purposes, register.key
        for purpose in purposes:
            assert purpose.legal_basis in set(LegalBasis), (register.key, purpose.category)
            interest = purpose.legal_basis == LegalBasis.LEGITIMATE_INTERESTS
            assert bool(purpose.legitimate_interest) == interest, (register.key, purpose)


def bases(register: RegisterFacts) -> dict[str, str | None]:
    return {p.category: p.legal_basis for p in register.items_of("purpose")}


def test_each_register_says_what_is_true_of_it(registers: list[RegisterFacts]) -> None:
    by_key = {r.key: r for r in registers}
    assert bases(by_key["asiakkaat"]) == {
        "customer-relationship": "contract", "service-delivery": "contract",
        "user-accounts": "contract", "billing": "legal-obligation",
        "direct-marketing": "legitimate-interests",
        "service-development": "legitimate-interests",
        "legal-claims": "legitimate-interests"}  # the order history a refusal keeps
    assert bases(by_key["markkinointi"]) == {
        "electronic-marketing": "consent", "direct-marketing": "legitimate-interests",
        "website-analytics": "consent"}
    assert "consent" not in bases(by_key["kumppanit"]).values()
    assert "consents" not in {d.category for d in by_key["kumppanit"].items_of("data-category")}
    for key in ("valmennukset", "tapahtumat"):
        assert "participation" in {d.category for d in by_key[key].items_of("data-category")}
    assert len({tuple(map(str, r.items)) for r in registers}) == len(registers)


def test_every_data_category_says_whether_it_must_be_given(
        registers: list[RegisterFacts]) -> None:
    for register in registers:
        categories = register.items_of("data-category")
        assert categories, register.key
        for item in categories:
            assert item.required is not None, (register.key, item.category)
            assert bool(item.consequence) == item.required, (register.key, item.category)


def test_the_six_month_rule_per_category_and_billing_under_the_accounting_act(
        registers: list[RegisterFacts]) -> None:
    """Billing data 84 months from the last invoice (the Accounting Act counts six years
    from the end of the financial year); the customers' order history 42 months from when
    it was last needed (the three-year limitation period and six months); the rest six."""
    for register in registers:
        assert (register.retention_months, register.retention_anchor) == (6, "last-needed")
        billing = False
        for item in register.items_of("data-category"):
            rule = (item.retention_months, item.retention_anchor)
            if item.category == "billing":
                billing = True
                assert rule == (84, "last-needed"), register.key
            elif (register.key, item.category) == ("asiakkaat", "orders"):
                assert rule == (42, "last-needed")
            else:
                assert rule == (6, "last-needed"), (register.key, item.category)
        hold = register.legal_hold_text
        assert bool(hold) == billing, register.key
        if hold:
            assert "kirjanpitolain (1336/1997) 2 luvun 10 §" in hold["fi"]
            assert "2 kap. 10 § i bokföringslagen (1336/1997)" in hold["sv"]
            assert "chapter 2, section 10 of the Accounting Act (1336/1997)" in hold["en"]


def recipients(registers: list[RegisterFacts]) -> list[tuple[str, ItemFacts]]:
    return [(r.key, item) for r in registers for item in r.items_of("recipient")]


def test_google_analytics_is_a_processor_in_the_united_states_under_the_dpf(
        registers: list[RegisterFacts]) -> None:
    google = [(key, item) for key, item in recipients(registers) if "Google" in item.name]
    assert [key for key, _item in google] == ["markkinointi"]
    item = google[0][1]
    assert (item.name, item.text["en"], item.role, item.country, item.transfer_mechanism,
            item.category) == ("Google LLC", "Google Analytics", "processor", "US", "dpf",
                               "web-analytics")
    assert item.outside_eea and item.agreement_date is not None


def test_the_other_recipients_are_named_and_inside_the_eea(
        registers: list[RegisterFacts]) -> None:
    others = [item for _key, item in recipients(registers) if "Google" not in item.name]
    assert {item.country for item in others} == {"FI", "EE", "IE"}
    for item in others:
        assert item.name and item.category and not item.outside_eea, item
        assert item.role in set(RecipientRole)
        assert (item.agreement_date is not None) == (item.role == RecipientRole.PROCESSOR)
        assert not item.transfer_mechanism
    assert RecipientRole.CONTROLLER in {item.role for item in others}


def test_every_source_says_whether_it_is_public(registers: list[RegisterFacts]) -> None:
    for register in registers:
        sources = register.items_of("source")
        assert sources and all(s.is_public is not None for s in sources), register.key

