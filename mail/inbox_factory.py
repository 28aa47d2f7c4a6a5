"""Pick the incoming transport the settings ask for."""

from __future__ import annotations

import ssl

from mail.imap import ImapInbox
from mail.incoming import InboxError, InboxSource
from mail.maildir_in import MaildirInbox
from somek_tui.config import Settings


def open_inbox(settings: Settings, *, ssl_context: ssl.SSLContext | None = None) -> InboxSource:
    """An unopened inbox; enter it (``with open_inbox(s) as inbox:``) to connect."""
    imap = settings.imap
    if imap.transport == "imap":
        return ImapInbox(imap, ssl_context=ssl_context)
    if imap.transport == "maildir":
        return MaildirInbox(imap)
    raise InboxError(f"unknown imap.transport {imap.transport!r}")
