"""The cost of SQLCipher's memory security (``PRAGMA cipher_memory_security = ON``).

The setting is process-wide and cannot be turned off once on, so each side runs in its
own Python process, the environment variable ``KASVE_CIPHER_MEMORY_SECURITY`` set to
``on`` or ``off``. Each child times, on the real services and an encrypted file:

- build: creating the demo database (every row written through the services);
- open: unlocking it (key derivation, schema check);
- views: what the window asks when it shows the database: the totals of the status
  bar, the first page of people (200) and of requests (200);
- open + views: the two together, from the passphrase to the rows, as the user waits.

    python benchmarks/memory_security.py [--repeat N]

prints the medians of both sides and their ratio; ``python -m benchmarks`` reports them
in benchmarks/RESULTS.md with the other measurements.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

VARIABLE = "KASVE_CIPHER_MEMORY_SECURITY"
STEPS = ("build", "open", "views", "open + views")


def _child(folder: Path, rounds: int) -> dict[str, float]:
    """The medians of each step, in this process (memory security as the environment says)."""
    from kasve_desktop.clock import SystemClock
    from kasve_desktop.demo.build import DEMO_PASSPHRASE, create_demo_database
    from kasve_desktop.services import listing
    from kasve_desktop.services.database import unlock
    from kasve_desktop.store.queries import Order, Page

    clock = SystemClock()
    times: dict[str, list[float]] = {step: [] for step in STEPS}
    for round_ in range(rounds):
        path = folder / f"demo-{round_}.db"
        start = time.perf_counter()
        create_demo_database(path, clock).close()
        times["build"].append(time.perf_counter() - start)
        start = time.perf_counter()
        db = unlock(path, DEMO_PASSPHRASE, clock)
        opened = time.perf_counter()
        listing.totals(db)
        listing.person_page(db, Page(Order("name"), 0, 200))
        listing.request_page(db, Page(Order(), 0, 200), clock.today())
        done = time.perf_counter()
        db.close()
        times["open"].append(opened - start)
        times["views"].append(done - opened)
        times["open + views"].append(done - start)
    return {step: statistics.median(values) for step, values in times.items()}


def _run_child(setting: str, rounds: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, VARIABLE: setting, "KASVE_DATA_DIR": folder,
               "KASVE_CONFIG_DIR": folder}
        done = subprocess.run([sys.executable, __file__, "--child", folder,
                               "--repeat", str(rounds)], env=env, capture_output=True,
                              text=True, check=True)
    found: dict[str, float] = json.loads(done.stdout)
    return found


def measure(rounds: int) -> tuple[dict[str, float], dict[str, float]]:
    """Medians (seconds) of each step with memory security on, and off: one round per
    child, the two sides taking turns, so that a change in the machine's load is shared."""
    runs: dict[str, list[dict[str, float]]] = {"on": [], "off": []}
    for _ in range(rounds):
        for setting in ("on", "off"):
            runs[setting].append(_run_child(setting, 1))
    on, off = ({step: statistics.median(run[step] for run in runs[setting]) for step in STEPS}
               for setting in ("on", "off"))
    return on, off


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        print(json.dumps(_child(args.child, args.repeat)))
        return 0
    on, off = measure(args.repeat)
    print(f"{'step':<14} {'on':>9} {'off':>9} {'ratio':>6}")
    for step in STEPS:
        print(f"{step:<14} {on[step]:>8.3f}s {off[step]:>8.3f}s {on[step] / off[step]:>6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
