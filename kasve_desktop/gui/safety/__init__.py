"""Keeping the data safe in the window: backups by hand and automatic ones, restore (and
the passphrase change and locking)."""
