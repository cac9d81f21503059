"""`python -m kasve_desktop` runs the same entry point as `kasve-desktop`."""

import sys

from kasve_desktop.cli import main

sys.exit(main())
