"""Kept for old habits: the same as ``python -m benchmarks`` (see benchmarks/__main__.py).

    python benchmarks/run.py [--scale small|full] [--repeat N]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
