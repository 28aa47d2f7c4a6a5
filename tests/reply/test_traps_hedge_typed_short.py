"""A hedge typed short keeps its doubt: "wahrsch. nicht", "voraussichtl. dabei", "ggf.",
"prob. not". The full stop of such a word ends no sentence, so the hedge stays in the
clause it doubts; before, "Bin voraussichtl. dabei" split after the hedge and was read
as a plain yes. As with the words written out, a hedged no is a no and a hedged
coming a maybe."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.clauses import sentences
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

HEDGED_NO = [
    pytest.param("Voraussichtl. nicht.", id="de-voraussichtl-nicht"),
    pytest.param("Vermutl. nicht, muss arbeiten.", id="de-vermutl-nicht"),
    pytest.param("Bin wahrsch. nicht da, sorry.", id="de-wahrsch-nicht-da"),
    pytest.param("Prob. not, work is crazy.", id="en-prob-not"),
    pytest.param("Probs not, sorry!", id="en-probs-not"),
    pytest.param("I'd say probably not.", id="en-id-say"),
]


@pytest.mark.parametrize("text", HEDGED_NO)
def test_a_short_typed_hedge_before_a_no_is_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO


HEDGED_YES = [
    pytest.param("Bin ggf. dabei.", id="de-ggf"),
    pytest.param("Bin voraussichtl. dabei.", id="de-voraussichtl"),
    pytest.param("Komme wahrsch., sag aber nochmal Bescheid.", id="de-wahrsch"),
    pytest.param("Komme wahrscheinl. mit.", id="de-wahrscheinl"),
    pytest.param("Komme möglicherw. etwas später oder gar nicht.", id="de-moeglicherw"),
]


@pytest.mark.parametrize("text", HEDGED_YES)
def test_a_short_typed_hedge_before_coming_is_a_maybe(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.MAYBE


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich komme wahrsch. nicht.", id="de-wahrsch"),
        pytest.param("Bin voraussichtl. dabei.", id="de-voraussichtl"),
        pytest.param("Prob. not coming.", id="en-prob"),
    ],
)
def test_the_full_stop_of_a_short_hedge_ends_no_sentence(text: str) -> None:
    assert len(sentences(text)) == 1


def test_an_abbreviation_beside_a_yes_leaves_the_yes() -> None:
    assert analyse(_mail("Bin dabei, inkl. Partner.")).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich komme, ggf. etwas später.", id="de-ggf-spaeter"),
        pytest.param("Komme, wahrsch. etwas später.", id="de-wahrsch-spaeter"),
        pytest.param("Bin dabei, voraussichtl. gegen 20 Uhr.", id="de-voraussichtl-uhr"),
    ],
)
def test_a_short_typed_hedge_about_the_hour_keeps_the_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES
