"""A suggestion written between a "-- " line and the member's name is still the member's.

"Bin dabei.\\n-- \\nThema: Datenschutz im Verein\\nLisa Koch": the quote reader cuts all
below "-- " as the signature. The words above the member's name are read for a topic
with a cue, as anywhere else; a bare line there may be a job title, and what stands
below the name ("Themen: Presse, Social Media") is the signature's.
"""

from __future__ import annotations

from functools import partial

import pytest

from mail.analysis import analyse
from mail.topic_below_dashes import titles_below_dashes
from tests.reply.growth import cpu_growth
from tests.reply.plain_reply import plain_reply

NAME = "Lisa Koch"


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (
            "Bin dabei.\n-- \nThema: Datenschutz im Verein\nLisa Koch\nTel 0171 1234567",
            ["Datenschutz im Verein"],
        ),
        (
            "Komme.\n-- \nThemenvorschlag: Nextcloud für Vereine\n\nLisa Koch",
            ["Nextcloud für Vereine"],
        ),
        ("Ja.\n-- \nIch fände einen Abend über Bluesky spannend.\nViele Grüße\nLisa", ["Bluesky"]),
        ("Ja!\n--\nPS: Idee für einen Abend: Fotorecht im Verein\nLisa", ["Fotorecht im Verein"]),
        (
            "Yes.\n-- \nTopic idea: passkeys for small teams\n\nLisa Koch",
            ["passkeys for small teams"],
        ),
        ("Count me in.\n-- \nWould love a session on alt text.\nCheers\nLisa", ["Alt text"]),
        (
            "Can't come.\n-- \nP.S. Topic suggestion: Threads for newsrooms\nLisa Koch",
            ["Threads for newsrooms"],
        ),
    ],
)
def test_a_suggestion_above_the_name_below_the_dashes_is_read(text: str, titles: list[str]) -> None:
    assert titles_below_dashes(text, NAME) == titles


def test_the_reply_records_the_suggestion_below_the_dashes() -> None:
    result = analyse(plain_reply("Bin dabei.\n-- \nThema: Datenschutz im Verein\nLisa Koch"))
    assert result.topics == ["Datenschutz im Verein"]
    assert result.answer is not None and result.answer.value == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Komme.\n-- \nLisa Koch\nThemen: Presse, Social Media\nTel 0221 123456",
        "Komme.\n-- \nReferentin Kommunikation\nSchwerpunktthemen: Presse, Social Media\n"
        "Tel 0221 1",
        "Komme.\n-- \nDatenschutz für Vereinsvorstände\nLisa Koch",
        "Yes.\n-- \nHead of Social Media\nLisa Koch\nwww.example.org",
        "Ja.\n-- \nThema: Datenschutz im Verein\nTel 0171 1234567",
        "Ja.\n-- \n> Thema: …  du schlägst ein Thema vor\nLisa Koch",
        "Ja, komme.\nLisa Koch",
    ],
)
def test_a_signature_or_a_bare_line_below_the_dashes_is_no_suggestion(text: str) -> None:
    assert titles_below_dashes(text, NAME) == []


def test_a_long_run_of_dashed_lines_is_read_in_time_that_grows_with_its_length() -> None:
    words = "-- \nThema: Datenschutz im Verein\n"
    read = partial(titles_below_dashes, sender_name=NAME)
    assert cpu_growth(read, words, tail="\nLisa Koch") < 4
