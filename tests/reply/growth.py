"""How a reader's CPU time grows with a hostile repeat: the linear-time checks' one measure."""

from __future__ import annotations

import time
from collections.abc import Callable


def _repeat(words: str, size: int, tail: str) -> str:
    return (words * (size // len(words) + 1))[:size] + tail


def cpu_growth(
    read: Callable[[str], object],
    words: str,
    *,
    sizes: tuple[int, int] = (25_000, 50_000),
    tail: str = "",
) -> float:
    """CPU time of ``read`` on ``words`` repeated to the larger size over the smaller one.

    Linear reading gives about the ratio of the sizes, reading that grows with the square
    of the text its square. Each timing has a floor of 5 ms: a linear reading of these
    sizes takes well under a millisecond, where scheduling noise alone would swing the
    ratio, while the readings these checks guard against take seconds.
    """

    def seconds(size: int) -> float:
        text = _repeat(words, size, tail)
        # CPU time of this thread alone: other work on a busy machine is not counted
        started = time.thread_time()
        read(text)
        return max(time.thread_time() - started, 5e-3)

    read(_repeat(words, 1_000, tail))  # the one-time set-up is not measured
    small, large = sizes
    return seconds(large) / seconds(small)
