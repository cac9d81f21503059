"""The passphrase rule: at least ten characters of any kind; advice, no more."""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from enum import IntEnum

from kasve_desktop.domain.errors import UserError
from kasve_desktop.i18n import N_

MIN_LENGTH = 10


class PassphraseError(UserError, ValueError):
    """A passphrase that the rule refuses; ``text()`` says why."""


def normalise(passphrase: str) -> str:
    """NFC form, so that "ä" typed as one or two code points opens the same file."""
    return unicodedata.normalize("NFC", passphrase)


def check_new(passphrase: str) -> str:
    """Return the normalised passphrase or raise ``PassphraseError``."""
    value = normalise(passphrase)
    if len(value) < MIN_LENGTH:
        raise PassphraseError(N_("The passphrase must be at least 10 characters long."))
    if "\x00" in value:
        raise PassphraseError(N_("The passphrase cannot contain a null character."))
    return value


class Strength(IntEnum):
    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    GOOD = 3
    STRONG = 4


STRENGTH_LABELS = {
    Strength.TOO_SHORT: N_("Too short"),
    Strength.WEAK: N_("Weak"),
    Strength.FAIR: N_("Fair"),
    Strength.GOOD: N_("Good"),
    Strength.STRONG: N_("Strong"),
}


@dataclass(frozen=True)
class StrengthEstimate:
    strength: Strength
    bits: float


def estimate(passphrase: str) -> StrengthEstimate:
    """A rough advisory estimate from length and the kinds of characters used."""
    value = normalise(passphrase)
    if len(value) < MIN_LENGTH:
        return StrengthEstimate(Strength.TOO_SHORT, 0.0)
    pool = 0
    if any(c.islower() for c in value):
        pool += 29  # a–z plus å, ä, ö
    if any(c.isupper() for c in value):
        pool += 29
    if any(c.isdigit() for c in value):
        pool += 10
    if any(c.isspace() for c in value):
        pool += 1
    if any(not (c.isalnum() or c.isspace()) for c in value):
        pool += 33
    distinct = len(set(value))
    bits = len(value) * math.log2(max(pool, 2)) * min(1.0, distinct / 8)
    levels = ((40, Strength.WEAK), (60, Strength.FAIR), (80, Strength.GOOD))
    for limit, level in levels:
        if bits < limit:
            return StrengthEstimate(level, bits)
    return StrengthEstimate(Strength.STRONG, bits)


# --- guessing slowed down ---------------------------------------------------------------

FREE_TRIES = 3
MAX_WAIT_SECONDS = 30


def wait_after(failures: int) -> int:
    """Seconds to wait before the next try after ``failures`` wrong passphrases in a row:
    none for the first three, then 1, 2, 4, … up to 30."""
    if failures < FREE_TRIES:
        return 0
    return min(int(2 ** (failures - FREE_TRIES)), MAX_WAIT_SECONDS)
