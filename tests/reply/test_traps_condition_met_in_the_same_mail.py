"""A condition the member says holds, right after it, is met: "Falls die Kita offen hat,
komme ich – hat sie!", "If my train runs I'm in. It does, checked." are a yes, not the
maybe a condition left open is. A confirmation turned ("Hat sie aber nicht", "It does,
but late") or a doubt of its own ("Vielleicht komme ich …") confirms nothing."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

MET = [
    pytest.param("Falls die Kita offen hat, komme ich – hat sie!", id="de-kita-hat-sie"),
    pytest.param("If my train runs I'm in. It does, checked.", id="en-it-does-checked"),
    pytest.param(
        "Komme, wenn die Babysitterin kann – und sie hat eben zugesagt.", id="de-sie-hat-zugesagt"
    ),
    pytest.param("Ich komme, wenn mein Chef mich früher gehen lässt. Tut er!", id="de-tut-er"),
    pytest.param("Wenn der Zug fährt, bin ich dabei. Er fährt.", id="de-er-faehrt"),
    pytest.param("If my sister can babysit, I'm in. And she can!", id="en-and-she-can"),
    pytest.param(
        "Falls ich Urlaub bekomme, komme ich. Ist inzwischen bestätigt.", id="de-bestaetigt"
    ),
]


@pytest.mark.parametrize("text", MET)
def test_a_condition_said_to_hold_leaves_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


OPEN = [
    pytest.param("Komme, falls das Wetter hält.", id="de-open"),
    pytest.param("If my train runs I'm in. It does, but late.", id="en-it-does-but"),
    pytest.param("Vielleicht komme ich, wenn die Kita offen hat – hat sie!", id="de-vielleicht"),
    pytest.param("Komme, wenn mein Chef mich lässt. Tut er aber nicht.", id="de-tut-er-nicht"),
]


@pytest.mark.parametrize("text", OPEN)
def test_a_condition_not_said_to_hold_is_no_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES
