"""An event open for sign-ups: its register asks consent for e-mail marketing, and the
notice version in force (with its frozen facts and Finnish PDF) describes it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kasve_desktop.documents.notice_pdf import render_notice_pdf
from kasve_desktop.domain.notice import (
    DEFAULT_AUTHORITY,
    Address,
    ControllerFacts,
    ItemFacts,
    NoticeFacts,
    RegisterFacts,
)
from kasve_desktop.domain.notice_compose import compose
from kasve_desktop.domain.notice_json import facts_to_json, notice_to_json
from kasve_desktop.services.database import transaction
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import (
    Controller,
    Document,
    Event,
    NoticeVersion,
    Person,
    PersonEmail,
    Register,
    RegisterItem,
)

EVENT_DAY = dt.date(2026, 12, 3)
AT = dt.datetime(2026, 12, 3, 9, 15, tzinfo=dt.UTC)

CONTROLLER = ControllerFacts(
    name="Kasve Oy", business_id="2457832-5",
    address=Address(street="Kauppakatu 12", postal_code="80100", locality="Joensuu"),
    email="tietosuoja@kasve.fi", website="https://www.kasve.fi/tietosuoja")
PURPOSES = (
    ItemFacts(kind="purpose", category="events", legal_basis="contract"),
    ItemFacts(kind="purpose", category="electronic-marketing", legal_basis="consent",
              text={"fi": "tapahtumakutsut ja uutiskirje", "sv": "evenemangsinbjudningar och "
                    "nyhetsbrev", "en": "event invitations and the newsletter"}),
    ItemFacts(kind="purpose", category="service-development",
              legal_basis="legitimate-interests",
              legitimate_interest={"fi": "Kehitämme tapahtumia palautteen perusteella."}),
)
REGISTER = RegisterFacts(key="tapahtumat", name={"fi": "Tapahtumien rekisteri",
                                                 "sv": "Evenemangsregister",
                                                 "en": "Event register"},
                         items=list(PURPOSES))


@dataclass(frozen=True)
class SignupSample:
    event: int
    register: int
    notice_version: int
    maija: int
    """Maija Mallikas, maija@example.fi, already kept (Kasvu Oy, no phone)."""


def _version(facts: NoticeFacts) -> NoticeVersion:
    content: dict[str, object] = {"facts": facts_to_json(facts)}
    for lang in ("fi", "sv", "en"):
        content[lang] = notice_to_json(compose(facts, lang, lambda d, _lang: d.isoformat()))
    return NoticeVersion(number=2, effective_date=dt.date(2026, 11, 1),
                         register_keys=["tapahtumat"], content=content)


def add_signup_sample(db: Database, *, with_pdf: bool = False) -> SignupSample:
    facts = NoticeFacts(CONTROLLER, None, (REGISTER,), dict(DEFAULT_AUTHORITY))
    with transaction(db) as s:
        company = Controller(name="Kasve Oy")
        register = Register(key="tapahtumat", position=1, name=dict(REGISTER.name),
                            controller=company)
        register.items = [RegisterItem(kind=i.kind, position=n, category=i.category,
                                       legal_basis=i.legal_basis, text=dict(i.text))
                          for n, i in enumerate(PURPOSES)]
        version = _version(facts)
        s.add_all([register, version])
        s.flush()
        if with_pdf:
            pdf = render_notice_pdf(compose(facts, "fi", lambda d, _lang: d.isoformat()))
            s.add(Document(kind="notice", notice_version_id=version.id, language="fi",
                           filename="seloste-v2.pdf", content=pdf, sha256="", is_final=True))
        event = Event(name="Kasvun päivä", starts_on=EVENT_DAY, location="Joensuu",
                      register=register, notice_version=version)
        maija = Person(first_name="Maija", last_name="Mallikas", organisation="Kasvu Oy")
        maija.emails = [PersonEmail(position=0, address="maija@example.fi")]
        s.add_all([event, maija])
        s.flush()
        return SignupSample(event.id, register.id, version.id, maija.id)
