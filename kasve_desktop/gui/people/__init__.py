"""Henkilöt: finding people, the person page, duplicates and merge, import."""
