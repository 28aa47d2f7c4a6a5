"""Encrypted connections, against Dovecot with a trustme certificate."""

from __future__ import annotations

import ssl

import pytest
from support.imap_servers import PASSWORD_ENV

from mail.imap import ImapInbox
from mail.incoming import InboxConnectionError


@pytest.fixture
def tls_account(dovecot_tls_server, monkeypatch):
    account = dovecot_tls_server.account()
    monkeypatch.setenv(PASSWORD_ENV, account.password)
    return account


def test_implicit_tls(dovecot_tls_server, tls_account, make_reply):
    tls_account.append(make_reply(1))
    settings = tls_account.settings(security="tls", port=dovecot_tls_server.tls_port)

    with ImapInbox(settings, ssl_context=dovecot_tls_server.ssl_context()) as inbox:
        assert [m.raw for m in inbox.fetch(after_uid=None)] == [make_reply(1)]


def test_starttls(dovecot_tls_server, tls_account, make_reply):
    tls_account.append(make_reply(1))
    settings = tls_account.settings(security="starttls")

    with ImapInbox(settings, ssl_context=dovecot_tls_server.ssl_context()) as inbox:
        assert [m.raw for m in inbox.fetch(after_uid=None)] == [make_reply(1)]


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_an_untrusted_certificate_is_refused(dovecot_tls_server, tls_account, security):
    port = dovecot_tls_server.tls_port if security == "tls" else dovecot_tls_server.port
    settings = tls_account.settings(security=security, port=port)

    # The default context trusts the system's CAs, not the test CA.
    with pytest.raises(InboxConnectionError, match=r"(?i)certificate"):
        ImapInbox(settings, ssl_context=ssl.create_default_context()).open()
