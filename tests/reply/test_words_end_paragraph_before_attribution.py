"""A paragraph of the member's own above the attribution is not taken for part of it.

A line that starts like a date-first attribution ("den 28. …", Danish "Den 8. jan.
2027 skrev …") and goes on over finished sentences in the member's own voice,
followed by a blank line and the real attribution, stays the member's words.
"""

from __future__ import annotations

import pytest

from mail.quotes import strip_quotes

ATTRIBUTION = "Stammtisch <stammtisch@example.org> schrieb am Fr., 8. Jan. 2027, 09:14:"
QUOTE = "> Hallo Hannah,\n>\n> du bist eingeladen."


@pytest.mark.parametrize(
    "paragraph",
    [
        "hab die mail erst jetzt gesehen (herrlich übrigens). den 28. schaffe ich leider "
        "nicht, da hab ich schon was zugesagt. nächstes mal bin ich dabei",
        "war im urlaub. den 28. kann ich leider nicht, wir haben besuch. schade drum",
        "sorry for the delay. on the 28th I can't, we have a deadline. another time",
    ],
)
def test_the_members_paragraph_above_the_attribution_is_kept(paragraph: str) -> None:
    text = f"servus\n\n{paragraph}\n\n{ATTRIBUTION}\n\n{QUOTE}"
    assert strip_quotes(text).text == f"servus\n\n{paragraph}"
