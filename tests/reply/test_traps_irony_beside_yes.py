"""Irony a reader hears at once: a yes-word beside something that never happens ("Klar,
und morgen schneit es im Juli", "Sure, and pigs fly", "Klar, und ich bin der Kaiser von
China"). Such a reply is never recorded as a yes. A yes-word beside a plain plan ("Klar,
und ich bring Kuchen mit") stays a yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

IRONY = [
    pytest.param("Klar, und morgen schneit es im Juli", id="de-schnee-im-juli"),
    pytest.param("Na klar, und im August schneit es", id="de-august-schneit"),
    pytest.param("Klar, und ich bin der Kaiser von China", id="de-kaiser-von-china"),
    pytest.param("Ja, wenn Ostern und Weihnachten auf einen Tag fallen", id="de-ostern"),
    pytest.param("Ja nee, is klar", id="de-ja-nee-is-klar"),
    pytest.param("Sure, and pigs fly", id="en-pigs-fly"),
    pytest.param("Sure, when hell freezes over", id="en-hell-freezes-over"),
    pytest.param("Sure, and I'm the Queen of England", id="en-queen-of-england"),
    pytest.param("Yeah right 🙄", id="en-yeah-right"),
]


@pytest.mark.parametrize("text", IRONY)
def test_irony_beside_a_yes_word_is_never_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize("text", IRONY)
def test_irony_beside_a_yes_word_is_no_yes_to_the_rules(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Klar, und ich bring Kuchen mit", id="de-kuchen"),
        pytest.param("Sure, and I'll bring snacks", id="en-snacks"),
        pytest.param("Klar komme ich, im Juli schneit es ja auch nicht", id="de-snow-denied"),
        pytest.param("Komme! Im Juli war ich im Schnee, jetzt bin ich zurück", id="de-past-snow"),
    ],
)
def test_a_yes_word_beside_a_plain_plan_stays_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
