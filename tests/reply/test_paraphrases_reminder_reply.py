"""After a reminder, words that only say the answer on record stands, and words that change it."""

from __future__ import annotations

import pytest

from mail.reminder_reply import answer_stands

STANDS = [
    ("Cheers for the nudge – still on!", "en-nudge"),
    ("Still in 👍", "en-still-in"),
    ("Haven't forgotten, thanks!", "en-not-forgotten"),
    ("It's in my calendar.", "en-calendar"),
    ("All as planned.", "en-as-planned"),
    ("Thanks for the reminder!", "en-thanks-reminder"),
    ("Bleibt dabei!", "de-bleibt-dabei"),
    ("Ich bleibe dabei 🙂", "de-bleibe-dabei"),
    ("Hab's nicht vergessen 😉", "de-nicht-vergessen"),
    ("Steht im Kalender, danke.", "de-kalender"),
    ("Alles beim Alten.", "de-beim-alten"),
    ("Gilt weiterhin.", "de-gilt"),
    ("Danke, ist notiert!", "de-notiert"),
    ("jo bleibt so", "de-phone"),
    ("BLEIBT DABEI", "de-caps"),
]

CHANGES = [
    ("Still on? Sorry, I can't after all.", "en-after-all"),
    ("Thanks for the reminder – unfortunately I have to cancel.", "en-cancel"),
    ("Bleibt dabei – leider doch nicht, sorry.", "de-doch-nicht"),
    ("Hab's nicht vergessen, aber ich muss leider absagen.", "de-absagen"),
    ("Vielleicht, ich schau mal.", "de-vielleicht"),
    ("Danke!", "de-only-thanks"),
]


@pytest.mark.parametrize(("text", "_id"), [pytest.param(t, i, id=i) for t, i in STANDS])
def test_words_that_keep_the_answer_on_record_say_it_stands(text: str, _id: str) -> None:
    assert answer_stands(text)


@pytest.mark.parametrize(("text", "_id"), [pytest.param(t, i, id=i) for t, i in CHANGES])
def test_a_change_of_mind_or_nothing_at_all_says_nothing_stands(text: str, _id: str) -> None:
    assert answer_stands(text) == ""
