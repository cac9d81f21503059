"""Keeping the data safe in the window: backups (and, to come, restore and locking)."""
