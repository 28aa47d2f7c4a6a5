"""Answers in a clipped phrase, the subject left out or put after the verb: "Not
available that evening.", "An dem Abend bin ich nicht verfügbar", "Leider nicht
verfügbar", "Will attend.", "Won't attend." A careful organizer reads each at once;
unread, they went to review. An availability that only starts later ("not available
until 8", "nicht verfügbar bis 19 Uhr") or an attendance moved or made conditional is
never read as the opposite answer."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

REFUSALS = [
    pytest.param("Not available that evening.", id="not-available-that-evening"),
    pytest.param("Not available, sorry.", id="not-available-sorry"),
    pytest.param("Sorry, not available on the 28th.", id="sorry-not-available"),
    pytest.param("Unfortunately not free that night.", id="not-free"),
    pytest.param("An dem Abend bin ich nicht verfügbar.", id="de-an-dem-abend"),
    pytest.param("Am 28. bin ich nicht verfügbar.", id="de-am-28"),
    pytest.param("Wir sind an dem Abend leider nicht verfügbar.", id="de-wir-sind"),
    pytest.param("Ich bin nicht verfügbar.", id="de-ich-bin"),
    pytest.param("Leider nicht verfügbar.", id="de-leider-nicht-verfuegbar"),
    pytest.param("Nicht verfügbar an dem Abend, sorry.", id="de-nicht-verfuegbar-first"),
    pytest.param("Will not attend.", id="will-not-attend"),
    pytest.param("Won't attend, apologies.", id="wont-attend"),
    pytest.param("Shall not be attending this time.", id="shall-not-be-attending"),
]

YESES = [
    pytest.param("Will attend.", id="will-attend"),
    pytest.param("Shall attend, thanks.", id="shall-attend"),
    pytest.param("Will gladly attend.", id="will-gladly-attend"),
    pytest.param("Will definitely attend. Regards, K. Lindqvist", id="will-definitely-attend"),
    pytest.param("Will be attending.", id="will-be-attending"),
]

# availability that starts later, attendance moved or conditional: never a no or a yes
NOT_A_NO = [
    pytest.param("Not available until 8, but I'll come after.", id="until-8-then-come"),
    pytest.param("Not available till 8.", id="till-8"),
    pytest.param("Nicht verfügbar bis 19 Uhr, komme dann später.", id="de-bis-19-uhr"),
    pytest.param("Am Donnerstag bin ich nicht verfügbar bis 20 Uhr.", id="de-erst-ab-20"),
    pytest.param("Won't come late this time, I promise – I'll be there at 7.", id="wont-come-late"),
]
NOT_A_YES = [
    pytest.param("Will attend next month instead.", id="next-month"),
    pytest.param("Will attend if I can get a sitter.", id="if"),
    pytest.param("Will attend? Not sure yet.", id="asked-back"),
    pytest.param("Will attend another time, not this one.", id="another-time"),
]


@pytest.mark.parametrize("text", REFUSALS)
def test_a_clipped_refusal_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize("text", REFUSALS)
def test_a_clipped_refusal_is_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO


@pytest.mark.parametrize("text", YESES)
def test_a_clipped_yes_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", YESES)
def test_a_clipped_yes_is_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize("text", NOT_A_NO)
def test_an_availability_starting_later_is_never_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize("text", NOT_A_YES)
def test_an_attendance_moved_or_conditional_is_never_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES
