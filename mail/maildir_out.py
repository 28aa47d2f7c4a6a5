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
        # One message at a time, each reported once its file is durably in new/:
        # the caller logs that delivery before the next file is written, so a
        # kill leaves at most one delivered message unlogged (a rerun sends it again).
        for envelope in envelopes:
            await notify(on_sending, envelope)
            try:
                name = await asyncio.to_thread(self._deliver, envelope)
            except OSError as exc:
                raise TransportError(f"cannot write to the Maildir {self.path}: {exc}") from exc
            log.debug("wrote %s for %s", name, envelope.ref)
            await notify(on_result, SendResult(envelope.ref, True, False, "", 1))

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

    def _deliver(self, envelope: Envelope) -> str:
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
        _fsync_dir(self.path / "new")
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
