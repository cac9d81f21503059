"""Compile the Qt Designer forms in ui/ into kasve_desktop/gui/forms/ui_<name>.py.

    python tools/compile_forms.py           write every generated form
    python tools/compile_forms.py --check   exit 1 if a committed form differs from
                                            a fresh compile (uic's version lines ignored)

``pyside6-uic`` writes ``QCoreApplication.translate("Context", u"text", None)``
for every translatable string; those calls are rewritten into
``_(u"text")`` so that the forms are translated by the application's gettext
catalogs (see kasve_desktop/i18n.py) and babel extracts their strings.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "kasve_desktop" / "gui" / "forms"
HEADER = "# generated from ui/{name}.ui by tools/compile_forms.py — do not edit\n"
IMPORT = "from kasve_desktop.i18n import _\n"
TRANSLATE = re.compile(r'QCoreApplication\.translate\("[^"]*", (u"(?:[^"\\]|\\.)*"), None\)')
VERSION_LINE = re.compile(r"^## (Created by: Qt User Interface Compiler|Form generated from).*\n",
                          re.MULTILINE)


def uic() -> str:
    """The ``pyside6-uic`` beside this Python, else the one on the PATH."""
    beside = Path(sys.executable).with_name("pyside6-uic")
    found = str(beside) if beside.exists() else shutil.which("pyside6-uic")
    if found is None:
        raise SystemExit("pyside6-uic not found: install PySide6-Essentials")
    return found


def postprocess(source: str, name: str) -> str:
    """Route the translations through ``_()`` and mark the file as generated."""
    body = TRANSLATE.sub(r"_(\1)", source)
    if "QCoreApplication.translate(" in body:
        raise ValueError(f"ui/{name}.ui: a translate() call was not rewritten")
    if "_(u" in body:
        first_import = body.index("from PySide6")
        body = body[:first_import] + IMPORT + body[first_import:]
    return HEADER.format(name=name) + body


def compile_form(ui_file: Path) -> str:
    result = subprocess.run([uic(), str(ui_file)], capture_output=True, text=True,
                            check=True, encoding="utf-8")
    return postprocess(result.stdout, ui_file.stem)


def target(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def comparable(source: str) -> str:
    """The generated text without the lines that name uic's version."""
    return VERSION_LINE.sub("", source)


def stale_forms() -> list[Path]:
    """The forms whose committed file differs from a fresh compile (or is missing)."""
    stale = []
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        committed = target(ui_file)
        current = committed.read_text(encoding="utf-8") if committed.exists() else ""
        if comparable(current) != comparable(compile_form(ui_file)):
            stale.append(ui_file)
    return stale


def orphans() -> list[Path]:
    """Generated forms whose .ui file no longer exists."""
    names = {f"ui_{ui.stem}.py" for ui in UI_DIR.glob("*.ui")}
    return sorted(p for p in FORMS_DIR.glob("ui_*.py") if p.name not in names)


def write_all() -> None:
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        target(ui_file).write_text(compile_form(ui_file), encoding="utf-8")
        print(f"{ui_file.relative_to(ROOT)} -> {target(ui_file).relative_to(ROOT)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only compare; exit 1 if a generated form is out of date")
    args = parser.parse_args(argv)
    if not args.check:
        write_all()
        return 0
    problems = [f"{p.relative_to(ROOT)} differs from its compiled form" for p in stale_forms()]
    problems += [f"{p.relative_to(ROOT)} has no .ui file" for p in orphans()]
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
