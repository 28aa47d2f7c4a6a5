"""A subject the member keeps chewing on, before a colon or gone through together.

"Woran ich schon länger knabbere: X", "Worüber wir oft grübeln: X" head a title as
"Was mich umtreibt:" does; "Wäre super, wenn wir irgendwann X durchgehen" wishes
for X. The member's own move or the evening's route names no topic.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Bin dabei. Woran ich schon länger knabbere: Hasskommentare unter Vereinsposts.",
            "Hasskommentare unter Vereinsposts",
            id="de-woran-ich-knabbere",
        ),
        pytest.param(
            "Worüber wir oft grübeln: Fotos von Minderjährigen im Vereinsblog.",
            "Fotos von Minderjährigen im Vereinsblog",
            id="de-worueber-wir-grübeln",
        ),
        pytest.param(
            "Komme. Wäre super, wenn wir irgendwann Mastodon-Instanzen für Vereine durchgehen.",
            "Mastodon-Instanzen für Vereine",
            id="de-durchgehen",
        ),
    ],
)
def test_the_subject_is_the_title(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Woran ich gerade knabbere: mein Umzug. Komme später.", id="de-own-move"),
        pytest.param("Wäre super, wenn wir irgendwann den Ablauf durchgehen.", id="de-ablauf"),
    ],
)
def test_the_members_own_matter_is_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []
