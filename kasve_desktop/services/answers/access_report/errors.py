"""Why an access report cannot be written: an unknown person or request, or a register
whose description would make the report say something untrue or leave out what Art. 15
requires."""

from __future__ import annotations

from kasve_desktop.domain.errors import UserError


class AccessReportError(UserError):
    """An unknown person or request, or a register the report cannot truthfully describe."""
