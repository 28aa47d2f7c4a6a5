"""How one comes, denied, is no refusal of coming, in English too: "I won't come
empty-handed", "Won't come late this time", "I won't be showing up in a suit", "I'm not
coming to talk, just to listen". The negation is the manner's (with what, when within the
evening, dressed how, by what means, for what); the coming stands. German manners beyond
"mit leeren Händen" likewise: "Ich komme nicht im Anzug", "komme nicht mit dem Rad".
Coming denied outright, or denied for the evening itself, stays a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

MANNER_DENIED = [
    pytest.param("I won't come empty-handed, I'll bring a cake.", id="en-empty-handed"),
    pytest.param("I won't arrive empty-handed – crisps are on me.", id="en-arrive-empty-handed"),
    pytest.param("Won't come late this time, promise!", id="en-late-this-time"),
    pytest.param("I wouldn't come late even if you paid me.", id="en-wouldnt-come-late"),
    pytest.param("Don't worry, I won't be late.", id="en-wont-be-late"),
    pytest.param("Not gonna be late this time, promise.", id="en-not-gonna-be-late"),
    pytest.param("I don't think I'll be late.", id="en-dont-think-late"),
    pytest.param("I won't be showing up in a suit, it's casual right?", id="en-suit"),
    pytest.param("I'm not coming in costume though, sorry to disappoint.", id="en-costume"),
    pytest.param("I won't turn up hungry, I'll eat before.", id="en-hungry"),
    pytest.param("I won't come unprepared, I've read the slides.", id="en-unprepared"),
    pytest.param("I won't be coming by car, so I can have a beer.", id="en-by-car"),
    pytest.param("I'm not coming to talk, just to listen. See you Thursday.", id="en-to-talk"),
    pytest.param("I'm not coming for the food, I'm coming for the people.", id="en-for-food"),
    pytest.param(
        "I don't want to come late again, so I'll leave work early. See you Thursday.",
        id="en-not-late-again",
    ),
    pytest.param("Ich komme nicht im Anzug, ist ja locker, oder?", id="de-anzug"),
    pytest.param("Komme nicht mit dem Rad, zu kalt.", id="de-rad"),
    pytest.param("Ich komme nicht verkleidet, keine Sorge.", id="de-verkleidet"),
    pytest.param("Ich komme nicht erst um neun, sondern pünktlich.", id="de-erst-um-neun"),
    pytest.param("Ich komme nicht zum Reden, sondern zum Zuhören.", id="de-zum-reden"),
    pytest.param("Ich komme nicht wegen des Essens, sondern wegen der Leute.", id="de-wegen"),
    pytest.param(
        "Ich will nicht wieder zu spät kommen, deshalb nehme ich den früheren Zug.",
        id="de-nicht-wieder-zu-spaet",
    ),
    pytest.param("Ich glaube nicht, dass ich zu spät komme.", id="de-glaube-nicht-zu-spaet"),
]


@pytest.mark.parametrize("text", MANNER_DENIED)
def test_a_manner_of_coming_denied_reads_as_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", MANNER_DENIED)
def test_a_manner_of_coming_denied_is_never_recorded_as_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I won't come empty-handed, I'll bring a cake.", id="en-empty-handed"),
        pytest.param("I won't come unprepared, I've read the slides.", id="en-unprepared"),
        pytest.param("I'm not coming to talk, just to listen. See you Thursday.", id="en-talk"),
        pytest.param("Ich komme nicht verkleidet, keine Sorge.", id="de-verkleidet"),
    ],
)
def test_a_manner_of_coming_denied_is_recorded_as_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


def test_coming_not_alone_brings_a_guest() -> None:
    assert analyse(_mail("I won't come alone, bringing my flatmate.")).guests == 1


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I won't come, sorry.", id="en-wont-come"),
        pytest.param("I won't come to the meetup, I'm away.", id="en-to-the-meetup"),
        pytest.param("Not coming, late shift.", id="en-late-shift"),
        pytest.param("I won't be there, late meeting at work.", id="en-late-meeting"),
        pytest.param("I'm not coming for the talk on the 28th, sorry.", id="en-for-the-28th"),
        pytest.param("I'm not coming to the 28th, but to the one after.", id="en-one-after"),
        pytest.param("Ich komme nicht zum 28., sondern zum nächsten.", id="de-zum-naechsten"),
        pytest.param("I won't come late – I won't come at all, sorry.", id="en-not-at-all"),
        pytest.param("My wife won't come empty-handed, but I can't make it.", id="en-wife"),
        pytest.param("Ich komme nicht zum Treffen, sondern gehe ins Kino.", id="de-zum-treffen"),
        pytest.param("Ich komme nicht, sondern meine Kollegin.", id="de-sondern-kollegin"),
        pytest.param("Ich komme leider nicht, mit dem Auto ist es zu weit.", id="de-auto-weit"),
        pytest.param("Komme nicht, zu spät für mich.", id="de-zu-spaet-fuer-mich"),
    ],
)
def test_coming_denied_outright_stays_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO
