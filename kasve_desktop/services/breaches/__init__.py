"""The breach register (GDPR Art. 33–34): what the window and the command line use of it.

The GUI imports from here (never from ``store``): the breaches' use cases, their rows,
their labels and the errors it must catch.
"""

from kasve_desktop.services.breaches.breaches import (
    Addition,
    BreachDetail,
    BreachInput,
    BreachInvalid,
    BreachNotFound,
    BreachRow,
    BreachStatus,
    LinkedPerson,
    Risk,
    add_addition,
    breach_detail,
    close_breach,
    list_breaches,
    mark_told,
    open_deadlines,
    record_breach,
    reopen_breach,
    risk_label,
    status_label,
    update_breach,
)

__all__ = [
    "Addition", "BreachDetail", "BreachInput", "BreachInvalid", "BreachNotFound", "BreachRow",
    "BreachStatus", "LinkedPerson", "Risk", "add_addition", "breach_detail", "close_breach",
    "list_breaches", "mark_told", "open_deadlines", "record_breach", "reopen_breach", "risk_label",
    "status_label", "update_breach",
]
