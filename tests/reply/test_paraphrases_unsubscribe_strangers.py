"""Leaving the list in words our corpus never used, and signing off one evening.

The mail itself no longer wanted, under any name ("Newsletter",
"Zusendungen", "these emails"), the address asked to be deleted as a noun
("Bitte um Löschung meiner Daten"), short forms ("unsub"), any article
before the list. "Ich melde mich ab" with a reason for the evening ("bin
krank", "komme diesmal nicht"), signing off again ("muss mich wieder
abmelden") or off the list of those coming ("Zusageliste", "RSVP list")
declines the evening and keeps the member.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer


def _params(rows: list[tuple[str, str]]) -> list[object]:
    return [pytest.param(text, id=name) for text, name in rows]


LEAVES = [
    ("Ich möchte diese Newsletter nicht mehr erhalten", "de-newsletter-nicht-mehr"),
    ("Bitte aus Verteiler streichen", "de-ohne-artikel"),
    ("Bitte keine weiteren Zusendungen.", "de-zusendungen"),
    ("Ich möchte nicht mehr auf der Liste stehen.", "de-nicht-mehr-auf-der-liste"),
    ("Bitte setzt mich nicht mehr auf den Verteiler.", "de-nicht-mehr-auf-den-verteiler"),
    ("Ich verzichte künftig auf die Einladungen.", "de-verzichte"),
    ("Ich hab kein Interesse mehr, bitte löschen.", "de-kein-interesse-loeschen"),
    ("Tragt mich bitte aus", "de-tragt"),
    ("Bitte um Löschung meiner Daten.", "de-loeschung-daten"),
    ("Ich bitte um Löschung meiner E-Mail-Adresse.", "de-loeschung-adresse"),
    ("Ich will hier raus.", "de-hier-raus"),
    ("Bitte nimm mich aus deinem Verteiler", "de-deinem"),
    ("Hör auf mir zu schreiben.", "de-hoer-auf"),
    ("Hey, kannst du mich aus der Liste nehmen? Danke!", "de-kannst-du-frage"),
    ("Nehmt mich bitte von der Liste runter", "de-runter"),
    ("ICH MÖCHTE KEINE RUNDMAILS MEHR", "de-caps-rundmails"),
    ("Hiermit melde ich mich ab.", "de-hiermit-schlicht"),
    ("Hiermit melde ich mich vom Verteiler ab, bin krank geworden und ziehe um.", "de-verteiler"),
    ("please unsub", "en-unsub"),
    ("I'd rather not get these emails anymore.", "en-rather-not"),
    ("Not interested anymore, please remove.", "en-not-interested"),
    ("Please cancel my subscription.", "en-cancel-subscription"),
    ("No longer interested - please remove", "en-no-longer-interested"),
    ("hi pls unsub me thx", "en-phone"),
    ("Hallo, please unsub, danke", "mixed-unsub"),
    ("Hiermit widerrufe ich meine Einwilligung zur Nutzung meiner Daten.", "de-widerruf"),
    ("Datenlöschung", "de-datenloeschung-betreff"),
    ("Please stop the emails.", "en-stop-the-emails"),
    ("I want off this list.", "en-want-off"),
    ("I no longer want these emails.", "en-no-longer-want"),
    ("Count me out of future mailings.", "en-future-mailings"),
    ("Bitte aus dem Verteiler nehmen, bin ab 1.2. weg", "de-ab-datum"),
    ("Bitte streicht mich bis 28.2. von der Liste", "de-bis-datum"),
]

EVENING = [
    ("Ich melde mich ab, komme diesmal nicht.", "de-diesmal"),
    ("Muss mich leider abmelden, bin krank.", "de-krank"),
    ("Ich melde mich ab - Grippe.", "de-grippe"),
    ("Ich muss mich wieder abmelden, sorry.", "de-wieder"),
    ("Ich trage mich wieder aus, bin doch verhindert.", "de-wieder-aus"),
    ("Bitte streich mich von der Zusageliste, ich kann doch nicht.", "de-zusageliste"),
    ("Nehmt mich von der Teilnehmerliste, bin auf Dienstreise.", "de-teilnehmerliste"),
    ("Please take me off the RSVP list, I can't come after all.", "en-rsvp-list"),
    ("Take me off the attendee list please, sick kid at home.", "en-attendee-list"),
    ("melde mich ab bin krank", "de-diktiert"),
    ("Abmeldung Stammtisch 28.1.", "de-datum-betreff"),
    ("Abmeldung 28.01.", "de-nur-datum"),
    ("I'll opt out of this one, see you next month.", "en-this-one"),
]


@pytest.mark.parametrize("text", _params(LEAVES))
def test_the_list_left_in_a_strangers_words_unsubscribes(text: str) -> None:
    assert read_intent(text).unsubscribe


@pytest.mark.parametrize("text", _params(EVENING))
def test_signing_off_the_evening_is_a_no_and_keeps_the_member(text: str) -> None:
    intent = read_intent(text)
    assert not intent.unsubscribe
    assert intent.answer is Answer.NO
