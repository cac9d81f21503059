"""The validation report and the summary of an import as lines of text, in the UI language.

The command line prints these lines and the import dialog shows them:

    row 7: E-mail: Not an e-mail address: write e.g. name@example.fi.
    rows read: 12
    new persons: 8
    matched persons: 2
    rejected rows: 1 (7)
    suppressed rows: 0

and after an import that named an event, last:

    participations added: 9, already signed up: 1
"""

from __future__ import annotations

from collections.abc import Iterable

from kasve_desktop.domain.import_mapping import Problem
from kasve_desktop.i18n import N_, _
from kasve_desktop.services.people.importing import ImportSummary, RowPlan, RowStatus

SUPPRESSED = N_("on the suppression list (an erased person who refused marketing): not "
                "imported")


def reasons(problems: Iterable[Problem]) -> str:
    return " ".join(problem.text() for problem in problems)


def row_line(number: int, text: str) -> str:
    return _("row {number}: {text}").format(number=number, text=text)


def status_text(row: RowPlan) -> str:
    """What happens to a row, in words (for the dialog's report)."""
    if row.status is RowStatus.INVALID:
        return reasons(row.problems)
    if row.status is RowStatus.MATCHED:
        return _("already kept: {name}").format(name=row.person_name)
    if row.status is RowStatus.SAME_AS_ROW:
        return _("the same person as row {number}").format(number=row.same_as)
    if row.status is RowStatus.SUPPRESSED:
        return _(SUPPRESSED)
    return _("new person")


def report_lines(summary: ImportSummary) -> list[str]:
    """The problems of the columns, then one line per rejected or suppressed row."""
    lines = [_("columns: {text}").format(text=p.text()) for p in summary.column_problems]
    if summary.column_problems:
        return lines
    rows = [(row.number, reasons(row.problems)) for row in summary.rejected]
    rows += [(number, _(SUPPRESSED)) for number in summary.suppressed]
    return lines + [row_line(number, text) for number, text in sorted(rows)]


def _numbers(numbers: Iterable[int]) -> str:
    listed = ", ".join(str(n) for n in numbers)
    return f" ({listed})" if listed else ""


def summary_lines(summary: ImportSummary) -> list[str]:
    """Rows read, new persons, matched persons, rejected and suppressed rows (with numbers);
    after a write also the entries added and the persons updated, and with an event the
    participations added and those already there."""
    lines = [
        _("rows read: {count}").format(count=summary.rows_read),
        _("new persons: {count}").format(count=summary.new_persons),
        _("matched persons: {count}").format(count=summary.matched_persons),
        _("rejected rows: {count}").format(count=len(summary.rejected))
        + _numbers(row.number for row in summary.rejected),
        _("suppressed rows: {count}").format(count=len(summary.suppressed))
        + _numbers(summary.suppressed),
    ]
    if summary.written:
        lines += [_("register entries added: {count}").format(count=summary.entries_added),
                  _("persons updated: {count}").format(count=summary.persons_updated)]
    if summary.written and summary.event_id is not None:
        lines.append(_("participations added: {added}, already signed up: {already}").format(
            added=summary.participations_added, already=summary.already_signed_up))
    return lines
