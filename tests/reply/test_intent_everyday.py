"""Everyday ways of answering that name no verb of coming."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from somek_tui.models import Answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Ich kann kommen.", Answer.YES),
        ("Ich schau mal vorbei!", Answer.YES),
        ("Mach mit.", Answer.YES),
        ("Steht im Kalender.", Answer.YES),
        ("See you Thursday!", Answer.YES),
        ("You can count on me.", Answer.YES),
        ("Fällt für mich leider flach.", Answer.NO),
        ("Ich setze diesmal aus.", Answer.NO),
        ("I'll sit this one out.", Answer.NO),
        ("Have to give this one a miss.", Answer.NO),
        ("Wahrscheinlich, ich gebe noch Bescheid.", Answer.MAYBE),
        ("Probably, will let you know.", Answer.MAYBE),
        ("Unter Vorbehalt.", Answer.MAYBE),
    ],
)
def test_an_everyday_answer_is_read(text: str, answer: Answer) -> None:
    assert (read_intent(text).answer, read_intent(text).problem) == (answer, "")


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Ich selbst nicht, sorry.", Answer.NO),
        ("Not me, sorry.", Answer.NO),
        ("Da bin ich leider in Hamburg.", Answer.NO),
        ("Bin an dem Abend verreist.", Answer.NO),
        ("We'll be abroad that week.", Answer.NO),
        ("Writing to say I'll be joining on Thursday.", Answer.YES),
    ],
)
def test_a_short_or_absent_answer_names_no_verb_of_coming(text: str, answer: Answer) -> None:
    assert (read_intent(text).answer, read_intent(text).problem) == (answer, "")


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Klar, ich komme, vielleicht gegen 20:30.", Answer.YES),
        ("Count me in, probably around 8.", Answer.YES),
        ("Ich komme. Die Absage vom Kalender war ein Versehen.", Answer.YES),
        ("Clicked accept by mistake, sadly I can't come.", Answer.NO),
        ("I'll come, though I may need to cancel if work runs late.", Answer.MAYBE),
    ],
)
def test_a_time_or_the_calendar_button_mentioned_is_no_answer_of_its_own(
    text: str, answer: Answer
) -> None:
    assert (read_intent(text).answer, read_intent(text).problem) == (answer, "")


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Hab zugesagt, aber es kann sein, dass ich ggf. noch absagen muss.", Answer.MAYBE),
        ("There's a chance I'll need to cancel, so put me down as tentative.", Answer.MAYBE),
        ("Eher ein Vielleicht, sorry.", Answer.MAYBE),
        ("Sorry, ich muss an dem Tag leider arbeiten.", Answer.NO),
        ("Dat jeiht bei mir nit.", Answer.NO),
    ],
)
def test_a_possible_cancellation_is_a_maybe_and_work_is_a_no(text: str, answer: Answer) -> None:
    assert (read_intent(text).answer, read_intent(text).problem) == (answer, "")


def test_checking_whether_one_manages_is_no_work_excuse() -> None:
    assert read_intent("Ich muss schauen ob ich es schaffe.").answer is Answer.MAYBE
