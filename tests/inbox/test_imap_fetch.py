"""Reading the inbox over IMAP."""

from __future__ import annotations

from mail.imap import ImapInbox


def test_fetch_yields_every_message_in_uid_order_with_exact_bytes(imap_server, make_reply):
    raws = [make_reply(n) for n in range(3)]
    uids = [imap_server.append(raw) for raw in raws]

    with ImapInbox(imap_server.settings()) as inbox:
        got = list(inbox.fetch(after_uid=None))

    assert [m.uid for m in got] == sorted(uids)
    assert [m.raw for m in got] == raws
    assert [m.ref for m in got] == [f"uid:{uid}" for uid in uids]
    assert all(m.uidvalidity == inbox.uidvalidity is not None for m in got)
    assert all(m.internal_date is not None and m.internal_date.tzinfo for m in got)


def test_fetch_in_small_batches_yields_all(imap_server, make_reply):
    raws = [make_reply(n) for n in range(5)]
    for raw in raws:
        imap_server.append(raw)

    with ImapInbox(imap_server.settings(batch_size=2)) as inbox:
        got = [m.raw for m in inbox.fetch(after_uid=None)]

    assert got == raws


def test_fetch_after_uid_skips_older_messages(imap_server, make_reply):
    uids = [imap_server.append(make_reply(n)) for n in range(4)]

    with ImapInbox(imap_server.settings()) as inbox:
        got = [m.uid for m in inbox.fetch(after_uid=uids[1])]

    assert got == uids[2:]


def test_fetch_after_the_highest_uid_yields_nothing(imap_server, make_reply):
    # "UID n:*" matches the highest UID even when it is below n.
    uids = [imap_server.append(make_reply(n)) for n in range(2)]

    with ImapInbox(imap_server.settings()) as inbox:
        assert list(inbox.fetch(after_uid=uids[-1])) == []


def test_fetch_does_not_mark_messages_seen(imap_server, make_reply):
    imap_server.append(make_reply(1))

    with ImapInbox(imap_server.settings()) as inbox:
        assert len(list(inbox.fetch(after_uid=None))) == 1

    assert all(b"\\Seen" not in flags for flags in imap_server.flags().values())


def test_message_ids_maps_uids_to_message_id_headers(imap_server, make_reply):
    uids = [imap_server.append(make_reply(n)) for n in range(3)]
    imap_server.append(b"Subject: no id\r\n\r\nbody\r\n")

    with ImapInbox(imap_server.settings()) as inbox:
        found = inbox.message_ids()

    assert found == {uid: f"<reply-{n}@example.org>" for n, uid in enumerate(uids)}


def test_a_uidvalidity_change_is_visible(imap_server, make_reply):
    imap_server.append(make_reply(1))
    with ImapInbox(imap_server.settings()) as inbox:
        before = inbox.uidvalidity

    imap_server.change_uidvalidity()

    with ImapInbox(imap_server.settings()) as inbox:
        assert inbox.uidvalidity != before
        assert [m.raw for m in inbox.fetch(after_uid=None)] == [make_reply(1)]


def test_reads_a_configured_folder_other_than_inbox(imap_server, make_reply):
    imap_server.create_folder("Replies")
    imap_server.append(make_reply(7), folder="Replies")
    imap_server.append(make_reply(8))

    with ImapInbox(imap_server.settings(folder="Replies")) as inbox:
        assert [m.raw for m in inbox.fetch(after_uid=None)] == [make_reply(7)]
