"""Votes that describe a listed topic instead of naming it.

Strangers rarely copy a title: they point at a topic by what it is about
("das Thema, bei dem es um Alt-Texte geht", "whichever one's about tagging AI
pictures", "the topic on marking AI-made images", "das mit den
KI-generierten Bildern"), and say the choice in words of their own ("das wär
meins", "that one", "je eine Stimme"). A description chooses a topic when its
words point at one listed topic (by word stems and the same words in the other
language) and at no other; a description that fits none, or a topic turned
down, chooses nothing.
"""

from __future__ import annotations

import pytest

from tests.reply.test_paraphrases_votes_strangers import CLUB, MEDIA, read_votes


@pytest.mark.parametrize(
    ("text", "voted"),
    [
        pytest.param(
            "Bildbeschreibungen und so, also das mit der Barrierefreiheit, das wär meins.",
            ["c2"],
            id="de-das-waer-meins",
        ),
        pytest.param(
            "Ich hätte gern das Thema, bei dem es um Alt-Texte und Untertitel geht.",
            ["c2"],
            id="de-thema-bei-dem-es-um",
        ),
        pytest.param(
            "Whichever one's about tagging AI pictures – that one.", ["c3"], id="en-whichever-about"
        ),
        pytest.param("The topic on marking AI-made images, please.", ["c3"], id="en-topic-on"),
        pytest.param(
            "Ich würde mir wünschen, dass ihr das mit den KI-generierten Bildern nehmt.",
            ["c3"],
            id="de-dass-ihr-das-mit-nehmt",
        ),
        pytest.param("the one about the fediverse pls", ["c1"], id="en-one-about-fediverse"),
        pytest.param(
            "Meine Stimme geht an das Thema mit den Alt-Texten.", ["c2"], id="de-stimme-thema-mit"
        ),
        pytest.param(
            "I'm voting for the one about labelling AI images.", ["c3"], id="en-voting-one-about"
        ),
        pytest.param("For me it's the accessibility topic.", ["c2"], id="en-for-me-its"),
        pytest.param(
            "Fände das mit der Kennzeichnung von KI-Bildern am wichtigsten.",
            ["c3"],
            id="de-kennzeichnung-am-wichtigsten",
        ),
        pytest.param("Am liebsten das Thema über Mastodon.", ["c1"], id="de-am-liebsten-ueber"),
        pytest.param("the AI labelling one", ["c3"], id="en-ai-labelling-one"),
        pytest.param("Ich nehm das mit dem Fediverse.", ["c1"], id="de-nehm-das-mit"),
        pytest.param("gerne das mit den ki bildern", ["c3"], id="de-lower-case"),
        pytest.param(
            "Ich tendiere zum Thema über dezentrale Netzwerke.", ["c1"], id="de-tendiere-zum"
        ),
        pytest.param(
            "the one on accessible posts gets my vote", ["c2"], id="en-one-on-gets-my-vote"
        ),
        pytest.param(
            "Was mich am meisten anspricht: das mit dem Kennzeichnen von KI-Bildern.",
            ["c3"],
            id="de-anspricht-colon",
        ),
        pytest.param("das barrierefreiheits-thema bitte", ["c2"], id="de-compound-thema"),
        pytest.param(
            "Alle drei sind gut, ich kann mich nicht entscheiden. Also je eine Stimme.",
            ["c1", "c2", "c3"],
            id="de-je-eine-stimme",
        ),
        pytest.param("A vote for each of the three, then.", ["c1", "c2", "c3"], id="en-each"),
        pytest.param("Von mir: das Thema zu Bildbeschreibungen.", ["c2"], id="de-von-mir"),
        pytest.param("my pick is the one about AI pics", ["c3"], id="en-ai-pics"),
        # what draws the member to it, said as a choice
        pytest.param("Am meisten interessiert mich das KI-Thema.", ["c3"], id="de-interessiert"),
        pytest.param("Hauptsache Mastodon!", ["c1"], id="de-hauptsache"),
        pytest.param("Mich reizt Barrierefreiheit.", ["c2"], id="de-reizt"),
    ],
)
def test_a_vote_that_describes_a_listed_topic_chooses_it(text: str, voted: list[str]) -> None:
    assert read_votes(text, CLUB) == (voted, [])


@pytest.mark.parametrize(
    ("text", "voted"),
    [
        pytest.param("Das mit LinkedIn für Selbstständige wär meins.", ["m1"], id="de-waer-meins"),
        pytest.param("the TikTok one for associations please", ["m2"], id="en-one-for"),
        pytest.param(
            "Ich hätte gern das Thema, in dem es um KI im Redaktionsalltag geht.",
            ["m4"],
            id="de-in-dem-es-um",
        ),
        pytest.param(
            "whichever one is about accessibility in social media – that one.",
            ["m3"],
            id="en-whichever-is-about",
        ),
        pytest.param("Meine Stimme: das mit TikTok.", ["m2"], id="de-stimme-colon-das-mit"),
        pytest.param("the topic about AI tools, please", ["m4"], id="en-topic-about-tools"),
    ],
)
def test_a_vote_describing_a_topic_of_another_list_finds_it(text: str, voted: list[str]) -> None:
    assert read_votes(text, MEDIA) == (voted, [])


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Das mit der Anfahrt habe ich noch nicht verstanden.", id="de-anfahrt"),
        pytest.param("the one about parking – is there any?", id="en-parking-question"),
        pytest.param("Das mit den KI-Bildern finde ich eher überflüssig.", id="de-ueberfluessig"),
        pytest.param("Bloß nicht das mit Mastodon.", id="de-bloss-nicht-das-mit"),
        pytest.param("The one about AI pictures was last time, right?", id="en-last-time-q"),
        pytest.param("Whichever one you pick, I'm fine.", id="en-whichever-you-pick"),
        pytest.param("Das mit der Barrierefreiheit hatten wir doch schon.", id="de-hatten-wir"),
        pytest.param("Anything but the AI one.", id="en-anything-but"),
        pytest.param("Ich bin kein Fan von dem Thema mit den KI-Bildern.", id="de-kein-fan"),
        pytest.param("Das mit den Bildern war super letztes Mal.", id="de-past-evening"),
        pytest.param("Whichever one's about the pub quiz – that one.", id="en-no-such-topic"),
        pytest.param("Ich hätte gern das Thema, bei dem es um Vereinsrecht geht.", id="de-other"),
        pytest.param("Hauptsache nicht Mastodon.", id="de-hauptsache-nicht"),
        pytest.param("Mastodon interessiert mich null.", id="de-interessiert-null"),
        pytest.param("Interessiert mich alles, Hauptsache ich komme mit.", id="de-alles"),
    ],
)
def test_a_description_that_fits_no_listed_topic_or_turns_one_down_chooses_none(
    text: str,
) -> None:
    assert read_votes(text, CLUB)[0] == []


@pytest.mark.parametrize(
    ("text", "voted"),
    [
        pytest.param("i'd say 2", ["c2"], id="en-id-say"),
        pytest.param("Let's go with 3!", ["c3"], id="en-go-with"),
        pytest.param("Ich sag mal 3", ["c3"], id="de-sag-mal"),
        pytest.param("Hm, würde sagen 1.", ["c1"], id="de-wuerde-sagen"),
        pytest.param("I will go with 2 colleagues", [], id="en-go-with-company"),
        pytest.param("I'd say 2 of us", [], id="en-say-a-count"),
        pytest.param("I'd say 3 hours", [], id="en-say-a-duration"),
        pytest.param("going with 3 people", [], id="en-going-with-people"),
    ],
)
def test_a_number_said_as_the_members_verdict_is_a_vote_a_count_is_not(
    text: str, voted: list[str]
) -> None:
    assert read_votes(text, CLUB) == (voted, [])
