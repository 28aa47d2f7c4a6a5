"""Short answers and yes-words: alone they answer; before a "no" they only open it."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from somek_tui.models import Answer


@pytest.mark.parametrize(
    "text",
    ["ok", "Okay, sounds good!", "Jo", "jepp 🙂", "Jup.", "Klar!", "Hallo,\n\nalles klar.\n\nTom",
     "k", "Yup", "Sounds like a plan"],
)  # fmt: skip
def test_a_short_yes_alone_is_a_yes(text: str) -> None:
    assert (read_intent(text).answer, read_intent(text).problem) == (Answer.YES, "")


@pytest.mark.parametrize("text", ["nö", "Nope.", "Nee, sorry", "Hi,\nnope\nLG"])
def test_a_short_no_alone_is_a_no(text: str) -> None:
    assert (read_intent(text).answer, read_intent(text).problem) == (Answer.NO, "")


def test_jein_is_a_maybe() -> None:
    assert read_intent("Jein 😅").answer is Answer.MAYBE


@pytest.mark.parametrize("text", ["👍", "👍👍", "Hi! 👍"])
def test_thumbs_up_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


def test_thumbs_down_is_a_no() -> None:
    assert read_intent("👎 sorry").answer is Answer.NO


def test_an_embarrassed_monkey_alone_is_no_answer() -> None:
    assert read_intent("🙈").answer is None


@pytest.mark.parametrize(
    "text",
    [
        "Ja, leider nicht.",
        "Ja nee, wird nix.",
        "Ja, schade, aber ich bin in München.",
        "Ok, ich kann diesmal leider nicht.",
        "Klar. Aber ich kann nicht.",
        "Yes, but I can't make it",
        "Jo, das wird bei mir nichts",
    ],
)
def test_a_yes_word_opening_a_no_is_a_no(text: str) -> None:
    assert (read_intent(text).answer, read_intent(text).problem) == (Answer.NO, "")


@pytest.mark.parametrize("text", ["Klar, aber ich bin in Berlin.", "Ok, leider bin ich unterwegs."])
def test_a_yes_word_turned_by_a_but_without_a_no_goes_to_review(text: str) -> None:
    intent = read_intent(text)
    assert intent.answer is None
    assert "but" in intent.problem


@pytest.mark.parametrize(
    "text",
    ["Ich finde die Ja-Sager-Kultur schwierig.", "Das Buch „Nein sagen lernen“ ist gut."],
)
def test_a_yes_or_no_word_inside_a_name_or_quotation_is_no_answer(text: str) -> None:
    assert read_intent(text).answer is None


def test_a_single_quoted_word_is_still_said() -> None:
    assert read_intent("Hiermit meine „Zusage“!").answer is Answer.YES


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Abgemacht!", Answer.YES),
        ("Läuft.", Answer.YES),
        ("Deal.", Answer.YES),
        ("Lieber nicht.", Answer.NO),
    ],
)
def test_a_one_word_answer_is_read(text: str, answer: Answer) -> None:
    assert (read_intent(text).answer, read_intent(text).problem) == (answer, "")


@pytest.mark.parametrize(
    "text",
    [
        "Wir haben an dem Abend leider eine Familienfeier.",
        "Hab da schon einen Termin ausgemacht, sorry.",
        "I've got a conflicting engagement that night.",
        "Sorry, feeling under the weather.",
    ],
)
def test_another_engagement_or_illness_says_no(text: str) -> None:
    assert (read_intent(text).answer, read_intent(text).problem) == (Answer.NO, "")


@pytest.mark.parametrize(
    "text",
    ["Ich komme direkt nach der Frühschicht.", "I'll come on from another meeting."],
)
def test_an_engagement_before_the_evening_is_no_excuse(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Sadly not.", Answer.NO),
        ("Going to have to miss it, sorry.", Answer.NO),
        ("Keine Chance diesmal.", Answer.NO),
        ("Wir sind dann leider nicht in der Stadt.", Answer.NO),
        ("Logo.", Answer.YES),
        ("Joining!", Answer.YES),
        ("Save us a seat please!", Answer.YES),
        ("Tragt mich bitte für den Abend ein.", Answer.YES),
        ("Sign me down for Thursday as tentative.", Answer.MAYBE),
    ],
)
def test_everyday_ways_to_accept_or_decline_are_read(text: str, answer: Answer) -> None:
    assert (read_intent(text).answer, read_intent(text).problem) == (answer, "")
