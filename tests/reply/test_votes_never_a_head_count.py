"""A number beside "I'm coming" counts people as readily as it picks a topic.

"Zusage für 2 bitte", "Count me in, 2 please", "Count us in: 3" answer the
invitation with a head count; read as a vote, the member would back a topic
they never chose. A bare number chosen by no more than "bitte", "für" or a
colon, in a reply that says who comes, is no vote; a word that only ever
picks a topic ("die 2", "bin für", "go for", "Thema 2", "favourite") still is.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics

HEAD_COUNTS = [
    ("Ich komme, bitte für 2 eintragen", "komme-bitte-fuer-2-eintragen"),
    ("Count me in, 2 please", "count-me-in-2-please"),
    ("Zusage für 2 bitte", "zusage-fuer-2-bitte"),
    ("Count us in: 3", "count-us-in-colon-3"),
    ("Wir sind zu zweit, also bitte für 2", "zu-zweit-also-fuer-2"),
    ("Zusage, Kollegin kommt mit, 2 bitte", "kollegin-kommt-mit-2-bitte"),
    ("Klar komme ich, nehme die 2 mit", "nehme-die-2-mit"),
    ("bin dabei!! für 2 bitte", "phone-haste-dabei-fuer-2"),
    ("ZUSAGE FÜR 3 BITTE", "all-caps-zusage-fuer-3"),
    ("yes coming, 2 pls", "coming-2-pls"),
    ("I'm in, for 2 please", "im-in-for-2-please"),
    ("Sign us up: 2", "sign-us-up-colon-2"),
    ("Melde mich an, bitte für 3", "melde-mich-an-fuer-3"),
    ("Bring my colleague, so 2 please", "bring-colleague-2-please"),
    ("Reserviert bitte für 2, meine Kollegin kommt mit", "reserviert-fuer-2"),
    ("komm mit partner, für 2 bitte 🙂", "komm-mit-partner-emoji"),
    ("Anmeldung: 2", "anmeldung-colon-2"),
    ("We're in! 3 please", "were-in-3-please"),
    ("Ich komme. Trag mich bitte für 2 ein", "trag-mich-fuer-2-ein"),
    ("Dabei, mit Begleitung, also für 2 bitte", "dabei-mit-begleitung"),
    ("Jo, komme. Für 2 bitte.", "jo-komme-fuer-2"),
    ("Attending, 2 please", "attending-2-please"),
    ("I'll join with a friend, for 2 please", "join-with-a-friend"),
    ("Bin dabei un bring ming Frau met, für 2 bitte", "koelsch-frau-met"),
]


@pytest.mark.parametrize("text", [pytest.param(text, id=name) for text, name in HEAD_COUNTS])
def test_a_bare_number_beside_who_comes_is_no_vote(text: str) -> None:
    assert extract_topics(text).votes == []


VOTES_BESIDE_AN_ANSWER = [
    ("Ja, ich komme. Da wäre ich für die 2.", [2], "waere-ich-fuer-die-2"),
    ("Ich komme! Bin für die 3.", [3], "bin-fuer-die-3"),
    ("Yes, I'm coming. I would go for 2.", [2], "go-for-2"),
    ("Komme gern. Nehme die 2.", [2], "nehme-die-2"),
    ("Bin dabei. Die 2 bitte.", [2], "die-2-bitte"),
    ("Zusage! Thema 2 bitte", [2], "zusage-thema-2-bitte"),
    ("Count me in. Topic 3 please", [3], "count-me-in-topic-3"),
    ("Ich komme mit Kollegin, und Nr. 1 fände ich super", [1], "kollegin-nr-1-super"),
    ("Ich komme. 2 finde ich spannend", [2], "2-finde-ich-spannend"),
    ("Coming with a colleague; my favourite is 3", [3], "favourite-is-3"),
    ("Ich komme, stimme für 1", [1], "stimme-fuer-1"),
    ("Bin dabei, #2 bitte", [2], "hash-2-bitte"),
    ("Dabei! Und Option 3 👍", [3], "option-3-thumbs"),
    ("I'll be there, voting for 1", [1], "voting-for-1"),
    ("Ja, komme. Meine Wahl: 3", [3], "meine-wahl-3"),
]


@pytest.mark.parametrize(
    ("text", "votes"),
    [pytest.param(text, votes, id=name) for text, votes, name in VOTES_BESIDE_AN_ANSWER],
)
def test_a_number_chosen_as_a_topic_beside_an_answer_is_still_a_vote(
    text: str, votes: list[int]
) -> None:
    assert extract_topics(text).votes == votes
