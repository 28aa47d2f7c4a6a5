"""Someone named by a hyphenated word: "Anne-Marie kann leider nicht", "Jean-Luc can't make
it", "my co-worker won't", "mein Plus-Eins", "Frau Müller-Lüdenscheidt". Compounds are
blanked so a yes or no inside one ("No-Go", "Ja-Sager") is not said; blanked, such a person
left the clause without a subject, and their no was read as the member's own. Their no is
theirs: beside the member's yes, the yes stands; alone, it is never the member's answer."""

from __future__ import annotations

import pytest
from support.imip import imip

from mail.analysis import analyse
from mail.clauses import mask_quoted
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

MEMBER_COMES = [
    pytest.param("I'm in. My co-worker can't make it though.", id="en-co-worker"),
    pytest.param("Count me in – my co-founder won't make it.", id="en-co-founder"),
    pytest.param("I'll be there. The co-host can't make it.", id="en-co-host"),
    pytest.param("Yes! My plus-one can't come.", id="en-plus-one"),
    pytest.param("I'm in. Jean-Luc can't make it.", id="en-jean-luc"),
    pytest.param("Komme! Anne-Marie kann leider nicht.", id="de-anne-marie"),
    pytest.param("Bin dabei, Hans-Peter schafft es diesmal nicht.", id="de-hans-peter"),
    pytest.param("Komme, Frau Müller-Lüdenscheidt kann nicht.", id="de-double-surname"),
    pytest.param("Bin dabei, aber mein Co-Trainer kann leider nicht.", id="de-co-trainer"),
    pytest.param("Komme, aber meine Arbeits-Kollegin schafft es nicht.", id="de-arbeits-kollegin"),
]


@pytest.mark.parametrize("text", MEMBER_COMES)
def test_a_no_of_someone_named_with_a_hyphen_leaves_the_members_yes(text: str) -> None:
    # the trained reader's second opinion may still send such a reply to a person
    assert read_intent(text).answer is Answer.YES
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Jean-Luc can't make it.", id="en-jean-luc"),
        pytest.param("Anne-Marie kann leider nicht.", id="de-anne-marie"),
        pytest.param("Karl-Heinz kommt nicht.", id="de-karl-heinz"),
        pytest.param("My co-worker can't make it.", id="en-co-worker"),
    ],
)
def test_a_no_of_someone_named_with_a_hyphen_alone_is_never_the_members(text: str) -> None:
    assert read_intent(text).answer is None


def test_a_plus_one_dropping_out_beside_the_accept_button_keeps_the_yes() -> None:
    assert analyse(imip("ACCEPTED", "Accepted. My plus-one can't make it after all.")).answer is (
        Answer.YES
    )


@pytest.mark.parametrize(
    ("text", "blanked"),
    [
        pytest.param("Das ist ein No-Go für mich", "No-Go", id="no-go"),
        pytest.param("Kein Ja-Sager hier", "Ja-Sager", id="ja-sager"),
        pytest.param("I bring no plus-one", "no plus-one", id="no-plus-one"),
        pytest.param("Die Last-Minute-Absage tut mir leid", "Last-Minute-Absage", id="absage"),
        pytest.param("Ich mag Co-Working nicht", "Co-Working", id="co-working"),
    ],
)
def test_compounds_naming_no_one_are_still_blanked(text: str, blanked: str) -> None:
    assert blanked not in mask_quoted(text)
