"""Asking leave to bring one person, beside a clear yes: the member comes with one guest.

"Ich bin dabei! Darf ich jemanden mitbringen?" says yes and asks for one
more; the organizer sees the guest on the list and may still say no. Without
a yes, for several people, or for things ("meinen Laptop", "was zu essen")
a person reads the question.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from somek_tui.models import Answer


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich komme! Darf ich jemanden mitbringen?", id="darf-ich-jemanden"),
        pytest.param(
            "Ich bin dabei! Darf ich jemanden mitbringen? Meine Kollegin Miriam würde gerne "
            "mal reinschnuppern.",
            id="darf-ich-jemanden-then-named",
        ),
        pytest.param("Ja gerne. Kann ich meine Kollegin mitbringen?", id="kann-ich-meine-kollegin"),
        pytest.param("Ich komme. Darf ich meinen Mann mitbringen?", id="darf-ich-meinen-mann"),
        pytest.param("Count me in! Can I bring a friend?", id="can-i-bring-a-friend"),
        pytest.param("Yes. Could I bring my partner along?", id="could-i-bring-my-partner"),
        pytest.param("Yes! Is a plus-one ok?", id="is-a-plus-one-ok"),
        pytest.param(
            "Ich komme. Darf meine Kollegin aus der Buchhaltung mitkommen?",
            id="darf-meine-kollegin-mitkommen",
        ),
        pytest.param("I'm in! Can my wife come along?", id="can-my-wife-come-along"),
        pytest.param("Bin dabei. Kann mein Mann auch mit?", id="kann-mein-mann-auch-mit"),
    ],
)
def test_a_yes_asking_leave_for_one_person_brings_one_guest(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests, intent.problem) == (Answer.YES, 1, "")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Darf ich jemanden mitbringen?", id="no-answer-beside-it"),
        pytest.param("Leider nein. Darf ich jemanden mitbringen?", id="beside-a-no"),
        pytest.param("Ich komme. Kann ich meine Kinder mitbringen?", id="several-children"),
        pytest.param("Ich komme. Kann ich meine Kollegen mitbringen?", id="maybe-several"),
        pytest.param("Ich komme. Can I bring my slides?", id="slides"),
        pytest.param(
            "Ich komme mit Anna. Darf ich noch jemanden mitbringen?", id="one-more-beside-one"
        ),
        pytest.param("Kann mein Kollege mitkommen?", id="companion-asked-without-a-yes"),
    ],
)
def test_asking_without_a_yes_or_for_several_or_for_things_goes_to_a_person(text: str) -> None:
    intent = read_intent(text)
    assert intent.answer is None
    assert "bringing someone" in intent.problem


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich komme. Kann ich meinen Laptop mitbringen?", id="a-thing"),
        pytest.param("Ich komme. Soll ich was mitbringen?", id="food"),
    ],
)
def test_asking_to_bring_a_thing_leaves_the_yes_without_a_guest(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests, intent.problem) == (Answer.YES, 0, "")
