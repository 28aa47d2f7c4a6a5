"""A topic label asked and answered at once, and wishes with the label or the wish first.

"Ich komme. Thema? Vielleicht Fotorecht.", "Yes. Topic? Maybe photo rights for clubs":
the question mark stands for the colon, and the hedge leads into the title, not the
answer. A verdict or a shrug after the label ("Thema? Super!", "Topic? No idea") names
no topic. "als Thema fänd ich Mastodon gut" and "Lust hätte ich auf was zu
Fotorechten" wish a subject with their words turned round.
"""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.topic_text import extract_topics
from tests.reply.plain_reply import plain_reply


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param("Ich komme. Thema? Vielleicht Fotorecht.", "Fotorecht", id="de-thema"),
        pytest.param(
            "Yes. Topic? Maybe photo rights for clubs.", "photo rights for clubs", id="en-topic"
        ),
        pytest.param(
            "Themenwunsch? Podcasts für Chöre!", "Podcasts für Chöre", id="de-themenwunsch"
        ),
        pytest.param(
            "Bin dabei, als Thema fänd ich Mastodon gut.", "Mastodon", id="de-als-thema-faend"
        ),
        pytest.param(
            "Ja komme, und Lust hätte ich auf was zu Fotorechten.",
            "Fotorechten",
            id="de-lust-haette-ich",
        ),
    ],
)
def test_the_subject_after_the_label_or_the_wish_is_a_topic(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich komme. Thema? Vielleicht Fotorecht.", id="de"),
        pytest.param("Yes. Topic? Maybe photo rights for clubs.", id="en"),
    ],
)
def test_the_hedge_before_the_title_leaves_the_answer_a_yes(text: str) -> None:
    reply = analyse(plain_reply(text))
    assert reply.answer is not None and reply.answer.value == "yes"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Thema? Super, bin dabei!", id="de-verdict"),
        pytest.param("Das Thema? Klingt gut, komme.", id="de-the-evenings-topic"),
        pytest.param("Topic? No idea yet, but I am coming.", id="en-shrug"),
        pytest.param("Welches Thema? Egal, ich komme.", id="de-no-matter"),
        pytest.param("Als Thema fand ich Mastodon gut, bin wieder dabei.", id="de-past"),
        pytest.param("Lust hätte ich schon, aber keine Zeit.", id="de-lust-no-subject"),
    ],
)
def test_a_verdict_a_shrug_or_a_past_evening_names_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []
