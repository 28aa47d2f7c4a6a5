"""Everyday mails as strangers write them: lower case after a full stop, the reason first
and "so I'll …" after it, time kept free, plans already made, a hedged no after "daher".

Each row is one way of saying it; the reading must hold for words the corpus never had."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

SAID = [
    pytest.param(
        "hey, long time no see! work has been crazy, we shipped the new release last "
        "friday. count me in for thursday :)",
        Answer.YES,
        id="lower-case-after-a-past-day-count-me-in",
    ),
    pytest.param(
        "war grad zwei wochen in portugal, letzten montag zurück. donnerstag bin ich dabei",
        Answer.YES,
        id="lower-case-german-after-last-monday",
    ),
    pytest.param(
        "Hi Tom, my sister is visiting that week so I'll skip this one. Have fun!",
        Answer.NO,
        id="someone-visits-so-i-skip",
    ),
    pytest.param(
        "Meine Eltern sind zu Besuch, deshalb muss ich leider absagen.",
        Answer.NO,
        id="parents-visit-deshalb-absagen",
    ),
    pytest.param(
        "Hallo, ich war ja beim letzten Mal nicht da weil krank, diesmal klappts!",
        Answer.YES,
        id="klappts-without-apostrophe",
    ),
    pytest.param("Bei mir passts diesmal.", Answer.YES, id="passts-without-apostrophe"),
    pytest.param(
        "Hallo Anna, ich hab leider an dem Abend schon was vor. Aber grüß alle schön!",
        Answer.NO,
        id="plans-already-made-with-words-between",
    ),
    pytest.param(
        "Sorry, hab an dem Donnerstag bereits etwas anderes vor.",
        Answer.NO,
        id="bereits-etwas-anderes-vor",
    ),
    pytest.param(
        "Hi, I had a blast last time. Unfortunately this time it doesn't fit, I'm moving flats.",
        Answer.NO,
        id="this-time-it-doesnt-fit",
    ),
    pytest.param(
        "Thursday won't fit for me, sorry, I'm in Hamburg.",
        Answer.NO,
        id="thursday-wont-fit",
    ),
    pytest.param(
        "Ich hab keine Ahnung, wie lange ich arbeiten muss, daher eher nicht.",
        Answer.NO,
        id="daher-eher-nicht-after-a-reason",
    ),
    pytest.param(
        "Work is crazy right now, so probably not.", Answer.NO, id="so-probably-not-after-a-reason"
    ),
    pytest.param("Ich werde nicht fehlen!", Answer.YES, id="werde-nicht-fehlen"),
    pytest.param(
        "Da werd ich sicher nicht fehlen, bis Donnerstag!",
        Answer.YES,
        id="werd-sicher-nicht-fehlen",
    ),
    pytest.param("I won't be missing this one!", Answer.YES, id="wont-be-missing-this-one"),
    pytest.param(
        "Puh, diese Woche ist voll, aber Donnerstagabend halte ich mir frei.",
        Answer.YES,
        id="halte-mir-den-abend-frei",
    ),
    pytest.param("Den Abend nehm ich mir Zeit, versprochen.", Answer.YES, id="nehm-mir-zeit"),
    pytest.param("Put it in my calendar, see you!", Answer.YES, id="put-it-in-my-calendar"),
    pytest.param("Saved the date :)", Answer.YES, id="saved-the-date"),
    pytest.param(
        "Hi, I'm not sure if I've told you, but I changed jobs! Anyway, I'll be there.",
        Answer.YES,
        id="not-sure-if-ive-told-you-is-news",
    ),
    pytest.param(
        "Weiß nicht, ob ich's euch schon erzählt hab: ich hab ein neues Rad! Ich komme damit.",
        Answer.YES,
        id="weiss-nicht-ob-erzaehlt-is-news",
    ),
    pytest.param("Hey ho, bin raus diesmal. Vlt nächstes Mal.", Answer.NO, id="vlt-naechstes-mal"),
]


@pytest.mark.parametrize(("text", "expected"), SAID)
def test_everyday_strangers_words_are_read(text: str, expected: Answer) -> None:
    assert read_intent(text).answer is expected


UNSURE = [
    # a reason for no and a yes after "but": a person decides rather than a guess
    pytest.param(
        "Hi, I'm super busy this month, but I'll make time for this one!",
        id="busy-but-make-time",
    ),
    pytest.param(
        "Hallo, heute schaffe ich es nicht, aber Donnerstag bin ich da.",
        id="not-today-but-thursday",
    ),
    pytest.param(
        "Hi, I was going to come but my car broke down and it won't be fixed until next week.",
        id="was-going-to-come-but",
    ),
]


@pytest.mark.parametrize("text", UNSURE)
def test_everyday_strangers_unsure_goes_to_review(text: str) -> None:
    intent = read_intent(text)
    assert intent.answer is None
    assert intent.problem
