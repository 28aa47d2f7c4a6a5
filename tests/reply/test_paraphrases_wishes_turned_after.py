"""A wish turned down by the sentence after it, and wishes said in other words.

"Ach, wie gern würde ich! Aber die Reha geht bis Ende Februar." is a no: the
wish, then what stands in the way. A turn that only limits a detail ("Aber ich
bringe niemanden mit", "Unfortunately I can only stay an hour") leaves the
wish a yes, or for a person: never a no.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Would love to. Alas, work.", id="en-alas-work"),
        pytest.param("Ach, wie gern würde ich! Aber die Reha geht bis Ende Februar.", id="de-reha"),
        pytest.param("Ich wäre so gern dabei! Leider bin ich an dem Abend in Prag.", id="de-prag"),
        pytest.param(
            "I'd really love to come. Unfortunately I'm in Lisbon that week.", id="en-lisbon"
        ),
        pytest.param(
            "Ich würde sehr gerne kommen. Aber ich habe an dem Tag Spätdienst.",
            id="de-spaetdienst",
        ),
        pytest.param("Much as I'd like to come, I'm in Madrid.", id="en-much-as"),
        pytest.param("So gern ich käme, ich habe Nachtschicht.", id="de-so-gern-ich-kaeme"),
        pytest.param("Ich wäre so gern dabei, but I'm in Madrid.", id="mixed-de-wish-en-but"),
        pytest.param(
            "Ich wäre so gern dabei, unfortunately I'm in Madrid.", id="mixed-de-wish-en-sadly"
        ),
        pytest.param("Würde gerne kommen, but work...", id="mixed-phone-but-work"),
    ],
)
def test_a_wish_turned_down_by_what_stands_in_the_way_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich würde gern kommen! Aber ich bringe niemanden mit.", id="de-niemanden"),
        pytest.param("I'd love to come. But I won't bring anyone.", id="en-wont-bring"),
        pytest.param("I'd love to come! But first a question: is there parking?", id="en-first"),
        pytest.param("Wäre gern dabei. Aber nur kurz, ich muss früh raus.", id="de-nur-kurz"),
        pytest.param("Would love to! But I'll be a bit late.", id="en-late"),
        pytest.param("Ich würde mich freuen. Aber bitte ohne Vortrag von mir.", id="de-ohne"),
        pytest.param(
            "Would love to come. Unfortunately I can only stay an hour.", id="en-only-an-hour"
        ),
        pytest.param("I'd love to be there. Sadly without my partner this time.", id="en-without"),
        pytest.param(
            "Ich würde gerne kommen. Aber ich bin Vegetarier, gibt es was?", id="de-vegetarier"
        ),
        pytest.param("Ich wäre gern dabei. Leider kann ich erst um 20 Uhr.", id="de-erst-um-20"),
    ],
)
def test_a_wish_whose_turn_limits_a_detail_is_never_a_no(text: str) -> None:
    assert read_intent(text).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Da mach ich doch glatt mit!", id="de-mach-glatt-mit"),
        pytest.param("Mache gern mit.", id="de-mache-gern-mit"),
        pytest.param("Wir machen mit.", id="de-wir-machen-mit"),
        pytest.param(
            "Würd mich riesig freuen, wenn ich mit dazukommen darf – ich komme also.",
            id="de-wenn-ich-darf",
        ),
        pytest.param("Ich komme gern, wenn ich darf.", id="de-komme-wenn-ich-darf"),
        pytest.param("I'd love to come, if I may.", id="en-if-i-may"),
        pytest.param("Keen as mustard, put me down.", id="en-keen-as-mustard"),
        pytest.param("Put me down!", id="en-put-me-down"),
        pytest.param(
            "Ich hoffe, es ist noch ein Plätzchen frei, denn ich komme gern.", id="de-plaetzchen"
        ),
        pytest.param("Hoffe, es gibt noch Platz – ich komme!", id="de-hoffe-platz"),
        pytest.param("I hope there's still room, because I'd love to come.", id="en-hope-room"),
        pytest.param("Mit dem größten Vergnügen.", id="de-vergnuegen"),
        pytest.param("It would be a pleasure to attend.", id="en-pleasure"),
        pytest.param("Es wäre mir eine Freude.", id="de-freude"),
    ],
)
def test_a_wish_in_other_words_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Es wäre mir eine Freude gewesen.", id="de-freude-gewesen"),
        pytest.param("Ich mache mit meiner Tochter Hausaufgaben, sorry, keine Zeit.", id="de-mit"),
        pytest.param("Not keen, sorry.", id="en-not-keen"),
    ],
)
def test_words_like_a_wish_that_are_none_give_no_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES
