"""The names of the letter templates and the meaning of their placeholders, as the
template editor shows them (translated at display time)."""

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
    "restriction": N_("Processing restricted"),
    "restriction-lifted": N_("Restriction to be lifted"),
    "portability": N_("Data delivered (portability)"),
    "consent-withdrawal": N_("Consent withdrawal recorded"),
    "refusal": N_("Refusal"),
}
"""Every template of ``domain.letter_templates.TEMPLATE_KEYS``."""

PLACEHOLDER_TEXTS: dict[str, str] = {
    "name": N_("the requester's name"),
    "reference": N_("the request's reference"),
    "received": N_("the date the request arrived"),
    "request": N_("what was asked, in words"),
    "controller": N_("the controller's name"),
    "contact": N_("the contact person's e-mail and phone"),
    "authority_name": N_("the supervisory authority's name"),
    "due": N_("the answer-by date (before an extension)"),
    "question": N_("what is asked of the person"),
    "extended_due": N_("the extended answer-by date"),
    "reasons": N_("the reasons given"),
    "changed": N_("the details corrected (a list)"),
    "erased": N_("what was erased (a list)"),
    "kept": N_("what was kept, and under which law (a list)"),
    "since": N_("the date from which it applies"),
    "channels": N_("the channels the objection covers (a list)"),
    "decision": N_("the decision"),
    "grounds": N_("the grounds of the restriction"),
    "lifted": N_("the date the restriction is lifted"),
    "files": N_("the files delivered (a list)"),
    "consents": N_("the consents withdrawn (a list)"),
    "authority": N_("the supervisory authority's contact details (a block)"),
}
