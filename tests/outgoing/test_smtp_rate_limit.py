"""The per-minute limit spaces transactions across all connections, without real waiting."""

from __future__ import annotations

import asyncio


class FakeTime:
    """A clock that only moves when someone sleeps on it.

    A sleeper wakes at its own target time; sleeps end in the order they began,
    which is also the order of their targets, since the limiter hands out slots
    in order.
    """

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, delay: float) -> None:
        self.sleeps.append(delay)
        target = self.now + delay
        await asyncio.sleep(0)
        self.now = max(self.now, target)


async def test_rate_limit_spaces_sends_across_all_connections(
    smtp_server, make_transport, make_envelope, send_recorder
) -> None:
    fake = FakeTime()
    started: list[float] = []

    def on_sending(envelope) -> None:
        started.append(fake.now)
        send_recorder.on_sending(envelope)

    transport = make_transport(
        smtp_server,
        rate_per_minute=6,  # one every 10 s
        max_connections=2,
        options={"clock": fake.clock, "sleep": fake.sleep},
    )

    await transport.send([make_envelope(n) for n in range(5)], on_sending, send_recorder.on_result)

    assert started == [1000.0, 1010.0, 1020.0, 1030.0, 1040.0]
    assert smtp_server.connections == 2
    assert len(smtp_server.messages) == 5


async def test_no_rate_limit_never_waits(
    smtp_server, make_transport, make_envelope, send_recorder
) -> None:
    fake = FakeTime()
    transport = make_transport(
        smtp_server, rate_per_minute=0, options={"clock": fake.clock, "sleep": fake.sleep}
    )

    await transport.send(
        [make_envelope(n) for n in range(5)], send_recorder.on_sending, send_recorder.on_result
    )

    assert fake.sleeps == []
    assert len(smtp_server.messages) == 5
