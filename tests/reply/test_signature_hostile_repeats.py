"""Hostile mail: thousands of name lines are looked at once each when the signature is found.

Each line that could start a signature (the sender's name after a blank line, a
name over a club's line) copied the rest of the mail to look at the lines under
it, and the club-and-motto look copied the lines above each line as well: 4,000
times "Karin Weber" and a blank line (52,000 characters) took about 2 s of CPU,
growing with the square. Only the few lines that can decide are looked at now.
Time is the CPU of this thread, the smaller of two runs, so a busy machine does
not count.
"""

from __future__ import annotations

import time

import pytest

from mail.signature import above_signature
from mail.signature_motto import motto_start


def _cpu(text: str) -> float:
    above_signature(text[:40], "Karin Weber")  # the one-time set-up is not the repeat's
    runs = []
    for _ in range(2):
        started = time.thread_time()
        above_signature(text, "Karin Weber")
        runs.append(time.thread_time() - started)
    return min(runs)


@pytest.mark.parametrize(
    "unit",
    [
        "Karin Weber\n\n",  # the sender's name, again and again after a blank line
        "Karin Weber\nHospizchor Görlitz\n\n",  # a name over a club's line
        "Viele Grüße\nKarin Weber\n",  # the name under a closing greeting
        "Anna Schmitz\n\n\n",  # another name, as a club mailbox signs
    ],
)
def test_thousands_of_name_lines_are_looked_at_once_each(unit: str) -> None:
    assert _cpu(unit * 4_000) < 0.5


def test_a_name_with_a_club_and_motto_under_the_words_is_still_found() -> None:
    text = "Ich komme gern.\n\nKarin Weißflog\nHospizchor Görlitz\n\nWir singen auch."
    assert motto_start(text) == 2
    assert above_signature(text, "Karin Weißflog") == "Ich komme gern."


def test_a_name_with_contact_details_under_the_words_is_still_cut() -> None:
    text = "Bin dabei!\n\nKarin Weber\nTel. +49 221 123456\nwww.example.org"
    assert above_signature(text, "Karin Weber") == "Bin dabei!"
