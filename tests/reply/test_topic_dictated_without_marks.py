"""A suggestion dictated or typed in small letters without marks.

"bin dabei themenwunsch podcast aufnehmen für anfänger lg tom": a strong label
word ("themenvorschlag", "thema vorschlag", "topic idea") anywhere in such a line
is the label; the words before it are the member's own sentence, the title starts
with a capital and ends where the answer or the closing runs on. "hab keinen themenvorschlag"
turns the label down.
"""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.topic_text import extract_topics
from tests.reply.plain_reply import plain_reply


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "thema vorschlag linkedin für vereine bin dabei",
            "Linkedin für vereine",
            id="de-label-first-answer-last",
        ),
        pytest.param(
            "hallo zusammen themenidee newsletter mit mailchimp ich komme gern",
            "Newsletter mit mailchimp",
            id="de-greeting-first",
        ),
        pytest.param(
            "bin dabei themenwunsch podcast aufnehmen für anfänger lg tom",
            "Podcast aufnehmen für anfänger",
            id="de-answer-first-closing-last",
        ),
        pytest.param(
            "komme gern themenvorschlag wäre vielleicht tiktok für handwerker",
            "Tiktok für handwerker",
            id="de-label-with-verb-and-hedge",
        ),
        pytest.param(
            "im in topic idea podcasts for choirs see you thursday",
            "Podcasts for choirs",
            id="en-answer-first",
        ),
        pytest.param(
            "yes coming topic suggestion discord for gaming clubs",
            "Discord for gaming clubs",
            id="en-label-in-the-middle",
        ),
    ],
)
def test_a_label_word_in_a_dictated_line_heads_the_title(text: str, title: str) -> None:
    reply = analyse(plain_reply(text))
    assert reply.topics == [title]
    assert reply.answer is not None and reply.answer.value == "yes"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("ich komme hab aber keinen themenvorschlag", id="de-keinen"),
        pytest.param("ja ich komme themenwunsch ist mir egal", id="de-egal"),
        pytest.param("im in no topic idea from me this time", id="en-no"),
        pytest.param("ja ich bin dabei themenvorschläge kommen später", id="de-kommen-spaeter"),
        pytest.param("ich komme gern themenvorschlag hab ich keinen", id="de-hab-ich-keinen"),
    ],
)
def test_a_label_word_turned_down_names_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []


def test_a_line_written_with_capitals_needs_its_label_first() -> None:
    # in a line written with care the label word mid-sentence is just a word
    assert extract_topics("Ich bringe meinen Themenvorschlag von letzter Woche mit").titles == []
