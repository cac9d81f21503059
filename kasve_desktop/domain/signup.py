"""What a participant reads and answers at an event's sign-up stand.

The short information (controller, purposes, where the full notice is, rights) and
one consent choice per purpose based on consent are written from the facts of the
notice version in force for the event, so that they say what that version says.
The texts are in the participant's language (Finnish, Swedish or English), chosen
at the stand and independent of the application's language: the wording of a
consent is stored as shown, with its language.

``check_signup`` checks what was typed as the person form does (``domain.validation``)
and answers with messages a participant understands.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from kasve_desktop.domain import validation
from kasve_desktop.domain.notice import ControllerFacts, ItemFacts, RegisterFacts
from kasve_desktop.domain.notice_vocabulary import vocabulary
from kasve_desktop.domain.vocabulary import LegalBasis
from kasve_desktop.domain.vocabulary import RegisterItemKind as Kind

SIGNUP_LANGUAGES: Final = ("fi", "sv", "en")
NAME_LIMIT: Final = 100
ORGANISATION_LIMIT: Final = 200

TEXTS: Final[dict[str, dict[str, str]]] = {
    "fi": {
        "language": "Suomeksi",
        "heading": "Ilmoittaudu: {event}",
        "first_name_note": "Etunimi", "last_name_note": "Sukunimi",
        "organisation_note": "Organisaatio", "phone_note": "Puhelin",
        "first_name": "Etunimi",
        "last_name": "Sukunimi",
        "email": "Sähköposti",
        "organisation": "Organisaatio (vapaaehtoinen)",
        "phone": "Puhelin (vapaaehtoinen)",
        "consents": "Suostumukset: valitse vain, jos haluat",
        "no_consents": "Tässä ilmoittautumisessa ei kysytä suostumuksia.",
        "submit": "Ilmoittaudu",
        "clear": "Tyhjennä",
        "info": "Miten käsittelemme tietojasi",
        "controller": "Rekisterinpitäjä: {controller}",
        "purposes": "Käytämme tietojasi näihin tarkoituksiin:",
        "only_with_consent": "{purpose} (vain suostumuksellasi)",
        "full_notice": "Koko tietosuojaseloste (versio {number}) on luettavissa ja tulostettavissa "
                       "tästä: paina ”Lue tietosuojaseloste”.",
        "full_notice_web": "Koko tietosuojaseloste (versio {number}) on luettavissa ja "
                           "tulostettavissa tästä: paina ”Lue tietosuojaseloste”. Löydät sen "
                           "myös osoitteesta {website}.",
        "rights": "Sinulla on oikeus saada tietää, mitä tietoja sinusta käsittelemme, ja pyytää "
                  "niiden oikaisua tai poistoa tai käsittelyn rajoittamista.",
        "object": "Voit vastustaa käsittelyä, joka perustuu oikeutettuun etuumme.",
        "withdraw": "Suostumuksen voit perua milloin tahansa.",
        "complaint": "Voit tehdä valituksen tietosuojavaltuutetun toimistolle.",
        "read_notice": "Lue tietosuojaseloste",
        "print_notice": "Tulosta",
        "close_notice": "Sulje",
        "printed": "Seloste lähetettiin tulostimelle ({pages} s.).",
        "no_printer": "Tulostinta ei ole käytettävissä. Kysy järjestäjältä paperiversiota.",
        "consent": "Annan suostumukseni siihen, että {controller} käsittelee tietojani tähän "
                   "tarkoitukseen: {purpose}. Voin perua suostumukseni milloin tahansa.",
        "thanks": "Kiitos!",
        "thanks_detail": "Ilmoittautumisesi tapahtumaan {event} on vastaanotettu.",
        "next": "Seuraava ilmoittautuja",
        "required": "Kirjoita {field}.",
        "first_name_object": "etunimesi",
        "last_name_object": "sukunimesi",
        "email_object": "sähköpostiosoitteesi",
        "bad_email": "Sähköpostiosoite ei näytä oikealta. Tarkista se: esimerkiksi "
                     "nimi@yritys.fi.",
        "bad_phone": "Puhelinnumero ei näytä oikealta. Kirjoita se esimerkiksi muodossa "
                     "040 123 4567.",
        "bad_text": "Tarkista teksti: siinä on merkkejä, joita ei voi tallentaa.",
        "too_long": "Teksti on liian pitkä: enintään {limit} merkkiä.",
        "fix": "Tarkista punaisella merkityt kohdat.",
        "evidence": "Ilmoittautumislomake tapahtumassa {event}; osallistuja valitsi "
                    "suostumuksen itse.",
    },
    "sv": {
        "language": "På svenska",
        "heading": "Anmäl dig: {event}",
        "first_name_note": "Förnamn", "last_name_note": "Efternamn",
        "organisation_note": "Organisation", "phone_note": "Telefon",
        "first_name": "Förnamn",
        "last_name": "Efternamn",
        "email": "E-post",
        "organisation": "Organisation (frivilligt)",
        "phone": "Telefon (frivilligt)",
        "consents": "Samtycken: välj bara om du vill",
        "no_consents": "I den här anmälan ber vi inte om samtycken.",
        "submit": "Anmäl dig",
        "clear": "Rensa",
        "info": "Hur vi behandlar dina uppgifter",
        "controller": "Personuppgiftsansvarig: {controller}",
        "purposes": "Vi använder dina uppgifter för följande ändamål:",
        "only_with_consent": "{purpose} (endast med ditt samtycke)",
        "full_notice": "Hela dataskyddsbeskrivningen (version {number}) kan läsas och skrivas ut "
                       "här: tryck på ”Läs dataskyddsbeskrivningen”.",
        "full_notice_web": "Hela dataskyddsbeskrivningen (version {number}) kan läsas och skrivas "
                           "ut här: tryck på ”Läs dataskyddsbeskrivningen”. Du hittar den också "
                           "på {website}.",
        "rights": "Du har rätt att få veta vilka uppgifter om dig vi behandlar och att begära "
                  "att de rättas eller raderas eller att behandlingen begränsas.",
        "object": "Du kan invända mot behandling som grundar sig på vårt berättigade intresse.",
        "withdraw": "Ett samtycke kan du återkalla när som helst.",
        "complaint": "Du kan lämna in ett klagomål till dataombudsmannens byrå.",
        "read_notice": "Läs dataskyddsbeskrivningen",
        "print_notice": "Skriv ut",
        "close_notice": "Stäng",
        "printed": "Beskrivningen skickades till skrivaren ({pages} s.).",
        "no_printer": "Ingen skrivare finns tillgänglig. Be arrangören om en pappersversion.",
        "consent": "Jag samtycker till att {controller} behandlar mina uppgifter för följande "
                   "ändamål: {purpose}. Jag kan när som helst återkalla mitt samtycke.",
        "thanks": "Tack!",
        "thanks_detail": "Din anmälan till evenemanget {event} har tagits emot.",
        "next": "Nästa deltagare",
        "required": "Skriv {field}.",
        "first_name_object": "ditt förnamn",
        "last_name_object": "ditt efternamn",
        "email_object": "din e-postadress",
        "bad_email": "E-postadressen ser inte rätt ut. Kontrollera den: till exempel "
                     "namn@foretag.fi.",
        "bad_phone": "Telefonnumret ser inte rätt ut. Skriv det till exempel så här: "
                     "040 123 4567.",
        "bad_text": "Kontrollera texten: den innehåller tecken som inte kan sparas.",
        "too_long": "Texten är för lång: högst {limit} tecken.",
        "fix": "Kontrollera fälten som är markerade med rött.",
        "evidence": "Anmälningsformulär vid evenemanget {event}; deltagaren valde samtycket "
                    "själv.",
    },
    "en": {
        "language": "In English",
        "heading": "Sign up: {event}",
        "first_name_note": "First name", "last_name_note": "Last name",
        "organisation_note": "Organisation", "phone_note": "Phone",
        "first_name": "First name",
        "last_name": "Last name",
        "email": "E-mail",
        "organisation": "Organisation (optional)",
        "phone": "Phone (optional)",
        "consents": "Consents: choose only if you wish",
        "no_consents": "This sign-up asks for no consents.",
        "submit": "Sign up",
        "clear": "Clear",
        "info": "How we process your data",
        "controller": "Controller: {controller}",
        "purposes": "We use your data for these purposes:",
        "only_with_consent": "{purpose} (only with your consent)",
        "full_notice": "The full privacy notice (version {number}) can be read and printed "
                       "here: press “Read the privacy notice”.",
        "full_notice_web": "The full privacy notice (version {number}) can be read and printed "
                           "here: press “Read the privacy notice”. You can also find it at "
                           "{website}.",
        "rights": "You have the right to know what data about you we process and to ask for "
                  "them to be corrected or erased or their processing to be restricted.",
        "object": "You can object to processing based on our legitimate interests.",
        "withdraw": "You can withdraw a consent at any time.",
        "complaint": "You can lodge a complaint with the Office of the Data Protection "
                     "Ombudsman.",
        "read_notice": "Read the privacy notice",
        "print_notice": "Print",
        "close_notice": "Close",
        "printed": "The notice was sent to the printer ({pages} pp.).",
        "no_printer": "No printer is available. Please ask the organiser for a paper copy.",
        "consent": "I consent to {controller} processing my data for this purpose: {purpose}. "
                   "I can withdraw my consent at any time.",
        "thanks": "Thank you!",
        "thanks_detail": "Your sign-up for {event} has been received.",
        "next": "Next participant",
        "required": "Please enter {field}.",
        "first_name_object": "your first name",
        "last_name_object": "your last name",
        "email_object": "your e-mail address",
        "bad_email": "The e-mail address does not look right. Please check it: for example "
                     "name@company.com.",
        "bad_phone": "The phone number does not look right. Write it for example as "
                     "+358 40 123 4567.",
        "bad_text": "Please check the text: it contains characters that cannot be saved.",
        "too_long": "The text is too long: at most {limit} characters.",
        "fix": "Please check the fields marked in red.",
        "evidence": "Sign-up form at the event {event}; the participant chose the consent "
                    "themselves.",
    },
}


def text(lang: str, key: str, **values: object) -> str:
    return TEXTS[lang][key].format(**values)


@dataclass(frozen=True)
class ConsentChoice:
    """One purpose the register asks consent for, as offered at the stand."""

    code: str
    """The purpose's vocabulary code; with its position ("purpose-2", "events-3") when
    it has none or another purpose asked for consent has the same one."""
    purpose: str
    """The purpose's name in the participant's language (stored as the consent's purpose)."""
    wording: str
    """The exact sentence shown beside the choice (stored with the consent)."""
    channel: str


@dataclass(frozen=True)
class SignupInfo:
    """The short information shown beside the form."""

    controller: str
    purposes: tuple[str, ...]
    full_notice: str
    rights: tuple[str, ...]


def _pick(texts: dict[str, str], lang: str) -> str:
    return (texts.get(lang) or texts.get("fi") or "").strip()


def purpose_name(item: ItemFacts, lang: str) -> str:
    """The purpose's vocabulary name and free text, as the notice names it."""
    coded = vocabulary(Kind.PURPOSE).get(item.category, {}).get(lang, "")
    own = _pick(item.text, lang)
    return f"{coded}: {own}" if coded and own else coded or own


def _in_sentence(name: str) -> str:
    """A purpose's name after a colon: "Sähköinen suoramarkkinointi" → "sähköinen …"
    (an abbreviation such as "CRM" keeps its capitals)."""
    first = name.split(" ", 1)[0]
    return name[:1].lower() + name[1:] if first[:1].isupper() and first[1:].islower() else name


def controller_line(controller: ControllerFacts) -> str:
    address = controller.address
    place = " ".join(p for p in (address.postal_code, address.locality) if p)
    parts = [controller.name, controller.business_id, address.street, place, controller.email]
    return ", ".join(p for p in parts if p)


def _purposes(register: RegisterFacts) -> list[ItemFacts]:
    return register.items_of(Kind.PURPOSE)


def consent_choices(controller: ControllerFacts, register: RegisterFacts,
                    lang: str) -> tuple[ConsentChoice, ...]:
    """One choice per purpose of the register whose legal basis is consent."""
    asked = [(position, item) for position, item in enumerate(_purposes(register), start=1)
             if item.legal_basis == LegalBasis.CONSENT and purpose_name(item, lang)]
    categories = [item.category for _position, item in asked]
    choices = []
    for position, item in asked:
        name = purpose_name(item, lang)
        unique = item.category and categories.count(item.category) == 1
        code = item.category if unique else f"{item.category or 'purpose'}-{position}"
        wording = text(lang, "consent", controller=controller.name, purpose=_in_sentence(name))
        choices.append(ConsentChoice(code, name, wording, "email"))
    return tuple(choices)


def signup_info(controller: ControllerFacts, register: RegisterFacts, lang: str,
                notice_number: int) -> SignupInfo:
    purposes = _purposes(register)
    bases = {p.legal_basis for p in purposes}
    rights = [text(lang, "rights")]
    if LegalBasis.LEGITIMATE_INTERESTS in bases:
        rights.append(text(lang, "object"))
    if LegalBasis.CONSENT in bases:
        rights.append(text(lang, "withdraw"))
    rights.append(text(lang, "complaint"))
    notice = (text(lang, "full_notice_web", number=notice_number, website=controller.website)
              if controller.website else text(lang, "full_notice", number=notice_number))
    lines = []
    for purpose in purposes:
        name = purpose_name(purpose, lang)
        if name and purpose.legal_basis == LegalBasis.CONSENT:
            lines.append(text(lang, "only_with_consent", purpose=name))
        elif name:
            lines.append(name)
    return SignupInfo(text(lang, "controller", controller=controller_line(controller)),
                      tuple(lines), notice, tuple(rights))


# --- what was typed ---------------------------------------------------------------------

@dataclass(frozen=True)
class SignupEntry:
    first_name: str = ""
    last_name: str = ""
    email: str = ""
    organisation: str = ""
    phone: str = ""
    consents: frozenset[str] = frozenset()
    """The codes of the choices ticked."""


@dataclass(frozen=True)
class CheckedSignup:
    """The entry in its stored form (names trimmed, phone in E.164)."""

    first_name: str
    last_name: str
    email: str
    organisation: str
    phone: str


class SignupInvalid(Exception):
    """Field → a message in the participant's language; nothing was saved."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__(", ".join(errors))
        self.errors = errors


def _checked_text(errors: dict[str, str], field: str, value: str, limit: int,
                  lang: str) -> str:
    try:
        return validation.text(value.strip(), limit)
    except validation.InvalidValue as error:
        errors[field] = (text(lang, "too_long", limit=limit)
                         if error.message == validation.TOO_LONG else text(lang, "bad_text"))
        return ""


def check_signup(entry: SignupEntry, lang: str) -> CheckedSignup:
    """The entry in stored form, or ``SignupInvalid`` naming every field to fix."""
    errors: dict[str, str] = {}
    values = {}
    for field, limit, required in (("first_name", NAME_LIMIT, True),
                                   ("last_name", NAME_LIMIT, True),
                                   ("organisation", ORGANISATION_LIMIT, False)):
        value = " ".join(_checked_text(errors, field, getattr(entry, field), limit,
                                       lang).split())
        if required and not value and field not in errors:
            errors[field] = text(lang, "required", field=text(lang, f"{field}_object"))
        values[field] = value
    email = entry.email.strip()
    if not email:
        errors["email"] = text(lang, "required", field=text(lang, "email_object"))
    else:
        try:
            email = validation.email(email)
        except validation.InvalidValue:
            errors["email"] = text(lang, "bad_email")
    phone = entry.phone.strip()
    if phone:
        try:
            phone = validation.phone(phone)
        except validation.InvalidValue:
            errors["phone"] = text(lang, "bad_phone")
    if errors:
        raise SignupInvalid(errors)
    return CheckedSignup(values["first_name"], values["last_name"], email,
                         values["organisation"], phone)
