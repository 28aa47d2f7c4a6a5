"""Everyday sentences that share the words of a suggestion's newer forms suggest nothing.

A quoted word ("Ich würde „Ja“ sagen"), an outing or a start time "wäre auch mal was",
someone asked to bring the projector, a pick for the next meetup that is a place or a
day, a label "von mir" followed by "kommt später", the money or the place to talk about,
a place in a list of rounds, dates or trains, a concert or a city "worth" a trip: none of
them is a topic suggestion.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    "text",
    [
        "Ich würde „Ja“ sagen.",
        "Ich schlage vor, wir treffen uns „vor der Tür“.",
        "Als Thema letztes Mal hatten wir Canva, das war super.",
        "Thema Parken wäre mal was für die Orga.",
        "Essen gehen wäre auch mal was.",
        "Ein Ausflug ins Grüne wäre auch mal was.",
        "Ein Sommerfest im Garten wäre auch mal was.",
        "Früher anfangen wäre auch mal was.",
        "Jemand sollte mal den Beamer mitbringen.",
        "Someone should do a talk on it someday.",
        "Someone should give a lift to Anna.",
        "Ich wünsche mir ein Treffen mit weniger Lärm.",
        "My vote for the next evening is Thursday.",
        "My pick for the next meetup is the Italian place.",
        "#Ehrenamt #Stammtisch",
        "#Themenwunsch",
        "Themenwunsch von mir – kommt später.",
        "Idea from me: let's meet at 7.",
        "Über den Ort sollten wir mal reden.",
        "Über Geld sollten wir mal reden.",
        "Mehr Zeit bitte!",
        "Mehr zu essen bitte!",
        "Would love something warm to drink.",
        "Requesting a table near the window.",
        "Für den nächsten Abend wünsche ich mir wieder das Café.",
        "Für den nächsten Abend wünsche ich mir einen früheren Start.",
        "Das erste Mal bitte mit Namensschildern.",
        "Die erste Runde bitte auf mich.",
        "The first round please!",
        "Ich nehme den zweiten Termin.",
        "I'd take the second date.",
        "Das Konzert wäre einen Abend wert.",
        "Der Biergarten wäre einen Abend wert.",
        "The venue deserves its own night.",
        "The food might be worth a trip.",
        "Ich komme, das wäre mir den Abend wert.",
        "Köln wäre eine Reise wert.",
        "Mich würde brennend interessieren, wo wir sitzen.",
        "Als Thema ist mir egal, was ihr nehmt.",
        "Der Vortrag neulich wäre auch mal was für YouTube gewesen.",
    ],
)
def test_an_everyday_sentence_with_the_words_of_a_suggestion_suggests_nothing(text: str) -> None:
    found = extract_topics(text)
    assert found.titles == []
    assert found.votes == []
