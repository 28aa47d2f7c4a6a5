"""Words that turn the clause they govern round: an impossibility ("Unmöglich, dass ich
fehle"), a denied claim ("Ich würde nicht sagen, dass ich komme"), a denied no ("würde
nie nein sagen"). Read right, or left to a person; never recorded as the opposite."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

YES, NO, MAYBE = Answer.YES, Answer.NO, Answer.MAYBE

# An impossibility over missing the evening is coming.
MISSING_DENIED = [
    pytest.param("Unmöglich, dass ich fehle!", id="unmoeglich-fehle"),
    pytest.param("Unmöglich, dass ich das verpasse.", id="unmoeglich-verpasse"),
    pytest.param("Ausgeschlossen, dass ich fehle.", id="ausgeschlossen-fehle"),
    pytest.param("Es ist ausgeschlossen, dass ich das verpasse.", id="es-ist-ausgeschlossen"),
    pytest.param("Ich halte es für ausgeschlossen, dass ich fehle.", id="halte-fuer"),
    pytest.param("Keine Chance, dass ich das verpasse", id="keine-chance-verpasse"),
    pytest.param("Keine Chance dass ich da fehle 😄", id="keine-chance-emoji"),
    pytest.param("Null Chance, dass ich den Abend versäume.", id="null-chance-versaeume"),
    pytest.param("Nie im Leben lass ich mir das entgehen!", id="nie-im-leben-entgehen"),
    pytest.param("UNMÖGLICH DASS ICH FEHLE", id="all-caps"),
    pytest.param("unmöglich das ich fehle", id="das-typo-no-comma"),
    pytest.param("Unmöglich dass ich nicht komme", id="unmoeglich-nicht-komme"),
    pytest.param("There's no way I'd miss it", id="theres-no-way-miss"),
    pytest.param("Not a chance I'm missing this one!", id="not-a-chance-missing"),
    pytest.param("No chance I'll skip this", id="no-chance-skip"),
    pytest.param("Impossible that I miss this one!", id="impossible-that-miss"),
    pytest.param("no way im skipping this lol", id="phone-no-apostrophe"),
    pytest.param("Keine Chance, dass ich absage!", id="keine-chance-absage"),
    pytest.param("Nicht verpassen, no way. Ich komme.", id="nicht-verpassen-no-way"),
    pytest.param("Fehlen – auf keinen Fall!", id="fehlen-auf-keinen-fall"),
    pytest.param("Den Abend verpassen, niemals!", id="verpassen-niemals"),
    pytest.param("Skip it, no way!", id="skip-it-no-way"),
]


@pytest.mark.parametrize("text", MISSING_DENIED)
def test_an_impossibility_over_missing_the_evening_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is YES


# An impossibility over coming is a no.
COMING_DENIED = [
    pytest.param("Keine Chance, dass ich es schaffe.", id="keine-chance-schaffe"),
    pytest.param("Unmöglich, dass ich komme, bin in Berlin.", id="unmoeglich-komme"),
    pytest.param("Ist unmöglich, dass ich dabei bin, leider.", id="unmoeglich-dabei"),
    pytest.param("No way I can make it, sorry", id="no-way-make-it"),
    pytest.param("Auf keinen Fall komme ich diesmal, bin krank.", id="auf-keinen-fall-komme"),
]


@pytest.mark.parametrize("text", COMING_DENIED)
def test_an_impossibility_over_coming_is_a_no(text: str) -> None:
    assert read_intent(text).answer is NO


# A doubt about the impossibility, or a claim denied, leaves coming open.
OPEN = [
    pytest.param("Nicht ausgeschlossen, dass ich komme.", id="nicht-ausgeschlossen"),
    pytest.param("Es ist nicht unmöglich, dass ich komme.", id="nicht-unmoeglich"),
    pytest.param("Ich würde nicht sagen, dass ich komme", id="wuerde-nicht-sagen"),
    pytest.param("Ich würde nicht behaupten, dass ich komme.", id="wuerde-nicht-behaupten"),
    pytest.param("Ich kann nicht sagen, ob ich komme.", id="kann-nicht-sagen-ob"),
    pytest.param("Ich kann nicht garantieren, dass ich dabei bin.", id="kann-nicht-garantieren"),
    pytest.param("Kann nicht versprechen, dass ich komme.", id="kann-nicht-versprechen"),
    pytest.param("I wouldn't say I'm coming", id="wouldnt-say"),
    pytest.param("I can't guarantee I'll make it", id="cant-guarantee"),
    pytest.param("I can't promise I'll be there", id="cant-promise"),
]


@pytest.mark.parametrize("text", OPEN)
def test_a_claim_or_an_impossibility_denied_is_a_doubt(text: str) -> None:
    assert read_intent(text).answer in (MAYBE, None)


# Each of these has one right answer; the opposite must never be recorded.
NEVER_OPPOSITE = [
    pytest.param("There is no way I am not coming", NO, id="no-way-not-coming"),
    pytest.param("Ich würde nie nein sagen", NO, id="nie-nein-sagen"),
    pytest.param("Würde niemals nein sagen zu so einem Abend!", NO, id="niemals-nein-sagen"),
    pytest.param("Niemals komme ich zu spät, versprochen. Bin dabei.", NO, id="niemals-zu-spaet"),
    pytest.param("No way! I'm in!", NO, id="no-way-surprise"),
    pytest.param("Keine Chance, dass Tim fehlt, wir kommen beide.", NO, id="tim-fehlt"),
    pytest.param("Auf keinen Fall, bin in Berlin", YES, id="auf-keinen-fall-komma"),
    pytest.param("No way, I can't make it", YES, id="no-way-comma"),
    pytest.param("Unmöglich, sorry, bin verreist", YES, id="unmoeglich-verreist"),
    pytest.param("Keine Chance, sorry", YES, id="keine-chance-sorry"),
    pytest.param("no way im coming, too tired", YES, id="no-way-coming-tired"),
    pytest.param("It's impossible for me to come", YES, id="impossible-for-me"),
    pytest.param("Ich glaube nicht, dass ich komme.", YES, id="glaube-nicht"),
    pytest.param("Ich würde nicht sagen, dass ich nicht komme.", NO, id="nicht-sagen-nicht"),
    pytest.param("Nicht ausgeschlossen, dass ich fehle.", YES, id="nicht-ausgeschlossen-fehle"),
    pytest.param("Ausgeschlossen, dass ich es verpasse? Nein, ich komme.", NO, id="asked-back"),
    pytest.param("Ich muss leider absagen, keine Chance", YES, id="absagen-keine-chance"),
    pytest.param("Muss absagen, keine Chance.", YES, id="muss-absagen-phone"),
    pytest.param("leider absagen, keine chance", YES, id="leider-absagen-lower"),
    pytest.param("Ich komme nicht, no way.", YES, id="komme-nicht-no-way"),
]


@pytest.mark.parametrize(("text", "opposite"), NEVER_OPPOSITE)
def test_a_turned_clause_is_never_recorded_as_the_opposite(text: str, opposite: Answer) -> None:
    assert read_intent(text).answer is not opposite
