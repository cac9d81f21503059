"""The one rule of marketing suppression, case by case, written out by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from kasve_desktop.domain.suppression import (
    EMAIL,
    PHONE,
    ConsentTimes,
    suppressed_kinds,
    withdrawn_channels,
)
from kasve_desktop.domain.vocabulary import MarketingScope

JAN, FEB, MAR, APR = (dt.datetime(2026, month, 2, 9, 30) for month in (1, 2, 3, 4))
NOTHING: frozenset[str] = frozenset()
BOTH = frozenset({EMAIL, PHONE})


@pytest.mark.parametrize(("scopes", "expected"), [
    ([], NOTHING),
    (["all"], BOTH),
    (["email"], {EMAIL}),
    (["phone"], {PHONE}),
    (["email", "phone"], BOTH),
    (["post"], NOTHING),
    (["market-research"], NOTHING),
    (["post", "market-research", "phone"], {PHONE}),
    ([MarketingScope.EMAIL], {EMAIL}),
])
def test_an_objection_suppresses_the_channels_of_its_scope(
        scopes: list[str], expected: frozenset[str]) -> None:
    assert suppressed_kinds(scopes, []) == expected


def test_a_phone_only_objection_leaves_the_e_mail_addresses_free() -> None:
    """The erasure used to keep hashes of every contact after any objection."""
    assert suppressed_kinds(["phone"], [ConsentTimes("email", JAN)]) == {PHONE}
    assert suppressed_kinds(["phone"], []) == {PHONE}


def test_no_consent_lifts_an_objection() -> None:
    later = [ConsentTimes("email", MAR), ConsentTimes("phone", APR)]
    assert suppressed_kinds(["all"], later) == BOTH
    assert suppressed_kinds(["email"], later) == {EMAIL}


@pytest.mark.parametrize(("channel", "expected"), [
    ("email", {EMAIL}),
    ("sms", {PHONE}),
    ("phone", {PHONE}),
    ("post", NOTHING),
    ("carrier-pigeon", NOTHING),
])
def test_a_withdrawn_consent_suppresses_the_contacts_of_its_channel(
        channel: str, expected: frozenset[str]) -> None:
    assert suppressed_kinds([], [ConsentTimes(channel, JAN, FEB)]) == expected


def test_consents_that_stand_suppress_nothing() -> None:
    assert suppressed_kinds([], [ConsentTimes("email", JAN), ConsentTimes("sms", FEB)]) == NOTHING


def test_a_consent_granted_again_after_the_withdrawal_frees_the_channel() -> None:
    """The erasure used to keep hashes after any withdrawal ever made."""
    again = [ConsentTimes("email", JAN, FEB), ConsentTimes("email", MAR)]
    assert suppressed_kinds([], again) == NOTHING
    assert suppressed_kinds([], list(reversed(again))) == NOTHING


def test_granted_again_and_withdrawn_again_is_suppressed() -> None:
    history = [ConsentTimes("email", JAN, FEB), ConsentTimes("email", MAR, APR)]
    assert suppressed_kinds([], history) == {EMAIL}


def test_a_grant_on_another_channel_does_not_free_the_withdrawn_one() -> None:
    history = [ConsentTimes("email", JAN, FEB), ConsentTimes("sms", MAR)]
    assert suppressed_kinds([], history) == {EMAIL}


def test_an_older_consent_withdrawn_last_is_the_latest_word() -> None:
    """The list used to judge the channel by its most recently granted consent (the
    newsletter of February, still standing) and so missed this withdrawal."""
    history = [ConsentTimes("email", JAN, MAR), ConsentTimes("email", FEB)]
    assert suppressed_kinds([], history) == {EMAIL}


def test_a_newer_consent_withdrawn_while_an_older_stands_is_suppressed() -> None:
    history = [ConsentTimes("email", JAN), ConsentTimes("email", FEB, MAR)]
    assert suppressed_kinds([], history) == {EMAIL}


def test_at_the_same_instant_the_withdrawal_stands() -> None:
    assert suppressed_kinds([], [ConsentTimes("email", JAN, JAN)]) == {EMAIL}
    both = [ConsentTimes("email", JAN, MAR), ConsentTimes("email", MAR)]
    assert suppressed_kinds([], both) == {EMAIL}


def test_text_messages_and_calls_are_judged_apart_and_reach_the_same_numbers() -> None:
    """A call consent withdrawn is the latest word on calls even after a text consent."""
    history = [ConsentTimes("phone", JAN, FEB), ConsentTimes("sms", MAR)]
    assert withdrawn_channels(history) == {"phone"}
    assert suppressed_kinds([], history) == {PHONE}


def test_objections_and_withdrawals_add_up() -> None:
    assert suppressed_kinds(["phone"], [ConsentTimes("email", JAN, FEB)]) == BOTH
