"""Options given with boxes: the ticked one is the answer, an option beside an empty
box is not said. "[ ] komme / [x] komme nicht" was read as a yes from the empty
"[ ] komme"; "[x] komme" went unread; "☐ Zusage ☑ Absage" was contradictory. A lone
"✅ komme" stays the yes-mark it is."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.ticked_boxes import ticked_only
from mail.types import Answer
from tests.reply.plain_reply import plain_reply

TICKED = [
    pytest.param("[ ] komme\n[x] komme nicht", Answer.NO, id="de-leer-komme-angekreuzt-nicht"),
    pytest.param("[x] komme nicht\n[ ] komme", Answer.NO, id="de-nicht-zuerst"),
    pytest.param("[ ] Zusage\n[x] Absage", Answer.NO, id="de-zusage-absage"),
    pytest.param("☐ Zusage ☑ Absage", Answer.NO, id="de-ballot-boxes"),
    pytest.param("[ ] attending\n[x] not attending", Answer.NO, id="en-not-attending"),
    pytest.param("[x] attending\n[ ] not attending", Answer.YES, id="en-attending"),
    pytest.param("[X] komme", Answer.YES, id="de-komme"),
    pytest.param("[x] Ich komme  [ ] Ich komme nicht  [ ] Vielleicht", Answer.YES, id="de-drei"),
    pytest.param("[ ] Ja [ ] Nein [x] Vielleicht", Answer.MAYBE, id="de-vielleicht"),
    pytest.param("Zusage [ ]\nAbsage [x]", Answer.NO, id="de-box-after-the-option"),
    pytest.param("Zusage [x]\nAbsage [ ]", Answer.YES, id="de-box-after-the-option-yes"),
    pytest.param("( ) nehme teil\n(x) nehme nicht teil", Answer.NO, id="de-round-boxes"),
    pytest.param(
        "To-do:\n☐ Steuererklärung\n☑ Stammtisch absagen\n☐ Hund zum Tierarzt",
        Answer.NO,
        id="de-todo-absagen",
    ),
]


@pytest.mark.parametrize(("text", "answer"), TICKED)
def test_the_ticked_option_is_the_answer(text: str, answer: Answer) -> None:
    assert read_intent(text).answer is answer


@pytest.mark.parametrize(("text", "answer"), TICKED)
def test_an_option_beside_an_empty_box_is_never_recorded(text: str, answer: Answer) -> None:
    recorded = analyse(plain_reply(text)).answer
    assert recorded in (answer, None)


def test_a_lone_tick_mark_stays_a_yes() -> None:
    assert read_intent("✅ komme").answer is Answer.YES


def test_text_without_a_form_is_left_as_it_is() -> None:
    text = "✅ komme, [Link] siehe unten"
    assert ticked_only(text) == text
