"""A title is a subject: never a filler, a web address or the invitation's placeholder.

"Mastodon für Vereine fände ich übrigens spannend" must not make "Übrigens" a
topic; a footer ("Unser Newsletter zum Thema Nachhaltigkeit: jetzt abonnieren
unter www.…") and the invitation's own "Topic: …" line copied into a reply
suggest nothing. Words glued on ("Und …", "… as a theme", "Mein Kollege meinte,
…") are no part of a title.
"""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.topic_text import extract_topics
from tests.reply.plain_reply import plain_reply as plain

FOOTER = (
    "Komme gern.\n\nUnser Newsletter zum Thema Nachhaltigkeit: "
    "jetzt abonnieren unter www.verein.de/newsletter"
)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ich komme! Mastodon für Vereine fände ich übrigens spannend.", id="de-uebrigens"
        ),
        pytest.param(
            "Bin dabei. Barrierefreie Posts fände ich eigentlich wichtig.", id="de-eigentlich"
        ),
        pytest.param(
            FOOTER,
            id="de-footer-url",
        ),
        pytest.param(
            "Yes.\n\nOur podcast topic this month: listen at https://example.org/pod",
            id="en-footer-url",
        ),
        pytest.param(
            "Ja!\n\nThema: …         du schlägst ein Thema für einen Themenabend vor",
            id="de-placeholder",
        ),
        pytest.param(
            "Yes!\n\nTopic: …         you suggest a topic for a theme evening", id="en-placeholder"
        ),
    ],
)
def test_no_filler_footer_or_placeholder_becomes_a_title(text: str) -> None:
    assert not [t for t in extract_topics(text).titles if t not in OPEN]


OPEN = ("Mastodon für Vereine", "Barrierefreie Posts")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Also ich komme. Und Podcasts für Vereine, das wär ein Thema!",
            "Podcasts für Vereine",
            id="de-und",
        ),
        pytest.param(
            "How about Tenant newsletters as a theme? Our co-op struggles.",
            "Tenant newsletters",
            id="en-as-a-theme",
        ),
        pytest.param(
            "Mein Kollege meinte, Podcasts für Kitas wäre ein Thema.",
            "Podcasts für Kitas",
            id="de-kollege-meinte",
        ),
    ],
)
def test_words_glued_to_a_title_are_cut_off(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


def test_a_footer_under_a_yes_leaves_the_yes_alone() -> None:
    reply = analyse(plain(FOOTER))
    assert reply.topics == []
    assert reply.answer is not None and reply.answer.value == "yes"
