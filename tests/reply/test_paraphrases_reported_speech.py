"""What the member reports having said before ("I know I said I'd come") is no answer now.

A promise reported is weak: what the mail says now decides, and when it says
nothing more, a person reads. A promise kept ("wie versprochen komme ich") and
a yes said elsewhere ("I said yes in the calendar") still answer.
Written as people write, not as the corpus does: each row is one way of saying it."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

SAID = [
    (
        "Ich weiß, ich hatte letztes Mal gesagt, dass ich im Januar auf jeden Fall komme. "
        "Tja. Jetzt hat unser Verein am 28. eine Sitzung. Es tut mir leid, ich kann diesmal nicht.",
        Answer.NO,
        "de-said-last-time-then-cannot",
    ),
    (
        "I know I said I'd definitely come this time, but the launch moved to the 28th. "
        "Sorry, next time!",
        Answer.NO,
        "en-said-definitely-then-next-time",
    ),
    (
        "Yes, ich weiß, I promised to come… aber es klappt doch nicht.",
        Answer.NO,
        "mixed-promised-then-not",
    ),
    ("Ich hatte gesagt, ich komme, aber es klappt nicht.", Answer.NO, "de-said-but-not"),
    (
        "I promised Anna I'd be there, but I can't make it after all.",
        Answer.NO,
        "en-promised-cannot",
    ),
    ("Ich hab euch versprochen, dass ich komme. Leider bin ich krank.", Answer.NO, "de-sick"),
    (
        "Ich hab gesagt: Keine Ahnung, ich mach nur die Bilder. Am 28. bin ich dabei.",
        Answer.YES,
        "de-a-story-then-the-answer",
    ),
    ("I told my boss I'd be late tomorrow. Thursday I'm in!", Answer.YES, "en-told-boss"),
    # a promise kept, a yes said elsewhere: the answer stands
    ("Wie versprochen komme ich am 28.", Answer.YES, "de-as-promised"),
    ("As promised, I'll be there.", Answer.YES, "en-as-promised"),
    ("I said yes in the calendar already, see you Thursday!", Answer.YES, "en-said-yes"),
    # only the report: a person reads
    ("Ich hab doch gesagt, ich komme!", None, "de-only-the-report"),
    ("I said I'd come.", None, "en-only-the-report"),
    ("I promised Anna I'd be there, but I'm stuck in Munich.", None, "en-promise-and-a-story"),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, a, id=i) for t, a, i in SAID])
def test_a_reported_promise_is_no_answer_now(text: str, expected: Answer | None) -> None:
    intent = read_intent(text)
    assert intent.answer is expected, (intent.problem, intent.evidence)


def test_a_reported_promise_alone_says_why_a_person_reads() -> None:
    intent = read_intent("I said I'd come.")
    assert "reports what was said before" in intent.problem
