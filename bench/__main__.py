"""``python -m bench``: run every benchmark and update bench/README.md."""

from __future__ import annotations

from bench.run import main

raise SystemExit(main())
