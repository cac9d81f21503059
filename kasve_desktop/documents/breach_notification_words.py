"""The fixed Finnish words of the authority's breach notification (GDPR Art. 33).

Document texts, not interface texts: the notification is prepared for the
Finnish supervisory authority's own form, so it is always in Finnish, whatever
language the user interface speaks. The headings of Art. 33(3)(a)–(d) follow the
regulation's Finnish text.
"""

from __future__ import annotations

from typing import Final

from kasve_desktop.domain.breach_clock import Risk

FINNISH: Final[dict[str, str]] = {
    "title": "Ilmoitus henkilötietojen tietoturvaloukkauksesta",
    "to_authority": "Valvontaviranomaiselle: Tietosuojavaltuutetun toimisto",
    "legal": "EU:n yleinen tietosuoja-asetus (EU) 2016/679, 33 artikla",
    "draft": "Luonnos {date} · Viite {reference}",
    "notified_on": "Ilmoitettu valvontaviranomaiselle {time}",
    "diary_number": "diaarinumero {number}",
    "printed": "Tulostettu {date} · Viite {reference}",
    "purpose": "Tämä asiakirja kokoaa ilmoituksen tiedot Tietosuojavaltuutetun toimiston "
               "verkkolomakkeelle kopioitaviksi ja rekisterinpitäjän omaan arkistoon "
               "(33 artiklan 5 kohta).",
    "purpose_notified": "Tämä asiakirja kokoaa valvontaviranomaiselle ilmoitetut tiedot ja "
                        "niiden täydennykset rekisterinpitäjän omaan arkistoon (33 artiklan "
                        "5 kohta).",
    # the controller
    "controller": "Rekisterinpitäjä",
    "name": "Nimi",
    "business_id": "Y-tunnus",
    "address": "Postiosoite",
    "email": "Sähköposti",
    "phone": "Puhelin",
    "breach": "Loukkaus",
    "reference": "Viite",
    "authority_reference": "Valvontaviranomaisen diaarinumero",
    # the times
    "times": "Ajankohdat ja 72 tunnin määräaika",
    "happened": "Loukkaus tapahtui",
    "happened_unknown": "ei tiedossa",
    "happened_note": "Ajankohdan tarkkuus",
    "discovered": "Loukkaus havaittiin (määräaika alkaa)",
    "notify_by": "Ilmoitus viimeistään (72 tuntia havaitsemisesta)",
    "no_deadline": "ei määräaikaa: ilmoitusta ei edellytetä (33 artiklan 1 kohta)",
    "notified": "Ilmoitus tehty valvontaviranomaiselle",
    "not_notified": "ei vielä tehty",
    "late": "Ilmoitus tehdään yli 72 tunnin kuluttua loukkauksen havaitsemisesta.",
    "late_made": "Ilmoitus tehtiin yli 72 tunnin kuluttua loukkauksen havaitsemisesta.",
    "delay": "Syyt ilmoituksen viivästymiseen (33 artiklan 1 kohta)",
    # (a)
    "nature": "a) Tietoturvaloukkauksen luonne",
    "what": "Mitä tapahtui",
    "person_categories": "Rekisteröityjen ryhmät",
    "persons_count": "Rekisteröityjen arvioitu lukumäärä",
    "data_categories": "Henkilötietoryhmät",
    "records_count": "Henkilötietotietueiden arvioitu lukumäärä",
    "registers": "Rekisterit, joita loukkaus koskee",
    "about": "noin {count}",
    "unknown": "ei tiedossa",
    "not_recorded": "ei kirjattu",
    # (b)
    "contact": "b) Tietosuojavastaavan tai muun yhteyspisteen nimi ja yhteystiedot",
    "dpo": "Tietosuojavastaava",
    "contact_person": "Yhteyshenkilö",
    # (c)
    "consequences": "c) Tietoturvaloukkauksen todennäköiset seuraukset",
    # (d)
    "measures": "d) Toteutetut ja ehdotetut toimenpiteet, myös haittavaikutusten "
                "lieventämiseksi",
    "measures_taken": "Toteutetut toimenpiteet",
    "measures_proposed": "Ehdotetut toimenpiteet",
    "none_proposed": "ei muita ehdotettuja toimenpiteitä",
    "none_taken": "ei vielä toteutettuja toimenpiteitä",
    # the risk
    "assessment": "Riskinarvio",
    "risk": "Arvio",
    "risk_reasons": "Perustelut",
    "decided": "Arvion teki",
    "decided_on": "{name}, {time}",
    "voluntary": "Ei todennäköisesti aiheuta riskiä rekisteröityjen oikeuksille ja "
                 "vapauksille. Ilmoitus tehtiin silti vapaaehtoisesti, vaikka 33 artiklan "
                 "1 kohta ei sitä edellytä.",
    # the persons
    "persons": "Rekisteröidyille ilmoittaminen (34 artikla)",
    "persons_told": "Rekisteröidyille ilmoitettu",
    "persons_not_told": "Miksi rekisteröidyille ei ilmoiteta erikseen",
    "persons_pending": "ei vielä ilmoitettu",
    "persons_exempt": "ei ilmoiteta erikseen (34 artiklan 3 kohta)",
    "persons_not_required": "ei edellytetä (riski ei ole korkea)",
    # Art. 33(4)
    "additions": "Täydennykset (vaiheittainen ilmoittaminen, 33 artiklan 4 kohta)",
    "no_additions": "Ilmoitusta ei ole täydennetty.",
}

RISKS: Final[dict[Risk, str]] = {
    Risk.NONE: "Ei todennäköisesti aiheuta riskiä rekisteröityjen oikeuksille ja vapauksille",
    Risk.RISK: "Riski rekisteröityjen oikeuksille ja vapauksille",
    Risk.HIGH: "Korkea riski rekisteröityjen oikeuksille ja vapauksille",
}


def word(key: str, **values: object) -> str:
    """The fixed text ``key``, with ``values`` filled in."""
    return FINNISH[key].format(**values)
