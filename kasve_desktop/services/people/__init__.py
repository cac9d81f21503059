"""The data subjects: a person's record, duplicates and merge, import, search, retention, erasure
and rectification.
"""
