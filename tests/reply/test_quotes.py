"""Separating the member's words from quotes and signatures, as real clients write them."""

from __future__ import annotations

import email
import email.policy

import pytest

from mail.analysis import analyse
from mail.quotes import strip_html_quotes, strip_quotes, text_format, unflow, unwrap

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
        '<p>Ja</p><div style="border-top: 1px solid #B5C4DF; padding: 3pt 0 0 0">'
        "<p><b>From:</b> x</p></div><p>Antworte mit Nein</p>",
        '<div>Ja</div><div id="x_divRplyFwdMsg"><b>Von:</b> x</div><div>Antworte mit Nein</div>',
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


# --------------------------------------------------------------------------- where own words end

QUOTE = "> Kommst du? Antworte mit Ja oder Nein."


@pytest.mark.parametrize(
    ("own", "attribution"),
    [
        ("Am Samstag komme ich.", "Am 01.01.2027 um 17:22 schrieb Stammtisch <s@example.org>:"),
        (
            "On Saturday I'll be there.",
            "On Fri, Jan 1, 2027 at 5:22 PM Stammtisch <s@example.org> wrote:",
        ),
        (
            "Am heutigen Tage",
            "Am So., 1. Jan. 2027 um 17:22 Uhr schrieb Stammtisch <\ns@example.org>:",
        ),
    ],
)
def test_a_last_line_that_starts_like_an_attribution_stays_the_members(
    own: str, attribution: str
) -> None:
    result = strip_quotes(f"{own}\n{attribution}\n{QUOTE}\n")
    assert result.text == own
    assert "Kommst du?" in result.quoted


@pytest.mark.parametrize(
    "attribution",
    [
        "Op 11 jan. 2027 om 09:15 schreef Stammtisch <s@example.org>:",
        "Op ma 11 jan. 2027 09:15 Stammtisch <s@example.org>\nschreef:",
        "Le lun. 11 janv. 2027 à 09:15, Stammtisch <s@example.org> a écrit :",
        "Le lun. 11 janv. 2027 à 09:15, Stammtisch <s@example.org>\na écrit :",
        "Il giorno lun 11 gen 2027 alle ore 09:15 Stammtisch <s@example.org> ha scritto:",
        'In data 11 gennaio 2027 09:15:31 "Stammtisch" <s@example.org> ha scritto:',
        "Den 11. jan. 2027 kl. 09.15 skrev Stammtisch <s@example.org>:",
        "11. januar 2027 kl. 09.15 skrev Stammtisch <s@example.org>:",
        "Den mån 11 jan. 2027 09:15 skrev Stammtisch <\ns@example.org>:",
        "På 11 januar 2027 på 09:15:18, Stammtisch (s@example.org) skrev:",
        "Dnia 11 stycznia 2027 09:15 Stammtisch <s@example.org> napisał(a):",
        "W dniu 11 stycznia 2027 09:15 użytkownik Stammtisch <s@example.org>\nnapisał:",
        "Em 11 de janeiro de 2027 às 09:15, Stammtisch (\ns@example.org) escreveu:",
        "ma 11. tammikuuta 2027 klo 9.15 Stammtisch\n<s@example.org> kirjoitti:",
        "El lun, 11 ene 2027 a las 09:15, Stammtisch (<s@example.org>) escribió:",
        "---- On Mon, 11 Jan 2027 09:15:00 +0100 s@example.org wrote ----",
        "------On 11/01/2027 09:15, Stammtisch wrote-----",
        "On Mon, 11 Jan 2027 09:15:00 +0100 Stammtisch <s@example.org> wrote",
        "2027-01-11 09:15 GMT+01:00 Stammtisch <s@example.org>:",
        '11.01.2027, 09.15, "Stammtisch" <s@example.org>:',
        "Monday, 11 January 2027, 9:15 AM +0100 from s@example.org <s@example.org>:",
        "On Mon, Jan 11, 2027 at 9:15 AM Stammtisch\n\n<\nmailto:s@example.org\n> wrote:",
        "On Jan 11, 2027, at 9:15 AM, Stammtisch <\n416ffd3258d4@lists.example.org>\nwrote:",
    ],
)
def test_attributions_in_every_language_and_shape_cut_the_quote(attribution: str) -> None:
    result = strip_quotes(f"Bin dabei.\n\n{attribution}\n\n{INVITATION}\n")
    assert result.text == "Bin dabei."
    assert "Antworte einfach" in result.quoted


@pytest.mark.parametrize("joint", [" ", "--- ", " -- "])
def test_an_attribution_sharing_the_line_keeps_the_reply_before_it(joint: str) -> None:
    text = f"Ja, bin dabei.{joint}On Mon, Jan 11, 2027 at 9:15 AM, s@example.org wrote:\n{QUOTE}"
    assert strip_quotes(text).text == "Ja, bin dabei."


@pytest.mark.parametrize(
    "block",
    [
        "De : Stammtisch [mailto:s@example.org]\nEnvoyé : lundi 11 janvier 2027 09:15\n"
        "À : Anna\nObjet : Invitation",
        "Van: Stammtisch <s@example.org>\nVerzonden: maandag 11 januari 2027 09:15\n"
        "Aan: Anna\nOnderwerp: Uitnodiging",
        "Fra: Stammtisch <s@example.org>\nSendt: 11. januar 2027 09:15\n"
        "Til: Anna\nEmne: Invitation",
        "Från: Stammtisch <s@example.org>\nSkickat: den 11 januari 2027 09:15\n"
        "Till: Anna\nÄmne: Inbjudan",
        "Od: Stammtisch <s@example.org>\nWysłano: poniedziałek, 11 stycznia 2027 09:15\n"
        "Do: Anna\nTemat: Zaproszenie",
        "De: s@example.org\nEnviada em: segunda-feira, 11 de janeiro de 2027 09:15\n"
        "Para: anna@example.org\nAssunto: Convite",
        "Date: Mon, 11 Jan 2027 09:15:02 +0100\nTo: anna@example.org",
        "Date: Mon, 11 Jan 2027 09:15 From: s@example.org To: Anna Subject: Einladung",
        "-------- Message d'origine --------\nDe : Stammtisch <s@example.org>",
        "-----Oprindelig meddelelse-----\nFra: Stammtisch",
    ],
)
def test_header_blocks_and_separators_in_other_languages_cut_the_rest(block: str) -> None:
    result = strip_quotes(f"Ja, gerne.\n\n{block}\n\n{INVITATION}")
    assert result.text == "Ja, gerne."
    assert "Zusage" in result.quoted


def test_a_header_block_on_top_heads_the_members_own_text() -> None:
    text = (
        "Od: Anna <anna@example.org>\nWysłano: środa, 1 marca 2027 12:00\n"
        "Do: Stammtisch <s@example.org>\nTemat: Re: Zaproszenie\n\nTak, będę.\n"
    )
    assert strip_quotes(text).text == "Tak, będę."


@pytest.mark.parametrize(
    "line",
    [
        "Sent from my desk, is much easier than my mobile phone.",
        "Sent from my iPhone app to all users, as I said.",
        "Gesendet von Anna, weil Jens krank ist.",
    ],
)
def test_a_sentence_starting_like_a_phone_signature_is_kept(line: str) -> None:
    text = f"Ich komme.\n\n{line}"
    assert strip_quotes(text).text == text


@pytest.mark.parametrize(
    "signature",
    [
        "Sent from my Verizon Wireless BlackBerry",
        "Gesendet von Outlook für Android<https://aka.ms/AAb9ysg>",
        "Télécharger Outlook pour iOS<https://aka.ms/o0ukef>",
        "Envoyé de mon iPhone",
        "Verzonden vanaf mijn iPhone",
        "Skickat från min iPhone",
        "Sent with Sparrow (http://www.sparrowmailapp.com/?sig)",
    ],
)
def test_phone_signatures_in_their_known_forms_are_removed(signature: str) -> None:
    result = strip_quotes(f"Ich komme!\n\n{signature}\n\n{quoted(INVITATION)}")
    assert result.text == "Ich komme!"


def test_a_mailing_list_footer_is_not_the_members_text() -> None:
    text = "Bin dabei.\n\n__\nstammtisch mailing list\nstammtisch@lists.example.org\n"
    assert strip_quotes(text).text == "Bin dabei."


def test_a_line_framed_by_arrows_is_the_members_not_a_quote() -> None:
    text = "Hier die Anfahrt:\n>>> https://example.org/anfahrt <<<\nBis Samstag!"
    assert strip_quotes(text).text == text


def test_a_wrapped_link_inside_the_quote_stays_in_the_quote() -> None:
    text = (
        "Ja.\n\nOn Mon, Jan 11, 2027 at 9:15 AM, Stammtisch wrote:\n\n"
        "> Alle Infos (http://example.org/event\n_id=3dd518)\n> Antworte mit Nein\n"
    )
    assert strip_quotes(text).text == "Ja."


# --------------------------------------------------------------------------- soft line breaks


def test_unflow_joins_soft_breaks_and_keeps_hard_ones() -> None:
    text = "Ich komme leider \nnicht, weil \nich krank bin.\nAnna"
    assert unflow(text) == "Ich komme leider nicht, weil ich krank bin.\nAnna"


def test_unflow_with_delsp_drops_the_space_the_sender_added() -> None:
    assert unflow("Donaudampf \nschifffahrt", delsp=True) == "Donaudampfschifffahrt"


def test_unflow_joins_only_within_one_quote_depth_and_unstuffs() -> None:
    text = "> Kommst \n> du?\n>> Alt \nNein.\n From here"
    assert unflow(text) == "> Kommst du?\n>> Alt \nNein.\nFrom here"


def test_unflow_never_flows_the_signature_separator() -> None:
    assert unflow("Ja.\n-- \nAnna") == "Ja.\n-- \nAnna"


def test_unwrap_joins_a_sentence_a_phone_broke_in_the_middle() -> None:
    text = "Ich komme nicht,\nweil ich krank bin.\nGrüße\nAnna"
    assert unwrap(text) == "Ich komme nicht, weil ich krank bin.\nGrüße\nAnna"


def test_unwrap_leaves_finished_sentences_and_quotes_alone() -> None:
    text = "Ja.\nbis dann\n> nein\ndanke"
    assert unwrap(text) == text


def test_unwrap_keeps_a_salutation_and_a_labelled_line_apart() -> None:
    text = "Hallo Anna,\nich komme.\nBis bald\nthema: KI im Verein"
    assert unwrap(text) == text


def test_text_format_reads_flowed_and_delsp_of_the_plain_part() -> None:
    message = email.message_from_string(
        'Content-Type: text/plain; charset="utf-8"; format=flowed; delsp=yes\n\nJa\n',
        policy=email.policy.default,
    )
    assert text_format(message) == {"flowed": True, "delsp": True}
    assert text_format(None) == {"flowed": False, "delsp": False}


def test_a_flowed_reply_is_read_with_its_soft_breaks_joined() -> None:
    raw = (
        b"From: Anna <anna@example.org>\r\nTo: s@example.org\r\nSubject: Re: Einladung\r\n"
        b"Message-ID: <flowed@example.org>\r\n"
        b"Content-Type: text/plain; charset=utf-8; format=flowed\r\n\r\n"
        b"Ich komme, bringe zwei \r\nG\xc3\xa4ste mit.\r\n\r\n"
        b"Am 11.01.2027 um 09:15 schrieb Stammtisch <s@example.org>:\r\n> Kommst du?\r\n"
    )
    assert analyse(raw).text == "Ich komme, bringe zwei Gäste mit."
