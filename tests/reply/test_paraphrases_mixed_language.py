"""German and English in one reply: the cues of both languages are read together.

Written as people write, not as the corpus does: each row is one way of saying it."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

SAID = [
    pytest.param("Bin dabei, see you!", Answer.YES, id="bin-dabei-see-you"),
    pytest.param("Sorry, kann nicht diesmal", Answer.NO, id="sorry-kann-nicht-diesmal"),
    pytest.param("Ich bin in, freu mich", Answer.YES, id="ich-bin-in-freu-mich"),
    pytest.param("Leider busy an dem Abend", Answer.NO, id="leider-busy-an-dem-abend"),
    pytest.param("Count me in, bis Donnerstag!", Answer.YES, id="count-me-in-bis-donnerstag"),
    pytest.param("Ich komme, definitely!", Answer.YES, id="ich-komme-definitely"),
    pytest.param("Can't make it leider", Answer.NO, id="can-t-make-it-leider"),
    pytest.param("Yes, komme gerne", Answer.YES, id="yes-komme-gerne"),
    pytest.param("Nope, bin im Urlaub", Answer.NO, id="nope-bin-im-urlaub"),
    pytest.param("Maybe, muss noch schauen", Answer.MAYBE, id="maybe-muss-noch-schauen"),
    pytest.param("Klingt gut, I'm in", Answer.YES, id="klingt-gut-i-m-in"),
    pytest.param("Sorry, I'm out diesmal", Answer.NO, id="sorry-i-m-out-diesmal"),
    pytest.param("Ja, I'll be there", Answer.YES, id="ja-i-ll-be-there"),
    pytest.param("Ne sorry, can't", Answer.NO, id="ne-sorry-can-t"),
    pytest.param("Bin leider sick", Answer.NO, id="bin-leider-sick"),
    pytest.param("Ich schaff's nicht, sorry guys", Answer.NO, id="ich-schaff-s-nicht-sorry-guys"),
    pytest.param("Vielleicht, I'll let you know", Answer.MAYBE, id="vielleicht-i-ll-let-you-know"),
    pytest.param(
        "Ich komm, bring my laptop mit, wenn's okay ist.",
        Answer.YES,
        id="ich-komm-bring-my-laptop-mit-wen",
    ),
]


@pytest.mark.parametrize(("text", "answer"), SAID)
def test_a_mixed_language_answer_is_read(text: str, answer: Answer | None) -> None:
    assert read_intent(text).answer is answer
