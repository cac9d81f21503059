"""Whether a letter can reach a person: one rule.

``has_postal_address`` is what the breach letters need (``documents.person_letters``
prints Posti's window address from the street, the postal code and the locality, see
``services.answers.letters.parts.address_lines``) and what the breach window shows as
"has an address": the two must never disagree.
"""

from __future__ import annotations

from kasve_desktop.store.models import Person

__all__ = ["has_postal_address"]


def has_postal_address(person: Person) -> bool:
    """Street, postal code and locality all given (not blank once stripped); a person
    not yet flushed may still hold None for a column left out."""
    return all((part or "").strip()
               for part in (person.street, person.postal_code, person.locality))
