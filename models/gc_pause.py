"""Pause Python's cyclic garbage collector during bulk work (imports, figures, receipts).

Bulk jobs build 100k-row structures; a full collection over them holds the GIL for 0.1-0.6 s
(the GUI freezes: bench/gui_stall.py) and costs ~1 s of a registry import, for no garbage (the
rows hold no reference cycles). Reference counting still frees everything while paused.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_resume = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the collector until the last overlapping pause ends (also usable as a decorator).

    The collector is turned back on only if it was on when the first pause began. Before it
    runs again, what is still alive (a job's result) is moved to the oldest generation: else its
    first young-generation pass walks all of it at once (113 ms for a 100k-row result).
    ``gc.freeze()`` then ``gc.unfreeze()`` does that move and leaves nothing frozen, so a cycle
    that becomes garbage later is still collected (a freeze alone kept every job's survivors out
    of the collector for good). A freeze made by someone else before the pause is left alone:
    the freeze count after the last pause is what it was before the first.
    """
    global _depth, _resume
    with _lock:
        if _depth == 0:
            _resume = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _resume:
                if gc.get_freeze_count() == 0:
                    gc.freeze()
                    gc.unfreeze()  # into the oldest generation, not out of the collector
                gc.enable()
