"""Who must not be marketed to, over which channel: the one rule.

The suppression list (``services.people.suppression.suppression_list``, saved as
CSV) and the keyed hashes kept when a person is erased
(``services.people.suppression.suppress_person``) both ask ``suppressed_kinds``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from kasve_desktop.domain.vocabulary import MarketingScope

EMAIL, PHONE = "email", "phone"
"""The kinds of contact on the suppression list: e-mail addresses, phone numbers."""

SCOPES_OF_KIND: dict[str, frozenset[str]] = {
    EMAIL: frozenset({MarketingScope.ALL, MarketingScope.EMAIL}),
    PHONE: frozenset({MarketingScope.ALL, MarketingScope.PHONE}),
}
"""The objection scopes that suppress each kind of contact."""

KIND_OF_CHANNEL: dict[str, str] = {"email": EMAIL, "sms": PHONE, "phone": PHONE}
"""The kind of contact a consent channel reaches (``post`` reaches none of them)."""


@dataclass(frozen=True)
class ConsentTimes:
    """When a consent over ``channel`` was granted, and withdrawn (None: it stands)."""

    channel: str
    granted_at: dt.datetime
    withdrawn_at: dt.datetime | None = None


def withdrawn_channels(consents: Iterable[ConsentTimes]) -> frozenset[str]:
    """The consent channels whose latest word is a withdrawal: a consent over the channel
    was withdrawn and none was granted after that (at the same instant: the withdrawal)."""
    granted: dict[str, dt.datetime] = {}
    withdrawn: dict[str, dt.datetime] = {}
    for consent in consents:
        granted[consent.channel] = max(consent.granted_at,
                                       granted.get(consent.channel, consent.granted_at))
        if consent.withdrawn_at is not None:
            withdrawn[consent.channel] = max(consent.withdrawn_at,
                                             withdrawn.get(consent.channel, consent.withdrawn_at))
    return frozenset(channel for channel, at in withdrawn.items() if at >= granted[channel])


def suppressed_kinds(objection_scopes: Iterable[str],
                     consents: Iterable[ConsentTimes]) -> frozenset[str]:
    """The kinds of a person's contacts (``EMAIL``, ``PHONE``) that must not be used for
    marketing, judged channel by channel from what the person said.

    - **Objections (GDPR Art. 21(2)–(3)).** An objection suppresses the channels its
      ``MarketingScope`` names: ``all`` both, ``email`` the e-mail addresses, ``phone``
      the phone numbers (calls and text messages). Art. 21(3) ends the processing "for
      such purposes", i.e. the direct marketing objected to, and the product records
      each objection with the scope the person chose. So a phone-only objection does not
      suppress the person's e-mail addresses, and after an erasure no hash of them is
      kept: a keyed hash is still personal data (pseudonymised, Recital 26), and keeping
      more of it than the objection needs would defeat the erasure (Art. 17(1)) and data
      minimisation (Art. 5(1)(c)). ``post`` and ``market-research`` objections concern
      no e-mail address or phone number. An objection holds until it is removed; no
      consent, earlier or later, lifts it.
    - **Withdrawn consents (Art. 7(3)).** A withdrawal suppresses its channel (``email``
      the e-mail addresses, ``sms`` and ``phone`` the phone numbers) while it is the
      person's latest word on that channel. A consent granted over the channel after the
      withdrawal is a new, freely given consent (Art. 4(11), 7(1)): the channel is free
      again. A consent granted before the withdrawal does not lift it, even if it still
      stands: the list names contacts, not purposes, so it errs to the side of the
      person's latest refusal.

    This replaces two rules that disagreed: erasure kept hashes of every contact after any
    objection of any scope or any withdrawal ever made; the list judged each channel by
    its most recently granted consent, ignoring an older consent withdrawn last.
    """
    scopes = set(objection_scopes)
    objected = {kind for kind, covering in SCOPES_OF_KIND.items() if scopes & covering}
    withdrawn = {KIND_OF_CHANNEL[channel] for channel in withdrawn_channels(consents)
                 if channel in KIND_OF_CHANNEL}
    return frozenset(objected | withdrawn)
