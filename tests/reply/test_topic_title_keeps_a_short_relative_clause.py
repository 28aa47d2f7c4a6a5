"""A short relative clause that ends on its verb belongs to the title.

"Blutspende-Aufrufe, die wirken" and "Newsletter, die gelesen werden" name the
subject with its clause; "Vereinsapps, die kosten nichts" or "Canva, das nutzen
wir alle" go on about it in a main clause, which is cut.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Vorschlag vom Blutspendedienst: Blutspende-Aufrufe, die wirken.",
            "Blutspende-Aufrufe, die wirken",
            id="de-die-wirken",
        ),
        pytest.param(
            "Thema: Newsletter, die gelesen werden",
            "Newsletter, die gelesen werden",
            id="de-die-gelesen-werden",
        ),
        pytest.param(
            "Idee: Reels, die funktionieren. Bin dabei.",
            "Reels, die funktionieren",
            id="de-die-funktionieren",
        ),
        pytest.param(
            "Themenwunsch: Posts, die wirklich ankommen",
            "Posts, die wirklich ankommen",
            id="de-die-wirklich-ankommen",
        ),
    ],
)
def test_the_relative_clause_stays(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param("Thema: Vereinsapps, die kosten nichts", "Vereinsapps", id="de-kosten-nichts"),
        pytest.param("Thema: Canva, das nutzen wir alle", "Canva", id="de-nutzen-wir-alle"),
        pytest.param(
            "Thema: Barrierefreiheit, das fehlt total", "Barrierefreiheit", id="de-fehlt-total"
        ),
    ],
)
def test_a_main_clause_about_the_title_is_cut(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]
