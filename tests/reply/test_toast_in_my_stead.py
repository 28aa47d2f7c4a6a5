"""The others asked to drink or greet in the member's stead: the member is not there.

"Trinkt ein Kölsch für mich mit!", "Have a pint for me", "Grüßt alle von mir". The
member's own round and a head start before they come say no such thing."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply

IN_MY_STEAD = [
    pytest.param("Trinkt ein Kölsch für mich mit! Ich bin in Kiel.", id="koelsch-fuer-mich-mit"),
    pytest.param("Trinkt ein Kölsch für mich mit!", id="koelsch-alone"),
    pytest.param("Esst ein Stück Kuchen für mich mit.", id="kuchen-fuer-mich-mit"),
    pytest.param("Grüßt alle von mir!", id="gruesst-alle"),
    pytest.param("Grüßt alle schön von mir, ich bin in Hamburg.", id="gruesst-alle-schoen"),
    pytest.param("Have a pint for me, I'm in Leeds.", id="pint-for-me"),
    pytest.param("Have a drink for me!", id="drink-for-me"),
    pytest.param("Raise a glass for me!", id="raise-a-glass"),
    pytest.param("Say hi to everyone for me!", id="say-hi-for-me"),
]


@pytest.mark.parametrize("text", IN_MY_STEAD)
def test_drinking_or_greeting_in_the_members_stead_is_a_no(text: str) -> None:
    assert analyse(plain_reply(text)).answer is Answer.NO


NOT_IN_MY_STEAD = [
    pytest.param(
        "Trinkt schon mal einen für mich mit, ich komme um neun.", Answer.YES, id="head-start"
    ),
    pytest.param("Die erste Runde geht auf mich!", None, id="own-round"),
    pytest.param("Have one on me, I'm buying the first round.", None, id="have-one-on-me"),
    pytest.param("Grüße an alle!", None, id="greetings-to-all"),
    pytest.param(
        "Have a drink for me till I get there at nine.", None, id="drink-till-i-get-there"
    ),
]


@pytest.mark.parametrize(("text", "answer"), NOT_IN_MY_STEAD)
def test_a_round_of_ones_own_or_a_head_start_is_no_no(text: str, answer: Answer | None) -> None:
    assert analyse(plain_reply(text)).answer is answer
