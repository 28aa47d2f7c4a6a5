"""A no taken back by a bare yes-word after a repair ("Nein, warte – ja!", "Nope… wait,
yes!") is never recorded as the no: the yes-word alone counted as too weak against the
no, so the reply was read as a no. It goes to a person, since "No – oh yes, the dentist"
only remembers; a yes taken back by a no ("Yes – wait, no!") stays a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

TAKEN_BACK = [
    pytest.param("Nein, warte – ja!", id="nein-warte-ja"),
    pytest.param("Nope... wait, yes!", id="nope-wait-yes"),
    pytest.param("Yup, nope, wait – yes", id="yup-nope-wait-yes"),
    pytest.param("Nee, Moment – jo, passt!", id="nee-moment-jo"),
    pytest.param("No, hang on, yes!", id="no-hang-on-yes"),
]


@pytest.mark.parametrize("text", TAKEN_BACK)
def test_a_no_taken_back_by_a_yes_word_is_not_read_as_no(text: str) -> None:
    assert read_intent(text).answer is not Answer.NO


@pytest.mark.parametrize("text", TAKEN_BACK)
def test_a_no_taken_back_by_a_yes_word_is_never_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Yes – wait, no!", id="yes-wait-no"),
        pytest.param("Ja – äh, nein", id="ja-aeh-nein"),
        pytest.param("Nein, warte, ich kann doch nicht", id="nein-warte-kann-nicht"),
    ],
)
def test_a_no_said_after_the_repair_stays_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


def test_a_yes_word_before_the_no_is_no_repair_of_it() -> None:
    text = "Oh yes, I saw it and got excited – then saw the date. I'm away in Leeds that week."
    assert read_intent(text).answer is Answer.NO


def test_the_particle_ja_after_a_repair_takes_nothing_back() -> None:
    assert read_intent("Klar! Ach nee, Mist, da bin ich ja in Berlin.").answer is Answer.NO
