"""Pick the incoming transport the settings ask for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mail.incoming import InboxError, InboxSource
from mail.settings import MailSettings

if TYPE_CHECKING:
    import ssl


def open_inbox(settings: MailSettings, *, ssl_context: ssl.SSLContext | None = None) -> InboxSource:
    """An unopened inbox; enter it (``with open_inbox(s) as inbox:``) to connect."""
    # imported on use: a cron sync over a Maildir never loads imapclient
    imap = settings.imap
    if imap.transport == "imap":
        from mail.imap import ImapInbox

        return ImapInbox(imap, ssl_context=ssl_context)
    if imap.transport == "maildir":
        from mail.maildir_in import MaildirInbox

        return MaildirInbox(imap)
    raise InboxError(f"unknown imap.transport {imap.transport!r}")
