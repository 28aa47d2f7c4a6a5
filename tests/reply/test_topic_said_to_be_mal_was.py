"""A subject said to be "mal was", or asked for "als Thema bitte", is a suggestion.

"Thema Vereinswebseite mit WordPress wäre mal was", "Video-Schnitt mit CapCut wäre auch
mal was", "Barrierefreie PDFs wären mal was für einen Abend", "Als Thema bitte mal
Mitgliedergewinnung online". A subject of one word alone ("Bowling wäre auch mal was") is
more often an outing than a subject, and an outing, a place, a day or "das" is none.
"""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.topic_text import extract_topics
from somek_tui.models import Answer
from tests.reply.plain_reply import plain_reply


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("PS: Thema Vereinswebseite mit WordPress wäre mal was.", "Vereinswebseite mit WordPress"),
        ("Das Thema Fördermittel wäre auch mal was für einen Abend.", "Fördermittel"),
        ("Thema Barrierefreiheit wäre doch mal so was für einen Themenabend.", "Barrierefreiheit"),
        ("Video-Schnitt mit CapCut wäre auch mal was.", "Video-Schnitt mit CapCut"),
        ("Ja! Instagram-Stories für Anfänger wäre auch mal was.", "Instagram-Stories für Anfänger"),
        ("Barrierefreie PDFs wären mal was für einen Abend.", "Barrierefreie PDFs"),
        ("Newsletter mit Brevo wär echt mal was.", "Newsletter mit Brevo"),
        ("Und als Thema bitte mal Mitgliedergewinnung online.", "Mitgliedergewinnung online"),
        ("Als nächstes Thema gern Bluesky für Vereine.", "Bluesky für Vereine"),
        ("Als Thema vielleicht mal was zu Vereinsfinanzen.", "Vereinsfinanzen"),
    ],
)
def test_a_subject_said_to_be_worth_an_evening_is_suggested(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


@pytest.mark.parametrize(
    "text",
    [
        "Bowling wäre auch mal was.",
        "Ein Biergarten wäre auch mal was.",
        "Grillen im Park wäre auch mal was.",
        "Samstags wäre auch mal was.",
        "Ein Treffen im Sommer wäre auch mal was.",
        "Das wäre auch mal was.",
        "Mal woanders hin wäre auch mal was.",
        "Als Thema ist mir alles recht.",
        "Als Thema bitte nichts mit KI.",
        "Als Thema gern wieder so wie letztes Mal.",
    ],
)
def test_an_outing_a_day_or_no_subject_is_no_suggestion(text: str) -> None:
    assert extract_topics(text).titles == []


@pytest.mark.parametrize(
    ("text", "answer", "title"),
    [
        (
            "Leider nein, aber Video-Schnitt mit CapCut wäre auch mal was.",
            Answer.NO,
            "Video-Schnitt mit CapCut",
        ),
        (
            "Kann leider nicht. PS: Thema Vereinswebseite mit WordPress wäre mal was.",
            Answer.NO,
            "Vereinswebseite mit WordPress",
        ),
        (
            "Als Thema bitte mal Mitgliedergewinnung online. Ich komme aber nicht.",
            Answer.NO,
            "Mitgliedergewinnung online",
        ),
    ],
)
def test_the_answer_beside_the_suggestion_is_kept(text: str, answer: Answer, title: str) -> None:
    assert read_intent(extract_topics(text).rest).answer is answer
    found = analyse(plain_reply(text))
    assert found.answer is not (Answer.YES if answer is Answer.NO else Answer.NO)
    assert found.topics == [title]
