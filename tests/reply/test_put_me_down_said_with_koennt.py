"""Being put down for the evening, asked with "könnt", is coming; struck off so, the no.

"Ihr könnt mich eintragen", "Mich könnt ihr einplanen", "Schreibt mich auf", "Ihr
könnt mit mir planen", and dropping by for a drink ("Ich schau auf ein Bier vorbei"):
a yes. A negation turns them; "Mich könnt ihr streichen für Donnerstag" is that
evening's no.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from somek_tui.models import Answer


@pytest.mark.parametrize(
    "text",
    [
        "Mich könnt ihr eintragen.",
        "Ihr könnt mich gerne eintragen.",
        "Könnt mich einplanen.",
        "Schreibt mich auf.",
        "Schreibt mich bitte auf.",
        "Ihr könnt mit mir planen.",
        "Ich schau auf ein Bier vorbei.",
        "Ich schau auf nen Sprung rein.",
    ],
)
def test_being_put_down_or_dropping_by_is_coming(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        "Ihr könnt mich diesmal leider nicht einplanen.",
        "Mit mir könnt ihr diesmal nicht planen.",
        "Mich könnt ihr streichen für Donnerstag.",
        "Ihr könnt mich für Donnerstag streichen, bin krank.",
    ],
)
def test_put_down_denied_or_struck_off_for_the_evening_is_a_no(text: str) -> None:
    intent = read_intent(text)
    assert intent.answer is Answer.NO
    assert not intent.unsubscribe


def test_dropping_by_on_a_condition_is_a_maybe() -> None:
    assert read_intent("Ich schau auf ein Bier vorbei, wenn ich's schaffe.").answer is Answer.MAYBE
