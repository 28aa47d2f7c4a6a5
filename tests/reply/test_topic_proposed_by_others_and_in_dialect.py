"""Suggestions put by a group in the third person, with a split verb, in dialect,
behind a dash label or as "Here's one:".

"das Bezirksamt schlägt vor: X", "der Kirchenchor würde gern über X reden",
"Ich schlage einen Abend vor zum Thema X", "Isch hätt e Vorschlach: X",
"PS: Thema für einen der nächsten Abende – X", "Proposal for a future theme
night: X", "Here's one: X". What someone proposes for the arrangements ("schlägt
vor: wir treffen uns um 18 Uhr") names no topic.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Guten Tag, das Bezirksamt schlägt vor: Behördensprache in Posts. Wir wollen "
            "verständlicher werden.",
            "Behördensprache in Posts",
            id="de-schlaegt-vor",
        ),
        pytest.param(
            "Unser Vorstand schlägt euch vor: Ehrenamtliche als Redaktionsteam.",
            "Ehrenamtliche als Redaktionsteam",
            id="de-schlaegt-euch-vor",
        ),
        pytest.param(
            "Hallo, der Kirchenchor würde gern über Kirchenmusik online reden. Unsere Konzerte "
            "kennt keiner.",
            "Kirchenmusik online",
            id="de-group-wuerde-gern-reden",
        ),
        pytest.param(
            "Ich schlage einen Abend vor zum Thema Nachbarschaftshilfe digital. Das betrifft "
            "viele.",
            "Nachbarschaftshilfe digital",
            id="de-schlage-vor-zum-thema",
        ),
        pytest.param(
            "Wir schlagen einen Workshop vor zu Fotos im Sportverein.",
            "Fotos im Sportverein",
            id="de-schlagen-workshop-vor-zu",
        ),
        pytest.param(
            "Isch hätt e Vorschlach: Humor in der Markenkommunikation. Als Comedian kann ich "
            "da was erzählen.",
            "Humor in der Markenkommunikation",
            id="de-koelsch",
        ),
        pytest.param(
            "Komme! PS: Thema für einen der nächsten Abende – Mitgliederwerbung über Instagram",
            "Mitgliederwerbung über Instagram",
            id="de-dash-label",
        ),
        pytest.param(
            "I'll join. PS: a possible topic – brand voice for small nonprofits",
            "brand voice for small nonprofits",
            id="en-possible-topic-dash",
        ),
        pytest.param(
            "Proposal for a future theme night: Solar companies on YouTube.",
            "Solar companies on YouTube",
            id="en-proposal",
        ),
        pytest.param(
            "Here's one: reaching diaspora communities. We post only in German.",
            "reaching diaspora communities",
            id="en-heres-one",
        ),
    ],
)
def test_the_subject_is_the_title(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Der Vorstand schlägt vor: wir treffen uns um 18 Uhr.", id="de-time"),
        pytest.param("Mein Mann würde gern über den Termin reden.", id="de-termin"),
        pytest.param("Proposal: we start at 7 instead.", id="en-start"),
        pytest.param("I'll come. Here's one: can I bring my dog?", id="en-question"),
    ],
)
def test_a_proposal_about_the_arrangements_is_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []
