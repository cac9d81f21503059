"""Checking and normalising what the user types: identifiers, addresses, required texts.

Every check returns the value in its stored form (a Y-tunnus as ``2457832-5``,
a phone number in E.164 as ``+358407654321``, an e-mail address as typed but
trimmed, a web address with its scheme) or raises ``InvalidValue``. The
exception carries an untranslated message (a msgid) and its parameters, so that
the caller translates it at display time in the user's language.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from urllib.parse import urlsplit

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from stdnum.exceptions import InvalidChecksum, ValidationError
from stdnum.fi import ytunnus

from kasve_desktop.domain.errors import UserError
from kasve_desktop.i18n import N_

DEFAULT_REGION = "FI"
BUSINESS_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2)
REGISTER_KEY = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
REGISTER_KEY_LENGTH = 40
FI_POSTAL_CODE = re.compile(r"^[0-9]{5}$")
COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")

REQUIRED = N_("This field is required.")
BUSINESS_ID_FORMAT = N_("A business ID has seven digits, a hyphen and a check digit, "
                        "e.g. 1234567-8.")
BUSINESS_ID_CHECK = N_("The check digit is wrong: for {digits} it should be {check}.")
BUSINESS_ID_IMPOSSIBLE = N_("No business ID begins with {digits}: check the digits.")
PHONE = N_("Not a phone number: write e.g. 040 765 4321 or +358 40 765 4321.")
EMAIL = N_("Not an e-mail address: write e.g. name@example.fi.")
URL = N_("Not a web address: write e.g. https://www.example.fi.")
POSTAL_CODE = N_("A Finnish postal code has five digits, e.g. 00100.")
COUNTRY = N_("Write the country as a two-letter code, e.g. FI or SE.")
REGISTER_KEY_FORMAT = N_("Use only lowercase letters a–z, digits and hyphens, e.g. "
                         "customers-2027.")


class InvalidValue(UserError):
    """A value that cannot be accepted; ``text()`` gives the reason."""

    def __init__(self, message: str, params: Mapping[str, str] | None = None) -> None:
        super().__init__(message, **dict(params or {}))


def required(value: str) -> str:
    """The text trimmed; an empty one is refused."""
    text = value.strip()
    if not text:
        raise InvalidValue(REQUIRED)
    return text


def business_id_check_digit(digits: str) -> int | None:
    """The check digit of the first seven digits of a Y-tunnus (None: no valid one exists)."""
    remainder = sum(w * int(d) for w, d in zip(BUSINESS_ID_WEIGHTS, digits, strict=True)) % 11
    if remainder == 1:
        return None
    return 0 if remainder == 0 else 11 - remainder


def business_id(value: str) -> str:
    """A Y-tunnus in its standard form ``1234567-8``; an empty value stays empty."""
    text = value.strip()
    if not text:
        return ""
    try:
        ytunnus.validate(text)
    except InvalidChecksum:
        digits = ytunnus.compact(text)[:7]
        check = business_id_check_digit(digits)
        if check is None:
            raise InvalidValue(BUSINESS_ID_IMPOSSIBLE, {"digits": digits}) from None
        raise InvalidValue(BUSINESS_ID_CHECK, {"digits": digits, "check": str(check)}) from None
    except ValidationError:
        raise InvalidValue(BUSINESS_ID_FORMAT) from None
    return str(ytunnus.format(text))


def _parse_phone(value: str, region: str) -> phonenumbers.PhoneNumber | None:
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_valid_number(number) else None


def phone(value: str, region: str = DEFAULT_REGION) -> str:
    """A phone number in E.164 form (``+358407654321``); an empty value stays empty.

    Letters are refused, not read as keypad digits (``040-ABC-1234`` is no number of
    anyone's that we know).
    """
    text = value.strip()
    if not text:
        return ""
    if any(c.isalpha() for c in text):
        raise InvalidValue(PHONE)
    number = _parse_phone(text, region)
    if number is None:
        raise InvalidValue(PHONE)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def display_phone(stored: str, region: str = DEFAULT_REGION) -> str:
    """A stored number as the user reads it: Finnish ones nationally (``040 7654321``)."""
    if not stored:
        return ""
    number = _parse_phone(stored, region)
    if number is None:
        return stored
    if phonenumbers.region_code_for_number(number) == region:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def email(value: str) -> str:
    """An e-mail address, syntax checked only (no network); an empty value stays empty."""
    text = value.strip()
    if not text:
        return ""
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError:
        raise InvalidValue(EMAIL) from None
    return str(result.normalized)


def website(value: str) -> str:
    """A web address with http or https and a host with a dot; ``https://`` is added
    when the scheme is left out. An empty value stays empty."""
    text = value.strip()
    if not text:
        return ""
    if "://" not in text:
        text = "https://" + text
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
    except ValueError:
        raise InvalidValue(URL) from None
    labels = host.split(".")
    if (parts.scheme not in ("http", "https") or len(labels) < 2 or not all(labels)
            or any(c.isspace() for c in text)):
        raise InvalidValue(URL)
    return text


def country(value: str) -> str:
    """An ISO 3166 two-letter code in capitals; an empty value stays empty."""
    text = value.strip().upper()
    if text and not COUNTRY_CODE.match(text):
        raise InvalidValue(COUNTRY)
    return text


def postal_code(value: str, country_code: str = DEFAULT_REGION) -> str:
    """A postal code: five digits in Finland, anything else abroad."""
    text = value.strip()
    if text and country_code.strip().upper() in ("", "FI") and not FI_POSTAL_CODE.match(text):
        raise InvalidValue(POSTAL_CODE)
    return text


def register_key(value: str) -> str:
    """A register's key: lowercase a–z, digits and single hyphens, at most 40 characters."""
    text = required(value)
    if len(text) > REGISTER_KEY_LENGTH or not REGISTER_KEY.match(text):
        raise InvalidValue(REGISTER_KEY_FORMAT)
    return text


# --- free text ------------------------------------------------------------------

TEXT_LIMIT = 20_000
CONTROL_CHARACTERS = N_("The text contains invisible control characters; remove them "
                        "(e.g. paste it as plain text).")
TOO_LONG = N_("The text is too long: at most {limit} characters.")
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def text(value: str, limit: int = TEXT_LIMIT) -> str:
    """Free text as typed: line breaks and tabs allowed, control characters refused."""
    if any((unicodedata.category(c) == "Cc" and c not in "\n\t") or c in BIDI_CONTROLS
           for c in value):
        raise InvalidValue(CONTROL_CHARACTERS)
    if len(value) > limit:
        raise InvalidValue(TOO_LONG, {"limit": str(limit)})
    return value.replace("\r\n", "\n")


# --- collecting the failures of one save ----------------------------------------------


class ValidationFailed(Exception):
    """Nothing was saved: these fields (path → reason) need attention."""

    def __init__(self, errors: Mapping[str, InvalidValue]) -> None:
        super().__init__(", ".join(f"{path}: {error}" for path, error in errors.items()))
        self.errors = dict(errors)


class Checker:
    """Runs the checks of one save and collects every failure by field path."""

    def __init__(self) -> None:
        self.errors: dict[str, InvalidValue] = {}

    def value(self, path: str, rule: Callable[[str], str], value: str) -> str:
        try:
            return rule(value)
        except InvalidValue as error:
            self.errors.setdefault(path, error)
            return value

    def fail(self, path: str, message: str, **params: str) -> None:
        self.errors.setdefault(path, InvalidValue(message, params))

    def raise_if_failed(self) -> None:
        if self.errors:
            raise ValidationFailed(self.errors)
