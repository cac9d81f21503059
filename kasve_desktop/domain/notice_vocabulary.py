"""The structured vocabulary a register is described with, named in fi, sv and en.

A register's purposes, data categories and recipients are facts with codes: a
data category from ``DATA_CATEGORIES``, a recipient's role from
``RECIPIENT_ROLES``, a transfer's mechanism from ``TRANSFER_MECHANISMS``. The
notice and the access report print the names in the document's language, so a
register described with codes alone needs no translation. These are document
words (not interface texts): they print in the document's language.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final

from babel import Locale

Names = dict[str, str]
"""A name per document language: ``{"fi": …, "sv": …, "en": …}``."""


class DataCategory(StrEnum):
    NAME = "name"
    CONTACT = "contact"
    BIRTH_YEAR = "birth-year"
    GENDER = "gender"
    LANGUAGE = "language"
    ORGANISATION = "organisation"
    CUSTOMER = "customer"
    ORDERS = "orders"
    BILLING = "billing"
    ACCOUNT = "account"
    COMMUNICATIONS = "communications"
    CONSENTS = "consents"
    INTERESTS = "interests"
    ONLINE = "online"
    PARTICIPATION = "participation"


DATA_CATEGORIES: Final[dict[DataCategory, Names]] = {
    DataCategory.NAME: {"fi": "Nimi", "sv": "Namn", "en": "Name"},
    DataCategory.CONTACT: {
        "fi": "Yhteystiedot (postiosoite, kotikunta, sähköpostiosoite, puhelinnumero)",
        "sv": "Kontaktuppgifter (postadress, hemkommun, e-postadress, telefonnummer)",
        "en": "Contact details (postal address, municipality, e-mail address, phone number)"},
    DataCategory.BIRTH_YEAR: {"fi": "Syntymävuosi", "sv": "Födelseår", "en": "Year of birth"},
    DataCategory.GENDER: {"fi": "Sukupuoli", "sv": "Kön", "en": "Gender"},
    DataCategory.LANGUAGE: {"fi": "Asiointikieli", "sv": "Kontaktspråk",
                            "en": "Language of communication"},
    DataCategory.ORGANISATION: {
        "fi": "Organisaatio ja asema siinä", "sv": "Organisation och befattning",
        "en": "Organisation and position"},
    DataCategory.CUSTOMER: {
        "fi": "Asiakasnumero ja asiakasyrityksen Y-tunnus",
        "sv": "Kundnummer och kundföretagets FO-nummer",
        "en": "Customer number and the customer company's business ID"},
    DataCategory.ORDERS: {
        "fi": "Tilaus-, osto- ja peruutustiedot",
        "sv": "Uppgifter om beställningar, köp och avbokningar",
        "en": "Orders, purchases and cancellations"},
    DataCategory.BILLING: {
        "fi": "Laskutus- ja maksutiedot", "sv": "Fakturerings- och betalningsuppgifter",
        "en": "Billing and payment details"},
    DataCategory.ACCOUNT: {
        "fi": "Käyttäjätunnus", "sv": "Användarnamn", "en": "Username"},
    DataCategory.COMMUNICATIONS: {
        "fi": "Asiakaspalvelun viestit, palautteet ja reklamaatiot",
        "sv": "Meddelanden till kundtjänsten, respons och reklamationer",
        "en": "Customer service messages, feedback and complaints"},
    DataCategory.CONSENTS: {
        "fi": "Suostumukset ja suoramarkkinointikiellot",
        "sv": "Samtycken och förbud mot direktmarknadsföring",
        "en": "Consents and objections to direct marketing"},
    DataCategory.INTERESTS: {
        "fi": "Itse ilmoitetut kiinnostuksen kohteet",
        "sv": "Intressen som personen själv har uppgett",
        "en": "Interests the person has told us"},
    DataCategory.ONLINE: {
        "fi": "Verkkosivujen käyttötiedot: IP-osoite, evästetunnisteet, laitetiedot, "
              "vieraillut sivut ja käyntiajat",
        "sv": "Uppgifter om användningen av webbplatsen: IP-adress, kakidentifierare, "
              "enhetsuppgifter, besökta sidor och besökstider",
        "en": "Website usage data: IP address, cookie identifiers, device data, pages "
              "visited and visit times"},
    DataCategory.PARTICIPATION: {
        "fi": "Ilmoittautumiset ja osallistuminen valmennuksiin ja tapahtumiin",
        "sv": "Anmälningar och deltagande i utbildningar och evenemang",
        "en": "Sign-ups for and attendance at courses and events"},
}

PURPOSES: Final[dict[str, Names]] = {
    "customer-relationship": {
        "fi": "Asiakassuhteen hoitaminen ja asiakaspalvelu",
        "sv": "Skötsel av kundrelationen och kundtjänst",
        "en": "Managing the customer relationship and customer service"},
    "service-delivery": {
        "fi": "Tilattujen valmennusten, koulutusten ja palvelujen toteuttaminen",
        "sv": "Genomförande av beställda utbildningar, kurser och tjänster",
        "en": "Delivering the coaching, courses and services ordered"},
    "events": {
        "fi": "Tapahtumien järjestäminen ja ilmoittautumisten hallinta",
        "sv": "Organisering av evenemang och hantering av anmälningar",
        "en": "Organising events and managing sign-ups"},
    "billing": {
        "fi": "Laskutus ja kirjanpito", "sv": "Fakturering och bokföring",
        "en": "Invoicing and bookkeeping"},
    "direct-marketing": {
        "fi": "Suoramarkkinointi postitse ja puhelimitse",
        "sv": "Direktmarknadsföring per post och telefon",
        "en": "Direct marketing by post and telephone"},
    "electronic-marketing": {
        "fi": "Sähköinen suoramarkkinointi (uutiskirjeet sekä sähköposti- ja "
              "tekstiviestitarjoukset)",
        "sv": "Elektronisk direktmarknadsföring (nyhetsbrev samt erbjudanden per e-post och "
              "sms)",
        "en": "Electronic direct marketing (newsletters, and offers by e-mail and text "
              "message)"},
    "partner-relationship": {
        "fi": "Yhteistyökumppanuuksien hoitaminen ja yhteydenpito kumppaneiden "
              "yhteyshenkilöihin",
        "sv": "Skötsel av samarbetsrelationer och kontakt med partnernas kontaktpersoner",
        "en": "Managing partnerships and keeping in touch with partners' contact persons"},
    "website-analytics": {
        "fi": "Verkkosivujen käytön analysointi ja kehittäminen",
        "sv": "Analys och utveckling av webbplatsens användning",
        "en": "Analysing and improving the use of the website"},
    "service-development": {
        "fi": "Palvelujen kehittäminen palautteen perusteella",
        "sv": "Utveckling av tjänsterna utifrån respons",
        "en": "Improving our services on the basis of feedback"},
    "user-accounts": {
        "fi": "Verkkopalvelun käyttäjätilien hallinta",
        "sv": "Hantering av användarkonton i webbtjänsten",
        "en": "Managing the user accounts of the online service"},
    "legal-claims": {
        "fi": "Oikeudellisten vaatimusten laatiminen, esittäminen tai puolustaminen "
              "(esimerkiksi takuu- ja reklamaatioasiat)",
        "sv": "Fastställande, gällande eller försvar av rättsliga anspråk (till exempel "
              "garanti- och reklamationsärenden)",
        "en": "Establishing, exercising or defending legal claims (for example warranty and "
              "complaint matters)"},
    "legal-obligations": {
        "fi": "Lakisääteisten velvoitteiden täyttäminen (kirjanpito ja verotus)",
        "sv": "Fullgörande av rättsliga förpliktelser (bokföring och beskattning)",
        "en": "Complying with legal obligations (bookkeeping and taxation)"},
}

SUBJECT_CATEGORIES: Final[dict[str, Names]] = {
    "customers": {"fi": "Asiakkaat ja asiakasyritysten yhteyshenkilöt",
                  "sv": "Kunder och kundföretagens kontaktpersoner",
                  "en": "Customers and the contact persons of customer companies"},
    "participants": {"fi": "Valmennuksiin ja tapahtumiin osallistujat",
                     "sv": "Deltagare i utbildningar och evenemang",
                     "en": "Participants in courses and events"},
    "partners": {"fi": "Yhteistyökumppaneiden yhteyshenkilöt",
                 "sv": "Samarbetspartnernas kontaktpersoner",
                 "en": "Contact persons of partners"},
    "subscribers": {"fi": "Uutiskirjeen tilaajat ja markkinoinnin vastaanottajat",
                    "sv": "Prenumeranter på nyhetsbrevet och mottagare av marknadsföring",
                    "en": "Newsletter subscribers and recipients of marketing"},
    "website-visitors": {"fi": "Verkkosivujen kävijät", "sv": "Besökare på webbplatsen",
                         "en": "Visitors to the website"},
}

SOURCES: Final[dict[str, Names]] = {
    "data-subject": {
        "fi": "Henkilö itse, esimerkiksi ilmoittautuessaan, tilatessaan tai ottaessaan "
              "yhteyttä",
        "sv": "Personen själv, till exempel vid anmälan, beställning eller kontakt",
        "en": "The person themselves, for example when signing up, ordering or contacting us"},
    "employer": {
        "fi": "Henkilön työnantaja tai muu organisaatio, joka tilaa palvelun",
        "sv": "Personens arbetsgivare eller annan organisation som beställer tjänsten",
        "en": "The person's employer or another organisation ordering the service"},
    "trade-register": {
        "fi": "Kaupparekisteri ja muut julkiset yritystietorekisterit",
        "sv": "Handelsregistret och andra offentliga företagsregister",
        "en": "The trade register and other public business registers"},
    "public-web": {
        "fi": "Organisaatioiden julkiset verkkosivut",
        "sv": "Organisationers offentliga webbplatser",
        "en": "Organisations' public websites"},
    "cookies": {
        "fi": "Evästeet ja vastaavat tekniikat verkkosivuillamme",
        "sv": "Kakor och liknande tekniker på vår webbplats",
        "en": "Cookies and similar technologies on our website"},
}

SERVICES: Final[dict[str, Names]] = {
    "email-marketing": {"fi": "uutiskirjeiden ja sähköpostimarkkinoinnin lähettäminen",
                        "sv": "utskick av nyhetsbrev och e-postmarknadsföring",
                        "en": "sending newsletters and e-mail marketing"},
    "billing": {"fi": "laskutus", "sv": "fakturering", "en": "invoicing"},
    "accounting": {"fi": "kirjanpito", "sv": "bokföring", "en": "bookkeeping"},
    "web-analytics": {"fi": "verkkosivujen kävijäseuranta ja analytiikka",
                      "sv": "besöksstatistik och analys av webbplatsen",
                      "en": "website visitor statistics and analytics"},
    "crm": {"fi": "asiakkuudenhallintajärjestelmä ja tietojen säilytys",
            "sv": "kundhanteringssystem och lagring av uppgifter",
            "en": "customer relationship management system and data storage"},
    "event-registration": {"fi": "ilmoittautumisjärjestelmä",
                           "sv": "anmälningssystem", "en": "registration system"},
    "payments": {"fi": "korttimaksujen käsittely", "sv": "hantering av kortbetalningar",
                 "en": "card payment processing"},
    "statutory-reporting": {"fi": "lakisääteiset ilmoitukset",
                            "sv": "lagstadgade anmälningar", "en": "statutory reporting"},
}
"""What a recipient does with the data (stored in a recipient item's ``category``)."""

SECURITY_MEASURES: Final[dict[str, Names]] = {
    "access-control": {
        "fi": "Tietoihin pääsevät vain ne työntekijät, joiden tehtävät sitä edellyttävät, "
              "henkilökohtaisilla tunnuksilla.",
        "sv": "Endast de anställda vars uppgifter kräver det har tillgång till uppgifterna, "
              "med personliga användarkonton.",
        "en": "Only the employees whose work requires it can access the data, with personal "
              "user accounts."},
    "encryption": {
        "fi": "Tiedot tallennetaan salattuina, ja yhteydet järjestelmiin ovat salattuja.",
        "sv": "Uppgifterna lagras krypterade, och förbindelserna till systemen är krypterade.",
        "en": "The data are stored encrypted, and connections to the systems are encrypted."},
    "confidentiality": {
        "fi": "Tietoja käsittelevät ovat vaitiolovelvollisia.",
        "sv": "De som behandlar uppgifterna har tystnadsplikt.",
        "en": "Everyone who handles the data is bound by confidentiality."},
    "paper-records": {
        "fi": "Paperiset asiakirjat säilytetään lukitussa tilassa ja hävitetään "
              "tietoturvallisesti.",
        "sv": "Pappershandlingar förvaras i låsta utrymmen och förstörs på ett säkert sätt.",
        "en": "Paper documents are kept locked away and destroyed securely."},
    "backups": {
        "fi": "Tiedoista otetaan säännöllisesti salatut varmuuskopiot.",
        "sv": "Krypterade säkerhetskopior av uppgifterna tas regelbundet.",
        "en": "Encrypted backups of the data are taken regularly."},
}

PERSON_FIELD_CATEGORIES: Final[dict[str, DataCategory]] = {
    "first_name": DataCategory.NAME, "last_name": DataCategory.NAME,
    "street": DataCategory.CONTACT, "address_extra": DataCategory.CONTACT,
    "postal_code": DataCategory.CONTACT, "locality": DataCategory.CONTACT,
    "emails": DataCategory.CONTACT, "phones": DataCategory.CONTACT,
    "municipality": DataCategory.CONTACT,
    "birth_year": DataCategory.BIRTH_YEAR, "gender": DataCategory.GENDER,
    "language": DataCategory.LANGUAGE,
    "organisation": DataCategory.ORGANISATION, "role": DataCategory.ORGANISATION,
    "customer_number": DataCategory.CUSTOMER, "business_id": DataCategory.CUSTOMER,
    "username": DataCategory.ACCOUNT, "website": DataCategory.ORGANISATION,
    "consents": DataCategory.CONSENTS, "objections": DataCategory.CONSENTS,
    "participations": DataCategory.PARTICIPATION,
}
"""Which category a filled person field (or related list) belongs to: the access report
names the categories of the data actually held about the person."""

_CODES: Final = {c.value: c for c in DataCategory}


def category_named(name: str) -> DataCategory | None:
    """The category that a field's or an entry detail's name (or a category's code) stands
    for; None when it names none."""
    key = name.strip().casefold()
    return PERSON_FIELD_CATEGORIES.get(key) or _CODES.get(key)


class RecipientRole(StrEnum):
    PROCESSOR = "processor"
    CONTROLLER = "controller"
    """A separate controller that receives the data for its own purposes."""
    AUTHORITY = "authority"


RECIPIENT_ROLES: Final[dict[RecipientRole, Names]] = {
    RecipientRole.PROCESSOR: {"fi": "henkilötietojen käsittelijä", "sv": "personuppgiftsbiträde",
                              "en": "processor"},
    RecipientRole.CONTROLLER: {"fi": "itsenäinen rekisterinpitäjä",
                               "sv": "självständig personuppgiftsansvarig",
                               "en": "separate controller"},
    RecipientRole.AUTHORITY: {"fi": "viranomainen", "sv": "myndighet", "en": "authority"},
}


class TransferMechanism(StrEnum):
    ADEQUACY = "adequacy"
    DPF = "dpf"
    SCC = "scc"
    BCR = "bcr"
    DEROGATION = "derogation"


TRANSFER_MECHANISMS: Final[dict[TransferMechanism, Names]] = {
    TransferMechanism.ADEQUACY: {
        "fi": "Euroopan komission tietosuojan riittävyyttä koskeva päätös (45 artikla)",
        "sv": "Europeiska kommissionens beslut om adekvat skyddsnivå (artikel 45)",
        "en": "an adequacy decision of the European Commission (Article 45)"},
    TransferMechanism.DPF: {
        "fi": "EU:n ja Yhdysvaltojen välinen tietosuojakehys (Euroopan komission "
              "riittävyyspäätös 10.7.2023, 45 artikla); vastaanottaja on sitoutunut kehykseen",
        "sv": "dataskyddsramen mellan EU och USA (Europeiska kommissionens beslut om adekvat "
              "skyddsnivå den 10 juli 2023, artikel 45); mottagaren har anslutit sig till ramen",
        "en": "the EU–US Data Privacy Framework (the European Commission's adequacy decision "
              "of 10 July 2023, Article 45); the recipient is certified under the framework"},
    TransferMechanism.SCC: {
        "fi": "Euroopan komission hyväksymät vakiosopimuslausekkeet (46 artiklan 2 kohdan "
              "c alakohta)",
        "sv": "standardavtalsklausuler som antagits av Europeiska kommissionen "
              "(artikel 46.2 c)",
        "en": "standard contractual clauses adopted by the European Commission "
              "(Article 46(2)(c))"},
    TransferMechanism.BCR: {
        "fi": "yritystä koskevat sitovat säännöt (47 artikla)",
        "sv": "bindande företagsbestämmelser (artikel 47)",
        "en": "binding corporate rules (Article 47)"},
    TransferMechanism.DEROGATION: {
        "fi": "erityistilanteita koskeva poikkeus (49 artikla)",
        "sv": "undantag för särskilda situationer (artikel 49)",
        "en": "a derogation for specific situations (Article 49)"},
}

EEA_COUNTRIES: Final = frozenset({
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
    "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
    "IS", "LI", "NO"})
"""EU member states and the three EEA states (ISO 3166-1 alpha-2)."""


def outside_eea(country: str) -> bool:
    """True for a country code that is set and not in the EU/EEA."""
    return bool(country) and country.upper() not in EEA_COUNTRIES


def country_name(code: str, lang: str) -> str:
    """The country's name in ``lang`` (from the CLDR data); the code for an unknown one."""
    names = Locale.parse(lang).territories
    return str(names.get(code.upper(), code.upper()))


def vocabulary(kind: str) -> dict[str, Names]:
    """The codes an item of ``kind`` (``RegisterItemKind``) may carry, with their names."""
    return _VOCABULARIES.get(kind, {})


_VOCABULARIES: Final[dict[str, dict[str, Names]]] = {
    "purpose": PURPOSES, "subject-category": SUBJECT_CATEGORIES,
    "data-category": {code.value: names for code, names in DATA_CATEGORIES.items()},
    "source": SOURCES, "recipient": SERVICES, "security": SECURITY_MEASURES}
