"""A yes, then a stop ("oh wait", "hang on", "Moment", "Quatsch") and a clash the member
remembers ("that's the night of …", "da hab ich ja Dienst"): the yes is taken back.
No answer word follows, so a person reads it; never the yes it opened with. A stop
followed by a yes, a question or a detail leaves the yes standing."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

TAKEN_BACK = [
    pytest.param("Count me in! Oh no wait, I'm in Leeds.", id="en-oh-no-wait-leeds"),
    pytest.param(
        "I'm in! Oh wait, that's the night of my sister's wedding.", id="en-oh-wait-wedding"
    ),
    pytest.param("Yes! Hang on, that's my daughter's recital.", id="en-hang-on-recital"),
    pytest.param("Sure thing! Hold on, that's when I'm in Porto.", id="en-hold-on-porto"),
    pytest.param("Ja, passt! Nein, Quatsch, da bin ich ja weg.", id="de-nein-quatsch-weg"),
    pytest.param("Ja! Oh warte, da hab ich Chor.", id="de-oh-warte-chor"),
    pytest.param("Klar, gerne! Moment, das ist ja der Abend mit dem Elternabend.", id="de-moment"),
    pytest.param("Jo, bin dabei. Ach Mist, da bin ich ja auf Montage.", id="de-ach-mist-montage"),
    pytest.param("Klar, warum nicht – ach so, ich bin ja in Spanien.", id="de-ach-so-spanien"),
    pytest.param("Sure, why not... oh right, because I'm in Spain.", id="en-oh-right-spain"),
]


@pytest.mark.parametrize("text", TAKEN_BACK)
def test_yes_taken_back_after_a_stop_is_never_read_as_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize("text", TAKEN_BACK[:3])
def test_yes_taken_back_after_a_stop_goes_to_a_person_with_the_reason(text: str) -> None:
    reading = analyse(_mail(text))
    assert reading.answer is None
    assert "taken back" in reading.answer_problem


STANDING = [
    pytest.param("Wait, yes, I'll be there!", id="en-wait-yes"),
    pytest.param("Moment mal – natürlich komme ich!", id="de-moment-natuerlich"),
    pytest.param("Ich komme! Moment, ich bringe noch Kuchen mit.", id="de-moment-kuchen"),
    pytest.param(
        "Ich komme! Im Moment bin ich noch in Berlin, aber bis Donnerstag zurück.",
        id="de-im-moment-berlin",
    ),
    pytest.param("Ok! Hold on, I'm checking... yes, free. See you!", id="en-hold-on-yes-free"),
    pytest.param("Hang on, I'm in! Just saw the topic.", id="en-hang-on-im-in"),
    pytest.param("I'm in! Oh right, I have a question: is there parking?", id="en-question"),
    pytest.param("Ich komme! Ach ja, ich bringe Kuchen mit.", id="de-ach-ja-kuchen"),
]


@pytest.mark.parametrize("text", STANDING)
def test_stop_followed_by_a_yes_or_a_detail_leaves_the_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
