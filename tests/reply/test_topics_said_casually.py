"""Topic wishes said casually: the subject in a "was zu X" / "something on X" phrase
with the verdict after it, a short carrier after "Lust/Bock/Interesse auf", a wish
whose verb closes it, and the shrug or the time after the title ("though",
"one evening") that is no part of it.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics

SAID_CASUALLY = [
    pytest.param("Bin dabei! Mal was zu Mastodon wäre toll.", "Mastodon", id="de-mal-was-zu"),
    pytest.param(
        "Etwas über Vereinsfinanzen fänd ich super.", "Vereinsfinanzen", id="de-etwas-ueber-faend"
    ),
    pytest.param(
        "Mal was über Threads vs. Bluesky wär super, bin aber leider verhindert.",
        "Threads vs. Bluesky",
        id="de-was-ueber-waer-super-then-no",
    ),
    pytest.param(
        "Moin, bin am Start. Hätte Bock auf was zu TikTok für Sportvereine",
        "TikTok für Sportvereine",
        id="de-bock-auf-was-zu",
    ),
    pytest.param(
        "Bin da. Hätte Interesse an nem Input zu Vereinsapps.",
        "Vereinsapps",
        id="de-interesse-an-nem-input",
    ),
    pytest.param(
        "Hätte Lust auf mehr über Fotorechte im Verein.",
        "Fotorechte im Verein",
        id="de-lust-auf-mehr-ueber",
    ),
    pytest.param(
        "ja komme. wär geil mal was über youtube shorts zu machen",
        "Youtube shorts",
        id="de-waer-geil-mal-was",
    ),
    pytest.param(
        "Würde mich freuen, wenn wir mal Newsletter-Automatisierung anschauen.",
        "Newsletter-Automatisierung",
        id="de-freuen-wenn-wir-anschauen",
    ),
    pytest.param(
        "Als Thema würde ich mir einmal die rechtssichere Gestaltung von Impressen wünschen.",
        "Rechtssichere Gestaltung von Impressen",
        id="de-als-thema-wuenschen",
    ),
    pytest.param(
        "Hallo, ich bin raus. Fänd aber nen Abend zu Stiftungsanträgen echt hilfreich.",
        "Stiftungsanträgen",
        id="de-faend-aber-nen-abend-zu",
    ),
    pytest.param(
        "Komme. Thema fürs nächste Mal wäre Social Media für Kirchengemeinden.",
        "Social Media für Kirchengemeinden",
        id="de-thema-fuers-naechste-mal-waere",
    ),
    pytest.param(
        "Dabei! Übrigens: hätte Lust, mal einen Abend über Vereinsfinanzen zu gestalten.",
        "Vereinsfinanzen",
        id="de-lust-einen-abend-zu-gestalten",
    ),
    pytest.param(
        "Ich bin dabei, und ich würd gern mal hören, wie andere mit Hasskommentaren umgehen.",
        "Mit Hasskommentaren umgehen",
        id="de-gern-hoeren-wie-andere",
    ),
    pytest.param(
        "Bei uns kam die Frage auf, ob man nicht mal einen Abend über Podcasts für Praxen "
        "machen könnte.",
        "Podcasts für Praxen",
        id="de-ob-man-einen-abend-machen-koennte",
    ),
    pytest.param(
        "Mich würde interessieren, ob ihr mal Vereinsrecht online macht.",
        "Vereinsrecht online",
        id="de-ob-ihr-mal-x-macht",
    ),
    pytest.param(
        "hallo ich hätte ein thema vereinsfotos im netz punkt das machen wir oft",
        "Vereinsfotos im netz",
        id="de-dictated-haette-ein-thema",
    ),
    pytest.param(
        "I'll be there. Something on Threads would be nice.",
        "Threads",
        id="en-something-on-would-be-nice",
    ),
    pytest.param(
        "More about podcast microphones would be great.",
        "Podcast microphones",
        id="en-more-about-would-be-great",
    ),
    pytest.param(
        "Hey! I'm in. Would be cool to do something on newsletter design some time",
        "Newsletter design",
        id="en-cool-to-do-something-on",
    ),
    pytest.param(
        "It'd be nice to have a session on volunteer onboarding.",
        "Volunteer onboarding",
        id="en-nice-to-have-a-session-on",
    ),
]


@pytest.mark.parametrize(("text", "title"), SAID_CASUALLY)
def test_a_casual_wish_names_its_subject(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


CLEAN_ENDS = [
    pytest.param(
        "Can't do Thursday. I'd be keen on a talk on crisis PR though.",
        "Crisis PR",
        id="en-though",
    ),
    pytest.param(
        "Sorry can't. I'd be interested in a session covering local SEO though.",
        "Local SEO",
        id="en-covering-though",
    ),
    pytest.param(
        "Maybe we could talk about AI captions one evening?", "AI captions", id="en-one-evening"
    ),
    pytest.param(
        "What about a night on volunteer recruitment via Facebook?",
        "Volunteer recruitment via Facebook",
        id="en-a-night-on",
    ),
    pytest.param(
        "Zusage! Und ne Idee: wie wärs mal mit nem Abend über Bildrechte?",
        "Bildrechte",
        id="de-nem-abend-ueber",
    ),
]


@pytest.mark.parametrize(("text", "title"), CLEAN_ENDS)
def test_the_words_around_a_title_are_no_part_of_it(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


NOT_A_SUBJECT = [
    pytest.param("Mal was zu essen wäre toll.", id="de-was-zu-essen"),
    pytest.param("Something on the date would be nice to know.", id="en-the-date"),
    pytest.param("Hätte Bock auf was zu trinken danach.", id="de-bock-auf-was-zu-trinken"),
    pytest.param(
        "Würde mich freuen, wenn ihr mal die Fotos anschaut.", id="de-die-fotos-anschauen"
    ),
    pytest.param("Something on the menu would be nice.", id="en-the-menu"),
    pytest.param("Ich würde gern mal hören, wie ihr das so macht.", id="de-wie-ihr-das-macht"),
    pytest.param("Mich interessiert, wie es euch geht.", id="de-wie-es-euch-geht"),
    pytest.param("Mich würde interessieren, ob ihr mal Pause macht.", id="de-ob-ihr-pause-macht"),
    pytest.param(
        "Ich weiß nicht, ob ich einen Abend über Fotos schaffe.", id="de-ob-ich-einen-abend"
    ),
    pytest.param("More about the venue would be great.", id="en-the-venue"),
]


@pytest.mark.parametrize("text", NOT_A_SUBJECT)
def test_a_casual_wish_for_the_evening_itself_names_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []
