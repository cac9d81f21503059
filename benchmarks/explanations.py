"""Why a figure in RESULTS.md misses its target, and what it would take.

Keyed by how the figure's name starts (``benchmarks.figures.explanation``). Written by
hand from the measurements of ``python -m benchmarks`` on the development machine; a
figure that misses its target without an entry here is marked TODO in RESULTS.md.
"""

from __future__ import annotations

WHY_NOT: dict[str, str] = {}
