"""A member's sentence and the attribution on one line: every own word is kept.

Phones and webmail put the reply and "On … wrote:" / "Am … schrieb …:" on one
line. The words before are the member's when they make a finished sentence,
even with a date in it ("the 28th", "Am 28."), even when the line itself
opens like an attribution, and even when an opener word ("am", "on") stands
inside the member's sentence: the last place an attribution can start is the
one.
"""

from __future__ import annotations

import pytest

from mail.quotes import strip_quotes

QUOTE = "\n> Hi Anna,\n> you're warmly invited to our next evening.\n"
ATTRIBUTIONS = [
    pytest.param("On Fri, Jan 8, 2027 at 9:14 AM Stammtisch <st@example.org> wrote:", id="en"),
    pytest.param("Am Fr., 8. Jan. 2027 um 09:14 Uhr schrieb Stammtisch <st@example.org>:", id="de"),
]
OWN = [
    pytest.param("Sorry, the 28th doesn't work for me.", id="en-date-inside"),
    pytest.param("No, the 28th.", id="en-ordinal-last"),
    pytest.param("See you on the 28th?", id="en-question"),
    pytest.param("On Thursday I'm in Leeds, sorry.", id="en-opens-like-one"),
    pytest.param("Am 28. kann ich nicht.", id="de-opens-like-one"),
    pytest.param("Am Samstag komme ich.", id="de-am-samstag"),
    pytest.param("Klar, am 28. bin ich da!", id="de-opener-word-inside"),
    pytest.param("Ich komme am liebsten direkt.", id="de-am-inside-no-date"),
]


@pytest.mark.parametrize("attribution", ATTRIBUTIONS)
@pytest.mark.parametrize("own", OWN)
def test_a_finished_sentence_before_an_attribution_on_its_line_is_kept(
    own: str, attribution: str
) -> None:
    assert strip_quotes(f"{own} {attribution}{QUOTE}").text == own


@pytest.mark.parametrize("attribution", ATTRIBUTIONS)
def test_an_attribution_alone_on_its_line_still_ends_the_words(attribution: str) -> None:
    assert strip_quotes(f"Ja, bin dabei.\n{attribution}{QUOTE}").text == "Ja, bin dabei."
