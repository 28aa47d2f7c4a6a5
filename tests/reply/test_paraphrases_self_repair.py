"""An answer taken back in the same breath: what follows the repair is the answer.

"Ich komme – äh, nein, doch nicht" is a no, "Ich kann nicht – doch, ich kann!" a
yes. A repair that leaves nothing clear after it goes to a person; a no-word of
surprise after a yes is no repair."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

REPAIRED = [
    pytest.param("Ich komme – äh, nein, doch nicht.", Answer.NO, id="de-aeh-nein"),
    pytest.param(
        "Ich komme, ach nein, geht doch nicht, hab Spätdienst.", Answer.NO, id="de-ach-nein"
    ),
    pytest.param("Bin dabei. Ähm nee, warte – ich kann doch nicht, Elternabend!", Answer.NO,
                 id="de-aehm-nee-warte"),
    pytest.param("Ich kann nicht – doch, ich kann! Termin ist verschoben.", Answer.YES,
                 id="de-doch-ich-kann"),
    pytest.param("Ich sag ab. Korrektur: ich komme doch!", Answer.YES, id="de-korrektur"),
    pytest.param("I'll be there – wait, no, I can't, my son's concert is that night.", Answer.NO,
                 id="en-wait-no"),
    pytest.param("Can't make it. Actually, scratch that – I'll be there!", Answer.YES,
                 id="en-scratch-that"),
    pytest.param("Count me in. Hmm, on second thought I can't, sorry.", Answer.NO,
                 id="en-second-thought"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "answer"), REPAIRED)
def test_the_answer_after_a_repair_is_the_answer(text: str, answer: Answer) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (answer, "")


def test_a_repair_with_nothing_clear_after_it_goes_to_a_person() -> None:
    intent = read_intent("Ich komme. Korrektur: das Restaurant wechselt doch noch.")
    assert intent.answer is None and intent.problem


def test_a_no_word_of_surprise_after_a_yes_is_no_repair() -> None:
    assert read_intent("Ich komme gern! Ach nee, wie schön, dass ihr das macht.").answer is (
        Answer.YES
    )


def test_a_no_contradicted_with_nothing_read_after_it_goes_to_a_person() -> None:
    intent = read_intent("Ich kann nicht – doch, das Hotel hat umgebucht.")
    assert intent.answer is None and intent.problem
