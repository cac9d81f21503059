"""Generate ``kasve_desktop/demo/people.json``: the demo's synthetic people.

Development tool only: it needs Faker (not a dependency of the package, which
reads the generated JSON). The output is seeded and was made with Faker 40.63.0;
another Faker version may produce other names, so re-run it only on purpose and
review the diff. Usage::

    /work/venv/bin/python tools/make_demo_people.py [--count 150] [--output PATH]

Names and streets come from Faker's ``fi_FI`` locale (``sv_SE`` for the
Swedish-speaking people, ``en_GB`` for the English-speaking ones). Postal codes
are paired with their real post towns, so that addresses look right on an
envelope. E-mail addresses are made from the names with diacritics folded
(ä → a, ö → o, å → a) and use only the reserved example.* domains.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import unicodedata
from pathlib import Path

import phonenumbers
from faker import Faker

SEED = 2457832
DEFAULT_COUNT = 150
OUTPUT = Path(__file__).resolve().parents[1] / "kasve_desktop" / "demo" / "people.json"
SV_INDICES = frozenset({7, 23, 41, 58, 77, 96, 118, 137})
EN_INDICES = frozenset({64, 129})
DOMAINS = ("example.fi", "example.fi", "example.fi", "example.com", "example.org")
MOBILE_PREFIXES = ("40", "41", "44", "45", "50")
COMPANY_SUFFIXES = (" Oy", " Oyj", " Ky", " Tmi")
RESERVED_NAMES = frozenset({("Maija", "Meikäläinen")})

# (postal code, post town in Finnish, in Swedish, municipality in Finnish, in Swedish, weight)
# Swedish-speaking people live in the bilingual towns (BILINGUAL).
PLACES = (
    ("70100", "Kuopio", "Kuopio", "Kuopio", "Kuopio", 8),
    ("70110", "Kuopio", "Kuopio", "Kuopio", "Kuopio", 5),
    ("70200", "Kuopio", "Kuopio", "Kuopio", "Kuopio", 4),
    ("70500", "Kuopio", "Kuopio", "Kuopio", "Kuopio", 3),
    ("70620", "Kuopio", "Kuopio", "Kuopio", "Kuopio", 3),
    ("71800", "Siilinjärvi", "Siilinjärvi", "Siilinjärvi", "Siilinjärvi", 3),
    ("74100", "Iisalmi", "Idensalmi", "Iisalmi", "Idensalmi", 2),
    ("78200", "Varkaus", "Varkaus", "Varkaus", "Varkaus", 2),
    ("80100", "Joensuu", "Joensuu", "Joensuu", "Joensuu", 4),
    ("80200", "Joensuu", "Joensuu", "Joensuu", "Joensuu", 2),
    ("57100", "Savonlinna", "Nyslott", "Savonlinna", "Nyslott", 2),
    ("50100", "Mikkeli", "S:t Michel", "Mikkeli", "S:t Michel", 2),
    ("40100", "Jyväskylä", "Jyväskylä", "Jyväskylä", "Jyväskylä", 3),
    ("40320", "Jyväskylä", "Jyväskylä", "Jyväskylä", "Jyväskylä", 2),
    ("00100", "Helsinki", "Helsingfors", "Helsinki", "Helsingfors", 4),
    ("00180", "Helsinki", "Helsingfors", "Helsinki", "Helsingfors", 2),
    ("00530", "Helsinki", "Helsingfors", "Helsinki", "Helsingfors", 2),
    ("02100", "Espoo", "Esbo", "Espoo", "Esbo", 2),
    ("01300", "Vantaa", "Vanda", "Vantaa", "Vanda", 1),
    ("33100", "Tampere", "Tammerfors", "Tampere", "Tammerfors", 3),
    ("20100", "Turku", "Åbo", "Turku", "Åbo", 2),
    ("90100", "Oulu", "Uleåborg", "Oulu", "Uleåborg", 2),
    ("65100", "Vaasa", "Vasa", "Vaasa", "Vasa", 2),
    ("68600", "Pietarsaari", "Jakobstad", "Pietarsaari", "Jakobstad", 1),
    ("06100", "Porvoo", "Borgå", "Porvoo", "Borgå", 1),
)

BILINGUAL = frozenset({"00100", "00180", "00530", "02100", "01300", "20100", "65100",
                       "68600", "06100"})

ROLES = (
    "toimitusjohtaja", "talousjohtaja", "markkinointipäällikkö", "myyntipäällikkö",
    "HR-asiantuntija", "henkilöstöpäällikkö", "hankintapäällikkö", "projektipäällikkö",
    "asiakkuuspäällikkö", "viestintäasiantuntija", "kehityspäällikkö", "tiiminvetäjä",
    "yrittäjä", "koulutussuunnittelija", "palvelupäällikkö", "tuotepäällikkö",
)
SV_ROLES = ("verkställande direktör", "marknadschef", "försäljningschef", "HR-specialist")
EN_ROLES = ("managing director", "marketing manager", "project manager")


def fold(text: str) -> str:
    """Lower-case ASCII for an e-mail address: ä → a, ö → o, å → a, é → e."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return "".join(ch for ch in kept if ch.isascii() and (ch.isalnum() or ch in ".-"))


def phone(rng: random.Random) -> str:
    """A valid Finnish mobile number in E.164 form."""
    while True:
        number = "+358" + rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10**7):07d}"
        if phonenumbers.is_valid_number(phonenumbers.parse(number)):
            return number


def street(fake: Faker) -> str:
    """A street address without Faker's leading zeros ("Urkurinkuja 03" → "Urkurinkuja 3")."""
    return re.sub(r"\b0+(\d)", r"\1", str(fake.street_address()))


def company(fake: Faker) -> str:
    while True:
        name = str(fake.company())
        if name.endswith(COMPANY_SUFFIXES) and " As Oy" not in name:
            return name


def language_of(index: int) -> str:
    if index in SV_INDICES:
        return "sv"
    return "en" if index in EN_INDICES else "fi"


def names(fakes: dict[str, Faker], language: str, gender: str) -> tuple[str, str]:
    fake = fakes[language]
    first = fake.first_name_female() if gender == "female" else fake.first_name_male()
    return str(first), str(fake.last_name())


def email(first: str, last: str, rng: random.Random, taken: set[str]) -> str:
    local = f"{fold(first)}.{fold(last)}"
    domain = rng.choice(DOMAINS)
    address, n = f"{local}@{domain}", 1
    while address in taken:
        n += 1
        address = f"{local}{n}@{domain}"
    taken.add(address)
    return address


def place(rng: random.Random, language: str) -> tuple[str, str, str]:
    places = [p for p in PLACES if language != "sv" or p[0] in BILINGUAL]
    row = rng.choices(places, weights=[p[5] for p in places])[0]
    if language == "sv":
        return row[0], row[2], row[4]
    return row[0], row[1], row[3]


def work(fake: Faker, rng: random.Random, language: str) -> tuple[str, str]:
    if rng.random() >= 0.65:
        return "", ""
    roles = {"sv": SV_ROLES, "en": EN_ROLES}.get(language, ROLES)
    return company(fake), rng.choice(roles)


def person(index: int, fakes: dict[str, Faker], rng: random.Random,
           taken: set[str]) -> dict[str, object]:
    language = language_of(index)
    gender = rng.choice(("female", "male"))
    first, last = names(fakes, language, gender)
    while (first, last) in RESERVED_NAMES:
        first, last = names(fakes, language, gender)
    postal_code, locality, municipality = place(rng, language)
    organisation, role = work(fakes["fi"], rng, language)
    street_fake = fakes["sv"] if language == "sv" else fakes["fi"]
    return {
        "first_name": first, "last_name": last,
        "street": street(street_fake),
        "postal_code": postal_code, "locality": locality, "municipality": municipality,
        "email": email(first, last, rng, taken),
        "phone": phone(rng) if rng.random() < 0.85 else None,
        "organisation": organisation, "role": role,
        "birth_year": rng.randint(1950, 2003), "gender": gender,
        "customer_number": "", "language": language,
    }


def customer_numbers(people: list[dict[str, object]], rng: random.Random) -> None:
    """About 70 % are customers; their numbers are unique five-digit strings."""
    chosen = [p for p in people if rng.random() < 0.7]
    numbers = sorted(rng.sample(range(10000, 100000), len(chosen)))
    for entry, number in zip(chosen, numbers, strict=True):
        entry["customer_number"] = str(number)


def generate(count: int) -> list[dict[str, object]]:
    rng = random.Random(SEED)
    fakes = {"fi": Faker("fi_FI"), "sv": Faker("sv_SE"), "en": Faker("en_GB")}
    for offset, fake in enumerate(fakes.values()):
        fake.seed_instance(SEED + offset)
    taken: set[str] = {"maija.meikalainen@example.fi"}
    people = [person(i, fakes, rng, taken) for i in range(count)]
    customer_numbers(people, rng)
    return people


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=DEFAULT_COUNT)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    people = generate(args.count)
    lines = (json.dumps(entry, ensure_ascii=False) for entry in people)
    text = "[\n" + ",\n".join(lines) + "\n]\n"
    args.output.write_text(text, encoding="utf-8")
    print(f"{len(people)} people written to {args.output}")


if __name__ == "__main__":
    main()
