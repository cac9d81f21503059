"""What the intake dialog shows beside its fields: choices, the answer-by date, the channel's needs.

Kept apart from the dialog so that the texts can be read (and tested) without
opening a window.
"""

from __future__ import annotations

import datetime as dt

from kasve_desktop.domain import deadlines
from kasve_desktop.domain.deadline_text import day_text, explain, move_lines
from kasve_desktop.domain.vocabulary import (
    CHANNEL_LABELS,
    REQUEST_TYPE_ARTICLES,
    REQUEST_TYPE_LABELS,
    Channel,
    RequestType,
)
from kasve_desktop.i18n import N_, _, current_language

LANGUAGE_LABELS = (("fi", N_("Finnish")), ("sv", N_("Swedish")), ("en", N_("English")))
ADDRESS_FIELDS = ("requester_street", "requester_postal_code", "requester_locality",
                  "requester_country")
ADDRESS_CHANNELS = frozenset({Channel.POST, Channel.PHONE, Channel.IN_PERSON})
"""Channels whose answer may go by post: the address fields are shown for them."""
NEEDED_BY_CHANNEL: dict[str, tuple[str, ...]] = {
    Channel.POST: ("requester_street", "requester_postal_code"),
    Channel.EMAIL: ("requester_email",),
    Channel.WEB_FORM: ("requester_email",),
    Channel.PHONE: ("requester_phone",),
    Channel.IN_PERSON: (),
}
"""The labels (by field) shown in bold: what the channel's answer needs."""
NOTE_OF = {"requester_locality": "requester_postal_code"}
"""Fields whose reason is shown under another field's note (the town beside the code)."""


def type_label(kind: RequestType) -> str:
    """``Tarkastuspyyntö (15 art.)``: the type and its GDPR article."""
    label = _(REQUEST_TYPE_LABELS[kind])
    article = REQUEST_TYPE_ARTICLES[kind]
    return _("{label} (Art. {article})").format(label=label, article=article) if article \
        else label


def type_choices() -> list[tuple[str, str]]:
    return [(kind.value, type_label(kind)) for kind in RequestType]


def channel_choices() -> list[tuple[str, str]]:
    return [(channel.value, _(label)) for channel, label in CHANNEL_LABELS.items()]


def language_choices() -> list[tuple[str, str]]:
    return [(lang, _(label)) for lang, label in LANGUAGE_LABELS]


def answer_by(received: dt.date) -> tuple[str, str]:
    """The answer-by date with the first move and its reason, and a tooltip with every step.

    ``Answer by 28.12.2026 (24.12.2026 Jouluaatto → 28.12.2026)``.
    """
    deadline = deadlines.one_month(received, current_language())
    moves = move_lines(deadline)
    date = day_text(deadline.due)
    text = (_("Answer by {date} ({reason})").format(date=date, reason=moves[0]) if moves
            else _("Answer by {date}").format(date=date))
    return text, "\n".join(explain(received).lines)


def shows_address(channel: str) -> bool:
    return channel in ADDRESS_CHANNELS


def needed_fields(channel: str) -> tuple[str, ...]:
    return ("requester_name", *NEEDED_BY_CHANNEL.get(channel, ()))
