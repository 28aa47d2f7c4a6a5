"""wait_for_new: what `sync --watch` blocks on between passes."""

from __future__ import annotations

import threading

from mail.imap import ImapInbox


def test_mail_that_arrived_since_the_fetch_counts_as_new(imap_server, make_reply):
    imap_server.append(make_reply(1))
    with ImapInbox(imap_server.settings()) as inbox:
        list(inbox.fetch(after_uid=None))
        imap_server.append(make_reply(2))

        assert inbox.wait_for_new(timeout=5) is True


def test_mail_arriving_while_waiting_wakes_the_wait(imap_server, make_reply):
    with ImapInbox(imap_server.settings()) as inbox:
        # pymap reports new mail only when an IDLE ends, so keep its rounds short;
        # Dovecot announces it at once.
        inbox.idle_round = 0.5 if imap_server.kind == "pymap" else 60
        sender = threading.Thread(target=imap_server.append, args=(make_reply(1),))
        sender.start()
        try:
            assert inbox.wait_for_new(timeout=30) is True
        finally:
            sender.join()


def test_nothing_new_returns_false_after_the_timeout(imap_server, make_reply):
    imap_server.append(make_reply(1))
    with ImapInbox(imap_server.settings()) as inbox:
        list(inbox.fetch(after_uid=None))

        assert inbox.wait_for_new(timeout=0.3) is False


def test_the_inbox_is_usable_after_waiting(imap_server, make_reply):
    with ImapInbox(imap_server.settings()) as inbox:
        inbox.wait_for_new(timeout=0.1)
        imap_server.append(make_reply(1))

        assert [m.raw for m in inbox.fetch(after_uid=None)] == [make_reply(1)]
