"""A topic put as a problem the member has, then asked as an evening.

"Wir kämpfen gerade mit Hasskommentaren – wäre das nicht was für einen Abend?": the
subject is the problem named in the same sentence or the one right before the ask.
A problem told without such an ask ("wir kämpfen mit dem Umzug, ich kann nicht"),
an ask about the arrangements, or an ask after no named problem suggests nothing.
"""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.topic_text import extract_topics
from tests.reply.plain_reply import plain_reply


def _lower_first(title: str) -> str:
    return title[:1].lower() + title[1:]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Wir kämpfen gerade mit Hasskommentaren – wäre das nicht was für einen Abend?",
            "Hasskommentaren",
            id="de-kaempfen-mit",
        ),
        pytest.param(
            "Wir haben ständig Ärger mit Fake-Bewertungen auf Google. "
            "Wäre das was für einen Abend?",
            "Fake-Bewertungen auf Google",
            id="de-aerger-mit-next-sentence",
        ),
        pytest.param(
            "Ich tue mich echt schwer mit Reels. Vielleicht mal ein Abend dazu?",
            "Reels",
            id="de-schwer-tun-abend-dazu",
        ),
        pytest.param(
            "Bei uns im Verein ist Mitgliedergewinnung über Instagram ein Riesenproblem. "
            "Wäre das nicht mal ein Thema?",
            "Mitgliedergewinnung über Instagram",
            id="de-ist-ein-riesenproblem",
        ),
        pytest.param(
            "Bei uns im Fahrradladen fragen wir uns, ob Werkstatt-Videos auf TikTok was bringen. "
            "Wäre ein schönes Thema für einen Abend.",
            "Werkstatt-Videos auf TikTok",
            id="de-fragen-uns-ob-es-was-bringt",
        ),
        pytest.param(
            "Wir bräuchten Hilfe bei Mitgliederumfragen – vielleicht ein Thema für einen Abend?",
            "Mitgliederumfragen",
            id="de-hilfe-bei",
        ),
        pytest.param(
            "Was ist mit Bluesky? Das wäre ein spannendes Thema.",
            "Bluesky",
            id="de-was-ist-mit",
        ),
        pytest.param(
            "We're struggling with toxic comments at the moment - would that be something "
            "for an evening?",
            "toxic comments",
            id="en-struggling-with",
        ),
        pytest.param(
            "Our biggest headache is newsletters nobody opens. Maybe an evening on that?",
            "newsletters nobody opens",
            id="en-biggest-headache",
        ),
        pytest.param(
            "We keep running into trouble with GDPR consent forms, maybe a topic for one of "
            "the evenings?",
            "GDPR consent forms",
            id="en-trouble-with",
        ),
        pytest.param(
            "We keep wondering whether LinkedIn newsletters are worth it. Could be a good topic?",
            "LinkedIn newsletters",
            id="en-wondering-whether",
        ),
        pytest.param(
            "What about Mastodon? That would make a good topic.", "Mastodon", id="en-what-about"
        ),
        pytest.param(
            "Wie macht ihr das eigentlich mit Datenschutz bei Vereinsfotos? Wäre mal einen "
            "Abend wert.",
            "Datenschutz bei Vereinsfotos",
            id="de-wie-macht-ihr-das-mit",
        ),
        pytest.param(
            "Uns fehlt Know-how bei Google Ads. Ein Abend dazu wäre super.",
            "Google Ads",
            id="de-uns-fehlt-know-how",
        ),
        pytest.param(
            "Keiner bei uns versteht Threads. Vielleicht mal ein Thema?",
            "Threads",
            id="de-keiner-versteht",
        ),
        pytest.param(
            "Bei Instagram-Algorithmen blicke ich null durch – da würde ich gern mal einen "
            "Abend zu haben.",
            "Instagram-Algorithmen",
            id="de-blicke-nicht-durch",
        ),
        pytest.param(
            "How do you all handle negative reviews on Google? Could be a good evening.",
            "negative reviews on Google",
            id="en-how-do-you-handle",
        ),
        pytest.param(
            "Honestly, nobody in our club understands Instagram Insights – would love an "
            "evening on that.",
            "Instagram Insights",
            id="en-nobody-understands",
        ),
        pytest.param(
            "We have no clue about podcast hosting. An evening on that would be great.",
            "podcast hosting",
            id="en-no-clue-about",
        ),
    ],
)
def test_a_problem_asked_as_an_evening_is_a_topic(text: str, title: str) -> None:
    assert [_lower_first(t) for t in extract_topics(text).titles] == [_lower_first(title)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Wir kämpfen gerade mit Hasskommentaren – wäre das nicht was für einen Abend?",
            id="de",
        ),
        pytest.param(
            "Our biggest headache is newsletters nobody opens. Maybe an evening on that?",
            id="en",
        ),
        pytest.param("Was ist mit Bluesky? Das wäre ein spannendes Thema.", id="de-asked-after"),
    ],
)
def test_the_ask_is_no_question_to_the_organisers(text: str) -> None:
    analysis = analyse(plain_reply(text))
    assert analysis.topics
    assert "question" not in analysis.answer_problem


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Wir kämpfen gerade mit dem Umzug, ich kann leider nicht.", id="de-problem-no-ask"
        ),
        pytest.param(
            "We're struggling with childcare this week, so I can't come.", id="en-problem-no-ask"
        ),
        pytest.param(
            "Wir haben Probleme mit dem Parkplatz. Wäre das ein Thema für die Orga?",
            id="de-arrangement",
        ),
        pytest.param(
            "Ich habe Probleme mit der Anmeldung. Ist das ein Thema für euch?", id="de-signing-up"
        ),
        pytest.param(
            "We're struggling with the date. Would that be a problem?", id="en-ask-is-no-evening"
        ),
        pytest.param(
            "Wir kämpfen gerade mit der Technik, wäre das schlimm, wenn ich später komme?",
            id="de-ask-about-coming-late",
        ),
        pytest.param(
            "Wir kämpfen mit Hasskommentaren. Das war letztes Mal ein gutes Thema.",
            id="de-evening-that-was",
        ),
        pytest.param("Was ist mit dem Termin? Wäre das ein Thema für die Orga?", id="de-date"),
        pytest.param(
            "Wir kämpfen mit Hasskommentaren und kommen deshalb diesmal nicht.", id="de-reason"
        ),
        pytest.param("Wie macht ihr das mit der Anmeldung?", id="de-how-without-an-ask"),
        pytest.param(
            "Keiner bei uns versteht, warum der Termin verschoben wurde.", id="de-the-date-moved"
        ),
        pytest.param("Uns fehlt leider die Zeit, wir kommen nicht.", id="de-no-time"),
        pytest.param("How do you all handle the parking?", id="en-parking"),
        pytest.param("We have no idea about the date yet.", id="en-the-date"),
        pytest.param("Bei der Anfahrt blicke ich nicht durch, wo ist das?", id="de-the-way-there"),
    ],
)
def test_a_problem_without_an_ask_for_an_evening_names_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []
