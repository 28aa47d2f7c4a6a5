"""A yes tied to what never happens is irony, and a no: "Klar, und morgen schneit es im
Juli", "Sure, when pigs fly", "Ich komme – am Sankt-Nimmerleinstag". Words that insist
on coming whatever happens ("come hell or high water") are no such irony and stay a yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

NEVER = [
    pytest.param("Klar, und morgen schneit es im Juli.", id="de-schnee-im-juli"),
    pytest.param("Ja genau, und Schweine können fliegen.", id="de-schweine-fliegen"),
    pytest.param("Ich komme – am Sankt-Nimmerleins-Tag.", id="de-nimmerleinstag"),
    pytest.param("Na klar, wenn Ostern und Weihnachten auf einen Tag fallen.", id="de-ostern"),
    pytest.param("Sicher doch, am 30. Februar bin ich dabei.", id="de-30-februar"),
    pytest.param("Yeah right, when hell freezes over.", id="en-hell-freezes-over"),
    pytest.param("Sure, and pigs might fly.", id="en-pigs-might-fly"),
    pytest.param("Oh I'll be there, on the twelfth of never.", id="en-twelfth-of-never"),
    pytest.param("Na sicher, und ich bin der Kaiser von China.", id="de-kaiser-von-china"),
    pytest.param("Yeah, and I'm the Queen of England.", id="en-queen-of-england"),
]


@pytest.mark.parametrize("text", NEVER)
def test_the_rules_read_a_yes_tied_to_what_never_happens_as_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize("text", NEVER)
def test_a_yes_tied_to_what_never_happens_is_never_recorded_as_yes(text: str) -> None:
    # the trained reader may still doubt the rules' no: then a person reads it
    assert analyse(_mail(text)).answer in (Answer.NO, None)


INSISTING = [
    pytest.param("Come hell or high water, I'll be there.", id="en-come-hell"),
    pytest.param("Und wenn die Welt untergeht, ich komme!", id="de-welt-untergeht"),
]


@pytest.mark.parametrize("text", INSISTING)
def test_coming_whatever_happens_is_never_read_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO
