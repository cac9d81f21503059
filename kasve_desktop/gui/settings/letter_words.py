"""The names of the letter templates, as the template editor shows them (translated at
display time); what the placeholders stand for is in
``domain.letter_templates.PLACEHOLDER_TEXTS``."""

from __future__ import annotations

from kasve_desktop.i18n import N_

LETTER_NAMES: dict[str, str] = {
    "acknowledgement": N_("Acknowledgement of receipt"),
    "clarification": N_("Identity check or clarification asked"),
    "extension": N_("Extension of the answer-by date"),
    "no-data": N_("No data held"),
    "rectification": N_("Rectification done"),
    "erasure": N_("Erasure done"),
    "objection-marketing": N_("Objection to direct marketing recorded"),
    "objection": N_("Decision on an objection"),
    "objection-refused": N_("Objection refused, with the reasons"),
    "restriction": N_("Processing restricted"),
    "restriction-lifted": N_("Restriction to be lifted"),
    "portability": N_("Data delivered (portability)"),
    "consent-withdrawal": N_("Consent withdrawal recorded"),
    "refusal": N_("Refusal"),
}
"""Every template of ``domain.letter_templates.TEMPLATE_KEYS``."""

