"""German and English in one sentence: a cue is heard in whichever language it comes."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from somek_tui.models import Answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param("Sorry, bin an dem Abend busy.", Answer.NO, id="bin-busy"),
        pytest.param("Muss leider cancel, bin krank.", Answer.NO, id="muss-cancel"),
        pytest.param("Muss leider canceln.", Answer.NO, id="muss-canceln"),
        pytest.param("Cool, ich bin in!", Answer.YES, id="ich-bin-in"),
        pytest.param("Thanks for the reminder, ich freu mich!", Answer.YES, id="freu-mich"),
        pytest.param("Bin dabei, see you!", Answer.YES, id="dabei-see-you"),
        pytest.param("Sorry, kann nicht, have a good one!", Answer.NO, id="kann-nicht-en"),
        pytest.param("Leider no chance this time.", Answer.NO, id="leider-no-chance"),
        pytest.param("Vielleicht, depends on work.", Answer.MAYBE, id="vielleicht-depends"),
    ],
)
def test_a_cue_in_the_other_language_is_heard(text: str, answer: Answer) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (answer, "")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ja!\n\nVom Handy getippt, sorry für Tippfehler", id="sorry-tippfehler"),
        pytest.param("Yes!\n\nSent on the go, excuse the typos", id="excuse-typos"),
    ],
)
def test_an_apology_for_typos_does_not_turn_a_yes(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (Answer.YES, "")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Herr Peters bestätigt die Teilnahme.\n\ni.A. Sekretariat", id="bestaetigt"),
        pytest.param(
            "Mein Mann hat mich gebeten, euch zu schreiben: er kommt am Donnerstag.",
            id="hat-mich-gebeten",
        ),
    ],
)
def test_someone_writing_for_the_member_gives_the_members_yes(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (Answer.YES, "")
