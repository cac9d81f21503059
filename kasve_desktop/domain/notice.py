"""The privacy notice as plain data: what goes in, and the document that comes out.

``compose()`` (in ``notice_compose``) turns the facts of the controller and its
registers into a ``Notice``: a title, the legal references and twelve numbered
sections of blocks. The documents layer renders a ``Notice`` as PDF or HTML
without knowing where the facts came from. Register texts are printed word for
word; a text that lacks the notice's language appears in Finnish, marked as
untranslated.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kasve_desktop.domain.notice_vocabulary import RecipientRole, outside_eea
from kasve_desktop.domain.retention import RetentionAnchor

Texts = dict[str, str]
LANGUAGES = ("fi", "sv", "en")
SOURCE_LANGUAGE = "fi"


# --- what goes in ---------------------------------------------------------------


@dataclass(frozen=True)
class Address:
    street: str = ""
    postal_code: str = ""
    locality: str = ""
    country: str = "FI"

    def one_line(self) -> str:
        place = " ".join(p for p in (self.postal_code, self.locality) if p)
        return ", ".join(p for p in (self.street, place) if p)


@dataclass(frozen=True)
class ControllerFacts:
    name: str
    business_id: str = ""
    address: Address = Address()
    email: str = ""
    phone: str = ""
    website: str = ""
    shares_customer_contacts: bool = False
    subsidiaries: tuple[str, ...] = ()


@dataclass(frozen=True)
class ContactFacts:
    name: str
    address: Address = Address()
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class AuthorityContact:
    """The supervisory authority's contact block in one language."""

    name: str
    visiting: str
    postal: str
    phone: str
    email: str
    web: str


@dataclass
class ItemFacts:
    """One list item of a register: a purpose, a data category, a recipient…

    Stored as ``store.models.RegisterItem``; the texts are per language.
    """

    kind: str
    text: Texts = field(default_factory=dict)
    legal_basis: str | None = None
    legitimate_interest: Texts = field(default_factory=dict)
    required: bool | None = None
    consequence: Texts = field(default_factory=dict)
    is_public: bool | None = None
    name: str = ""
    country: str = ""
    safeguard: Texts = field(default_factory=dict)
    category: str = ""
    """A data category's code (``notice_vocabulary.DataCategory``); its text adds to it."""
    role: str = ""
    """A recipient's role (``notice_vocabulary.RecipientRole``)."""
    agreement_date: dt.date | None = None
    """The date of a processor's data-processing agreement (Art. 28(3))."""
    transfer_mechanism: str = ""
    """How a transfer outside the EU/EEA is safeguarded (``TransferMechanism``)."""
    retention_months: int | None = None
    """A data category's own retention rule, where it differs from the register's."""
    retention_anchor: str = ""
    review_on: dt.date | None = None
    """When a processor's agreement is next due for review (the record of processing
    activities flags it when the date has passed)."""

    @property
    def outside_eea(self) -> bool:
        """A recipient whose country is outside the EU/EEA (read from the country)."""
        return outside_eea(self.country)

    @property
    def is_processor(self) -> bool:
        return self.role == RecipientRole.PROCESSOR


REGISTER_TEXT_FIELDS = (
    "name", "description", "purposes_text", "data_content_text", "sources_text",
    "disclosures_text", "transfers_text", "security_text", "security_manual",
    "security_electronic", "retention_text", "legal_hold_text", "rights_text",
    "automated_text", "changes_text")
"""The register's texts, each per language (``Texts``); all but ``legal_hold_text`` are printed."""


@dataclass
class RegisterFacts:
    """What a register says, in one place: the form edits it, the services store it
    (``store.models.Register``), the notice and the completeness check read it.
    """

    key: str
    name: Texts = field(default_factory=dict)
    description: Texts = field(default_factory=dict)
    purposes_text: Texts = field(default_factory=dict)
    data_content_text: Texts = field(default_factory=dict)
    sources_text: Texts = field(default_factory=dict)
    disclosures_text: Texts = field(default_factory=dict)
    transfers_text: Texts = field(default_factory=dict)
    security_text: Texts = field(default_factory=dict)
    security_manual: Texts = field(default_factory=dict)
    security_electronic: Texts = field(default_factory=dict)
    retention_text: Texts = field(default_factory=dict)
    retention_months: int | None = None
    retention_anchor: str = RetentionAnchor.LAST_NEEDED.value
    legal_hold_text: Texts = field(default_factory=dict)
    """Why some data must be kept past the retention period (not printed in the notice)."""
    rights_text: Texts = field(default_factory=dict)
    automated_decisions: bool = False
    automated_text: Texts = field(default_factory=dict)
    changes_text: Texts = field(default_factory=dict)
    items: list[ItemFacts] = field(default_factory=list)

    def items_of(self, kind: str) -> list[ItemFacts]:
        return [item for item in self.items if item.kind == kind]


@dataclass(frozen=True)
class NoticeFacts:
    """Everything a notice is made from."""

    controller: ControllerFacts
    contact: ContactFacts | None
    registers: tuple[RegisterFacts, ...]
    authority: dict[str, AuthorityContact]
    dpo: ContactFacts | None = None
    intro: Texts = field(default_factory=dict)
    version: int | None = None
    effective_date: dt.date | None = None


# --- what comes out -------------------------------------------------------------


@dataclass(frozen=True)
class Paragraph:
    text: str
    untranslated: bool = False


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]
    untranslated: bool = False


@dataclass(frozen=True)
class SubHeading:
    text: str


@dataclass(frozen=True)
class Fields:
    """Label–value rows, e.g. ``Nimi: Kasve Oy``."""

    rows: tuple[tuple[str, str], ...]


Block = Paragraph | Bullets | SubHeading | Fields


@dataclass(frozen=True)
class Section:
    number: int
    heading: str
    blocks: tuple[Block, ...]

    @property
    def title(self) -> str:
        return f"{self.number}. {self.heading}"

    def plain_text(self) -> str:
        """The section as plain text, for comparing versions."""
        lines: list[str] = []
        for block in self.blocks:
            if isinstance(block, Paragraph | SubHeading):
                lines.append(block.text)
            elif isinstance(block, Bullets):
                lines.extend(f"• {item}" for item in block.items)
            else:
                lines.extend(f"{label}: {value}" for label, value in block.rows)
        return "\n".join(lines)


@dataclass(frozen=True)
class Notice:
    lang: str
    title: str
    legal_references: str
    sections: tuple[Section, ...]
    intro: tuple[Block, ...] = ()
    """The controller's own opening words, printed before section 1."""
    version: int | None = None
    effective_date: dt.date | None = None
    version_label: str = ""
    untranslated: tuple[str, ...] = ()
    """Which register texts appear in Finnish for lack of a translation."""
    untranslated_marker: str = ""
    """The note printed beside an untranslated text, in the notice's language."""


# --- the fixed words ------------------------------------------------------------

TITLES = {"fi": "Tietosuojaseloste", "sv": "Dataskyddsbeskrivning", "en": "Privacy notice"}

HEADINGS: dict[str, tuple[str, ...]] = {
    "fi": (
        "Rekisterinpitäjä",
        "Yhteyshenkilö rekisteriä koskevissa asioissa",
        "Rekisterin nimi",
        "Henkilötietojen käsittelyn tarkoitus ja oikeusperuste",
        "Rekisterin tietosisältö",
        "Säännönmukaiset tietolähteet",
        "Tietojen säännönmukaiset luovutukset ja siirrot EU:n tai ETA:n ulkopuolelle",
        "Rekisterin suojauksen periaatteet",
        "Tietojen säilytysajat",
        "Rekisteröidyn oikeudet",
        "Automaattinen päätöksenteko ja profilointi",
        "Muutokset tähän selosteeseen",
    ),
    "sv": (
        "Personuppgiftsansvarig",
        "Kontaktperson i registerärenden",
        "Registrets namn",
        "Ändamål och rättslig grund för behandlingen",
        "Registrets datainnehåll",
        "Regelbundna uppgiftskällor",
        "Regelbundna utlämnanden och överföringar utanför EU eller EES",
        "Principer för skydd av registret",
        "Lagringstider",
        "Den registrerades rättigheter",
        "Automatiserat beslutsfattande och profilering",
        "Ändringar i denna beskrivning",
    ),
    "en": (
        "Controller",
        "Contact person for register matters",
        "Name of the register",
        "Purposes and legal basis of the processing",
        "Personal data processed",
        "Regular sources of data",
        "Recipients and transfers outside the EU/EEA",
        "How the register is protected",
        "Storage periods",
        "Your rights",
        "Automated decision-making and profiling",
        "Changes to this notice",
    ),
}

DEFAULT_AUTHORITY: dict[str, AuthorityContact] = {
    "fi": AuthorityContact("Tietosuojavaltuutetun toimisto", "Lintulahdenkuja 4, 00530 Helsinki",
                           "PL 800, 00531 Helsinki", "029 566 6700", "tietosuoja@om.fi",
                           "https://tietosuoja.fi"),
    "sv": AuthorityContact("Dataombudsmannens byrå", "Fågelviksgränden 4, 00530 Helsingfors",
                           "PB 800, 00531 Helsingfors", "029 566 6700", "tietosuoja@om.fi",
                           "https://tietosuoja.fi/sv"),
    "en": AuthorityContact("Office of the Data Protection Ombudsman",
                           "Lintulahdenkuja 4, 00530 Helsinki",
                           "P.O. Box 800, 00531 Helsinki, Finland", "+358 29 566 6700",
                           "tietosuoja@om.fi", "https://tietosuoja.fi/en"),
}
