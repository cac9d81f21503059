"""The fixed words of the letter to a person concerned by a breach (GDPR Art. 34(2)).

Document texts, not interface texts: each letter prints in its person's language
(Finnish, Swedish or English) whatever language the user interface speaks. Plain
language, addressed to the person: what happened, what it may lead to, what the
controller has done and will do, what the person can do, whom to ask.
"""

from __future__ import annotations

from typing import Final

FINNISH: Final[dict[str, str]] = {
    "document_type": "ILMOITUS TIETOTURVALOUKKAUKSESTA",
    "reference_label": "Viite",
    "subject": "Tietojasi koskeva tietoturvaloukkaus",
    "greeting": "Hyvä {name},",
    "intro": "Kerromme tällä kirjeellä henkilötietojen tietoturvaloukkauksesta, joka koskee "
             "myös sinun tietojasi. Havaitsimme loukkauksen {discovered}.",
    "high": "Arviomme mukaan loukkaus voi aiheuttaa korkean riskin oikeuksillesi ja "
            "vapauksillesi. Siksi kerromme siitä sinulle suoraan, kuten EU:n yleinen "
            "tietosuoja-asetus (34 artikla) edellyttää.",
    "not_high": "Haluamme kertoa sinulle, mitä on tapahtunut ja mitä siitä voi seurata.",
    "not_high_taken": "Haluamme kertoa sinulle, mitä on tapahtunut, mitä siitä voi seurata ja "
                      "mitä olemme tehneet asian korjaamiseksi.",
    "not_high_proposed": "Haluamme kertoa sinulle, mitä on tapahtunut, mitä siitä voi seurata "
                         "ja mitä aiomme tehdä asian korjaamiseksi.",
    "not_high_both": "Haluamme kertoa sinulle, mitä on tapahtunut, mitä siitä voi seurata, "
                     "mitä olemme tehneet asian korjaamiseksi ja mitä teemme vielä.",
    "what": "Mitä tapahtui",
    "data": "Mitä tietojasi loukkaus koski",
    "consequences": "Mitä siitä voi seurata",
    "measures_taken": "Mitä olemme tehneet",
    "measures_proposed": "Mitä teemme vielä",
    "you": "Mitä voit itse tehdä",
    "you_text": "Ole tavallista tarkempi, jos saat odottamattomia viestejä, puheluita tai "
                "laskuja, jotka näyttävät liittyvän tähän asiaan. Älä kerro salasanojasi tai "
                "pankkitunnuksiasi kenellekään, joka niitä kysyy. Jos huomaat, että tietojasi "
                "on käytetty väärin, ota meihin heti yhteyttä.",
    "complaint": "Sinulla on myös oikeus tehdä valitus valvontaviranomaiselle, joka Suomessa "
                 "on Tietosuojavaltuutetun toimisto (tietosuoja.fi).",
    "contact": "Keneltä voit kysyä",
    "contact_intro": "Vastaamme mielellämme kysymyksiisi. Mainitsethan viitteen {reference}.",
    "dpo": "Tietosuojavastaava",
    "contact_person": "Tietosuoja-asioiden yhteyshenkilö",
    "sorry": "Pahoittelemme tapahtunutta.",
    "closing": "Ystävällisin terveisin",
}

SWEDISH: Final[dict[str, str]] = {
    "document_type": "MEDDELANDE OM PERSONUPPGIFTSINCIDENT",
    "reference_label": "Referens",
    "subject": "En personuppgiftsincident som berör dina uppgifter",
    "greeting": "Bästa {name},",
    "intro": "Med detta brev informerar vi dig om en personuppgiftsincident som också berör "
             "dina uppgifter. Vi upptäckte incidenten den {discovered}.",
    "high": "Vi bedömer att incidenten kan medföra en hög risk för dina rättigheter och "
            "friheter. Därför informerar vi dig direkt, så som EU:s allmänna "
            "dataskyddsförordning (artikel 34) kräver.",
    "not_high": "Vi vill berätta för dig vad som har hänt och vad det kan leda till.",
    "not_high_taken": "Vi vill berätta för dig vad som har hänt, vad det kan leda till och vad "
                      "vi har gjort för att rätta till det.",
    "not_high_proposed": "Vi vill berätta för dig vad som har hänt, vad det kan leda till och "
                         "vad vi kommer att göra för att rätta till det.",
    "not_high_both": "Vi vill berätta för dig vad som har hänt, vad det kan leda till, vad vi "
                     "har gjort för att rätta till det och vad vi ännu kommer att göra.",
    "what": "Vad har hänt",
    "data": "Vilka av dina uppgifter det gällde",
    "consequences": "Vad det kan leda till",
    "measures_taken": "Vad vi har gjort",
    "measures_proposed": "Vad vi ännu kommer att göra",
    "you": "Vad du själv kan göra",
    "you_text": "Var extra uppmärksam om du får oväntade meddelanden, samtal eller fakturor "
                "som verkar ha med detta att göra. Lämna aldrig ut dina lösenord eller "
                "bankkoder till någon som ber om dem. Om du märker att dina uppgifter har "
                "missbrukats, kontakta oss genast.",
    "complaint": "Du har också rätt att lämna klagomål till tillsynsmyndigheten, som i Finland "
                 "är Dataombudsmannens byrå (tietosuoja.fi).",
    "contact": "Vem du kan fråga",
    "contact_intro": "Vi svarar gärna på dina frågor. Ange referensen {reference}.",
    "dpo": "Dataskyddsombud",
    "contact_person": "Kontaktperson för dataskyddsfrågor",
    "sorry": "Vi beklagar det som har hänt.",
    "closing": "Med vänliga hälsningar",
}

ENGLISH: Final[dict[str, str]] = {
    "document_type": "NOTICE OF A PERSONAL DATA BREACH",
    "reference_label": "Reference",
    "subject": "A personal data breach concerning your data",
    "greeting": "Dear {name},",
    "intro": "We are writing to tell you about a personal data breach that also concerns "
             "your data. We discovered the breach on {discovered}.",
    "high": "In our assessment, the breach may result in a high risk to your rights and "
            "freedoms. That is why we are telling you directly, as the EU General Data "
            "Protection Regulation (Article 34) requires.",
    "not_high": "We want you to know what has happened and what it may lead to.",
    "not_high_taken": "We want you to know what has happened, what it may lead to and what we "
                      "have done to put it right.",
    "not_high_proposed": "We want you to know what has happened, what it may lead to and what "
                         "we will do to put it right.",
    "not_high_both": "We want you to know what has happened, what it may lead to, what we have "
                     "done to put it right and what we will still do.",
    "what": "What happened",
    "data": "Which of your data were involved",
    "consequences": "What it may lead to",
    "measures_taken": "What we have done",
    "measures_proposed": "What we will still do",
    "you": "What you can do",
    "you_text": "Be especially careful with unexpected messages, calls or invoices that seem "
                "to be connected with this. Never give your passwords or online banking codes "
                "to anyone who asks for them. If you notice that your data has been misused, "
                "please contact us at once.",
    "complaint": "You also have the right to lodge a complaint with the supervisory authority, "
                 "which in Finland is the Office of the Data Protection Ombudsman "
                 "(tietosuoja.fi).",
    "contact": "Whom to ask",
    "contact_intro": "We are glad to answer your questions. Please quote the reference "
                     "{reference}.",
    "dpo": "Data protection officer",
    "contact_person": "Data protection contact person",
    "sorry": "We are sorry that this has happened.",
    "closing": "Yours sincerely",
}

WORDS: Final[dict[str, dict[str, str]]] = {"fi": FINNISH, "sv": SWEDISH, "en": ENGLISH}


def word(lang: str, key: str, **values: object) -> str:
    """The fixed text ``key`` in ``lang``, with ``values`` filled in."""
    return WORDS[lang][key].format(**values)
