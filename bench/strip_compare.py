"""Compare somek's quote stripper with mail_parser_reply on the reply corpus.

For each reply in ``tests/corpus/replies`` it checks two things about the kept
text: does it still contain words of the quoted invitation ("leak"), and does
it still contain the member's own words ("lost" when not). Run:

    python bench/strip_compare.py
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from mailparser_reply import EmailReplyParser

from mail.analysis import own_words
from mail.decode import DecodedMessage, decode_message

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "replies"

# Lines only the quoted invitation (or its header block) contains.
QUOTE_MARKERS = (
    "Antworte einfach mit",
    "Just reply",
    "Themenvorschläge bisher",
    "Topic suggestions so far",
    "Rheinufer 12",
    "Betreff:",
    "Subject:",
    "schrieb",
    "wrote:",
)

# What each member wrote themselves, at least these phrases.
OWN_WORDS: dict[str, tuple[str, ...]] = {
    "android_gmx_no.eml": ("Ich komme nicht, sorry",),
    "apple_iphone_de_yes.eml": ("Ich komme!",),
    "apple_mail_html_blockquote_maybe.eml": ("Ich versuche es",),
    "base64_utf8_thumbs.eml": ("Ja, ich komme gern",),
    "broken_mime_no_boundary.eml": ("Ja, ich komme.",),
    "broken_mime_truncated.eml": ("Bin dabei.",),
    "contradictory_de.eml": ("Ja, ich komme.", "doch nicht"),
    "gmail_de_alternative_no.eml": ("Leider nicht",),
    "gmail_de_plain_yes.eml": ("Ja, ich bin dabei!",),
    "gmail_empty_plain_part.eml": ("Bin dabei!",),
    "gmail_html_only_plus_one.eml": ("Ich komme +1",),
    "gmx_header_block_plus_one.eml": ("Bin dabei +1",),
    "inline_reply_yes_and_vote.eml": ("Ja!", "+1 für Thema 2"),
    "iphone_en_yes.eml": ("Yes! See you there",),
    "iso8859_15_euro_question.eml": ("Ja! Kostet der Eintritt",),
    "join_request_no_message_id.eml": ("würde gerne beim nächsten Stammtisch",),
    "latin1_label_but_utf8_bytes.eml": ("Ich bin dabei",),
    "maybe_en.eml": ("Maybe",),
    "no_en.eml": ("can't make it",),
    "no_with_guests.eml": ("Ich kann leider nicht", "zwei Kollegen"),
    "outlook_android_yes.eml": ("Ja",),
    "outlook_de_bold_von_guest.eml": ("Zusage! Ich bringe eine Kollegin mit.",),
    "outlook_de_plain_von_block.eml": ("ich komme leider nicht",),
    "outlook_de_ursprungliche_nachricht.eml": ("Bin diesmal raus",),
    "outlook_desktop_html_yes.eml": ("Ja, gerne.",),
    "outlook_en_original_message.eml": ("Count me in.",),
    "outlook_reply_with_suppress_header_is_not_auto.eml": ("Ich komme gerne.",),
    "outlook_web_divrplyfwdmsg_maybe.eml": ("Vielleicht",),
    "question_bring_someone.eml": ("kann ich jemanden mitbringen?",),
    "question_no_answer.eml": ("Wer hält denn diesmal",),
    "raw_utf8_subject_yes.eml": ("Ich bin dabei.",),
    "thumbs_up_only.eml": ("👍",),
    "thunderbird_html_moz_cite_guests.eml": ("Wir kommen zu dritt!",),
    "thunderbird_plain_bottom_post.eml": ("Ja, bin dabei.",),
    "topic_suggestion_only_en.eml": ("Topic suggestion: Measuring reach",),
    "topic_wie_waere_es_no.eml": ("leider nicht dabei", "Community-Management"),
    "topics_bullets_yes.eml": ("Ich bin dabei.", "Bluesky für Redaktionen"),
    "unknown_charset_label.eml": ("Vielleicht",),
    "unsubscribe_de.eml": ("bitte nehmt mich aus dem Verteiler",),
    "unsubscribe_en.eml": ("Please remove me from the list.",),
    "utf8_label_but_latin1_bytes.eml": ("Ich kann leider nicht",),
    "vote_plus_one_topic_not_guest.eml": ("Ich komme.", "+1 für Thema 2"),
    "votes_en_yes.eml": ("Yes, I'll be there.", "I vote for topic 1 and 3"),
    "votes_only_de.eml": ("Ich stimme für 2 und 3.",),
    "webde_latin1_qp_maybe.eml": ("ich weiß noch nicht",),
    "weiss_noch_nicht.eml": ("Weiß noch nicht",),
    "windows1252_labelled_latin1.eml": ("Zusage",),
    "yes_en_no_problem.eml": ("No problem, I'll be there!",),
}


@dataclass
class Verdict:
    leaked: list[str]
    lost: list[str]

    @property
    def ok(self) -> bool:
        return not self.leaked and not self.lost


def judge(kept: str, own: tuple[str, ...]) -> Verdict:
    return Verdict(
        leaked=[marker for marker in QUOTE_MARKERS if marker in kept],
        lost=[phrase for phrase in own if phrase not in kept],
    )


def somek_kept(decoded: DecodedMessage) -> str:
    return own_words(decoded).text


_LIBRARY = EmailReplyParser(languages=["de", "en"])


def library_kept(decoded: DecodedMessage) -> str:
    return _LIBRARY.parse_reply(decoded.text) or ""


def main() -> int:
    strippers: dict[str, Callable[[DecodedMessage], str]] = {
        "somek": somek_kept,
        "mail_parser_reply": library_kept,
    }
    scores = dict.fromkeys(strippers, 0)
    print(f"{'file':52} {'somek':18} {'mail_parser_reply':18}")
    for name, own in sorted(OWN_WORDS.items()):
        decoded = decode_message((CORPUS / name).read_bytes())
        cells = []
        for label, strip in strippers.items():
            verdict = judge(strip(decoded), own)
            scores[label] += verdict.ok
            flags = ("leak " if verdict.leaked else "") + ("lost" if verdict.lost else "")
            cells.append(f"{flags.strip() or 'ok':18}")
        print(f"{name:52} {' '.join(cells)}")
    total = len(OWN_WORDS)
    print()
    for label, score in scores.items():
        print(f"{label:18} {score}/{total} clean")
    return 0


if __name__ == "__main__":
    sys.exit(main())
