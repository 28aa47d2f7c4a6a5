"""How much does SmtpTransport cost over a bare aiosmtplib loop?

``bare_send`` is the floor: N connections, each sending its share of the
messages back to back with nothing else going on. ``start_sink`` is an aiosmtpd
server on 127.0.0.1 that accepts and discards. Run as a script to compare::

    python bench/smtp_baseline.py [-n 2000] [--connections 2] [--size 4000]
"""

from __future__ import annotations

import argparse
import asyncio
import threading
import time
from collections.abc import Awaitable
from typing import Any

import aiosmtplib
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

Message = tuple[str, str, bytes]  # sender, recipient, data


async def bare_send(host: str, port: int, messages: list[Message], connections: int) -> float:
    """Seconds to send every message over ``connections`` plain connections."""
    shares = [messages[i::connections] for i in range(connections)]

    async def one(share: list[Message]) -> None:
        if not share:
            return
        client = aiosmtplib.SMTP(
            hostname=host, port=port, start_tls=False, local_hostname="bench.test"
        )
        await client.connect()
        for sender, recipient, data in share:
            await client.sendmail(sender, [recipient], data)
        await client.quit()

    started = time.perf_counter()
    await asyncio.gather(*(one(share) for share in shares))
    return time.perf_counter() - started


class _Sink:
    def __init__(self) -> None:
        self.count = 0
        self._lock = threading.Lock()

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        with self._lock:
            self.count += 1
        return "250 2.0.0 discarded"


class _SinkController(Controller):
    def _create_server(self) -> Awaitable[Any]:
        async def create() -> Any:
            server = await self.loop.create_server(
                self._factory_invoker, host=self.hostname, port=0, ssl=self.ssl_context
            )
            self.port = server.sockets[0].getsockname()[1]  # start() probes this port
            return server

        return create()


class SinkStop:
    """Stops the sink when awaited as ``await stop()``; ``stop.count`` is what it accepted."""

    def __init__(self, controller: Controller, sink: _Sink) -> None:
        self._controller = controller
        self._sink = sink

    @property
    def count(self) -> int:
        return self._sink.count

    async def __call__(self) -> None:
        await asyncio.to_thread(self._controller.stop)


async def start_sink() -> tuple[str, int, SinkStop]:
    """An SMTP server on 127.0.0.1 that discards everything, counting messages."""
    sink = _Sink()
    controller = _SinkController(
        sink, hostname="127.0.0.1", port=0, server_hostname="sink.test", data_size_limit=None
    )
    await asyncio.to_thread(controller.start)
    return "127.0.0.1", int(controller.port), SinkStop(controller, sink)


def build_messages(count: int, size: int) -> list[Message]:
    sender = "stammtisch@example.org"
    filler = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit.\r\n" * (size // 58 + 1))[
        :size
    ]
    messages = []
    for n in range(count):
        recipient = f"member-{n}@example.org"
        data = (
            f"From: {sender}\r\nTo: {recipient}\r\nSubject: Einladung\r\n"
            f"Message-ID: <bench-{n}@example.org>\r\n\r\n{filler}\r\n"
        ).encode()
        messages.append((sender, recipient, data))
    return messages


async def transport_send(host: str, port: int, messages: list[Message], connections: int) -> float:
    """Seconds for ``SmtpTransport.send`` to deliver the same messages."""
    from mail.outgoing import Envelope as OutEnvelope
    from mail.outgoing import SendResult
    from mail.smtp import SmtpTransport
    from somek_tui.config import SmtpSettings

    settings = SmtpSettings(
        transport="smtp", host=host, port=port, security="none", max_connections=connections
    )
    transport = SmtpTransport(settings, local_hostname="bench.test")
    envelopes = (
        OutEnvelope(f"ref-{n}", sender, recipient, data, f"<bench-{n}@example.org>")
        for n, (sender, recipient, data) in enumerate(messages)
    )
    failed: list[SendResult] = []

    async def on_result(result: SendResult) -> None:
        if not result.ok:
            failed.append(result)

    started = time.perf_counter()
    await transport.send(envelopes, lambda envelope: None, on_result)
    elapsed = time.perf_counter() - started
    if failed:
        raise RuntimeError(f"{len(failed)} messages failed, first: {failed[0].error}")
    return elapsed


async def main(count: int, connections: int, size: int, rounds: int) -> None:
    messages = build_messages(count, size)
    host, port, stop = await start_sink()
    try:
        bare: list[float] = []
        ours: list[float] = []
        for _ in range(rounds):  # alternate, so neither side gets a warmer machine
            bare.append(await bare_send(host, port, messages, connections))
            ours.append(await transport_send(host, port, messages, connections))
        expected = 2 * rounds * count
        if stop.count != expected:
            raise RuntimeError(f"the sink got {stop.count} messages, not {expected}")
    finally:
        await stop()
    best_bare, best_ours = min(bare), min(ours)
    print(f"{count} messages of ~{size} bytes, {connections} connections, best of {rounds}")
    print(f"bare aiosmtplib loop : {count / best_bare:8.0f} msg/s  ({best_bare:.2f} s)")
    print(f"SmtpTransport.send   : {count / best_ours:8.0f} msg/s  ({best_ours:.2f} s)")
    print(f"ratio (transport/bare): {best_bare / best_ours:.2f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--count", type=int, default=2000)
    parser.add_argument("--connections", type=int, default=2)
    parser.add_argument("--size", type=int, default=4000, help="body bytes per message")
    parser.add_argument("--rounds", type=int, default=3)
    options = parser.parse_args()
    asyncio.run(main(options.count, options.connections, options.size, options.rounds))
