"""A belief about the evening, then its denial: "Ich dachte, ich schaffe es. Tue ich aber
nicht." is a no, "Dachte, ich muss absagen. Muss ich nicht!" a yes. The answer between
"ich dachte" and "falsch gedacht" was only believed."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from somek_tui.models import Answer
from tests.reply.plain_reply import plain_reply


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param("Ich dachte, ich schaffe es. Tue ich aber nicht.", Answer.NO, id="tue-nicht"),
        pytest.param("Ich dachte, ich komme. Falsch gedacht.", Answer.NO, id="falsch-gedacht"),
        pytest.param("Dachte, ich bin dabei. Pustekuchen – Spätdienst.", Answer.NO, id="puste"),
        pytest.param(
            "Ich dachte, ich könnte kommen. Leider falsch gedacht.", Answer.NO, id="koennte"
        ),
        pytest.param(
            "Ich ging davon aus, dass ich komme. Tja, falsch gedacht.", Answer.NO, id="davon-aus"
        ),
        pytest.param(
            "Hatte gedacht, ich bin dabei – Fehlanzeige, Elternabend.", Answer.NO,
            id="fehlanzeige",
        ),
        pytest.param(
            "Ich dachte, ich schaffe es nicht. Tue ich aber doch.", Answer.YES, id="tue-doch"
        ),
        pytest.param("Dachte, ich muss absagen. Muss ich nicht!", Answer.YES, id="muss-nicht"),
        pytest.param(
            "Ich dachte, ich kann nicht. Falsch gedacht – ich komme!", Answer.YES,
            id="falsch-gedacht-komme",
        ),
    ],
)  # fmt: skip
def test_a_belief_denied_reads_as_its_opposite(text: str, answer: Answer) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (answer, "")


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param("Ich dachte, ich komme. Falsch gedacht.", Answer.YES, id="falsch-gedacht"),
        pytest.param("Ich dachte, ich schaffe es nicht. Tue ich aber doch.", Answer.NO, id="doch"),
        pytest.param("Dachte, ich muss absagen. Muss ich nicht!", Answer.NO, id="muss-nicht"),
    ],
)  # fmt: skip
def test_a_belief_denied_is_never_read_as_the_belief(text: str, answer: Answer) -> None:
    assert analyse(plain_reply(text)).answer is not answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param("Ich dachte, ich komme. Und ich komme!", Answer.YES, id="und-komme"),
        pytest.param("Ich dachte mir, ich komme einfach mal vorbei.", Answer.YES, id="dachte-mir"),
        pytest.param(
            "Ich dachte, ich komme mal wieder vorbei. Bis Donnerstag!", Answer.YES,
            id="bis-donnerstag",
        ),
        pytest.param(
            "Ich dachte an euch – leider kann ich nicht.", Answer.NO, id="dachte-an-euch"
        ),
        pytest.param(
            "I thought I'd drop by this time. See you Thursday!", Answer.YES, id="drop-by"
        ),
    ],
)  # fmt: skip
def test_a_belief_kept_or_only_thought_of_stays_as_said(text: str, answer: Answer) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (answer, "")
