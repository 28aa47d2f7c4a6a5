"""The button pressed before, spoken of ("Held it as tentative, but …", "Ich hatte erst
unter Vorbehalt angenommen, jetzt …"): it is a report, and what the member says now
decides. Spoken of alone, it leaves the button standing."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.test_family_calendar_text import imip

SAID = [
    pytest.param("TENTATIVE", "Held it as tentative, but the board moved its meeting to "
                 "Thursday evening. Afraid that's me out.", Answer.NO, id="en-held-then-out"),
    pytest.param("TENTATIVE", "Ich hatte erst unter Vorbehalt angenommen, jetzt ist die "
                 "Kinderbetreuung geklärt. Ich komme fest.", Answer.YES, id="de-hatte-erst"),
    pytest.param("TENTATIVE", "Mit Vorbehalt hatte ich nur geklickt, weil ich auf den "
                 "Dienstplan gewartet habe. Der ist jetzt da: Nachtdienst. Absage.", Answer.NO,
                 id="de-nur-geklickt"),
    pytest.param("TENTATIVE", "Vorläufig hatte ich gesagt, but it's a no now – Dienstreise.",
                 Answer.NO, id="mixed-hatte-ich-gesagt"),
    pytest.param("TENTATIVE", "Ich hatte erstmal vielleicht geklickt. Wird aber nix, sorry.",
                 Answer.NO, id="de-erstmal-vielleicht"),
    pytest.param("TENTATIVE", "Mit Vorbehalt angenommen, aber der Vorbehalt ist weg – ich "
                 "komme!", Answer.YES, id="de-label-then-turned"),
    pytest.param("TENTATIVE", "Tentatively accepted, but it's sorted now – I'll be there!",
                 Answer.YES, id="en-label-then-turned"),
    pytest.param("TENTATIVE", "I'd marked it as tentative, but now I can confirm: I'm coming.",
                 Answer.YES, id="en-marked-as"),
    pytest.param("ACCEPTED", "I had clicked accept, but now my flight was moved. Can't come, "
                 "sorry.", Answer.NO, id="en-had-clicked-accept"),
    pytest.param("TENTATIVE", "Held it as tentative.", Answer.MAYBE, id="en-held-alone"),
    pytest.param("ACCEPTED", "Hab zugesagt, freu mich!", Answer.YES, id="de-hab-zugesagt"),
]  # fmt: skip


@pytest.mark.parametrize(("partstat", "text", "answer"), SAID)
def test_the_button_spoken_of_leaves_the_answer_to_what_is_said_now(
    partstat: str, text: str, answer: Answer
) -> None:
    result = analyse(imip(partstat, text))
    assert (result.answer, result.answer_problem) == (answer, "")
