"""One vocabulary for requests, channels, states, letters and legal bases.

The machine names are used in code, the database and the command line; the
labels are translated at display time (see requests.md in the shared design).
"""

from __future__ import annotations

from enum import StrEnum

from kasve_desktop.i18n import N_


class RequestType(StrEnum):
    ACCESS = "access"
    RECTIFICATION = "rectification"
    ERASURE = "erasure"
    RESTRICTION = "restriction"
    PORTABILITY = "portability"
    OBJECTION_MARKETING = "objection-marketing"
    OBJECTION = "objection"
    CONSENT_WITHDRAWAL = "consent-withdrawal"
    OTHER = "other"


REQUEST_TYPE_LABELS: dict[RequestType, str] = {
    RequestType.ACCESS: N_("Access"),
    RequestType.RECTIFICATION: N_("Rectification"),
    RequestType.ERASURE: N_("Erasure"),
    RequestType.RESTRICTION: N_("Restriction"),
    RequestType.PORTABILITY: N_("Portability"),
    RequestType.OBJECTION_MARKETING: N_("Objection to direct marketing"),
    RequestType.OBJECTION: N_("Objection (other)"),
    RequestType.CONSENT_WITHDRAWAL: N_("Consent withdrawal"),
    RequestType.OTHER: N_("Other"),
}

REQUEST_TYPE_ARTICLES: dict[RequestType, str] = {
    RequestType.ACCESS: "15",
    RequestType.RECTIFICATION: "16",
    RequestType.ERASURE: "17",
    RequestType.RESTRICTION: "18",
    RequestType.PORTABILITY: "20",
    RequestType.OBJECTION_MARKETING: "21(2)–(3)",
    RequestType.OBJECTION: "21(1)",
    RequestType.CONSENT_WITHDRAWAL: "7(3)",
    RequestType.OTHER: "",
}


class Channel(StrEnum):
    POST = "post"
    EMAIL = "email"
    PHONE = "phone"
    IN_PERSON = "in-person"
    WEB_FORM = "web-form"


CHANNEL_LABELS: dict[Channel, str] = {
    Channel.POST: N_("Post"),
    Channel.EMAIL: N_("E-mail"),
    Channel.PHONE: N_("Phone"),
    Channel.IN_PERSON: N_("In person"),
    Channel.WEB_FORM: N_("Web form"),
}

ELECTRONIC_CHANNELS = frozenset({Channel.EMAIL, Channel.WEB_FORM})


class RequestStatus(StrEnum):
    RECEIVED = "received"
    IDENTITY_CHECK = "identity-check"
    IN_PROGRESS = "in-progress"
    RESPONSE_READY = "response-ready"
    SENT = "sent"
    CLOSED = "closed"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"


REQUEST_STATUS_LABELS: dict[RequestStatus, str] = {
    RequestStatus.RECEIVED: N_("Received"),
    RequestStatus.IDENTITY_CHECK: N_("Identity check"),
    RequestStatus.IN_PROGRESS: N_("In progress"),
    RequestStatus.RESPONSE_READY: N_("Response ready"),
    RequestStatus.SENT: N_("Sent"),
    RequestStatus.CLOSED: N_("Closed"),
    RequestStatus.REFUSED: N_("Refused"),
    RequestStatus.WITHDRAWN: N_("Withdrawn"),
}

OPEN_STATUSES = frozenset({
    RequestStatus.RECEIVED,
    RequestStatus.IDENTITY_CHECK,
    RequestStatus.IN_PROGRESS,
    RequestStatus.RESPONSE_READY,
    RequestStatus.REFUSED,
})
"""A refusal is decided first and sent afterwards, within the same deadline."""


class TimelineKind(StrEnum):
    """The kinds of steps on a request's timeline."""

    CREATED = "created"
    STATUS = "status"
    PAUSED = "paused"
    RESUMED = "resumed"
    EXTENDED = "extended"
    NOTE = "note"
    DOCUMENT = "document"
    LINKED = "linked"
    ACTION = "action"


TIMELINE_KIND_LABELS: dict[TimelineKind, str] = {
    TimelineKind.CREATED: N_("Request entered"),
    TimelineKind.STATUS: N_("Status changed"),
    TimelineKind.PAUSED: N_("Clock paused for an identity question"),
    TimelineKind.RESUMED: N_("Answer received, clock running again"),
    TimelineKind.EXTENDED: N_("Deadline extended"),
    TimelineKind.NOTE: N_("Note"),
    TimelineKind.DOCUMENT: N_("Document"),
    TimelineKind.LINKED: N_("Linked to a person"),
    TimelineKind.ACTION: N_("Action taken"),
}


class LetterKind(StrEnum):
    ACKNOWLEDGEMENT = "acknowledgement"
    CLARIFICATION = "clarification"
    EXTENSION = "extension"
    ACCESS_REPORT = "access-report"
    NO_DATA = "no-data"
    RECTIFICATION = "rectification"
    ERASURE = "erasure"
    OBJECTION_MARKETING = "objection-marketing"
    OBJECTION = "objection"
    RESTRICTION = "restriction"
    PORTABILITY = "portability"
    CONSENT_WITHDRAWAL = "consent-withdrawal"
    REFUSAL = "refusal"


class LegalBasis(StrEnum):
    """GDPR Art. 6(1)(a)–(f)."""

    CONSENT = "consent"
    CONTRACT = "contract"
    LEGAL_OBLIGATION = "legal-obligation"
    VITAL_INTERESTS = "vital-interests"
    PUBLIC_TASK = "public-task"
    LEGITIMATE_INTERESTS = "legitimate-interests"


LEGAL_BASIS_LABELS: dict[LegalBasis, str] = {
    LegalBasis.CONSENT: N_("Consent (Art. 6(1)(a))"),
    LegalBasis.CONTRACT: N_("Contract (Art. 6(1)(b))"),
    LegalBasis.LEGAL_OBLIGATION: N_("Legal obligation (Art. 6(1)(c))"),
    LegalBasis.VITAL_INTERESTS: N_("Vital interests (Art. 6(1)(d))"),
    LegalBasis.PUBLIC_TASK: N_("Public task (Art. 6(1)(e))"),
    LegalBasis.LEGITIMATE_INTERESTS: N_("Legitimate interests (Art. 6(1)(f))"),
}


class RegisterItemKind(StrEnum):
    """The kinds of list items a register description holds."""

    PURPOSE = "purpose"
    SUBJECT_CATEGORY = "subject-category"
    DATA_CATEGORY = "data-category"
    SOURCE = "source"
    RECIPIENT = "recipient"
    SECURITY = "security"


class MarketingScope(StrEnum):
    ALL = "all"
    EMAIL = "email"
    PHONE = "phone"
    POST = "post"
    MARKET_RESEARCH = "market-research"


MARKETING_SCOPE_LABELS: dict[MarketingScope, str] = {
    MarketingScope.ALL: N_("All direct marketing"),
    MarketingScope.EMAIL: N_("E-mail marketing"),
    MarketingScope.PHONE: N_("Telephone marketing"),
    MarketingScope.POST: N_("Postal marketing"),
    MarketingScope.MARKET_RESEARCH: N_("Market and opinion research"),
}


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"


AUDIT_ACTION_LABELS: dict[AuditAction, str] = {
    AuditAction.CREATE: N_("Created"),
    AuditAction.UPDATE: N_("Changed"),
    AuditAction.DELETE: N_("Deleted"),
}
