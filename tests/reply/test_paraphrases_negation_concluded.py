"""A conclusion that opens a sentence ("Also leider nein", "So I'm out", "Kurz gesagt:
bin dabei") says the answer the reasons and doubts before it lead to; an answer changed
in words ("aus dem Vielleicht wird ein Nein", "make that a no") is the new answer."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

YES, NO, MAYBE = Answer.YES, Answer.NO, Answer.MAYBE

CONCLUDED = [
    pytest.param(
        "Ich hatte mit Vorbehalt angenommen. Inzwischen steht fest: Sendung wird live "
        "übertragen, ich muss ins Studio. Also leider nein.",
        NO,
        id="vorbehalt-then-also-nein",
    ),
    pytest.param(
        "Hatte erst gedacht, vielleicht klappt es. Jetzt steht die Dienstreise fest. "
        "Also leider nein.",
        NO,
        id="erst-gedacht-also-nein",
    ),
    pytest.param(
        "Vom Büro aus komme ich um sieben nirgendwohin mehr, schon gar nicht nach Köln "
        "rein. Also ohne mich.",
        NO,
        id="nirgendwohin-also-ohne-mich",
    ),
    pytest.param(
        "Wollte eigentlich kommen, aber die Kita hat Elternabend. Also: ohne mich diesmal.",
        NO,
        id="also-colon-ohne-mich",
    ),
    pytest.param(
        "Erst dachte ich, ich muss arbeiten, aber die Schicht ist getauscht. Also bin ich dabei!",
        YES,
        id="schicht-getauscht-also-dabei",
    ),
    pytest.param(
        "Vielleicht schaffe ich es, vielleicht nicht. Kurz gesagt: eher nein.",
        NO,
        id="kurz-gesagt-eher-nein",
    ),
    pytest.param("Fazit: ich komme.", YES, id="fazit-komme"),
    pytest.param(
        "I thought I might be able to make it, then the client moved the call. "
        "Bottom line: no, sorry.",
        NO,
        id="bottom-line-no-sorry",
    ),
    pytest.param(
        "Was hoping to come, but the babysitter cancelled. Long story short: I'm out.",
        NO,
        id="long-story-short-out",
    ),
    pytest.param("Maybe, maybe not. Bottom line: can't make it.", NO, id="bottom-line"),
    pytest.param("Long story short: I'm in.", YES, id="long-story-short"),
    pytest.param("Klar würde ich, ja, absolut, nur: Elternabend. Also wieder nix.", NO, id="nix"),
    pytest.param("Leider nix.", NO, id="leider-nix"),
    pytest.param("Heute nix", NO, id="heute-nix"),
    pytest.param("Aus dem Vielleicht wird leider ein Nein.", NO, id="vielleicht-wird-nein"),
    pytest.param("Aus dem Ja wird leider ein Nein.", NO, id="ja-wird-nein"),
    pytest.param("Make that a no, sorry – my flight got moved.", NO, id="make-that-a-no"),
    pytest.param("The maybe turns into a yes!", YES, id="maybe-turns-into-yes"),
]


@pytest.mark.parametrize(("text", "answer"), CONCLUDED)
def test_a_conclusion_or_a_changed_answer_decides(text: str, answer: Answer) -> None:
    assert read_intent(text).answer is answer


# A conclusion word inside a sentence, a doubt after it, or a change asked about, decides
# nothing against what is said.
NOT_CONCLUDED = [
    pytest.param("Also ich komme, aber vielleicht etwas später.", YES, id="also-komme-spaeter"),
    pytest.param("So, I'm not sure yet.", MAYBE, id="so-not-sure"),
    pytest.param("Also, ich weiß noch nicht.", MAYBE, id="also-weiss-nicht"),
    pytest.param("Nix zu danken, ich komme gern.", YES, id="nix-zu-danken"),
    pytest.param("Wird das ein Nein? Ich weiß noch nicht.", MAYBE, id="asked-not-stated"),
]

# The opposite of what they say is never recorded.
NEVER = [
    pytest.param("I'm in. So no need to save me a seat, I'll be late.", NO, id="so-no-need"),
    pytest.param("Das wird ein Ja, wenn ich früher rauskomme.", YES, id="ja-wenn"),
    pytest.param("Ich komme! Also, wenn nichts dazwischenkommt.", NO, id="also-wenn"),
    pytest.param("Sorry, ich muss absagen. Also nix für ungut!", YES, id="nix-fuer-ungut"),
    pytest.param("Ich komme. Also nix wie hin!", NO, id="nix-wie-hin"),
]


@pytest.mark.parametrize(("text", "opposite"), NEVER)
def test_a_conclusion_never_records_the_opposite(text: str, opposite: Answer) -> None:
    assert read_intent(text).answer is not opposite


@pytest.mark.parametrize(("text", "answer"), NOT_CONCLUDED)
def test_what_only_looks_like_a_conclusion_leaves_the_answer(text: str, answer: Answer) -> None:
    assert read_intent(text).answer is answer


def test_a_stated_answer_denied_states_nothing() -> None:
    assert read_intent("Trag mich bitte nicht als Zusage ein, eher vielleicht.").answer is not YES
