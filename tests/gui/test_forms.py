"""The generated forms match their .ui files, translate through gettext, use snake_case names."""

from __future__ import annotations

import importlib
import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI_FILES = sorted((ROOT / "ui").glob("*.ui"))
SNAKE_CASE = re.compile(r"^[a-z][a-z0-9_]*$")


def compile_forms() -> ModuleType:
    spec = importlib.util.spec_from_file_location("compile_forms",
                                                  ROOT / "tools" / "compile_forms.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_forms_match_a_fresh_compile() -> None:
    tool = compile_forms()
    assert tool.stale_forms() == [], "run: python tools/compile_forms.py"
    assert tool.orphans() == []
    assert tool.main(["--check"]) == 0


def test_translate_calls_become_gettext() -> None:
    tool = compile_forms()
    source = ("from PySide6.QtCore import QCoreApplication\n"
              'x.setText(QCoreApplication.translate("Dialog", u"Say \\"hi\\"\\u2026", None))\n')
    result = tool.postprocess(source, "dialog")
    assert result.startswith("# generated from ui/dialog.ui by tools/compile_forms.py")
    assert 'x.setText(_(u"Say \\"hi\\"\\u2026"))' in result
    assert "from kasve_desktop.i18n import _\n" in result


def test_version_lines_are_ignored_in_the_comparison() -> None:
    tool = compile_forms()
    one = "## Created by: Qt User Interface Compiler version 6.8.0\nbody\n"
    other = "## Created by: Qt User Interface Compiler version 6.12.0\nbody\n"
    assert tool.comparable(one) == tool.comparable(other)


@pytest.mark.parametrize("ui_file", UI_FILES, ids=[p.stem for p in UI_FILES])
def test_object_names_are_snake_case(ui_file: Path) -> None:
    root = ET.parse(ui_file).getroot()
    top = root.find("widget")
    assert top is not None
    named = [e for e in root.iter() if e.tag in ("widget", "layout", "action", "spacer")
             and e is not top]
    bad = [e.get("name") for e in named if not SNAKE_CASE.match(e.get("name") or "")]
    assert bad == []


@pytest.mark.parametrize("ui_file", UI_FILES, ids=[p.stem for p in UI_FILES])
def test_generated_forms_hold_no_qt_translate(ui_file: Path) -> None:
    generated = ROOT / "kasve_desktop" / "gui" / "forms" / f"ui_{ui_file.stem}.py"
    text = generated.read_text(encoding="utf-8")
    assert "QCoreApplication.translate(" not in text
    assert "do not edit" in text.splitlines()[0]


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda path: path.stem)
def test_every_form_builds_and_retranslates(qtbot: object, ui_file: Path) -> None:
    """setupUi and retranslateUi run on a widget of the form's own class (a compile that
    turned a layout property into a translated string would fail here, not at start-up)."""
    from PySide6 import QtWidgets

    from kasve_desktop import i18n

    top = ET.parse(ui_file).getroot().find("widget")
    assert top is not None
    module = importlib.import_module(f"kasve_desktop.gui.forms.ui_{ui_file.stem}")
    form_class = next(getattr(module, name) for name in dir(module) if name.startswith("Ui_"))
    widget = getattr(QtWidgets, top.get("class", "QWidget"))()
    form = form_class()
    form.setupUi(widget)
    for lang in ("sv", "fi"):
        i18n.set_language(lang)
        form.retranslateUi(widget)
    widget.deleteLater()
