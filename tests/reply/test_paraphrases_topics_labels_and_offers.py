"""A suggestion's label may be a whole clause, and an offer to speak names its subject.

Strangers do not stop at "Thema:". They lead into the title with a clause of
their own ("Was mich außerdem umtreibt:", "… and would love a whole evening
on:", "Vorschlag -> …") or offer to speak ("Ich könnte was über … erzählen",
"Würde mich freuen, wenn wir mal über … sprechen"). The label is the wish or
the carrier ("a session on", "ein Abend zu") before the colon, wherever the
adverbs fall; the title is the noun phrase after it. Things one contributes
to the evening (food, parking, the set-up) are no subject.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics

SUGGESTIONS = [
    ("Was mich außerdem umtreibt: Dienstpläne im Schichtdienst", "Dienstpläne im Schichtdienst"),
    ("Was mich aktuell echt beschäftigt: Trolle im Kommentarbereich", "Trolle im Kommentarbereich"),
    ("Was uns seit Monaten umtreibt: Ehrenamt und Instagram", "Ehrenamt und Instagram"),
    (
        "Something I keep wondering about, and would love a whole evening on: measuring word "
        "of mouth.",
        "measuring word of mouth",
    ),
    ("Would love a session on: Threads for local news", "Threads for local news"),
    ("I'd really enjoy a deep-dive about: creator contracts", "creator contracts"),
    (
        "we'd love a talk covering: grant applications for digital projects",
        "grant applications for digital projects",
    ),
    ("Ich wünsche mir einen Abend zu: Social Media im Sportverein", "Social Media im Sportverein"),
    (
        "Und gern mal nen Vortrag über: Podcasts für Handwerksbetriebe",
        "Podcasts für Handwerksbetriebe",
    ),
    ("Vorschlag -> Instagram für Bäckereien", "Instagram für Bäckereien"),
    ("Themenwunsch => Bluesky Starter Packs", "Bluesky Starter Packs"),
    ("Idee → Memes in der Verwaltung", "Memes in der Verwaltung"),
    (
        "Hätte Lust, mal was zu Datenschutz bei Gewinnspielen zu erzählen.",
        "Datenschutz bei Gewinnspielen",
    ),
    ("Ich könnte euch gern was über Social Listening erzählen.", "Social Listening"),
    ("Wir könnten mal etwas zu Förderanträgen vorstellen", "Förderanträgen"),
    ("Würde mich freuen, wenn wir mal über Newsletter-Tools sprechen.", "Newsletter-Tools"),
    (
        "Wär schön, wenn jemand mal was zu LinkedIn-Newslettern erzählt",
        "LinkedIn-Newslettern",
    ),
    ("fänd es cool wenn ihr mal über TikTok für Vereine reden würdet", "TikTok für Vereine"),
    (
        "Zwei Themenwünsche:\n– Vereinsjubiläum online feiern\n– Archivfotos digitalisieren",
        "Vereinsjubiläum online feiern",
    ),
]


@pytest.mark.parametrize(
    ("text", "title"), [pytest.param(text, title, id=title) for text, title in SUGGESTIONS]
)
def test_a_clause_before_the_colon_or_an_offer_to_speak_names_the_title(
    text: str, title: str
) -> None:
    assert title in extract_topics(text).titles


NOT_SUGGESTIONS = [
    "Ich kann euch was zu den Parkplätzen sagen: hinten im Hof.",
    "Ich würde auch etwas zum Buffet beitragen.",
    "Falls ihr Hilfe braucht: ich kann was zum Aufbau beitragen.",
    "Würde mich freuen, wenn wir uns mal wieder sehen.",
    "Würde mich freuen, wenn ihr mir die Folien schickt.",
    "Hätte Lust, mal was zu trinken.",
    "Ich könnte was zum Essen mitbringen.",
    "Ich könnte noch etwas zu spät kommen.",
    "Vorschlag -> wir treffen uns um 19 Uhr",
    "Idee -> gut",
    "Was mich außerdem interessiert: wann geht es los?",
    "Was mich noch interessiert: gibt's wieder Pizza?",
    "A session on: Thursday works for me",
    "Zum Vortrag über SEO: ich komme",
    "Kann leider nicht, hab einen Workshop zu Excel.",
    "Ich komme gern, freue mich auf den Vortrag über SEO.",
    "Wunsch: bitte pünktlich anfangen",
    "Vorschlag: Treffpunkt 18:45 am Eingang",
    "Wir wollen einfach mal zusammen feiern",
]


@pytest.mark.parametrize("text", NOT_SUGGESTIONS)
def test_a_contribution_to_the_evening_or_a_remark_is_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []
