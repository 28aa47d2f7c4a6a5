"""Short answers as people type them: drawn-out and clipped yes-words, a shift or a
duty that evening, a look yet to be taken, and how long one stays (which answers
nothing)."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from somek_tui.models import Answer

YES = [
    pytest.param("jaa", id="jaa"),
    pytest.param("Jaa, gerne", id="jaa-gerne"),
    pytest.param("jop", id="jop"),
    pytest.param("Jupp!", id="jupp"),
    pytest.param("Joa", id="joa"),
    pytest.param("✔️", id="check-mark"),
    pytest.param("☑ dabei", id="ballot-box"),
    pytest.param("komm vorbei", id="komm-vorbei"),
    pytest.param("Yes, but I can't stay long.", id="yes-cant-stay-long"),
    pytest.param("Yes – I won't stay late though", id="yes-wont-stay-late"),
    pytest.param("I'll be there, only for an hour", id="only-for-an-hour"),
    pytest.param("Ja, kann aber nur bis 21 Uhr bleiben", id="ja-nur-bis-21"),
    pytest.param("Klar, aber nur kurz", id="klar-nur-kurz"),
    pytest.param("Ich komme, aber höchstens eine Stunde", id="hoechstens-eine-stunde"),
    pytest.param("Ich bin dabei, kann aber nicht lange bleiben.", id="nicht-lange-bleiben"),
    pytest.param("Jo, ich komm nach der Spätschicht", id="nach-der-spaetschicht"),
]
NO = [
    pytest.param("I have to work", id="have-to-work"),
    pytest.param("Sorry, I have to work that evening", id="have-to-work-evening"),
    pytest.param("gotta work thursday, sorry", id="gotta-work"),
    pytest.param("I'm on the night shift", id="night-shift"),
    pytest.param("I'm working late that day", id="working-late"),
    pytest.param("Hab Spätdienst", id="hab-spaetdienst"),
    pytest.param("Ich habe Nachtdienst", id="habe-nachtdienst"),
    pytest.param("Muss leider Spätschicht machen", id="muss-spaetschicht"),
    pytest.param("bin da leider im Frühdienst", id="bin-im-fruehdienst"),
    pytest.param("Hab an dem Abend Bereitschaft", id="hab-bereitschaft"),
    pytest.param("Wohl eher nicht", id="wohl-eher-nicht"),
    pytest.param("doch eher nicht", id="doch-eher-nicht"),
    pytest.param("Also eher nicht, sorry", id="also-eher-nicht"),
]
MAYBE = [
    pytest.param("Ich schau mal", id="ich-schau-mal"),
    pytest.param("Schaue mal", id="schaue-mal"),
    pytest.param("Gucke mal, ob es passt", id="gucke-mal"),
    pytest.param("Schau ich noch mal", id="schau-ich-noch-mal"),
    pytest.param("Weiß nicht genau", id="weiss-nicht-genau"),
    pytest.param("weiss es noch nicht so genau", id="weiss-noch-nicht-so-genau"),
    pytest.param("Ich sag nochmal Bescheid", id="sag-nochmal-bescheid"),
    pytest.param("Geb euch noch Bescheid", id="geb-noch-bescheid"),
    pytest.param("sag dann rechtzeitig bescheid", id="sag-rechtzeitig-bescheid"),
    pytest.param("🤞", id="fingers-crossed"),
]


@pytest.mark.parametrize("text", YES)
def test_a_short_yes_is_read_as_yes(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (Answer.YES, "")


@pytest.mark.parametrize("text", NO)
def test_a_short_no_is_read_as_no(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (Answer.NO, "")


@pytest.mark.parametrize("text", MAYBE)
def test_a_look_yet_to_be_taken_is_read_as_maybe(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (Answer.MAYBE, "")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ja, schau mal hier: https://www.example.net/termine", id="schau-mal-hier"),
        pytest.param("Schau mal vorbei, ich bin dabei!", id="schau-mal-vorbei"),
        pytest.param("Jaa, nee, doch nicht", id="jaa-nee"),
    ],
)
def test_a_look_at_something_else_or_a_turned_yes_is_no_maybe(text: str) -> None:
    assert read_intent(text).answer is not Answer.MAYBE


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Nein, Spaß, bin dabei", id="nein-spass"),
        pytest.param("Nee, kleiner Scherz – ich komme natürlich!", id="nee-scherz"),
        pytest.param("No, just kidding, I'm in", id="just-kidding"),
        pytest.param("Na klar, warum auch nicht", id="warum-auch-nicht"),
        pytest.param("Nix wie hin!", id="nix-wie-hin"),
        pytest.param("I'm down", id="im-down"),
        pytest.param("down for it", id="down-for-it"),
        pytest.param("Bin da!", id="bin-da"),
    ],
)
def test_a_joking_no_or_a_yes_in_slang_is_a_yes(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (Answer.YES, "")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Bin da in Berlin", id="bin-da-in-berlin"),
        pytest.param("Ich bin da leider im Ausland", id="im-ausland"),
        pytest.param("Mir fehlt leider die Zeit", id="fehlt-die-zeit"),
        pytest.param("kann ned", id="kann-ned"),
        pytest.param("Not gonna happen this time", id="not-gonna-happen"),
        pytest.param("no can do", id="no-can-do"),
        pytest.param("Nein, kein Spaß, ich kann nicht", id="kein-spass"),
    ],
)
def test_being_elsewhere_or_a_no_in_slang_is_a_no(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (Answer.NO, "")
