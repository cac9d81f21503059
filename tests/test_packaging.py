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


def test_wheel_carries_catalogs_forms_and_migrations(tmp_path: Path) -> None:
    """A regular (non-editable) install gets everything the program reads at run time."""
    import subprocess
    import sys
    import zipfile

    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps",
                    "--no-build-isolation", "-w", str(tmp_path), str(ROOT)],
                   check=True, capture_output=True, cwd=tmp_path)
    (wheel,) = tmp_path.glob("kasve_desktop-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for lang in ("fi", "sv", "en"):
        assert f"kasve_desktop/translations/{lang}/LC_MESSAGES/kasve_desktop.po" in names
    assert "kasve_desktop/store/migrations/script.py.mako" in names
    assert any(n.startswith("kasve_desktop/store/migrations/versions/0001") for n in names)
    assert "kasve_desktop/demo/people.json" in names
    assert "kasve_desktop/gui/forms/ui_main_window.py" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "kasve-desktop = kasve_desktop.cli:main" in text
    assert "kasve-desktop-gui = kasve_desktop.cli:gui_main" in text
