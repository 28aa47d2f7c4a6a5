"""The lock that lets one ``somek sync`` run at a time: ``<db>.sync.lock``, never waited for.

A plain ``flock`` on the file, as filelock takes it on POSIX systems, without
importing filelock: an empty cron pass takes this lock and nothing else, and
its start-up time is most of what it costs.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path


class SyncLockHeld(OSError):
    """Another process (or another lock object in this one) holds the lock."""


class SyncLock:
    """An exclusive, non-blocking lock on one file; the lock ends with the process."""

    def __init__(self, path: Path, mode: int = 0o600) -> None:
        self.lock_file = str(path)
        self._mode = mode
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock now, or raise :class:`SyncLockHeld`."""
        if self._fd is not None:
            return
        fd = os.open(self.lock_file, os.O_RDWR | os.O_CREAT, self._mode)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise SyncLockHeld(f"{self.lock_file} is held") from None
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)

    @property
    def is_locked(self) -> bool:
        return self._fd is not None
