"""The columns of the register's lists and of the subsidiaries, and how new rows look."""

from __future__ import annotations

from kasve_desktop.domain.notice import ItemFacts
from kasve_desktop.domain.notice_vocabulary import RecipientRole, TransferMechanism, vocabulary
from kasve_desktop.domain.retention import RetentionAnchor
from kasve_desktop.domain.vocabulary import LEGAL_BASIS_LABELS, LegalBasis, RegisterItemKind
from kasve_desktop.gui.registers.rows_model import Kind, Label, ListColumn
from kasve_desktop.i18n import N_
from kasve_desktop.services.registers.controller import CompanyData

K = RegisterItemKind

BASIS_CHOICES: tuple[tuple[object, Label], ...] = (
    (None, N_("Not chosen")),
    *((basis.value, LEGAL_BASIS_LABELS[basis]) for basis in LegalBasis))
REQUIRED_CHOICES: tuple[tuple[object, Label], ...] = (
    (None, N_("Not stated")), (True, N_("Required")), (False, N_("Voluntary")))
PUBLIC_CHOICES: tuple[tuple[object, Label], ...] = (
    (None, N_("Not stated")), (True, N_("Public")), (False, N_("Not public")))
RETENTION_CHOICES: tuple[tuple[object, Label], ...] = (
    (None, N_("The register's rule")),
    *((months, {"fi": f"{months} kuukautta", "sv": f"{months} månader",
                "en": f"{months} months"}) for months in (3, 6, 12, 24, 36, 60, 72, 84, 120)))
"""Periods a data category may have of its own (else the register's rule applies)."""
ANCHOR_CHOICES: tuple[tuple[object, Label], ...] = (
    ("", N_("The register's rule")),
    (RetentionAnchor.LAST_NEEDED.value, N_("after last needed")),
    (RetentionAnchor.COLLECTED.value, N_("after collection")))
ROLE_CHOICES: tuple[tuple[object, Label], ...] = (
    ("", N_("Not stated")), (RecipientRole.PROCESSOR.value, N_("Processor")),
    (RecipientRole.CONTROLLER.value, N_("Separate controller")),
    (RecipientRole.AUTHORITY.value, N_("Authority")))
MECHANISM_CHOICES: tuple[tuple[object, Label], ...] = (
    ("", N_("None (inside the EU/EEA)")),
    (TransferMechanism.ADEQUACY.value, N_("Adequacy decision")),
    (TransferMechanism.DPF.value, N_("EU–US Data Privacy Framework")),
    (TransferMechanism.SCC.value, N_("Standard contractual clauses")),
    (TransferMechanism.BCR.value, N_("Binding corporate rules")),
    (TransferMechanism.DEROGATION.value, N_("Derogation (Art. 49)")))


def _codes(kind: str) -> tuple[tuple[object, Label], ...]:
    """The kind's vocabulary, named in the interface's language, after "free text only"."""
    return (("", N_("Own wording")), *vocabulary(kind).items())


ITEM_COLUMNS: dict[str, tuple[ListColumn, ...]] = {
    K.PURPOSE: (
        ListColumn("category", N_("Purpose"), Kind.CHOICE, _codes(K.PURPOSE)),
        ListColumn("text", N_("Own wording or addition"), stretch=True),
        ListColumn("legal_basis", N_("Legal basis"), Kind.CHOICE, BASIS_CHOICES),
        ListColumn("legitimate_interest", N_("Legitimate interest"), stretch=True),
    ),
    K.SUBJECT_CATEGORY: (
        ListColumn("category", N_("Category of data subjects"), Kind.CHOICE,
                   _codes(K.SUBJECT_CATEGORY)),
        ListColumn("text", N_("Own wording or addition"), stretch=True),
    ),
    K.DATA_CATEGORY: (
        ListColumn("category", N_("Category of data"), Kind.CHOICE, _codes(K.DATA_CATEGORY)),
        ListColumn("text", N_("Own wording or addition"), stretch=True),
        ListColumn("required", N_("Must be given"), Kind.CHOICE, REQUIRED_CHOICES),
        ListColumn("consequence", N_("If not given"), stretch=True),
        ListColumn("retention_months", N_("Kept for"), Kind.CHOICE, RETENTION_CHOICES),
        ListColumn("retention_anchor", N_("Counted from"), Kind.CHOICE, ANCHOR_CHOICES),
    ),
    K.SOURCE: (
        ListColumn("category", N_("Source"), Kind.CHOICE, _codes(K.SOURCE)),
        ListColumn("text", N_("Own wording or addition"), stretch=True),
        ListColumn("is_public", N_("Public"), Kind.CHOICE, PUBLIC_CHOICES),
    ),
    K.RECIPIENT: (
        ListColumn("name", N_("Name"), Kind.PLAIN),
        ListColumn("role", N_("Role"), Kind.CHOICE, ROLE_CHOICES),
        ListColumn("category", N_("Service"), Kind.CHOICE, _codes(K.RECIPIENT)),
        ListColumn("text", N_("Description"), stretch=True),
        ListColumn("country", N_("Country"), Kind.PLAIN),
        ListColumn("agreement_date", N_("Processing agreement"), Kind.DATE),
        ListColumn("review_on", N_("Agreement review"), Kind.DATE),
        ListColumn("transfer_mechanism", N_("Transfer safeguard"), Kind.CHOICE,
                   MECHANISM_CHOICES),
        ListColumn("safeguard", N_("Safeguard in words"), stretch=True),
    ),
}

SUBSIDIARY_COLUMNS: tuple[ListColumn, ...] = (
    ListColumn("name", N_("Name"), Kind.PLAIN, stretch=True),
    ListColumn("business_id", N_("Business ID"), Kind.PLAIN),
    ListColumn("street", N_("Street address"), Kind.PLAIN, stretch=True),
    ListColumn("postal_code", N_("Postal code"), Kind.PLAIN),
    ListColumn("locality", N_("Post town"), Kind.PLAIN),
)

# The form's list editors (objectName in register_form.ui) and the kind of item each holds.
LIST_KINDS: dict[str, str] = {
    "subject_categories": K.SUBJECT_CATEGORY,
    "purposes": K.PURPOSE,
    "data_categories": K.DATA_CATEGORY,
    "sources": K.SOURCE,
    "recipients": K.RECIPIENT,
}


def new_item(kind: str) -> ItemFacts:
    if kind == K.RECIPIENT:
        return ItemFacts(kind, country="FI")
    return ItemFacts(kind)


def new_subsidiary() -> CompanyData:
    return CompanyData()
