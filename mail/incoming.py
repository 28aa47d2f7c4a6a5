"""What every incoming mail transport offers ``sync``: the message type, the protocol, the errors.

The API is blocking on purpose (imapclient is); callers run it in a worker thread.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True)
class FetchedMessage:
    """One message as read from the inbox, untouched.

    ``ref`` is what :meth:`InboxSource.move_processed` and
    :meth:`InboxSource.move_review` take back: ``"uid:<n>"`` for IMAP,
    the Maildir key for Maildir.
    """

    ref: str
    uid: int | None
    uidvalidity: int | None
    maildir_key: str | None
    raw: bytes
    internal_date: datetime | None


class InboxSource(Protocol):
    """An open inbox; use it as a context manager so the connection is always closed."""

    def __enter__(self) -> InboxSource: ...

    def __exit__(self, *exc: object) -> None: ...

    @property
    def uidvalidity(self) -> int | None:
        """The folder's UIDVALIDITY (None for Maildir, whose keys never get reused)."""
        ...

    def fetch(self, *, after_uid: int | None) -> Iterator[FetchedMessage]:
        """Every message in the folder with UID > ``after_uid`` (all when None), in UID order.

        Messages arrive in batches so memory stays flat, and reading never sets ``\\Seen``.
        """
        ...

    def message_ids(self) -> dict[int, str]:
        """``{uid: Message-ID}`` for every message that has one, from a cheap header fetch."""
        ...

    def move_processed(self, refs: Sequence[str]) -> None:
        """Move these messages to the processed folder, creating it when missing."""
        ...

    def move_review(self, refs: Sequence[str]) -> None:
        """Move these messages to the review folder; without one they stay where they are."""
        ...

    def wait_for_new(self, timeout: float) -> bool:
        """Block up to ``timeout`` seconds; True once there is mail fetch has not yielded.

        IMAP counts only mail that arrived after the inbox was opened (UIDs above
        those fetch yielded); Maildir counts anything still in the inbox that this
        object's fetch has not yielded.
        """
        ...


class InboxError(Exception):
    """The inbox could not be read or changed; the message says why, without secrets."""


class InboxConnectionError(InboxError, ConnectionError):
    """The server could not be reached, or the connection broke; a rerun resumes."""


class InboxAuthError(InboxError):
    """The server refused the login (or no password could be read)."""


class InboxInsecure(InboxError):
    """The settings would send the password without encryption, or STARTTLS is not offered."""


class InboxFolderMissing(InboxError):
    """The configured inbox folder does not exist on the server."""
