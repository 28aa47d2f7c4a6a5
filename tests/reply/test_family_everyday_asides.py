"""Everyday mails with asides: a thing to bring, a hope for a later month, a plan that
was, a late arrival said as "might" — none of them changes the answer."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from somek_tui.models import Answer

YES = [
    pytest.param(
        "Ich hab den Abend schon geblockt, komme auf jeden Fall. Soll ich Kuchen mitbringen?",
        id="kuchen-mitbringen",
    ),
    pytest.param("Klar komme ich. Kann ich was mitbringen?", id="was-mitbringen"),
    pytest.param("I'm coming! Should I bring anything?", id="bring-anything"),
    pytest.param("Bin dabei – soll ich den Beamer mitbringen?", id="beamer-mitbringen"),
    pytest.param("Ich bring diesmal auch den Laptop mit.", id="bring-laptop-mit"),
    pytest.param("I'll bring cake!", id="ill-bring-cake"),
    pytest.param(
        "count me in for Thursday. Might be 20 min late, the tram is a nightmare.",
        id="might-be-20-min-late",
    ),
    pytest.param("Yes, may be a bit late though.", id="may-be-a-bit-late"),
]
NO = [
    pytest.param(
        "ich muss mich fürs nächste Mal entschuldigen. Hoffentlich klappt's im Februar.",
        id="fuers-naechste-mal-entschuldigen",
    ),
    pytest.param(
        "Ich muss mich für Donnerstag entschuldigen, hoffe es klappt nächsten Monat.",
        id="fuer-donnerstag-entschuldigen",
    ),
    pytest.param(
        "I'd planned to come, but we got an assignment due. So that's a no from me this time.",
        id="id-planned-to-come",
    ),
    pytest.param("Can't make it, hopefully next time!", id="hopefully-next-time"),
]


@pytest.mark.parametrize("text", YES)
def test_an_aside_leaves_a_yes_a_yes(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (Answer.YES, "")


@pytest.mark.parametrize("text", NO)
def test_an_aside_leaves_a_no_a_no(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (Answer.NO, "")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Can I bring a friend?", id="bring-a-friend"),
    ],
)
def test_a_guest_asked_about_still_goes_to_a_person(text: str) -> None:
    intent = read_intent(text)
    assert intent.answer is None and "bringing someone" in intent.problem


def test_a_yes_that_asks_for_one_more_counts_the_one_asked_for() -> None:
    # the organizer sees the guest beside the yes and may still say no
    intent = read_intent("Bin dabei, kann ich jemanden mitbringen?")
    assert (intent.answer, intent.guests, intent.problem) == (Answer.YES, 1, "")


def test_an_apology_for_a_late_reply_is_no_regret() -> None:
    intent = read_intent("Ich muss mich entschuldigen für die späte Antwort. Ich komme!")
    assert intent.answer is not Answer.NO
