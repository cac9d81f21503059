"""Importing people from a table: which column is which field, and is a row usable.

Header names are compared in a normal form (casefolded, accents, spaces and
punctuation removed), so ``Sähköposti``, ``SAHKOPOSTI`` and ``sähkö-posti`` are
the same name. The synonym table knows Finnish, Swedish and English names;
unknown columns are ignored. A row is usable when it has a name and at least
one of an e-mail address, a phone number or a postal address; every value is
checked with ``domain.validation``. Problems are untranslated messages (msgids)
with their parameters, translated at display time by ``Problem.text()``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from kasve_desktop.domain import validation
from kasve_desktop.domain.validation import InvalidValue
from kasve_desktop.i18n import N_, _

FIELD_LABELS: dict[str, str] = {
    "first_name": N_("First name"),
    "last_name": N_("Last name"),
    "full_name": N_("Full name"),
    "email": N_("E-mail"),
    "phone": N_("Phone"),
    "organisation": N_("Organisation"),
    "role": N_("Title or role"),
    "street": N_("Street address"),
    "postal_code": N_("Postal code"),
    "locality": N_("Post office"),
    "municipality": N_("Municipality"),
    "country": N_("Country"),
    "customer_number": N_("Customer number"),
    "business_id": N_("Business ID"),
    "notes": N_("Notes"),
}
FIELDS = tuple(FIELD_LABELS)
NAME_FIELDS = ("first_name", "last_name", "full_name")
CONTACT_FIELDS = ("email", "phone", "street")

SYNONYMS: dict[str, tuple[str, ...]] = {
    "first_name": ("etunimi", "etunimet", "förnamn", "first name", "given name", "forename"),
    "last_name": ("sukunimi", "efternamn", "last name", "surname", "family name"),
    "full_name": ("nimi", "koko nimi", "namn", "fullständigt namn", "name", "full name"),
    "email": ("sähköposti", "sähköpostiosoite", "sposti", "s-posti", "email", "e-mail",
              "email address", "e-mail address", "e-post", "e-postadress", "mail"),
    "phone": ("puhelin", "puh", "puhelinnumero", "matkapuhelin", "gsm", "telefon",
              "telefonnummer", "mobil", "mobiltelefon", "phone", "phone number",
              "telephone", "tel", "mobile"),
    "organisation": ("organisaatio", "yritys", "työnantaja", "organisation", "organization",
                     "företag", "arbetsgivare", "company", "employer"),
    "role": ("titteli", "asema", "tehtävä", "tehtävänimike", "title", "job title", "role",
             "befattning", "titel", "roll"),
    "street": ("katuosoite", "osoite", "lähiosoite", "address", "street address", "street",
               "adress", "gatuadress", "utdelningsadress"),
    "postal_code": ("postinumero", "postinro", "postnummer", "postal code", "postcode", "zip",
                    "zip code"),
    "locality": ("postitoimipaikka", "kaupunki", "paikkakunta", "postort",
                 "ort", "stad", "city", "town", "post office"),
    "municipality": ("kotikunta", "kunta", "hemkommun", "kommun", "municipality"),
    "country": ("maa", "land", "country"),
    "customer_number": ("asiakasnumero", "asiakasnro", "kundnummer", "customer number",
                        "customer no", "customer id"),
    "business_id": ("ytunnus", "y-tunnus", "fo-nummer", "business id", "företags-id"),
    "notes": ("lisätiedot", "huom", "huomautukset", "muistiinpanot", "kommentit",
              "anteckningar", "notes", "comments"),
}

LIMITS = {"first_name": 100, "last_name": 100, "email": 254, "organisation": 200,
          "role": 200, "street": 200, "postal_code": 20, "locality": 100,
          "municipality": 100, "customer_number": 40, "notes": 10_000}

NO_NAME = N_("The name is missing.")
NO_CONTACT = N_("An e-mail address, a phone number or a postal address (street, postal "
                "code and post office) is needed.")
TOO_LONG = N_("Too long: {length} characters, at most {limit}.")
NO_NAME_COLUMN = N_("No column holds the name: choose a column for the first name, the "
                    "last name or the full name.")
NO_CONTACT_COLUMN = N_("No column holds an e-mail address, a phone number or a street "
                       "address.")
FIELD_TWICE = N_("{field} is chosen for more than one column.")

ColumnMap = tuple[str | None, ...]
"""For each column of the table, the field it fills, or None (ignored)."""


@dataclass(frozen=True)
class Problem:
    """Why a row (or the whole table) cannot be imported, as an untranslated message."""

    message: str
    params: dict[str, str] = field(default_factory=dict)
    field: str | None = None

    def text(self) -> str:
        """The reason in the current language, led by the field's name when it has one."""
        label = _(FIELD_LABELS[self.field]) if self.field else ""
        reason = _(self.message).format(field=label, **self.params)
        if self.field and "{field}" not in self.message:
            return f"{label}: {reason}"
        return reason


@dataclass(frozen=True)
class PersonFields:
    """One person's data from one row, checked and in stored form."""

    first_name: str = ""
    last_name: str = ""
    email: str = ""
    phone: str = ""
    organisation: str = ""
    role: str = ""
    street: str = ""
    postal_code: str = ""
    locality: str = ""
    municipality: str = ""
    country: str = "FI"
    customer_number: str = ""
    business_id: str = ""
    notes: str = ""

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)


@dataclass(frozen=True)
class RowCheck:
    """The result of checking one row: the person (when usable) or the problems."""

    person: PersonFields | None
    problems: tuple[Problem, ...] = ()


def normalise_header(name: str) -> str:
    """``Sähkö-posti `` → ``sahkoposti``: casefolded, no accents, spaces or punctuation."""
    plain = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", name).casefold())
    return "".join(c for c in plain if c.isalnum() and not unicodedata.combining(c))


_LOOKUP: dict[str, str] = {normalise_header(name): key
                           for key, names in SYNONYMS.items() for name in names}


def field_for_header(name: str) -> str | None:
    """The person field a column heading names, or None."""
    return _LOOKUP.get(normalise_header(name))


def propose_mapping(header: Sequence[str]) -> ColumnMap:
    """A field for each column whose heading is known; each field for its first column only."""
    taken: set[str] = set()
    proposed: list[str | None] = []
    for name in header:
        found = field_for_header(name)
        proposed.append(found if found and found not in taken else None)
        if found:
            taken.add(found)
    return tuple(proposed)


def check_mapping(mapping: ColumnMap) -> tuple[Problem, ...]:
    """What makes a mapping unusable: no name column, no contact column, a field twice."""
    chosen = [f for f in mapping if f]
    problems = [Problem(FIELD_TWICE, field=f) for f in FIELDS if chosen.count(f) > 1]
    if not any(f in chosen for f in NAME_FIELDS):
        problems.append(Problem(NO_NAME_COLUMN))
    if not any(f in chosen for f in CONTACT_FIELDS):
        problems.append(Problem(NO_CONTACT_COLUMN))
    return tuple(problems)


def split_full_name(name: str) -> tuple[str, str]:
    """``Maija Liisa Meikäläinen`` → (``Maija Liisa``, ``Meikäläinen``);
    ``Meikäläinen, Maija`` → (``Maija``, ``Meikäläinen``); one word is a last name."""
    text = " ".join(name.split())
    if "," in text:
        last, _sep, first = text.partition(",")
        return first.strip(), last.strip()
    first, _sep, last = text.rpartition(" ")
    return first, last


def row_values(mapping: ColumnMap, cells: Sequence[str]) -> dict[str, str]:
    """The mapped cells of one row by field, trimmed (missing cells are empty)."""
    values: dict[str, str] = {}
    for index, name in enumerate(mapping):
        if name and name not in values:
            values[name] = cells[index].strip() if index < len(cells) else ""
    return values


def _phone(value: str) -> str:
    """A phone number in E.164; digits without a leading 0 or + get a + (358401234567)."""
    try:
        return validation.phone(value)
    except InvalidValue:
        digits = value.strip()
        if digits.isdigit() and not digits.startswith("0"):
            return validation.phone("+" + digits)
        raise


def _names(values: Mapping[str, str]) -> tuple[str, str]:
    first, last = values.get("first_name", ""), values.get("last_name", "")
    if not (first or last) and values.get("full_name"):
        return split_full_name(values["full_name"])
    return first, last


def _checked(values: Mapping[str, str], country: str) -> tuple[dict[str, str], list[Problem]]:
    checks: dict[str, Callable[[str], str]] = {
        "email": validation.email, "phone": _phone, "business_id": validation.business_id,
        "postal_code": lambda v: validation.postal_code(v, country)}
    clean: dict[str, str] = {}
    problems: list[Problem] = []
    for name, value in values.items():
        limit = LIMITS.get(name)
        if limit is not None and len(value) > limit:
            problems.append(Problem(TOO_LONG, {"length": str(len(value)),
                                               "limit": str(limit)}, name))
            continue
        try:
            validation.text(value)  # no control characters, terminal escapes or bidi overrides
            clean[name] = checks[name](value) if name in checks else value
        except InvalidValue as error:
            problems.append(_problem(error, name))
    return clean, problems


def _problem(error: InvalidValue, name: str) -> Problem:
    return Problem(error.message, {key: str(value) for key, value in error.params.items()}, name)


def check_row(values: Mapping[str, str]) -> RowCheck:
    """Check one row's values (by field) and return the person or every problem found."""
    problems: list[Problem] = []
    try:
        country = validation.country(values.get("country", "")) or "FI"
    except InvalidValue as error:
        problems.append(_problem(error, "country"))
        country = "FI"
    first, last = _names(values)
    named = {k: v for k, v in values.items() if k not in NAME_FIELDS and k != "country"}
    clean, found = _checked({**named, "first_name": first, "last_name": last}, country)
    problems += found
    if not (first or last):
        problems.append(Problem(NO_NAME))
    postal = all(values.get(k) for k in ("street", "postal_code", "locality"))
    if not (values.get("email") or values.get("phone") or postal):
        problems.append(Problem(NO_CONTACT))
    if problems:
        return RowCheck(None, tuple(problems))
    return RowCheck(PersonFields(country=country, **clean))


def cell_is_formula(text: str) -> bool:
    """A spreadsheet formula (``=SUM(A1:A3)``), which an import never evaluates."""
    return bool(re.match(r"^\s*=", text))
