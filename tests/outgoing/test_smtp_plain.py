"""Plain SMTP to a loopback server: the bytes arrive exactly, results are reported."""

from __future__ import annotations

from support.smtp_fixtures import SENDER, message_bytes


async def test_plain_loopback_send_delivers_exact_bytes(
    smtp_server, make_transport, make_envelope, send_recorder
) -> None:
    transport = make_transport(smtp_server)

    await transport.send(
        [make_envelope(n) for n in range(3)], send_recorder.on_sending, send_recorder.on_result
    )

    received = sorted(smtp_server.messages, key=lambda m: m.rcpt_tos)
    assert [m.rcpt_tos for m in received] == [(f"member-{n}@example.org",) for n in range(3)]
    assert [m.mail_from for m in received] == [SENDER] * 3
    assert [m.content for m in received] == [
        message_bytes(n, f"member-{n}@example.org") for n in range(3)
    ]
    assert send_recorder.summary() == {f"ref-{n}": (True, False, "", 1) for n in range(3)}
