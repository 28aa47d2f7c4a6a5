"""An open inbox worked from a thread of its own, in the order work is handed over.

Moving a batch of messages is mostly waiting for the server; ``sync`` hands
the moves to a second connection on a thread, so the wait overlaps with
recording the next batch. The thread is that connection's only user.

An error on the thread stops it: the operations after it do not run, and the
caller gets the error from its next call. Leaving the ``with`` block waits
for the operations already handed over.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from typing import Generic, TypeVar

from mail.incoming import InboxSource

R = TypeVar("R")


class InboxThread(Generic[R]):
    """Runs ``operation(inbox)`` on a thread, one after another, keeping their results."""

    def __init__(self, inbox: InboxSource, *, name: str = "somek-inbox") -> None:
        self._inbox = inbox
        self._lock = threading.Condition()
        self._ops: deque[Callable[[InboxSource], R]] = deque()
        self._results: list[R] = []
        self._error: BaseException | None = None
        self._stopping = False
        self._thread = threading.Thread(target=self._work, name=name, daemon=True)
        self._thread.start()

    def __enter__(self) -> InboxThread[R]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def submit(self, operation: Callable[[InboxSource], R]) -> None:
        """Run ``operation`` after those handed over before it; raises an earlier one's error."""
        with self._lock:
            self._raise_error()
            if self._stopping:
                raise RuntimeError("the inbox thread is closed")
            self._ops.append(operation)
            self._lock.notify_all()

    def completed(self) -> list[R]:
        """Results of the operations finished since the last call, in their order."""
        with self._lock:
            done, self._results = self._results, []
            return done

    def finish(self) -> list[R]:
        """Wait for every operation handed over; the unclaimed results, or the error."""
        self.close()
        with self._lock:
            self._raise_error()
        return self.completed()

    def close(self) -> None:
        """The thread ends once the operations handed over have run."""
        with self._lock:
            self._stopping = True
            self._lock.notify_all()
        self._thread.join()

    def _raise_error(self) -> None:
        if self._error is not None:
            raise self._error

    def _work(self) -> None:
        while True:
            with self._lock:
                while not self._ops and not self._stopping:
                    self._lock.wait()
                if not self._ops:
                    return
                operation = self._ops.popleft()
            try:
                result = operation(self._inbox)
            except BaseException as exc:
                with self._lock:
                    self._error = exc
                    self._ops.clear()  # after a failure nothing more is moved
                return
            with self._lock:
                self._results.append(result)
