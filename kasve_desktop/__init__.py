"""Kasve Desktop: keep a company's GDPR registers and answer data-subject requests."""

__version__ = "0.1.0"
