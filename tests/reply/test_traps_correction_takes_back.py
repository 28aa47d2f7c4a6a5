"""A correction that takes back the answer before it gives the later answer, also where the
same words stand on both sides ("Ich komme. Korrektur: ich komme nicht"), after "Edit:
actually no", after "ach quatsch", after a date misread ("Wait, wrong month – I can!") and
after a joke taken back ("Nur Spaß", "Kidding!")."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param("Ich komme. Korrektur: ich komme nicht.", Answer.NO, id="de-korrektur-nein"),
        pytest.param("Ich komme nicht. Korrektur: ich komme doch.", Answer.YES, id="de-korr-ja"),
        pytest.param(
            "Ich komme nicht. Nachtrag: Hab's verschoben, komme doch!",
            Answer.YES,
            id="de-nachtrag-doch",
        ),
        pytest.param("Yes! Edit: actually no, sorry.", Answer.NO, id="en-edit-actually-no"),
        pytest.param(
            "Ich komme nicht... ach quatsch, natürlich komme ich!", Answer.YES, id="de-quatsch"
        ),
        pytest.param("Ich komme nicht. Spaß, natürlich komme ich.", Answer.YES, id="de-spass"),
        pytest.param(
            "Ich komme nicht. Nur Spaß – ich komme natürlich!", Answer.YES, id="de-nur-spass"
        ),
        pytest.param("I can't come. Kidding! I'll be there.", Answer.YES, id="en-kidding"),
        pytest.param("Can't make it. Wait, wrong month – I can!", Answer.YES, id="en-wrong-month"),
    ],
)
def test_the_answer_after_a_correction_is_recorded(text: str, answer: Answer) -> None:
    assert analyse(_mail(text)).answer is answer


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("No, I can't come. Just kidding about the cake though.", id="en-cake-joke"),
        pytest.param("Kidding aside, I really can't come this time.", id="en-kidding-aside"),
        pytest.param("Spaß beiseite: ich kann leider nicht.", id="de-spass-beiseite"),
        pytest.param("Viel Spaß euch, ich kann leider nicht.", id="de-viel-spass"),
        pytest.param("I can't, wrong day for me unfortunately.", id="en-wrong-day"),
        pytest.param(
            "Ich kann nicht, falscher Tag für mich, da hab ich Chor.", id="de-falscher-tag"
        ),
    ],
)
def test_a_joke_word_beside_a_plain_no_leaves_the_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
