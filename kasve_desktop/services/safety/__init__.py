"""Keeping the data safe: backups and restore (and, to come, passphrase change and locking)."""
