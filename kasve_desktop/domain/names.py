"""How a person is named in lists: last name first (``Virtanen, Matti``)."""

from __future__ import annotations


def display_name(first: str, last: str) -> str:
    """A person as listed: ``Virtanen, Matti``."""
    return ", ".join(part for part in (last, first) if part)
