"""Rendering a big mailing in a helper process while this one sends.

Rendering an invitation (templates, calendar, MIME) costs about as much CPU
as sending it; on a machine with a second core a helper process renders
ahead while this process talks SMTP and records outcomes. The sender never
waits for the helper: a message it has not finished yet (while it starts,
say) is rendered here, so the order and the bytes' meaning are the same
either way, and a helper that fails changes nothing but the speed.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, wait
from typing import Any, TypeVar

from somek_tui.services.mail_jobs import RenderJob, render_job

T = TypeVar("T")

# Below this many messages a helper's start-up (a fresh interpreter importing
# the templates and calendar code) costs more than it saves.
HELPER_FROM = 200
BATCH = 16  # jobs per hand-over: one wake-up and one pickle of the shared parts
AHEAD = 64  # jobs handed to the helper before their turn; bounds memory


def helper_worth_it(count: int) -> bool:
    return count >= HELPER_FROM and (os.cpu_count() or 1) > 1


Batch = list[tuple[Any, RenderJob]]


class RenderAhead:
    """Yields ``(item, bytes or exception)`` in the order of ``jobs``."""

    def __init__(
        self,
        jobs: Iterable[tuple[T, RenderJob]],
        *,
        memo: dict[Any, Any],
        helper: bool,
        patience: float = 0.0,
    ) -> None:
        """``patience``: how long to wait for the helper's batch before rendering it here."""
        self._jobs = jobs
        self._memo = memo
        self._patience = patience
        self.from_helper = 0  # how many messages the helper rendered
        self._pool: ProcessPoolExecutor | None = None
        if helper:
            # spawn, not fork: this process may have threads (the TUI's workers)
            self._pool = ProcessPoolExecutor(
                max_workers=1, mp_context=multiprocessing.get_context("spawn")
            )

    def __iter__(self) -> Iterator[tuple[Any, bytes | Exception]]:
        queue: deque[tuple[Batch, Future[list[bytes]] | None]] = deque()
        batch: Batch = []
        queued = 0
        try:
            for item, job in self._jobs:
                batch.append((item, job))
                if len(batch) < BATCH:
                    continue
                queue.append((batch, self._submit(batch)))
                queued += len(batch)
                batch = []
                while queued > AHEAD:
                    done, future = queue.popleft()
                    queued -= len(done)
                    yield from self._take(done, future)
            if batch:
                queue.append((batch, self._submit(batch)))
            while queue:
                yield from self._take(*queue.popleft())
        finally:
            self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def _submit(self, batch: Batch) -> Future[list[bytes]] | None:
        if self._pool is None:
            return None
        try:
            return self._pool.submit(_render_in_helper, [job for _, job in batch])
        except Exception:  # a broken pool: go on without it
            self.close()
            return None

    def _take(
        self, batch: Batch, future: Future[list[bytes]] | None
    ) -> Iterator[tuple[Any, bytes | Exception]]:
        if future is not None and self._patience and not future.done():
            wait([future], timeout=self._patience)
        if future is not None and future.done() and not future.cancelled():
            if future.exception() is None:
                self.from_helper += len(batch)
                yield from zip((item for item, _ in batch), future.result(), strict=True)
                return
        elif future is not None:
            future.cancel()  # not started, or still running: this process is quicker
        for item, job in batch:
            yield item, _here(job, self._memo)


def _here(job: RenderJob, memo: dict[Any, Any]) -> bytes | Exception:
    try:
        return render_job(job, memo)
    except Exception as exc:  # the caller decides which failures are the template's
        return exc


# The helper's memo is valid for one run only (jobs made from one state of
# the database); a job of another run starts it afresh.
_HELPER_MEMO: dict[Any, Any] = {}
_HELPER_RUN: list[str] = []


def _render_in_helper(jobs: list[RenderJob]) -> list[bytes]:
    out = []
    for job in jobs:
        if [job.run] != _HELPER_RUN:
            _HELPER_MEMO.clear()
            _HELPER_RUN[:] = [job.run]
        out.append(render_job(job, _HELPER_MEMO))
    return out
