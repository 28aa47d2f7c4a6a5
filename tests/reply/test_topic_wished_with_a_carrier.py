"""A wish for an evening on a subject, said with a carrier in unusual words.

"I wish we had an evening on X", "Please consider a session on X", "We really
need a session on X", "I'd be keen on a topic like X", "Ein Abend über X, das
wäre was", "Ich wünschte, wir hätten mal einen Abend zu X": the subject after
the carrier is the title. "I wish we had" wishes; it tells of no evening that
was, and "Ich wünschte," before it says nothing of coming.
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
            "Yes. I wish we had an evening on content repurposing.",
            "Content repurposing",
            id="en-wish-we-had",
        ),
        pytest.param(
            "I'm in. Please consider a session on event photography for socials.",
            "Event photography for socials",
            id="en-please-consider",
        ),
        pytest.param(
            "I'll be there. We really need a session on social media policies for volunteers.",
            "Social media policies for volunteers",
            id="en-we-need",
        ),
        pytest.param(
            "I'll come. I'd be keen on a topic like influencer contracts.",
            "Influencer contracts",
            id="en-topic-like",
        ),
        pytest.param(
            "Count me in. Would be awesome to cover Reddit communities.",
            "Reddit communities",
            id="en-awesome-to-cover",
        ),
        pytest.param(
            "Yes! Proposal: a hands-on workshop on Canva templates.",
            "Canva templates",
            id="en-proposal-hands-on",
        ),
        pytest.param(
            "Just a thought: a session on YouTube Shorts for bands.",
            "YouTube Shorts for bands",
            id="en-just-a-thought",
        ),
        pytest.param(
            "Bin dabei. Ein Abend über Wikipedia-Artikel für Vereine, das wäre was.",
            "Wikipedia-Artikel für Vereine",
            id="de-das-waere-was",
        ),
        pytest.param(
            "Mal was zu Vereinschroniken auf Instagram – das wär echt cool!",
            "Vereinschroniken auf Instagram",
            id="de-das-waer-cool",
        ),
        pytest.param(
            "Ja, komme. Ich wünschte, wir hätten mal einen Abend zu Mitgliederwerbung.",
            "Mitgliederwerbung",
            id="de-ich-wuenschte",
        ),
    ],
)
def test_the_subject_after_the_carrier_is_the_title(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


def test_a_wish_before_the_suggestion_says_nothing_of_coming() -> None:
    reply = analyse(plain_reply("Ja, komme. Ich wünschte, wir hätten mal einen Abend zu Podcasts."))
    assert reply.topics == ["Podcasts"]
    assert reply.answer is not None and reply.answer.value == "yes"


def test_a_single_word_about_members_is_a_subject() -> None:
    # "Mitgliederbindung" is a subject; "die anderen Mitglieder" are people
    assert extract_topics("Wir hätten gern mal einen Abend zu Mitgliederbindung.").titles == [
        "Mitgliederbindung"
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I'm in. We already had a session on hashtags, it was great.", id="en-had"),
        pytest.param("Bin dabei. Wir brauchen noch einen Raum für den Abend.", id="de-raum"),
        pytest.param("I'll be there. We need a ride to the venue.", id="en-ride"),
    ],
)
def test_an_evening_that_was_or_an_arrangement_is_no_wish(text: str) -> None:
    assert extract_topics(text).titles == []
