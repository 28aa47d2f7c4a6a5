"""A talk wished from someone, a meeting wished about a subject, a label "von mir".

"Jemand sollte mal einen Vortrag über Threads halten", "Someone should do a talk on
Discord communities", "Ich wünsche mir ein Treffen zum Thema X", "My vote for a future
topic would be X", "Themenwunsch von mir – X", "topic idea from me - X": the subject is
the title. A talk on "it", a meeting in a beer garden, a vote for "the same" name none.
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
        ("Jemand sollte mal einen Vortrag über Threads halten.", "Threads"),
        ("Kann nicht mal jemand was zu Vereinsrecht erzählen?", "Vereinsrecht"),
        ("Wer von euch könnte mal einen Workshop zu Canva geben?", "Canva"),
        ("Someone should do a talk on Discord communities.", "Discord communities"),
        ("Somebody could give a session about grant writing.", "Grant writing"),
        ("One of us should really run a workshop on photo rights.", "Photo rights"),
        (
            "Ich wünsche mir ein Treffen zum Thema Facebook-Gruppen moderieren.",
            "Facebook-Gruppen moderieren",
        ),
        ("Wir wünschen uns mal eine Runde rund um Vereinsfinanzen.", "Vereinsfinanzen"),
        ("Wünsch mir einen Abend zu Reels.", "Reels"),
        ("My vote for a future topic would be AI image tools.", "AI image tools"),
        ("Our pick for the next topic is crisis communication.", "Crisis communication"),
        ("Themenwunsch von mir – Live-Streaming mit OBS.", "Live-Streaming mit OBS"),
        ("Idee meinerseits: Fotorecht.", "Fotorecht"),
        ("Topic idea from me - Newsletter automation", "Newsletter automation"),
        ("Suggestion from my side – Bluesky starter packs", "Bluesky starter packs"),
        ("Next topic suggestion - Accessible PDFs", "Accessible PDFs"),
        ("Nächster Themenwunsch – Bluesky für Vereine", "Bluesky für Vereine"),
    ],
)
def test_the_subject_of_the_wished_talk_is_the_title(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


@pytest.mark.parametrize(
    "text",
    [
        "Someone should do a talk on it.",
        "Someone should bring snacks.",
        "Jemand sollte mal den Schlüssel mitbringen.",
        "Ich wünsche mir ein Treffen im Biergarten.",
        "Ich wünsche mir einen Abend ohne Regen.",
        "My vote for the next topic is the same as last time.",
        "Grüße von mir – bis bald!",
        "Themenwunsch von mir – kommt später.",
        "Next topic suggestion - coming later",
    ],
)
def test_a_wish_without_a_subject_is_no_suggestion(text: str) -> None:
    assert extract_topics(text).titles == []


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Bin dabei. Jemand sollte mal einen Vortrag über Threads halten.", Answer.YES),
        ("Can't make it, but someone should do a talk on Discord communities.", Answer.NO),
        ("Komme nicht. Themenwunsch von mir – Live-Streaming mit OBS.", Answer.NO),
    ],
)
def test_the_answer_beside_the_wished_talk_is_kept(text: str, answer: Answer) -> None:
    found = analyse(plain_reply(text))
    assert found.answer is answer
    assert len(found.topics) == 1
