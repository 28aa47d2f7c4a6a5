"""What goes wrong with an IMAP inbox surfaces as a clear InboxError."""

from __future__ import annotations

import pytest
from support.imap_servers import free_port

from mail.imap import ImapInbox
from mail.incoming import (
    InboxAuthError,
    InboxConnectionError,
    InboxError,
    InboxFolderMissing,
    InboxInsecure,
)
from somek_tui.config import Credentials, ImapSettings


def test_a_wrong_password_is_an_auth_error(fresh_imap_server, monkeypatch):
    monkeypatch.setenv(fresh_imap_server.password_env, "not-the-password")

    with pytest.raises(InboxAuthError) as caught, ImapInbox(fresh_imap_server.settings()):
        pass

    assert "not-the-password" not in str(caught.value)


def test_an_unset_password_variable_is_an_auth_error(imap_server):
    creds = Credentials(username=imap_server.user, password_env="SOMEK_TEST_UNSET_VARIABLE")

    with pytest.raises(InboxAuthError, match="SOMEK_TEST_UNSET_VARIABLE"):
        ImapInbox(imap_server.settings(credentials=creds)).open()


def test_a_missing_folder_is_reported(imap_server):
    with pytest.raises(InboxFolderMissing, match="Nowhere"):
        ImapInbox(imap_server.settings(folder="Nowhere")).open()


def test_starttls_not_offered_fails_clearly(imap_server):
    # Neither test server offers STARTTLS without a certificate.
    with pytest.raises(InboxInsecure, match="STARTTLS"):
        ImapInbox(imap_server.settings(security="starttls")).open()


def test_no_encryption_to_a_remote_host_is_refused():
    remote = ImapSettings(transport="imap", host="imap.example.org", port=143, security="none")
    with pytest.raises(InboxInsecure, match="loopback"):
        ImapInbox(remote).open()


def test_nothing_listening_is_a_connection_error():
    closed = ImapSettings(transport="imap", host="127.0.0.1", port=free_port(), security="none")
    with pytest.raises(InboxConnectionError):
        ImapInbox(closed).open()


def test_a_connection_dropped_mid_fetch_raises_after_the_earlier_batches(
    imap_server, make_reply, tcp_proxy
):
    raws = [make_reply(n, padding=30_000) for n in range(5)]
    for raw in raws:
        imap_server.append(raw)
    proxy = tcp_proxy(imap_server.host, imap_server.port)
    got = []

    with ImapInbox(imap_server.settings(port=proxy.port, batch_size=2)) as inbox:
        # Enough for the search and the first batch of two, not the second.
        proxy.cut_after(sum(len(r) for r in raws[:2]) + 10_000)
        with pytest.raises(InboxConnectionError):
            for message in inbox.fetch(after_uid=None):
                got.append(message.raw)

    assert proxy.cut.is_set()
    assert got == raws[:2]


def test_an_unknown_reference_is_refused(imap_server):
    with ImapInbox(imap_server.settings()) as inbox, pytest.raises(InboxError):
        inbox.move_processed(["not-a-uid"])
