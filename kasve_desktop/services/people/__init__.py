"""The data subjects: a person's record, register entries, consents and objections, who must not
be marketed to, duplicates and merge, import, search, retention, erasure and rectification.
"""
