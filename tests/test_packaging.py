"""Packaging: every package is installed, and the data files come along."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _configured_packages() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return set(config["tool"]["setuptools"]["packages"])


def test_every_package_of_the_tree_is_listed() -> None:
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "kasve_desktop").rglob("__init__.py")
    }
    listed = _configured_packages()
    assert found <= listed
    assert {"kasve_desktop.translations", "kasve_desktop.resources"} <= listed


def test_catalogs_are_importable_package_data() -> None:
    for lang in ("fi", "sv", "en"):
        catalog = resources.files("kasve_desktop.translations") / lang / "LC_MESSAGES"
        assert (catalog / "kasve_desktop.po").is_file()


def test_migrations_ship_with_the_package() -> None:
    versions = resources.files("kasve_desktop.store.migrations") / "versions"
    assert any(entry.name.startswith("0001") for entry in versions.iterdir())
