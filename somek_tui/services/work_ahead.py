"""Pure CPU work done ahead, in order, by a helper process on a second core.

Rendering a mailing and reading a big inbox both spend as much time on pure
CPU work (templates and MIME, parsing replies) as on the network and the
store. A helper process does that work a little ahead while this process
sends, records and moves. Work the helper has not finished when the consumer
needs it (while the helper starts, say) is done here; or, if the consumer
asks for it, work the helper has started is waited for while the consumer
takes over later pieces, so nothing is done twice. Results come in order and
mean the same either way, and a failing helper changes nothing but the speed.
"""

from __future__ import annotations

import importlib
import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, wait
from typing import Any, Generic, TypeVar

# What a helper imports as it starts, so the first work it gets is not slowed
# by imports (work handed over meanwhile is done here).
WARM_MODULES = ("mail.analysis", "somek_tui.services.mail_jobs")

_helper: ProcessPoolExecutor | None = None
_helper_lock = threading.Lock()


def _warm() -> None:
    for name in WARM_MODULES:
        importlib.import_module(name)


def helper() -> ProcessPoolExecutor:
    """This process's one helper, started on first use and kept until exit.

    One for everything: a sync reads replies with it, then renders the
    notices with it, already warm.
    """
    global _helper
    with _helper_lock:
        if _helper is None:
            # spawn, not fork: this process may have threads (the TUI's workers)
            _helper = ProcessPoolExecutor(
                max_workers=1,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_warm,
            )
        return _helper


def _forget_helper(pool: ProcessPoolExecutor) -> None:
    global _helper
    with _helper_lock:
        if _helper is pool:
            _helper = None
    pool.shutdown(wait=False, cancel_futures=True)


# How long to wait for a chunk the helper has started before doing it here:
# far longer than any chunk takes, so it only matters for a helper that hangs.
STALLED_SECONDS = 5.0

T = TypeVar("T")  # the caller's item, which stays here
A = TypeVar("A")  # what the work is done on; pickled to the helper
R = TypeVar("R")  # the result; pickled back

Chunk = list[tuple[Any, Any]]


class WorkAhead(Generic[T, A, R]):
    """Yields ``(item, result or exception)`` for ``items`` in their order.

    ``remote`` runs in the helper on a list of arguments and must be a
    module-level function; ``here`` does the same for one argument in this
    process. The helper starts once ``start_after`` items have been seen and
    only on a machine with more than one core: for a handful of items a
    fresh interpreter costs more than it saves.
    """

    def __init__(
        self,
        items: Iterable[tuple[T, A]],
        *,
        remote: Callable[[list[A]], list[R]],
        here: Callable[[A], R],
        start_after: int,
        chunk: int = 16,
        ahead: int = 64,
        patience: float = 0.0,
        wait_for_started: bool = False,
    ) -> None:
        """``patience``: how long to wait for the helper's chunk before doing it here.

        ``wait_for_started``: when the helper has started the chunk needed
        next, take over later chunks and then wait for it, rather than doing
        it again here. Best where the helper is the busier side (reading a
        big inbox); a consumer that must never block (an event loop sending
        mail) does the chunk here instead.
        """
        self._items = items
        self._remote = remote
        self._here = here
        self._start_after = start_after if (os.cpu_count() or 1) > 1 else -1
        self._chunk = chunk
        self._ahead = ahead
        self._patience = patience
        self._wait_for_started = wait_for_started
        self.from_helper = 0  # how many items the helper did
        self._pool: ProcessPoolExecutor | None = None
        self._pending: set[Future[list[R]]] = set()
        self._seen = 0

    def __iter__(self) -> Iterator[tuple[T, R | Exception]]:
        queue: deque[_Handed[R]] = deque()
        chunk: Chunk = []
        queued = 0
        try:
            for item, argument in self._items:
                chunk.append((item, argument))
                self._seen += 1
                if len(chunk) < self._chunk:
                    continue
                queue.append(_Handed(chunk, self._submit(chunk)))
                queued += len(chunk)
                chunk = []
                while queued > self._ahead:
                    handed = queue.popleft()
                    queued -= len(handed.chunk)
                    yield from self._take(handed, queue)
            if chunk:
                queue.append(_Handed(chunk, self._submit(chunk)))
            while queue:
                yield from self._take(queue.popleft(), queue)
        finally:
            self.close()

    def close(self) -> None:
        """Stop using the helper; what it has not started yet is dropped."""
        # done-callbacks remove futures from another thread: work on a copy
        for future in list(self._pending):
            future.cancel()
        self._pending.clear()
        self._pool = None

    def _submit(self, chunk: Chunk) -> Future[list[R]] | None:
        if self._pool is None:
            if self._start_after < 0 or self._seen < self._start_after:
                return None
            self._pool = helper()
        try:
            future = self._pool.submit(self._remote, [argument for _, argument in chunk])
        except Exception:  # a broken helper (it died): go on without one
            _forget_helper(self._pool)
            self._pool = None
            self._start_after = -1
            return None
        self._pending.add(future)
        future.add_done_callback(self._pending.discard)
        return future

    def _take(
        self, handed: _Handed[R], later: deque[_Handed[R]]
    ) -> Iterator[tuple[T, R | Exception]]:
        items = [item for item, _ in handed.chunk]
        future = handed.future
        if handed.results is None and future is not None and not future.done():
            started = self._wait_for_started and future.running()
            if started and not self._patience:
                # The helper is on it: redoing it here would waste its work.
                # Meanwhile take over later chunks it has not started.
                self._help(future, later)
            if self._patience or started:
                wait([future], timeout=self._patience or STALLED_SECONDS)
        if handed.results is None and future is not None and future.done():
            if not future.cancelled() and future.exception() is None:
                results = future.result()
                if len(results) == len(items):
                    self.from_helper += len(items)
                    handed.results = results
        elif handed.results is None and future is not None:
            future.cancel()  # not started, or (not waited for) still running: do it here
        if handed.results is not None:
            yield from zip(items, handed.results, strict=True)
            return
        for item, argument in handed.chunk:  # one by one: the consumer goes on at once
            yield item, self._here_one(argument)

    def _help(self, busy: Future[list[R]], later: deque[_Handed[R]]) -> None:
        for handed in later:
            if busy.done():
                return
            if handed.results is not None:
                continue
            if handed.future is None or handed.future.cancel():
                handed.results = self._here_all(handed.chunk)

    def _here_all(self, chunk: Chunk) -> list[R | Exception]:
        return [self._here_one(argument) for _, argument in chunk]

    def _here_one(self, argument: Any) -> R | Exception:
        try:
            return self._here(argument)
        except Exception as exc:  # the caller decides what a failure means
            return exc


class _Handed(Generic[R]):
    """A chunk handed to the helper (``future``) and, once known, its results."""

    __slots__ = ("chunk", "future", "results")

    def __init__(self, chunk: Chunk, future: Future[list[R]] | None) -> None:
        self.chunk = chunk
        self.future = future
        self.results: list[R] | list[R | Exception] | None = None
