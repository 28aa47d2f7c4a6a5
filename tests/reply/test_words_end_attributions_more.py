"""Attributions that lost their colon, framed in dashes with the date behind, or in Russian.

"Am 08.01.27 um 09:14 schrieb Stammtisch" (no colon: only the sender's name
after a dated opener, and only above a quote), "-- Stammtisch <…> wrote on
Friday, 8 January 2027 09:14 --", "08.01.2027 09:14, Stammtisch пишет:" end
the member's words. A line of the member's own that tells who wrote what
("schrieb mir Anna, dass …") stays theirs.
"""

from __future__ import annotations

import pytest

from mail.quotes import strip_quotes

OWN = "Ich komme gern."
QUOTE = "\n> Einladung zum Stammtisch\n> Bitte antworten\n"

ENDS = [
    ("Am 08.01.27 um 09:14 schrieb Stammtisch", "de-no-colon"),
    ("On Fri, 8 Jan 2027 at 09:14 Stammtisch wrote", "en-no-colon"),
    ("-- Stammtisch <st@example.org> wrote on Friday, 8 January 2027 09:14 --", "en-dashed"),
    ("08.01.2027 09:14, Stammtisch пишет:", "ru-pishet"),
]


@pytest.mark.parametrize("line", [pytest.param(a, id=name) for a, name in ENDS])
def test_the_attribution_ends_the_members_words(line: str) -> None:
    assert strip_quotes(f"{OWN}\n\n{line}\n{QUOTE}").text == OWN


OWN_LINES = [
    ("Am 28. um 19 Uhr schrieb mir Anna, dass sie kommt", "de-schrieb-mir-dass"),
    ("Am Samstag um 10:00 schrieb ich Anna", "de-schrieb-ich"),
    ("On Friday at 9:14 I wrote", "en-i-wrote"),
]


@pytest.mark.parametrize("line", [pytest.param(a, id=name) for a, name in OWN_LINES])
def test_an_own_line_telling_who_wrote_stays_the_members(line: str) -> None:
    assert strip_quotes(f"{OWN}\n{line}\n{QUOTE}").text == f"{OWN}\n{line}"
