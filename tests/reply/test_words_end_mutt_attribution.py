"""The attribution mutt users set, "* Anna <a@b.org> [2027-01-08 09:14]:", ends the words.

It carries the sender's address and the date in brackets; a line of the member's
own with an address and a bracket ("Schreibt mir an <a@b.de> [ab 18 Uhr]:") stays
theirs.
"""

from __future__ import annotations

import pytest

from mail.quotes import strip_quotes

QUOTE = "> Hallo Norbert,\n>\n> du bist herzlich eingeladen.\n"


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("* Stammtisch <stammtisch@example.org> [2027-01-08 09:14]:", id="star-iso"),
        pytest.param("Stammtisch <stammtisch@example.org> [08.01.2027 09:14]:", id="german-date"),
        pytest.param("* Anna Berg <anna@example.org> [2027-01-08 09:14 +0100]:", id="with-zone"),
    ],
)
def test_the_dated_address_line_above_a_quote_ends_the_words(line: str) -> None:
    assert strip_quotes(f"Bin dabei.\n\n{line}\n{QUOTE}").text == "Bin dabei."


def test_a_reply_of_only_the_attribution_and_the_quote_has_no_words() -> None:
    line = "* Stammtisch <stammtisch@example.org> [2027-01-08 09:14]:"
    assert strip_quotes(f"{line}\n{QUOTE}").text == ""


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Komme! Schreibt mir an <anna@example.org> [ab 18 Uhr]:", id="no-date"),
        pytest.param("Komme! Schreibt mir an <anna@example.org> [2027-01-08]:", id="sentence"),
    ],
)
def test_a_members_line_with_an_address_in_it_stays_theirs(line: str) -> None:
    assert strip_quotes(f"{line}\n{QUOTE}").text == line
