"""Which mail a reply's subject says it answers, under the tags and prefixes clients add.

Servers and lists tag subjects ("[EXTERN]", "*EXTERNAL*", "[Stammtisch]"),
clients in other languages write other prefixes ("Antwort:", "Odp:", "RES:"):
the reply still answers the reminder it names, and the member's words after
the evening's date are still theirs.
"""

from __future__ import annotations

import pytest

from mail.kinds import REMINDER, THANKS
from mail.subject_words import answered_kind, subject_words

REMINDER_DE = "Erinnerung: SEO und Erfolgsmessung am 28.01.2027"
REMINDER_EN = "Reminder: SEO und Erfolgsmessung on 28 Jan 2027"


@pytest.mark.parametrize(
    ("subject", "kind"),
    [
        pytest.param(f"[EXTERN] AW: {REMINDER_DE}", REMINDER, id="tag-before"),
        pytest.param(f"*EXTERNAL* RE: {REMINDER_EN}", REMINDER, id="stars-before"),
        pytest.param(f"AW: [Stammtisch] {REMINDER_DE}", REMINDER, id="list-tag-after"),
        pytest.param(f"RE: (extern) {REMINDER_EN}", REMINDER, id="parenthesis-tag"),
        pytest.param(f"Antwort: {REMINDER_DE}", REMINDER, id="lotus-antwort"),
        pytest.param(f"Odp: {REMINDER_DE}", REMINDER, id="pl-odp"),
        pytest.param(f"RES: {REMINDER_EN}", REMINDER, id="pt-res"),
        pytest.param(f"Rif: {REMINDER_EN}", REMINDER, id="it-rif"),
        pytest.param("[EXT] Re: Re: AW: Danke für den Abend!", THANKS, id="thanks-tagged"),
    ],
)
def test_a_tagged_or_foreign_reply_subject_names_the_mail_answered(subject: str, kind: str) -> None:
    assert answered_kind(subject) == kind


@pytest.mark.parametrize(
    ("subject", "words"),
    [
        pytest.param(f"RE: [EXT] {REMINDER_EN} - can't make it", "can't make it", id="en"),
        pytest.param(f"[EXTERN] AW: {REMINDER_DE} – komme!", "komme!", id="de"),
        pytest.param(f"[EXTERN] AW: {REMINDER_DE}", "", id="only-the-copy"),
        pytest.param("[Stammtisch] Absage 28.01.", "Absage 28.01.", id="own-subject-tagged"),
    ],
)
def test_the_members_words_in_a_tagged_subject_are_theirs(subject: str, words: str) -> None:
    assert subject_words(subject) == words


@pytest.mark.parametrize(
    "subject",
    [
        pytest.param("Research: Erinnerung: SEO", id="research"),
        pytest.param("Erinnerung: SEO und Erfolgsmessung am 28.01.2027", id="no-reply"),
    ],
)
def test_a_word_that_only_starts_like_a_prefix_makes_no_reply(subject: str) -> None:
    assert answered_kind(subject) is None
