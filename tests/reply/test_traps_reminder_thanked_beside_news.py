"""Thanks for the reminder beside news: "Danke fürs Erinnern! Bin am Donnerstag in Hamburg",
"Thanks for the heads-up, that's my first night shift". After a reminder, words that only
say the answer stands keep the yes on record; thanks for the reminder are politeness, and
beside anything else said they keep nothing, for the rest may be a change the reader did
not understand. "Gut, dass ihr erinnert" praises the reminding: it is no yes either."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.reminder_reply import answer_stands
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

NEWS_BESIDE_THANKS = [
    pytest.param("Danke fürs Erinnern! Bin am Donnerstag in Hamburg.", id="de-in-hamburg"),
    pytest.param("Danke für den Hinweis, da hat meine Tochter Konfirmation.", id="de-konfirmation"),
    pytest.param("Gut, dass ihr erinnert – bin am Donnerstag in Hamburg.", id="de-gut-dass"),
    pytest.param("Thanks for the reminder – I'm in Hamburg on Thursday.", id="en-in-hamburg"),
    pytest.param("Got it – that's the night of my daughter's recital.", id="en-recital"),
    pytest.param("Cheers for the nudge – we're moving house that week.", id="en-moving"),
    pytest.param("Thanks for the heads-up, that's my first night shift.", id="en-night-shift"),
    pytest.param(
        "Danke für die Erinnerung, aber ich hab mich doch umentschieden.", id="de-umentschieden"
    ),
]


@pytest.mark.parametrize("text", NEWS_BESIDE_THANKS)
def test_thanks_for_the_reminder_beside_news_never_keep_the_answer(text: str) -> None:
    assert answer_stands(text) == ""


@pytest.mark.parametrize("text", NEWS_BESIDE_THANKS)
def test_thanks_for_the_reminder_beside_news_are_no_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Danke fürs Erinnern 👍", id="de-thumb"),
        pytest.param("Danke für die Erinnerung! Bis Donnerstag, LG", id="de-bis-donnerstag"),
        pytest.param("Hallo, danke fürs Erinnern. Grüße", id="de-greetings"),
        pytest.param("Super, dass ihr nochmal erinnert :)", id="de-super-dass"),
        pytest.param("Thanks for the reminder! See you Thursday", id="en-see-you"),
        pytest.param("Got it, thanks!", id="en-got-it"),
    ],
)
def test_thanks_for_the_reminder_alone_keep_the_answer(text: str) -> None:
    assert answer_stands(text)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param("Super, dass ihr erinnert! Bin dabei.", Answer.YES, id="de-bin-dabei"),
        pytest.param("Schön, dass ihr nochmal nachfragt, ich komme!", Answer.YES, id="de-komme"),
        pytest.param("Gut, dass ihr fragt: ich muss leider absagen.", Answer.NO, id="de-absagen"),
        pytest.param("Good thing you reminded me – I can't make it.", Answer.NO, id="en-cant"),
    ],
)
def test_what_follows_the_praise_of_the_reminder_answers(text: str, answer: Answer) -> None:
    assert analyse(_mail(text)).answer is answer
