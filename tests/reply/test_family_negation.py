"""Negation reaches over the whole clause, across soft line breaks and capitalised phone
lines; a negation that is no refusal leaves a yes."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from somek_tui.models import Answer

NO = [
    pytest.param("ich komme am Montag\nnicht", id="ich-komme-am-montag-nicht"),
    pytest.param("Ich komme am Montag\nNicht, sorry", id="ich-komme-am-montag-nicht-sorry"),
    pytest.param("Ich kann am\nDonnerstag leider\nnicht", id="ich-kann-am-donnerstag-leider-nicht"),
    pytest.param("Ich kann\nLeider\nNicht kommen", id="ich-kann-leider-nicht-kommen"),
    pytest.param("werde es leider nicht schaffen", id="werde-es-leider-nicht-schaffen"),
    pytest.param("Werde es nicht schaffen.", id="werde-es-nicht-schaffen"),
    pytest.param("Ich werde nicht kommen.", id="ich-werde-nicht-kommen"),
    pytest.param("ich komm nich", id="ich-komm-nich"),
    pytest.param("I won't be coming.", id="i-won-t-be-coming"),
    pytest.param("I will not be there.", id="i-will-not-be-there"),
    pytest.param("I'm not coming.", id="i-m-not-coming"),
    pytest.param("Not gonna make it, sorry.", id="not-gonna-make-it-sorry"),
    pytest.param("I don't think I'll make it.", id="i-don-t-think-i-ll-make-it"),
    pytest.param("I don't think I can come.", id="i-don-t-think-i-can-come"),
    pytest.param("I can not come.", id="i-can-not-come"),
    pytest.param("Cant make it", id="cant-make-it"),
    pytest.param("cant come sorry", id="cant-come-sorry"),
    pytest.param("wont make it", id="wont-make-it"),
    pytest.param("I'm not able to join.", id="i-m-not-able-to-join"),
    pytest.param("Ich schaff's nicht.", id="ich-schaff-s-nicht"),
    pytest.param("Schaff ich nicht.", id="schaff-ich-nicht"),
    pytest.param("Das wird bei mir nichts.", id="das-wird-bei-mir-nichts"),
    pytest.param("Bei mir geht's nicht.", id="bei-mir-geht-s-nicht"),
    pytest.param("Es klappt leider nicht.", id="es-klappt-leider-nicht"),
    pytest.param("Klappt nicht", id="klappt-nicht"),
    pytest.param("Passt mir nicht.", id="passt-mir-nicht"),
    pytest.param("Das passt bei mir leider nicht.", id="das-passt-bei-mir-leider-nicht"),
    pytest.param("Ich bin nicht dabei.", id="ich-bin-nicht-dabei"),
    pytest.param("Ich bin diesmal nicht dabei.", id="ich-bin-diesmal-nicht-dabei"),
    pytest.param("Bin nicht da.", id="bin-nicht-da"),
    pytest.param("Ich komme diesmal nicht.", id="ich-komme-diesmal-nicht"),
    pytest.param("Kann leider nicht kommen", id="kann-leider-nicht-kommen"),
    pytest.param("kann nicht", id="kann-nicht"),
    pytest.param("KANN NICHT", id="kann-nicht-2"),
    pytest.param("ICH KOMME NICHT", id="ich-komme-nicht"),
    pytest.param("I CAN'T MAKE IT", id="i-can-t-make-it"),
    pytest.param("Leider keine Chance.", id="leider-keine-chance"),
    pytest.param("Keine Zeit, sorry.", id="keine-zeit-sorry"),
    pytest.param("Hab keine Zeit", id="hab-keine-zeit"),
    pytest.param("Ich habe an dem Abend keine Zeit.", id="ich-habe-an-dem-abend-keine-zeit"),
    pytest.param("Es wird nicht gehen.", id="es-wird-nicht-gehen"),
    pytest.param(
        "Ich glaube nicht, dass ich kommen kann.", id="ich-glaube-nicht-dass-ich-kommen-kann"
    ),
    pytest.param("Glaube nicht, dass es klappt.", id="glaube-nicht-dass-es-klappt"),
    pytest.param("Ich werde wohl nicht kommen können.", id="ich-werde-wohl-nicht-kommen-können"),
    pytest.param("Ich komme nicht, weil ich krank bin.", id="ich-komme-nicht-weil-ich-krank-bin"),
    pytest.param("Niemals, ich bin krank 🤒", id="niemals-ich-bin-krank"),
    pytest.param("Da kann ich nicht.", id="da-kann-ich-nicht"),
    pytest.param("Sorry, I won't make it this time.", id="sorry-i-won-t-make-it-this-time"),
    pytest.param("Unfortunately, I am unable to attend.", id="unfortunately-i-am-unable-to-attend"),
    pytest.param("I can't attend, sorry!", id="i-can-t-attend-sorry"),
    pytest.param("Ich kann nicht teilnehmen.", id="ich-kann-nicht-teilnehmen"),
    pytest.param("Ich werde nicht teilnehmen können.", id="ich-werde-nicht-teilnehmen-können"),
    pytest.param("Ich muss passen.", id="ich-muss-passen"),
    pytest.param("Count me out.", id="count-me-out"),
    pytest.param(
        "Ich kann es leider doch nicht einrichten.", id="ich-kann-es-leider-doch-nicht-einrichten"
    ),
    pytest.param("Kann es nicht einrichten", id="kann-es-nicht-einrichten"),
    pytest.param("I won't be able to make it.", id="i-won-t-be-able-to-make-it"),
    pytest.param("Bin leider nicht in Köln.", id="bin-leider-nicht-in-köln"),
    pytest.param("Ich schaffe es am 28. leider nicht.", id="ich-schaffe-es-am-28-leider-nicht"),
    pytest.param("Ich bin raus.", id="ich-bin-raus"),
    pytest.param("Nicht dabei, sorry.", id="nicht-dabei-sorry"),
]

YES = [
    pytest.param(
        "Nicht dass ich das verpassen würde – ich komme natürlich.",
        id="nicht-dass-ich-das-verpassen-würde-ich-k",
    ),
    pytest.param("Ich komme, keine Frage.", id="ich-komme-keine-frage"),
    pytest.param("Ich komme, kein Problem.", id="ich-komme-kein-problem"),
    pytest.param("No doubt, I'll be there.", id="no-doubt-i-ll-be-there"),
    pytest.param("I wouldn't miss it!", id="i-wouldn-t-miss-it"),
    pytest.param("Das lasse ich mir nicht entgehen!", id="das-lasse-ich-mir-nicht-entgehen"),
    pytest.param("Nothing will keep me away.", id="nothing-will-keep-me-away"),
    pytest.param("Ich komme, aber nicht pünktlich.", id="ich-komme-aber-nicht-pünktlich"),
    pytest.param("Ich komme, aber nicht allein.", id="ich-komme-aber-nicht-allein"),
    pytest.param("Ich komme, vergesst nicht den Beamer.", id="ich-komme-vergesst-nicht-den-beamer"),
    pytest.param(
        "Ich komme! Nicht vergessen: Parkplatz.", id="ich-komme-nicht-vergessen-parkplatz"
    ),
    pytest.param("Klar komme ich, warum nicht?", id="klar-komme-ich-warum-nicht"),
    pytest.param("Warum nicht, ich bin dabei.", id="warum-nicht-ich-bin-dabei"),
]


@pytest.mark.parametrize("text", NO)
def test_a_negated_answer_is_a_no(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (Answer.NO, "")


@pytest.mark.parametrize("text", YES)
def test_a_negation_that_refuses_nothing_leaves_the_yes(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (Answer.YES, "")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I can't not come!", id="cant-not-come"),
        pytest.param("Ich kann nicht nicht kommen.", id="kann-nicht-nicht"),
    ],
)
def test_a_double_negation_alone_is_never_a_no(text: str) -> None:
    assert read_intent(text).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich kann nicht, es sei denn, das Meeting wird verschoben.", id="es-sei-denn"),
        pytest.param("Ich komme, außer es passiert was.", id="ausser-es-passiert"),
        pytest.param("Unless something comes up, I'll be there.", id="unless"),
    ],
)
def test_an_answer_on_a_condition_is_a_maybe(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (Answer.MAYBE, "")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Wenn ich nicht kann, sage ich rechtzeitig ab.", id="wenn-nicht-kann"),
        pytest.param("If I can't make it I'll let you know.", id="if-i-cant"),
    ],
)
def test_a_promise_to_say_if_it_fails_alone_goes_to_a_person(text: str) -> None:
    intent = read_intent(text)
    assert intent.answer is None
    assert "promises to say" in intent.problem


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param("Ich sag nicht nein, komme!", Answer.YES, id="sag-nicht-nein"),
        pytest.param("Kein Grund, nicht zu kommen. Also ja!", Answer.YES, id="kein-grund"),
        pytest.param("I'll hardly say no - see you there.", Answer.YES, id="hardly-say-no"),
        pytest.param("I won't be around that week.", Answer.NO, id="wont-be-around"),
        pytest.param("Auf gar keinen Fall, da bin ich in Berlin.", Answer.NO, id="gar-keinen-fall"),
        pytest.param("Passt mir an dem Abend schlecht.", Answer.NO, id="passt-schlecht"),
        pytest.param("Weiß nicht, ob ich es nicht doch schaffe.", Answer.MAYBE, id="ob-nicht-doch"),
    ],
)
def test_a_negation_of_a_negation_or_a_soft_negation_is_read_as_meant(
    text: str, answer: Answer
) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (answer, "")


CLEAR = [
    pytest.param("Ich komme leider nicht.", Answer.NO, id="ich-komme-leider-nicht"),
    pytest.param("Komme nicht.", Answer.NO, id="komme-nicht"),
    pytest.param(
        "ich kann nicht kommen, bin im Urlaub", Answer.NO, id="ich-kann-nicht-kommen-bin-im-urlaub"
    ),
    pytest.param("Bin nicht dabei.", Answer.NO, id="bin-nicht-dabei"),
    pytest.param("Wir kommen beide nicht.", Answer.NO, id="wir-kommen-beide-nicht"),
    pytest.param("Ich werde nicht dabei sein.", Answer.NO, id="ich-werde-nicht-dabei-sein"),
    pytest.param("Ich schaffe es nicht, sorry.", Answer.NO, id="ich-schaffe-es-nicht-sorry"),
    pytest.param("Ich bin leider nicht da.", Answer.NO, id="ich-bin-leider-nicht-da"),
    pytest.param(
        "Ich bin an dem Tag nicht in Köln.", Answer.NO, id="ich-bin-an-dem-tag-nicht-in-köln"
    ),
    pytest.param("Ich bin nicht in der Stadt.", Answer.NO, id="ich-bin-nicht-in-der-stadt"),
    pytest.param("Kann diesmal nicht.", Answer.NO, id="kann-diesmal-nicht"),
    pytest.param("Nein, ich komme nicht.", Answer.NO, id="nein-ich-komme-nicht"),
    pytest.param("I am not coming.", Answer.NO, id="i-am-not-coming"),
    pytest.param("I'm not going to make it.", Answer.NO, id="i-m-not-going-to-make-it"),
    pytest.param("I won't be attending.", Answer.NO, id="i-won-t-be-attending"),
    pytest.param("Not attending.", Answer.NO, id="not-attending"),
    pytest.param("I can't be there.", Answer.NO, id="i-can-t-be-there"),
    pytest.param("I will not attend.", Answer.NO, id="i-will-not-attend"),
    pytest.param("Not coming this time, sorry.", Answer.NO, id="not-coming-this-time-sorry"),
    pytest.param("I don't think so, sorry.", Answer.NO, id="i-don-t-think-so-sorry"),
    pytest.param("No, I can't make it.", Answer.NO, id="no-i-can-t-make-it"),
    pytest.param("I'm unable to come.", Answer.NO, id="i-m-unable-to-come"),
    pytest.param("Can't do Thursday.", Answer.NO, id="can-t-do-thursday"),
    pytest.param("Thursday doesn't work for me.", Answer.NO, id="thursday-doesn-t-work-for-me"),
    pytest.param("Donnerstag passt mir nicht.", Answer.NO, id="donnerstag-passt-mir-nicht"),
    pytest.param("Donnerstag geht bei mir nicht.", Answer.NO, id="donnerstag-geht-bei-mir-nicht"),
    pytest.param("Am 28. bin ich nicht da.", Answer.NO, id="am-28-bin-ich-nicht-da"),
    pytest.param(
        "Das klappt bei mir leider nicht.", Answer.NO, id="das-klappt-bei-mir-leider-nicht"
    ),
    pytest.param(
        "Da kann ich leider nicht, da ich arbeiten muss.",
        Answer.NO,
        id="da-kann-ich-leider-nicht-da-ich-arbe",
    ),
    pytest.param("Ich werde wohl nicht kommen.", Answer.NO, id="ich-werde-wohl-nicht-kommen"),
    pytest.param("Eher nicht.", Answer.NO, id="eher-nicht"),
    pytest.param("Nicht dabei diesmal.", Answer.NO, id="nicht-dabei-diesmal"),
    pytest.param("Kein Interesse diesmal.", Answer.NO, id="kein-interesse-diesmal"),
    pytest.param("Ich bin raus diesmal.", Answer.NO, id="ich-bin-raus-diesmal"),
    pytest.param("Ich bin leider verhindert.", Answer.NO, id="ich-bin-leider-verhindert"),
    pytest.param("Ich komme auf jeden Fall!", Answer.YES, id="ich-komme-auf-jeden-fall"),
    pytest.param("Natürlich komme ich.", Answer.YES, id="natürlich-komme-ich"),
    pytest.param(
        "Ich lasse mir das nicht entgehen.", Answer.YES, id="ich-lasse-mir-das-nicht-entgehen"
    ),
    pytest.param("Nichts hält mich ab, ich komme.", Answer.YES, id="nichts-hält-mich-ab-ich-komme"),
    pytest.param("Ich bin dabei, kein Thema.", Answer.YES, id="ich-bin-dabei-kein-thema"),
    pytest.param("Kein Problem, ich komme.", Answer.YES, id="kein-problem-ich-komme"),
    pytest.param(
        "Bin dabei, nicht zu spät hoffentlich.",
        Answer.YES,
        id="bin-dabei-nicht-zu-spät-hoffentlich",
    ),
    pytest.param("I'll be there, no problem.", Answer.YES, id="i-ll-be-there-no-problem"),
    pytest.param(
        "I'm definitely not missing this one!", Answer.YES, id="i-m-definitely-not-missing-this-one"
    ),
    pytest.param(
        "Sure, no worries, see you there.", Answer.YES, id="sure-no-worries-see-you-there"
    ),
    pytest.param("Yes, I'm coming, can't wait!", Answer.YES, id="yes-i-m-coming-can-t-wait"),
    pytest.param(
        "Ich komme, kann es kaum erwarten.", Answer.YES, id="ich-komme-kann-es-kaum-erwarten"
    ),
    pytest.param(
        "Ich komme, auch wenn ich nicht lange bleiben kann.",
        Answer.YES,
        id="ich-komme-auch-wenn-ich-nicht-lange",
    ),
    pytest.param("Nie im Leben verpasse ich das!", Answer.YES, id="nie-im-leben-verpasse-ich-das"),
    pytest.param("Klar, nichts lieber als das!", Answer.YES, id="klar-nichts-lieber-als-das"),
]


@pytest.mark.parametrize(("text", "answer"), CLEAR)
def test_a_clear_answer_with_negations_around_it_is_read_the_right_way_round(
    text: str, answer: Answer
) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (answer, "")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich sag nicht nein 🙂 Bin dabei.", id="nicht-nein-emoji"),
        pytest.param("Hab keinen Grund, nicht zu kommen 😄 Also ja!", id="kein-grund-emoji"),
        pytest.param("Won't say no 😉 See you there!", id="wont-say-no-emoji"),
    ],
)
def test_an_emoji_ends_the_sentence_a_double_negation_sits_in(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (Answer.YES, "")
