"""Yes or no to a request for a talk or a contribution, as people write it: short, in dialect,
in English, with a logistics remark beside it; a doubt is no answer.

Written as people write, not as the corpus does: each row is one way of saying it."""

from __future__ import annotations

import pytest

from mail.commitment import Commitment, read_commitment

SAID = [
    pytest.param("Ich mach's! Brauche aber einen HDMI-Anschluss.", Commitment.ACCEPT, id="machs"),
    pytest.param("Machs gern", Commitment.ACCEPT, id="machs-gern"),
    pytest.param("Klar, übernehm ich gern.", Commitment.ACCEPT, id="uebernehm-ich"),
    pytest.param("Kann ich machen.", Commitment.ACCEPT, id="kann-ich-machen"),
    pytest.param("Das kann ich gerne übernehmen.", Commitment.ACCEPT, id="kann-ich-uebernehmen"),
    pytest.param("Gern, ich bereite was vor.", Commitment.ACCEPT, id="gern-bereite-vor"),
    pytest.param("Happy to do it.", Commitment.ACCEPT, id="happy-to"),
    pytest.param("Absolutely, I can do that.", Commitment.ACCEPT, id="i-can-do-that"),
    pytest.param("I'd be glad to.", Commitment.ACCEPT, id="glad-to"),
    pytest.param("Count me in for the talk!", Commitment.ACCEPT, id="count-me-in"),
    pytest.param("Das schaffe ich diesmal nicht.", Commitment.DECLINE, id="schaffe-nicht"),
    pytest.param("Da muss ich passen.", Commitment.DECLINE, id="passen"),
    pytest.param("Lieber nicht, sorry.", Commitment.DECLINE, id="lieber-nicht"),
    pytest.param("Ich trau mich noch nicht.", Commitment.DECLINE, id="trau-mich-nicht"),
    pytest.param("I'd rather not.", Commitment.DECLINE, id="rather-not"),
    pytest.param("I'll have to pass on this one.", Commitment.DECLINE, id="pass"),
    pytest.param("Not this time, I'm swamped.", Commitment.DECLINE, id="not-this-time"),
    pytest.param("Das kann ich leider nicht machen.", Commitment.DECLINE, id="kann-nicht-machen"),
    pytest.param("Vielleicht, muss schauen.", None, id="vielleicht"),
    pytest.param("Ich überlege es mir.", None, id="ueberlege"),
    pytest.param("Kann ich machen, wenn ich Zeit habe.", None, id="wenn-zeit"),
]


@pytest.mark.parametrize(("text", "commitment"), SAID)
def test_an_answer_to_a_request_is_read_in_the_members_words(
    text: str, commitment: Commitment | None
) -> None:
    assert read_commitment(text).commitment is commitment
