"""Which mail a reply answers, in many words: a reminder asks for an answer, a thanks or an
acknowledgement asks for none, so the same words mean an RSVP to one and nothing to the other."""

from __future__ import annotations

import dataclasses

import pytest
from sync.conftest import World
from sync.deciding import decide_and_record, reply_to_reminder
from sync.replies import answer_to

from somek_tui.models import Answer, InboxOutcome, MailKind

ANNA = "anna@example.org"


@pytest.mark.parametrize(
    ("body", "answer"),
    [
        pytest.param("Danke für die Erinnerung, ich bin dabei!", Answer.YES, id="de-dabei"),
        pytest.param(
            "Gut, dass ihr erinnert – ich schaffe es leider nicht.", Answer.NO, id="de-no"
        ),
        pytest.param("Thanks for the reminder! See you Thursday.", Answer.YES, id="en-see-you"),
        pytest.param("Oh, vergessen zu antworten: ich komme!", Answer.YES, id="de-vergessen"),
        pytest.param("Sorry, can't make it after all.", Answer.NO, id="en-cant"),
        pytest.param(
            "Vielleicht, je nachdem wie lange ich arbeiten muss.", Answer.MAYBE, id="maybe"
        ),
    ],
)
def test_an_answer_to_the_reminder_is_an_rsvp_for_its_evening(
    world: World, body: str, answer: Answer
) -> None:
    decision, view = decide_and_record(world, reply_to_reminder(world, ANNA, body))
    assert decision.outcome is InboxOutcome.ANSWER, decision.reason
    assert [(r.answer, r.event_id) for r in view.rsvps()] == [(answer, world.event.id)]


def _resend_as(world: World, kind: MailKind) -> None:
    with world.ws.store.transaction() as tx:
        record = tx.outgoing_by_message_id(world.sent[ANNA].message_id)
        assert record is not None
        tx.put(dataclasses.replace(record, kind=kind))


@pytest.mark.parametrize("kind", [MailKind.THANKS, MailKind.ACKNOWLEDGEMENT])
@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ja, gerne wieder!", id="de-gerne-wieder"),
        pytest.param("Super, danke! Beim nächsten Mal bin ich wieder dabei.", id="de-next-time"),
        pytest.param("Thanks, it was great – count me in next time!", id="en-count-me-in"),
        pytest.param("👍", id="thumbs-up"),
        pytest.param("Alles klar, danke!", id="de-alles-klar"),
        pytest.param("Perfect, see you!", id="en-see-you"),
    ],
)
def test_words_like_an_answer_to_a_mail_that_asked_none_record_no_rsvp(
    world: World, kind: MailKind, body: str
) -> None:
    _resend_as(world, kind)
    decision, view = decide_and_record(world, answer_to(world.sent[ANNA], body))
    assert decision.outcome is not InboxOutcome.ANSWER, decision.reason
    assert view.rsvps() == []
