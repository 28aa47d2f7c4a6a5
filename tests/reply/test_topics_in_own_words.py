"""Topic suggestions as members write them, not as the lexicon first knew them.

A wish list under any word with "Wunsch" in it, a strong topic word without
a colon ("topic idea - X", "Themenvorschlag X"), prose ("mich würd mal X
interessieren", "ich würde gern mal über X sprechen", "could we do
something on X?"), a question as the title followed by "that would be a
good evening". The title ends where the member starts giving a reason
(", da …", ", weil …", ", since …").
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        pytest.param(
            "Moin, hier meine Wunschliste fürs Jahr:\n- Google-Bewertungen für Vereine\n"
            "- Vereinschronik als Instagram-Serie",
            ["Google-Bewertungen für Vereine", "Vereinschronik als Instagram-Serie"],
            id="de-wunschliste-bullets",
        ),
        pytest.param(
            "Ich komme! Und ein Themenwunsch: Threads und Bluesky im Vergleich, da blickt bei "
            "uns keiner durch.",
            ["Threads und Bluesky im Vergleich"],
            id="de-title-then-da-reason",
        ),
        pytest.param(
            "mich würd mal content-recycling interessieren",
            ["Content-recycling"],
            id="de-wuerd-mal-interessieren-lower",
        ),
        pytest.param(
            "how to measure engagement properly?? that would be a good evening imo",
            ["How to measure engagement properly"],
            id="en-question-then-that-would-be",
        ),
        pytest.param(
            "Ich würde gern mal über KI-Texte für Vereinsnewsletter sprechen.",
            ["KI-Texte für Vereinsnewsletter"],
            id="de-wuerde-gern-ueber-sprechen",
        ),
        pytest.param(
            "Wir würden gerne mehr über Fördermittel für Digitalprojekte erfahren.",
            ["Fördermittel für Digitalprojekte"],
            id="de-mehr-ueber-erfahren",
        ),
        pytest.param(
            "Could we do something on Canva templates sometime?",
            ["Canva templates"],
            id="en-something-on",
        ),
        pytest.param(
            "Vorschlag: TikTok für Sportvereine, weil unsere Jugend nur noch da ist.",
            ["TikTok für Sportvereine"],
            id="de-title-then-weil",
        ),
        pytest.param(
            "Topic request: Instagram analytics, because we never know what works.",
            ["Instagram analytics"],
            id="en-title-then-because",
        ),
        pytest.param(
            "Ein Abend zu WhatsApp-Kanälen wäre super.", ["WhatsApp-Kanälen"], id="de-ein-abend-zu"
        ),
        pytest.param(
            "Themenvorschlag Barrierefreie PDFs", ["Barrierefreie PDFs"], id="de-no-colon"
        ),
        pytest.param(
            "Would love a talk about newsletter tools, since we're switching.",
            ["Newsletter tools"],
            id="en-title-then-since",
        ),
        pytest.param(
            "topic idea - youtube shorts for clubs", ["youtube shorts for clubs"], id="en-dash"
        ),
        pytest.param(
            "Vielleicht mal was über Ehrenamtsgewinnung über Social Media?",
            ["Ehrenamtsgewinnung über Social Media"],
            id="de-mal-was-ueber-asked",
        ),
        pytest.param(
            "Social Media, das unterschätzte Werkzeug – als Thema?",
            [],
            id="de-no-cue-no-title",
        ),
    ],
)
def test_a_suggestion_in_the_members_words_gives_a_clean_title(
    text: str, titles: list[str]
) -> None:
    assert extract_topics(text).titles == titles


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich würde gern mal wieder dabei sein.", id="de-wish-to-come"),
        pytest.param("Ich würde gerne mehr über euch erfahren.", id="de-about-you"),
        pytest.param("Could we do something about the date?", id="en-about-date"),
        pytest.param("Themenvorschlag", id="de-cue-alone"),
        pytest.param("Are you sure? That would be a good evening.", id="en-question-no-title"),
    ],
)
def test_words_about_the_evening_or_the_organizer_are_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []


@pytest.mark.parametrize(
    ("text", "titles", "rest"),
    [
        pytest.param(
            "Wie wäre es mit einem Abend über Threads? Ich komme leider nicht.",
            ["Threads"],
            "Ich komme leider nicht.",
            id="de-asked-topic-then-answer",
        ),
        pytest.param(
            "Could a future evening cover Threads for local news? I can't make it this time.",
            ["Threads for local news"],
            "I can't make it this time.",
            id="en-future-evening-cover-then-answer",
        ),
        pytest.param(
            "Ich würde gern mal über KI-Texte für Vereinsnewsletter sprechen. Machen das andere "
            "auch? Ist das okay?",
            ["KI-Texte für Vereinsnewsletter"],
            "",
            id="de-questions-about-the-suggestion",
        ),
    ],
)
def test_the_words_beside_a_suggestion_stay_for_the_answer_reader(
    text: str, titles: list[str], rest: str
) -> None:
    found = extract_topics(text)
    assert (found.titles, found.rest) == (titles, rest)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Themenvorschläge hab ich keine, sorry.", id="de-bare-cue-then-words"),
        pytest.param("Wunschtermin: 14. März", id="de-wunschtermin"),
        pytest.param("Could we do something about the parking?", id="en-parking"),
        pytest.param("Ich würde gern über meinen Vortrag sprechen.", id="de-own-talk"),
    ],
)
def test_a_topic_word_beside_other_business_gives_no_title(text: str) -> None:
    assert extract_topics(text).titles == []


def test_a_member_and_a_guest_as_numbers_is_no_vote() -> None:
    assert extract_topics("Komme! 1 + 1").votes == []
