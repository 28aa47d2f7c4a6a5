"""The Maildir transport: one file per envelope, holding exactly the bytes SMTP would send."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from support.smtp_fixtures import message_bytes

from mail.maildir_out import MaildirTransport
from mail.outgoing import SendResult


async def test_maildir_transport_writes_exact_bytes_into_new(
    tmp_path: Path, make_envelope, send_recorder
) -> None:
    box = tmp_path / "outbox"  # does not exist yet
    transport = MaildirTransport(box)
    envelopes = [make_envelope(n) for n in range(3)]
    lf_only = replace(make_envelope(3), data=b"Subject: x\n\nlf only\n")  # kept as is

    await transport.send([*envelopes, lf_only], send_recorder.on_sending, send_recorder.on_result)

    assert sorted(p.name for p in box.iterdir()) == ["cur", "new", "tmp"]
    assert list((box / "tmp").iterdir()) == []
    assert len(list((box / "new").iterdir())) == 4
    for n in range(3):
        path = transport.file_for(f"ref-{n}")
        assert path is not None and path.parent == box / "new"
        assert f"ref-{n}" in path.name
        assert path.read_bytes() == message_bytes(n, f"member-{n}@example.org")
    written = transport.file_for("ref-3")
    assert written is not None
    assert written.read_bytes() == b"Subject: x\n\nlf only\n"
    assert send_recorder.sending == ["ref-0", "ref-1", "ref-2", "ref-3"]
    assert send_recorder.summary() == {f"ref-{n}": (True, False, "", 1) for n in range(4)}


async def test_maildir_check_creates_the_maildir(tmp_path: Path) -> None:
    line = await MaildirTransport(tmp_path / "box").check()

    assert str(tmp_path / "box") in line
    assert (tmp_path / "box" / "new").is_dir()


async def test_maildir_transport_reports_each_message_before_writing_the_next(
    tmp_path: Path, make_envelope
) -> None:
    # the caller logs each reported delivery durably: a file written ahead of the
    # report would be sent again after a kill
    box = tmp_path / "outbox"
    written_when_reported: list[int] = []

    def on_result(result: SendResult) -> None:
        written_when_reported.append(len(list((box / "new").iterdir())))

    await MaildirTransport(box).send(
        [make_envelope(n) for n in range(20)], lambda envelope: None, on_result
    )

    assert written_when_reported == list(range(1, 21))
