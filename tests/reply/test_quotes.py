"""Separating the member's words from quotes and signatures, as real clients write them."""

from __future__ import annotations

import pytest

from mail.quotes import strip_html_quotes, strip_quotes

INVITATION = 'Kommst du? Antworte einfach mit "Ja", "Nein" oder "Vielleicht".\nZusage genügt.'


def quoted(text: str) -> str:
    return "\n".join(f"> {line}" for line in text.splitlines())


@pytest.mark.parametrize(
    "attribution",
    [
        "Am Mo., 11. Jan. 2027 um 09:15 Uhr schrieb Stammtisch <stammtisch@example.org>:",
        "Am Mo., 11. Jan. 2027 um 09:15 Uhr schrieb Stammtisch <\nstammtisch@example.org>:",
        "Am Mo., 11. Jan. 2027 um 09:15 Uhr schrieb\nStammtisch <stammtisch@example.org>:",
        "Am 11.01.2027 um 09:15 schrieb Stammtisch <stammtisch@example.org>:",
        "Am 11.01.27 um 09:15 schrieb Stammtisch:",
        "On Mon, Jan 11, 2027 at 9:15 AM Stammtisch <stammtisch@example.org> wrote:",
        "On Mon, Jan 11, 2027 at 9:15 AM Stammtisch <\nstammtisch@example.org> wrote:",
        "On 11. Jan 2027, at 09:15, Stammtisch <stammtisch@example.org> wrote:",
        "Stammtisch schrieb am 11.01.2027 09:15:",
    ],
)
def test_attribution_and_quote_are_removed(attribution: str) -> None:
    result = strip_quotes(f"Bin dabei.\n\n{attribution}\n\n{quoted(INVITATION)}\n")
    assert result.text == "Bin dabei."
    assert "Antworte einfach" in result.quoted
    assert attribution.splitlines()[0] in result.quoted


def test_an_attribution_without_angle_quotes_cuts_everything_after_it() -> None:
    text = f"Leider nicht.\n\nAm 11.01.2027 um 09:15 schrieb Stammtisch:\n\n{INVITATION}"
    assert strip_quotes(text).text == "Leider nicht."


@pytest.mark.parametrize(
    "separator",
    [
        "-----Ursprüngliche Nachricht-----",
        "-----Original Message-----",
        "---------- Forwarded message ---------",
        "Begin forwarded message:",
    ],
)
def test_outlook_separators_cut_the_rest(separator: str) -> None:
    result = strip_quotes(f"Bin raus.\n\n{separator}\nVon: x\n\n{INVITATION}")
    assert result.text == "Bin raus."
    assert "Zusage" in result.quoted


@pytest.mark.parametrize(
    "block",
    [
        "Von: Stammtisch <s@example.org>\nGesendet: Montag, 11. Januar 2027 09:15\n"
        "An: Anna <a@example.org>\nBetreff: Einladung",
        "*Von:* Stammtisch <s@example.org>\n*Gesendet:* Montag, 11. Januar 2027 09:15\n"
        "*An:* Anna <a@example.org>\n*Betreff:* Einladung",
        "From: Stammtisch <s@example.org>\nSent: Monday, January 11, 2027 9:15 AM\n"
        "To: Anna <a@example.org>\nSubject: Invitation",
        "Gesendet: Montag, 11. Januar 2027 um 09:15 Uhr\nVon: Stammtisch <s@example.org>\n"
        "An: a@example.org\nBetreff: Einladung",
    ],
)
def test_header_blocks_cut_the_rest(block: str) -> None:
    text = f"Ja, gerne.\n\n________________________________\n{block}\n\n{INVITATION}"
    result = strip_quotes(text)
    assert result.text == "Ja, gerne."
    assert result.quoted.startswith("________________________________")


def test_a_single_header_like_line_in_own_words_is_kept() -> None:
    text = "Ja.\nBetreff: Parkplatz – gibt es einen?"
    assert strip_quotes(text).text == text


@pytest.mark.parametrize(
    "signature",
    [
        "-- \nAnna Schmidt\nTel. 0221 123",
        "Von meinem iPhone gesendet",
        "Gesendet von meinem iPad",
        "Sent from my iPhone",
        "Sent from my Android phone",
        "Gesendet von Outlook für Android",
        "Get Outlook for iOS",
        "Diese Nachricht wurde von meinem Android-Mobiltelefon mit GMX Mail gesendet.",
        "Gesendet mit der WEB.DE Mail App",
    ],
)
def test_signatures_are_removed(signature: str) -> None:
    result = strip_quotes(f"Ich komme!\n\n{signature}\n\n{quoted(INVITATION)}")
    assert result.text == "Ich komme!"
    assert signature.splitlines()[0].strip() in result.quoted


def test_inline_answers_between_quoted_lines_are_kept() -> None:
    text = (
        "Am 11.01.27 um 09:15 schrieb Stammtisch:\n"
        "> Kommst du? Antworte mit Ja oder Nein.\n\nJa!\n\n"
        "> Themenvorschläge:\n> 2. LinkedIn\n\n+1 für Thema 2\n"
    )
    result = strip_quotes(text)
    assert result.text == "Ja!\n\n+1 für Thema 2"
    assert "Antworte mit Ja oder Nein" in result.quoted


def test_a_sentence_mentioning_wrote_is_not_an_attribution() -> None:
    text = "Wie Anna schon schrieb: ich bin dabei."
    assert strip_quotes(text).text == text


def test_text_without_quotes_is_unchanged() -> None:
    assert strip_quotes("Ja, bin dabei.\n\nGrüße\nAnna").text == "Ja, bin dabei.\n\nGrüße\nAnna"


@pytest.mark.parametrize(
    "markup",
    [
        '<div>Ja</div><div class="gmail_quote"><div>Am … schrieb:</div>'
        "<blockquote>Antworte mit Nein</blockquote></div>",
        '<div>Ja</div><div id="divRplyFwdMsg"><b>Von:</b> x</div><div>Antworte mit Nein</div>',
        '<div>Ja</div><div id="appendonsend"></div><hr><div>Antworte mit Nein</div>',
        '<p>Ja</p><div class="moz-cite-prefix">Am … schrieb:</div>'
        '<blockquote type="cite">Antworte mit Nein</blockquote>',
        '<div>Ja</div><blockquote type="cite"><div>Antworte mit Nein</div></blockquote>',
        '<div>Ja</div><div class="yahoo_quoted"><div>Antworte mit Nein</div></div>',
        '<div>Ja</div><blockquote style="margin:0">Antworte mit <b>Nein</b></blockquote>',
        '<p>Ja</p><div style="border:none;border-top:solid #E1E1E1 1.0pt">'
        "<p><b>Von:</b> x</p></div><p>Antworte mit Nein</p>",
    ],
)
def test_html_quote_containers_are_removed(markup: str) -> None:
    kept, removed = strip_html_quotes(markup)
    assert "Ja" in kept
    assert "Nein" not in kept
    assert "Antworte mit" in removed


def test_html_outside_quote_containers_is_kept_after_the_quote() -> None:
    kept, _ = strip_html_quotes("<div>Ja</div><blockquote>Nein</blockquote><div>Anna</div>")
    assert "Anna" in kept


def test_unclosed_html_does_not_lose_the_members_words() -> None:
    kept, removed = strip_html_quotes("<div><p>Bin dabei<blockquote>Antworte mit Nein")
    assert "Bin dabei" in kept
    assert "Nein" in removed
