"""A bare title written right under the invitation's quoted ask for topics is a suggestion.

Members answer between the lines they quote: under "> Themenwünsche?", "> Habt ihr Ideen
für Themen?" or the invitation's own "> Thema: …  du schlägst ein Thema … vor" they write
the title alone. The quoted ask is its label. An answer, a regret or "keine Idee" under
the ask suggests nothing, and neither does a line under the list of open topics, nor a
bare line under a quote that asks something else.
"""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.topic_in_place import titles_under_quoted_ask
from tests.reply.growth import cpu_growth
from tests.reply.plain_reply import plain_reply

INSTRUCTION_DE = "> Thema: …         du schlägst ein Thema für einen Themenabend vor"
INSTRUCTION_EN = "> Topic: …         you suggest a topic for a theme evening"


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (
            "Komme gern.\n\n> Themenwünsche?\nDatenschutz im Verein\n\nLisa",
            ["Datenschutz im Verein"],
        ),
        (
            "Ja.\n\n> Habt ihr Themenwünsche?\n\nOpen Source im Ehrenamt\n\nLG Lisa",
            ["Open Source im Ehrenamt"],
        ),
        (
            "Zusage!\n\n> Themenwünsche? Einfach antworten.\n>\nNextcloud für Vereine\n",
            ["Nextcloud für Vereine"],
        ),
        (
            "Bin dabei.\n\n> Welche Themen interessieren euch?\n"
            "- Canva für Anfänger\n- Bildrechte\n",
            ["Canva für Anfänger", "Bildrechte"],
        ),
        (
            f"Ja\n\n{INSTRUCTION_DE}\nSocial Media im Sportverein\n> +1 für Thema 1   du stimmst\n",
            ["Social Media im Sportverein"],
        ),
        (
            "Ja.\n\n> Schreibt uns gern eure Themenwünsche.\nPodcasts aufnehmen mit dem Handy\n",
            ["Podcasts aufnehmen mit dem Handy"],
        ),
        (
            "Klar.\n\n> Habt ihr Ideen für Themen?\nVereinschronik digitalisieren\n\nGruß",
            ["Vereinschronik digitalisieren"],
        ),
        (
            "Ich komme.\n\n> Themenvorschläge?\nFördermittel online beantragen\n",
            ["Fördermittel online beantragen"],
        ),
        (
            "Yes, count me in.\n\n> Any topic wishes?\nPasskeys explained\n\nCheers",
            ["Passkeys explained"],
        ),
        (f"Sure.\n\n{INSTRUCTION_EN}\nLinkedIn for freelancers\n", ["LinkedIn for freelancers"]),
        (
            "I'm in.\n\n> Any ideas for topics?\n\nEvent photos and consent\n",
            ["Event photos and consent"],
        ),
        (
            "Yes!\n\n> Which topics would you like?\n* Bluesky basics\n* Canva templates\n",
            ["Bluesky basics", "Canva templates"],
        ),
        (
            "Coming.\n\n> Let us know your topic ideas.\nNewsletter tools compared\n",
            ["Newsletter tools compared"],
        ),
        (
            "Ja, komme.\n\n> Themenwünsche?\nKI-Texte im Vereinsalltag\n\n> Viele Grüße\n",
            ["KI-Texte im Vereinsalltag"],
        ),
    ],
)
def test_a_bare_title_under_a_quoted_ask_is_suggested(text: str, titles: list[str]) -> None:
    assert titles_under_quoted_ask(text) == titles


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Komme gern.\n\n> Themenwünsche?\nDatenschutz im Verein\n\nLisa", "Datenschutz im Verein"),
        (
            "Yes, count me in.\n\n> Any topic wishes?\nPasskeys explained\n\nCheers, Lisa",
            "Passkeys explained",
        ),
    ],
)
def test_the_reply_records_the_title_and_keeps_its_answer(text: str, title: str) -> None:
    result = analyse(plain_reply(text))
    assert result.topics == [title]
    assert result.answer is not None and result.answer.value == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Nein, leider.\n\n> Themenwünsche?\nLeider keine.\n",
        "Ja.\n\n> Themenwünsche?\nnö\n",
        "Ja\n\n> Habt ihr Themenwünsche?\nIch komme gern, Themen egal.\n",
        "Ja\n\n> Themenwünsche?\nKeine Ahnung, mir fällt nichts ein.\n",
        "Ja\n\n> Themenwünsche?\nSiehe unten\n",
        "Ja\n\n> Themenwünsche?\nDonnerstag passt\n",
        "Yes\n\n> Any topic wishes?\nnone really\n",
        "Yes\n\n> Any topic wishes?\nNot right now, sorry.\n",
        "Yes\n\n> Any topic wishes?\nI can't think of one.\n",
        "Ja\n\n> Offene Themenvorschläge:\n>   1. Mastodon für Vereine\n\nBarrierefreie Posts!\n",
        "Ja\n\n> Wo findet das Treffen statt?\nGaststätte Severin\n",
        "Ja\n\n> Bitte sag kurz Bescheid, ob du kommst.\nKomme mit Begleitung\n",
        "Ja\n\n> Themenwünsche?\n\nDanke für die Einladung!\n",
        "Klar\n\nDatenschutz im Verein\n\n> Themenwünsche?\n",
        "Ja\n\n> Any questions or wishes?\nVegetarian options please\n",
        "Ja\n\n> Hast du Ideen, wie wir mehr Leute erreichen?\nMehr Instagram\n",
    ],
)
def test_an_answer_or_no_idea_under_the_ask_is_no_title(text: str) -> None:
    assert titles_under_quoted_ask(text) == []


@pytest.mark.parametrize("name", ["Lisa", "Lisa Koch", "LG Lisa"])
def test_the_members_name_signing_under_the_ask_is_no_title(name: str) -> None:
    text = f"Ja\n\n{INSTRUCTION_DE}\n{name}\n"
    assert titles_under_quoted_ask(text, "Lisa Koch") == []


def test_a_long_quote_of_asks_is_read_in_time_that_grows_with_its_length() -> None:
    words = "> Themenwünsche?\nDatenschutz im Verein\n"
    assert cpu_growth(titles_under_quoted_ask, words) < 4
