"""A "gern" that goes with another verb's past participle: "Gern gelesen, die
Einladung. Nur: Ich bin am 28. in Tallinn." The opening "gern" was taken for a yes to
coming; it says how the invitation was read. The reply goes to a person unless
something else answers."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

READ_GLADLY = [
    pytest.param("Gern gelesen, die Einladung. Nur: Ich bin am 28. in Tallinn.", id="de-tallinn"),
    pytest.param("Gerne gelesen! Ich bin aber in Wien.", id="de-wien"),
    pytest.param("Sehr gern angeschaut, das Programm. Bin am 28. leider in Rom.", id="de-rom"),
    pytest.param("Gern gehört, die Idee. Ich bin an dem Abend in Graz.", id="de-graz"),
    pytest.param("Gerne weitergeleitet an meine Kollegin.", id="de-weitergeleitet"),
]


@pytest.mark.parametrize("text", READ_GLADLY)
def test_gern_with_another_participle_is_no_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES


@pytest.mark.parametrize("text", READ_GLADLY)
def test_gern_with_another_participle_is_never_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Gerne!", id="de-gerne-alone"),
        pytest.param("Gerne, ich komme.", id="de-gerne-ich-komme"),
        pytest.param("Gern, bin dabei.", id="de-gern-dabei"),
    ],
)
def test_gern_alone_or_with_coming_stays_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
