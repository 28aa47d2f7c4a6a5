"""After a reminder, the answer on record kept or changed, as strangers say it.

"Hab's auf dem Schirm", "Zusage steht", "my RSVP still stands" keep the yes
given before; a place given up ("gebt meinen Platz weiter"), a double
booking, something that came up or a forgotten clash never say it stands,
even beside thanks for the reminder. Most replies that keep the answer say
yes in words the answer reader knows; the few that do not are read here.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.reminder_reply import answer_stands
from mail.types import Answer

STANDS = [
    ("Keine Sorge, hab's auf dem Schirm.", "de-auf-dem-schirm"),
    ("Habe ich auf dem Zettel, danke!", "de-auf-dem-zettel"),
    ("Meine Zusage gilt weiterhin.", "de-zusage-gilt"),
    ("Zusage steht!", "de-zusage-steht"),
    ("My RSVP still stands.", "en-rsvp-stands"),
    ("It's on my radar, thanks.", "en-radar"),
    ("Danke für die Erinnerung, ich bin dabei wie angekündigt!", "de-wie-angekuendigt"),
    ("Danke fürs Erinnern! Steht fett im Kalender.", "de-fett-im-kalender"),
    ("Thanks for the reminder, see you there!", "en-see-you-there"),
    ("It's in the diary, see you then!", "en-diary"),
    ("Noted, see you Thursday!", "en-noted"),
    ("Danke, bin nach wie vor dabei.", "de-nach-wie-vor"),
    ("Ich komme wie besprochen, danke fürs Erinnern.", "de-wie-besprochen"),
]

KEPT_IN_OTHER_WORDS = [
    ("Jo, passt, bis Donnerstag!", "de-jo-passt"),
    ("Alles klar, ich komme wie geplant.", "de-wie-geplant"),
    ("Bin weiterhin dabei 👍", "de-weiterhin"),
    ("Läuft, bis dann!", "de-laeuft"),
    ("Still coming, thanks!", "en-still-coming"),
    ("All good, see you Thursday.", "en-all-good"),
    ("Yes still coming 🙂", "en-yes-still"),
    ("Count me in still!", "en-count-me-in-still"),
    ("Cheers, still planning to be there.", "en-still-planning"),
]

CHANGED = [
    ("Oh, gut dass ihr erinnert: ich hab's doppelt gebucht. Gebt meinen Platz weiter.", "de-platz"),
    ("Thanks for the reminder – I'm afraid something came up.", "en-came-up"),
    ("Thanks for the nudge, I completely forgot – I'm in Berlin that day.", "en-forgot"),
    ("Danke fürs Erinnern – ich muss leider doch absagen.", "de-absagen"),
    ("Danke! Ich bin krank, wird nichts.", "de-krank"),
    ("Noted, but I can't make it after all.", "en-after-all"),
    ("Danke, aber ich schaffe es nun doch nicht.", "de-doch-nicht"),
    ("Passt leider nicht mehr, sorry.", "de-passt-nicht-mehr"),
    ("Hab's im Kalender, aber da ist was dazwischengekommen.", "de-dazwischen"),
    ("Thanks for the reminder, I double-booked myself, give my spot away.", "en-double-booked"),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for t, i in STANDS])
def test_the_answer_on_record_said_to_stand_in_a_new_voice(text: str) -> None:
    assert answer_stands(text)


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for t, i in KEPT_IN_OTHER_WORDS])
def test_a_yes_said_again_after_a_reminder_is_read_as_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for t, i in CHANGED])
def test_a_change_after_the_reminder_never_says_the_answer_stands(text: str) -> None:
    assert answer_stands(text) == ""
    assert read_intent(text).answer is not Answer.YES
