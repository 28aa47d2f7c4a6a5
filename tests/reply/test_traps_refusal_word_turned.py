"""The words of a short refusal said so that they mean coming. "Ohne mich" denied ("Kein
Stammtisch ohne mich", "Ohne mich läuft da nix", "Not without me!"), "bin raus" denied
("Bin nicht raus", "Raus bin ich nicht") and "raus aus" a place ("Bin raus aus dem
Krankenhaus, also dabei") are a yes; read word by word they were a no. The plain
refusals stay a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

WITHOUT_ME_DENIED = [
    pytest.param("Kein Stammtisch ohne mich!", id="de-kein-stammtisch-ohne-mich"),
    pytest.param("Ohne mich läuft da nix.", id="de-ohne-mich-laeuft-nix"),
    pytest.param("Ohne mich wird das nichts, also komm ich", id="de-ohne-mich-wird-nichts"),
    pytest.param("Nicht ohne mich!", id="de-nicht-ohne-mich"),
    pytest.param("Nie ohne mich 😄", id="de-nie-ohne-mich"),
    pytest.param("No meetup without me!", id="en-no-meetup-without-me"),
    pytest.param("Not without me!", id="en-not-without-me"),
    pytest.param("never without me", id="en-never-without-me"),
]

OUT_DENIED = [
    pytest.param("Bin nicht raus", id="de-bin-nicht-raus"),
    pytest.param("Bin doch nicht raus, komme doch", id="de-doch-nicht-raus"),
    pytest.param("Raus bin ich nicht", id="de-raus-bin-ich-nicht"),
    pytest.param("Raus bin ich noch lange nicht!", id="de-noch-lange-nicht"),
]

OUT_OF_A_PLACE = [
    pytest.param("Endlich raus aus dem Krankenhaus – ich komme!", id="de-krankenhaus"),
    pytest.param("Bin raus aus der Quarantäne – komme!", id="de-quarantaene"),
    pytest.param("Bin raus aus dem Urlaub und dabei", id="de-urlaub"),
    pytest.param("Bin aus dem Gröbsten raus, ich komme", id="de-aus-dem-groebsten-raus"),
    pytest.param("Raus aus dem Büro, bin dabei!", id="de-buero"),
    pytest.param("Bin raus - aus dem Krankenhaus! Komme", id="de-dash-pause"),
]


@pytest.mark.parametrize("text", WITHOUT_ME_DENIED + OUT_DENIED + OUT_OF_A_PLACE)
def test_a_refusal_word_turned_round_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", WITHOUT_ME_DENIED + OUT_DENIED + OUT_OF_A_PLACE)
def test_a_refusal_word_turned_round_is_never_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich bin raus – aus dem Urlaub zurück und dabei!", id="de-pun-dash"),
        pytest.param("Bin raus, aus dem Urlaub zurück und dabei", id="de-pun-comma"),
    ],
)
def test_out_paused_before_out_of_a_place_is_never_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ohne mich", id="de-ohne-mich"),
        pytest.param("Diesmal ohne mich, sorry", id="de-diesmal-ohne-mich"),
        pytest.param("Bin raus", id="de-bin-raus"),
        pytest.param("Da bin ich leider raus", id="de-da-bin-ich-raus"),
        pytest.param("Bin raus, aus Zeitgründen", id="de-raus-aus-gruenden"),
        pytest.param("Bin raus aus dem Stammtisch", id="de-raus-aus-dem-stammtisch"),
        pytest.param("Bin raus aus dem Krankenhaus, komme aber noch nicht", id="de-noch-nicht"),
        pytest.param("Have fun without me", id="en-have-fun-without-me"),
    ],
)
def test_a_plain_refusal_stays_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


def test_a_decision_not_yet_out_stays_open() -> None:
    assert read_intent("Ich bin noch nicht raus").answer is Answer.MAYBE


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Nicht ohne meine Frau", id="de-companion"),
        pytest.param("Ich komme nicht ohne meinen Mann", id="de-companion-2"),
    ],
)
def test_not_without_a_companion_still_brings_the_companion(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests) == (Answer.YES, 1)
