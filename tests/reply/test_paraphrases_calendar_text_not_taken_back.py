"""Words beside a calendar button that say its opposite without looking back at the
button ("ignore the decline", "hab doch keine Zeit", "actually") may answer something
else: another evening, the dinner after, an hour, a condition. They never record the
button's opposite; a person reads them. Words that take the button back still turn it."""

from __future__ import annotations

import pytest
from support.imip import imip

from mail.analysis import analyse
from mail.types import Answer

OPPOSITE = {"DECLINED": Answer.YES, "ACCEPTED": Answer.NO}

NOT_TAKEN_BACK = [
    pytest.param("DECLINED", "Have fun, I'll be there in March", id="decl-there-in-march"),
    pytest.param("DECLINED", "I'll be there in March", id="decl-there-in-march-bare"),
    pytest.param("DECLINED", "Ich bin im März dabei", id="decl-im-maerz-dabei"),
    pytest.param("DECLINED", "Bis zum nächsten Mal, dann komme ich", id="decl-bis-naechstes"),
    pytest.param("DECLINED", "I'll come on the 12th instead", id="decl-12th-instead"),
    pytest.param("DECLINED", "Ich komme dann zum Sommerfest", id="decl-sommerfest"),
    pytest.param("DECLINED", "Happy to come if you move it to Friday", id="decl-move-friday"),
    pytest.param("DECLINED", "Wenn ihr verschiebt, komme ich gern", id="decl-wenn-verschiebt"),
    pytest.param("DECLINED", "Next week works for me", id="decl-next-week-works"),
    pytest.param("DECLINED", "Sure, count me in for the next one", id="decl-next-one"),
    pytest.param("DECLINED", "bin dabei beim nächsten", id="decl-beim-naechsten"),
    pytest.param("DECLINED", "Dabei bin ich ab April wieder", id="decl-ab-april"),
    pytest.param("DECLINED", "Ich war letztes Mal dabei und fand's super", id="decl-letztes-mal"),
    pytest.param("DECLINED", "Last time was great, I was there!", id="decl-last-time"),
    pytest.param("DECLINED", "I'd love to come!", id="decl-love-to-come"),
    pytest.param("DECLINED", "Ich komme so gern zu euch", id="decl-so-gern-zu-euch"),
    pytest.param("DECLINED", "Gerne wieder!", id="decl-gerne-wieder"),
    pytest.param("DECLINED", "Klingt super, ich komme!", id="decl-klingt-super"),
    pytest.param("DECLINED", "Sounds great, see you there!", id="decl-see-you-there"),
    pytest.param("DECLINED", "See you Thursday!", id="decl-see-you-thursday"),
    pytest.param("DECLINED", "Ich komme gerne", id="decl-komme-gerne"),
    pytest.param("DECLINED", "Have fun, I'll be there in spirit", id="decl-in-spirit"),
    pytest.param("DECLINED", "Ich komme gerne, wenn es verschoben wird", id="decl-verschoben"),
    pytest.param("ACCEPTED", "I can't make the one in March though", id="acce-one-in-march"),
    pytest.param("ACCEPTED", "Im März kann ich nicht", id="acce-im-maerz-nicht"),
    pytest.param("ACCEPTED", "Nächstes Mal bin ich nicht dabei", id="acce-naechstes-nicht"),
    pytest.param("ACCEPTED", "Next time I can't, FYI", id="acce-next-time-cant"),
    pytest.param("ACCEPTED", "Letztes Mal konnte ich leider nicht", id="acce-letztes-mal"),
    pytest.param("ACCEPTED", "Mein Mann kann leider nicht", id="acce-mein-mann"),
    pytest.param("ACCEPTED", "Can't come to the dinner after", id="acce-dinner-after"),
    pytest.param("ACCEPTED", "Zum Essen danach kann ich nicht", id="acce-essen-danach"),
    pytest.param("ACCEPTED", "Ich kann nicht ab 18 Uhr, erst ab 19", id="acce-erst-ab-19"),
    pytest.param("ACCEPTED", "Ich kann nicht vor 19 Uhr", id="acce-nicht-vor-19"),
    pytest.param("ACCEPTED", "Sadly not before 7", id="acce-not-before-7"),
    pytest.param("ACCEPTED", "Leider nicht pünktlich", id="acce-nicht-puenktlich"),
    pytest.param("ACCEPTED", "Can't bring anyone, just me", id="acce-cant-bring-anyone"),
    pytest.param("ACCEPTED", "Ich kann nicht mitdiskutieren, hör nur zu", id="acce-zuhoeren"),
    pytest.param("ACCEPTED", "No cancellations from me!", id="acce-no-cancellations"),
    pytest.param("ACCEPTED", "Nee, klar komm ich", id="acce-nee-klar"),
    pytest.param("ACCEPTED", "Nö, alles gut, bin da", id="acce-noe-alles-gut"),
    pytest.param("ACCEPTED", "Nein danke, keinen Newsletter, aber ich komme", id="acce-newsletter"),
    pytest.param("ACCEPTED", "Ich hoffe, es wird nicht abgesagt", id="acce-nicht-abgesagt"),
    pytest.param("ACCEPTED", "Hope it won't be cancelled", id="acce-wont-be-cancelled"),
]


@pytest.mark.parametrize(("partstat", "text"), NOT_TAKEN_BACK)
def test_words_that_do_not_take_the_button_back_never_record_its_opposite(
    partstat: str, text: str
) -> None:
    assert analyse(imip(partstat, text)).answer is not OPPOSITE[partstat]


PLAIN_OPPOSITE = [
    pytest.param("DECLINED", "Ich komme gerne.", id="decl-komme-gerne"),
    pytest.param("DECLINED", "Kein Problem, ich komme.", id="decl-kein-problem"),
    pytest.param("DECLINED", "Next week works for me", id="decl-next-week"),
    pytest.param("ACCEPTED", "Ich schaffe es nicht.", id="acce-schaffe-nicht"),
    pytest.param("ACCEPTED", "I won't be there.", id="acce-wont-be-there"),
    pytest.param("ACCEPTED", "Can't come to the dinner after", id="acce-dinner-after"),
]


@pytest.mark.parametrize(("partstat", "text"), PLAIN_OPPOSITE)
def test_the_opposite_said_without_looking_back_at_the_button_goes_to_a_person(
    partstat: str, text: str
) -> None:
    result = analyse(imip(partstat, text))
    assert result.answer is None
    assert "calendar button" in result.answer_problem


TAKEN_BACK = [
    pytest.param("DECLINED", "Ignore the decline, I'll be there!", Answer.YES, id="decl-ignore"),
    pytest.param(
        "DECLINED", "Die Absage war Quatsch, ich komme.", Answer.YES, id="decl-absage-war"
    ),
    pytest.param("DECLINED", "Doch, ich komme! Falsch geklickt.", Answer.YES, id="decl-doch"),
    pytest.param("DECLINED", "Actually I can come after all!", Answer.YES, id="decl-after-all"),
    pytest.param("DECLINED", "Hoppla, ich komme natürlich!", Answer.YES, id="decl-hoppla"),
    pytest.param("ACCEPTED", "Ups. Nein, leider nicht.", Answer.NO, id="acce-ups"),
    pytest.param(
        "ACCEPTED", "Zusage bitte streichen, ich kann nicht.", Answer.NO, id="acce-zusage"
    ),
    pytest.param(
        "ACCEPTED", "My calendar accepted it, I can't come.", Answer.NO, id="acce-calendar"
    ),
    pytest.param(
        "ACCEPTED", "Please count me as a no, I'm away.", Answer.NO, id="acce-count-me-as"
    ),
    pytest.param("ACCEPTED", "Eigentlich kann ich doch nicht, sorry.", Answer.NO, id="acce-doch"),
]


@pytest.mark.parametrize(("partstat", "text", "answer"), TAKEN_BACK)
def test_words_that_take_the_button_back_turn_it(partstat: str, text: str, answer: Answer) -> None:
    assert analyse(imip(partstat, text)).answer is answer
