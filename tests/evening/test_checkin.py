"""Check-in: the list at the door, who came, walk-ins and undoing a slip."""

from __future__ import annotations

from datetime import timedelta

import pytest
from evening.world import AFTER, Evening, check_in

from somek_tui.models import Answer, ConsentHow, InvalidInput, MailKind, MemberStatus
from somek_tui.services.evening import (
    add_walk_in,
    attendance,
    checkin_list,
    first_evenings,
    is_walk_in,
    next_announced,
    record_attendance,
)
from somek_tui.services.events import cancel_event

DURING = AFTER - timedelta(hours=12)


def test_the_list_shows_yes_and_maybe_but_not_no(evening: Evening) -> None:
    rows = checkin_list(evening.ws.store.read(), evening.event)
    assert [(r.member.email, r.answer) for r in rows] == [
        ("anna@example.org", "yes"),
        ("joerg@example.org", "yes"),
        ("emily@example.org", "maybe"),
    ]


def test_the_list_shows_who_came(evening: Evening) -> None:
    check_in(evening, "anna@example.org")
    rows = {r.member.email: r.came for r in checkin_list(evening.ws.store.read(), evening.event)}
    assert rows["anna@example.org"] is True
    assert rows["joerg@example.org"] is None


def test_someone_who_said_no_and_came_is_on_the_list_as_a_walk_in(evening: Evening) -> None:
    with evening.ws.store.transaction() as tx:
        record_attendance(tx, evening.event.id, "mehmet@example.org", True, DURING)
    rows = {r.member.email: r for r in checkin_list(evening.ws.store.read(), evening.event)}
    assert rows["mehmet@example.org"].walk_in


def test_the_list_counts_no_shows_over_all_evenings(evening: Evening) -> None:
    check_in(evening, "joerg@example.org", attended=False)
    rows = {r.member.email: r for r in checkin_list(evening.ws.store.read(), evening.event)}
    assert rows["joerg@example.org"].no_shows == 1
    assert rows["anna@example.org"].no_shows == 0


def test_recording_attendance_finds_the_member_by_address_or_id(evening: Evening) -> None:
    joerg = evening.member("joerg@example.org")
    with evening.ws.store.transaction() as tx:
        record_attendance(tx, evening.event.id, "ANNA@example.org", True, DURING)
        record_attendance(tx, evening.event.id, joerg.id, True, DURING)
    view = evening.ws.store.read()
    assert all(r.attended for r in view.rsvps(event_id=evening.event.id) if r.answer is Answer.YES)


def test_a_member_who_never_answered_gets_a_yes_when_checked_in(evening: Evening) -> None:
    with evening.ws.store.transaction() as tx:
        tx.delete(tx.rsvp(evening.event.id, evening.member("emily@example.org").id))
        rsvp = record_attendance(tx, evening.event.id, "emily@example.org", True, DURING)
    assert rsvp is not None
    assert (rsvp.answer, rsvp.attended) == (Answer.YES, True)
    assert is_walk_in(rsvp, evening.event)


def test_marking_absent_after_a_mistaken_walk_in_check_in_removes_it(evening: Evening) -> None:
    with evening.ws.store.transaction() as tx:
        walk_in = add_walk_in(tx, evening.event.id, "nina@example.org", "Nina Neu", DURING)
        undone = record_attendance(tx, evening.event.id, "nina@example.org", False, DURING)
    assert undone is None
    assert evening.ws.store.read().rsvp(evening.event.id, walk_in.member.id) is None


def test_marking_absent_keeps_a_real_answer_as_a_no_show(evening: Evening) -> None:
    with evening.ws.store.transaction() as tx:
        rsvp = record_attendance(tx, evening.event.id, "joerg@example.org", False, DURING)
    assert rsvp is not None
    assert (rsvp.answer, rsvp.attended) == (Answer.YES, False)


def test_marking_absent_someone_without_an_answer_is_an_error(evening: Evening) -> None:
    with evening.ws.store.transaction() as tx:
        tx.delete(tx.rsvp(evening.event.id, evening.member("emily@example.org").id))
        with pytest.raises(InvalidInput, match="no answer"):
            record_attendance(tx, evening.event.id, "emily@example.org", False, DURING)


def test_nobody_checks_in_to_a_cancelled_event(evening: Evening) -> None:
    with evening.ws.store.transaction() as tx:
        cancel_event(tx, evening.event.id)
        with pytest.raises(InvalidInput, match="cancelled"):
            record_attendance(tx, evening.event.id, "anna@example.org", True, DURING)


def test_an_unknown_walk_in_becomes_a_member_with_the_organizers_consent(
    evening: Evening,
) -> None:
    with evening.ws.store.transaction() as tx:
        walk_in = add_walk_in(tx, evening.event.id, "nina@example.org", "Nina Neu", DURING)
    assert walk_in.added
    assert walk_in.member.name == "Nina Neu"
    consent = walk_in.member.consent[-1]
    assert (consent.how, consent.source) == (ConsentHow.ORGANIZER, "walk-in at e1")
    assert walk_in.rsvp.attended is True


def test_an_unknown_walk_in_is_pending_until_they_confirm_joining(evening: Evening) -> None:
    with evening.ws.store.transaction() as tx:
        walk_in = add_walk_in(tx, evening.event.id, "nina@example.org", "Nina Neu", DURING)
    view = evening.ws.store.read()
    member = view.member_by_email("nina@example.org")
    assert member is not None and member.status is MemberStatus.PENDING
    assert walk_in.confirmation is not None
    queued = view.outbox(member_id=member.id)
    assert [r.kind for r in queued] == [MailKind.JOIN_CONFIRM]


def test_a_known_walk_in_is_only_checked_in(evening: Evening) -> None:
    with evening.ws.store.transaction() as tx:
        walk_in = add_walk_in(tx, evening.event.id, "mehmet@example.org", "", DURING)
    assert not walk_in.added
    assert walk_in.member.id == evening.member("mehmet@example.org").id
    assert len(evening.ws.store.read().members()) == 4


def test_attendance_counts_members_and_their_guests(evening: Evening) -> None:
    check_in(evening, "anna@example.org", "joerg@example.org")
    counts = attendance(evening.ws.store.read(), evening.event)
    assert (counts.members, counts.guests, counts.total) == (2, 1, 3)


def test_attendance_counts_walk_ins_and_who_is_not_checked_yet(evening: Evening) -> None:
    check_in(evening, "anna@example.org")
    with evening.ws.store.transaction() as tx:
        add_walk_in(tx, evening.event.id, "nina@example.org", "Nina", DURING)
    counts = attendance(evening.ws.store.read(), evening.event)
    assert (counts.walk_ins, counts.unchecked, counts.said_yes) == (1, 1, 2)


def test_a_new_face_is_someone_whose_first_evening_this_is(evening: Evening) -> None:
    check_in(evening, "anna@example.org", "joerg@example.org")
    view = evening.ws.store.read()
    assert first_evenings(view) == {
        evening.member("anna@example.org").id: evening.event.id,
        evening.member("joerg@example.org").id: evening.event.id,
    }
    assert attendance(view, evening.event).new_faces == 2


def test_someone_who_came_before_is_no_new_face(evening: Evening) -> None:
    check_in(evening, "anna@example.org")
    with evening.ws.store.transaction() as tx:
        record_attendance(tx, evening.following.id, "anna@example.org", True, DURING)
    assert attendance(evening.ws.store.read(), evening.following).new_faces == 0


def test_the_next_date_is_the_next_announced_event_not_yet_begun(evening: Evening) -> None:
    view = evening.ws.store.read()
    assert next_announced(view, evening.event, AFTER) == evening.following
    assert next_announced(view, evening.event, evening.following.start) is None
