"""What reading one message may cost: size limits and a CPU-time budget.

Mail comes from anyone, so every stage of reading works on bounded input and
the whole analysis of one message stops, cooperatively between stages, once it
has used its share of CPU time. A message that hits a limit goes to review
instead of stalling ``sync`` or exhausting memory.
"""

from __future__ import annotations

import gc
import threading
import time
from dataclasses import dataclass, field
from time import thread_time as _cpu_clock

# Of a raw message, only this much is parsed; replies put their words first and
# what follows (attachments, returned originals) is not needed to understand them.
MAX_PARSED_BYTES = 1024 * 1024
# The stdlib header parser needs memory quadratic in the number of encoded
# words in one value; no header a reply needs is anywhere near this long.
MAX_HEADER_CHARS = 4 * 1024
# Of each header name only the first few values are read (To, Cc and the like).
MAX_HEADER_VALUES = 16
# When a message is named without being read, only this much of its header is parsed.
MAX_HEADER_BLOCK_BYTES = 64 * 1024
# A decoded text part is cut to this; a reply's own words come first.
MAX_TEXT_CHARS = 256 * 1024
# HTML is cleaned up to this length, then cut to ``MAX_CLEAN_HTML_CHARS``
# before it is converted (conversion costs far more per character).
MAX_HTML_CHARS = 1024 * 1024
MAX_CLEAN_HTML_CHARS = 64 * 1024
# An iMIP reply is a few hundred bytes; icalendar is slow on large input.
MAX_CALENDAR_CHARS = 64 * 1024
# Delivery-status reports and returned headers are a few KiB.
MAX_STATUS_CHARS = 64 * 1024
# Real mail has a handful of parts; tens of thousands only cost time.
MAX_PARTS = 500
# Each nested multipart makes parsing every later line dearer; real mail nests a few.
MAX_MULTIPARTS = 64
# CPU seconds one message may take before it goes to review unread.
CPU_SECONDS = 0.5

TOO_LONG = "reading the message took too long (over {seconds:g} s of CPU)"
TOO_MANY_PARTS = "the message is too large to read automatically ({parts} MIME parts)"


class OverBudget(Exception):
    """Reading one message used up its CPU time; ``str()`` is the review reason."""


class _FullCollections(threading.local):
    """CPU time the current thread spent in full garbage collections."""

    seconds: float = 0.0
    started: float = 0.0


_FULL_COLLECTIONS = _FullCollections()


def _count_full_collection(phase: str, info: dict[str, int]) -> None:
    # A full collection walks every object of the process: in the app, a long test
    # run or a large database it can take longer than a whole reading, and it is
    # the host's cost, not the message's.
    if info["generation"] != 2:
        return
    if phase == "start":
        _FULL_COLLECTIONS.started = _cpu_clock()
    else:
        _FULL_COLLECTIONS.seconds += _cpu_clock() - _FULL_COLLECTIONS.started


gc.callbacks.append(_count_full_collection)


def _collected() -> float:
    return _FULL_COLLECTIONS.seconds


@dataclass
class Budget:
    """CPU time of the current thread spent on one message, checked between stages."""

    seconds: float = CPU_SECONDS
    started: float = field(default_factory=time.thread_time)
    # A thread cannot use more CPU time than passes: while less real time than
    # the budget has passed, so has less CPU time, and the CPU clock, a system
    # call that can cost far more than the reading between two checks, is not read.
    started_real: float = field(default_factory=time.perf_counter)
    collected: float = field(default_factory=_collected)

    def spent(self) -> float:
        """CPU time of this reading, without the full garbage collections it ran into."""
        return time.thread_time() - self.started - (_collected() - self.collected)

    def check(self) -> None:
        if time.perf_counter() - self.started_real <= self.seconds:
            return
        if self.spent() > self.seconds:
            raise OverBudget(TOO_LONG.format(seconds=self.seconds))
