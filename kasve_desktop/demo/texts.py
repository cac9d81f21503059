"""The free texts of the synthetic demo content: requests, consents, events.

Finnish first; the few Swedish- and English-speaking requesters write in
their own language. These are what a person typed or what the contact person
noted down, so they are data, not translatable user-interface strings.
"""

from __future__ import annotations

from kasve_desktop.domain.vocabulary import Channel
from kasve_desktop.domain.vocabulary import RequestStatus as S
from kasve_desktop.domain.vocabulary import RequestType as T

DESCRIPTIONS: dict[tuple[T, str], str] = {
    (T.ACCESS, "fi"): "Pyydän saada tietää, mitä henkilötietoja minusta on tallennettu "
                      "rekistereihinne, ja kopion tiedoista.",
    (T.ACCESS, "sv"): "Jag vill veta vilka personuppgifter ni har om mig och få en kopia av dem.",
    (T.RECTIFICATION, "fi"): "Osoitteeni on muuttunut. Pyydän korjaamaan osoitetietoni "
                             "asiakasrekisteriinne.",
    (T.RECTIFICATION, "sv"): "Min adress har ändrats. Jag ber er rätta den i ert kundregister.",
    (T.RECTIFICATION, "en"): "My address has changed. Please correct it in your records.",
    (T.ERASURE, "fi"): "Pyydän poistamaan kaikki minua koskevat tiedot rekistereistänne.",
    (T.RESTRICTION, "fi"): "Kiistän asiakasrekisterissä olevien tietojeni oikeellisuuden. "
                           "Pyydän rajoittamaan tietojeni käsittelyä, kunnes asia on selvitetty.",
    (T.RESTRICTION, "en"): "I contest the accuracy of my data in your customer register. Please "
                           "restrict its processing until this has been checked.",
    (T.PORTABILITY, "fi"): "Pyydän toimittamaan antamani tiedot koneluettavassa muodossa.",
    (T.OBJECTION_MARKETING, "fi"): "En halua enää markkinointiviestejä. Kiellän tietojeni "
                                   "käytön suoramarkkinointiin.",
    (T.OBJECTION, "fi"): "Vastustan tietojeni käyttöä asiakassuhteen kehittämiseen liittyvään "
                         "analysointiin ja tilastointiin.",
    (T.CONSENT_WITHDRAWAL, "fi"): "Peruutan suostumukseni uutiskirjeen ja markkinointiviestien "
                                  "lähettämiseen.",
    (T.OTHER, "fi"): "Kysyy, mistä Kasve on saanut hänen puhelinnumeronsa.",
}

OUTCOMES: dict[str, str] = {
    T.ACCESS: "Tarkastusraportti ja kopio tiedoista toimitettu.",
    T.RECTIFICATION: "Osoitetiedot korjattu asiakasrekisteriin.",
    T.ERASURE: "Tiedot poistettu markkinointi- ja tapahtumarekisteristä; laskutustiedot "
               "säilytetään kirjanpitolain (1336/1997) 2 luvun 10 §:n perusteella.",
    T.RESTRICTION: "Käsittelyä rajoitettu asiakasrekisterissä.",
    T.PORTABILITY: "Tiedot toimitettu koneluettavana JSON-tiedostona.",
    T.OBJECTION_MARKETING: "Suoramarkkinointikielto kirjattu.",
    T.CONSENT_WITHDRAWAL: "Suostumuksen peruutus kirjattu; markkinointiviestit lopetettu.",
    T.OTHER: "Vastattu: numero on saatu Fonectan yhteystietorekisteristä.",
    "erased": "Kaikki henkilön tiedot poistettu rekistereistä.",
    "unknown": "Henkilöstä ei ole tietoja rekistereissä; ilmoitettu, ettei tietoja käsitellä.",
}

REFUSED_OUTCOME = "Pyyntö hylätty; perustelut ja muutoksenhakuohjeet lähetetty."
WITHDRAWN_OUTCOME = "Pyytäjä peruutti pyynnön."
REFUSAL_REASONS: dict[T, str] = {
    T.OBJECTION: "Käsittely perustuu asiakassopimuksen täytäntöönpanoon (6 artiklan 1 kohdan "
                 "b alakohta), ei oikeutettuun etuun; vastustamisoikeus (21 artiklan 1 kohta) "
                 "ei koske tätä käsittelyä.",
    T.ACCESS: "Pyyntö on ilmeisen perusteeton ja kohtuuton (12 artiklan 5 kohta): sama "
              "tarkastuspyyntö on esitetty neljä kertaa kahden kuukauden aikana, eivätkä "
              "tiedot ole muuttuneet edellisen vastauksen jälkeen.",
}

EXTENSION_REASON = ("Pyyntö koskee kaikkia rekistereitä ja laajaa sähköpostiaineistoa; tietojen "
                    "kokoaminen ja muiden henkilöiden tietojen poistaminen vaatii lisäaikaa "
                    "(12 artiklan 3 kohta).")
PAUSED_NOTE = ("asiakasnumerosi tai viimeisimmän laskumme päivämäärä, jotta voimme varmistaa, "
               "että tiedot annetaan vain sinulle.")
RESUMED_NOTE = "Vastaus saatu; henkilöllisyys vahvistettu."
STATUS_NOTES: dict[S, str] = {
    S.REFUSED: "Pyyntö hylätty; perustelut kirjattu.",
    S.WITHDRAWN: "Pyytäjä ilmoitti peruuttavansa pyynnön.",
}
CHANNEL_NOTES: dict[Channel, str] = {
    Channel.PHONE: "Pyyntö vastaanotettu puhelimitse; tiedot kirjattu puhelun aikana.",
    Channel.IN_PERSON: "Pyyntö esitetty käynnillä Kasven toimistossa.",
}
IDENTITY_METHODS: dict[Channel, str] = {
    Channel.POST: "Allekirjoitettu kirje; osoite vastaa rekisterissä olevaa.",
    Channel.EMAIL: "Pyyntö lähetetty rekisterissä olevasta sähköpostiosoitteesta.",
    Channel.WEB_FORM: "Verkkolomakkeen sähköpostiosoite vastaa rekisterissä olevaa.",
    Channel.PHONE: "Soittaja kertoi asiakasnumeronsa; vastaus lähetetään rekisterissä olevaan "
                   "osoitteeseen.",
    Channel.IN_PERSON: "Henkilöllisyys todettu henkilökortista käynnillä; kopiota ei otettu.",
}


def identity_after_pause(answered: bool) -> str:
    if answered:
        return "Kysytty asiakasnumeroa; vastaus saatu rekisterissä olevasta sähköpostiosoitteesta."
    return ("Kysytty kirjeellä rekisterissä olevaan osoitteeseen asiakasnumeroa; kopiota "
            "henkilöllisyystodistuksesta ei pyydetä.")


OBJECTION_FROM_REQUEST = "Kirjattu pyynnön {reference} perusteella."
RESTRICTION_REASON = ("Rekisteröity tarvitsee tietoja oikeudellisen vaateen laatimiseen "
                      "(18 artiklan 1 kohdan c alakohta); tietoja säilytetään, mutta niitä ei "
                      "muuten käsitellä.")

# Requesters who are not (or no longer) in the database:
# (name, e-mail, phone, street, postal code, post town).
STRANGERS: dict[str, tuple[str, str, str, str, str, str]] = {
    "stranger": ("Teemu Rautiainen", "teemu.rautiainen@example.com", "",
                 "Rantakatu 12 B 7", "80100", "Joensuu"),
    "unknown": ("Helmi Vartiainen", "", "", "Koulukatu 8 as. 2", "70100", "Kuopio"),
    "erased": ("Sirpa Kokkonen", "sirpa.kokkonen@example.org", "", "", "", ""),
}


def description(kind: T, language: str, who: str) -> str:
    """What the requester asked, in their language (Finnish if no such text)."""
    if kind is T.ACCESS and who == "stranger":
        return "Onko teillä minusta tietoja? Olen saanut teiltä mainospostia."
    return DESCRIPTIONS.get((kind, language), DESCRIPTIONS[(kind, "fi")])


# Register entries: (legal basis, sources) options per register key.
MARKETING_PURPOSE = "Uutiskirje ja markkinointiviestit"
CONSENT_CHANNELS = ("email", "sms", "post")
CONSENT_EVIDENCE: dict[str, tuple[str, str]] = {
    "Uutiskirjeen tilauslomake": ("web-form", "Uutiskirjeen tilauslomake kasve.fi-sivustolla; "
                                              "valintaruutu rastitettu."),
    "Verkkosivujen yhteydenottolomake": ("web-form", "Yhteydenottolomake; erillinen "
                                                     "markkinointilupa rastitettu."),
    "Tapahtumailmoittautuminen": ("event", "Tapahtuman ilmoittautumislomake; erillinen "
                                           "markkinointilupa."),
}
OBJECTION_NOTES = (
    "Kielto ilmoitettu puhelimitse myyntipuhelun aikana.",
    "Kielto ilmoitettu vastauksena markkinointisähköpostiin.",
    "Kielto ilmoitettu tapahtumassa.",
)
LEGAL_HOLD_NOTE = ("Laskutustiedot säilytetään kirjanpitolain (1336/1997) 2 luvun 10 §:n "
                   "mukaisesti.")

# Events: (name, days from the demo's day, extra days, location, description).
EVENTS: tuple[tuple[str, int, int, str, str], ...] = (
    ("Kasvufoorumi", -120, 0, "Helsinki, Kaapelitehdas",
     "Kasvuyritysten seminaari: rahoitus, kansainvälistyminen ja johtaminen."),
    ("Asiakasilta", -45, 0, "Kuopio, Puijonkatu 23",
     "Kasven asiakkaiden ilta: ajankohtaiskatsaus ja verkostoitumista."),
    ("Johtajuusvalmennus, osa 1", -30, 1, "Joensuu, Tiedepuisto",
     "Kaksipäiväinen valmennus esihenkilöille."),
    ("Myynnin valmennus", -12, 0, "Jyväskylä, Paviljonki",
     "Käytännön myyntityön valmennus pk-yrityksille."),
    ("Markkinoinnin työpaja", 9, 0, "Kuopio, Puijonkatu 23",
     "Digitaalisen markkinoinnin työpaja."),
    ("Johtajuusvalmennus, osa 2", 40, 1, "Joensuu, Tiedepuisto",
     "Valmennuksen toinen jakso."),
)
EVENT_LAPTOP = "Tapahtumakone 1"
