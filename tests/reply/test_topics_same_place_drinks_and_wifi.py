"""The same place again, drinks afterwards and a list of comforts are no topics.

"Vorschlag fürs nächste Mal: wieder hier, war gemütlich" picks the place,
"Idee für danach: noch was trinken gehen?" plans the rest of the night, and
"Wunschliste: Parkplatz, Kaffee, gute Laune" or "WLAN-Passwort an der Tür"
ask for comforts. A subject after the same labels ("Idee für danach: ein
Abend über Threads") is still a topic.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Hey, bin dabei. Vorschlag fürs nächste Mal: wieder hier, war gemütlich.",
            id="de-wieder-hier",
        ),
        pytest.param("Idee: gern wieder dort, das Essen war top.", id="de-gern-wieder-dort"),
        pytest.param(
            "Komme. Idee für danach: noch was trinken gehen?", id="de-noch-was-trinken-gehen"
        ),
        pytest.param("Idee: zusammen essen gehen", id="de-zusammen-essen-gehen"),
        pytest.param(
            "Wunschliste: Parkplatz, Kaffee, gute Laune. Komme!", id="de-parkplatz-kaffee"
        ),
        pytest.param(
            "Wünsche:\n* vegetarisches Essen\n* WLAN-Passwort an der Tür", id="de-wlan-passwort"
        ),
    ],
)
def test_the_place_the_drinks_and_comforts_name_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Idee für danach: ein Abend über Threads", "Threads", id="de-idee-fuer-danach"
        ),
        pytest.param(
            "Thema: Food-Fotografie fürs Essen", "Food-Fotografie fürs Essen", id="de-food"
        ),
        pytest.param(
            "Thema: Vereinsjubiläum online feiern",
            "Vereinsjubiläum online feiern",
            id="de-online-feiern",
        ),
    ],
)
def test_a_subject_after_such_labels_is_still_a_topic(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]
