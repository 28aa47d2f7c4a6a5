"""An outgoing transport that delivers into a local Maildir instead of a server.

Each envelope becomes one file holding exactly the bytes SMTP would carry. The
file is written under ``tmp/``, flushed to disk and only then renamed into
``new/``, so a reader never sees half a message and a crash leaves at most a
stray file in ``tmp/``. ``mailbox.Maildir`` is not used: it rewrites line
endings and never calls fsync.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import os
import re
import socket
import time
from collections.abc import Iterable
from pathlib import Path

from mail.outgoing import Envelope, OnResult, OnSending, SendResult, TransportError, notify

log = logging.getLogger("somek.mail.maildir_out")

_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")
_counter = itertools.count()
_FOLDER_MODE = 0o700
WRITERS = 4
GROUP = 8  # messages a writer takes at a time


class MaildirTransport:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    async def send(
        self,
        envelopes: Iterable[Envelope],
        on_sending: OnSending,
        on_result: OnResult,
    ) -> None:
        await asyncio.to_thread(self._ensure)
        queue = iter(envelopes)

        async def writer() -> None:
            # A few writers, each taking a handful of messages at a time: every
            # file still waits for its own fsync, the folder's fsync is shared
            # by the handful, and the waits of the writers overlap.
            while group := list(itertools.islice(queue, GROUP)):
                for envelope in group:
                    await notify(on_sending, envelope)
                try:
                    names = await asyncio.to_thread(self._deliver_all, group)
                except OSError as exc:
                    raise TransportError(f"cannot write to the Maildir {self.path}: {exc}") from exc
                for envelope, name in zip(group, names, strict=True):
                    log.debug("wrote %s for %s", name, envelope.ref)
                    await notify(on_result, SendResult(envelope.ref, True, False, "", 1))

        tasks = [asyncio.create_task(writer()) for _ in range(WRITERS)]
        try:
            done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
            for task in done:
                if not task.cancelled() and task.exception() is not None:
                    raise task.exception()  # type: ignore[misc]
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

    async def check(self) -> str:
        try:
            await asyncio.to_thread(self._ensure)
        except OSError as exc:
            raise TransportError(f"cannot use the Maildir {self.path}: {exc}") from exc
        if not os.access(self.path / "tmp", os.W_OK):
            raise TransportError(f"the Maildir {self.path} is not writable")
        return f"mail is written to the Maildir {self.path}, not sent"

    def file_for(self, ref: str) -> Path | None:
        """The delivered file for an outbox record, if there is one (newest wins)."""
        marker = f"_{_safe(ref)}."
        found = [p for p in (self.path / "new").glob("*") if marker in p.name]
        return max(found, key=lambda p: p.name) if found else None

    def _ensure(self) -> None:
        # sent mail is personal data: the folders are the owner's only, whatever the umask
        for folder in (self.path, *(self.path / sub for sub in ("tmp", "new", "cur"))):
            if not folder.is_dir():
                folder.mkdir(mode=_FOLDER_MODE, parents=True, exist_ok=True)
                os.chmod(folder, _FOLDER_MODE)

    def _deliver_all(self, envelopes: list[Envelope]) -> list[str]:
        """Deliver each; reported only once the folder's entries are on disk too."""
        names = [self._write(envelope) for envelope in envelopes]
        _fsync_dir(self.path / "new")
        return names

    def _write(self, envelope: Envelope) -> str:
        # Maildir names are "time.unique.host"; the ref goes into the unique part
        # so a delivered message can be traced back to its outbox record.
        unique = f"M{time.time_ns() // 1000}P{os.getpid()}Q{next(_counter)}_{_safe(envelope.ref)}"
        name = f"{int(time.time())}.{unique}.{_safe(socket.gethostname()) or 'localhost'}"
        tmp = self.path / "tmp" / name
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(envelope.data)
                fh.flush()
                os.fsync(fh.fileno())
            os.rename(tmp, self.path / "new" / name)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return name


def _safe(text: str) -> str:
    return _UNSAFE.sub("-", text)


def _fsync_dir(path: Path) -> None:
    # Without this the rename itself may be lost on a power cut.
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
