"""Topic labels as people type them: a label alone over a list ("Themenideen", "Ideas
for later"), a label joined by a hyphen or split by a space ("Thema-Vorschlag wär:",
"thema vorschlag"), a possessive or an adjective before it ("hier mein Vorschlag —
X", "Mögliches Thema fürs nächste Mal - X"), and a subject named as the member's wish
("X wäre mein Wunschthema").
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics

LABELLED = [
    pytest.param(
        "Bin dabei!\nThemenideen\n- Webinare aufzeichnen\n- Vereinsmeier auf TikTok",
        ["Webinare aufzeichnen", "Vereinsmeier auf TikTok"],
        id="de-label-alone-over-a-list",
    ),
    pytest.param(
        "Ideas for later\n* Hashtag research\n* Colour palettes that everyone can read",
        ["Hashtag research", "Colour palettes that everyone can read"],
        id="en-label-alone-over-a-list",
    ),
    pytest.param(
        "Servus, i bin dabei. Thema-Vorschlag wär: Vereinsfeste richtig bewerben.",
        ["Vereinsfeste richtig bewerben"],
        id="de-hyphenated-label",
    ),
    pytest.param(
        "Hallo, leider nein. Aber hier mein Vorschlag — Videoschnitt mit CapCut.",
        ["Videoschnitt mit CapCut"],
        id="de-hier-mein-vorschlag-dash",
    ),
    pytest.param(
        "Can't make it. But here's my suggestion - podcast editing with Audacity.",
        ["podcast editing with Audacity"],
        id="en-heres-my-suggestion-dash",
    ),
    pytest.param(
        "Ich komme. P.S. Mögliches Thema fürs nächste Mal - Bewertungsportale",
        ["Bewertungsportale"],
        id="de-moegliches-thema-fuers-naechste-mal",
    ),
    pytest.param(
        "Barrierefreie Newsletter wäre mein Wunschthema. Bis dann!",
        ["Barrierefreie Newsletter"],
        id="de-waere-mein-wunschthema",
    ),
    pytest.param(
        "Hey, bin dabei 🙌 Themenidee 💡 Social Listening für kleine Vereine",
        ["Social Listening für kleine Vereine"],
        id="de-pictograph-for-the-colon",
    ),
    pytest.param(
        "Leider nein. Themen, die mich interessieren würden: Fundraising online, "
        "Vereinswebsite, Pressearbeit.",
        ["Fundraising online", "Vereinswebsite", "Pressearbeit"],
        id="de-several-run-on-after-a-plural-label",
    ),
    pytest.param(
        "A few ideas: podcast promotion, hashtag research and colour palettes.",
        ["podcast promotion", "hashtag research", "colour palettes"],
        id="en-a-few-ideas-run-on",
    ),
    pytest.param(
        "Themenvorschlag: Newsletter, Instagram und TikTok im Vergleich",
        ["Newsletter, Instagram und TikTok im Vergleich"],
        id="de-one-label-keeps-its-commas",
    ),
    pytest.param(
        "Bin dabei. Fürs Themen-Brainstorming: Vereinsjubiläum digital feiern.",
        ["Vereinsjubiläum digital feiern"],
        id="de-hyphenated-themen-label",
    ),
    pytest.param(
        "Ich komme! Und noch ein Themenvorschlag am Rande - Emojis im Vereinsalltag.",
        ["Emojis im Vereinsalltag"],
        id="de-themenvorschlag-am-rande-dash",
    ),
    pytest.param(
        "Vereinsarchive online ist unser Themenwunsch.",
        ["Vereinsarchive online"],
        id="de-ist-unser-themenwunsch",
    ),
]


@pytest.mark.parametrize(("text", "titles"), LABELLED)
def test_a_label_as_typed_names_its_topics(text: str, titles: list[str]) -> None:
    assert extract_topics(text).titles == titles


NO_LABEL = [
    pytest.param("Mein Vorschlag war gut, oder?", id="de-vorschlag-war"),
    pytest.param("My idea was to come early.", id="en-idea-was"),
    pytest.param("Unser Wunsch wäre, dass ihr früher anfangt.", id="de-wunsch-dass"),
    pytest.param("Ich komme.\nFragen\n- Wo parke ich?", id="de-questions-over-a-list"),
    pytest.param(
        "Themen, die mich sonst noch interessieren: keine weiteren.", id="de-keine-weiteren"
    ),
]


@pytest.mark.parametrize("text", NO_LABEL)
def test_a_label_word_in_a_sentence_of_its_own_names_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []


def test_the_answer_before_a_pictograph_label_is_kept() -> None:
    found = extract_topics("Hey, bin dabei 🙌 Themenidee 💡 Social Listening für kleine Vereine")
    assert "bin dabei" in found.rest
