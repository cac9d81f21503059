"""The fixed words of the access report (GDPR Art. 15) in Finnish, Swedish and English.

Document texts, not interface texts: the report prints in the person's language
whatever language the user interface speaks. The headings of items (a)–(h) and
of the copy are exactly those of access-report.md.
"""

from __future__ import annotations

from typing import Final

from kasve_desktop.documents.access_words_en import ENGLISH
from kasve_desktop.documents.access_words_fi import FINNISH
from kasve_desktop.documents.access_words_sv import SWEDISH

ITEM_KEYS: Final = ("a", "b", "c", "d", "e", "f", "g", "h")

ITEM_HEADINGS: Final[dict[str, tuple[str, ...]]] = {
    "fi": ("Käsittelyn tarkoitukset ja oikeusperusteet", "Käsiteltävät tietoryhmät",
           "Tietojen vastaanottajat", "Säilytysaika",
           "Oikeutesi: oikaisu, poisto, rajoittaminen ja vastustaminen",
           "Oikeus tehdä valitus valvontaviranomaiselle",
           "Mistä tiedot on saatu (tietolähteet)", "Automaattinen päätöksenteko ja profilointi"),
    "sv": ("Ändamål och rättslig grund", "Kategorier av personuppgifter", "Mottagare",
           "Lagringstid", "Dina rättigheter: rättelse, radering, begränsning och invändning",
           "Rätt att lämna klagomål till tillsynsmyndigheten", "Varifrån uppgifterna kommer",
           "Automatiserat beslutsfattande och profilering"),
    "en": ("Purposes and legal basis", "Categories of data", "Recipients", "Storage period",
           "Your rights: rectification, erasure, restriction and objection",
           "Right to complain to the supervisory authority", "Where the data came from",
           "Automated decision-making and profiling"),
}

WORDS: Final[dict[str, dict[str, str]]] = {"fi": FINNISH, "sv": SWEDISH, "en": ENGLISH}


def word(lang: str, key: str, **values: object) -> str:
    """The fixed text ``key`` in ``lang``, with ``values`` filled in."""
    return WORDS[lang][key].format(**values)
