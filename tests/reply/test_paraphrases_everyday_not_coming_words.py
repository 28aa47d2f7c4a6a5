"""Words in everyday mails that look like coming and are not, as strangers write them.

"Ich komme aus Bonn", "Ich komme gerade aus dem Urlaub" say where the member
comes from; "Ich bin dabei, meinen Umzug zu planen" what they are busy with;
"Normalerweise bin ich dabei", "I usually come" what they do on other evenings.
None of them is a yes for this evening: the rest of the mail answers, or a
person reads it.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ich komme gerade aus dem Urlaub und hab die Mail erst jetzt gesehen. Leider bin"
            " ich am 28. schon verplant.",
            id="de-komme-gerade-aus-dem-urlaub",
        ),
        pytest.param(
            "Ich komme aus Bonn und bin neu hier. Am 28. kann ich leider nicht.",
            id="de-komme-aus-bonn",
        ),
        pytest.param(
            "Ich bin dabei, meinen Umzug zu planen, deshalb kann ich am 28. nicht.",
            id="de-bin-dabei-zu-planen",
        ),
        pytest.param(
            "Normalerweise bin ich donnerstags dabei, diesmal nicht.", id="de-normalerweise"
        ),
    ],
)
def test_words_that_only_look_like_coming_leave_the_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I usually come, but this time I'm in Rome.", id="en-usually-come"),
        pytest.param(
            "Ich komme immer gern zu euch, aber am 28. bin ich auf Dienstreise.",
            id="de-immer-gern-but-away",
        ),
        pytest.param("Ich komme ursprünglich aus Wien.", id="de-origin-alone"),
    ],
)
def test_what_the_member_usually_does_is_never_a_yes_for_this_evening(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Immer gerne!", id="de-immer-gerne"),
        pytest.param("As always, count me in.", id="en-as-always"),
        pytest.param("Bin wie immer dabei.", id="de-wie-immer"),
        pytest.param("Ich bin dabei, um mal wieder Leute zu treffen.", id="de-dabei-um-zu"),
        pytest.param("Bin dabei, freu mich schon!", id="de-dabei-freu-mich"),
        pytest.param("I always enjoy these evenings, see you on the 28th.", id="en-always-enjoy"),
        pytest.param(
            "Normalerweise kann ich donnerstags nicht, diesmal komme ich.",
            id="de-normally-not-this-time-yes",
        ),
    ],
)
def test_a_yes_beside_such_words_stays_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


def test_coming_straight_from_work_is_no_origin() -> None:
    assert read_intent("Ich komme direkt aus dem Büro, also vielleicht 19:15.").answer in (
        Answer.YES,
        Answer.MAYBE,
    )
