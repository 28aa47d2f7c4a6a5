from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from mail.compose import mail_context
from somek_tui.config import OrganizerSettings, Settings
from somek_tui.models import Answer, Event, Language, Member, Rsvp, Topic, Venue

BERLIN = ZoneInfo("Europe/Berlin")
SETTINGS = Settings(organizer=OrganizerSettings(name="Stammtisch", reply_to="s+{key}@example.org"))
MEMBER = Member(
    id="m1", email="jo@example.org", name="Jo", language=Language.EN, unsubscribe_key="uk"
)
EVENT = Event(
    id="ev1",
    title="Evening",
    start=datetime(2026, 1, 22, 18, 0, tzinfo=ZoneInfo("UTC")),
    venue=Venue("Bar", "Köln"),
)


def test_open_topics_are_numbered_from_one_in_the_given_order() -> None:
    topics = [Topic(id="b", title="B", votes=["x"]), Topic(id="a", title="A")]
    context = mail_context("invitation", MEMBER, EVENT, SETTINGS, topics)
    assert [(t["number"], t["title"], t["votes"]) for t in context["open_topics"]] == [
        (1, "B", 1),
        (2, "A", 0),
    ]


def test_event_times_are_shown_in_the_organizer_timezone() -> None:
    context = mail_context("invitation", MEMBER, EVENT, SETTINGS)
    assert context["event"]["when"] == "Thursday, 22 January 2026 at 7:00 PM"
    assert context["event"]["start"].tzinfo == BERLIN


def test_recorded_answer_comes_from_an_rsvp() -> None:
    rsvp = Rsvp(event_id="ev1", member_id="m1", answer=Answer.YES, guests=2, waitlisted=True)
    context = mail_context("acknowledgement", MEMBER, EVENT, SETTINGS, extra={"rsvp": rsvp})
    assert context["answer"] == {"value": "yes", "guests": 2, "waitlisted": True}


def test_reply_and_unsubscribe_addresses() -> None:
    context = mail_context("invitation", MEMBER, EVENT, SETTINGS, reply_key="rk")
    assert context["reply_address"] == "s+rk@example.org"
    assert context["unsubscribe_address"] == "s+unsubscribe-uk@example.org"
    assert context["unsubscribe_mailto"].endswith("?subject=unsubscribe")


def test_previous_details_mark_what_changed() -> None:
    before = {"start": datetime(2026, 1, 21, 19, 0, tzinfo=BERLIN), "venue": Venue("Bar", "Köln")}
    context = mail_context("changed", MEMBER, EVENT, SETTINGS, extra={"previous": before})
    assert context["previous"]["time_changed"] is True
    assert context["previous"]["venue_changed"] is False
    assert context["previous"]["when"] == "Wednesday, 21 January 2026 at 7:00 PM"


def test_unknown_extra_keys_pass_through() -> None:
    context = mail_context("invitation", MEMBER, EVENT, SETTINGS, extra={"custom": 1})
    assert context["custom"] == 1


def test_contributors_are_listed_by_name_and_subject() -> None:
    context = mail_context("invitation", MEMBER, EVENT, SETTINGS, contributors=[("Ben", "Ads")])
    assert context["event"]["contributors"] == [{"name": "Ben", "subject": "Ads"}]
