"""What the response dialog says in words: letter kinds, stored letters, delivery, states."""

from __future__ import annotations

from kasve_desktop.clock import local_date
from kasve_desktop.domain.vocabulary import CHANNEL_LABELS, ELECTRONIC_CHANNELS, LetterKind
from kasve_desktop.domain.workflow import StepRefused
from kasve_desktop.gui.common.widgets import translated
from kasve_desktop.i18n import LANGUAGE_NAMES, N_, _, display_date
from kasve_desktop.services.answers.letters.letters import LetterUnavailable
from kasve_desktop.services.answers.responses import ResponseDocument
from kasve_desktop.services.errors import StoreError
from kasve_desktop.services.requests.detail import RequestDetail, RequestNotFound

LETTER_KIND_LABELS: dict[LetterKind, str] = {
    LetterKind.ACKNOWLEDGEMENT: N_("Acknowledgement of receipt"),
    LetterKind.CLARIFICATION: N_("Identity verification or clarification"),
    LetterKind.EXTENSION: N_("Extension notice"),
    LetterKind.ACCESS_REPORT: N_("Access report (Art. 15)"),
    LetterKind.NO_DATA: N_("No data held"),
    LetterKind.RECTIFICATION: N_("Rectification done"),
    LetterKind.ERASURE: N_("Erasure done"),
    LetterKind.OBJECTION_MARKETING: N_("Direct marketing objection registered"),
    LetterKind.OBJECTION: N_("Outcome of the objection"),
    LetterKind.RESTRICTION: N_("Restriction applied"),
    LetterKind.PORTABILITY: N_("Portability delivery"),
    LetterKind.CONSENT_WITHDRAWAL: N_("Consent withdrawal recorded"),
    LetterKind.REFUSAL: N_("Refusal"),
}


def kind_text(kind: str) -> str:
    return translated(LETTER_KIND_LABELS, kind)


def document_text(row: ResponseDocument) -> str:
    """``Sent 25.11.2026 · Access report (Art. 15) · fi`` (or ``Draft …``): the state and
    date first, so that a narrow list still shows them."""
    if row.is_final:
        state = _("Sent {date}").format(date=display_date(row.sent_on))
    else:
        state = _("Draft {date}").format(date=display_date(local_date(row.created_at)))
    return f"{state} · {kind_text(row.kind)} · {row.lang}"


def language_choices() -> list[tuple[str, str]]:
    return list(LANGUAGE_NAMES.items())


def delivery_text(detail: RequestDetail, channel: str) -> str:
    """How the answer goes by default, and why (Art. 12(3))."""
    how = translated(CHANNEL_LABELS, channel).lower()
    if channel not in ELECTRONIC_CHANNELS:
        return _("On paper ({channel}): print the letter for a window envelope.").format(
            channel=how)
    if detail.channel in ELECTRONIC_CHANNELS:
        why = _("Electronically ({channel}), as the request was made electronically "
                "(Art. 12(3)).").format(channel=how)
    else:
        why = _("Electronically ({channel}): the request has no postal address.").format(
            channel=how)
    return why + " " + _("Save the encrypted PDF and give its password through another "
                         "channel.")


def sent_state(row: ResponseDocument) -> str:
    return _("Sent on {date} by {channel}. The letter is final: it cannot be changed, and a "
             "reprint shows exactly this document.").format(
        date=display_date(row.sent_on), channel=translated(CHANNEL_LABELS,
                                                           row.sent_channel).lower())


def draft_state(row: ResponseDocument) -> str:
    return _("Draft stored with the request on {date}. Print or save it, then mark it as "
             "sent.").format(date=display_date(local_date(row.created_at)))


PROBLEMS = (LetterUnavailable, StepRefused, StoreError, RequestNotFound, OSError)
"""What the dialog shows as a message; anything else is a bug."""


def problem_text(error: BaseException) -> str | None:
    """The user's message for an error of the environment or of the request; None for a bug."""
    if isinstance(error, LetterUnavailable):
        return error.text()
    if isinstance(error, StepRefused | StoreError):
        return error.text()
    if isinstance(error, RequestNotFound):
        return _("The request or its letter no longer exists.")
    if isinstance(error, OSError):
        return _("The file could not be saved: {reason}").format(
            reason=error.strerror or str(error))
    return None
