"""Strong yeses in idioms and slang are a yes: "Aber hallo!", "Und ob!", "Und wie!", "Eh
kloa", "Keine Frage!", "Ihr werdet mich nicht los", "Das muss man mir nicht zweimal
sagen", "I'm there with bells on", "Is the Pope Catholic?", "No cap, I'll be there".
Their "nicht", "kein", "ob" or "no" made them a no, a maybe or a question for review,
or they went unread."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

YESES = [
    pytest.param("Aber hallo!", id="aber-hallo"),
    pytest.param("Aber hallo, und wie!", id="aber-hallo-und-wie"),
    pytest.param("Und wie!", id="und-wie"),
    pytest.param("Und ob!", id="und-ob"),
    pytest.param("Na und ob!", id="na-und-ob"),
    pytest.param("Und ob ich komme!", id="und-ob-ich-komme"),
    pytest.param("Eh kloa", id="eh-kloa"),
    pytest.param("Na klar doch", id="na-klar-doch"),
    pytest.param("Keine Frage!", id="keine-frage"),
    pytest.param("Was für eine Frage 😄", id="was-fuer-eine-frage"),
    pytest.param("Frag nicht so blöd, klar!", id="frag-nicht-so-bloed"),
    pytest.param("Hundertpro!", id="hundertpro"),
    pytest.param("Kann's kaum erwarten", id="kanns-kaum-erwarten"),
    pytest.param("Ihr werdet mich nicht los 😄", id="werdet-mich-nicht-los"),
    pytest.param("Mich werdet ihr so schnell nicht los!", id="mich-werdet-ihr-nicht-los"),
    pytest.param("You can't get rid of me that easily", id="cant-get-rid-of-me"),
    pytest.param("Das muss man mir nicht zweimal sagen!", id="nicht-zweimal-sagen"),
    pytest.param("You don't have to ask me twice", id="ask-me-twice"),
    pytest.param("Nichts kann mich aufhalten", id="nichts-kann-mich-aufhalten"),
    pytest.param("Mehr Ja geht nicht", id="mehr-ja-geht-nicht"),
    pytest.param("Darauf kannst du einen lassen!", id="einen-lassen"),
    pytest.param("I'm there with bells on", id="bells-on"),
    pytest.param("Is the Pope Catholic?", id="pope-catholic"),
    pytest.param("Ist der Papst katholisch?", id="papst-katholisch"),
    pytest.param("I'd love nothing more", id="love-nothing-more"),
    pytest.param("Bet.", id="bet"),
    pytest.param("No cap, I'll be there", id="no-cap"),
    pytest.param("No kidding, I'm in", id="no-kidding"),
    pytest.param("Kein Witz, ich komme", id="kein-witz"),
    pytest.param("Hella yes", id="hella-yes"),
    pytest.param("Fuck yeah!", id="fuck-yeah"),
    pytest.param("Yessir!", id="yessir"),
    pytest.param("Yay!", id="yay"),
    pytest.param("Mit Kusshand!", id="mit-kusshand"),
    pytest.param("Lieber heute als morgen", id="lieber-heute-als-morgen"),
    pytest.param("Nu klar!", id="nu-klar"),
    pytest.param("Notgedrungen ja", id="notgedrungen-ja"),
    pytest.param("Kein Wenn und Aber: ich komme", id="kein-wenn-und-aber"),
    pytest.param("No ifs or buts, I'm coming", id="no-ifs-or-buts"),
]


@pytest.mark.parametrize("text", YESES)
def test_a_yes_in_an_idiom_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", YESES)
def test_a_yes_in_an_idiom_is_never_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich weiß nicht, und ob ich komme, steht noch nicht fest", id="ob-open"),
        pytest.param("Keine Fragen, danke", id="keine-fragen-plural"),
        pytest.param("Aber hallo? Die Einladung kam viel zu spät", id="aber-hallo-angry"),
    ],
)
def test_the_same_words_asking_or_complaining_are_no_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES


def test_irony_after_a_yes_is_never_recorded_as_yes() -> None:
    assert analyse(_mail("Ja klar, und morgen schneit es")).answer is not Answer.YES


@pytest.mark.parametrize("text", ["Jaein", "Jain"])
def test_yes_and_no_in_one_word_is_a_maybe(text: str) -> None:
    assert read_intent(text).answer is Answer.MAYBE


def test_a_bavarian_shrug_alone_is_no_yes() -> None:
    assert read_intent("Jo mei").answer is not Answer.YES
