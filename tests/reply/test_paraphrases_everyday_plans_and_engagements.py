"""Everyday answers given by a plan, an engagement or a worry, as strangers write them.

A plan kept for the evening is a yes; an engagement named for its day is a no, unless
the member comes after it; a worry the member will report if it comes true leaves a
yes standing; a state that may pass (ill now, on call, an engagement that may run
long) beside a real doubt is a maybe. The evening is on Thursday 28 January; the mail
is written on Monday 18 January. Each row is one way of saying it, in words of our own.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest

from mail.analysis import analyse
from mail.types import Answer
from somek_tui.models.events import Event
from somek_tui.services.answer_context import another_day_reason, said_of_the_evening

CLUB = ZoneInfo("Europe/Berlin")
EVENING = Event(id="e1", title="Stammtisch", start=datetime(2027, 1, 28, 18, 0, tzinfo=UTC))


def _recorded(text: str) -> Answer | None:
    """The answer the decision records for the reply, None when a person must look."""
    message = EmailMessage()
    message["From"] = "Anna <anna@example.org>"
    message["To"] = "somek@example.org"
    message["Subject"] = "Re: Einladung zum Stammtisch"
    message["Date"] = "Mon, 18 Jan 2027 10:00:00 +0100"
    message["Message-ID"] = "<reply-1@example.org>"
    message.set_content(text)
    analysis = said_of_the_evening(analyse(bytes(message)), EVENING, CLUB)
    return None if another_day_reason(analysis, EVENING, CLUB) else analysis.answer


@pytest.mark.parametrize(
    "text",
    [
        "Hallo zusammen, die Woche war wild. Ich plane den Abend auf jeden Fall ein!",
        "Den Donnerstag hab ich mir schon freigehalten.",
        "Hab mir den Donnerstag schon im Kalender eingetragen, freu mich.",
        "Danke für die Einladung! Der Termin ist notiert.",
        "Wir haben uns den 28. dick angestrichen.",
        "Hi Tom, the kids are back at school and I have my evenings again. Thursday's in the "
        "diary!",
        "Thanks for organising. I'm planning on coming, as always.",
    ],
)
def test_a_plan_kept_for_the_evening_is_a_yes(text: str) -> None:
    assert _recorded(text) is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        "Hallo, Donnerstag ist bei uns Elternabend, da muss ich hin.",
        "Blöderweise ist am 28. unsere Inventur im Laden.",
        "Ich bin am Donnerstag beim Kunden in Stuttgart.",
        "Ich sitze an dem Abend leider in der Mitgliederversammlung vom Turnverein.",
        "Leider fliege ich genau am 28. nach Lissabon.",
        "Am 28. heiratet mein Bruder, da bin ich natürlich in Münster. Viel Spaß euch!",
        "Sorry, the 28th is the AGM of the sailing club and I'm the treasurer.",
        "Thursday is parents' evening at school, I'm afraid.",
        "I'm flying to Madrid that Thursday, so count me out.",
    ],
)
def test_an_engagement_named_for_the_evening_is_a_no(text: str) -> None:
    assert _recorded(text) is Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        "Am 28. ist bei uns Inventur, danach komme ich aber noch vorbei.",
        "Bin am Donnerstag bis fünf beim Kunden in Bonn, danach komme ich direkt rüber.",
        "I've got football practice till 7 and I'll come straight after.",
        "Got a client meeting at 5, straight after I'll come over.",
    ],
)
def test_an_engagement_the_member_comes_after_declines_nothing(text: str) -> None:
    assert _recorded(text) is Answer.YES


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("Start without me, I'll be there by 8.", Answer.YES),
        ("Fangt ruhig schon mal ohne mich an, ich bin gegen halb acht da.", Answer.YES),
        ("Don't wait for me to order, I'll be there around 8:30.", Answer.YES),
        ("Start without me, I can't make it this time.", Answer.NO),
        ("Fangt ohne mich an, ich schaffe es diesmal leider nicht.", Answer.NO),
        ("Fangt ohne mich an.", None),
    ],
)
def test_starting_without_the_member_says_when_they_come_not_whether(
    text: str, meant: Answer | None
) -> None:
    assert _recorded(text) is meant


@pytest.mark.parametrize(
    "text",
    [
        "Ich komme, aber falls der Zug ausfällt, melde ich mich.",
        "Bin dabei! Sollte die Bahn streiken, sag ich kurz Bescheid.",
        "Count me in! In case my flight back is delayed I'll let you know.",
        "I'll be there. If the meeting before runs over I'll text you.",
    ],
)
def test_a_mishap_the_member_will_report_leaves_the_yes(text: str) -> None:
    assert _recorded(text) is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        "Hallo, ich bin seit gestern erkältet. Ich sag morgen früh Bescheid.",
        "Ich bin etwas angeschlagen, entscheide am Donnerstag spontan.",
        "I'm a bit under the weather, will let you know on Wednesday if I can make it.",
        "Not sure yet, ich hab noch keinen Babysitter.",
        "Ich versuch's, but I'm on call that week.",
        "Ob ich es schaffe, weiß ich noch nicht, da ist nämlich Inventur und die zieht sich.",
    ],
)
def test_a_state_that_may_pass_beside_a_doubt_is_a_maybe(text: str) -> None:
    assert _recorded(text) is Answer.MAYBE


@pytest.mark.parametrize(
    "text",
    [
        "Ich bin krank und kann leider nicht kommen.",
        "I'm sick in bed with the flu, so I'll have to skip this one.",
    ],
)
def test_a_state_said_alone_still_declines(text: str) -> None:
    assert _recorded(text) is Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        "Train strikes permitting, I'll be there.",
        "Weather permitting I'll cycle over.",
        "Work permitting, count me in!",
    ],
)
def test_a_coming_that_something_must_permit_is_a_maybe(text: str) -> None:
    assert _recorded(text) is Answer.MAYBE


@pytest.mark.parametrize(
    "text",
    [
        "Hi all, our baby arrived two weeks ago (all well!), so I'll be missing the next few "
        "meetups.",
        "I'm going to miss the next couple of sessions, new job abroad.",
        "Ich werde die nächsten Stammtische leider verpassen, wir sind im Umzug.",
    ],
)
def test_the_next_few_evenings_missed_is_a_no(text: str) -> None:
    assert _recorded(text) is Answer.NO


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("Ich wollte nur kurz sagen, dass ich am Donnerstag komme.", Answer.YES),
        ("Kurze Rückmeldung, dass wir am 28. dabei sind.", Answer.YES),
        ("I just wanted to let you know that I can't make it this time.", Answer.NO),
        ("Es ist leider unmöglich, dass ich am 28. komme.", Answer.NO),
        ("Ich glaube nicht, dass ich komme.", Answer.NO),
        ("Gut möglich, dass ich komme.", Answer.MAYBE),
    ],
)
def test_coming_said_in_a_clause_of_its_own_is_turned_by_what_governs_it(
    text: str, meant: Answer
) -> None:
    assert _recorded(text) is meant


@pytest.mark.parametrize(
    "text",
    [
        "Ich komme, könnte aber etwas später werden, falls die Besprechung länger dauert.",
        "I'll come, but I might be a bit late if the kids' bedtime drags on.",
        "I'll be there, just hope I find parking!",
        "Bin dabei, hoffentlich find ich einen Parkplatz.",
    ],
)
def test_a_worry_about_the_hour_or_parking_leaves_the_yes(text: str) -> None:
    assert _recorded(text) is Answer.YES


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("Den Termin im Februar schaffe ich nicht, aber am 28. bin ich dabei.", Answer.YES),
        ("Im März bin ich leider auf Reisen, aber am 28. Januar bin ich dabei.", Answer.YES),
        ("Am 28. kann ich leider nicht, aber am 11. Februar komme ich gern.", Answer.NO),
        ("Am 28. komme ich nur, wenn der Termin am 7. ausfällt.", Answer.MAYBE),
    ],
)
def test_one_sentence_answering_two_evenings_is_read_for_this_one(text: str, meant: Answer) -> None:
    assert _recorded(text) is meant


@pytest.mark.parametrize(
    "text",
    [
        "Ich fliege am 27. zurück und bin am 28. dabei.",
        "Ich fliege am Donnerstag früh wieder heim, abends komme ich.",
        "I'm hosting a webinar until 6 that evening, then I'll head over.",
        "I'm flying back from Lisbon that morning, so I'll come straight from the airport.",
        "Donnerstag ist Elternabend bis 19 Uhr, danach komme ich gern.",
    ],
)
def test_an_engagement_that_ends_in_time_is_never_a_no(text: str) -> None:
    assert _recorded(text) is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        "Long story about our football club's accounts. So, very much yes for Thursday.",
        "A big yes to Thursday from me!",
        "Ein klares Ja zum 28., ich freu mich.",
        "Ich bin am 28. wieder in Köln bi mim Fründ, und würd gern cho.",
    ],
)
def test_a_yes_said_with_weight_or_in_dialect_is_a_yes(text: str) -> None:
    assert _recorded(text) is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        "The 28th could be a sitting week. I'll know more by mid-January.",
        "Ob ich mir den Abend freihalten kann, entscheidet sich kurzfristig.",
    ],
)
def test_an_answer_put_off_till_more_is_known_is_a_maybe(text: str) -> None:
    assert _recorded(text) is Answer.MAYBE
