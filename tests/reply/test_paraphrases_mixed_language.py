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
    pytest.param("Sorry guys, bin diesmal raus.", Answer.NO, id="sorry-guys-bin-diesmal-raus"),
    pytest.param("Yes, ich bin dabei!", Answer.YES, id="yes-ich-bin-dabei"),
    pytest.param("Bin dabei, freu mich – see you!", Answer.YES, id="bin-dabei-freu-mich-see-you"),
    pytest.param(
        "Kann leider nicht, I'm in London.", Answer.NO, id="kann-leider-nicht-i-m-in-london"
    ),
    pytest.param(
        "Not sure, muss erst schauen ob ich frei bekomme.",
        Answer.MAYBE,
        id="not-sure-muss-erst-schauen-ob-ic",
    ),
    pytest.param("Sounds great, komme gerne!", Answer.YES, id="sounds-great-komme-gerne"),
    pytest.param("Leider no chance this time.", Answer.NO, id="leider-no-chance-this-time"),
    pytest.param("Ich try's, no promises.", Answer.MAYBE, id="ich-try-s-no-promises"),
    pytest.param("Hab leider ein Meeting, sorry!", Answer.NO, id="hab-leider-ein-meeting-sorry"),
    pytest.param("Komme, but a bit late.", Answer.YES, id="komme-but-a-bit-late"),
    pytest.param("Definitiv dabei!", Answer.YES, id="definitiv-dabei"),
    pytest.param("Absolut, bin dabei.", Answer.YES, id="absolut-bin-dabei"),
    pytest.param("Nope, hab Urlaub 🏝️", Answer.NO, id="nope-hab-urlaub"),
    pytest.param(
        "Bin im Homeoffice in Berlin that week, sorry.",
        Answer.NO,
        id="bin-im-homeoffice-in-berlin-that",
    ),
    pytest.param(
        "Count me in! Bringe auch Snacks mit.", Answer.YES, id="count-me-in-bringe-auch-snacks-m"
    ),
    pytest.param("Maybe, hängt vom Job ab.", Answer.MAYBE, id="maybe-hängt-vom-job-ab"),
    pytest.param("I'm in, aber nur bis 21 Uhr.", Answer.YES, id="i-m-in-aber-nur-bis-21-uhr"),
    pytest.param("Hab Urlaub, sorry!", Answer.NO, id="hab-urlaub-sorry"),
    pytest.param("Ich hab Urlaub.", Answer.NO, id="ich-hab-urlaub"),
    pytest.param("I'm on leave that week.", Answer.NO, id="i-m-on-leave-that-week"),
    pytest.param("I'm off sick.", Answer.NO, id="i-m-off-sick"),
    pytest.param("Hab Grippe.", Answer.NO, id="hab-grippe"),
    pytest.param("Hab Corona 😷", Answer.NO, id="hab-corona"),
    pytest.param("Got Covid, staying home.", Answer.NO, id="got-covid-staying-home"),
    pytest.param(
        "Ich komm, bring my laptop mit, wenn's okay ist.",
        Answer.YES,
        id="ich-komm-bring-my-laptop-mit-wen",
    ),
]


@pytest.mark.parametrize(("text", "answer"), SAID)
def test_a_mixed_language_answer_is_read(text: str, answer: Answer | None) -> None:
    assert read_intent(text).answer is answer
