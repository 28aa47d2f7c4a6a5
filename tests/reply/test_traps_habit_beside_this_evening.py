"""How often a member usually comes ("komme eh nicht oft", "nicht jedes Mal") is no
answer to this evening; what follows about this evening ("aber diesmal schon") is.
A habit's "nicht" is never read as a no to this evening."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

HABIT_THEN_YES = [
    pytest.param("Ich komme eh nicht oft, aber diesmal schon.", id="eh-nicht-oft-diesmal-schon"),
    pytest.param(
        "Ich schaffe es nicht so oft, aber diesmal bin ich dabei.", id="nicht-so-oft-dabei"
    ),
    pytest.param("Bin nicht jedes Mal da, aber diesmal komme ich.", id="nicht-jedes-mal"),
    pytest.param("Ich konnte letztes Mal nicht, diesmal schon.", id="letztes-mal-diesmal-schon"),
    pytest.param("Sonst nie, diesmal ja.", id="sonst-nie-diesmal-ja"),
]


@pytest.mark.parametrize("text", HABIT_THEN_YES)
def test_a_habit_of_staying_away_is_never_read_as_no_to_this_evening(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize("text", HABIT_THEN_YES)
def test_the_rules_read_the_yes_for_this_evening(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


HABIT_THEN_NO = [
    pytest.param("Ich komme nicht oft, und diesmal auch nicht.", id="diesmal-auch-nicht"),
    pytest.param("Ich kann nicht so oft, diesmal leider auch nicht.", id="leider-auch-nicht"),
    pytest.param("Komme leider nicht, wie so häufig.", id="wie-so-haeufig"),
]


@pytest.mark.parametrize("text", HABIT_THEN_NO)
def test_a_no_beside_a_habit_stays_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO
