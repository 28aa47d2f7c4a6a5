"""Every message in the reply corpus, and what somek must read from it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from mail.analysis import Analysis, analyse
from somek_tui.models import Answer

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "replies"

YES, NO, MAYBE = Answer.YES, Answer.NO, Answer.MAYBE


@dataclass(frozen=True)
class Expect:
    kind: str = "reply"
    answer: Answer | None = None
    guests: int = 0
    problem: bool = False  # the reply must go to review
    topics: tuple[str, ...] = ()
    votes: tuple[int, ...] = ()
    unsubscribe: bool = False
    join: bool = False
    own_words: tuple[str, ...] = field(default=())  # phrases the kept text must contain


EXPECTED: dict[str, Expect] = {
    # client styles
    "gmail_de_plain_yes.eml": Expect(answer=YES, own_words=("Ja, ich bin dabei!",)),
    "gmail_de_alternative_no.eml": Expect(answer=NO, own_words=("Leider nicht",)),
    "gmail_html_only_plus_one.eml": Expect(answer=YES, guests=1, own_words=("Ich komme +1",)),
    "gmail_empty_plain_part.eml": Expect(answer=YES, own_words=("Bin dabei!",)),
    "outlook_de_plain_von_block.eml": Expect(answer=NO, own_words=("ich komme leider nicht",)),
    "outlook_de_bold_von_guest.eml": Expect(answer=YES, guests=1),
    "outlook_web_divrplyfwdmsg_maybe.eml": Expect(answer=MAYBE, own_words=("Vielleicht",)),
    "outlook_de_ursprungliche_nachricht.eml": Expect(answer=NO),
    "outlook_en_original_message.eml": Expect(answer=YES, own_words=("Count me in.",)),
    "outlook_desktop_html_yes.eml": Expect(answer=YES, own_words=("Ja, gerne.",)),
    "outlook_reply_with_suppress_header_is_not_auto.eml": Expect(answer=YES),
    "apple_iphone_de_yes.eml": Expect(answer=YES, own_words=("Ich komme!",)),
    "apple_mail_html_blockquote_maybe.eml": Expect(answer=MAYBE),
    "thunderbird_html_moz_cite_guests.eml": Expect(answer=YES, guests=2),
    "thunderbird_plain_bottom_post.eml": Expect(answer=YES, own_words=("Ja, bin dabei.",)),
    "inline_reply_yes_and_vote.eml": Expect(answer=YES, votes=(2,), own_words=("Ja!",)),
    "iphone_en_yes.eml": Expect(answer=YES, own_words=("Yes! See you there",)),
    "android_gmx_no.eml": Expect(answer=NO),
    "outlook_android_yes.eml": Expect(answer=YES),
    "gmx_header_block_plus_one.eml": Expect(answer=YES, guests=1),
    # charsets and broken MIME
    "webde_latin1_qp_maybe.eml": Expect(answer=MAYBE, own_words=("ich weiß noch nicht",)),
    "base64_utf8_thumbs.eml": Expect(answer=YES, own_words=("Grüße aus Köln-Ehrenfeld 👍",)),
    "windows1252_labelled_latin1.eml": Expect(answer=YES, own_words=("„Zusage“ – ich",)),
    "utf8_label_but_latin1_bytes.eml": Expect(answer=NO, own_words=("Düsseldorf",)),
    "latin1_label_but_utf8_bytes.eml": Expect(answer=YES, own_words=("viele Grüße!", "Zoë")),
    "unknown_charset_label.eml": Expect(answer=MAYBE, own_words=("Grüße, Achim",)),
    "iso8859_15_euro_question.eml": Expect(answer=YES, own_words=("5 €?",)),
    "broken_mime_no_boundary.eml": Expect(answer=YES, own_words=("Ja, ich komme.",)),
    "broken_mime_truncated.eml": Expect(answer=YES, own_words=("Bin dabei.",)),
    "binary_garbage_body.eml": Expect(kind="unreadable"),
    "empty_body.eml": Expect(kind="unreadable"),
    "raw_utf8_subject_yes.eml": Expect(answer=YES, own_words=("Grüße, Jörg",)),
    # outcomes
    # "Ja, ich komme. Ach nein, doch nicht – …": taken back in the same breath, a no
    "contradictory_de.eml": Expect(answer=NO),
    "question_bring_someone.eml": Expect(problem=True),
    "no_with_guests.eml": Expect(problem=True),
    "question_no_answer.eml": Expect(problem=True),
    "topics_bullets_yes.eml": Expect(
        answer=YES, topics=("Barrierefreie Posts auf Instagram", "Bluesky für Redaktionen")
    ),
    "topic_suggestion_only_en.eml": Expect(topics=("Measuring reach without cookies",)),
    "topic_wie_waere_es_no.eml": Expect(
        answer=NO, topics=("Community-Management für kleine Vereine",)
    ),
    "votes_only_de.eml": Expect(votes=(2, 3)),
    "votes_en_yes.eml": Expect(answer=YES, votes=(1, 3)),
    "vote_plus_one_topic_not_guest.eml": Expect(answer=YES, votes=(2, 3)),
    "unsubscribe_de.eml": Expect(unsubscribe=True),
    "unsubscribe_en.eml": Expect(unsubscribe=True),
    "join_request_no_message_id.eml": Expect(join=True, problem=True),
    "maybe_en.eml": Expect(answer=MAYBE),
    "no_en.eml": Expect(answer=NO),
    "yes_en_no_problem.eml": Expect(answer=YES),
    "thumbs_up_only.eml": Expect(answer=YES),
    "weiss_noch_nicht.eml": Expect(answer=MAYBE),
    # automatic mail
    "autoreply_exchange_de.eml": Expect(kind="auto_reply"),
    "autoreply_gmail_vacation.eml": Expect(kind="auto_reply"),
    "autoreply_precedence_bulk.eml": Expect(kind="auto_reply"),
    "autoreply_x_autoreply_abwesenheitsnotiz.eml": Expect(kind="auto_reply"),
    "bounce_postfix_dsn_permanent.eml": Expect(kind="bounce"),
    "bounce_exim_plain.eml": Expect(kind="bounce"),
    "bounce_exchange_ndr_de.eml": Expect(kind="bounce"),
    "bounce_postfix_delayed.eml": Expect(kind="bounce"),
    "bounce_nonstandard_plain.eml": Expect(kind="bounce"),
    # calendar replies
    "ical_outlook_accepted.eml": Expect(answer=YES),
    "ical_google_declined_comment.eml": Expect(answer=NO, topics=("Threads für Behörden",)),
    "ical_apple_tentative.eml": Expect(answer=MAYBE),
    "ical_google_accepted_guests.eml": Expect(answer=YES, guests=2),
    "ical_needs_action.eml": Expect(problem=True),
    "ical_garbage.eml": Expect(problem=True),
}

INVITATION_WORDS = (
    "Antworte einfach mit",
    "Just reply",
    "Themenvorschläge bisher",
    "Topic suggestions so far",
    "Rheinufer 12",
    "Betreff:",
    "Subject:",
)

REPLIES = sorted(name for name, expect in EXPECTED.items() if expect.kind == "reply")


def read(name: str) -> Analysis:
    return analyse((CORPUS / name).read_bytes())


def test_every_corpus_file_has_an_expectation() -> None:
    on_disk = {path.name for path in CORPUS.glob("*.eml")}
    assert on_disk == set(EXPECTED)
    assert len(on_disk) >= 60


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_message_kind(name: str) -> None:
    assert read(name).kind == EXPECTED[name].kind


@pytest.mark.parametrize("name", REPLIES)
def test_reply_answer_and_guests(name: str) -> None:
    result, expect = read(name), EXPECTED[name]
    assert (result.answer, result.guests) == (expect.answer, expect.guests)


@pytest.mark.parametrize("name", REPLIES)
def test_unclear_replies_and_only_those_go_to_review(name: str) -> None:
    result, expect = read(name), EXPECTED[name]
    assert bool(result.answer_problem) is expect.problem, result.answer_problem
    if expect.problem:
        assert result.answer is None


@pytest.mark.parametrize("name", REPLIES)
def test_topics_votes_unsubscribe_and_join(name: str) -> None:
    result, expect = read(name), EXPECTED[name]
    assert tuple(result.topics) == expect.topics
    assert tuple(result.topic_votes) == expect.votes
    assert (result.unsubscribe, result.join_request) == (expect.unsubscribe, expect.join)


@pytest.mark.parametrize("name", REPLIES)
def test_quoted_invitation_never_reaches_the_members_words(name: str) -> None:
    text = read(name).text
    assert [word for word in INVITATION_WORDS if word in text] == []


@pytest.mark.parametrize("name", [n for n in REPLIES if EXPECTED[n].own_words])
def test_members_own_words_are_kept(name: str) -> None:
    text = read(name).text
    for phrase in EXPECTED[name].own_words:
        assert phrase in text


@pytest.mark.parametrize(
    "name",
    [
        "gmail_de_plain_yes.eml",
        "outlook_de_plain_von_block.eml",
        "outlook_web_divrplyfwdmsg_maybe.eml",
        "apple_mail_html_blockquote_maybe.eml",
        "thunderbird_html_moz_cite_guests.eml",
        "iphone_en_yes.eml",
        "gmx_header_block_plus_one.eml",
    ],
)
def test_the_removed_quote_is_returned_for_dimmed_display(name: str) -> None:
    quoted = read(name).quoted
    assert "Antworte einfach mit" in quoted or "Just reply" in quoted
