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

import contextlib
import hashlib
import json
import os
import threading
from collections.abc import Iterator
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


_THREADS = threading.Lock()


@contextlib.contextmanager
def _exclusive(path: Path) -> Iterator[None]:
    """One read-change-write at a time: across threads (a backup in a worker thread and
    a commit in the window's) and, where the system has ``fcntl``, across processes."""
    with _THREADS:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows: the thread lock alone
            yield
            return
        with open(path.with_suffix(".lock"), "a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)


def update(database: Path, **values: Any) -> None:
    """Set ``values`` (JSON-serialisable; None removes a key) in the state of ``database``,
    keeping every other key as another writer may just have left it."""
    with _exclusive(state_file(database)):
        _update(database, values)


def _update(database: Path, values: dict[str, Any]) -> None:
    state = load(database)
    for key, value in values.items():
        if value is None:
            state.pop(key, None)
        else:
            state[key] = value
    state["database"] = str(Path(database).resolve())
    write_private(state_file(database),
                  json.dumps(state, ensure_ascii=False, indent=1, sort_keys=True).encode())


def remember(database: Path, **values: Any) -> bool:
    """``update``, for what is worth keeping but not worth stopping for (the last backup,
    the count of wrong passphrases): a configuration folder that cannot be written gives
    False instead of an error in the middle of an unlock or a window closing."""
    try:
        update(database, **values)
    except OSError:
        return False
    return True


def forget(database: Path) -> None:
    """Remove what is kept for ``database`` (a temporary demo database being deleted)."""
    file = state_file(database)
    file.unlink(missing_ok=True)
    file.with_suffix(".lock").unlink(missing_ok=True)
