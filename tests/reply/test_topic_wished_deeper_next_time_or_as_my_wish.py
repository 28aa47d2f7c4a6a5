"""A topic wished in a few more forms.

"Das Thema Barrierefreiheit würde ich gern mal vertiefen" (the label first, the
verb of going deeper last), "Was uns umtreibt, sind Spendenaufrufe" (what keeps the
member busy, after a comma), "Nächstes Mal vielleicht LinkedIn-Carousels?" and
"#CrisisCommunication would be my wish for next time". The member's own matter, a
place or a day named the same way is no topic.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Das Thema Barrierefreiheit in Social Media würde ich gern mal vertiefen.",
            "Barrierefreiheit in Social Media",
            id="de-thema-vertiefen",
        ),
        pytest.param(
            "Und das Thema Vereinsrecht sollten wir unbedingt mal besprechen.",
            "Vereinsrecht",
            id="de-thema-besprechen",
        ),
        pytest.param(
            "Was uns umtreibt, sind Spendenaufrufe über Instagram.",
            "Spendenaufrufe über Instagram",
            id="de-was-uns-umtreibt",
        ),
        pytest.param(
            "Was mich gerade beschäftigt, ist Datenschutz bei WhatsApp-Gruppen.",
            "Datenschutz bei WhatsApp-Gruppen",
            id="de-was-mich-beschaeftigt",
        ),
        pytest.param(
            "Nächstes Mal vielleicht LinkedIn-Carousels?",
            "LinkedIn-Carousels",
            id="de-naechstes-mal-vielleicht",
        ),
        pytest.param(
            "Count me in! #CrisisCommunication would be my wish for next time.",
            "CrisisCommunication",
            id="en-hashtag-would-be-my-wish",
        ),
        pytest.param(
            "Accessible PDFs would be my wish for a future evening.",
            "Accessible PDFs",
            id="en-would-be-my-wish",
        ),
    ],
)
def test_the_wish_names_the_topic(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Was mich gerade beschäftigt, ist unser Umzug.", id="de-own-move"),
        pytest.param("Was mich interessiert, ist ob es Parkplätze gibt.", id="de-parking"),
        pytest.param("Nächstes Mal vielleicht wieder bei Luigi?", id="de-place"),
        pytest.param("Beim nächsten Mal vielleicht Donnerstag?", id="de-day"),
        pytest.param("A vegetarian option would be my wish.", id="en-food"),
        pytest.param("That would be my wish too.", id="en-pointing-back"),
        pytest.param("Das Thema SEO würde ich gern mal hören, bin dabei!", id="de-hearing"),
    ],
)
def test_the_members_matter_a_place_or_a_day_names_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []
