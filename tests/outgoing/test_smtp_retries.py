"""Transient failures are retried with backoff, permanent ones reported at once."""

from __future__ import annotations

from collections import Counter

from support.smtp_fixtures import message_bytes

GREYLISTED = "member-1@example.org"
UNKNOWN = "member-2@example.org"


async def test_451_then_ok_recipient_ends_ok_after_two_attempts(
    smtp_server_factory, make_transport, make_envelope, send_recorder
) -> None:
    server = smtp_server_factory(rcpt_replies={GREYLISTED: ["451 4.7.1 greylisted, come back"]})

    await make_transport(server).send(
        [make_envelope(n) for n in range(3)], send_recorder.on_sending, send_recorder.on_result
    )

    assert send_recorder.summary() == {
        "ref-0": (True, False, "", 1),
        "ref-1": (True, False, "", 2),
        "ref-2": (True, False, "", 1),
    }
    assert [m.content for m in server.delivered_to(GREYLISTED)] == [message_bytes(1, GREYLISTED)]


async def test_550_recipient_fails_permanently_once_while_the_others_succeed(
    smtp_server_factory, make_transport, make_envelope, send_recorder
) -> None:
    server = smtp_server_factory(rcpt_replies={UNKNOWN: "550 5.1.1 no such user here"})

    await make_transport(server).send(
        [make_envelope(n) for n in range(5)], send_recorder.on_sending, send_recorder.on_result
    )

    assert send_recorder.results["ref-2"].ok is False
    assert send_recorder.results["ref-2"].permanent is True
    assert send_recorder.results["ref-2"].error == "550 5.1.1 no such user here"
    assert send_recorder.results["ref-2"].attempts == 1
    assert server.events.count(("rcpt", UNKNOWN)) == 1
    others = {ref: r for ref, r in send_recorder.summary().items() if ref != "ref-2"}
    assert others == {f"ref-{n}": (True, False, "", 1) for n in (0, 1, 3, 4)}
    assert sorted(m.rcpt_tos[0] for m in server.messages) == [
        f"member-{n}@example.org" for n in (0, 1, 3, 4)
    ]


async def test_451_after_data_is_retried_as_a_whole_transaction(
    smtp_server_factory, make_transport, make_envelope, send_recorder
) -> None:
    server = smtp_server_factory(data_replies={GREYLISTED: ["451 4.3.0 queue full, try later"]})

    await make_transport(server).send(
        [make_envelope(1)], send_recorder.on_sending, send_recorder.on_result
    )

    assert send_recorder.summary() == {"ref-1": (True, False, "", 2)}
    assert [m.content for m in server.delivered_to(GREYLISTED)] == [message_bytes(1, GREYLISTED)]


async def test_transient_failure_gives_up_after_the_configured_retries(
    smtp_server_factory, make_transport, make_envelope, send_recorder
) -> None:
    server = smtp_server_factory(rcpt_replies={GREYLISTED: "452 4.2.2 mailbox full"})

    await make_transport(server, retries=2).send(
        [make_envelope(0), make_envelope(1)], send_recorder.on_sending, send_recorder.on_result
    )

    assert send_recorder.summary() == {
        "ref-0": (True, False, "", 1),
        "ref-1": (False, False, "452 4.2.2 mailbox full", 3),
    }
    assert send_recorder.sending.count("ref-1") == 3


async def test_dropped_connection_mid_batch_delivers_each_message_once_but_the_one_in_flight(
    smtp_server_factory, make_transport, make_envelope, send_recorder
) -> None:
    server = smtp_server_factory(drop_after=4)
    envelopes = [make_envelope(n) for n in range(12)]

    await make_transport(server, max_connections=2).send(
        envelopes, send_recorder.on_sending, send_recorder.on_result
    )

    [(_, in_flight)] = [event for event in server.events if event[0] == "dropped"]
    copies = Counter(m.rcpt_tos[0] for m in server.messages)
    assert set(copies) == {e.recipient for e in envelopes}
    assert {rcpt: n for rcpt, n in copies.items() if n > 1} in ({}, {in_flight: 2})
    assert all(r.ok for r in send_recorder.results.values())
    assert len(send_recorder.results) == 12
    in_flight_ref = next(e.ref for e in envelopes if e.recipient == in_flight)
    assert send_recorder.results[in_flight_ref].attempts == 2
    assert server.connections >= 3  # the dropped one was replaced
    for message in server.messages:
        n = int(message.rcpt_tos[0].split("-")[1].split("@")[0])
        assert message.content == message_bytes(n, message.rcpt_tos[0])


async def test_421_closes_the_connection_and_the_message_goes_out_on_a_new_one(
    smtp_server_factory, make_transport, make_envelope, send_recorder
) -> None:
    server = smtp_server_factory(data_replies={GREYLISTED: ["421 4.3.2 shutting down"]})

    await make_transport(server, max_connections=1).send(
        [make_envelope(1), make_envelope(3)], send_recorder.on_sending, send_recorder.on_result
    )

    assert send_recorder.summary() == {
        "ref-1": (True, False, "", 2),
        "ref-3": (True, False, "", 1),
    }
    assert server.connections == 2
    assert [m.content for m in server.delivered_to(GREYLISTED)] == [message_bytes(1, GREYLISTED)]
