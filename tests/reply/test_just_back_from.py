"""Coming back from somewhere just now is news, not coming: "Ich komme gerade vom Arzt".

A later coming straight from somewhere ("komme direkt vom Büro") is still a yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply

NEWS = [
    pytest.param("Ich komme gerade vom Arzt, nichts Schlimmes.", id="vom-arzt"),
    pytest.param("Ich komme gerade vom Friseur und hab die Mail gelesen.", id="vom-friseur"),
    pytest.param("Ich komme gerade vom Elternabend, puh.", id="vom-elternabend"),
]


@pytest.mark.parametrize("text", NEWS)
def test_coming_back_just_now_is_no_answer(text: str) -> None:
    assert analyse(plain_reply(text)).answer is None


ANSWERED = [
    pytest.param("Ich komm grad vom Sport. Donnerstag bin ich dabei.", Answer.YES, id="then-yes"),
    pytest.param("Ich komme gerade vom Zahnarzt. Kann leider nicht.", Answer.NO, id="then-no"),
    pytest.param("Am Donnerstag komme ich direkt vom Büro.", Answer.YES, id="straight-from-work"),
    pytest.param("Ich komme gerne, direkt vom Training.", Answer.YES, id="gladly-from-training"),
]


@pytest.mark.parametrize(("text", "answer"), ANSWERED)
def test_the_answer_beside_the_news_is_read(text: str, answer: Answer) -> None:
    assert analyse(plain_reply(text)).answer is answer
