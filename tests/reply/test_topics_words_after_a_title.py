"""A suggestion under a label ends with its sentence; what the member writes after it
on the same line is theirs again ("Idee: Podcasts am Handy. Bin dabei!"), so a short
answer there is read. Words after a dash or in brackets, and a longer sentence telling
why the subject matters, still go with the title.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from mail.analysis import analyse
from mail.topic_text import extract_topics
from mail.types import Answer


def _reply(text: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Anna <anna@example.org>"
    message["To"] = "somek@example.org"
    message["Subject"] = "Re: Einladung zum Stammtisch"
    message["Message-ID"] = "<reply-1@example.org>"
    message["In-Reply-To"] = "<invitation-1@example.org>"
    message.set_content(text)
    return bytes(message)


ANSWER_AFTER_THE_TITLE = [
    pytest.param(
        "Hab noch ne Idee: Instagram Guides für Museen. Komme übrigens!",
        "Instagram Guides für Museen",
        Answer.YES,
        id="de-idee-then-komme",
    ),
    pytest.param(
        "Hi, hätte eine Idee: Podcasts mit dem Handy aufnehmen. Bin dabei.",
        "Podcasts mit dem Handy aufnehmen",
        Answer.YES,
        id="de-haette-idee-then-bin-dabei",
    ),
    pytest.param(
        "Themenvorschlag: Vereinschronik digitalisieren. Kann leider nicht.",
        "Vereinschronik digitalisieren",
        Answer.NO,
        id="de-themenvorschlag-then-no",
    ),
    pytest.param(
        "Topic idea: newsletter design for tiny clubs. I'll be there!",
        "newsletter design for tiny clubs",
        Answer.YES,
        id="en-topic-idea-then-yes",
    ),
    pytest.param(
        "Suggestion for next time: volunteer rotas in shared calendars. Can't make it, sorry.",
        "volunteer rotas in shared calendars",
        Answer.NO,
        id="en-suggestion-then-no",
    ),
]


@pytest.mark.parametrize(("text", "title", "answer"), ANSWER_AFTER_THE_TITLE)
def test_an_answer_after_a_labelled_title_on_its_line_is_read(
    text: str, title: str, answer: Answer
) -> None:
    result = analyse(_reply(text))
    assert result.topics == [title]
    assert result.answer is answer


def test_words_after_a_dash_stay_with_the_title_not_the_answer() -> None:
    found = extract_topics("Idee: Vereinsfotos rechtssicher – da sind wir alle unsicher")
    assert found.titles == ["Vereinsfotos rechtssicher"]
    assert "unsicher" not in found.rest


def test_a_longer_sentence_after_a_title_tells_why_and_answers_nothing() -> None:
    found = extract_topics(
        "Themenvorschlag: Hochschul-Posts auf TikTok. Unsere Studis sind da, wir noch nicht."
    )
    assert found.titles == ["Hochschul-Posts auf TikTok"]
    assert "Studis" not in found.rest
