"""Negation in more voices: the negation far from the verb, after a line break, in a
formal turn, in a doubt ("glaube nicht, dass …"), denied twice ("nicht nicht kommen",
"can't say no"); a negation in the chat around the answer turns nothing.

Each row is one way of saying it, written before looking at the rules."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

SAID = [
    pytest.param("ich komme am Donnerstag\nnicht", Answer.NO, id="de-line-break-before-nicht"),
    pytest.param("werde es leider nicht schaffen", Answer.NO, id="de-werde-nicht-schaffen"),
    pytest.param("Glaube nicht, dass ich es schaffe.", Answer.NO, id="de-glaube-nicht-dass"),
    pytest.param("I don't think I'll make it.", Answer.NO, id="en-dont-think-ill-make-it"),
    pytest.param("I doubt I'll make it this time.", Answer.NO, id="en-doubt-ill-make-it"),
    pytest.param(
        "Es wird mir leider nicht möglich sein, teilzunehmen.",
        Answer.NO,
        id="de-formal-nicht-moeglich",
    ),
    pytest.param("Ich werde nicht teilnehmen können.", Answer.NO, id="de-nicht-teilnehmen-koennen"),
    pytest.param(
        "Eine Teilnahme ist mir leider nicht möglich.", Answer.NO, id="de-teilnahme-nicht-moeglich"
    ),
    pytest.param("I won't be attending.", Answer.NO, id="en-wont-be-attending"),
    pytest.param("hab keine zeit", Answer.NO, id="de-keine-zeit"),
    pytest.param("Das wird nix bei mir.", Answer.NO, id="de-wird-nix"),
    pytest.param("Ich schaff's nicht.", Answer.NO, id="de-schaffs-nicht"),
    pytest.param("I'm unable to attend on the 28th.", Answer.NO, id="en-unable-to-attend"),
    pytest.param("Bin an dem Abend nicht in der Stadt.", Answer.NO, id="de-nicht-in-der-stadt"),
    pytest.param("I won't be able to come, unfortunately.", Answer.NO, id="en-wont-be-able"),
    pytest.param("Leider kann ich nicht kommen.", Answer.NO, id="de-leider-kann-nicht"),
    pytest.param("Ich kann am Donnerstag\nleider nicht.", Answer.NO, id="de-line-break-leider"),
    pytest.param("Unfortunately, I will not be able to join.", Answer.NO, id="en-formal-will-not"),
    pytest.param("Komme nicht, bin krank.", Answer.NO, id="de-komme-nicht-krank"),
    pytest.param("Sorry, bin nicht dabei.", Answer.NO, id="de-nicht-dabei"),
    pytest.param("It's not going to work for me this time.", Answer.NO, id="en-not-going-to-work"),
    pytest.param("Ich lasse mir das nicht entgehen!", Answer.YES, id="de-nicht-entgehen"),
    pytest.param("I wouldn't miss it for the world.", Answer.YES, id="en-wouldnt-miss-it"),
    pytest.param("Keine Frage, ich komme.", Answer.YES, id="de-keine-frage"),
    pytest.param("Da sag ich nicht nein!", Answer.YES, id="de-sag-nicht-nein"),
    pytest.param("I can't say no to that!", Answer.YES, id="en-cant-say-no"),
    pytest.param("Nichts hält mich davon ab, zu kommen.", Answer.YES, id="de-nichts-haelt-mich-ab"),
    pytest.param("No way I'm missing this one!", Answer.YES, id="en-no-way-missing"),
    pytest.param("Ich komme, kein Problem.", Answer.YES, id="de-kein-problem"),
    pytest.param("Not a problem, I'll be there.", Answer.YES, id="en-not-a-problem"),
    pytest.param(
        "Ich komme, auch wenn ich nicht lange bleiben kann.",
        Answer.YES,
        id="de-nicht-lange-bleiben",
    ),
    pytest.param(
        "I'll come, though I can't stay past nine.", Answer.YES, id="en-cant-stay-past-nine"
    ),
    pytest.param(
        "Ich komme – ohne Laptop, der ist nicht mehr zu retten.",
        Answer.YES,
        id="de-laptop-nicht-zu-retten",
    ),
    pytest.param(
        "Nobody in my team can come, but I'll be there.", Answer.YES, id="en-nobody-in-team-but-me"
    ),
    pytest.param(
        "Ich kann leider nicht pünktlich sein, komme aber gegen acht.",
        Answer.YES,
        id="de-nicht-puenktlich",
    ),
    pytest.param("I'm not going to be able to make it.", Answer.NO, id="en-not-going-to-be-able"),
    pytest.param("I'll have to say no this time.", Answer.NO, id="en-have-to-say-no"),
    pytest.param(
        "Kann am Donnerstag weder früh noch spät.", Answer.NO, id="de-weder-frueh-noch-spaet"
    ),
    pytest.param("Mir ist diesmal nicht danach.", Answer.NO, id="de-nicht-danach"),
    pytest.param("Nächstes Mal vielleicht.", Answer.NO, id="de-naechstes-mal-vielleicht"),
    pytest.param("Wouldn't want to miss that, so yes!", Answer.YES, id="en-wouldnt-want-to-miss"),
]


@pytest.mark.parametrize(("text", "answer"), SAID)
def test_a_negation_is_read_over_the_whole_clause(text: str, answer: Answer) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (answer, "")


UNSURE = [
    pytest.param("I can't not come to this one.", Answer.YES, id="en-cant-not-come"),
    pytest.param("Ich kann ja schlecht nicht kommen.", Answer.YES, id="de-schlecht-nicht-kommen"),
    pytest.param(
        "Not that I wouldn't want to, but I can't.", Answer.NO, id="en-not-that-i-wouldnt"
    ),
]


@pytest.mark.parametrize(("text", "answer"), UNSURE)
def test_a_double_negation_is_read_right_or_asked_about(text: str, answer: Answer) -> None:
    # a double negation alone is decided by the rest of the mail, or by a person
    assert read_intent(text).answer in (answer, None)
