"""Which mail a reply answers changes what its words mean."""

from __future__ import annotations

import dataclasses

import pytest
from support.workspace import NOW
from sync.conftest import World
from sync.deciding import decide_and_record
from sync.replies import answer_to

from somek_tui.models import Answer, AnswerSource, InboxOutcome, MailKind, OutboxState
from somek_tui.services.outbox import queue_message
from somek_tui.services.rsvps import set_answer
from somek_tui.services.topics import add_topic


def _resend_as(world: World, address: str, **changes: object) -> None:
    """Make the mail this member got another kind of mail, as if that had been sent."""
    with world.ws.store.transaction() as tx:
        record = tx.outgoing_by_message_id(world.sent[address].message_id)
        assert record is not None
        tx.put(dataclasses.replace(record, **changes))  # type: ignore[arg-type]


def test_a_thank_you_to_a_thanks_mail_records_no_answer(world: World) -> None:
    _resend_as(world, "anna@example.org", kind=MailKind.THANKS)
    decision, view = decide_and_record(
        world, answer_to(world.sent["anna@example.org"], "Ja, super, danke!")
    )
    assert decision.outcome is InboxOutcome.REVIEW
    assert "thanks mail" in decision.reason
    assert view.rsvps() == []


def test_a_reply_to_an_acknowledgement_records_no_new_answer(world: World) -> None:
    _resend_as(world, "anna@example.org", kind=MailKind.ACKNOWLEDGEMENT)
    decision, view = decide_and_record(
        world, answer_to(world.sent["anna@example.org"], "Alles klar, ich komme!")
    )
    assert decision.outcome is InboxOutcome.REVIEW
    assert view.rsvps() == []


def test_a_vote_by_number_counts_only_for_a_list_the_member_was_shown(world: World) -> None:
    with world.ws.store.transaction() as tx:
        add_topic(tx, "Mastodon für Vereine", now=NOW)  # a list exists today, but was not shown
    _resend_as(world, "anna@example.org", topic_numbers=[])
    decision, _ = decide_and_record(
        world, answer_to(world.sent["anna@example.org"], "+1 für Thema 1")
    )
    assert decision.outcome is InboxOutcome.REVIEW
    assert "no numbered topic list" in decision.reason


def test_a_vote_by_number_in_a_reply_to_the_reminder_counts_for_the_invitations_list(
    world: World,
) -> None:
    anna = world.member("anna@example.org")
    with world.ws.store.transaction() as tx:
        reminder = queue_message(
            tx, member=anna, kind=MailKind.REMINDER, event=world.event, now=NOW
        )
        tx.put(dataclasses.replace(reminder, state=OutboxState.SENT))
        invitation = tx.outgoing_by_message_id(world.sent["anna@example.org"].message_id)
    assert invitation is not None and invitation.reply_key and reminder.reply_key
    invited = world.sent["anna@example.org"]
    sent = dataclasses.replace(
        invited,
        message_id=reminder.message_id,
        reply_to=invited.reply_to.replace(invitation.reply_key, reminder.reply_key),
    )
    decision, view = decide_and_record(world, answer_to(sent, "+1 für Thema 2"))
    assert decision.outcome is InboxOutcome.TOPIC, decision.reason
    voted = [t.title for t in view.topics() if anna.id in t.votes]
    assert voted == ["Barrierefreie Posts"]


def test_a_topic_beside_thanks_words_in_a_reply_to_the_thanks_mail_is_recorded(
    world: World,
) -> None:
    _resend_as(world, "anna@example.org", kind=MailKind.THANKS)
    reply = "Ja, war ein toller Abend!\nThemenvorschlag: Newsletter mit Brevo"
    decision, view = decide_and_record(world, answer_to(world.sent["anna@example.org"], reply))
    assert decision.outcome is InboxOutcome.TOPIC, decision.reason
    anna = world.member("anna@example.org")
    assert [t.title for t in view.topics() if t.suggested_by == anna.id] == ["Newsletter mit Brevo"]
    assert view.rsvps() == []


def test_a_vote_naming_an_open_topic_in_other_words_counts_for_it(world: World) -> None:
    anna = world.member("anna@example.org")
    reply = "+1 für die barrierefreien Posts"
    decision, view = decide_and_record(world, answer_to(world.sent["anna@example.org"], reply))
    assert decision.outcome is InboxOutcome.TOPIC, decision.reason
    assert [t.title for t in view.topics() if anna.id in t.votes] == ["Barrierefreie Posts"]


def test_a_suggestion_naming_an_open_topic_is_a_vote_not_a_second_topic(world: World) -> None:
    anna = world.member("anna@example.org")
    with world.ws.store.transaction() as tx:
        add_topic(tx, "Social Media in KMU", now=NOW)
    reply = "Ich komme. Thema: KMU"
    decision, view = decide_and_record(world, answer_to(world.sent["anna@example.org"], reply))
    assert decision.outcome is InboxOutcome.ANSWER_TOPIC, decision.reason
    assert [t.title for t in view.topics() if anna.id in t.votes] == ["Social Media in KMU"]
    assert [t.title for t in view.topics() if t.suggested_by == anna.id] == []


def test_a_vote_naming_no_open_topic_goes_to_review(world: World) -> None:
    decision, _ = decide_and_record(
        world, answer_to(world.sent["anna@example.org"], "+1 für TikTok")
    )
    assert decision.outcome is InboxOutcome.REVIEW
    assert "names no open topic" in decision.reason


def _answered(world: World, address: str, answer: Answer) -> None:
    with world.ws.store.transaction() as tx:
        set_answer(
            tx, event=world.event, member=world.member(address), answer=answer,
            source=AnswerSource.EMAIL, message_id=None, now=NOW,
        )  # fmt: skip


def test_a_reply_to_the_acknowledgement_that_gives_another_answer_corrects_it(
    world: World,
) -> None:
    _answered(world, "anna@example.org", Answer.YES)
    _resend_as(world, "anna@example.org", kind=MailKind.ACKNOWLEDGEMENT)
    reply = "Da ist was schiefgelaufen: ich hatte abgesagt! Ich komme NICHT."
    decision, view = decide_and_record(world, answer_to(world.sent["anna@example.org"], reply))
    assert decision.outcome is InboxOutcome.ANSWER, decision.reason
    assert [r.answer for r in view.rsvps()] == [Answer.NO]


def test_a_reply_to_the_acknowledgement_repeating_the_answer_adds_nothing(world: World) -> None:
    _answered(world, "anna@example.org", Answer.YES)
    _resend_as(world, "anna@example.org", kind=MailKind.ACKNOWLEDGEMENT)
    decision, _ = decide_and_record(
        world, answer_to(world.sent["anna@example.org"], "Alles klar, ich komme!")
    )
    assert decision.outcome is InboxOutcome.REVIEW


def test_a_reply_to_the_acknowledgement_that_brings_someone_after_all_corrects_it(
    world: World,
) -> None:
    _answered(world, "anna@example.org", Answer.YES)
    _resend_as(world, "anna@example.org", kind=MailKind.ACKNOWLEDGEMENT)
    reply = "Danke für die Bestätigung! Kleine Änderung: Ich bringe doch meine Kollegin mit."
    decision, view = decide_and_record(world, answer_to(world.sent["anna@example.org"], reply))
    assert decision.outcome is InboxOutcome.ANSWER, decision.reason
    assert [(r.answer, r.guests) for r in view.rsvps()] == [(Answer.YES, 1)]


def test_a_reply_to_the_reminder_saying_only_still_on_keeps_the_yes(world: World) -> None:
    _answered(world, "anna@example.org", Answer.YES)
    _resend_as(world, "anna@example.org", kind=MailKind.REMINDER)
    reply = "Cheers for the nudge – still on!"
    decision, view = decide_and_record(world, answer_to(world.sent["anna@example.org"], reply))
    assert decision.outcome is InboxOutcome.ANSWER, decision.reason
    assert [r.answer for r in view.rsvps()] == [Answer.YES]


def test_still_on_to_a_reminder_after_a_maybe_goes_to_review(world: World) -> None:
    _answered(world, "anna@example.org", Answer.MAYBE)
    _resend_as(world, "anna@example.org", kind=MailKind.REMINDER)
    decision, view = decide_and_record(
        world, answer_to(world.sent["anna@example.org"], "Still on!")
    )
    assert decision.outcome is InboxOutcome.REVIEW
    assert [r.answer for r in view.rsvps()] == [Answer.MAYBE]


def test_still_on_to_the_invitation_is_no_answer(world: World) -> None:
    decision, view = decide_and_record(
        world, answer_to(world.sent["anna@example.org"], "Still on!")
    )
    assert decision.outcome is InboxOutcome.REVIEW
    assert view.rsvps() == []


@pytest.mark.parametrize("kind", [MailKind.ACKNOWLEDGEMENT, MailKind.REMINDER])
@pytest.mark.parametrize(
    ("recorded", "reply", "corrected"),
    [
        pytest.param(
            Answer.YES,
            "Da ist was schiefgelaufen: Ich habe abgesagt, nicht zugesagt. Bitte korrigieren.",
            Answer.NO,
            id="de-abgesagt-nicht-zugesagt",
        ),
        pytest.param(
            Answer.YES,
            "Hmm, I said maybe, not yes – still waiting on the rota.",
            Answer.MAYBE,
            id="en-said-maybe",
        ),
        pytest.param(Answer.NO, "Moment, ich hatte zugesagt!", Answer.YES, id="de-hatte-zugesagt"),
    ],
)
def test_the_answer_restated_after_a_mail_saying_what_was_recorded_corrects_it(
    world: World, kind: MailKind, recorded: Answer, reply: str, corrected: Answer
) -> None:
    _answered(world, "anna@example.org", recorded)
    _resend_as(world, "anna@example.org", kind=kind)
    decision, view = decide_and_record(world, answer_to(world.sent["anna@example.org"], reply))
    assert decision.outcome is InboxOutcome.ANSWER, decision.reason
    assert [r.answer for r in view.rsvps()] == [corrected]


def test_an_answer_restated_with_nothing_recorded_goes_to_review(world: World) -> None:
    _resend_as(world, "anna@example.org", kind=MailKind.ACKNOWLEDGEMENT)
    reply = "Ich habe abgesagt, nicht zugesagt."
    decision, view = decide_and_record(world, answer_to(world.sent["anna@example.org"], reply))
    assert decision.outcome is InboxOutcome.REVIEW
    assert view.rsvps() == []


@pytest.mark.parametrize(
    "reply",
    [
        pytest.param("Danke, still on!\n\nLG Ute", id="mixed-still-on"),
        pytest.param("Merci, bleibt dabei!", id="de-bleibt-dabei"),
        pytest.param("Thanks – nothing's changed.", id="en-nothing-changed"),
    ],
)
def test_still_on_beside_words_that_might_name_a_topic_keeps_the_yes(
    world: World, reply: str
) -> None:
    _answered(world, "anna@example.org", Answer.YES)
    _resend_as(world, "anna@example.org", kind=MailKind.REMINDER)
    decision, view = decide_and_record(world, answer_to(world.sent["anna@example.org"], reply))
    assert decision.outcome is InboxOutcome.ANSWER, decision.reason
    assert [r.answer for r in view.rsvps()] == [Answer.YES]
