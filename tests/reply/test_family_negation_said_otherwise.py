"""Negation said without a verb of coming: an evening that "wird nichts", a day named
and denied, a double negation that agrees."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from somek_tui.models import Answer

NO = [
    pytest.param("Das wird bei mir zeitlich leider nichts.", id="wird-zeitlich-nichts"),
    pytest.param("Wird diesmal nix bei mir", id="wird-diesmal-nix"),
    pytest.param("wirds wohl nichts", id="wirds-wohl-nichts"),
    pytest.param(
        "Heute nicht, morgen nicht, am 28. auch nicht – sorry, volle Woche.", id="heute-morgen-28"
    ),
    pytest.param("Diese Woche leider nicht", id="diese-woche-nicht"),
    pytest.param("Am Donnerstag nicht, sorry", id="am-donnerstag-nicht"),
    pytest.param("This time not, sorry", id="this-time-not"),
    pytest.param("Not on the 28th, sorry", id="not-on-the-28th"),
    pytest.param("Bin auf Reha bis Februar", id="bin-auf-reha"),
    pytest.param("Wir sind da in Kur", id="sind-in-kur"),
]
YES = [
    pytest.param("Can't say no to SEO and beer – I'm in.", id="cant-say-no"),
    pytest.param("Da kann ich nicht nein sagen, ich komme!", id="kann-nicht-nein-sagen"),
]


@pytest.mark.parametrize("text", NO)
def test_a_no_without_a_verb_of_coming_is_a_no(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (Answer.NO, "")


@pytest.mark.parametrize("text", YES)
def test_a_negation_that_agrees_is_a_yes(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (Answer.YES, "")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Vielleicht?", id="vielleicht"),
        pytest.param("possibly? will confirm next week", id="possibly"),
        pytest.param("Schau ma mal.", id="schau-ma-mal"),
        pytest.param("maybe??", id="maybe"),
    ],
)
def test_a_doubt_said_with_a_rising_voice_is_a_maybe(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (Answer.MAYBE, "")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Am 28. bin ich leider auf Fortbildung.", id="auf-fortbildung"),
        pytest.param("Da bin ich auf einer Hochzeit.", id="auf-einer-hochzeit"),
        pytest.param("I'm at a conference that week", id="at-a-conference"),
        pytest.param("Hey, diesmal not possible für mich. Sorry!", id="not-possible"),
        pytest.param("Leider nicht drin diesmal", id="nicht-drin"),
        pytest.param("Teilnahme leider nicht machbar", id="nicht-machbar"),
    ],
)
def test_being_elsewhere_or_not_possible_is_a_no(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (Answer.NO, "")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Nee, wie könnte ich da absagen – bin dabei!", id="wie-koennte-ich-absagen"),
        pytest.param("Nein, wie könnte ich das verpassen! Ich komme.", id="wie-verpassen"),
        pytest.param("How could I say no? Count me in.", id="how-could-i-say-no"),
        pytest.param("No, how could I miss it – I'll be there!", id="how-could-i-miss-it"),
    ],
)
def test_a_rhetorical_no_beside_a_yes_is_a_yes(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (Answer.YES, "")
