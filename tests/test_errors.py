"""One base for the errors a user is shown, and one method for their message: ``text()``."""

from __future__ import annotations

import ast
import datetime as dt
import importlib
import inspect
from pathlib import Path

from kasve_desktop import i18n
from kasve_desktop.domain.errors import UserError
from kasve_desktop.domain.workflow import StepRefused
from kasve_desktop.services.errors import DatabaseMissing

PACKAGE = Path(__file__).resolve().parents[1] / "kasve_desktop"


def modules() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if "forms" in parts or "migrations" in parts or parts[-1] == "__main__":
            continue
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_a_message_is_shown_in_the_current_language_with_its_dates() -> None:
    refused = StepRefused("The date cannot be before the request was received ({date}).",
                          date=dt.date(2026, 12, 24))
    assert refused.text() == "Päivä ei voi olla ennen pyynnön vastaanottopäivää (24.12.2026)."
    i18n.set_language("sv")
    assert refused.text() == "Datumet kan inte vara före mottagandet (24.12.2026)."
    assert str(DatabaseMissing(path="/tmp/x.db")) == "Databasfilen /tmp/x.db finns inte."


def test_no_error_has_a_second_method_for_its_message() -> None:
    offences = [f"{path.relative_to(PACKAGE)}:{method.lineno}"
                for path in sorted(PACKAGE.rglob("*.py"))
                for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                if isinstance(node, ast.ClassDef)
                for method in node.body
                if isinstance(method, ast.FunctionDef) and method.name == "translated"]
    assert offences == []


def test_every_error_with_a_message_for_the_user_is_a_user_error() -> None:
    """An exception class of ours that shows a message (``text``) derives from the base."""
    found, strays = [], []
    for name in modules():
        module = importlib.import_module(name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != name or not issubclass(cls, Exception):
                continue
            if "text" in vars(cls) or "message" in vars(cls) or issubclass(cls, UserError):
                found.append(cls.__name__)
                if not issubclass(cls, UserError):
                    strays.append(f"{name}.{cls.__name__}")
    assert strays == []
    assert {"StoreError", "StepRefused", "InvalidValue", "PersonNotFound", "NoticeError",
            "AccessReportError", "LetterUnavailable", "MailUnreadable", "ActionRefused",
            "PassphraseError", "UnsupportedLanguage", "TemplateError"} <= set(found)
