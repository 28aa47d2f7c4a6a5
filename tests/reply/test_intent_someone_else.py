"""Someone writes for the member, or comes in the member's place."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from somek_tui.models import Answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Herr Berg lässt ausrichten, dass er leider nicht kommen kann.", Answer.NO),
        ("Frau Wolf lässt Ihnen ausrichten, dass sie gerne kommt.", Answer.YES),
        ("On behalf of Dr. Lee: he will attend.", Answer.YES),
        ("Writing on behalf of Mr. Park, he can't make it.", Answer.NO),
    ],
)
def test_an_assistants_message_answers_for_the_member(text: str, answer: Answer) -> None:
    assert (read_intent(text).answer, read_intent(text).problem) == (answer, "")


@pytest.mark.parametrize(
    "text",
    [
        "Mein Kollege kommt statt mir.",
        "Ich kann nicht, aber Frau Kühn kommt an meiner Stelle.",
        "My colleague Sam will come instead of me.",
        "I'll send Priya in my place.",
    ],
)
def test_a_stand_in_is_a_no_for_the_member_with_the_stand_in_as_evidence(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (Answer.NO, "")
    assert any("instead" in phrase for phrase in intent.evidence)


def test_a_title_or_a_date_inside_a_sentence_does_not_end_it() -> None:
    intent = read_intent("Frau Dr. Hartmann lässt sich für den Termin am 28. Januar entschuldigen.")
    assert (intent.answer, intent.problem) == (Answer.NO, "")


@pytest.mark.parametrize(
    "text",
    [
        "Hier schreibt Claudia für meinen Mann: er kommt!",
        "Ich bestätige für Frau Braun, sie kommt.",
    ],
)
def test_someone_writing_for_the_member_answers_for_them(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


def test_someone_else_who_might_come_does_not_make_the_members_no_a_maybe() -> None:
    intent = read_intent("Ich schaffe es nicht, aber vielleicht kommt meine Vertretung.")
    assert (intent.answer, intent.problem) == (Answer.NO, "")


@pytest.mark.parametrize(
    "text",
    [
        "Ich schaffe es nicht. Mein Kollege Jan würde stattdessen vorbeikommen, geht das?",
        "I can't make it; my deputy would like to come instead - would that be ok?",
    ],
)
def test_a_stand_in_asked_about_is_still_the_members_no(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (Answer.NO, "")


@pytest.mark.parametrize(
    "text",
    [
        "I'll come with my partner instead of alone.",
        "Mein Mann und ich kommen stattdessen zusammen.",
    ],
)
def test_coming_along_instead_of_alone_is_no_stand_in(text: str) -> None:
    assert read_intent(text).answer is not Answer.NO


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "Hallo, hier schreibt seine Frau. Mein Mann kommt leider nicht, er liegt flach.",
            Answer.NO,
        ),
        ("My wife can't come this time, she's away. Best, Tom (her husband)", Answer.NO),
        ("My husband is coming, thanks! Anna (his wife)", Answer.YES),
    ],
)
def test_a_partner_signing_for_the_member_answers_for_them(text: str, answer: Answer) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (answer, "")


def test_a_partner_named_by_the_member_still_answers_only_for_the_partner() -> None:
    intent = read_intent("Mein Mann muss leider absagen, er hat Spätdienst.")
    assert intent.answer is None
