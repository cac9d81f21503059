"""What the application remembers about a database outside the database file.

Some facts must not live only inside the file they are about: the head of the audit
chain (so that a chain cut short is noticed), the last backup, the count of wrong
passphrases in a row. They are kept in one small JSON object per database, in the
user's configuration folder (``KASVE_CONFIG_DIR`` overrides it), in a file named by a
hash of the database's resolved path, written privately and atomically.

Nothing here is secret, and nothing personal: counts, hashes, times and paths. A
missing or unreadable state file is an empty state, never an error.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import platformdirs

from kasve_desktop.paths import APP_NAME, ensure_private_dir, write_private


def state_dir() -> Path:
    override = os.environ.get("KASVE_CONFIG_DIR")
    folder = Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, False))
    return ensure_private_dir(folder / "databases")


def state_file(database: Path) -> Path:
    key = hashlib.sha256(str(Path(database).resolve()).encode("utf-8")).hexdigest()[:32]
    return state_dir() / f"{key}.json"


def load(database: Path) -> dict[str, Any]:
    """The state kept for ``database`` (empty when none is kept or it cannot be read)."""
    try:
        value = json.loads(state_file(database).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def update(database: Path, **values: Any) -> None:
    """Set ``values`` (JSON-serialisable; None removes a key) in the state of ``database``."""
    state = load(database)
    for key, value in values.items():
        if value is None:
            state.pop(key, None)
        else:
            state[key] = value
    state["database"] = str(Path(database).resolve())
    write_private(state_file(database),
                  json.dumps(state, ensure_ascii=False, indent=1, sort_keys=True).encode())
