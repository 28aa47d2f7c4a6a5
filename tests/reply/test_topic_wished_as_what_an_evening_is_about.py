"""A topic wished as what an evening is about, put on the list, or rated first.

"Ich fänd's cool, wenn's mal um Podcasts ginge", "It'd be cool if one evening was
about Discord servers", "Nehmt doch mal Vereinsrecht in die Themenliste auf", "Super
wäre auch mal Pressearbeit für Sportvereine", "Ein gutes Thema wäre X", "Ich plädiere
für einen Abend über X", "Ich hätte Interesse an X", "Sehr gern mal über X reden!".
A hope about the evening announced, the member put on a list, an outing or the
arrangements wished the same way name no topic.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param("Ich fänd's cool, wenn's mal um Podcasts ginge.", "Podcasts", id="de-ginge"),
        pytest.param(
            "Hätte gern, dass es mal um Fördergelder geht.", "Fördergelder", id="de-dass-es-um"
        ),
        pytest.param(
            "It'd be cool if one evening was about Discord servers.",
            "Discord servers",
            id="en-if-one-evening-was-about",
        ),
        pytest.param(
            "Nehmt doch mal Vereinsrecht in die Themenliste auf.",
            "Vereinsrecht",
            id="de-in-die-themenliste",
        ),
        pytest.param(
            "Es wäre toll, wenn ihr Canva mal auf die Agenda nehmt.", "Canva", id="de-agenda"
        ),
        pytest.param(
            "Ich würde mich freuen, wenn mal Barrierefreiheit auf Instagram drankäme.",
            "Barrierefreiheit auf Instagram",
            id="de-drankaeme",
        ),
        pytest.param(
            "Super wäre auch mal Pressearbeit für Sportvereine.",
            "Pressearbeit für Sportvereine",
            id="de-super-waere-mal",
        ),
        pytest.param(
            "Ein gutes Thema wäre Fotografieren mit dem Handy.",
            "Fotografieren mit dem Handy",
            id="de-ein-gutes-thema-waere",
        ),
        pytest.param(
            "A great topic would be Pinterest for small shops.",
            "Pinterest for small shops",
            id="en-a-great-topic-would-be",
        ),
        pytest.param(
            "Ich plädiere für einen Abend über Vereinswebsites.",
            "Vereinswebsites",
            id="de-plaediere-fuer",
        ),
        pytest.param(
            "Ich hätte Interesse an Social-Media-Recht.",
            "Social-Media-Recht",
            id="de-interesse-an",
        ),
        pytest.param("Sehr gern mal über Crowdfunding reden!", "Crowdfunding", id="de-gern-mal"),
        pytest.param(
            "Mal über TikTok für Vereine sprechen wäre gut.",
            "TikTok für Vereine",
            id="de-mal-ueber-sprechen",
        ),
    ],
)
def test_the_wished_subject_is_a_topic(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Hoffentlich geht es auch um Reels.", id="de-hope-about-the-evening"),
        pytest.param("Ich hätte Interesse an einer Mitfahrgelegenheit.", id="de-a-lift"),
        pytest.param("Schön wäre auch mal ein Grillabend.", id="de-an-outing"),
        pytest.param("Super wäre mal wieder ein Treffen im Biergarten.", id="de-again-a-place"),
        pytest.param("Nehmt mich bitte in die Liste auf.", id="de-the-member-listed"),
        pytest.param("Es wäre toll, wenn ihr mich auf die Liste setzt.", id="de-me-on-the-list"),
        pytest.param("Ein gutes Thema ist das!", id="de-the-evenings-topic"),
        pytest.param("A good topic would be great!", id="en-verdict"),
        pytest.param("Gern mal über den Termin reden.", id="de-the-date"),
        pytest.param("Ich bin für einen Abend im Biergarten.", id="de-a-place"),
        pytest.param("Wäre schön, wenn es mal um was Leichtes ginge – ich komme!", id="de-light"),
        pytest.param("Ich fände es cool, wenn es mal um 18 Uhr losginge.", id="de-a-time"),
        pytest.param("It'd be great if one evening was about networking only.", id="en-format"),
    ],
)
def test_a_hope_the_member_or_the_arrangements_name_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []
