"""What every measurement hands back, and RESULTS.md made of it."""

from __future__ import annotations

import statistics
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Figure:
    """One measured figure beside its reference from the same run.

    ``value`` is the median over the rounds, ``spread`` their (min, max); the reference
    is the median of the same number of rounds of the reference (None when the target
    has no reference). ``met`` is None when the figure has no target."""

    name: str
    value: float
    unit: str
    spread: tuple[float, float]
    reference_name: str
    reference_value: float | None
    target: str
    met: bool | None

    @property
    def ratio(self) -> float | None:
        if self.reference_value is None or self.reference_value == 0:
            return None
        return self.value / self.reference_value


def figure(name: str, samples: Sequence[float], reference_name: str = "—",
           reference: Sequence[float] | None = None, target: str = "—",
           meets: Callable[[float, float | None], bool] | None = None,
           unit: str = "s") -> Figure:
    """The figure of ``samples`` (one per round) against ``reference`` (its rounds)."""
    value = statistics.median(samples)
    ref = statistics.median(reference) if reference else None
    met = meets(value, None if ref is None else value / ref) if meets else None
    return Figure(name, value, unit, (min(samples), max(samples)), reference_name, ref,
                  target, met)


def percentile(values: Sequence[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def amount(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s":
        return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"
    return f"{value:.1f} {unit}" if value < 100 else f"{value:.0f} {unit}"


def row(f: Figure) -> str:
    low, high = f.spread
    spread = f"{amount(low, f.unit)} – {amount(high, f.unit)}"
    ratio = "—" if f.ratio is None else f"{f.ratio:.2f}×"
    met = {True: "met", False: "**not met**", None: "—"}[f.met]
    return (f"| {f.name} | {amount(f.value, f.unit)} | {spread} | {f.reference_name} | "
            f"{amount(f.reference_value, f.unit)} | {ratio} | {f.target} | {met} |")


HEADER = ("| measurement | median | spread (min – max) | reference (same run) | "
          "reference median | ratio | target | verdict |\n"
          "| --- | --- | --- | --- | --- | --- | --- | --- |")


@dataclass
class Growth:
    """One interactive path or document at several sizes of the data set."""

    name: str
    unit: str = "s"
    by_entries: dict[int, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Machine:
    cpu: str
    cores: int
    ram: str
    system: str
    python: str
    sqlcipher: str


def explanation(name: str, explanations: Mapping[str, str]) -> str:
    """Why a figure misses its target and what it would take (keyed by how its name
    starts); a figure nobody has explained yet is marked for the lead to explain."""
    return next((text for start, text in explanations.items() if name.startswith(start)),
                "TODO(lead): why not, and what it would take.")


def render(figures: Sequence[Figure], growth: Sequence[Growth], machine: Machine,
           date: str, scale: str, repeat: int, notes: Sequence[str] = (),
           explanations: Mapping[str, str] | None = None) -> str:
    """RESULTS.md; ``explanations`` default to ``benchmarks.explanations.WHY_NOT``."""
    if explanations is None:
        from benchmarks.explanations import WHY_NOT

        explanations = WHY_NOT
    lines = ["# Benchmark results", "",
             "Written by `python -m benchmarks`; do not edit by hand.", "",
             f"- Date: {date}", f"- Scale: {scale}", f"- Rounds per figure: {repeat}",
             f"- CPU: {machine.cpu}, {machine.cores} cores", f"- RAM: {machine.ram}",
             f"- OS: {machine.system}", f"- Python: {machine.python}",
             f"- SQLCipher: {machine.sqlcipher}", "", *notes, "", "## Figures", "", HEADER]
    lines += [row(f) for f in figures]
    sizes = sorted({n for g in growth for n in g.by_entries})
    lines += ["", "## How cost grows", "",
              "The same path at several sizes of the synthetic data set (register entries;"
              " people and requests grow with them). Interactive paths should stay flat or"
              " logarithmic, documents linear at most.", ""]
    if sizes:
        lines += ["| path | " + " | ".join(f"{n:,} entries" for n in sizes) + " |",
                  "| --- |" + " --- |" * len(sizes)]
        lines += [f"| {g.name} | " + " | ".join(amount(g.by_entries.get(n), g.unit)
                                                 for n in sizes) + " |" for g in growth]
    missing = [f for f in figures if f.met is False]
    lines += ["", "## Targets not met", ""]
    if not missing:
        lines.append("Every target with a verdict was met in this run.")
    for f in missing:
        lines.append(f"- {f.name} ({amount(f.value, f.unit)}, target {f.target}): "
                     + explanation(f.name, explanations))
    return "\n".join(lines) + "\n"
