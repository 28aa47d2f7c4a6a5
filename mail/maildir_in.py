"""A local Maildir read as the inbox, for running somek with no mail server.

Layout (Maildir++, as Dovecot and Courier keep it): the inbox is ``settings.maildir``
with ``new/``, ``cur/`` and ``tmp/``; the processed and review folders are
sub-Maildirs inside it, named with a leading dot and "/" turned into ".", so
``Somek/Processed`` is ``<maildir>/.Somek.Processed/``. A mail client pointed at
the Maildir shows them as folders.

A message's key is its file name up to the ``:2,`` flags suffix, which is what
the file keeps when a mail client moves it from ``new/`` to ``cur/``.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

from mail.incoming import FetchedMessage, InboxError
from mail.settings import ImapSettings

log = logging.getLogger("somek.mail.maildir")

_SUBDIRS = ("new", "cur", "tmp")
_POLL_SECONDS = 0.2


class MaildirInbox:
    """The inbox Maildir (created when missing); keys are the Maildir keys."""

    def __init__(self, settings: ImapSettings) -> None:
        self._settings = settings
        self._root = Path(settings.maildir)
        self._yielded: set[str] = set()

    def __enter__(self) -> MaildirInbox:
        try:
            _make_maildir(self._root)
        except OSError as exc:
            raise InboxError(f"cannot create the inbox Maildir {self._root}: {exc}") from None
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    @property
    def uidvalidity(self) -> int | None:
        return None

    @property
    def path(self) -> Path:
        return self._root

    def folder_path(self, folder: str) -> Path:
        """Where a configured folder name such as "Somek/Processed" lives on disk."""
        return self._root / ("." + folder.strip("/").replace("/", "."))

    def _entries(self) -> dict[str, Path]:
        entries: dict[str, Path] = {}
        for sub in ("new", "cur"):
            try:
                names = os.listdir(self._root / sub)
            except FileNotFoundError:
                continue
            for name in names:
                if not name.startswith("."):
                    entries[name.split(":", 1)[0]] = self._root / sub / name
        return entries

    def fetch(self, *, after_uid: int | None) -> Iterator[FetchedMessage]:
        # Maildir has no UIDs; what is still in the inbox is what has not been handled.
        entries = self._entries()
        for key in sorted(entries):
            path = entries[key]
            try:
                raw = path.read_bytes()
                mtime = path.stat().st_mtime
            except FileNotFoundError:
                continue  # moved away by a mail client since the listing
            except OSError as exc:
                raise InboxError(f"cannot read {path}: {exc}") from None
            self._yielded.add(key)
            yield FetchedMessage(
                ref=key,
                uid=None,
                uidvalidity=None,
                maildir_key=key,
                raw=raw,
                internal_date=datetime.fromtimestamp(mtime, UTC),
            )

    def message_ids(self) -> dict[int, str]:
        return {}  # keys never change meaning, so there is nothing to re-map

    def move_processed(self, refs: Sequence[str]) -> None:
        self._move(refs, self._settings.processed_folder)

    def move_review(self, refs: Sequence[str]) -> None:
        if self._settings.review_folder:
            self._move(refs, self._settings.review_folder)

    def _move(self, refs: Sequence[str], folder: str) -> None:
        target = self.folder_path(folder)
        try:
            _make_maildir(target)
            # Maildir++ marks sub-folders with this empty file.
            (target / "maildirfolder").touch(exist_ok=True)
        except OSError as exc:
            raise InboxError(f"cannot create the Maildir folder {target}: {exc}") from None
        entries = self._entries()
        moved = 0
        for key in refs:
            source = entries.get(key)
            if source is None:
                # Already moved, e.g. by a run that stopped before recording it.
                log.debug("message %s is no longer in the inbox", key)
                continue
            try:
                # rename() within one file system is atomic: the message is in exactly one place.
                os.rename(source, target / source.parent.name / source.name)
            except FileNotFoundError:
                continue
            except OSError as exc:
                raise InboxError(f"cannot move {source} to {target}: {exc}") from None
            moved += 1
        log.info("moved %d messages to %s", moved, target)

    def wait_for_new(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while True:
            if any(key not in self._yielded for key in self._entries()):
                return True
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            time.sleep(min(_POLL_SECONDS, left))


def _make_maildir(path: Path) -> None:
    # members' mail: owner only, whatever the umask (mkdir's mode is masked by it)
    for folder in (path.parent, path, *(path / sub for sub in _SUBDIRS)):
        if not folder.exists():
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            folder.chmod(0o700)
