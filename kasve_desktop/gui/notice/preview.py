"""What the notice area previews: the request (language, registers, version) and its PDF.

``build_preview`` runs in a worker thread, so nothing here touches a widget.
The file names and the warning about untranslated texts follow from the
request and the notice built for it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kasve_desktop.domain.file_names import notice_file_name
from kasve_desktop.i18n import N_, _
from kasve_desktop.services.database import Database
from kasve_desktop.services.registers import notice as notice_service

MISSING_TEXTS = {
    "sv": N_("These texts have no Swedish translation yet and appear in Finnish: {texts}"),
    "en": N_("These texts have no English translation yet and appear in Finnish: {texts}"),
}


@dataclass(frozen=True)
class PreviewRequest:
    lang: str
    register_keys: tuple[str, ...] | None
    version: int | None


@dataclass(frozen=True)
class Preview:
    request: PreviewRequest
    pdf: bytes
    untranslated: tuple[str, ...]


def build_preview(db: Database, request: PreviewRequest,
                  today: dt.date | None = None) -> Preview:
    """The PDF (a draft dated ``today``) and its untranslated texts (runs in a worker
    thread: no widgets here)."""
    if request.version is None:
        shown = notice_service.build_notice(db, request.lang, request.register_keys)
    else:
        shown = notice_service.published_notice(db, request.version, request.lang)
    untranslated = shown.untranslated
    pdf = notice_service.notice_pdf(db, request.lang, request.register_keys, request.version,
                                    today)
    return Preview(request, pdf, untranslated)


def file_name(request: PreviewRequest, suffix: str) -> str:
    """``tietosuojaseloste-v3-sv.pdf``, ``tietosuojaseloste-luonnos-fi.html``: named in the
    interface's language (``domain.file_names``)."""
    return notice_file_name(request.lang, request.version, suffix)


def missing_text(lang: str, untranslated: tuple[str, ...]) -> str:
    """The warning above the preview, or "" when nothing is missing."""
    if lang not in MISSING_TEXTS or not untranslated:
        return ""
    return _(MISSING_TEXTS[lang]).format(texts=", ".join(untranslated))
