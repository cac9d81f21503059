"""Dependencies point one way: gui → services → (documents, store) → domain."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "kasve_desktop"

# For each layer: module prefixes it must never import.
STORAGE = ("sqlalchemy", "sqlcipher3", "alembic", "kasve_desktop.store")
FORBIDDEN = {
    "domain": ("PySide6", "sqlalchemy", "alembic", "sqlcipher3", "reportlab",
               "kasve_desktop.store", "kasve_desktop.services", "kasve_desktop.documents",
               "kasve_desktop.demo", "kasve_desktop.gui", "kasve_desktop.cli"),
    "store": ("PySide6", "reportlab", "kasve_desktop.services", "kasve_desktop.documents",
              "kasve_desktop.demo", "kasve_desktop.gui", "kasve_desktop.cli"),
    "documents": ("PySide6", "sqlalchemy", "sqlcipher3", "kasve_desktop.store",
                  "kasve_desktop.services", "kasve_desktop.demo", "kasve_desktop.gui",
                  "kasve_desktop.cli"),
    "services": ("PySide6", "sqlcipher3", "kasve_desktop.demo", "kasve_desktop.gui",
                 "kasve_desktop.cli"),
    "demo": ("PySide6", "sqlcipher3", "kasve_desktop.gui", "kasve_desktop.cli"),
    # The window and the command line reach storage only through the services.
    "gui": STORAGE,
    "cli": STORAGE,
    "clock.py": ("PySide6", "sqlalchemy", "kasve_desktop"),
    "i18n.py": ("PySide6", "sqlalchemy"),
    "paths.py": ("PySide6", "sqlalchemy"),
}


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names |= {f"{node.module}.{alias.name}" for alias in node.names}
    return names


def modules_of(layer: str) -> list[Path]:
    target = PACKAGE / layer
    return [target] if target.is_file() else sorted(target.rglob("*.py"))


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports(layer: str) -> None:
    modules = modules_of(layer)
    assert modules, f"no modules found in {layer}"
    offences = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in modules
        for name in sorted(imported_modules(path))
        if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer])
    ]
    assert offences == []


def test_the_checker_sees_a_violation(tmp_path: Path) -> None:
    module = tmp_path / "bad.py"
    module.write_text("from PySide6.QtWidgets import QWidget\nimport sqlalchemy.orm\n")
    assert {"PySide6.QtWidgets", "sqlalchemy.orm"} <= imported_modules(module)
