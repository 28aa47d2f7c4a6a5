"""A cue word is a whole word: "bin krank" says no, "bin Krankenschwester" or "sind
Krankenhausclowns" names a job and says nothing. The cue once matched any word that
starts with "krank", so a nurse who comes was read as declining."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

A_JOB = [
    pytest.param("Ich bin Krankenschwester und komme nach der Schicht gern dazu.", id="de-nurse"),
    pytest.param("Ich bin Krankenpfleger und komme gerne!", id="de-male-nurse"),
    pytest.param("Wir sind Krankenhausclowns und kommen beide gern.", id="de-clowns"),
    pytest.param("Bin Krankenkassen-Beraterin und freu mich, ich komme.", id="de-insurance"),
]


@pytest.mark.parametrize("text", A_JOB)
def test_a_longer_word_that_starts_like_a_cue_says_nothing(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


ILL = [
    pytest.param("Ich bin krank, sorry.", id="de-krank"),
    pytest.param("Bin leider krankgeschrieben.", id="de-krankgeschrieben"),
    pytest.param("Ich bin im Krankenhaus.", id="de-im-krankenhaus"),
    pytest.param("Sind beide kranke Hühner gerade, sorry.", id="de-kranke"),
]


@pytest.mark.parametrize("text", ILL)
def test_being_ill_or_in_hospital_is_still_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO
