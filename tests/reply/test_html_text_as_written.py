"""A reply with only an HTML part reads as the member wrote it.

The HTML converter escapes what markdown would take for a numbered list, a
bullet or a backslash before such a sign ("1\\. Idee", "\\- Punkt"); the text
somek reads and shows has no such marks, so a numbered list of topic ideas or a
date at the start of a line ("10. Dezember passt") reads as in a plain part.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from mail.analysis import analyse
from mail.decode import html_to_text
from mail.types import Answer


@pytest.mark.parametrize(
    ("html", "text"),
    [
        pytest.param("<div>Ideen:<br>1. Reels<br>2. Stories</div>", "Ideen:\n1. Reels\n2. Stories",
                     id="numbered"),
        pytest.param("<div>- Reels<br>+ Stories</div>", "- Reels\n+ Stories", id="bullets"),
        pytest.param("<p>10. Dezember passt mir</p>", "10. Dezember passt mir", id="date-first"),
        pytest.param(r"<p>Pfad C:\Daten\_alt \o/</p>", r"Pfad C:\Daten\_alt \o/", id="backslash"),
    ],
)  # fmt: skip
def test_the_converted_text_has_no_markdown_escapes(html: str, text: str) -> None:
    assert html_to_text(html) == text


def html_reply(html: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Lisa Koch <lisa@members.example>"
    message["To"] = "stammtisch@example.org"
    message["Subject"] = "Re: Stammtisch"
    message["Message-ID"] = "<h-1@members.example>"
    message["In-Reply-To"] = "<inv-1@somek>"
    message.set_content(html, subtype="html")
    return bytes(message)


def test_a_numbered_list_of_ideas_in_html_gives_each_topic() -> None:
    found = analyse(
        html_reply(
            "<div>Zwei Themenideen:<br>1. Gartentipps als Reels<br>2. Saisonware bewerben</div>"
        )
    )
    assert sorted(found.topics) == ["Gartentipps als Reels", "Saisonware bewerben"]


def test_a_bulleted_list_of_ideas_in_html_gives_each_topic() -> None:
    found = analyse(
        html_reply("<div>Topic ideas:<br>- Promoting DJ sets<br>- Working with venues online</div>")
    )
    assert sorted(found.topics) == ["Promoting DJ sets", "Working with venues online"]


OUTLOOK_LINES = (
    '<div class="WordSection1"><p class="MsoNormal">I\'m afraid I won\'t be able to<o:p></o:p></p>'
    '<p class="MsoNormal">make it on Thursday.<o:p></o:p></p>'
    '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
    '<p class="MsoNormal">Lisa<o:p></o:p></p></div>'
)


def test_outlooks_paragraph_per_line_reads_as_lines() -> None:
    assert html_to_text(OUTLOOK_LINES) == (
        "I'm afraid I won't be able to\nmake it on Thursday.\n\nLisa"
    )


def test_a_sentence_outlook_broke_over_two_lines_is_one_answer() -> None:
    assert analyse(html_reply(OUTLOOK_LINES)).answer is Answer.NO


def test_paragraphs_of_other_html_stay_paragraphs() -> None:
    assert html_to_text("<p>Absatz eins</p><p>Absatz zwei</p>") == "Absatz eins\n\nAbsatz zwei"
