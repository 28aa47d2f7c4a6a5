"""A correction set under a "--" line and opened by a label or a taking-back phrase
("Ja\n--\nKorrektur: doch nicht", "Yes\n--\nScratch that, can't come") is the member's
later word, not a signature: the answer above the dashes is never recorded, and the
rules read the correction. A signature under "-- " stays cut."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.quotes import strip_quotes
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

CORRECTED = [
    pytest.param("Ja\n--\nKorrektur: doch nicht", id="de-korrektur"),
    pytest.param("Ja\n--\nUpdate: klappt doch nicht", id="de-update"),
    pytest.param("Gerne\n--\nNachtrag: Doch nicht, Dienstreise.", id="de-nachtrag"),
    pytest.param("Klar komm ich\n--\nStreicht das, geht doch nicht", id="de-streicht-das"),
    pytest.param("Bin dabei\n--\nÄnderung: ich muss leider absagen", id="de-aenderung"),
    pytest.param("Yes\n--\nScratch that, cannot come", id="en-scratch-that"),
    pytest.param("Count me in\n-- \nCorrection: can't make it after all", id="en-correction"),
]


@pytest.mark.parametrize("text", CORRECTED)
def test_a_labelled_correction_below_dashes_is_kept_as_the_members_words(text: str) -> None:
    assert "--" in strip_quotes(text).text


@pytest.mark.parametrize("text", CORRECTED)
def test_a_labelled_correction_below_dashes_is_read_as_the_no(text: str) -> None:
    kept = strip_quotes(text).text
    assert read_intent(kept).answer is Answer.NO
    assert analyse(_mail(text)).answer is not Answer.YES


TAKEN_BACK_THE_OTHER_WAY = [
    pytest.param("Kann leider nicht\n--\nKorrektur: ich komme doch!", id="de-komme-doch"),
    pytest.param("Sorry, can't\n--\nUpdate: I can make it after all!", id="en-after-all"),
]


@pytest.mark.parametrize("text", TAKEN_BACK_THE_OTHER_WAY)
def test_a_no_corrected_below_dashes_is_never_left_as_the_no(text: str) -> None:
    assert read_intent(strip_quotes(text).text).answer is Answer.YES
    assert analyse(_mail(text)).answer is not Answer.NO


SIGNED = [
    pytest.param("Ich komme\n-- \nGeht nicht gibt's nicht!", id="de-motto"),
    pytest.param("Bin dabei\n-- \nKorrektur & Lektorat Meier\nwww.meier.de", id="de-business"),
]


@pytest.mark.parametrize("text", SIGNED)
def test_a_motto_or_business_below_dashes_stays_a_signature(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES
