"""A topic put as a speaker recommended for it, or as an offer to give an evening.

"Frau Yilmaz von der Verbraucherzentrale wäre super zum Thema Datenschutz", "I know
someone from the Red Cross who could talk about crisis communication", "Ich biete
an, einen Abend über Fördermittelanträge zu gestalten": the subject is the topic,
the person is no part of it. A person who comes along, gives a lift or tells
about the arrangements names no topic.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


def _lower_first(title: str) -> str:
    return title[:1].lower() + title[1:]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Frau Yilmaz von der Verbraucherzentrale wäre super zum Thema "
            "Datenschutz bei Vereinen.",
            "Datenschutz bei Vereinen",
            id="de-frau-waere-super-zum-thema",
        ),
        pytest.param(
            "Herr Becker vom Stadtarchiv könnte etwas über historische Fotos im Netz erzählen.",
            "historische Fotos im Netz",
            id="de-herr-koennte-erzaehlen",
        ),
        pytest.param(
            "Dr. Weber von der Uni wäre ideal für einen Vortrag über Desinformation.",
            "Desinformation",
            id="de-dr-ideal-fuer-einen-vortrag",
        ),
        pytest.param(
            "Meine Kollegin könnte was über barrierefreie Videos erzählen.",
            "barrierefreie Videos",
            id="de-kollegin",
        ),
        pytest.param(
            "Ich kenne jemanden beim NABU, der über Naturschutz-Reels berichten könnte.",
            "Naturschutz-Reels",
            id="de-jemand-der-berichten-koennte",
        ),
        pytest.param(
            "I know someone from the Red Cross who could talk about crisis communication.",
            "crisis communication",
            id="en-someone-who-could-talk",
        ),
        pytest.param(
            "My colleague could give a talk on accessible newsletters.",
            "accessible newsletters",
            id="en-colleague-could-give-a-talk",
        ),
        pytest.param(
            "Ich biete an, einen Abend über Fördermittelanträge zu gestalten.",
            "Fördermittelanträge",
            id="de-biete-an-zu-gestalten",
        ),
        pytest.param(
            "Wir bieten euch gern an, einen Workshop zu Vereinsfotos zu machen.",
            "Vereinsfotos",
            id="de-bieten-euch-an",
        ),
    ],
)
def test_a_speaker_or_an_offer_names_the_subject(text: str, title: str) -> None:
    assert [_lower_first(t) for t in extract_topics(text).titles] == [_lower_first(title)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Frau Yilmaz kommt übrigens auch mit.", id="de-comes-along"),
        pytest.param("Herr Becker könnte mich mitnehmen.", id="de-a-lift"),
        pytest.param("Meine Kollegin könnte was zum Termin sagen.", id="de-the-date"),
        pytest.param("Someone could tell us about the parking situation?", id="en-parking"),
        pytest.param("Ich biete an, Getränke mitzubringen.", id="de-offer-drinks"),
        pytest.param(
            "Ich kann leider nicht, mein Kollege Herr Schmidt kommt für mich.", id="de-stand-in"
        ),
    ],
)
def test_a_person_coming_or_helping_names_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []
