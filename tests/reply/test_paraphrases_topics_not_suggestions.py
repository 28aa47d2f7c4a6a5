"""Sentences that look like topic suggestions but are not, in strangers' words.

A topic is a subject area the club could spend an evening on. A greeting,
an answer, a question to the organizer, the evening's arrangements (time,
place, food, room), thanks or a comment on a talk past or coming, an offer
to help, a signature's job title and a company's tagline are none, even
with a label word ("Idee:", "Vorschlag:") or a wish verb in front. Wrong
topics cost the organizer more than missed ones.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics

_NOT_TOPICS = [
    # answers and greetings
    ("Hallo zusammen, ich bin dabei!", "de-greeting-and-yes"),
    ("Zusage!", "de-zusage"),
    ("Would love to come!", "en-would-love-to-come"),
    ("I'd love to join, count me in.", "en-love-to-join"),
    ("Ich wäre gern dabei, klingt spannend!", "de-waere-gern-dabei"),
    ("Super Thema, freu mich drauf!", "de-super-thema"),
    ("Great topic, see you there!", "en-great-topic"),
    ("Thema passt mir super, bin dabei.", "de-thema-passt"),
    ("Danke für die Einladung, ich komme gern.", "de-danke-einladung"),
    ("Kann leider nicht, wünsche euch viel Spaß!", "de-wuensche-viel-spass"),
    ("Wünsche euch einen schönen Abend!", "de-wuensche-schoenen-abend"),
    ("Frohe Weihnachten und einen guten Rutsch!", "de-season-greeting"),
    # questions to the organizer, the evening's arrangements
    ("Kann man bei euch parken?", "de-parken"),
    ("Wo genau ist der Eingang?", "de-eingang"),
    ("Could you send me the slides?", "en-send-slides"),
    ("Könnt ihr mir die Folien schicken?", "de-folien-schicken"),
    ("Gibt es wieder Pizza?", "de-pizza"),
    ("Wäre es möglich, etwas später zu kommen?", "de-spaeter-kommen"),
    ("Können wir den Termin auf Donnerstag verschieben?", "de-termin-verschieben"),
    ("Mich würde interessieren, ob ihr auch Getränke habt.", "de-interessieren-ob-getraenke"),
    ("Would it be possible to bring my laptop?", "en-bring-laptop"),
    ("Ich hätte gern eine Bestätigung per Mail.", "de-bestaetigung-per-mail"),
    ("Wie wäre es mit einem früheren Beginn?", "de-frueherer-beginn"),
    ("How about meeting at 6 instead?", "en-meeting-at-6"),
    ("What about the parking situation?", "en-parking-situation"),
    ("Could we have the session in English?", "en-session-in-english"),
    ("Könnten wir das nächste Mal früher anfangen?", "de-frueher-anfangen"),
    ("Ich würde gerne über den Termin sprechen.", "de-ueber-den-termin-sprechen"),
    ("Can we talk about the venue?", "en-talk-about-venue"),
    ("We should talk about the date again.", "en-talk-about-date"),
    ("Ich stimme für den späteren Termin.", "de-stimme-fuer-termin"),
    ("Eine Frage zum Thema: Muss ich mich vorher anmelden?", "de-frage-zum-thema"),
    ("Zum Thema Anfahrt: Ich komme mit dem Rad.", "de-zum-thema-anfahrt"),
    ("Ich würde gern wissen, ob es Parkplätze gibt.", "de-wissen-ob-parkplaetze"),
    # label words in front of logistics
    ("Idee: ich bringe Kuchen mit!", "de-idee-kuchen"),
    ("Vorschlag: wir treffen uns vorher am Dom.", "de-vorschlag-treffen-am-dom"),
    ("Suggestion: start at 7 instead of 6:30?", "en-suggestion-start-time"),
    ("Quick idea: could we meet in the bar downstairs afterwards?", "en-idea-meet-in-bar"),
    ("Kleine Anregung: Namensschilder wären super.", "de-anregung-namensschilder"),
    ("Idee: wir könnten danach noch was trinken gehen.", "de-idee-trinken-gehen"),
    ("My suggestion would be to start a bit later.", "en-suggestion-start-later"),
    ("Vorschlag: Ich komme einfach etwas später.", "de-vorschlag-ich-komme-spaeter"),
    ("Meine Idee: ich komme später dazu", "de-idee-ich-komme-spaeter"),
    ("Idee für den Abend: wir machen eine Vorstellungsrunde", "de-idee-vorstellungsrunde"),
    ("Ich wünsche mir, dass wir pünktlich anfangen.", "de-wuensche-puenktlich"),
    # thanks and comments on a talk, past or coming
    ("Danke für den tollen Vortrag über Reels!", "de-danke-vortrag-ueber"),
    ("Thanks for the great talk on LinkedIn last time!", "en-thanks-talk-on"),
    ("Der Vortrag war super spannend.", "de-vortrag-war-spannend"),
    ("Ich fand das Thema Datenschutz letztes Mal sehr spannend.", "de-fand-letztes-mal"),
    ("I really enjoyed the session about TikTok.", "en-enjoyed-session-about"),
    ("Sehr interessanter Abend gestern, danke!", "de-abend-gestern"),
    ("Ich finde die Idee mit dem Stammtisch super.", "de-idee-mit-dem-stammtisch"),
    ("Thanks for organizing this, it's a great idea.", "en-great-idea"),
    ("Das Thema klingt spannend, ich bin dabei.", "de-thema-klingt-spannend"),
    ("Der Vortrag zu KI-Bildern klingt super, ich komme.", "de-vortrag-zu-klingt-super"),
    ("Looking forward to the talk about accessibility!", "en-looking-forward-to-talk-about"),
    ("Freue mich auf den Vortrag über Barrierefreiheit.", "de-freue-mich-auf-vortrag-ueber"),
    ("ps: the topic sounds great!", "en-ps-topic-sounds-great"),
    ("I'd love to hear more about it next time.", "en-hear-more-about-it"),
    (
        "Ich bringe meine Kollegin mit, die interessiert sich sehr für das Thema.",
        "de-kollegin-interessiert-thema",
    ),
    # offers to help
    ("I'd be happy to help with setting up the chairs.", "en-offer-help-chairs"),
    ("Ich kann gern beim Aufbau helfen.", "de-offer-aufbau"),
    ("Ich könnte Getränke mitbringen.", "de-offer-getraenke"),
    # signatures, job titles, taglines
    (
        "Bin dabei.\n\nViele Grüße\nMaria Muster\nSocial Media Managerin\nStadtwerke Köln",
        "de-signature-job-title",
    ),
    (
        "Bin dabei.\n\nViele Grüße\nJan\nLeitung Kommunikation | Thema: Digitalisierung",
        "de-signature-thema",
    ),
    ("Ja!\n\nAnna Schmidt – Ihre Agentur für digitale Kommunikation", "de-tagline"),
    ("Yes!\n\nBest regards,\nTom\nHead of Content – Ideas that move people", "en-tagline-ideas"),
    (
        "Komme.\n\n--\nMax Mustermann\nSenior Consultant Social Media & Content\nwww.example.com",
        "de-dashdash-signature",
    ),
    ("Yes\n\nSent from my iPhone", "en-sent-from-iphone"),
]


@pytest.mark.parametrize(("text",), [pytest.param(text, id=name) for text, name in _NOT_TOPICS])
def test_a_sentence_that_only_looks_like_a_suggestion_gives_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []
