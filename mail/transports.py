"""Choosing the outgoing transport the settings ask for."""

from __future__ import annotations

import ssl

from mail.maildir_out import MaildirTransport
from mail.outgoing import Transport, TransportError
from mail.settings import MailSettings
from mail.smtp import SmtpTransport

__all__ = ["outgoing_transport"]


def outgoing_transport(
    settings: MailSettings, *, tls_context: ssl.SSLContext | None = None
) -> Transport:
    """The transport for ``[smtp] transport``; ``tls_context`` overrides the system trust store."""
    smtp = settings.smtp
    if smtp.transport == "smtp":
        return SmtpTransport(smtp, tls_context=tls_context)
    if smtp.transport == "maildir":
        return MaildirTransport(smtp.maildir)
    raise TransportError(f"unknown smtp.transport {smtp.transport!r}; use smtp or maildir")
