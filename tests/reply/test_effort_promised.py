"""Effort promised is a maybe, as "ich versuch's" is: "Ich geb mir Mühe, dass es klappt".

Effort for the hour ("gebe mir Mühe, pünktlich zu sein"), effort spent and effort on a
thing ("Mühe mit dem Vortrag") leave the answer to the rest of the reply."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply

PROMISED = [
    pytest.param("Ich geb mir Mühe, dass es klappt.", id="geb-mir-muehe-dass-es-klappt"),
    pytest.param("Ich gebe mir Mühe, zu kommen.", id="gebe-mir-muehe-zu-kommen"),
    pytest.param("Ich bemühe mich, es einzurichten.", id="bemuehe-mich-einzurichten"),
    pytest.param("Wir bemühen uns, dabei zu sein!", id="wir-bemuehen-uns"),
    pytest.param("Ich tue mein Bestes, um da zu sein.", id="tue-mein-bestes"),
    pytest.param("Ich tu mein Möglichstes.", id="tu-mein-moeglichstes"),
    pytest.param("Ich gebe mir alle Mühe, es zu schaffen.", id="alle-muehe"),
    pytest.param(
        "Hallo Anna,\n\nbei mir ist gerade viel los, Umzug und so.\n\n"
        "Ich geb mir jedenfalls Mühe, dass es am Donnerstag klappt.\n\nGruß\nTim",
        id="buried-in-a-chatty-mail",
    ),
]


@pytest.mark.parametrize("text", PROMISED)
def test_effort_promised_is_a_maybe(text: str) -> None:
    assert analyse(plain_reply(text)).answer is Answer.MAYBE


LOOK_ALIKES = [
    pytest.param("Ich komme und gebe mir Mühe, pünktlich zu sein.", Answer.YES, id="on-time"),
    pytest.param(
        "Ich komme, tue aber mein Bestes, rechtzeitig da zu sein.", Answer.YES, id="rechtzeitig"
    ),
    pytest.param(
        "Ich gebe mir Mühe mit dem Vortrag, ich komme.", Answer.YES, id="effort-on-a-talk"
    ),
    pytest.param(
        "Ich komme! Ich bemühe mich um einen Parkplatz.", Answer.YES, id="effort-for-parking"
    ),
    pytest.param("Ich hab mir Mühe gegeben, aber es klappt nicht.", Answer.NO, id="effort-spent"),
    pytest.param(
        "Ich bemühe mich seit Wochen um einen Arzttermin, daher kann ich nicht.",
        Answer.NO,
        id="effort-for-something-else",
    ),
]


@pytest.mark.parametrize(("text", "answer"), LOOK_ALIKES)
def test_effort_for_something_else_leaves_the_answer(text: str, answer: Answer) -> None:
    assert analyse(plain_reply(text)).answer is answer
