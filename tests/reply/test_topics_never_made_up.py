"""A topic the member did not suggest never lands on the list.

Strangers' sentences that carry a label word or a wish verb and still
suggest no subject: a "Vorschlag" about the evening's arrangements, "kein
Thema" meaning "no problem", a talk the member gives elsewhere, thanks for
the last one, a question to the organizer, no idea at all. Review or nothing
is fine; a made-up topic is not.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics

_MADE_UP = [
    ("Kein Thema, ich komme!", "de-kein-thema-no-problem"),
    ("Klar, kein Thema – bin dabei.", "de-klar-kein-thema"),
    ("No worries, topic for another day.", "en-topic-for-another-day"),
    ("Vorschlag: wir treffen uns vorher im Café.", "de-vorschlag-meet-before"),
    ("Suggestion: start 30 minutes later?", "en-suggestion-start-later"),
    ("Idee: wir könnten uns diesmal um 19 Uhr treffen?", "de-idee-time"),
    ("Vorschlag: Ich bringe Kuchen mit.", "de-vorschlag-kuchen"),
    ("Idee fürs nächste Mal: früher Bescheid geben 😉", "de-idee-earlier-notice"),
    ("Themenvorschlag folgt noch.", "de-suggestion-follows"),
    ("Hab leider keinen Themenvorschlag.", "de-no-suggestion"),
    ("Wunschthema? Keins, ich lass mich überraschen.", "de-wunschthema-keins"),
    ("Topic idea: none, you guys are doing great.", "en-topic-idea-none"),
    ("Ich komme, Thema ist mir egal.", "de-thema-egal"),
    (
        "Leider kann ich nicht, ich halte an dem Abend einen Vortrag über TikTok an der Uni.",
        "de-own-talk-elsewhere",
    ),
    ("Sorry, I'm giving a talk on LinkedIn ads that night.", "en-own-talk-elsewhere"),
    ("Danke für den Vortrag über Reels, hat mir viel gebracht!", "de-thanks-last-talk"),
    ("Das Thema Datenschutz hat mich letztes Mal echt weitergebracht.", "de-last-time-helped"),
    ("Mich würde interessieren, ob es Parkplätze gibt.", "de-interest-parking"),
    ("Ich fände es schön, wenn wir pünktlich anfangen.", "de-faende-punctual"),
    ("Wäre super, wenn jemand die Folien teilt.", "de-share-slides"),
    ("Maybe someone could bring a projector?", "en-bring-projector"),
    ("Could we have a session on Friday instead?", "en-session-on-friday"),
    ("I'd be happy to talk about it over a beer.", "en-talk-about-it-beer"),
    ("Was ich gern mal wissen würde: gibt es wieder Pizza?", "de-pizza-question"),
    ("P.S. Gibt es wieder Pizza?", "de-ps-pizza"),
    ("Idee: Wir könnten doch mal bei mir im Büro tagen.", "de-idee-my-office"),
    ("Thema verfehlt, sorry, falsche Mail 🙈", "de-wrong-mail"),
    ("Wie wäre es mal mit einem anderen Raum? Der letzte war zu eng.", "de-other-room"),
    ("Marketing Managerin | Social Media | Employer Branding", "de-signature-fields"),
    ("Ihr Partner für digitale Kommunikation", "de-company-tagline"),
    ("JA KLAR KOMME ICH THEMA EGAL", "de-caps-thema-egal"),
    ("hab kein thema im kopf sorry", "de-lower-no-topic-in-mind"),
    ("Hatte noch keine Zeit, über ein Thema nachzudenken.", "de-no-time-to-think"),
    ("Any topic is fine by me, see you there!", "en-any-topic-fine"),
]


@pytest.mark.parametrize(("text",), [pytest.param(text, id=name) for text, name in _MADE_UP])
def test_a_sentence_that_suggests_no_subject_puts_no_topic_on_the_list(text: str) -> None:
    assert extract_topics(text).titles == []
