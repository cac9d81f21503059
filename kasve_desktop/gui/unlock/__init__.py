"""Unlocking a database, or creating a new one: the first dialogs of the window."""
