"""The delivery log: one fsynced line per delivered mail, beside ``db.json``.

Rewriting ``db.json`` after every mail of a big mailing would cost a whole
file per mail; a line appended here is as durable, so a kill never leads to
a mail sent twice. The store applies the lines to the outbox whenever it
reads and folds them into ``db.json`` with its next write (the end of the
mailing, or the next command after a kill), then empties the log.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import msgspec

from somek_tui.dbfile import Data, FileSignature, StoreNotWritable, fsync_dir, signature
from somek_tui.i18n import _
from somek_tui.private_files import FILE_MODE


class Delivery(msgspec.Struct, frozen=True):
    outbox_id: str
    message_id: str
    at: datetime


_encode = msgspec.json.Encoder().encode
_decode = msgspec.json.Decoder(Delivery).decode


@dataclass
class DeliveryLog:
    path: Path

    def signature(self) -> FileSignature | None:
        sig = signature(self.path)
        return None if sig is None or sig.size == 0 else sig

    def append(self, delivery: Delivery) -> None:
        """Add one line and make it durable before returning."""
        line = _encode(delivery) + b"\n"
        created = not self.path.exists()
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, FILE_MODE)
        except OSError as exc:
            raise StoreNotWritable(
                _("cannot write {path}: {error}").format(path=self.path, error=exc.strerror)
            ) from None
        try:
            size = os.fstat(fd).st_size
            if size and os.pread(fd, 1, size - 1) != b"\n":
                line = b"\n" + line  # after a line torn by a kill: start afresh
            os.write(fd, line)
            os.fsync(fd)
        finally:
            os.close(fd)
        if created:
            fsync_dir(self.path.parent)

    def read(self) -> list[Delivery]:
        """Every whole line; one torn by a kill is skipped (its mail counts as unsent)."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return []
        out = []
        for line in raw.split(b"\n"):
            if line.strip():
                try:
                    out.append(_decode(line))
                except msgspec.MsgspecError:
                    continue
        return out

    def clear(self) -> None:
        try:
            with open(self.path, "r+b") as handle:
                handle.truncate(0)
                os.fsync(handle.fileno())
        except FileNotFoundError:
            pass


def apply_deliveries(data: Data, deliveries: list[Delivery]) -> Data:
    """``data`` with each logged mail marked sent; other tables shared, not copied."""
    if not deliveries:
        return data
    outbox = dict(data.get("outbox", {}))
    for delivery in deliveries:
        doc = outbox.get(delivery.outbox_id)
        # the Message-ID check keeps a stale line off a record that was made anew
        if doc is not None and doc.get("message_id") == delivery.message_id:
            outbox[delivery.outbox_id] = {
                **doc,
                "state": "sent",
                "sent_at": msgspec.to_builtins(delivery.at),
                "last_error": "",
            }
    return {**data, "outbox": outbox}
