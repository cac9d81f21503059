"""Every performance measurement of Kasve Desktop, written to benchmarks/RESULTS.md.

    python -m benchmarks [--scale small|full] [--repeat N]

Builds the synthetic encrypted data set (``benchmarks.dataset``) in a temporary folder,
runs each measurement against its reference from the same run, and writes the figures
with the machine they were measured on. Never part of the test suite.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import argparse
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.dataset import SCALES, Built, Counts, build_in_child
from benchmarks.figures import Figure, Growth, Machine, figure, render

HERE = Path(__file__).resolve().parent
GROWTH_SCALES = (0.01, 0.1, 1.0)
"""10,000 / 100,000 / 1,000,000 register entries; a run builds those up to its scale."""


def machine() -> Machine:
    import sqlcipher3

    def first(path: str, key: str) -> str:
        try:
            for line in Path(path).read_text(encoding="utf-8").splitlines():
                if line.startswith(key):
                    return line.split(":", 1)[1].strip() if ":" in line else line
        except OSError:
            pass
        return "unknown"

    memory = first("/proc/meminfo", "MemTotal")
    ram = (f"{int(memory.split()[0]) / 1024 / 1024:.1f} GiB" if memory[:1].isdigit()
           else memory)
    release = first("/etc/os-release", "PRETTY_NAME").split("=", 1)[-1].strip('"')
    connection = sqlcipher3.connect(":memory:")
    cipher = str(connection.execute("PRAGMA cipher_version").fetchone()[0])
    sqlite = str(connection.execute("SELECT sqlite_version()").fetchone()[0])
    connection.close()
    return Machine(cpu=first("/proc/cpuinfo", "model name"), cores=os.cpu_count() or 0,
                   ram=ram, system=f"{release} ({platform.platform()})",
                   python=f"{platform.python_implementation()} {platform.python_version()}",
                   sqlcipher=f"{cipher} (SQLite {sqlite}), sqlcipher3 "
                             f"{getattr(sqlcipher3, 'version', '?')}")


class Progress:
    def __init__(self) -> None:
        self.start = time.perf_counter()

    def __call__(self, text: str) -> None:
        print(f"[{time.perf_counter() - self.start:7.1f} s] {text}", flush=True)


def build_figure(built: Built) -> Figure:
    counts = built.counts
    full = counts == Counts.at(SCALES["full"])
    return figure(f"Data set built: {counts.people:,} people, {counts.entries:,} entries, "
                  f"{counts.requests:,} requests, {counts.participations:,} participations",
                  [built.seconds], "—", None, "≤ 60 s (full)" if full else "—",
                  (lambda v, ratio: v <= 60) if full else None)


def import_figures(repeat: int) -> list[Figure]:
    """The import benchmark of benchmarks/import_speed.py in the common shape."""
    from benchmarks import import_speed

    found = import_speed.measure(repeat)  # 1 round: ~3 minutes with memory security on
    times = found["all_s"]
    assert isinstance(times, dict)
    target = float(found["target_s"])  # type: ignore[arg-type]
    return [figure(f"Import of a {found['rows']:,}-row CSV (command line, end to end)",
                   times["cli"], "executemany of the same rows into the same tables",
                   times["reference"], f"≤ {target:g} s", lambda v, ratio: v <= target),
            figure(f"Import of a {found['rows']:,}-row CSV (services, in-process)",
                   times["service"], "executemany of the same rows into the same tables",
                   times["reference"])]


def memory_security_figures(repeat: int) -> list[Figure]:
    """benchmarks/memory_security.py in the common shape: one child per round and side."""
    from benchmarks import memory_security

    on: list[dict[str, float]] = []
    off: list[dict[str, float]] = []
    for _ in range(repeat):  # the two sides taking turns
        on.append(memory_security._run_child("on", 1))
        off.append(memory_security._run_child("off", 1))
    names = {"build": "Demo database built", "open": "Demo database unlocked",
             "views": "Totals and first pages of people and requests",
             "open + views": "Unlock and first views together"}
    return [figure(f"{names[step]}, SQLCipher memory security on", [r[step] for r in on],
                   "the same with memory security off", [r[step] for r in off])
            for step in memory_security.STEPS]


STEPS = ("start-up", "person search", "inbox", "documents", "backup", "window",
         "memory security", "CSV import", "transfer import")


def run(scale: str, repeat: int, say: Callable[[str], None],
        skip: frozenset[str] = frozenset()) -> str:
    from benchmarks import access_report, backup, inbox, search, startup, transfer, window
    from kasve_desktop.clock import SystemClock

    factor = SCALES[scale]
    with tempfile.TemporaryDirectory(prefix="kasve-benchmarks-") as name:
        folder = Path(name)
        state = folder / "state"
        state.mkdir()
        os.environ["KASVE_DATA_DIR"] = str(state)  # nothing of the run outside the folder
        os.environ["KASVE_CONFIG_DIR"] = str(state)
        datasets: dict[float, Built] = {}
        for size in [s for s in GROWTH_SCALES if s <= factor]:
            say(f"building the data set at scale {size:g}…")
            datasets[size] = build_in_child(folder / f"data-{size:g}.db", size)
            say(f"  built in {datasets[size].seconds:.1f} s")
        main = datasets[factor]
        figures = [build_figure(main)]
        steps: list[tuple[str, Callable[[], list[Figure]]]] = [
            ("start-up", lambda: startup.measure(folder, repeat)),
            ("person search", lambda: search.measure(main, repeat)),
            ("inbox", lambda: inbox.measure(main, repeat)),
            ("documents", lambda: access_report.measure(repeat)),
            ("backup", lambda: backup.measure(main, repeat)),
            ("window", lambda: window.measure(main, folder, repeat)),
            ("memory security", lambda: memory_security_figures(repeat)),
            ("CSV import", lambda: import_figures(1)),
            ("transfer import", lambda: transfer.measure(folder, repeat)),
        ]
        notes: list[str] = []
        for title, step in steps:
            if title in skip:
                say(f"skipping {title}")
                notes.append(f"- **{title} was skipped in this run** (`--skip`).")
                continue
            say(f"measuring {title}…")
            try:
                found = step()
            except Exception as error:  # one broken measurement must not hide the others
                say(f"  FAILED: {error!r}")
                notes.append(f"- **{title} failed in this run**: `{error!r}`")
                continue
            figures += found
            for f in found:
                say(f"  {f.name}: {f.value:.4g} {f.unit} (reference {f.reference_value})")
        growth = [Growth("Person search, median of 200 queries"),
                  Growth("Person search, p99 of 200 queries"),
                  Growth("Inbox opens (first rows painted)"),
                  Growth("Access report of a person with 10 entries")]
        for built in datasets.values():
            say(f"how cost grows: {built.counts.entries:,} entries…")
            entries = built.counts.entries
            found_search = search.growth(built)
            growth[0].by_entries[entries] = found_search["median"]
            growth[1].by_entries[entries] = found_search["p99"]
            growth[2].by_entries[entries] = inbox.growth(built)
            growth[3].by_entries[entries] = access_report.growth(built)
        notes.append("- The CSV import runs one round (about three minutes at 10,000 rows with"
                     " SQLCipher's memory security on); its spread is that one round.")
        notes.append("- Requests grow with the entries in the growth table: "
                     + ", ".join(f"{b.counts.requests:,} requests at {b.counts.entries:,} "
                                 "entries" for b in datasets.values()) + ".")
    return render(figures, growth, machine(), SystemClock().now().isoformat(timespec="minutes"),
                  f"{scale} ({main.counts.people:,} people, {main.counts.entries:,} register "
                  f"entries, {main.counts.requests:,} requests, {main.counts.events:,} events, "
                  f"{main.counts.participations:,} participations)", repeat, notes)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--scale", choices=sorted(SCALES), default="full")
    parser.add_argument("--repeat", type=int, default=5, help="rounds per figure")
    parser.add_argument("--output", type=Path, default=HERE / "RESULTS.md")
    parser.add_argument("--skip", action="append", choices=STEPS, default=[],
                        help="leave out one measurement (repeatable), e.g. while working on "
                             "another")
    args = parser.parse_args(argv)
    say = Progress()
    text = run(args.scale, max(1, args.repeat), say, frozenset(args.skip))
    args.output.write_text(text, encoding="utf-8")
    say(f"written {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
