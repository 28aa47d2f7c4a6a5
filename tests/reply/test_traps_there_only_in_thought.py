"""There only in thought ("Ich bin in Gedanken dabei!", "Wir sind in Gedanken bei euch",
"Im Geiste bin ich dabei") is a warm way of staying away: never a yes. Being there in
thought already, beside a yes ("Ich komme! In Gedanken bin ich schon da."), is
looking forward."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

IN_THOUGHT = [
    pytest.param("Ich bin in Gedanken dabei!", id="de-in-gedanken-dabei"),
    pytest.param("Wir sind in Gedanken bei euch!", id="de-wir-bei-euch"),
    pytest.param("Bin in Gedanken mit dabei :)", id="de-mit-dabei"),
    pytest.param("Im Geiste bin ich dabei!", id="de-im-geiste"),
    pytest.param("Ich bin im Herzen bei euch.", id="de-im-herzen"),
    pytest.param("Viel Spaß, ich bin gedanklich bei euch.", id="de-gedanklich"),
]


@pytest.mark.parametrize("text", IN_THOUGHT)
def test_there_in_thought_is_never_read_as_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
    assert analyse(_mail(text)).answer is not Answer.YES


def test_there_in_thought_already_beside_a_yes_is_looking_forward() -> None:
    assert read_intent("Ich komme! In Gedanken bin ich schon da.").answer is Answer.YES
