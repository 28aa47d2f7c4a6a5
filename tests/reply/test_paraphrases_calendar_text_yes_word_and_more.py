"""A calendar button with a yes-word and something more typed beside it: an apology for
the late answer, a question, a remark on parking, food or the last evening. A "but" or a
"sorry" there turns nothing: the button's answer is recorded. Words that take the
evening back beside the same yes-word never record the button."""

from __future__ import annotations

import pytest
from support.imip import imip

from mail.analysis import analyse
from mail.types import Answer

ACCEPTED_AND_MORE = [
    pytest.param("Zugesagt! Ich habe leider keinen Laptop, brauche ich einen?", id="laptop-q"),
    pytest.param("Freu mich! Letztes Mal konnte ich ja leider nicht.", id="last-time-not"),
    pytest.param("Jo, trag ich ein. Parken ist nicht so einfach bei euch, oder?", id="parken"),
    pytest.param("Yes! Sorry I didn't reply sooner.", id="sorry-not-sooner"),
    pytest.param("Yess! Sorry for the late answer.", id="yess-sorry-late"),
    pytest.param("Klar! Sorry, dass ich erst jetzt antworte.", id="klar-sorry-erst-jetzt"),
    pytest.param(
        "Danke für die Einladung. Ich kenne noch niemanden, freue mich aber.",
        id="kenne-niemanden",
    ),
    pytest.param(
        "Gern. Leider weiß ich nicht, wo ich parken soll – gibt's Parkplätze?", id="wo-parken"
    ),
    pytest.param(
        "Cool, bis dann! Kann leider kein Bier mitbringen, bin mit dem Rad.", id="kein-bier"
    ),
    pytest.param("Top. Ich hab aber noch keinen Plan, wie ich hinkomme – Bus?", id="keinen-plan"),
    pytest.param("Sure thing. Sadly my laptop is broken, can I borrow one?", id="laptop-broken"),
    pytest.param(
        "Okay! Unfortunately I don't know anyone yet, looking forward to meeting you.",
        id="dont-know-anyone",
    ),
    pytest.param(
        "Passt! Allerdings war ich noch nie bei euch – wo ist der Eingang?", id="noch-nie-bei-euch"
    ),
    pytest.param(
        "gerne :) leider kenn ich mich mit SEO null aus, aber ich lerne gern", id="seo-null"
    ),
    pytest.param("Prima. Die Einladung kam leider im Spam an, daher so spät.", id="spam"),
    pytest.param("Yes. Sorry, my calendar app sent this twice.", id="sent-twice"),
    pytest.param("Sehr gern! Aber bitte kein Fleisch für mich.", id="kein-fleisch"),
    pytest.param("Ok, aber wo genau?", id="ok-aber-wo"),
]


@pytest.mark.parametrize("text", ACCEPTED_AND_MORE)
def test_a_yes_word_with_more_beside_the_accepted_button_records_yes(text: str) -> None:
    assert analyse(imip("ACCEPTED", text)).answer is Answer.YES


TAKEN_BACK = [
    pytest.param("Ja, aber ich kann doch nicht.", id="ja-aber-kann-doch-nicht"),
    pytest.param("Super! Leider bin ich an dem Abend in Berlin.", id="abend-in-berlin"),
    pytest.param("Gerne, aber leider klappt es nicht.", id="klappt-nicht"),
    pytest.param("Klar, nur nicht an dem Tag.", id="nur-nicht-an-dem-tag"),
    pytest.param("Ok. Sorry, ich schaff es doch nicht.", id="schaff-es-doch-nicht"),
    pytest.param("Ja – leider doch nicht.", id="leider-doch-nicht"),
    pytest.param("Würde gerne, aber bin krank.", id="wuerde-gerne-krank"),
    pytest.param("Oh je, ich bin da im Urlaub.", id="oh-je-urlaub"),
    pytest.param("Sure – but sorry, I can't make it after all.", id="sure-cant-after-all"),
    pytest.param("Yes, unfortunately not this time.", id="yes-not-this-time"),
]


@pytest.mark.parametrize("text", TAKEN_BACK)
def test_a_yes_word_taken_back_beside_the_accepted_button_never_records_yes(text: str) -> None:
    assert analyse(imip("ACCEPTED", text)).answer is not Answer.YES


def test_not_knowing_where_the_evening_is_leaves_the_accepted_button() -> None:
    text = "Zugesagt. Ich weiß leider nicht mehr, wo ihr euch trefft – gleicher Ort wie immer?"
    assert analyse(imip("ACCEPTED", text)).answer is Answer.YES


NOT_BROUGHT = [
    pytest.param("Accepted – won't be able to bring snacks this time, sorry!", id="no-snacks"),
    pytest.param("Accepted – can't bring the projector this time.", id="no-projector"),
    pytest.param("Zugesagt – kann leider keinen Kuchen mitbringen.", id="kein-kuchen"),
]


@pytest.mark.parametrize("text", NOT_BROUGHT)
def test_a_no_beside_the_buttons_own_word_never_turns_it_into_no(text: str) -> None:
    assert analyse(imip("ACCEPTED", text)).answer is not Answer.NO


TURNED_AFTER_THE_BUTTONS_WORD = [
    pytest.param("I accepted, but I can't come after all.", id="accepted-but-cant"),
    pytest.param("Hab zugesagt, kann aber leider doch nicht.", id="zugesagt-aber-doch-nicht"),
    pytest.param("Zugesagt, aber ich kann leider nicht.", id="zugesagt-aber-kann-nicht"),
]


@pytest.mark.parametrize("text", TURNED_AFTER_THE_BUTTONS_WORD)
def test_the_buttons_word_then_a_turn_takes_the_button_back(text: str) -> None:
    assert analyse(imip("ACCEPTED", text)).answer is Answer.NO
