"""Wishes on an unreal condition, and answers beside an opposite word, as strangers write them.

"Hätte ich nicht Nachtschicht, käme ich sofort" has a yes in its words and means no: the
condition names what is so. Each row is one way of saying it; a reply may go to a person,
but it must never be recorded as the opposite of what it says."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

UNREAL = [
    pytest.param("Hätte ich nicht Nachtschicht, käme ich sofort.", id="verb-first-nachtschicht"),
    pytest.param("Ich wäre dabei, wenn es nicht am Donnerstag wäre.", id="dabei-wenn-nicht"),
    pytest.param("Wenn ich nicht arbeiten müsste, wäre ich dabei.", id="wenn-nicht-muesste"),
    pytest.param("Wenn ich keine Nachtschicht hätte, würde ich kommen.", id="wenn-keine-haette"),
    pytest.param("wenn ich nicht in münchen wäre würde ich kommen", id="dictated-no-comma"),
    pytest.param("Hätten wir nicht Elternabend, wären wir dabei.", id="we-verb-first"),
    pytest.param("If I weren't working I'd be there.", id="if-i-werent"),
    pytest.param("If I didn't have to work late, I'd come.", id="if-i-didnt-have-to"),
    pytest.param(
        "Had I not promised my mother to help her move, I would come.", id="had-i-not-promised"
    ),
    pytest.param(
        "I'd totally come if it wasn't for my exam the next day", id="id-come-if-it-wasnt-for"
    ),
]


@pytest.mark.parametrize("text", UNREAL)
def test_a_yes_on_an_unreal_condition_with_a_not_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


NEVER_OPPOSITE = [
    pytest.param("Sorry if I didn't answer earlier, I'll be there!", Answer.YES, id="sorry-if"),
    pytest.param(
        "Sorry, wenn ich nicht früher geantwortet habe - ich komme!", Answer.YES, id="sorry-wenn"
    ),
    pytest.param("Hätte ich nicht gedacht, aber ich komme!", Answer.YES, id="haette-nicht-gedacht"),
    pytest.param(
        "Ich komme, auch wenn ich nicht lange bleiben könnte.", Answer.YES, id="auch-wenn-nicht"
    ),
    pytest.param("Wenn ihr noch Platz hättet, käme ich gern.", Answer.YES, id="polite-condition"),
    pytest.param(
        "Letztes Mal war der Abend super, ich komm sehr gerne wieder – diesmal klappt's aber "
        "leider nicht.",
        Answer.NO,
        id="praise-of-last-time-then-no",
    ),
    pytest.param(
        "Eigentlich wollte ich absagen, aber jetzt klappt es doch!", Answer.YES, id="wollte-absagen"
    ),
    pytest.param("Mein Kollege kommt nicht, ich schon.", Answer.YES, id="colleague-not-i-do"),
    pytest.param(
        "Meine Frau meinte, ich soll absagen, aber ich komme natürlich!",
        Answer.YES,
        id="told-to-decline-comes",
    ),
    pytest.param(
        "Bei der Weihnachtsfeier war ich ja nicht, diesmal komme ich aber.",
        Answer.YES,
        id="missed-the-christmas-party",
    ),
    pytest.param(
        "Ich komme nicht drum herum, am Donnerstag Überstunden zu machen.",
        Answer.NO,
        id="komme-nicht-drum-herum",
    ),
    pytest.param(
        "Ich freu mich schon, leider geht's aber doch nicht, der Babysitter hat abgesagt.",
        Answer.NO,
        id="looked-forward-babysitter-cancelled",
    ),
    pytest.param("Klar hätte ich Lust – nur leider keine Zeit.", Answer.NO, id="lust-keine-zeit"),
    pytest.param("Can't make it, wish I could!", Answer.NO, id="cant-wish-i-could"),
    pytest.param("Would love to, but no.", Answer.NO, id="would-love-to-but-no"),
    pytest.param(
        "Ich würde nichts lieber tun, als zu kommen, aber ich bin im Urlaub.",
        Answer.NO,
        id="nichts-lieber-aber-urlaub",
    ),
    pytest.param("Sorry for the late reply! Yes, I'm coming.", Answer.YES, id="sorry-late-yes"),
    pytest.param(
        "Tut mir leid für die späte Antwort, ich komme gerne.", Answer.YES, id="leid-spaet-komme"
    ),
    pytest.param(
        "My kids are sick and my husband can't come either, so it's just me - I'll be there.",
        Answer.YES,
        id="husband-cant-i-will",
    ),
    pytest.param(
        "Donnerstag hab ich leider keinen Urlaub bekommen.", Answer.NO, id="keinen-urlaub"
    ),
    pytest.param(
        "Unfortunately I'll be there late, around 8.", Answer.YES, id="unfortunately-late"
    ),
    pytest.param(
        "Leider komme ich erst um 20 Uhr, aber ich komme!", Answer.YES, id="leider-erst-um-20"
    ),
    pytest.param("Nee, klar komm ich!", Answer.YES, id="nee-klar-komm-ich"),
    pytest.param(
        "Nein, ich habe es nicht vergessen – ich komme!", Answer.YES, id="nein-nicht-vergessen"
    ),
    pytest.param(
        "Ich hab schon meiner Schwester zugesagt, also wird das nix.",
        Answer.NO,
        id="zugesagt-elsewhere",
    ),
    pytest.param(
        "I already said yes to my sister's party that night, so I can't.",
        Answer.NO,
        id="said-yes-elsewhere",
    ),
    pytest.param(
        "I told my boss I can't stay late on Thursday, so I'll be there!",
        Answer.YES,
        id="told-boss-cant-stay-late",
    ),
    pytest.param(
        "Meine Freundin kommt leider nicht mit, aber ich bin da.",
        Answer.YES,
        id="girlfriend-not-i-am",
    ),
    pytest.param("Viel Spaß euch, ich bin in Gedanken dabei.", Answer.NO, id="in-gedanken"),
    pytest.param("I'll be with you in spirit.", Answer.NO, id="in-spirit"),
    pytest.param("Trinkt eins für mich mit!", Answer.NO, id="drink-one-for-me"),
    pytest.param(
        "Es wäre schade, das zu verpassen, also komm ich.", Answer.YES, id="schade-zu-verpassen"
    ),
    pytest.param(
        "It would be a shame to miss it, but I have to.", Answer.NO, id="shame-but-have-to"
    ),
    pytest.param(
        "Hab mich total auf Donnerstag gefreut, aber jetzt hat mein Chef ein Meeting um 19 Uhr "
        "angesetzt. Mist.",
        Answer.NO,
        id="looked-forward-boss-meeting",
    ),
    pytest.param(
        "Der Chef wollte, dass ich Donnerstag länger bleibe, hab ihm aber abgesagt. Bin also "
        "dabei!",
        Answer.YES,
        id="declined-the-boss",
    ),
]


@pytest.mark.parametrize(("text", "meant"), NEVER_OPPOSITE)
def test_an_answer_beside_an_opposite_word_is_never_read_as_the_opposite(
    text: str, meant: Answer
) -> None:
    opposite = {Answer.YES: Answer.NO, Answer.NO: Answer.YES}[meant]
    assert read_intent(text).answer is not opposite
