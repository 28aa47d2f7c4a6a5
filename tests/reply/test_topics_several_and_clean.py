"""Several subjects wished for in one sentence, and titles cut clean.

"Podcasts und Newsletter fände ich beide spannend" suggests two topics, not
"beide"; "Threads and Bluesky would both be interesting topics" too. A title
ends where the member goes on about it in a clause of their own (", das
nutzen wir alle", ", das frisst bei uns viel Zeit", ", which we all use"),
but keeps a relative clause that belongs to it ("Tools, die wenig kosten").
Days, a couple or listed evenings judged "beide gut" are no subjects.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        pytest.param(
            "Bin dabei! Podcasts und Newsletter fände ich beide spannend.",
            ["Podcasts", "Newsletter"],
            id="de-faende-beide",
        ),
        pytest.param(
            "Podcasts, Newsletter und Reels fände ich alle drei spannend.",
            ["Podcasts", "Newsletter", "Reels"],
            id="de-alle-drei",
        ),
        pytest.param(
            "Ich komme. KI-Texte und Datenschutz wären zwei Themen, die mich interessieren.",
            ["KI-Texte", "Datenschutz"],
            id="de-waeren-zwei-themen",
        ),
        pytest.param(
            "Ich komme. Mastodon und Bluesky – beides würde mich interessieren.",
            ["Mastodon", "Bluesky"],
            id="de-beides-wuerde-mich",
        ),
        pytest.param(
            "Count me in! Threads and Bluesky would both be interesting topics.",
            ["Threads", "Bluesky"],
            id="en-would-both-be",
        ),
        pytest.param(
            "Podcasts and newsletters - both would be really useful.",
            ["Podcasts", "Newsletters"],
            id="en-both-would-be",
        ),
    ],
)
def test_several_subjects_in_one_sentence_are_each_a_topic(text: str, titles: list[str]) -> None:
    assert extract_topics(text).titles == titles


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Donnerstag und Freitag wären beide gut für mich.", id="de-days"),
        pytest.param("Thursday and Friday would both be good for me.", id="en-days"),
        pytest.param("Ich und meine Frau fänden beide den Abend spannend.", id="de-couple"),
        pytest.param(
            "Mastodon und KI-Bilder fände ich beide gut, kann mich nicht entscheiden.",
            id="de-listed-both-good",
        ),
        pytest.param(
            "Die Vorträge über Podcasts und Newsletter fand ich beide spannend.",
            id="de-past-talks",
        ),
    ],
)
def test_two_things_judged_together_are_no_topics(text: str) -> None:
    assert extract_topics(text).titles == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Vielleicht mal was zu Canva, das nutzen wir alle.", "Canva", id="de-das-nutzen-wir"
        ),
        pytest.param(
            "Zusage! Und ein Themenwunsch: Community-Management in Facebook-Gruppen, das frisst"
            " bei uns viel Zeit.",
            "Community-Management in Facebook-Gruppen",
            id="de-das-frisst",
        ),
        pytest.param(
            "Themenidee: Pinterest für Vereine, das wird total unterschätzt.",
            "Pinterest für Vereine",
            id="de-das-wird",
        ),
        pytest.param(
            "Topic idea: Canva templates, which we all use.", "Canva templates", id="en-which-we"
        ),
        pytest.param(
            "Ja. Thema wär für mich Barrierefreiheit, das fehlt total.",
            "Barrierefreiheit",
            id="de-one-word-das-fehlt",
        ),
        pytest.param("Themenwunsch: Canva, das nutzen alle.", "Canva", id="de-one-word-das-nutzen"),
        pytest.param(
            "Ich komme!\nPS: Themenidee fürs nächste Mal – Datenschutz bei Gewinnspielen",
            "Datenschutz bei Gewinnspielen",
            id="de-ps-themenidee-fuers-naechste-mal",
        ),
        pytest.param(
            "Themenwunsch: Tools, die wenig kosten.",
            "Tools, die wenig kosten",
            id="de-relative-clause-kept",
        ),
        pytest.param(
            "Thema: Apps, die Vereine wirklich nutzen.",
            "Apps, die Vereine wirklich nutzen",
            id="de-relative-clause-noun-kept",
        ),
    ],
)
def test_a_title_ends_where_the_member_goes_on_about_it(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]
