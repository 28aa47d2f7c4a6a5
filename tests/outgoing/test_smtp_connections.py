"""Connections are few and reused; the caller hears of each message at the right moment."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from mail.outgoing import ConnectionFailed, Envelope
from mail.smtp import SmtpTransport
from somek_tui.config import SmtpSettings


async def test_many_messages_reuse_at_most_max_connections(
    smtp_server, make_transport, make_envelope, send_recorder
) -> None:
    await make_transport(smtp_server, max_connections=3).send(
        (make_envelope(n) for n in range(60)), send_recorder.on_sending, send_recorder.on_result
    )

    assert len(smtp_server.messages) == 60
    assert 1 <= smtp_server.connections <= 3
    assert len({m.connection for m in smtp_server.messages}) == smtp_server.connections
    assert all(r.ok and r.attempts == 1 for r in send_recorder.results.values())


async def test_on_sending_is_called_before_the_server_receives_the_message(
    smtp_server, make_transport, make_envelope, send_recorder
) -> None:
    send_recorder.server = smtp_server

    await make_transport(smtp_server, max_connections=2).send(
        [make_envelope(n) for n in range(6)], send_recorder.on_sending, send_recorder.on_result
    )

    events = smtp_server.events
    for n in range(6):
        rcpt = f"member-{n}@example.org"
        assert events.index(("sending", rcpt)) < events.index(("rcpt", rcpt))
        assert events.index(("sending", rcpt)) < events.index(("data", rcpt))


async def test_each_result_is_reported_before_the_next_message_is_sent(
    smtp_server, make_transport, make_envelope, send_recorder
) -> None:
    seen_by_server: dict[str, int] = {}

    async def on_result(result) -> None:
        seen_by_server[result.ref] = len(smtp_server.messages)
        await send_recorder.on_result(result)

    await make_transport(smtp_server, max_connections=1).send(
        [make_envelope(n) for n in range(5)], send_recorder.on_sending, on_result
    )

    assert seen_by_server == {f"ref-{n}": n + 1 for n in range(5)}


async def test_envelopes_are_taken_from_the_iterable_as_they_are_needed(
    smtp_server, make_transport, make_envelope, send_recorder
) -> None:
    taken: list[int] = []

    def envelopes() -> Iterator[Envelope]:
        for n in range(200):
            taken.append(n)
            yield make_envelope(n)

    pulled_at_first_result: list[int] = []

    async def on_result(result) -> None:
        if not pulled_at_first_result:
            pulled_at_first_result.append(len(taken))
        await send_recorder.on_result(result)

    await make_transport(smtp_server, max_connections=2).send(
        envelopes(), send_recorder.on_sending, on_result
    )

    assert len(send_recorder.results) == 200
    assert pulled_at_first_result[0] <= 10  # a small window, not the whole batch


async def test_unreachable_server_raises_connection_failed_after_retries(
    make_envelope, send_recorder
) -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    settings = SmtpSettings(
        transport="smtp", host="127.0.0.1", port=port, security="none", retries=2
    )
    transport = SmtpTransport(settings, retry_base_delay=0.001, local_hostname="client.test")

    with pytest.raises(ConnectionFailed, match=f"cannot connect to 127.0.0.1:{port}"):
        await transport.send([make_envelope(1)], send_recorder.on_sending, send_recorder.on_result)

    assert send_recorder.sending == []
    assert send_recorder.results == {}
