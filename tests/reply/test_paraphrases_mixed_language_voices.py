"""Mixed language in more voices: German sentences with English words and the other way
round, one clause each, Denglisch verbs.

Each row is one way of saying it, written before looking at the rules."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

SAID = [
    pytest.param(
        "Sorry, kann leider nicht, bin in London.", Answer.NO, id="sorry-kann-nicht-london"
    ),
    pytest.param("Bin dabei, looking forward!", Answer.YES, id="bin-dabei-looking-forward"),
    pytest.param("I'm in, bis Donnerstag!", Answer.YES, id="im-in-bis-donnerstag"),
    pytest.param("Leider busy an dem Abend.", Answer.NO, id="leider-busy"),
    pytest.param("Count me in, freu mich!", Answer.YES, id="count-me-in-freu-mich"),
    pytest.param("Can't come, sorry, bin krank.", Answer.NO, id="cant-come-bin-krank"),
    pytest.param("Komme, but a bit later.", Answer.YES, id="komme-but-later"),
    pytest.param("Yes, ich bin dabei.", Answer.YES, id="yes-ich-bin-dabei"),
    pytest.param("Nope, diesmal nicht.", Answer.NO, id="nope-diesmal-nicht"),
    pytest.param("Ich bin out this time, sorry.", Answer.NO, id="bin-out-this-time"),
    pytest.param("Sounds good, ich komme!", Answer.YES, id="sounds-good-ich-komme"),
    pytest.param("Leider no chance diesmal.", Answer.NO, id="leider-no-chance"),
    pytest.param("Bin leider on vacation.", Answer.NO, id="bin-on-vacation"),
    pytest.param("Maybe, muss noch checken.", Answer.MAYBE, id="maybe-muss-checken"),
    pytest.param("Vielleicht, not sure yet.", Answer.MAYBE, id="vielleicht-not-sure"),
    pytest.param("Klar, see you there!", Answer.YES, id="klar-see-you-there"),
]


@pytest.mark.parametrize(("text", "answer"), SAID)
def test_a_mixed_language_answer_is_read_as_meant(text: str, answer: Answer) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (answer, "")
