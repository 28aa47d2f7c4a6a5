"""Numbers that choose no topic: a question, another evening, a label, a count.

A stranger's reply is full of numbers that are not votes: "Welches ist Thema
2?", "Letztes Mal war Thema 2 echt gut", "Version 2 der Folien", "die 2
Stühle". Recording one as a vote counts a choice the member never made; the
reader leaves them alone and still reads the votes beside them.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics

NOT_VOTES = [
    # a question asks about a topic, it does not choose it
    ("Welches ist Thema 2? Der Link geht nicht", "which-is-topic-2"),
    ("Was genau ist bei Thema 2 gemeint?", "what-is-meant-by-topic-2"),
    ("What's topic 3 about?", "whats-topic-3-about"),
    ("Is option 2 still open?", "is-option-2-still-open"),
    ("Geht Nr. 3 auch online?", "does-nr-3-work-online"),
    ("wer macht eigentlich thema 1??", "who-does-topic-1-lowercase"),
    ("Can someone explain #2?", "explain-hash-2"),
    ("Ist Punkt 4 fix oder nur eine Idee?", "is-point-4-fixed"),
    # another evening, or what might have been
    ("Letztes Mal war Thema 2 echt gut, diesmal kann ich leider nicht", "last-time-topic-2-good"),
    ("Thema 2 wäre gut gewesen, aber ich kann nicht", "topic-2-would-have-been-good"),
    ("Topic 3 was great last time", "topic-3-was-great-last-time"),
    ("Damals fand ich Nr. 1 super", "back-then-nr-1"),
    ("Beim letzten Mal hatten wir Option 2, das war spannend", "last-time-option-2"),
    ("LETZTES MAL WAR THEMA 3 TOLL", "all-caps-last-time"),
    ("Last year option 1 was my favourite", "last-year-option-1"),
    # a number that labels something else
    ("Version 2 der Folien bitte schicken", "version-2-of-the-slides"),
    ("Tisch für 4 bitte", "table-for-4"),
    ("Platz 3 bitte reservieren", "seat-3-reserve"),
    ("Raum 2 ist besser als Raum 1", "room-2-better-than-room-1"),
    ("Seite 2 der Einladung war leer", "page-2-was-empty"),
    ("Page 3 of the invite is blank, please resend", "page-3-blank"),
    ("Kapitel 2 finde ich super, lese ich gerade", "chapter-2-great"),
    ("Room 2 please, the big one", "room-2-please"),
    ("Ich gebe der Veranstaltung 2 Sterne", "two-stars"),
    ("Meine 2 Cent: das Format ist zu lang", "my-2-cents"),
    ("Zu Punkt 2 deiner Mail: der Raum ist mir zu klein", "point-2-of-your-mail"),
    ("Danke für die Info zu Punkt 3, hab ich verstanden", "info-on-point-3"),
    ("Noch eine Frage zu Thema 2: braucht man einen Laptop", "a-question-on-topic-2"),
    ("Re point 2 of your mail: parking is at the back", "re-point-2-of-your-mail"),
    ("Gleis 3, Zug hat 20 Minuten Verspätung", "platform-3"),
    # a number that counts or orders a thing
    ("Nimm die 2 Stühle aus dem Keller mit", "take-the-2-chairs"),
    ("Bitte schick mir die 2 Dateien nochmal", "send-the-2-files"),
    ("Zoom-Link bitte für die 2. Hälfte", "link-for-the-2nd-half"),
    ("Super, ich bringe 2 Flaschen Wein", "bring-2-bottles"),
    ("1 Frage: gibt es Parkplätze", "one-question"),
    ("2 Fragen noch: wo und wann", "two-questions"),
    ("Den 2. Teil schaff ich nicht", "the-2nd-part"),
    ("Ich nehme die 3 Kuchen mit", "take-the-3-cakes"),
    # someone else's view, told
    ("Sabine meinte, Nr. 1 wäre gut", "sabine-meinte"),
    ("Mein Mann sagt Thema 3, ich hab keine Meinung", "mein-mann-sagt"),
    ("My colleague says topic 2 would be good", "colleague-says"),
    ("Jörg findet die 2 spannend, er meldet sich selbst", "joerg-findet"),
    # the list itself, not a choice from it
    ("Thema 2 und 3 sind doppelt", "topics-2-and-3-twice"),
    ("Nr. 2 gibt es zweimal in der Liste", "nr-2-twice-in-the-list"),
    ("Nummer 3 fehlt in der Mail", "nr-3-missing"),
    ("Topic 4 is missing from the list", "topic-4-missing"),
    # company, times and dates (kept from before)
    ("Ich komme, bringe 2 mit", "bring-2-along"),
    ("Klar, 2 Personen", "two-people"),
    ("Wir sind zu zweit", "the-two-of-us"),
    ("Bin ab 7 da", "there-from-7"),
    ("Sorry, am 3. bin ich im Urlaub", "away-on-the-3rd"),
    ("Can I bring 1 friend?", "bring-1-friend"),
    ("Thema 3 hatten wir doch schon letztes Jahr", "topic-3-had-it-last-year"),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for t, i in NOT_VOTES])
def test_a_number_that_chooses_no_topic_is_no_vote(text: str) -> None:
    assert extract_topics(text).votes == []


VOTES = [
    ("Thema 2 bitte", [2], "topic-2-please"),
    ("Nr. 3 👍", [3], "nr-3-thumbs"),
    ("1+3", [1, 3], "one-plus-three"),
    ("Die 2 Bitte!", [2], "die-2-bitte-capitalised"),
    ("2 Fände ich gut", [2], "2-faende-capitalised"),
    ("Ich nehme die 3. Kann man da was vorbereiten?", [3], "vote-then-a-question"),
    ("Kommt Thema 1 auch dran? Meine Stimme: 3", [3], "question-then-vote"),
    ("Letztes Mal war's KI. Diesmal bitte Thema 2", [2], "past-sentence-then-vote"),
    ("Komme mit 2 Kollegen. Thema 3 finde ich spannend", [3], "guests-then-vote"),
    ("Punkt 2 und 4", [2, 4], "points-2-and-4"),
    ("Meine Wahl: 2 und 3", [2, 3], "my-choice-2-and-3"),
    ("2️⃣ ganz klar", [2], "keycap-2"),
    ("Sabine meinte 1. Ich nehme aber die 3", [3], "told-then-own-choice-next-sentence"),
    ("Das sagt mir zu: Nr. 2", [2], "das-sagt-mir-zu"),
    ("Nr. 2 steht bei mir ganz oben", [2], "nr-2-steht-ganz-oben"),
]


@pytest.mark.parametrize(("text", "numbers"), [pytest.param(t, n, id=i) for t, n, i in VOTES])
def test_a_vote_beside_such_numbers_is_still_read(text: str, numbers: list[int]) -> None:
    assert extract_topics(text).votes == numbers
