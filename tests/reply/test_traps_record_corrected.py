"""The organizer's record quoted and corrected: the answer the member says they gave is
recorded, never the record they quote. "Bei mir steht Absage, ich hatte aber zugesagt"
was read as no (the quoted "Absage"), "Hab aber ja gesagt" beside "unter Absagen
eingetragen" as well; a correction asked for ("Ich bitte um Korrektur") is no taking back.
An answer changed since the correction is read as it stands."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

CORRECTED_TO_YES = [
    pytest.param("Bei mir steht Absage, ich hatte aber zugesagt! Bitte ändern.", id="de-steht"),
    pytest.param(
        "Hallo, ihr habt mich unter Absagen eingetragen. Hab aber ja gesagt. Grüße",
        id="de-ja-gesagt",
    ),
    pytest.param(
        "Sie haben mich als Absage vermerkt, ich hatte jedoch zugesagt. Ich bitte um Korrektur.",
        id="de-formal-vermerkt",
    ),
    pytest.param(
        'In der Liste steht bei mir "nicht dabei". Ich hab doch zugesagt, bitte korrigieren!',
        id="de-liste-nicht-dabei",
    ),
    pytest.param("Da steht, ich komme nicht. Ich hatte eigentlich zugesagt!", id="de-da-steht"),
    pytest.param(
        "You've got me down as a no. I actually said yes, please fix that.", id="en-down-as"
    ),
    pytest.param(
        "Your confirmation says I'm not coming, but I replied yes last week.",
        id="en-confirmation-says",
    ),
]


@pytest.mark.parametrize("text", CORRECTED_TO_YES)
def test_a_no_on_record_corrected_to_a_yes_is_read_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


CORRECTED_TO_NO = [
    pytest.param("You have marked me as coming, but I said no. Please update.", id="en-marked"),
    pytest.param("The list shows me as attending, but I had declined.", id="en-list-shows"),
    pytest.param(
        "Bei mir steht Zusage, ich hab aber abgesagt. Bitte ändern.", id="de-steht-zusage"
    ),
]


@pytest.mark.parametrize("text", CORRECTED_TO_NO)
def test_a_yes_on_record_corrected_to_a_no_is_read_as_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
    assert analyse(_mail(text)).answer is not Answer.YES


def test_a_yes_on_record_corrected_to_maybe_is_read_as_maybe() -> None:
    assert analyse(_mail('It says "yes" but I only said maybe. Could you change it?')).answer is (
        Answer.MAYBE
    )


CHANGED_SINCE = [
    pytest.param(
        "Ihr habt mich als Absage eingetragen, ich hatte abgesagt. Jetzt kann ich doch kommen!",
        id="de-jetzt-doch",
    ),
    pytest.param(
        "Ihr habt mich als Zusage eingetragen. Ich hatte zugesagt, muss aber leider doch absagen.",
        id="de-muss-absagen",
    ),
]


@pytest.mark.parametrize("text", CHANGED_SINCE)
def test_an_answer_changed_since_the_correction_is_not_the_one_given_before(text: str) -> None:
    answer = analyse(_mail(text)).answer
    given_before = Answer.NO if "Absage eingetragen" in text else Answer.YES
    assert answer is not given_before


def test_a_past_yes_taken_back_without_a_record_stays_a_no() -> None:
    text = "Ich hatte zugesagt, kann aber nun doch nicht – Wasserschaden in der Wohnung."
    assert analyse(_mail(text)).answer is Answer.NO
