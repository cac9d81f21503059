"""What the transfer dialogs show: file names, the counts, and a person's row of the preview.

Shared by ``transfer_export`` (the laptop's side) and ``transfer_import`` (the
workstation's): the default file name, the result texts, and for each person of
a file how they were matched, the fields that differ and the choices offered.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from pathlib import Path

from babel import Locale, UnknownLocaleError
from PySide6.QtCore import QStandardPaths

from kasve_desktop.domain.file_names import safe_file_name
from kasve_desktop.domain.import_mapping import FIELD_LABELS
from kasve_desktop.i18n import N_, _, display_number, locale_name, ngettext
from kasve_desktop.services.events.transfer import (
    EARLIER_TRANSFER,
    Difference,
    ExportSummary,
    MatchedBy,
    PersonMatch,
    Policy,
    TransferSummary,
)

SUFFIX = ".kasvesiirto"
FILE_WORD = N_("event")
"""The first word of the default file name: "tapahtuma-Syysseminaari-2026-11-24"."""


def transfer_file_filter() -> str:
    return _("Transfer files (*.kasvesiirto);;All files (*)")


def documents_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def default_file_name(event_name: str, today: dt.date) -> str:
    return safe_file_name((_(FILE_WORD), event_name, today.isoformat()), SUFFIX)


def export_text(summary: ExportSummary) -> str:
    """"1 tapahtuma, 10 henkilöä, 10 osallistumista, 8 suostumusta"."""
    parts = (
        ngettext("{count} event", "{count} events", summary.events),
        ngettext("{count} person", "{count} people", summary.persons),
        ngettext("{count} participation", "{count} participations", summary.participations),
        ngettext("{count} consent", "{count} consents", summary.consents),
    )
    counts = (summary.events, summary.persons, summary.participations, summary.consents)
    return ", ".join(p.format(count=display_number(n)) for p, n in zip(parts, counts,
                                                                       strict=True))


COLUMNS = (N_("Name"), N_("E-mail address"), N_("What happens"),
           N_("Differing fields (workstation / file)"), N_("Sign-ups"), N_("Consents"),
           N_("Choice"))
LABELS = {**FIELD_LABELS, "language": N_("Language")}


class Choice(StrEnum):
    """What the user chose for one person of the file."""

    KEEP = "keep"
    TAKE = "take"
    BOTH = "both"
    NEW = "new"
    SAME = "same"
    SAME_TAKE = "same-take"

    @property
    def policy(self) -> Policy:
        return {Choice.TAKE: Policy.TAKE, Choice.SAME_TAKE: Policy.TAKE,
                Choice.BOTH: Policy.BOTH}.get(self, Policy.KEEP)

    @property
    def accepts(self) -> bool:
        """The suggestion of the same name and organisation is taken as the match."""
        return self in (Choice.SAME, Choice.SAME_TAKE)


CHOICES = {
    Choice.KEEP: N_("Keep the workstation's values"),
    Choice.TAKE: N_("Take the event's values"),
    Choice.BOTH: N_("Keep both persons"),
    Choice.NEW: N_("A new person"),
    Choice.SAME: N_("Same person as {name}"),
    Choice.SAME_TAKE: N_("Same person as {name}, take the event's values"),
}
MATCHED_BY = {
    MatchedBy.EMAIL: N_("Matched by e-mail address: {name}"),
    MatchedBy.PHONE: N_("Matched by phone number: {name}"),
    MatchedBy.UID: N_("Matched by an earlier transfer: {name}"),
    MatchedBy.RECORD: N_("Matched by an earlier transfer: {name}"),
    MatchedBy.NAME: N_("Same person as {name}"),
}


def choices_for(match: PersonMatch) -> tuple[Choice, ...]:
    """The choices offered for a person: none when there is nothing to decide."""
    if match.person_id is None:
        if match.suggestion_id is None:
            return ()
        return (Choice.NEW, Choice.SAME) + (
            (Choice.SAME_TAKE,) if match.suggestion_differences else ())
    if not match.differences:
        return ()
    return (Choice.KEEP, Choice.TAKE) + (
        () if match.matched_by in EARLIER_TRANSFER else (Choice.BOTH,))


def what_happens(match: PersonMatch) -> str:
    if match.person_id is not None:
        return _(MATCHED_BY[match.matched_by]).format(name=match.name)
    if match.suggestion_id is not None:
        return _("A new person; suggestion: the same name and organisation as {name}").format(
            name=match.suggestion_name)
    return _("A new person")


def _value(field: str, value: str) -> str:
    """A language code as the language's name in the interface's language ("ruotsi")."""
    if field != "language" or not value:
        return value
    try:
        return Locale.parse(value).get_language_name(locale_name()) or value
    except (ValueError, UnknownLocaleError):
        return value


def _difference(change: Difference, fill: bool) -> str:
    label = _(LABELS.get(change.field, change.field))
    if fill:
        return _("{field}: {event} (added)").format(field=label,
                                                    event=_value(change.field, change.event))
    return _("{field}: {workstation} / {event}").format(
        field=label, workstation=_value(change.field, change.workstation),
        event=_value(change.field, change.event))


def differences_text(match: PersonMatch) -> str:
    """The fields that differ (the suggested person's, for a suggestion), one a line."""
    if match.person_id is None:
        differences, fills = match.suggestion_differences, match.suggestion_fills
    else:
        differences, fills = match.differences, match.fills
    return "\n".join([_difference(d, False) for d in differences]
                     + [_difference(d, True) for d in fills])


def summary_text(summary: TransferSummary) -> str:
    return _("New persons {new_persons}, matched {matched_persons}, participations "
             "{participations}, consents {consents}, unchanged {unchanged}").format(
        new_persons=display_number(summary.new_persons),
        matched_persons=display_number(summary.matched_persons),
        participations=display_number(summary.participations),
        consents=display_number(summary.consents), unchanged=display_number(summary.unchanged))
