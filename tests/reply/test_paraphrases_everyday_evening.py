"""Chatty mails whose news says yes, no and maybe at once: the sentence naming the evening answers.

The evening is on Thursday, 28 January 2027; the mails are written on 11 January.
"""

from __future__ import annotations

from datetime import date

import pytest

from mail.everyday import dated_answers, evening_answer
from mail.intent import read_intent
from mail.types import Answer

EVENING = date(2027, 1, 28)
WRITTEN = date(2027, 1, 11)


def _read(text: str) -> Answer | None:
    """The rules' answer; where the whole mail disagrees with itself, what it says of the day."""
    intent = read_intent(text)
    if intent.answer is not None or not intent.problem.startswith("contradictory"):
        return intent.answer
    said = evening_answer(dated_answers(text), EVENING, "SEO und Erfolgsmessung", WRITTEN)
    return said.answer if said is not None else None


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param(
            "Mein Sohn hat gestern gefragt, ob ich nicht mal wieder zum Stammtisch gehe. Leider "
            "nein, hab ich gesagt, zu viel los.\n\nAber: am 28. komme ich!",
            Answer.YES,
            id="de, a no told in an anecdote",
        ),
        pytest.param(
            "Kurzes Update: unsere Website ist endlich online. Ob die Zugriffe kommen, weiß ich "
            "nicht.\n\nAm 28. muss ich leider passen, da ist Elternabend.",
            Answer.NO,
            id="de, a doubt about the website",
        ),
        pytest.param(
            "The new job is great so far, though I'm not sure the commute will last. My boss "
            "might send me to Berlin in February.\n\nSadly on the 28th I have a board meeting "
            "that runs late, so I can't make it.",
            Answer.NO,
            id="en, doubts about the job",
        ),
        pytest.param(
            "HALLO ZUSAMMEN, ICH WEISS NICHT OB IHR MICH NOCH KENNT, ICH WAR LANGE NICHT DA. "
            "VIELLEICHT ERINNERT IHR EUCH.\nAM 28. BIN ICH DABEI!",
            Answer.YES,
            id="all caps",
        ),
        pytest.param(
            "Unser Verein feiert 50-jähriges, ich bin im Orga-Team und weiß nicht, wo ich "
            "anfangen soll. Maybe you have tips.\n\nDen Donnerstagabend halte ich mir aber "
            "frei, ich komme!",
            Answer.YES,
            id="mixed, the weekday's evening",
        ),
        pytest.param(
            "Ich bin nicht sicher, ob unser Newsletter-Tool das kann. Vielleicht frage ich euch "
            "mal.\n\nDonnerstag klappt bei mir leider nicht, Chorprobe.",
            Answer.NO,
            id="de, the weekday",
        ),
        pytest.param(
            "I'm not sure if you remember me, I came once in autumn. Maybe my colleague Tom "
            "mentioned me.\nI'll be there on Thursday!",
            Answer.YES,
            id="en, a newcomer's doubts",
        ),
        pytest.param(
            "Das Thema wäre perfekt, vielleicht schickt ihr hinterher eine Zusammenfassung. "
            "Blöderweise ist am 28. unsere Inventur. Ich schaffe es nicht.",
            Answer.NO,
            id="the day, then the answer in the next sentence",
        ),
    ],
)
def test_the_sentence_naming_the_evening_answers_a_chatty_mail(text: str, answer: Answer) -> None:
    assert _read(text) is answer


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ich hab gesehen, dass ich im Januar schon an vier Abenden verplant bin, leider. "
            "Egal, der Stammtisch geht vor, vielleicht komme ich.",
            id="a month is not the evening",
        ),
        pytest.param(
            "Am 28. komme ich gern. Am 28. muss ich aber leider auch zur Probe, vielleicht geht "
            "das nicht.",
            id="the evening's sentences disagree",
        ),
        pytest.param(
            "He's blocked out the 28th and will attend. He might bring his laptop, sorry in "
            "advance. Not sure he remembers the way.",
            id="a doubt stays with a person",
        ),
        pytest.param(
            "Am 14. bin ich raus, aber vielleicht klappt es. Ich weiß noch nicht.",
            id="only another day named",
        ),
    ],
)
def test_a_chatty_mail_without_one_answer_for_the_evening_stays_with_a_person(
    text: str,
) -> None:
    assert _read(text) in (None, Answer.MAYBE)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ich weiß nicht, ob ihr mich noch kennt. Vielleicht erinnert ihr euch.\n\nAm 28. "
            "komme ich gern. Ach nein, da ist ja Elternabend, sorry!",
            id="a mind changed after the evening's sentence",
        ),
        pytest.param(
            "Not sure you remember me. Maybe you do.\n\nI'll be there on the 28th. Oh wait, "
            "scratch that, it's parents' evening. Sorry!",
            id="a mind changed, in English",
        ),
    ],
)
def test_a_yes_taken_back_for_the_evening_is_never_a_yes(text: str) -> None:
    # the correction ("Ach nein, …", "scratch that") decides: a no, or a person reads
    assert _read(text) in (None, Answer.NO)


def test_a_mail_naming_no_day_has_no_dated_answers() -> None:
    assert dated_answers("Ja, ich komme. Vielleicht bringe ich Kuchen mit.") == []
