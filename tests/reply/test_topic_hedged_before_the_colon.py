"""A suggestion hedged before its colon: "Das klingt vielleicht komisch, aber: X".

A hedge that heads the title ("This might sound odd, but:", "Nur so ein Gedanke:",
"Vielleicht ja irgendwann:", "Maybe one day:") is a label like "Thema:". Its
"vielleicht" or "might" doubts the subject, not the evening, so the member's
answer before it stands alone.
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
            "Bin dabei. Das klingt vielleicht komisch, aber: Social Media für Friedhöfe.",
            "Social Media für Friedhöfe",
            id="de-klingt-komisch-aber",
        ),
        pytest.param(
            "Komme gern. Mag etwas makaber sein, aber: Instagram für Bestatter.",
            "Instagram für Bestatter",
            id="de-mag-makaber-sein",
        ),
        pytest.param(
            "Bin dabei. Vielleicht ja irgendwann: Instagram für Stadtteilzentren.",
            "Instagram für Stadtteilzentren",
            id="de-vielleicht-irgendwann",
        ),
        pytest.param(
            "Ich komme. Nur so ein Gedanke: Podcasts für Kitas.",
            "Podcasts für Kitas",
            id="de-nur-so-ein-gedanke",
        ),
        pytest.param(
            "I'll come. This might sound odd, but: LinkedIn for farmers.",
            "LinkedIn for farmers",
            id="en-might-sound-odd",
        ),
        pytest.param(
            "I'm in. Maybe one day: Reddit for local groups.",
            "Reddit for local groups",
            id="en-maybe-one-day",
        ),
    ],
)
def test_the_hedge_heads_the_title_and_leaves_the_answer(text: str, title: str) -> None:
    reply = analyse(plain_reply(text))
    assert reply.topics == [title]
    assert reply.answer is not None and reply.answer.value == "yes"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Das klingt komisch, aber: ich komme doch nicht.", id="de-answer"),
        pytest.param("This sounds weird, but: I can't come after all.", id="en-answer"),
        pytest.param("Irgendwann: bin ich auch mal wieder dabei.", id="de-irgendwann-answer"),
        pytest.param("Maybe one day: when the kids are older.", id="en-one-day-when"),
        pytest.param("Nur so ein Gedanke: können wir um 19:30 anfangen?", id="de-gedanke-frage"),
    ],
)
def test_a_hedge_before_the_members_own_words_names_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []
