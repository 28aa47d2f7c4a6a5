"""XOAUTH2 against Dovecot, whose oauth2 passdb asks a token introspection endpoint."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.cli import assert_clean_error, run_somek
from support.imap_servers import ImapAccount, ServerStartError, dovecot_binary
from support.oauth_servers import TokenEndpoint, XOAuth2DovecotServer
from support.workspace import populate, write_config

from mail.imap import ImapInbox
from mail.incoming import InboxAuthError
from somek_tui.config import Credentials, ImapSettings
from somek_tui.store import Store

USER = "stammtisch@example.org"
GOOD_TOKEN = "eyJ0eXAi.good-access-token"
BAD_TOKEN = "eyJ0eXAi.expired-access-token"


@pytest.fixture
def oauth_dovecot() -> Iterator[XOAuth2DovecotServer]:
    """A server of its own per test: Dovecot slows every login after a refused one."""
    if dovecot_binary() is None:
        pytest.skip("Dovecot is not installed (apt-get install dovecot-imapd)")
    with TokenEndpoint(user=USER, token=GOOD_TOKEN) as endpoint:
        server = XOAuth2DovecotServer(endpoint)
        try:
            server.start()
        except ServerStartError as exc:
            pytest.fail(f"Dovecot did not start: {exc}")
        try:
            yield server
        finally:
            server.stop()


@pytest.fixture
def account(oauth_dovecot: XOAuth2DovecotServer) -> Iterator[ImapAccount]:
    account = oauth_dovecot.account(USER)
    try:
        yield account
    finally:
        account.close()


def _helper(tmp_path: Path, token: str) -> Path:
    """A stand-in for a token helper such as oama or mutt_oauth2.py: prints one token."""
    helper = tmp_path / "token-helper"
    helper.write_text(f"#!/bin/sh\necho '{token}'\n")
    helper.chmod(0o700)
    return helper


def _settings(account: ImapAccount, helper: Path) -> ImapSettings:
    credentials = Credentials(username=USER, password_command=str(helper), auth="xoauth2")
    return account.settings(security="starttls", credentials=credentials)


def test_the_access_token_opens_the_inbox_over_starttls(
    oauth_dovecot: XOAuth2DovecotServer, account: ImapAccount, make_reply, tmp_path: Path
) -> None:
    account.append(make_reply(1))
    settings = _settings(account, _helper(tmp_path, GOOD_TOKEN))

    with ImapInbox(settings, ssl_context=oauth_dovecot.ssl_context()) as inbox:
        assert [m.raw for m in inbox.fetch(after_uid=None)] == [make_reply(1)]
    assert oauth_dovecot.endpoint.asked == 1  # the token really went to the introspection


def test_a_refused_token_is_an_auth_error_that_does_not_show_the_token(
    oauth_dovecot: XOAuth2DovecotServer, account: ImapAccount, tmp_path: Path, caplog
) -> None:
    caplog.set_level(logging.DEBUG)
    settings = _settings(account, _helper(tmp_path, BAD_TOKEN))

    with pytest.raises(InboxAuthError) as failure:
        ImapInbox(settings, ssl_context=oauth_dovecot.ssl_context()).open()

    assert str(failure.value) == f"127.0.0.1 refused the access token for {USER!r}"
    assert oauth_dovecot.endpoint.asked == 1
    assert BAD_TOKEN not in caplog.text


def test_a_server_without_xoauth2_is_named_before_the_token_is_fetched(
    dovecot_server, tmp_path: Path
) -> None:
    account = dovecot_server.account()  # plain Dovecot: PLAIN and LOGIN only
    marker = tmp_path / "token-helper-ran"
    helper = tmp_path / "token-helper"
    helper.write_text(f"#!/bin/sh\ntouch '{marker}'\necho '{GOOD_TOKEN}'\n")
    helper.chmod(0o700)
    credentials = Credentials(username=account.user, password_command=str(helper), auth="xoauth2")

    with pytest.raises(InboxAuthError) as failure:
        ImapInbox(account.settings(credentials=credentials)).open()

    assert str(failure.value) == '127.0.0.1 does not offer XOAUTH2, but imap.auth is "xoauth2"'
    assert not marker.exists()


# ---------------------------------------------------------------------- the command


def _config(
    tmp_path: Path, server: XOAuth2DovecotServer, account: ImapAccount, token: str
) -> tuple[Path, dict[str, str]]:
    assert server.tls_files is not None
    config = write_config(
        tmp_path / "somek.toml",
        f'[imap]\ntransport = "imap"\nhost = "{account.host}"\nport = {account.port}\n'
        f'security = "starttls"\nusername = "{USER}"\nauth = "xoauth2"\n'
        f'password_command = "{_helper(tmp_path, token)}"\n',
    )
    # the test CA is trusted the way a person would point at their own CA
    return config, {"SSL_CERT_FILE": str(server.tls_files.ca_pem)}


def test_sync_reads_the_inbox_with_the_access_token(
    oauth_dovecot: XOAuth2DovecotServer, account: ImapAccount, make_reply, tmp_path: Path
) -> None:
    db = tmp_path / "db.json"
    populate(Store.open(db), members=1)
    account.append(make_reply(7))
    config, env = _config(tmp_path, oauth_dovecot, account, GOOD_TOKEN)

    synced = run_somek("sync", db=db, config=config, env=env)
    exported = run_somek("export", "--json", db=db, config=config, env=env)

    assert synced.code == 0, synced.err
    seen = [entry["message_id"] for entry in json.loads(exported.out)["inbox"]]
    assert seen == ["<reply-7@example.org>"]
    assert GOOD_TOKEN.encode() not in db.read_bytes()
    assert GOOD_TOKEN not in synced.out + synced.err + exported.out


def test_sync_with_a_refused_token_fails_with_one_line_that_hides_the_token(
    oauth_dovecot: XOAuth2DovecotServer, account: ImapAccount, make_reply, tmp_path: Path
) -> None:
    db = tmp_path / "db.json"
    populate(Store.open(db), members=1)
    account.append(make_reply(7))
    config, env = _config(tmp_path, oauth_dovecot, account, BAD_TOKEN)

    run = run_somek("sync", db=db, config=config, env=env)

    assert_clean_error(run, contains="refused the access token")
    assert BAD_TOKEN not in run.out + run.err
    assert len(account.messages()) == 1  # left in the inbox for the next run
