"""Guests in words, as members write them beside their answer, and taken back.

Read by the answer reader as a whole: the answer and the number of guests
(the member not counted). Number words and "plus" count like digits ("me
plus two interns", "Ich plus eins"), a list of people beside the member is
counted by its names ("that's me, Ben and Charlotte"), a size given up is
nobody ("zu zweit statt zu dritt"), and "just me" after a withdrawal says
the member still comes, alone.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.topic_text import extract_topics
from mail.types import Answer

Y, M = Answer.YES, Answer.MAYBE


@pytest.mark.parametrize(
    ("text", "answer", "guests"),
    [
        pytest.param("Ich komme mit meiner Freundin.", Y, 1, id="de-mit-meiner-freundin"),
        pytest.param("Komme zu zweit 🙂", Y, 1, id="de-zu-zweit-emoji"),
        pytest.param("wir sind zu dritt da", Y, 2, id="de-zu-dritt-lower"),
        pytest.param("Wir kommen zu viert!", Y, 3, id="de-zu-viert"),
        pytest.param("Bin dabei, bring noch zwei Leute mit", Y, 2, id="de-bring-zwei-leute"),
        pytest.param("Ich bringe zwei Kolleginnen mit.", Y, 2, id="de-zwei-kolleginnen"),
        pytest.param("Me plus two interns, if there's space.", Y, 2, id="en-me-plus-two-interns"),
        pytest.param("me + 2", Y, 2, id="en-me-plus-digit"),
        pytest.param("Ich plus eins", Y, 1, id="de-ich-plus-eins"),
        pytest.param("I'll come with two colleagues", Y, 2, id="en-two-colleagues"),
        pytest.param("I'm bringing a friend along", Y, 1, id="en-bringing-a-friend"),
        pytest.param("We're coming as a group of three.", Y, 2, id="en-group-of-three"),
        pytest.param("Ja, mit Begleitung", Y, 1, id="de-mit-begleitung"),
        pytest.param("Ja, meine Frau kommt mit", Y, 1, id="de-frau-kommt-mit"),
        pytest.param("Ja, ich und mein Mann", Y, 1, id="de-ich-und-mein-mann"),
        pytest.param(
            "Yes from our office – that's me, Ben and Charlotte.", Y, 2, id="en-me-ben-charlotte"
        ),
        pytest.param("Wir kommen: ich, Lisa und Konstantin.", Y, 2, id="de-ich-lisa-konstantin"),
        pytest.param(
            "Ich komm + bring my colleague Chloe mit, wenn's okay ist.",
            Y,
            1,
            id="mixed-wenns-okay-asks-leave",
        ),
        pytest.param("Ich komme mit zwei Azubis.", Y, 2, id="de-zwei-azubis"),
        pytest.param("Ich bringe meinen Azubi mit.", Y, 1, id="de-meinen-azubi"),
        pytest.param("yes, and my husband is tagging along", Y, 1, id="en-tagging-along"),
        pytest.param("Ja! Meine Kollegin Sandra kommt auch.", Y, 1, id="de-kollegin-name-auch"),
        pytest.param("Ich komme, aber nicht alleine.", Y, 1, id="de-nicht-alleine"),
        pytest.param("JA WIR KOMMEN ZU ZWEIT", Y, 1, id="de-all-caps"),
        pytest.param("jaaa zu zweit", Y, 1, id="de-elongated-ja"),
        pytest.param("Wir kommen zu zweit statt zu dritt.", Y, 1, id="de-statt-zu-dritt"),
        pytest.param("We'll be 2", Y, 1, id="en-we-ll-be-digit"),
        pytest.param("Ich und zwei Kollegen kommen.", Y, 2, id="de-ich-und-zwei-kollegen"),
        pytest.param("Meine Kollegin und ich kommen gerne.", Y, 1, id="de-kollegin-und-ich"),
        pytest.param("I'll be there with my wife and daughter.", Y, 2, id="en-wife-and-daughter"),
        pytest.param("Ich komme mit Frau und Kind.", Y, 2, id="de-frau-und-kind"),
        pytest.param("Dabei, +2", Y, 2, id="de-plus-two"),
        pytest.param(
            "Steht! Meine Kollegin kommt übrigens auch mit.", Y, 1, id="de-kommt-uebrigens-mit"
        ),
        pytest.param(
            "Vielleicht komme ich, dann aber mit meiner Tochter.", M, 1, id="de-maybe-with-guest"
        ),
    ],
)
def test_guests_said_in_words_are_counted(text: str, answer: Answer, guests: int) -> None:
    intent = read_intent(extract_topics(text).rest)
    assert (intent.answer, intent.guests, intent.problem) == (answer, guests, "")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich komme doch ohne Begleitung.", id="de-doch-ohne-begleitung"),
        pytest.param(
            "Komme allein, meine Kollegin hat doch keine Zeit.", id="de-allein-kollegin-keine-zeit"
        ),
        pytest.param("my plus-one bailed, so just me", id="en-plus-one-bailed-just-me"),
        pytest.param("Update: only me after all, my friend can't come.", id="en-only-me-after-all"),
        pytest.param("Ich komme, mein Begleiter hat leider abgesagt.", id="de-begleiter-abgesagt"),
        pytest.param("Ich komme mit dem Fahrrad.", id="de-mit-dem-fahrrad"),
        pytest.param("Ich komme mit dem Zug, bin gegen 19 Uhr da.", id="de-mit-dem-zug"),
        pytest.param("Komme mit etwas Verspätung", id="de-mit-verspaetung"),
        pytest.param("Ich komme, mit Freude!", id="de-mit-freude"),
    ],
)
def test_a_yes_without_company_or_with_company_taken_back_has_no_guests(text: str) -> None:
    intent = read_intent(extract_topics(text).rest)
    assert (intent.answer, intent.guests, intent.problem) == (Y, 0, "")


def test_a_companions_possession_brings_nobody() -> None:
    intent = read_intent("I'd have loved to be there but it clashes with my daughter's birthday.")
    assert (intent.answer, intent.guests) == (Answer.NO, 0)
