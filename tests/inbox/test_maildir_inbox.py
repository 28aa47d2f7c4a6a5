"""The Maildir inbox: the same behaviour as IMAP, with files."""

from __future__ import annotations

import mailbox
from dataclasses import replace
from pathlib import Path

import pytest

from mail.inbox_factory import open_inbox
from mail.maildir_in import MaildirInbox
from somek_tui.config import ImapSettings, Settings


@pytest.fixture
def settings(tmp_path: Path) -> ImapSettings:
    return ImapSettings(transport="maildir", maildir=tmp_path / "inbox")


def _deliver(settings: ImapSettings, raw: bytes) -> str:
    return mailbox.Maildir(settings.maildir, create=True).add(raw)


def test_a_missing_inbox_maildir_is_created_empty(settings):
    with MaildirInbox(settings) as inbox:
        assert list(inbox.fetch(after_uid=None)) == []

    assert all((settings.maildir / sub).is_dir() for sub in ("new", "cur", "tmp"))


def test_fetch_yields_every_message_by_key_with_exact_bytes(settings, make_reply):
    keys = [_deliver(settings, make_reply(n)) for n in range(3)]

    with MaildirInbox(settings) as inbox:
        got = list(inbox.fetch(after_uid=None))

    assert [m.ref for m in got] == sorted(keys)
    assert {m.maildir_key: m.raw for m in got} == {k: make_reply(n) for n, k in enumerate(keys)}
    assert all(m.uid is None and m.uidvalidity is None for m in got)
    assert inbox.uidvalidity is None


def test_fetch_reads_cur_as_well_as_new(settings, make_reply):
    # What a mail client leaves after reading: moved to cur/ with flags after ":2,".
    key = _deliver(settings, make_reply(1))
    (settings.maildir / "new" / key).rename(settings.maildir / "cur" / f"{key}:2,S")

    with MaildirInbox(settings) as inbox:
        assert [(m.ref, m.raw) for m in inbox.fetch(after_uid=None)] == [(key, make_reply(1))]


def test_fetch_ignores_after_uid(settings, make_reply):
    _deliver(settings, make_reply(1))

    with MaildirInbox(settings) as inbox:
        assert len(list(inbox.fetch(after_uid=10**9))) == 1


def test_move_processed_moves_exactly_those_to_the_sub_maildir(settings, make_reply):
    keys = [_deliver(settings, make_reply(n)) for n in range(3)]

    with MaildirInbox(settings) as inbox:
        inbox.move_processed([keys[0], keys[2]])
        left = [m.ref for m in inbox.fetch(after_uid=None)]

    assert left == [keys[1]]
    processed = mailbox.Maildir(settings.maildir / ".Somek.Processed", create=False)
    assert sorted(processed.keys()) == sorted([keys[0], keys[2]])
    assert processed.get_bytes(keys[0]) == make_reply(0)
    assert mailbox.Maildir(settings.maildir).list_folders() == ["Somek.Processed"]


def test_moving_a_key_that_is_already_gone_is_ignored(settings, make_reply):
    key = _deliver(settings, make_reply(1))

    with MaildirInbox(settings) as inbox:
        inbox.move_processed([key])
        inbox.move_processed([key])

    assert list(mailbox.Maildir(settings.maildir / ".Somek.Processed").keys()) == [key]


def test_move_review_with_a_review_folder(settings, make_reply):
    key = _deliver(settings, make_reply(1))
    with_review = ImapSettings(
        transport="maildir", maildir=settings.maildir, review_folder="Somek/Review"
    )

    with MaildirInbox(with_review) as inbox:
        inbox.move_review([key])
        assert list(inbox.fetch(after_uid=None)) == []

    assert list(mailbox.Maildir(settings.maildir / ".Somek.Review").keys()) == [key]


def test_move_review_without_a_review_folder_leaves_the_message(settings, make_reply):
    settings = replace(settings, review_folder="")
    key = _deliver(settings, make_reply(1))

    with MaildirInbox(settings) as inbox:
        inbox.move_review([key])
        assert [m.ref for m in inbox.fetch(after_uid=None)] == [key]

    assert mailbox.Maildir(settings.maildir).list_folders() == []


def test_wait_for_new_sees_unfetched_mail_only(settings, make_reply):
    _deliver(settings, make_reply(1))
    with MaildirInbox(settings) as inbox:
        assert inbox.wait_for_new(timeout=0) is True
        list(inbox.fetch(after_uid=None))
        assert inbox.wait_for_new(timeout=0.05) is False
        _deliver(settings, make_reply(2))
        assert inbox.wait_for_new(timeout=5) is True


def test_open_inbox_picks_the_transport(settings):
    assert isinstance(open_inbox(Settings(imap=settings)), MaildirInbox)
    imap = ImapSettings(transport="imap", host="127.0.0.1", security="none")
    assert type(open_inbox(Settings(imap=imap))).__name__ == "ImapInbox"
