"""The fixed words of a privacy notice in Finnish, Swedish and English.

These are document texts, not interface texts: a notice prints in its own
language whatever language the user interface speaks.
"""

from __future__ import annotations

from typing import Final

LEGAL_REFERENCES: Final = {
    "fi": "EU:n yleinen tietosuoja-asetus (EU) 2016/679, 13 ja 14 artikla, "
          "sekä tietosuojalaki (1050/2018)",
    "sv": "EU:s allmänna dataskyddsförordning (EU) 2016/679, artiklarna 13 och 14, "
          "samt dataskyddslagen (1050/2018)",
    "en": "General Data Protection Regulation (EU) 2016/679, Articles 13 and 14, "
          "and the Finnish Data Protection Act (1050/2018)",
}

WORDS: Final[dict[str, dict[str, str]]] = {
    "fi": {
        "introduction": "Johdanto",
        "name": "Nimi", "business_id": "Y-tunnus", "address": "Postiosoite",
        "email": "Sähköposti", "phone": "Puhelin", "website": "Verkkosivut",
        "subsidiaries": "Tytäryhtiöt", "dpo": "Tietosuojavastaava",
        "version": "Versio {number}, voimassa {date} alkaen", "draft": "Luonnos",
        "updated": "Tämä seloste on julkaistu {date} (versio {number}).",
        "unpublished": "Tämä on selosteen luonnos, jota ei ole julkaistu.",
        "untranslated": "[ei käännetty — teksti suomeksi]",
        "required": "pakollinen", "voluntary": "vapaaehtoinen",
        "if_not_given": "Jos tietoa ei anneta: {consequence}",
        "public_source": "julkinen lähde", "processor": "henkilötietojen käsittelijä",
        "outside_eea": "siirto EU:n/ETA:n ulkopuolelle ({country}); suojatoimi: {safeguard}",
        "legitimate_interest": "oikeutettu etu: {interest}",
        "manual": "Manuaalinen aineisto", "electronic": "Sähköisesti tallennetut tiedot",
        "authority": "Valvontaviranomaisen yhteystiedot", "visiting": "Käyntiosoite",
        "postal": "Postiosoite", "switchboard": "Vaihde", "web": "Verkkosivut",
        "no_automated": "Henkilötietoja ei käytetä automaattiseen päätöksentekoon "
                        "eikä profilointiin.",
        "retention_rule": "Tiedot poistetaan {months} kuukauden kuluttua siitä, kun niitä "
                          "on viimeksi tarvittu.",
        "retention_rule_collected": "Tiedot poistetaan {months} kuukauden kuluttua "
                                    "niiden keräämisestä.",
    },
    "sv": {
        "introduction": "Inledning",
        "name": "Namn", "business_id": "FO-nummer", "address": "Postadress",
        "email": "E-post", "phone": "Telefon", "website": "Webbplats",
        "subsidiaries": "Dotterbolag", "dpo": "Dataskyddsombud",
        "version": "Version {number}, gäller från {date}", "draft": "Utkast",
        "updated": "Denna beskrivning publicerades {date} (version {number}).",
        "unpublished": "Detta är ett utkast till beskrivningen som inte har publicerats.",
        "untranslated": "[inte översatt — text på finska]",
        "required": "obligatorisk", "voluntary": "frivillig",
        "if_not_given": "Om uppgiften inte lämnas: {consequence}",
        "public_source": "offentlig källa", "processor": "personuppgiftsbiträde",
        "outside_eea": "överföring utanför EU/EES ({country}); skyddsåtgärd: {safeguard}",
        "legitimate_interest": "berättigat intresse: {interest}",
        "manual": "Manuellt material", "electronic": "Elektroniskt lagrade uppgifter",
        "authority": "Tillsynsmyndighetens kontaktuppgifter", "visiting": "Besöksadress",
        "postal": "Postadress", "switchboard": "Växel", "web": "Webbplats",
        "no_automated": "Personuppgifterna används inte för automatiserat beslutsfattande "
                        "eller profilering.",
        "retention_rule": "Uppgifterna raderas {months} månader efter att de senast "
                          "behövdes.",
        "retention_rule_collected": "Uppgifterna raderas {months} månader efter att de "
                                    "samlades in.",
    },
    "en": {
        "introduction": "Introduction",
        "name": "Name", "business_id": "Business ID", "address": "Postal address",
        "email": "E-mail", "phone": "Phone", "website": "Website",
        "subsidiaries": "Subsidiaries", "dpo": "Data protection officer",
        "version": "Version {number}, effective from {date}", "draft": "Draft",
        "updated": "This notice was published on {date} (version {number}).",
        "unpublished": "This is a draft of the notice; it has not been published.",
        "untranslated": "[not translated — text in Finnish]",
        "required": "required", "voluntary": "voluntary",
        "if_not_given": "If not given: {consequence}",
        "public_source": "public source", "processor": "processor",
        "outside_eea": "transfer outside the EU/EEA ({country}); safeguard: {safeguard}",
        "legitimate_interest": "legitimate interest: {interest}",
        "manual": "Manual records", "electronic": "Electronically stored data",
        "authority": "Contact details of the supervisory authority",
        "visiting": "Visiting address", "postal": "Postal address",
        "switchboard": "Switchboard", "web": "Website",
        "no_automated": "Personal data are not used for automated decision-making or "
                        "profiling.",
        "retention_rule": "The data are deleted {months} months after they were last "
                          "needed.",
        "retention_rule_collected": "The data are deleted {months} months after they were "
                                    "collected.",
    },
}

_LEGAL_BASES: Final[dict[str, dict[str, str]]] = {
    "fi": {
        "consent": "suostumus (6 art. 1 a)", "contract": "sopimus (6 art. 1 b)",
        "legal-obligation": "lakisääteinen velvoite (6 art. 1 c)",
        "vital-interests": "elintärkeä etu (6 art. 1 d)",
        "public-task": "yleisen edun mukainen tehtävä (6 art. 1 e)",
        "legitimate-interests": "oikeutettu etu (6 art. 1 f)",
    },
    "sv": {
        "consent": "samtycke (art. 6.1 a)", "contract": "avtal (art. 6.1 b)",
        "legal-obligation": "rättslig förpliktelse (art. 6.1 c)",
        "vital-interests": "grundläggande intresse (art. 6.1 d)",
        "public-task": "uppgift av allmänt intresse (art. 6.1 e)",
        "legitimate-interests": "berättigat intresse (art. 6.1 f)",
    },
    "en": {
        "consent": "consent (Art. 6(1)(a))", "contract": "contract (Art. 6(1)(b))",
        "legal-obligation": "legal obligation (Art. 6(1)(c))",
        "vital-interests": "vital interests (Art. 6(1)(d))",
        "public-task": "public task (Art. 6(1)(e))",
        "legitimate-interests": "legitimate interests (Art. 6(1)(f))",
    },
}


def _glued(text: str) -> str:
    """The citation at the end (``sopimus (6 art. 1 b)``) held on one line."""
    name, _paren, citation = text.rpartition(" (")
    return f"{name} ({citation.replace(' ', NBSP)}" if name else text


NBSP = "\u00a0"
LEGAL_BASES: Final[dict[str, dict[str, str]]] = {
    lang: {basis: _glued(text) for basis, text in names.items()}
    for lang, names in _LEGAL_BASES.items()}
"""The legal bases as the notice prints them; a citation never breaks across lines."""
