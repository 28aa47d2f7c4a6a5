"""A wish turned down by a "but" in dialect: Palatinate and Hessian "awwer", "abber",
Bavarian and Austrian "owa", Berlin "aba" are "aber", and "käm", "tät" wish like
"würde". "Ach, wie gern würd isch kumme. Awwer mei Schwiegermudder hot Geburtstag."
was read as the wish alone: a yes, the opposite answer."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

TURNED = [
    pytest.param(
        "Ach, wie gern würd isch kumme. Awwer mei Schwiegermudder hot Geburtstag.",
        id="awwer-geburtstag",
    ),
    pytest.param("Wär gern debei. Awwer isch hab Schicht.", id="awwer-schicht"),
    pytest.param("Würd so gern kommen. Abber mein Sohn hat Geburtstag.", id="abber-geburtstag"),
    pytest.param("Ich käm ja gern. Owa i hob Dienst.", id="owa-dienst"),
    pytest.param("Ich tät so gern kommen. Aba ick hab Spätdienst.", id="aba-spaetdienst"),
    pytest.param("Wär gern dabei, awwer isch bin in Mannheim.", id="awwer-same-sentence"),
]


@pytest.mark.parametrize("text", TURNED)
def test_a_wish_turned_by_a_dialect_but_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize("text", TURNED)
def test_a_wish_turned_by_a_dialect_but_is_never_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Wär gern debei. Awwer isch bring mei Fraa mit.", id="awwer-bringt-mit"),
        pytest.param("Ich käm gern. Owa erst um achte.", id="owa-erst-um-achte"),
    ],
)
def test_a_dialect_but_adding_a_detail_is_no_refusal(text: str) -> None:
    assert read_intent(text).answer is not Answer.NO
