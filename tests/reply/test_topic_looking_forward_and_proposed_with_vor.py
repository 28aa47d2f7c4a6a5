"""Looking forward to the evening's own topic wishes none; "… vorschlagen" does.

"Ich komme und freu mich, was über Newsletter zu lernen" looks forward to the
evening; it suggests nothing, and its "Ich komme" is the answer. A proposal
whose verb closes the sentence ("ich würde gern das Thema X vorschlagen",
"Ich schlage einen Abend zum Thema X vor") names X.
"""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.topic_text import extract_topics
from tests.reply.plain_reply import plain_reply


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ich komme und freu mich, was über Newsletter zu lernen.", id="de-freu-lernen"
        ),
        pytest.param(
            "Ich freue mich schon, etwas über KI-Bilder zu erfahren. Bin dabei.",
            id="de-freue-erfahren",
        ),
        pytest.param("Wir freuen uns, mehr über SEO zu hören!", id="de-freuen-hoeren"),
        pytest.param(
            "I'll be there on the 28th – really keen to learn more about measuring success.",
            id="en-really-keen",
        ),
        pytest.param("I'm so keen to learn more about SEO on Thursday!", id="en-im-so-keen"),
        pytest.param(
            "Looking forward to learning something about newsletters on Thursday.",
            id="en-looking-forward",
        ),
    ],
)
def test_looking_forward_to_learning_suggests_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []


def test_looking_forward_keeps_the_yes() -> None:
    reply = analyse(plain_reply("Ich komme und freu mich, was über Newsletter zu lernen."))
    assert reply.topics == []
    assert reply.answer is not None and reply.answer.value == "yes"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "I'd be keen to hear about Discord for youth clubs.",
            "Discord for youth clubs",
            id="en-id-be-keen",
        ),
        pytest.param(
            "Would be keen to learn more about podcast editing some time.",
            "Podcast editing",
            id="en-would-be-keen",
        ),
    ],
)
def test_a_wish_to_learn_said_as_a_wish_is_still_a_topic(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


def test_an_offer_to_tell_about_a_subject_is_still_a_topic() -> None:
    assert extract_topics("Ich würde gern mal was über Podcasts erzählen.").titles == ["Podcasts"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Ich würde gern mal das Thema Barrierefreie Websites vorschlagen.",
            "Barrierefreie Websites",
            id="de-wuerde-vorschlagen",
        ),
        pytest.param(
            "Ich schlage einen Abend zum Thema Hospizarbeit sichtbar machen vor.",
            "Hospizarbeit sichtbar machen",
            id="de-schlage-vor",
        ),
        pytest.param(
            "Wir möchten hiermit einen Vortrag über Crowdfunding für Vereine anregen.",
            "Crowdfunding für Vereine",
            id="de-moechten-anregen",
        ),
        pytest.param(
            "Ich schlage euch das Thema Wahlwerbung auf TikTok vor, komme aber nicht.",
            "Wahlwerbung auf TikTok",
            id="de-schlage-euch-vor",
        ),
        pytest.param(
            "Wir würden gern ein Thema wie Vereinsfotos und Datenschutz einbringen.",
            "Vereinsfotos und Datenschutz",
            id="de-einbringen",
        ),
    ],
)
def test_a_proposal_whose_verb_closes_the_sentence_names_its_topic(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


def test_a_proposal_turned_down_names_none() -> None:
    assert extract_topics("Ich würde nicht das Thema KI vorschlagen.").titles == []
