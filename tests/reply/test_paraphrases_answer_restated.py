"""A reply that restates the member's own answer: "Ich habe abgesagt, nicht zugesagt".

Read only for replies to the acknowledgement or the reminder, which say what
somek recorded: the member who writes back "I said maybe, not yes" corrects
it. The answer must be the writer's own ("ich", "I"), said plainly as a
statement; an answer of another evening ("letztes Mal"), one since changed
("aber jetzt …"), a question or two different answers restate nothing.
"""

from __future__ import annotations

import pytest

from mail.reminder_reply import answer_restated
from mail.types import Answer

RESTATED = [
    (
        "Da ist was schiefgelaufen: Ich habe abgesagt, nicht zugesagt. Bitte korrigieren.",
        "de-abgesagt-nicht-zugesagt",
        Answer.NO,
    ),
    (
        "Halt, das stimmt nicht: Ich hatte abgesagt! Ich bin am 28. auf Tournee.",
        "de-hatte-abgesagt",
        Answer.NO,
    ),
    ("Moment, ich hab abgesagt!", "de-hab-abgesagt", Answer.NO),
    ("nee, hab NEIN gesagt", "de-phone-nein-gesagt", Answer.NO),
    ("Fehler: meine Antwort war nein.", "de-antwort-war-nein", Answer.NO),
    ("That's wrong – I declined.", "en-declined", Answer.NO),
    ("I said no, not yes!", "en-said-no-not-yes", Answer.NO),
    ("I had declined already, please fix that.", "en-had-declined", Answer.NO),
    ("Sorry, I clicked decline, not accept.", "en-clicked-decline", Answer.NO),
    ("Ich habe zugesagt, nicht abgesagt!", "de-zugesagt-nicht-abgesagt", Answer.YES),
    ("Das ist falsch, ich hatte zugesagt.", "de-hatte-zugesagt", Answer.YES),
    ("I said yes, not no.", "en-said-yes", Answer.YES),
    ("I accepted, not declined – please fix.", "en-accepted", Answer.YES),
    ("Meine Antwort war ja!", "de-antwort-war-ja", Answer.YES),
    ("Hmm, I said maybe, not yes – still waiting on the rota.", "en-said-maybe", Answer.MAYBE),
    ("Ich hatte vielleicht gesagt, nicht ja.", "de-vielleicht-gesagt", Answer.MAYBE),
    ("Ich habe nur unter Vorbehalt zugesagt.", "de-unter-vorbehalt", Answer.MAYBE),
    ("I only said tentatively yes.", "en-tentatively", Answer.MAYBE),
]

NOT_RESTATED = [
    ("Ich hatte abgesagt, aber jetzt klappt es vielleicht doch.", "de-turn-jetzt"),
    ("Letztes Mal hatte ich abgesagt.", "de-letztes-mal"),
    ("I declined last time, but this time I'm in.", "en-last-time"),
    ("Danke!", "de-danke"),
    ("Habe ich eigentlich zugesagt?", "de-question"),
    ("Ich habe zugesagt und abgesagt, keine Ahnung.", "de-both"),
    ("My colleague declined, not me.", "en-colleague"),
    ("Mein Kollege hat abgesagt.", "de-kollege"),
    ("I said I'd think about it.", "en-think-about-it"),
    ("Ich hatte zugesagt, muss aber nun leider absagen.", "de-now-no"),
]


@pytest.mark.parametrize(
    ("text", "answer"), [pytest.param(t, a, id=name) for t, name, a in RESTATED]
)
def test_the_members_own_answer_restated_is_read(text: str, answer: Answer) -> None:
    assert answer_restated(text)[0] is answer


@pytest.mark.parametrize("text", [pytest.param(t, id=name) for t, name in NOT_RESTATED])
def test_an_answer_of_then_or_of_someone_else_restates_nothing(text: str) -> None:
    assert answer_restated(text)[0] is None
