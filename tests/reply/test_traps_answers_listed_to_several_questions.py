"""Answers to several questions, one list item each: "1. Ja, ich komme. 2. Nein, keine
Begleitung. 3. Vegetarisch bitte.", "* Coming: yes * Guests: none". The no-words of
the other items answer their own questions; the item on coming gives the answer. Where
no item is clearly the coming's ("1. ja 2. vegetarisch 3. nein"), or another item says
more than a short answer ("Nachtrag: leider doch nicht"), nothing is taken apart."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "1. Ja, ich komme.\n2. Nein, keine Begleitung.\n3. Vegetarisch bitte.", id="numbered"
        ),
        pytest.param(
            "* Coming: yes\n* Guests: none\n* Food: vegetarian if possible", id="bulleted"
        ),
        pytest.param("- Attending: yes\n- Arriving: around 7\n- Dietary: none", id="dashes"),
        pytest.param("- Kommen: ja\n- Begleitung: nein\n- Essen: vegan", id="kommen-label"),
        pytest.param("RSVP: yes\nPlus one: no\nDiet: none", id="labelled-lines"),
        pytest.param("1) Yes, I will come\n2) No guests\n3) No allergies", id="parenthesis"),
    ],
)
def test_the_item_on_coming_gives_the_answer(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("- Teilnahme: nein\n- Begleitung: -\n- Essen: egal", id="teilnahme-nein"),
        pytest.param("Antwort: ja\nNachtrag: leider doch nicht, sorry", id="nachtrag-turns"),
        pytest.param("1. Ja, ich komme.\n2. Nein.\n3. Update: kann doch nicht.", id="update-turns"),
    ],
)
def test_a_no_on_coming_or_a_later_turn_stays_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO


def test_a_list_that_does_not_say_which_item_is_the_coming_goes_to_a_person() -> None:
    read = analyse(_mail("1. ja 2. vegetarisch 3. nein"))
    assert read.answer is None
    assert read.answer_problem
