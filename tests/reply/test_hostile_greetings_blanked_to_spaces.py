"""Hostile mail: a greeting repeated until the sentence is all blanks is read in bounded time.

"grüßt alle " repeated 400 times is blanked by the greeting cue, leaving a sentence of
spaces; the reading of a companion put first ("Meine Kollegin bringe ich mit") tried
that sentence again from every shorter opening: 19 s of CPU for 4,000 characters.
"""

from __future__ import annotations

import time

from mail.analysis import analyse
from tests.reply.plain_reply import plain_reply


def cpu_seconds(text: str) -> float:
    analyse(plain_reply("Ja"))  # the reader's one-time set-up is not this message's cost
    started = time.thread_time()
    analyse(plain_reply(text))
    return time.thread_time() - started


def test_a_greeting_repeated_to_four_thousand_characters_reads_in_a_fraction_of_a_second() -> None:
    assert cpu_seconds(("grüßt alle " * 400)[:4000]) < 1.5


def test_a_companion_put_first_is_still_moved_behind_the_verb() -> None:
    result = analyse(plain_reply("Meine Kollegin bringe ich mit."))
    assert result.guests == 1
