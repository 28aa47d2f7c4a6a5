"""Guests said in words, group sizes that count the member, and guests withdrawn."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from somek_tui.models import Answer


@pytest.mark.parametrize(
    ("text", "guests"),
    [
        ("Wir kommen zu viert.", 3),
        ("Ich komme mit meinen beiden Kolleginnen.", 2),
        ("Ja, mit unseren beiden Praktikanten-Kollegen", 2),
        ("I'll come with both my colleagues", 2),
        ("Wir kommen mit drei Leuten.", 2),
        ("We'll come with four people", 3),
        ("We'll be three.", 2),
        ("Wir sind fünf.", 4),
        ("My partner and I will come.", 1),
        ("Meine Frau und ich kommen gerne", 1),
        ("Ich komme, aber nicht allein 😉", 1),
        ("Yes, and not alone!", 1),
    ],
)
def test_guests_in_words_are_counted(text: str, guests: int) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests, intent.problem) == (Answer.YES, guests, "")


@pytest.mark.parametrize(
    "text",
    [
        "Ich komme doch ohne Begleitung.",
        "My plus-one bailed, but I'll be there.",
        "Komme doch allein.",
        "Meine Frau kann leider doch nicht, ich komme aber.",
    ],
)
def test_a_withdrawn_guest_leaves_the_member_coming_alone(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests, intent.problem) == (Answer.YES, 0, "")


def test_a_guests_no_is_not_the_members_no() -> None:
    intent = read_intent("Mein Kollege kann nicht, ich bin dabei.")
    assert (intent.answer, intent.guests) == (Answer.YES, 0)


def test_several_unnamed_colleagues_still_go_to_review() -> None:
    intent = read_intent("Ich komme mit meinen Kollegen.")
    assert intent.answer is None
    assert "how many" in intent.problem


@pytest.mark.parametrize("text", ["my plus-one cancelled", "Mein Mann muss leider absagen."])
def test_a_withdrawn_guest_without_the_members_own_answer_goes_to_review(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests) == (None, 0)
    assert "no longer comes" in intent.problem


@pytest.mark.parametrize(
    ("text", "guests"),
    [
        ("Ich bring ne Freundin mit.", 1),
        ("Ich komme mit drei Gästen.", 3),
        ("Zusage für mich und meinen Mann.", 1),
        ("Ich komme + Begleitung", 1),
        ("Count us in, three of us.", 2),
        ("Ja, ich bringe meinen Mitbewohner mit.", 1),
    ],
)
def test_more_ways_of_naming_guests(text: str, guests: int) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests, intent.problem) == (Answer.YES, guests, "")


def test_a_companion_who_drops_out_leaves_no_guest() -> None:
    intent = read_intent(
        "Ich bin dabei. Wir wollten zu dritt kommen, aber mein Freund hat abgesagt."
    )
    assert (intent.answer, intent.guests) == (Answer.YES, 0)


def test_a_companion_coming_along_is_one_guest() -> None:
    intent = read_intent("Bin dabei, meine Schwester kommt auch mit.")
    assert (intent.answer, intent.guests, intent.problem) == (Answer.YES, 1, "")


def test_a_third_persons_no_after_aber_stays_theirs() -> None:
    intent = read_intent("Ich komme gern. Mein Partner wollte auch, kann aber leider nicht.")
    assert (intent.answer, intent.problem) == (Answer.YES, "")


def test_a_plus_one_for_a_named_topic_is_a_vote_not_a_guest() -> None:
    intent = read_intent("Ich komme, +1 für die Sache mit dem Podcast.")
    assert (intent.answer, intent.guests, intent.problem) == (Answer.YES, 0, "")


def test_a_plus_one_for_a_person_stays_a_guest() -> None:
    intent = read_intent("Ich komme, +1 für den Kollegen aus dem Büro.")
    assert (intent.answer, intent.guests) == (Answer.YES, 1)


@pytest.mark.parametrize(
    ("text", "guests"),
    [
        ("Ich und mein Kollege sind dabei.", 1),
        ("Me and my sister will come.", 1),
        ("Komme mit meinen drei Kindern.", 3),
        ("I'll bring my two kids along.", 2),
    ],
)
def test_companions_named_after_the_member_or_children_count(text: str, guests: int) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests, intent.problem) == (Answer.YES, guests, "")


@pytest.mark.parametrize(
    ("text", "guests"),
    [
        ("Wir kommen: ich mit meinem Bruder und seiner Freundin.", 2),
        ("I'm bringing my husband and a neighbour.", 2),
        ("Komme mit Mann und Kind.", 2),
        ("Bin dabei, mit einer Kollegin und zwei Freunden.", 3),
    ],
)
def test_companions_joined_by_and_add_up(text: str, guests: int) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests, intent.problem) == (Answer.YES, guests, "")
