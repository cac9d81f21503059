"""Loki: the audit log."""
