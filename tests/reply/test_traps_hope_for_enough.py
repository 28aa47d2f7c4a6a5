"""A hope that the organizers have enough of something doubts no coming: "Ich hoffe, ihr
habt genug Stühle, ich komme nämlich!", "I hope you've got enough chairs, because I'm
coming!". The yes beside it is a yes, not a maybe."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

YES = [
    pytest.param("Ich hoffe, ihr habt genug Stühle, ich komme nämlich!", id="de-genug-stuehle"),
    pytest.param("Hoffentlich gibt's genug Pizza, ich bin nämlich dabei.", id="de-genug-pizza"),
    pytest.param("Hoffe, es gibt genügend Kaffee – ich komme!", id="de-genuegend-kaffee"),
    pytest.param("I hope you've got enough chairs, because I'm coming!", id="en-enough-chairs"),
    pytest.param("Hope there's plenty of pizza, I'll be there.", id="en-plenty-of-pizza"),
]


@pytest.mark.parametrize("text", YES)
def test_the_rules_read_a_yes_beside_a_hope_for_enough_as_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", YES)
def test_a_yes_beside_a_hope_for_enough_is_never_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


def test_a_no_beside_a_hope_for_enough_stays_a_no() -> None:
    text = "Ich hoffe, ihr habt genug Bier, ich kann aber leider nicht."
    assert read_intent(text).answer is Answer.NO


def test_a_hope_for_enough_alone_gives_no_answer() -> None:
    assert read_intent("Ich hoffe, ihr habt genug Stühle.").answer is None
