"""The SIGKILL loop at 1,000 kills, its result written to benchmarks/REPORT.md.

    python benchmarks/crash_loop.py [--kills 1000] [--seed 2026] [--check-every 100]

Runs ``tools/kill_loop.py`` (the loop the test suite runs at 50 kills): children
committing people through the services are killed with SIGKILL at random moments, and
the database is verified every ``--check-every`` kills and at the end. The goal
(issue 13) is 0 acknowledged commits lost. The result replaces this benchmark's own
section of the report (``## SIGKILL loop``), leaving the rest of the report as it is.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
from pathlib import Path

from kasve_desktop.clock import SystemClock

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tools"))
import kill_loop  # noqa: E402

HEADING = "## SIGKILL loop"


def section(result: kill_loop.LoopResult, seed: int, check_every: int) -> str:
    acknowledged = len(result.acknowledged)
    lines = [
        HEADING, "",
        f"Measured {SystemClock().today().isoformat()} on {platform.node() or 'this machine'}: "
        f"{platform.python_implementation()} {platform.python_version()}, "
        f"{os.cpu_count()} cores, load average {os.getloadavg()[1]:.1f} at the end; "
        f"`python benchmarks/crash_loop.py --kills {result.kills} --seed {seed} "
        f"--check-every {check_every}`.", "",
        "| kills | acknowledged commits | lost | rows in the file | kills inside a commit "
        "| stale locks taken over | checks passed | time |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
        f"| {result.kills:,} | {acknowledged:,} | {len(result.lost)} | {result.rows:,} | "
        f"{result.journals_left:,} | {result.stale_locks:,} | "
        f"{result.checks - len(result.problems)} of {result.checks} | "
        f"{result.seconds:.0f} s ({result.seconds / max(result.kills, 1):.2f} s per kill) |",
        "", "Each child opens the encrypted database through the services (one key derivation "
        "per connection), creates people one committed transaction at a time and "
        "acknowledges each commit on its output; it is killed after 0 to "
        f"{kill_loop.MAX_ACKS} acknowledgements and a random delay of up to one and a half "
        "commits. \"Kills inside a commit\" left SQLite's rollback journal behind; the next "
        "child rolled it back. Rows beyond the acknowledged ones are commits made just before "
        "a kill that the child had not yet acknowledged. A check is SQLite's and SQLCipher's "
        "integrity checks, the audit chain, and every acknowledged person present as written.",
    ]
    if result.problems:
        lines += ["", "Problems found:", *(f"- {problem}" for problem in result.problems)]
    return "\n".join(lines) + "\n"


def replace_section(report: str, text: str) -> str:
    """``report`` with its SIGKILL-loop section replaced by ``text`` (appended if none)."""
    start = report.find(HEADING)
    if start < 0:
        return report.rstrip("\n") + "\n\n" + text
    end = report.find("\n## ", start + len(HEADING))
    rest = report[end + 1:] if end >= 0 else ""
    return report[:start] + text + ("\n" + rest if rest else "")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--check-every", type=int, default=100)
    args = parser.parse_args()

    def progress(result: kill_loop.LoopResult) -> None:
        if result.kills % 50 == 0:
            print(f"{result.kills} kills, {len(result.acknowledged)} acknowledged, "
                  f"{len(result.lost)} lost", flush=True)

    with tempfile.TemporaryDirectory() as folder:
        result = kill_loop.crash_loop(Path(folder), args.kills, args.seed,
                                       check_every=args.check_every, progress=progress)
    text = section(result, args.seed, args.check_every)
    report = HERE / "REPORT.md"
    report.write_text(replace_section(report.read_text(encoding="utf-8"), text),
                      encoding="utf-8")
    print(text)
    return 0 if not result.lost and not result.problems else 1


if __name__ == "__main__":
    sys.exit(main())
