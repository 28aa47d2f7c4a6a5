"""Named points where a ``somek sync`` can be made to end, for the kill-and-rerun tests.

``SOMEK_SYNC_STOP_AT=point`` (or ``point:n``, the n-th time) ends the process
at once, as a kill would: ``analysed``, ``recorded``, ``moving``, ``moved``,
``delivering``, ``sent`` (a notice handed over, its delivery not yet logged).
"""

from __future__ import annotations

import os
from collections import Counter

STOP_ENV = "SOMEK_SYNC_STOP_AT"
STOP_EXIT = 75

_reached: Counter[str] = Counter()


def stopping_at(name: str) -> bool:
    """Is a stop at this point asked for (whichever time)?"""
    return (os.environ.get(STOP_ENV) or "").partition(":")[0] == name


def checkpoint(name: str) -> None:
    wanted = os.environ.get(STOP_ENV)
    if not wanted:
        return
    point, _, nth = wanted.partition(":")
    if point != name:
        return
    _reached[name] += 1
    if _reached[name] >= int(nth or 1):
        os._exit(STOP_EXIT)
