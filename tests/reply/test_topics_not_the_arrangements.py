"""A wish about how the evening is arranged is no topic.

A label that says it is about the place, the date, the food or the
organisers ("Idee für den Ort:", "Suggestion for the venue:", "Wunsch an die
Orga:") offers an arrangement, whatever follows the colon; so do titles that
name one ("Anreise", "ein Mikrofon für die Redner", "free parking and good
coffee", "carpool from the station?"). A label that is a topic word keeps
its title even when it names a date ("Themenidee für den Termin im März: …").
An evening wished for in the past ("… das wäre was für einen Themenabend
gewesen") suggests nothing either.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Idee für den Ort: die Stadtbibliothek hätte einen schönen Saal. Ich bin dabei.",
            id="de-idee-fuer-den-ort",
        ),
        pytest.param(
            "Wunsch an die Orga: ein Mikrofon für die Redner. Komme gern.",
            id="de-wunsch-an-die-orga",
        ),
        pytest.param(
            "Vorschlag zum Essen: lieber Pizza als Buffet. Bin dabei.", id="de-vorschlag-zum-essen"
        ),
        pytest.param(
            "Anregung zur Uhrzeit: halb acht wäre besser für Berufstätige.",
            id="de-anregung-zur-uhrzeit",
        ),
        pytest.param(
            "Suggestion for the venue: the library has a nice room. I'm in.",
            id="en-suggestion-for-the-venue",
        ),
        pytest.param(
            "Idea for the date: Tuesdays work better for most of us. Can't do Thursday.",
            id="en-idea-for-the-date",
        ),
        pytest.param(
            "Wish for the organisers: a bit more time between the talks.",
            id="en-wish-for-the-organisers",
        ),
    ],
)
def test_a_label_about_the_arrangements_suggests_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich bin dabei. Thema: Anreise – ich komme mit dem Rad.", id="de-anreise"),
        pytest.param("Wunsch: mehr Pausen zwischen den Vorträgen.", id="de-mehr-pausen"),
        pytest.param("Idee: kostenlose Parkplätze für alle.", id="de-parkplaetze"),
        pytest.param("Wish list: free parking and good coffee. See you there.", id="en-parking"),
        pytest.param("Idea: carpool from the station? I'm coming anyway.", id="en-carpool-from"),
        pytest.param("Spannend wäre auch mal ein anderer Wochentag.", id="de-anderer-wochentag"),
    ],
)
def test_a_title_that_names_an_arrangement_is_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Themenidee für den Termin im März: Podcasts für Vereine",
            "Podcasts für Vereine",
            id="de-themenidee-fuer-den-termin",
        ),
        pytest.param(
            "Topic idea for the date in March: podcasts for clubs",
            "podcasts for clubs",
            id="en-topic-idea-for-the-date",
        ),
        pytest.param(
            "Idee für einen Themenabend: Podcasts für Vereine",
            "Podcasts für Vereine",
            id="de-idee-fuer-einen-themenabend",
        ),
        pytest.param(
            "Themenwunsch: Kaffee-Marketing für Röstereien",
            "Kaffee-Marketing für Röstereien",
            id="de-kaffee-marketing",
        ),
    ],
)
def test_a_topic_label_keeps_its_title_beside_a_date(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Der Vortrag von Anna über KI-Bilder – das wäre was für einen Themenabend gewesen.",
            id="de-waere-was-gewesen",
        ),
        pytest.param(
            "Podcasts für Vereine, das wäre doch ein Thema gewesen.", id="de-waere-ein-thema"
        ),
        pytest.param(
            "Threads for clubs, that would have been a great topic.", id="en-would-have-been"
        ),
    ],
)
def test_an_evening_wished_for_in_the_past_suggests_nothing(text: str) -> None:
    assert extract_topics(text).titles == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Mein Vorschlag wäre gewesen: Podcasts für Vereine.",
            "Podcasts für Vereine",
            id="de-vorschlag-waere-gewesen",
        ),
        pytest.param(
            "Podcasts für Vereine, das wäre doch ein Thema.",
            "Podcasts für Vereine",
            id="de-waere-ein-thema-now",
        ),
    ],
)
def test_a_polite_or_present_wish_still_suggests(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]
