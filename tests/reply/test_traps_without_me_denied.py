""" "Ohne mich" denied or made a loss is coming: "Ohne mich geht's nicht", "Es geht nicht
ohne mich", "Ohne mich wär's doch langweilig", "It'd be boring without me". The evening
cannot be, or would be poorer, without the member. Read as the refusal "ohne mich",
"Ohne mich geht's nicht" was a no. What leaves the member out is still a no ("Ohne
mich, ich bin in Rom", "Ihr müsst ohne mich auskommen")."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

COMING = [
    pytest.param("Ohne mich geht's nicht! Bis Donnerstag", id="geht-s-nicht"),
    pytest.param("Ohne mich gehts ja wohl nicht 😉", id="gehts-ohne-apostroph"),
    pytest.param("Es geht nicht ohne mich", id="es-geht-nicht-ohne"),
    pytest.param("Geht ja eh nicht ohne mich", id="geht-ja-eh-nicht-ohne"),
    pytest.param("Das läuft doch nicht ohne mich!", id="laeuft-doch-nicht-ohne"),
    pytest.param("Ohne mich wär's ja langweilig 😜", id="waers-langweilig"),
    pytest.param("Ohne mich wäre es doch nur halb so lustig!", id="nur-halb-so-lustig"),
    pytest.param("It would be so boring without me!", id="en-boring-without-me"),
    pytest.param("You can't start without me, surely", id="en-cant-start-without-me"),
]


@pytest.mark.parametrize("text", COMING)
def test_the_evening_not_without_the_member_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", COMING)
def test_the_evening_not_without_the_member_is_never_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ohne mich, ich bin in Rom", id="ohne-mich-rom"),
        pytest.param("Ohne mich diesmal, sorry", id="ohne-mich-diesmal"),
        pytest.param("Ihr müsst ohne mich auskommen", id="ohne-mich-auskommen"),
        pytest.param("Es wird diesmal ohne mich gehen müssen", id="ohne-mich-gehen-muessen"),
    ],
)
def test_the_evening_left_to_the_others_stays_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ohne mich? Niemals. Bis Donnerstag!", id="ohne-mich-niemals"),
        pytest.param("Ohne mich? Auf keinen Fall!", id="ohne-mich-auf-keinen-fall"),
        pytest.param("Ohne uns? Nie und nimmer!", id="ohne-uns-nie-und-nimmer"),
        pytest.param("Without me? Never!", id="without-me-never"),
        pytest.param("The meetup without me? Not on your life!", id="without-me-not-on-your-life"),
    ],
)
def test_the_evening_without_the_member_asked_and_denied_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Me, miss it? Never!", id="me-miss-it-never"),
        pytest.param("Ich, fehlen? Niemals!", id="ich-fehlen-niemals"),
        pytest.param("Absage? Nö!", id="absage-noe"),
    ],
)
def test_giving_up_asked_with_a_comma_or_as_a_noun_and_denied_is_never_recorded_as_no(
    text: str,
) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


def test_accepting_asked_and_denied_stays_a_no() -> None:
    assert read_intent("Zusage? Nö.").answer is Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ohne mich beim Karaoke – ansonsten gern dabei", id="ohne-mich-karaoke"),
        pytest.param("Ja, geht klar, aber ohne mich beim Aufbau", id="ohne-mich-aufbau"),
        pytest.param("Bin dabei, nur ohne mich bei der Vorstellungsrunde", id="vorstellungsrunde"),
        pytest.param("Count me in, just without me for the quiz", id="without-me-quiz"),
    ],
)
def test_a_part_of_the_evening_left_out_is_never_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ohne mich beim Stammtisch diesmal", id="ohne-mich-beim-stammtisch"),
        pytest.param("Ohne mich beim nächsten Treffen, sorry", id="ohne-mich-naechsten"),
    ],
)
def test_the_evening_itself_without_the_member_stays_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
