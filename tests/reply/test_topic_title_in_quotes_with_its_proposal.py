"""A title in quotes with the verb that proposes it is a suggestion.

"Ich würde „Google Ads Grants“ vorschlagen", "Wir möchten 'Vereinsrecht online' als
Thema einbringen", "Ich schlage "Reels für Vereine" vor": the quotes mark where the title
begins and ends. "Ich bin dabei und würde „X“ vorschlagen" keeps its answer.
"""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.topic_text import extract_topics
from somek_tui.models import Answer
from tests.reply.plain_reply import plain_reply


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Ich würde „Google Ads Grants“ vorschlagen.", "Google Ads Grants"),
        ("Wir möchten 'Vereinsrecht online' als Thema einbringen.", "Vereinsrecht online"),
        ('Ich schlage "Reels für Vereine" vor.', "Reels für Vereine"),
        ("Ich möchte gern »Förderanträge digital« anregen.", "Förderanträge digital"),
        ("Wir schlagen euch „Datenschutz im Ehrenamt“ als Thema vor.", "Datenschutz im Ehrenamt"),
        (
            "Ich würde hiermit „Canva für Einsteiger“ als Themenabend vorschlagen.",
            "Canva für Einsteiger",
        ),
    ],
)
def test_a_quoted_title_before_its_proposal_verb_is_suggested(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


@pytest.mark.parametrize(
    "text",
    [
        "Ich würde „nein“ sagen, leider.",
        "Ich würde 'vielleicht' eintragen.",
        'Ich schlage vor, wir treffen uns um "halb acht".',
        "Ihr habt „Mastodon für Vereine“ vorgeschlagen, das war gut.",
    ],
)
def test_quotes_around_other_words_suggest_nothing(text: str) -> None:
    assert extract_topics(text).titles == []


def test_the_answer_before_und_with_a_quoted_proposal_is_kept() -> None:
    found = analyse(plain_reply("Ich bin dabei und würde „Google Ads Grants“ vorschlagen."))
    assert found.answer is Answer.YES
    assert found.topics == ["Google Ads Grants"]
