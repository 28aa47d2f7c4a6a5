"""Moving handled messages out of the IMAP inbox."""

from __future__ import annotations

import pytest

from mail.imap import ImapInbox


def _folder(server, name: str) -> str:
    """The server's spelling of a settings folder name ("Somek/Processed" -> "Somek.Processed")."""
    return name.replace("/", server.delimiter())


@pytest.mark.parametrize("use_move", [None, False], ids=["move", "copy-expunge"])
def test_move_processed_creates_the_folder_and_moves_exactly_those(
    imap_server, make_reply, use_move
):
    uids = [imap_server.append(make_reply(n)) for n in range(4)]

    with ImapInbox(imap_server.settings(), use_move=use_move) as inbox:
        inbox.move_processed([f"uid:{uids[0]}", f"uid:{uids[2]}"])

    assert set(imap_server.messages()) == {uids[1], uids[3]}
    moved = imap_server.messages(_folder(imap_server, "Somek/Processed"))
    assert sorted(moved.values()) == sorted([make_reply(0), make_reply(2)])


@pytest.mark.parametrize("use_move", [None, False], ids=["move", "copy-expunge"])
def test_move_leaves_mail_someone_else_flagged_deleted(imap_server, make_reply, use_move):
    mine, theirs = imap_server.append(make_reply(1)), imap_server.append(make_reply(2))
    imap_server.add_flags([theirs], [b"\\Deleted"])

    with ImapInbox(imap_server.settings(), use_move=use_move) as inbox:
        inbox.move_processed([f"uid:{mine}"])

    flags = imap_server.flags()
    assert list(flags) == [theirs]
    assert b"\\Deleted" in flags[theirs]


def test_move_into_an_existing_folder(imap_server, make_reply):
    imap_server.create_folder(_folder(imap_server, "Somek/Processed"))
    uid = imap_server.append(make_reply(1))

    with ImapInbox(imap_server.settings()) as inbox:
        inbox.move_processed([f"uid:{uid}"])

    assert imap_server.messages() == {}
    assert list(imap_server.messages(_folder(imap_server, "Somek/Processed")).values()) == [
        make_reply(1)
    ]


def test_move_many_uids_in_one_call(imap_server, make_reply):
    uids = [imap_server.append(make_reply(n)) for n in range(12)]
    keep = {uids[5]}

    with ImapInbox(imap_server.settings(batch_size=3)) as inbox:
        inbox.move_processed([f"uid:{u}" for u in uids if u not in keep])

    assert set(imap_server.messages()) == keep
    assert len(imap_server.messages(_folder(imap_server, "Somek/Processed"))) == 11


def test_move_review_goes_to_the_review_folder_when_configured(imap_server, make_reply):
    uids = [imap_server.append(make_reply(n)) for n in range(2)]

    with ImapInbox(imap_server.settings(review_folder="Somek/Review")) as inbox:
        inbox.move_review([f"uid:{uids[1]}"])

    assert list(imap_server.messages()) == [uids[0]]
    assert list(imap_server.messages(_folder(imap_server, "Somek/Review")).values()) == [
        make_reply(1)
    ]


def test_move_review_without_a_review_folder_leaves_the_message(imap_server, make_reply):
    uid = imap_server.append(make_reply(1))

    with ImapInbox(imap_server.settings(review_folder="")) as inbox:
        inbox.move_review([f"uid:{uid}"])

    assert list(imap_server.messages()) == [uid]
    assert imap_server.folders() == ["INBOX"]


def test_moving_nothing_creates_no_folder(imap_server):
    with ImapInbox(imap_server.settings()) as inbox:
        inbox.move_processed([])

    assert imap_server.folders() == ["INBOX"]
