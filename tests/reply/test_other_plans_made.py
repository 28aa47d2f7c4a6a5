"""Other plans already made for the evening are a no; "Da fehl ich nicht" is coming.

"Ich hab an dem Abend schon was mit Freunden ausgemacht", "Ich habe bereits etwas
vereinbart", "I've made other plans that night", "Got plans already": a no, and a
negation turns it. "Da fehl ich nicht", the verb first, is not missing it: a yes,
never the no of "ich fehle".
"""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from somek_tui.models import Answer
from tests.reply.plain_reply import plain_reply


@pytest.mark.parametrize(
    "text",
    [
        "Ich hab an dem Abend schon was mit Freunden ausgemacht, tut mir leid.",
        "Ich habe bereits etwas vereinbart.",
        "Hab da leider schon was anderes ausgemacht.",
        "Wir haben uns an dem Abend schon verabredet, sorry.",
        "I've made other plans that night, sorry.",
        "Got plans already.",
    ],
)
def test_other_plans_already_made_are_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        "Ich hab nichts anderes vereinbart, komme.",
        "I haven't made other plans, so yes.",
    ],
)
def test_no_other_plans_made_is_coming(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        "Da fehl ich nicht.",
        "Da fehle ich natürlich nicht.",
        "Diesmal fehle ich nicht!",
        "Moin, hab gesehen, dass ihr SEO macht – genau mein Thema. Da fehl ich nicht.",
    ],
)
def test_not_missing_it_said_verb_first_is_coming(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
    assert analyse(plain_reply(text)).answer is Answer.YES
