"""Negation reaches over the whole clause, also across a client's soft line breaks."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from somek_tui.models import Answer


@pytest.mark.parametrize(
    "text",
    [
        "ich komme am Montag\nnicht",
        "Hallo Anna,\nich werde es am Donnerstag leider\nnicht schaffen.\nGruß Tim",
        "I'm afraid I will\nnot be able to come",
        "Ich schaffe es diesmal\nnicht.",
    ],
)
def test_a_negation_on_the_next_wrapped_line_makes_a_no(text: str) -> None:
    assert (read_intent(text).answer, read_intent(text).problem) == (Answer.NO, "")


@pytest.mark.parametrize(
    "text", ["werde es leider nicht schaffen", "Ich werde es nicht schaffen.", "Schaffe es nicht"]
)
def test_not_managing_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


def test_a_double_negation_is_decided_by_the_rest_of_the_mail() -> None:
    intent = read_intent("I can't not come! See you there.")
    assert (intent.answer, intent.problem) == (Answer.YES, "")


def test_a_double_negation_alone_decides_nothing() -> None:
    # a double negation of coming is a yes ("Ich kann nicht nicht kommen", see
    # test_traps_coming_denied_twice_in_german); one of nothing named decides nothing
    assert read_intent("Das ist nicht nicht wichtig.").answer is None


def test_a_new_paragraph_is_not_joined_to_the_sentence_before() -> None:
    intent = read_intent("Ich komme\n\nnicht vergessen: Parkplatz")
    assert intent.answer is Answer.YES


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Klar, hab aber an dem Abend Nachtschicht.", Answer.NO),
        ("Gerne, habe allerdings schon was vor.", Answer.NO),
        ("Ja, komme aber etwas später.", Answer.YES),
    ],
)
def test_aber_after_a_lone_verb_stays_inside_its_clause(text: str, answer: Answer) -> None:
    assert (read_intent(text).answer, read_intent(text).problem) == (answer, "")
