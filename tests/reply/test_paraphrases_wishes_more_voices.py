"""Wishes in more voices: what could have been, a note without a subject, a wish that
waits on something not yet known.

"I'd so have liked to come" is a no however the adverb sits between "would" and
"have"; "Would be delighted to join you" is a yes without its "I"; "Ich würde
wahnsinnig gern, muss aber erst meinen Dienst tauschen" waits on the swap: a doubt,
not a no."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

WISHES = [
    pytest.param(
        "I'd so have liked to come, but my onboarding trip is that week.",
        Answer.NO,
        id="so-have-liked-but-trip",
    ),
    pytest.param(
        "We'd really have loved to join, but we're in Lisbon.", Answer.NO, id="really-have-loved"
    ),
    pytest.param("I would truly have loved to be there.", Answer.NO, id="truly-have-loved"),
    pytest.param("I'd so have liked to come.", Answer.NO, id="so-have-liked-alone"),
    pytest.param("Would be delighted to join you on the 28th.", Answer.YES, id="note-delighted"),
    pytest.param("Would be thrilled to come!", Answer.YES, id="note-thrilled"),
    pytest.param(
        "Ich hätte riesig Lust auf den Abend und mein Kalender sagt auch ja.",
        Answer.YES,
        id="lust-auf-den-abend",
    ),
    pytest.param("Hab total Bock auf den Stammtisch!", Answer.YES, id="bock-auf-den-stammtisch"),
    pytest.param(
        "I'd really love to make it; I'll know for sure on Tuesday.",
        Answer.MAYBE,
        id="know-for-sure-on-tuesday",
    ),
    pytest.param("Would love to come, I'll know by Monday.", Answer.MAYBE, id="know-by-monday"),
    pytest.param(
        "Ich möchte wirklich gern teilnehmen, kann es aber erst kurzfristig sagen, weil der "
        "Messeplan noch nicht fix ist.",
        Answer.MAYBE,
        id="erst-kurzfristig-sagen",
    ),
    pytest.param(
        "Ich würde wahnsinnig gern, muss aber erst meinen Dienst tauschen. Drückt mir die Daumen.",
        Answer.MAYBE,
        id="erst-dienst-tauschen",
    ),
    pytest.param(
        "Würde gern kommen, weiß aber erst am Dienstag sicher, ob es klappt.",
        Answer.MAYBE,
        id="weiss-erst-am-dienstag",
    ),
    pytest.param(
        "I'd love to come but I need to swap my shift first.", Answer.MAYBE, id="swap-shift-first"
    ),
    pytest.param(
        "I'll be there, I'll know more about the slides by Monday.", Answer.YES, id="know-slides"
    ),
    pytest.param(
        "Ich komme! Ich muss nur erst noch klären, ob ich den Beamer mitbringe.",
        Answer.YES,
        id="klaeren-beamer",
    ),
]


@pytest.mark.parametrize(("text", "meant"), WISHES)
def test_a_wish_is_read_for_what_it_wishes(text: str, meant: Answer) -> None:
    assert read_intent(text).answer is meant


NOT_A_YES = [
    pytest.param("Ich hätte Lust auf einen Vortrag über Mastodon.", id="lust-auf-topic"),
    pytest.param(
        "I was so hoping to make this one. Alas, my flight back from Lisbon lands at 11pm.",
        id="was-so-hoping-alas",
    ),
    pytest.param("I was really looking forward to it, but I'm stuck in Berlin.", id="stuck"),
    pytest.param("Ich kann nicht, ich muss erst noch die Steuer klären.", id="kann-nicht-steuer"),
]


@pytest.mark.parametrize("text", NOT_A_YES)
def test_a_wish_for_a_topic_or_a_hope_that_was_is_never_a_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES
