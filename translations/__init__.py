"""Gettext catalogs (fi, sv, en), installed as package data."""
