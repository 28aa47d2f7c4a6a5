"""``sync`` over hostile replies: each is read or sent to review on its own, quickly."""

from __future__ import annotations

import time
from pathlib import Path

from sync.conftest import World, build_world
from sync.replies import answer_to

from mail.budget import MAX_PARTS
from somek_tui.models import Answer
from somek_tui.services.sync import run_sync


def drop(world: World, name: str, raw: bytes) -> None:
    folder = Path(world.ws.settings.imap.maildir)
    for sub in ("new", "cur", "tmp"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    (folder / "new" / f"1700000000.{name}.test").write_bytes(raw)


def hostile_reply(world: World, address: str, content_type: str, body: str) -> bytes:
    """A reply to ``address``'s invitation whose body is replaced by ``body``."""
    plain = answer_to(world.sent[address], "placeholder")
    head = plain.split(b"\r\n\r\n", 1)[0].decode()
    kept = [ln for ln in head.split("\r\n") if not ln.lower().startswith(("content-", " "))]
    return ("\r\n".join([*kept, f"Content-Type: {content_type}", "", body])).encode()


def test_a_comment_bomb_beside_a_part_bomb_neither_stalls_the_pass(tmp_path: Path) -> None:
    world = build_world(tmp_path)
    bomb = "<p>Ja, ich komme.</p>" + "<!--" * 16_384
    drop(world, "a", hostile_reply(world, "anna@example.org", "text/html", bomb))
    parts = "".join("--b\r\nContent-Type: text/plain\r\n\r\nJa\r\n" for _ in range(MAX_PARTS + 1))
    many = hostile_reply(world, "joerg@example.org", "multipart/mixed; boundary=b", parts)
    drop(world, "b", many)
    started = time.thread_time()
    summary = run_sync(world.ws)
    assert time.thread_time() - started < 5
    assert (summary.answers, summary.review) == (1, 1)
    view = world.ws.store.read()
    assert view.rsvp(world.event.id, world.member("anna@example.org").id).answer is Answer.YES
    item = view.review_items()[0]
    assert "too large" in item.reason and item.sender == "joerg@example.org"
