"""The columns of the register's lists and of the subsidiaries, and how new rows look."""

from __future__ import annotations

from kasve_desktop.domain.notice import ItemFacts
from kasve_desktop.domain.vocabulary import LEGAL_BASIS_LABELS, LegalBasis, RegisterItemKind
from kasve_desktop.gui.registers.rows_model import Kind, ListColumn
from kasve_desktop.i18n import N_
from kasve_desktop.services.registers.controller import CompanyData

K = RegisterItemKind

BASIS_CHOICES: tuple[tuple[object, str], ...] = (
    (None, N_("Not chosen")),
    *((basis.value, LEGAL_BASIS_LABELS[basis]) for basis in LegalBasis))
REQUIRED_CHOICES: tuple[tuple[object, str], ...] = (
    (None, N_("Not stated")), (True, N_("Required")), (False, N_("Voluntary")))
PUBLIC_CHOICES: tuple[tuple[object, str], ...] = (
    (None, N_("Not stated")), (True, N_("Public")), (False, N_("Not public")))
PROCESSOR_CHOICES: tuple[tuple[object, str], ...] = (
    (None, N_("Not stated")), (True, N_("Processor")), (False, N_("Recipient")))

ITEM_COLUMNS: dict[str, tuple[ListColumn, ...]] = {
    K.PURPOSE: (
        ListColumn("text", N_("Purpose"), stretch=True),
        ListColumn("legal_basis", N_("Legal basis"), Kind.CHOICE, BASIS_CHOICES),
        ListColumn("legitimate_interest", N_("Legitimate interest"), stretch=True),
    ),
    K.SUBJECT_CATEGORY: (ListColumn("text", N_("Category of data subjects"), stretch=True),),
    K.DATA_CATEGORY: (
        ListColumn("text", N_("Category of data"), stretch=True),
        ListColumn("required", N_("Must be given"), Kind.CHOICE, REQUIRED_CHOICES),
        ListColumn("consequence", N_("If not given"), stretch=True),
    ),
    K.SOURCE: (
        ListColumn("text", N_("Source"), stretch=True),
        ListColumn("is_public", N_("Public"), Kind.CHOICE, PUBLIC_CHOICES),
    ),
    K.RECIPIENT: (
        ListColumn("name", N_("Name"), Kind.PLAIN),
        ListColumn("text", N_("Description"), stretch=True),
        ListColumn("is_processor", N_("Role"), Kind.CHOICE, PROCESSOR_CHOICES),
        ListColumn("country", N_("Country"), Kind.PLAIN),
        ListColumn("outside_eea", N_("Outside the EU/EEA"), Kind.CHECK),
        ListColumn("safeguard", N_("Safeguard"), stretch=True),
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
