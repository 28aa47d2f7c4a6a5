"""A condition said verb first is a condition: "Sollte mein Zug ausfallen, kann ich
nicht", "Sollte es klappen, komme ich". Without "wenn" or "falls" it was read as said
outright, so a no that may come was recorded as a no and a yes that may come as a yes.
"Sollte klappen!" and "Sollte ich schaffen." have no clause after them: likely, a yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

CONDITIONS = [
    pytest.param("Sollte mein Zug ausfallen, kann ich nicht.", id="de-zug-kann-nicht"),
    pytest.param("Sollte es regnen, komme ich nicht.", id="de-regen-nicht"),
    pytest.param("Sollte ich krank werden, sage ich ab.", id="de-krank-absagen"),
    pytest.param("Sollten wir keinen Babysitter finden, müssen wir absagen.", id="de-wir"),
    pytest.param("Sollte ich nicht kommen, bin ich krank.", id="de-nicht-kommen"),
    pytest.param("Sollte es klappen, komme ich.", id="de-klappen-komme"),
    pytest.param("Sollte ich pünktlich rauskommen, bin ich da.", id="de-puenktlich"),
]


@pytest.mark.parametrize("text", CONDITIONS)
def test_an_answer_on_a_condition_said_verb_first_is_a_maybe(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.MAYBE


LIKELY = [
    pytest.param("Sollte klappen!", id="de-sollte-klappen"),
    pytest.param("Sollte ich schaffen!", id="de-sollte-ich-schaffen"),
    pytest.param("Sollte klappen, ich komme.", id="de-sollte-klappen-komme"),
]


@pytest.mark.parametrize("text", LIKELY)
def test_sollte_without_a_clause_after_it_says_likely(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES
