"""A later note in the same mail that turns the answer above it decides: "Ich komme
gerne! Update: klappt doch nicht", "Bin dabei. Edit: doch nicht", "Ich sage ab. Vergiss
meine letzte Zeile, ich komme doch!", "I'll be there! Edit: turns out I can't". Both
answers were weighed as a contradiction. The note counts only with a word of turning
back in it ("doch", "jetzt", "after all", "turns out"); a note that only adds (a guest,
a late arrival, someone else's no) leaves the answer as it was."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

TURNED = [
    pytest.param(
        "Ich komme gerne!\nUpdate: klappt doch nicht, muss leider arbeiten.",
        Answer.NO,
        id="de-update-nein",
    ),
    pytest.param("Bin dabei.\nEdit: doch nicht, sorry.", Answer.NO, id="de-edit-nein"),
    pytest.param(
        "Ich sage ab, sorry.\nVergiss meine letzte Zeile, ich komme doch!",
        Answer.YES,
        id="de-vergiss-ja",
    ),
    pytest.param(
        "Leider nein.\nNachtrag: Jetzt klappt es doch, ich komme!", Answer.YES, id="de-nachtrag-ja"
    ),
    pytest.param(
        "I'll be there!\nEdit: turns out I can't, my daughter is sick.",
        Answer.NO,
        id="en-edit-no",
    ),
    pytest.param(
        "Sorry, can't come.\nUpdate: I can come after all!", Answer.YES, id="en-update-yes"
    ),
]


@pytest.mark.parametrize(("text", "answer"), TURNED)
def test_a_later_note_turning_the_answer_decides(text: str, answer: Answer) -> None:
    assert read_intent(text).answer is answer
    assert analyse(_mail(text)).answer in (answer, None)


ADDED_ONLY = [
    pytest.param("Ich komme gern.\nUpdate: ich bringe noch meinen Mann mit.", id="de-guest"),
    pytest.param(
        "Ich komme!\nUpdate: ich kann leider nicht pünktlich sein, eher gegen acht.",
        id="de-late",
    ),
    pytest.param("Bin dabei!\nNachtrag: Meine Frau kann jetzt doch nicht.", id="de-wife"),
]


@pytest.mark.parametrize("text", ADDED_ONLY)
def test_a_later_note_that_only_adds_leaves_the_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


def test_a_later_note_of_doubt_is_a_doubt() -> None:
    text = "Ich komme.\nUpdate: jetzt weiß ich noch nicht, ob ich kann."
    assert analyse(_mail(text)).answer is Answer.MAYBE
