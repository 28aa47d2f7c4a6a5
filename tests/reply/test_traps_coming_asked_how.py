"""The coming asked how is no yes: "How could I come, I'm in Rome?", "Wie soll ich das
schaffen, ich hab Nachtdienst?" were read as coming from their "come", "schaffen".

A rhetorical "how could I come" means the member cannot, and "Wie soll ich da
hinkommen?" asks the way: either way a person reads it. A yes said beside such a
question ("Ich komme! Wie komme ich am besten hin?") still stands.
"""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from somek_tui.models import Answer
from tests.reply.plain_reply import plain_reply


@pytest.mark.parametrize(
    "text",
    [
        "Wie könnte ich kommen, ich bin in Rom?",
        "How could I come, I'm in Rome?",
        "Wie soll ich das schaffen, ich hab Nachtdienst?",
        "How am I supposed to make it, I'm in Rome?",
        "Wie soll ich da hinkommen, ohne Auto?",
        "How would I even get there, my car is in the garage?",
    ],
)
def test_the_coming_asked_how_is_never_read_as_a_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES
    assert analyse(plain_reply(text)).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        "Ich komme! Wie komme ich am besten hin?",
        "Komme gern. Wie soll ich das Thema vorbereiten?",
        "Na klar komme ich, wie könnte ich fehlen.",
        "How could I miss it?",
    ],
)
def test_a_yes_beside_a_question_of_how_stands(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
