"""AES-256 encryption of a finished PDF: no opening without the password, opening with it."""

from __future__ import annotations

import io

import pikepdf
import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from kasve_desktop.documents.letter import Letter, LetterHead, Sender, letter_styles, render_letter
from kasve_desktop.services.answers.pdf_encryption import (
    PASSWORD_ALPHABET,
    encrypt_pdf,
    generate_password,
)


@pytest.fixture(scope="module")
def plain() -> bytes:
    letter = Letter(LetterHead("VASTAUS", "25.11.2026"), Sender("Kasve Oy"), ("Maija",))
    return render_letter(letter, [Paragraph("Salainen sisältö", letter_styles().body)])


def test_password_is_long_random_and_easy_to_read(plain: bytes) -> None:
    passwords = {generate_password() for _ in range(50)}
    assert len(passwords) == 50
    for password in passwords:
        groups = password.split("-")
        assert len(groups) == 5 and all(len(g) == 4 for g in groups)
        assert set("".join(groups)) <= set(PASSWORD_ALPHABET)


def test_encrypted_pdf_needs_its_password(plain: bytes) -> None:
    password = generate_password()
    data = encrypt_pdf(plain, password)
    assert b"Salainen" not in data and b"/Encrypt" in data
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(io.BytesIO(data))
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(io.BytesIO(data), password="wrong-password")
    with pikepdf.open(io.BytesIO(data), password=password) as pdf:
        encryption = pdf.encryption
        assert (encryption.R, encryption.stream_method, encryption.bits) == (
            6, pikepdf.models.EncryptionMethod.aesv3, 256)
        out = io.BytesIO()
        pdf.save(out, encryption=False)
    text = PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text()
    assert "Salainen sisältö" in text


def test_empty_password_is_refused(plain: bytes) -> None:
    with pytest.raises(ValueError):
        encrypt_pdf(plain, "")
