"""An obstacle denied, then named after all over a comma or a dash: "Nothing would keep
me away, except work, and work wins", "Nichts hält mich ab – außer der Arbeit". The
clause before the comma reads as a yes on its own; with the exception after it the
reply is never a yes (a person reads whether the obstacle holds). The obstacle denied
in the "-ing" form ("can't see anything stopping me") is a yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

EXCEPTED = [
    pytest.param("Nothing would keep me away, except work, and work wins.", id="en-except-work"),
    pytest.param("Nothing could stop me – except my boss, sadly.", id="en-dash-except-boss"),
    pytest.param("Nobody keeps me away, apart from my kids, who are sick.", id="en-apart-from"),
    pytest.param("Nichts hält mich ab, außer der Arbeit – und die gewinnt.", id="de-ausser-arbeit"),
    pytest.param("Nichts hält mich davon ab – bis auf die Nachtschicht.", id="de-bis-auf-schicht"),
    pytest.param("Niemand bringt mich davon ab, nur mein Knie spielt nicht mit.", id="de-nur-knie"),
]


@pytest.mark.parametrize("text", EXCEPTED)
def test_an_obstacle_denied_and_then_named_is_never_read_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


STOPPING = [
    pytest.param("Can't see anything stopping me.", id="en-see-anything-stopping"),
    pytest.param("I can't think of anything keeping me from it.", id="en-think-keeping"),
    pytest.param("Nothing's stopping me this time!", id="en-nothings-stopping"),
    pytest.param("Nobody is holding me back, I'm in.", id="en-nobody-holding"),
]


@pytest.mark.parametrize("text", STOPPING)
def test_an_obstacle_denied_in_the_ing_form_is_read_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES
