"""Words typed beside a calendar button: thanks, logistics, a topic, a negation of
something else leave the button standing; words that name the button to correct it,
or that reach the evening with a negation, turn it or send it to a person.

Each row is one way of saying it, written before looking at the rules."""

from __future__ import annotations

import pytest
from support.imip import imip

from mail.analysis import analyse
from mail.types import Answer

A, D, T = "ACCEPTED", "DECLINED", "TENTATIVE"
Y, N, M = Answer.YES, Answer.NO, Answer.MAYBE

KEPT = [
    pytest.param(A, "Ich bringe keine Gäste mit, nur ich.", Y, id="de-keine-gaeste"),
    pytest.param(A, "No plus-one this time, just me.", Y, id="en-no-plus-one"),
    pytest.param(A, "Nichts zu ergänzen.", Y, id="de-nichts-zu-ergaenzen"),
    pytest.param(A, "Ich kann leider keinen Laptop mitbringen.", Y, id="de-keinen-laptop"),
    pytest.param(A, "Leider kann ich diesmal keinen Kuchen mitbringen 😅", Y, id="de-kein-kuchen"),
    pytest.param(A, "Weiß nicht, ob ich pünktlich bin, aber ich komme.", Y, id="de-puenktlich"),
    pytest.param(
        A, "Ich komme, auch wenn ich das Thema nicht so spannend finde.", Y, id="de-auch-wenn"
    ),
    pytest.param(A, "Nicht mein Lieblingsthema, aber ich komme.", Y, id="de-lieblingsthema"),
    pytest.param(
        A, "Danke fürs Organisieren, ich weiß nicht, wie ihr das immer schafft!", Y, id="de-wie"
    ),
    pytest.param(
        A, "Wusste nicht, dass es schon wieder so weit ist. Bin dabei.", Y, id="de-wusste"
    ),
    pytest.param(
        A, "Ich freue mich! Wusste gar nicht, dass ihr das Thema macht.", Y, id="de-freue-wusste"
    ),
    pytest.param(A, "Never missed one, not starting now.", Y, id="en-never-missed"),
    pytest.param(A, "I don't know anyone yet, looking forward!", Y, id="en-dont-know-anyone"),
    pytest.param(
        A, "Mastodon für Vereine wäre ein tolles Thema für nächstes Mal", Y, id="de-thema"
    ),
    pytest.param(A, "Nein, wie cool, endlich SEO!", Y, id="de-nein-wie-cool"),
    pytest.param(A, "Kann nicht vor 19:30 da sein, sorry.", Y, id="de-nicht-vor-1930"),
    pytest.param(D, "Yes, unfortunately I can't.", N, id="en-yes-unfortunately"),
    pytest.param(D, "Bin an dem Tag nicht da, sorry. Grüße an alle!", N, id="de-nicht-da"),
    pytest.param(T, "Hängt davon ab, ob mein Flug pünktlich ist", M, id="de-flug"),
]


@pytest.mark.parametrize(("partstat", "text", "answer"), KEPT)
def test_words_about_something_else_leave_the_button(
    partstat: str, text: str, answer: Answer
) -> None:
    result = analyse(imip(partstat, text))
    assert (result.answer, result.answer_problem) == (answer, "")


TURNED = [
    pytest.param(
        T, "Hatte „vielleicht“ gewählt, aber das Meeting ist jetzt fix. Ich kann nicht.", N,
        id="de-vielleicht-gewaehlt",
    ),
    pytest.param(
        T, "Ich hatte maybe geklickt, but it's a no – Nachtdienst.", N, id="mixed-maybe-geklickt"
    ),
    pytest.param(T, "I put maybe but realistically it won't work, sorry.", N, id="en-put-maybe"),
    pytest.param(
        T, "Ich setze Termine immer erst mal auf „vorläufig“, das ist Gewohnheit. Bin dabei.", Y,
        id="de-auf-vorlaeufig",
    ),
    pytest.param(
        T, "Mit Vorbehalt geklickt, aber jetzt steht fest: ich komme.", Y,
        id="de-vorbehalt-geklickt",
    ),
    pytest.param(
        D, "Moment, das war die Absage für den Dezember-Termin. Für den 28. komme ich!", Y,
        id="de-absage-dezember",
    ),
    pytest.param(A, "Zusage bitte löschen, ich schaffe es nicht.", N, id="de-zusage-loeschen"),
    pytest.param(D, "Absage ignorieren bitte – komme gern!", Y, id="de-absage-ignorieren"),
    pytest.param(D, "Hat sich geändert, ich kann doch!", Y, id="de-kann-doch"),
]  # fmt: skip


@pytest.mark.parametrize(("partstat", "text", "answer"), TURNED)
def test_the_button_named_to_correct_it_gives_way_to_the_words(
    partstat: str, text: str, answer: Answer
) -> None:
    result = analyse(imip(partstat, text))
    assert (result.answer, result.answer_problem) == (answer, "")


DOUBTED = [
    pytest.param(
        A, "Ups, zu schnell geklickt. Bin an dem Abend beim Elternabend.", id="de-zu-schnell"
    ),
    pytest.param(A, "Accepted too fast, I'm at a client dinner that night.", id="en-too-fast"),
    pytest.param(A, "Bin an dem Abend nicht da.", id="de-abend-nicht-da"),
    pytest.param(A, "Leider nicht.", id="de-leider-nicht"),
    pytest.param(A, "Das war mein Kalender, nicht ich.", id="de-nicht-ich"),
    pytest.param(A, "Ich bin an dem Wochenende nicht im Lande.", id="de-nicht-im-lande"),
    pytest.param(A, "I'm not in Cologne that week.", id="en-not-in-cologne"),
]  # fmt: skip


@pytest.mark.parametrize(("partstat", "text"), DOUBTED)
def test_words_that_reach_the_evening_never_leave_the_button_standing(
    partstat: str, text: str
) -> None:
    result = analyse(imip(partstat, text))
    assert result.answer is not Answer.YES
