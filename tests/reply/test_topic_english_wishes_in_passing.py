"""English wishes for a session said in passing.

"Wishing for a session on X one day", "I'd vote for a session on X", "Fingers
crossed for a session on X", "Would love to see something about X", "Someone
should really talk about X", "Could someone do a bit on X?", "Something I keep
wondering about: X", "Dream session: X". A wish for the weather, the snacks or
the company names no topic, and "fingers crossed" for a session hedges no answer.
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
            "I'm coming. Wishing for a session on email automation one day.",
            "Email automation",
            id="wishing-for",
        ),
        pytest.param(
            "I'll be there. I'd vote for a session on Bluesky if it ever comes up.",
            "Bluesky",
            id="vote-for",
        ),
        pytest.param(
            "I'm in. Would love to see something about Reddit AMAs.",
            "Reddit AMAs",
            id="love-to-see-something",
        ),
        pytest.param(
            "Yes. Someone should really talk about LinkedIn for artists.",
            "LinkedIn for artists",
            id="someone-should-really",
        ),
        pytest.param(
            "I'll come. Could someone do a bit on Pinterest SEO?",
            "Pinterest SEO",
            id="do-a-bit-on",
        ),
        pytest.param(
            "I'm in! Something I keep wondering about: how to run a good Instagram giveaway.",
            "how to run a good Instagram giveaway",
            id="keep-wondering",
        ),
        pytest.param(
            "Yes! Dream session: social media for lighthouses.",
            "social media for lighthouses",
            id="dream-session",
        ),
    ],
)
def test_the_subject_is_the_title(text: str, title: str) -> None:
    titles = extract_topics(text).titles
    assert [t[:1].lower() + t[1:] for t in titles] == [title[:1].lower() + title[1:]]


def test_fingers_crossed_for_a_session_leaves_the_answer_alone() -> None:
    reply = analyse(plain_reply("I'll come. Fingers crossed for a session on newsletter growth."))
    assert reply.topics == ["Newsletter growth"]
    assert reply.answer is not None and reply.answer.value == "yes"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I'd love to see more of you all. I'm in.", id="the-company"),
        pytest.param("Someone should really tell the venue we're coming.", id="the-venue"),
        pytest.param("Could someone do a bit on the snacks?", id="the-snacks"),
        pytest.param("I'd vote for a later start. I'm in.", id="the-time"),
        pytest.param("Fingers crossed for good weather. See you.", id="the-weather"),
    ],
)
def test_a_wish_about_the_evening_itself_names_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []
