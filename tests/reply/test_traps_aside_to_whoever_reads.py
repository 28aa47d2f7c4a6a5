"""An aside to whoever reads along, after a yes: "Ich bin da. Und falls jemand vom
Heimatverein mitlesen sollte: Die Jahresversammlung ist am 5.2., nicht am 28.1.!" The
"falls jemand …" ran on past its colon and hid that the date put right was another
event's, so its "nicht am" stood as a no; and "und falls jemand" was counted as a
guest. The colon ends the condition; "und" before "falls", "wenn", "if" names no one."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.guests import read_guests
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

ASIDES = [
    pytest.param(
        "Ich bin da. Und falls jemand vom Heimatverein mitlesen sollte: "
        "Die Jahresversammlung ist am 5.2., nicht am 28.1.!",
        id="de-heimatverein",
    ),
    pytest.param(
        "Bin dabei. Falls wer vom Vorstand mitliest: Das Sommerfest ist am 3.7., nicht am 28.!",
        id="de-vorstand",
    ),
    pytest.param(
        "I'm in. And if anyone from the board reads this: the AGM is on the 5th, not the 28th.",
        id="en-board",
    ),
]


@pytest.mark.parametrize("text", ASIDES)
def test_an_aside_to_whoever_reads_keeps_the_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", ASIDES)
def test_an_aside_to_whoever_reads_is_never_recorded_as_no(text: str) -> None:
    reply = analyse(_mail(text))
    assert reply.answer is not Answer.NO
    assert reply.guests == 0


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Und falls jemand vom Heimatverein mitlesen sollte: egal.", id="de-falls"),
        pytest.param("Und wenn jemand fragt: Ich bringe Kuchen.", id="de-wenn"),
        pytest.param("And if anyone asks, I'll bring cake.", id="en-if"),
    ],
)
def test_a_condition_after_and_names_no_guest(sentence: str) -> None:
    assert read_guests([sentence]).count == 0


def test_someone_named_after_and_is_still_a_guest() -> None:
    assert read_guests(["Ich komme, und meine Frau auch."]).count == 1


def test_an_answer_after_a_condition_and_its_colon_still_counts() -> None:
    assert read_intent("Falls jemand fragt: Ich kann leider nicht.").answer is Answer.NO
