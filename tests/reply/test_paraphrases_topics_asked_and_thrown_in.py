"""Suggestions asked as a question, thrown into the round, or wished on the agenda.

Strangers ask whether a subject could be done ("wäre es möglich, mal über X
zu sprechen?", "könnten wir auf X eingehen?"), pass one on ("Er fragt, ob
ihr mal was zu X macht"), throw it into the round ("ich schmeiß mal was in
den Raum: X", "throwing this out there: X"), want it on the agenda, or put
the label as a question of its own ("Thema fürs nächste Mal? X."). The
subject is the noun phrase the verb or the label closes around.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics

SUGGESTIONS = [
    # asked whether it could be done, the verb closing the subject
    (
        "Wäre es möglich, mal über Podcasts im Gesundheitswesen zu sprechen?",
        "Podcasts im Gesundheitswesen",
    ),
    (
        "Wär es denkbar, einmal über Social Media in der Pflege zu reden?",
        "Social Media in der Pflege",
    ),
    ("Hätte Interesse, mal über Wahlkampf auf TikTok zu diskutieren.", "Wahlkampf auf TikTok"),
    ("wär echt toll mal über linkedin für azubis zu sprechen", "Linkedin für azubis"),
    ("Schön wäre auch, mal zu Krisen-PR im Handwerk zu hören", "Krisen-PR im Handwerk"),
    # "auf X eingehen"
    (
        "Könnten wir mal auf Hasskommentare unter Lokalnachrichten eingehen?",
        "Hasskommentare unter Lokalnachrichten",
    ),
    (
        "Könnte man beim nächsten Stammtisch auf Newsletter-Abmeldungen eingehen?",
        "Newsletter-Abmeldungen",
    ),
    ("Vielleicht könnt ihr ja irgendwann auf Google-Bewertungen eingehen", "Google-Bewertungen"),
    # "X besprechen"
    ("Ich würde gern mal Gewinnspiele auf Instagram besprechen.", "Gewinnspiele auf Instagram"),
    (
        "Wir möchten irgendwann Datenschutz im Vereinschat diskutieren.",
        "Datenschutz im Vereinschat",
    ),
    ("Ich würde gerne einmal Influencer-Verträge thematisieren", "Influencer-Verträge"),
    # passed on
    ("Meine Chefin fragt, ob ihr mal was zu Employer Branding macht.", "Employer Branding"),
    ("Ein Kollege wollte wissen, ob man einen Abend zu Bluesky anbietet.", "Bluesky"),
    ("Sie fragt, ob ihr etwas über WhatsApp-Kanäle plant", "WhatsApp-Kanäle"),
    # thrown into the round, on the agenda
    ("Ich werf mal was in die Runde: Community Notes auf X", "Community Notes auf X"),
    ("Einfach mal in den Raum gestellt: Reels für Behörden", "Reels für Behörden"),
    ("Throwing this out there: podcasts for local councils", "podcasts for local councils"),
    (
        "Something I'd like on the agenda: volunteer onboarding via Discord",
        "volunteer onboarding via Discord",
    ),
    ("Was ich gern mal auf der Agenda sähe: Social Intranet", "Social Intranet"),
    # the label asked as a question
    ("Thema fürs nächste Mal? Pinterest für Floristen.", "Pinterest für Floristen"),
    ("Idee für später? Memes im Bistum.", "Memes im Bistum"),
    ("Noch ein Vorschlag für den nächsten Abend? Threads für Kitas", "Threads für Kitas"),
    # how about, with the when in between
    ("Wie wär's im März mit Barrierefreien PDFs?", "Barrierefreien PDFs"),
    ("Wie wäre es nächstes Mal mit Livestreams vom Vereinsfest?", "Livestreams vom Vereinsfest"),
    # English carriers, also with a German preposition
    (
        "I reckon drone footage for tourism would make a cool theme evening.",
        "Drone footage for tourism",
    ),
    ("Would love a session zu Storytelling für Stiftungen.", "Storytelling für Stiftungen"),
    ("I think event photography consent would make a good talk.", "Event photography consent"),
]


@pytest.mark.parametrize(
    ("text", "title"), [pytest.param(text, title, id=title) for text, title in SUGGESTIONS]
)
def test_a_subject_asked_for_thrown_in_or_wished_on_the_agenda_is_a_topic(
    text: str, title: str
) -> None:
    assert title in extract_topics(text).titles


NOT_SUGGESTIONS = [
    "Wäre es möglich, mal über den Termin zu sprechen?",
    "Könnten wir auf die Frage von letzter Woche eingehen?",
    "Ich würde gern mal mit dir den Ablauf besprechen.",
    "Ich würde gerne die Anfahrt besprechen",
    "Er fragt, ob ihr mal was zu essen macht.",
    "Thema fürs nächste Mal? Weiß ich noch nicht.",
    "Wie wäre es im März mit einem späteren Termin?",
    "Throwing this out there: could we start at 7pm?",
    "Wäre schön, mal wieder zu quatschen.",
]


@pytest.mark.parametrize("text", NOT_SUGGESTIONS)
def test_a_question_about_the_evening_is_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []
