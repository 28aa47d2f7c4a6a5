"""A refusal made reluctantly is made ("I'd hate to say no, but I have to"); a no-word
agreeing with words about something else is no answer ("Nein, nicht vergessen – I'm
coming!"); a doubt of degree is about a state, not about coming ("eventuell leicht
verschwitzt"); someone else's no in a "dass" clause is theirs ("schade, dass Maria nicht
kann")."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

READ = [
    pytest.param("I'd hate to say no, but I have to. Site visit in Leeds.", Answer.NO, id="hate"),
    pytest.param("Hate to bail but I must, sorry.", Answer.NO, id="hate-to-bail"),
    pytest.param("Ich sage echt ungern ab, aber ich muss.", Answer.NO, id="ungern-ab"),
    pytest.param("Sag ungern nein, aber es muss sein.", Answer.NO, id="ungern-nein"),
    pytest.param("I'd hate to say no, so count me in!", Answer.YES, id="hate-so-in"),
    pytest.param("Nein, nicht vergessen – I'm coming!", Answer.YES, id="nein-nicht-vergessen"),
    pytest.param("Nein, nicht vergessen, ich bin dabei.", Answer.YES, id="nein-vergessen-dabei"),
    pytest.param("Nein, nicht vergessen. Leider kann ich nicht.", Answer.NO, id="vergessen-nein"),
    pytest.param(
        "Freu mich! Ich komme mit dem Rad, also eventuell leicht verschwitzt.",
        Answer.YES,
        id="eventuell-leicht-verschwitzt",
    ),
    pytest.param("Ich komme, vielleicht etwas müde.", Answer.YES, id="vielleicht-etwas-muede"),
    pytest.param("I will be there, maybe a bit tired.", Answer.YES, id="maybe-a-bit-tired"),
    pytest.param("Vielleicht ein bisschen, mal sehen.", Answer.MAYBE, id="vielleicht-mal-sehen"),
    # someone named as the subject of a "dass"/"that" clause says no for themselves only
    pytest.param("Schade, dass Maria nicht kann, aber ich bin da.", Answer.YES, id="maria"),
    pytest.param("Sorry that Tom cannot come, I will be there.", Answer.YES, id="tom"),
    pytest.param("Dass Jonas kommt, freut mich, ich komme auch.", Answer.YES, id="jonas"),
    pytest.param("Schade, dass ich nicht kann.", Answer.NO, id="schade-ich-nicht"),
    pytest.param("Weil Donnerstag nicht geht, sage ich ab.", Answer.NO, id="weil-donnerstag"),
]


@pytest.mark.parametrize(("text", "answer"), READ)
def test_the_words_around_a_refusal_or_a_doubt_decide_what_it_is(text: str, answer: Answer) -> None:
    assert read_intent(text).answer is answer


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Nein, nicht allein.", id="nein-nicht-allein"),
        pytest.param("Nee, nicht vergessen", id="nee-nicht-vergessen"),
    ],
)
def test_a_no_word_agreeing_with_something_else_is_no_answer(text: str) -> None:
    assert read_intent(text).answer is None
