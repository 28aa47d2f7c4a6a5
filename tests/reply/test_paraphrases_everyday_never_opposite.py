"""Chatty mails where the words of the other answer stand beside the real one.

Other people's plans, the last evening, a plan that was, an engagement that fell
through, a later evening, room asked for: each row may be read right or go to a
person, never be recorded as the opposite of what the member says."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

OPPOSITE = {Answer.YES: Answer.NO, Answer.NO: Answer.YES, Answer.MAYBE: Answer.YES}

TRAPS = [
    # room asked for: a conditional coming is no yes
    pytest.param("If there's still room I'd come along.", Answer.MAYBE, id="room-id-come"),
    pytest.param("I'd come along if there's still a seat.", Answer.MAYBE, id="seat-id-come"),
    pytest.param("Falls noch Platz ist, würde ich kommen.", Answer.MAYBE, id="platz-wuerde"),
    pytest.param("Wenn noch was frei ist, käme ich mit.", Answer.MAYBE, id="was-frei-kaeme"),
    pytest.param(
        "Hi! No idea if you still have seats – if there's space I'd join.",
        Answer.MAYBE,
        id="no-idea-if-seats",
    ),
    # the evening left to the others
    pytest.param(
        "Meine Kollegin und ich wollten kommen, aber jetzt Krisensitzung. Ohne uns also.",
        Answer.NO,
        id="wanted-to-then-ohne-uns",
    ),
    pytest.param(
        "Letzte Woche war super, diesmal aber ohne mich.", Answer.NO, id="last-week-great"
    ),
    pytest.param(
        "Der Chef hat für Donnerstagabend eine Krisensitzung angesetzt. Ohne uns also, leider.",
        Answer.NO,
        id="krisensitzung-ohne-uns",
    ),
    # others come, the member has something else on
    pytest.param(
        "Mein Mann kommt wie immer gern, aber ich hab an dem Abend Chorprobe.",
        Answer.NO,
        id="husband-comes-i-have-choir",
    ),
    pytest.param(
        "Die anderen freuen sich schon, ich hab am Donnerstag aber Spätdienst.",
        Answer.NO,
        id="others-glad-i-have-shift",
    ),
    pytest.param(
        "Everybody at work is going, I have a presentation on the 28th though.",
        Answer.NO,
        id="everybody-goes-i-present",
    ),
    pytest.param(
        "I was so looking forward to it, but I've got rehearsal that evening.",
        Answer.NO,
        id="looking-forward-but-rehearsal",
    ),
    pytest.param(
        "Loved the last one! This time I have a late shift on Thursday though.",
        Answer.NO,
        id="loved-last-one",
    ),
    pytest.param(
        "Ich hätte mich so gefreut, aber da hab ich leider Training.",
        Answer.NO,
        id="haette-gefreut-training",
    ),
    pytest.param(
        "Mein Kollege war letztes Mal begeistert und ich wäre gern dabei gewesen, diesmal hab "
        "ich aber Elternabend.",
        Answer.NO,
        id="colleague-thrilled-parents-evening",
    ),
    pytest.param(
        "Ich wollte echt kommen, hab mir extra den Abend blockiert, aber jetzt sitz ich bis "
        "nachts an der Präsentation.",
        Answer.NO,
        id="blocked-the-evening-then-deadline",
    ),
    # the engagement that was, or that fell through
    pytest.param(
        "Letztes Mal hatte ich Spätschicht, diesmal bin ich dabei.", Answer.YES, id="last-shift"
    ),
    pytest.param("Last time I had a late shift, this time I'm in.", Answer.YES, id="last-time"),
    pytest.param(
        "Normalerweise hab ich donnerstags Chorprobe, aber die fällt diesmal aus, also komme ich.",
        Answer.YES,
        id="choir-cancelled-de",
    ),
    pytest.param("Die Chorprobe fällt aus, ich komme!", Answer.YES, id="chorprobe-faellt-aus"),
    pytest.param("My rehearsal got cancelled, so I'll be there.", Answer.YES, id="rehearsal-off"),
    pytest.param(
        "Am Donnerstag hab ich kein Training, ich komme.", Answer.YES, id="kein-training-komme"
    ),
    # coming said in letter words, beside the others' plans
    pytest.param(
        "Meine Frau hat an dem Abend Chorprobe, ich werde aber da sein.",
        Answer.YES,
        id="wife-has-choir-i-will-be-there",
    ),
    pytest.param(
        "My partner has a late shift that evening, but expect me!",
        Answer.YES,
        id="partner-shift-expect-me",
    ),
    pytest.param(
        "Ich nehme Ihre Einladung dankend an und werde am 28. Januar erscheinen.",
        Answer.YES,
        id="letter-accepts",
    ),
    pytest.param("I'll come along on Thursday and try to look smart.", Answer.YES, id="try-smart"),
    # a later evening named
    pytest.param("Expect me next month, not this time.", Answer.NO, id="expect-me-next-month"),
    pytest.param(
        "Ich hab am 28. schon was vor, nehme die Einladung fürs nächste Mal aber gern an.",
        Answer.NO,
        id="next-time-accepted",
    ),
    pytest.param("Ich werde am 28. leider nicht teilnehmen können.", Answer.NO, id="nicht-teiln"),
    pytest.param("Don't expect me on Thursday, sorry.", Answer.NO, id="dont-expect-me"),
    pytest.param("I won't show up this time, sorry.", Answer.NO, id="wont-show-up"),
    # a doubt about coming late
    pytest.param("Ich werde versuchen, da zu sein.", Answer.MAYBE, id="versuchen-da-zu-sein"),
    pytest.param("I might show up if work allows.", Answer.MAYBE, id="might-show-up"),
    pytest.param(
        "Vielleicht stoße ich später dazu, wenn der Kunde mich lässt.",
        Answer.MAYBE,
        id="vielleicht-dazustossen",
    ),
]


@pytest.mark.parametrize(("text", "meant"), TRAPS)
def test_a_chatty_answer_is_never_recorded_as_its_opposite(text: str, meant: Answer) -> None:
    assert read_intent(text).answer is not OPPOSITE[meant]
