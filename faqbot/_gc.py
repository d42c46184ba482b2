"""Garbage collection paused while a large, acyclic structure is built (an FAQ's nodes, its
index): the collector would otherwise walk everything built so far again and again."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """No automatic collection inside the block; turned back on after it unless it was off
    already (so nested blocks leave it on). Nothing is lost: cycles made inside are found by
    the next collection."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
