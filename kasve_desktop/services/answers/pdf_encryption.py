"""AES-256 encryption of a finished PDF for e-mail delivery (access-report.md).

reportlab's own encryption is RC4 or an obsolete AES variant that poppler
cannot open, so the finished bytes are encrypted with pikepdf (revision 6:
AES-256). The password is generated here, shown once to the user, and given
to the person through another channel; it is never stored. The owner password
is random and thrown away: the reader may print and copy, nobody may change
the restrictions.
"""

from __future__ import annotations

import io
import secrets

import pikepdf

PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
"""Lower-case letters and digits without look-alikes (0/o, 1/l/i): easy to read aloud."""
PASSWORD_GROUPS = 5
GROUP_LENGTH = 4


def generate_password(groups: int = PASSWORD_GROUPS) -> str:
    """A random password like ``k7dm-x2pq-…``: 20 characters, about 99 bits."""
    return "-".join("".join(secrets.choice(PASSWORD_ALPHABET) for _ in range(GROUP_LENGTH))
                    for _ in range(groups))


def encrypt_pdf(data: bytes, password: str) -> bytes:
    """``data`` (a PDF) encrypted with AES-256; it opens only with ``password``."""
    if not password:
        raise ValueError("an encrypted PDF needs a password")
    output = io.BytesIO()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        encryption = pikepdf.Encryption(owner=secrets.token_urlsafe(32), user=password, R=6,
                                        aes=True, metadata=True)
        pdf.save(output, encryption=encryption)
    return output.getvalue()
