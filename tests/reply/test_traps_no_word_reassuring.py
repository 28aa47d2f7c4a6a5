"""A no-word that only reassures ("Nein, alles gut", "Ne, passt scho", "Nope, all good")
opens a yes; it refuses nothing, so what follows answers. A no after the reassurance
stays a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

REASSURING_YES = [
    pytest.param("Nein, alles gut, ich komm.", id="nein-alles-gut-komm"),
    pytest.param("Ne, passt scho.", id="ne-passt-scho"),
    pytest.param("Nö, alles gut, bin dabei.", id="noe-alles-gut-dabei"),
    pytest.param("Nein, das passt.", id="nein-das-passt"),
    pytest.param("Nope, all good, see you Thursday.", id="nope-all-good"),
    pytest.param("No, that works.", id="no-that-works"),
]


@pytest.mark.parametrize("text", REASSURING_YES)
def test_a_reassuring_no_word_opens_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


STILL_NO = [
    pytest.param("Nein, passt leider nicht.", id="passt-leider-nicht"),
    pytest.param("Nein, das passt mir nicht.", id="passt-mir-nicht"),
    pytest.param("Nein, alles gut, aber ich kann nicht.", id="alles-gut-aber-kann-nicht"),
    pytest.param("No, all good, but I can't come.", id="all-good-but-cant"),
    pytest.param("Nein, alles klar, ich bin raus.", id="alles-klar-bin-raus"),
]


@pytest.mark.parametrize("text", STILL_NO)
def test_a_no_after_the_reassurance_stays_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO
