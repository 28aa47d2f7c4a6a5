"""People spell a cue word many ways; the reader hears them all as the one word."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.wordforms import fold, fold_pattern
from somek_tui.models import Answer

YES, NO, MAYBE = Answer.YES, Answer.NO, Answer.MAYBE


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param("Ich waere gerne dabei!", YES, id="ae-for-umlaut"),
        pytest.param("Da bin ich gerne dabei, schoen!", YES, id="oe-for-umlaut"),
        pytest.param("Ich muß leider absagen.", NO, id="eszett"),
        pytest.param("Ich muss leider absagen.", NO, id="ss"),
        pytest.param("Jaaaa!", YES, id="held-yes"),
        pytest.param("Neeeein, leider nicht.", NO, id="held-no"),
        pytest.param("NEEEIN", NO, id="held-no-caps"),
        pytest.param("Ich kann leidre nicht kommen.", NO, id="swapped-letters"),
        pytest.param("Vieleicht, mal sehen.", MAYBE, id="letter-missing"),
        pytest.param("Ich komme wahrscheinlcih.", MAYBE, id="swapped-de"),
        pytest.param("Unfortunatly I can't make it.", NO, id="letter-missing-en"),
        pytest.param("I'll definately be there!", YES, id="letter-changed-en"),
        pytest.param("Wuerde gerne kommen, bin aber leider krank.", NO, id="ue-wish-turned"),
        pytest.param("Ich bin dabeiii 🎉", YES, id="held-dabei"),
        pytest.param("Ich faelle leider aus, bin krank.", NO, id="ae-verb"),
    ],
)
def test_a_cue_word_is_heard_however_it_is_spelled(text: str, answer: Answer) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (answer, "")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Bitte abmleden.", id="typo-of-abmelden"),
        pytest.param("Bitte austargen, danke.", id="typo-of-austragen"),
    ],
)
def test_an_unsubscribe_typed_with_a_typo_is_an_unsubscribe(text: str) -> None:
    assert read_intent(text).unsubscribe


def test_a_real_word_near_a_cue_is_not_mended_into_it() -> None:
    # "anmelden" is one letter from "abmelden" and means the opposite
    assert not read_intent("Ich würde mich gerne für den Verteiler anmelden.").unsubscribe
    assert fold("Der Leiter kommt", ("leider",), ("leiter",)) == "Der Leiter kommt"


def test_short_words_are_never_mended() -> None:
    assert fold("nicht nich", ("nicht",)) == "nicht nich"


def test_a_pattern_and_a_text_meet_in_one_spelling() -> None:
    assert fold("Wäre schön, Grüße") == "Waere schoen, Gruesse"
    assert fold_pattern(r"\bnö+\b") == r"\bn(?:oe)+\b"


def test_a_double_letter_is_spelling_and_stays() -> None:
    assert fold("Kaffee, nee, Tee") == "Kaffee, nee, Tee"
