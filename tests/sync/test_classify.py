"""From a matched reply to a decision, and what recording it changes."""

from __future__ import annotations

from sync.conftest import World
from sync.deciding import decide_and_record
from sync.replies import answer_to, auto_reply, bounce, reply

from mail.analysis import analyse
from somek_tui.models import Answer, AnswerSource, InboxOutcome, MemberStatus
from somek_tui.services.classify import LOOP_GUARD


def test_a_yes_is_recorded_for_the_keys_member(world: World) -> None:
    raw = answer_to(world.sent["anna@example.org"], "Ja, ich komme +1")
    decision, view = decide_and_record(world, raw)
    assert decision.outcome is InboxOutcome.ANSWER
    rsvp = view.rsvp(world.event.id, world.member("anna@example.org").id)
    assert rsvp is not None and (rsvp.answer, rsvp.guests) == (Answer.YES, 1)
    assert rsvp.source is AnswerSource.EMAIL and rsvp.message_id == analyse(raw).message_id


def test_unsubscribe_in_words_marks_the_member_unsubscribed(world: World) -> None:
    raw = answer_to(world.sent["joerg@example.org"], "Ich möchte mich bitte abmelden.")
    decision, view = decide_and_record(world, raw)
    assert decision.outcome is InboxOutcome.UNSUBSCRIBE
    joerg = view.member_by_email("joerg@example.org")
    assert joerg.status is MemberStatus.UNSUBSCRIBED
    assert analyse(raw).message_id in (joerg.consent[-1].source or "")
    assert view.rsvps() == []


def test_a_permanent_bounce_marks_the_member_bouncing(world: World) -> None:
    sent = world.sent["emily@example.org"]
    decision, view = decide_and_record(
        world, bounce(failed="emily@example.org", original_message_id=sent.message_id)
    )
    assert decision.outcome is InboxOutcome.BOUNCE
    emily = view.member_by_email("emily@example.org")
    assert (emily.status, emily.bounce_count, emily.soft_bounces) == (MemberStatus.BOUNCING, 1, 0)
    assert "bounce" in (emily.consent[-1].source or "")


def test_a_transient_bounce_is_only_counted(world: World) -> None:
    sent = world.sent["emily@example.org"]
    raw = bounce(failed="emily@example.org", original_message_id=sent.message_id, permanent=False)
    decision, view = decide_and_record(world, raw)
    emily = view.member_by_email("emily@example.org")
    assert decision.outcome is InboxOutcome.BOUNCE
    assert (emily.status, emily.bounce_count, emily.soft_bounces) == (MemberStatus.ACTIVE, 0, 1)


def test_an_auto_reply_records_nothing(world: World) -> None:
    before = world.ws.store.read().counts()
    decision, view = decide_and_record(
        world, auto_reply(sender="anna@example.org", to=world.sent["anna@example.org"].reply_to)
    )
    assert decision.outcome is InboxOutcome.AUTO_REPLY
    assert view.counts() == before


def test_mail_from_our_own_address_is_stopped_by_the_loop_guard(world: World) -> None:
    for sender in ("stammtisch@example.org", "Stammtisch+abc123@Example.org"):
        decision, view = decide_and_record(world, reply("Ja, ich komme.", sender=sender))
        assert (decision.outcome, decision.reason) == (InboxOutcome.AUTO_REPLY, LOOP_GUARD)
    assert view.rsvps() == []


def test_a_vote_by_number_counts_for_the_topic_numbered_so_in_the_invitation(
    world: World,
) -> None:
    sent = world.sent["mehmet@example.org"]
    decision, view = decide_and_record(world, answer_to(sent, "Ich bin dabei, +1 für Thema 2"))
    assert decision.outcome is InboxOutcome.ANSWER_TOPIC
    mehmet = world.member("mehmet@example.org")
    voted = [t.title for t in view.topics() if mehmet.id in t.votes]
    assert voted == ["Barrierefreie Posts"]
    # once per member and topic
    decide_and_record(world, answer_to(sent, "+1 für Thema 2"))
    assert world.ws.store.read().topic_by_title("Barrierefreie Posts").votes == [mehmet.id]


def test_a_vote_for_the_last_place_counts_for_the_last_topic_the_invitation_listed(
    world: World,
) -> None:
    sent = world.sent["mehmet@example.org"]
    decision, view = decide_and_record(
        world, answer_to(sent, "Ich stimme für das letzte auf der Liste.")
    )
    assert decision.outcome is InboxOutcome.TOPIC
    outgoing = view.outgoing_by_message_id(sent.message_id)
    assert outgoing is not None and outgoing.topic_numbers
    last = view.topic(outgoing.topic_numbers[-1])
    assert last is not None and world.member("mehmet@example.org").id in last.votes


def test_a_vote_for_a_number_the_invitation_did_not_list_goes_to_review(world: World) -> None:
    decision, _ = decide_and_record(
        world, answer_to(world.sent["anna@example.org"], "+1 für Thema 7")
    )
    assert decision.outcome is InboxOutcome.REVIEW and "7" in decision.reason


def test_suggesting_an_existing_topic_counts_as_a_vote(world: World) -> None:
    before = len(world.ws.store.read().topics())
    decision, view = decide_and_record(
        world, answer_to(world.sent["emily@example.org"], "Thema: mastodon für Vereine!")
    )
    assert decision.outcome is InboxOutcome.TOPIC
    assert len(view.topics()) == before
    topic = view.topic_by_title("Mastodon für Vereine")
    assert world.member("emily@example.org").id in topic.votes


def test_a_new_topic_is_credited_to_the_member_with_the_message_id(world: World) -> None:
    raw = answer_to(world.sent["emily@example.org"], "Thema: Threads oder Bluesky?")
    decision, view = decide_and_record(world, raw)
    topic = view.topic_by_title("Threads oder Bluesky")
    assert decision.outcome is InboxOutcome.TOPIC
    assert topic.suggested_by == world.member("emily@example.org").id
    assert topic.message_id == analyse(raw).message_id


def test_a_suggestion_with_a_question_about_it_records_the_topic(world: World) -> None:
    raw = answer_to(
        world.sent["emily@example.org"],
        "Könnten wir mal über Dienstpläne in der Pflege sprechen? Wie schafft ihr das?",
    )
    decision, view = decide_and_record(world, raw)
    assert decision.outcome is InboxOutcome.TOPIC
    assert view.topic_by_title("Dienstpläne in der Pflege") is not None
    assert view.rsvps() == []


def test_a_question_beside_an_answer_and_a_topic_still_goes_to_review(world: World) -> None:
    raw = answer_to(
        world.sent["emily@example.org"], "Thema: Dienstpläne\n\nKann ich auch später kommen?"
    )
    decision, view = decide_and_record(world, raw)
    assert decision.outcome is InboxOutcome.REVIEW
    assert view.rsvps() == []


def test_a_contradictory_answer_goes_to_review(world: World) -> None:
    raw = answer_to(world.sent["anna@example.org"], "Ja, ich komme. Nein, doch nicht.")
    decision, view = decide_and_record(world, raw)
    assert decision.outcome is InboxOutcome.REVIEW and "contradictory" in decision.reason
    assert view.rsvps() == []


def test_nothing_understood_goes_to_review(world: World) -> None:
    decision, _ = decide_and_record(
        world, answer_to(world.sent["anna@example.org"], "Hallo zusammen")
    )
    assert decision.outcome is InboxOutcome.REVIEW
    assert "no answer" in decision.reason


def test_a_join_request_from_a_stranger_goes_to_review(world: World) -> None:
    raw = reply("I would like to join your mailing list.", sender="new@example.net")
    decision, view = decide_and_record(world, raw)
    assert (decision.outcome, decision.reason) == (InboxOutcome.REVIEW, "join request")
    assert view.rsvps() == []


def test_a_stranger_answering_goes_to_review(world: World) -> None:
    decision, view = decide_and_record(
        world, reply("Ja, ich komme.", sender="stranger@example.net")
    )
    assert decision.outcome is InboxOutcome.REVIEW
    assert view.rsvps() == []
