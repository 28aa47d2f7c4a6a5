"""Strong refusals said in idioms and slang are a no: "Hell no", "Not in a million years",
"I'd rather eat glass", "Hard pass", "Ich klinke mich aus", "Ich lass euch diesmal
allein", "Ihr müsst auf mich verzichten", "Kein Bock", "Nie und nimmer". Unread, they
went to review, or the trained reader guessed; "Ich lass euch diesmal allein" was
recorded as a yes. What only looks like them stays what it is: "Start without me" is
one who comes late, "aus dem Verteiler" a leaving, "verzichte aufs Essen" no refusal."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

REFUSALS = [
    pytest.param("Hell no", id="hell-no"),
    pytest.param("Heck no, sorry", id="heck-no"),
    pytest.param("God no. Not after last time.", id="god-no"),
    pytest.param("Not in a million years.", id="million-years"),
    pytest.param("Never in this lifetime, sorry", id="this-lifetime"),
    pytest.param("I'd rather eat glass, sorry.", id="eat-glass"),
    pytest.param("Hard pass.", id="hard-pass"),
    pytest.param("A big fat no", id="big-fat-no"),
    pytest.param("Not interested, thanks", id="not-interested"),
    pytest.param("You'll have to do without me this time", id="do-without-me"),
    pytest.param("Nicht in hundert Jahren", id="hundert-jahren"),
    pytest.param("Ich klinke mich aus.", id="klinke-mich-aus"),
    pytest.param("Da klink ich mich diesmal aus", id="klink-ich-mich-diesmal-aus"),
    pytest.param("Ich lass euch diesmal allein", id="lass-euch-allein"),
    pytest.param("Ihr müsst diesmal auf mich verzichten", id="auf-mich-verzichten"),
    pytest.param("Ich setze diesmal aus", id="setze-aus"),
    pytest.param("Ich lass es ausfallen diesmal", id="lass-es-ausfallen"),
    pytest.param("Lass den Abend sausen, zu viel los", id="lass-sausen"),
    pytest.param("Ich verzichte dankend", id="verzichte-dankend"),
    pytest.param("Kein Bock, sorry", id="kein-bock"),
    pytest.param("Null Bock", id="null-bock"),
    pytest.param("Keine Lust", id="keine-lust"),
    pytest.param("Sicher nicht", id="sicher-nicht"),
    pytest.param("Absolut nicht.", id="absolut-nicht"),
    pytest.param("Definitely not", id="definitely-not"),
    pytest.param("Nie und nimmer!", id="nie-und-nimmer"),
    pytest.param("Um keinen Preis", id="um-keinen-preis"),
    pytest.param("Nicht um alles in der Welt", id="nicht-um-alles-in-der-welt"),
    pytest.param("Not on your life", id="not-on-your-life"),
    pytest.param("Not for all the tea in China", id="tea-in-china"),
    pytest.param("Unter keinen Umständen", id="unter-keinen-umstaenden"),
    pytest.param("Niemals!", id="niemals-alone"),
    pytest.param("Never!", id="never-alone"),
    pytest.param("I wish!", id="i-wish"),
    pytest.param("Nay", id="nay"),
    pytest.param("Errr no", id="errr-no"),
    pytest.param("I'm so out 😂", id="im-so-out"),
    pytest.param("Besser nicht", id="besser-nicht"),
    pytest.param("Läuft nicht bei mir", id="laeuft-nicht-bei-mir"),
    pytest.param("Ich mach diesmal nicht mit", id="mach-nicht-mit"),
]


@pytest.mark.parametrize("text", REFUSALS)
def test_a_refusal_in_an_idiom_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize("text", REFUSALS)
def test_a_refusal_in_an_idiom_is_never_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param("Ich verzichte aufs Essen, komme aber", Answer.YES, id="verzichte-aufs-essen"),
        pytest.param("Kein Bock auf Regen, komme trotzdem", Answer.YES, id="kein-bock-auf-regen"),
        pytest.param("Nie im Leben verpass ich das!", Answer.YES, id="nie-im-leben-verpassen"),
        pytest.param("Um keinen Preis verpass ich das", Answer.YES, id="um-keinen-preis-verpassen"),
        pytest.param("Für nix in der Welt würde ich fehlen", Answer.YES, id="fuer-nix-fehlen"),
        pytest.param(
            "Not for all the money in the world would I miss it", Answer.YES, id="money-miss-it"
        ),
        pytest.param("Under no circumstances will I miss it", Answer.YES, id="no-circumstances"),
        pytest.param("Absagen? Niemals!", Answer.YES, id="absagen-niemals"),
    ],
)
def test_words_of_a_refusal_used_otherwise_keep_their_answer(text: str, answer: Answer) -> None:
    assert read_intent(text).answer is answer


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Please start without me, I'll be late", id="start-without-me"),
        pytest.param("Don't start without me!", id="dont-start-without-me"),
    ],
)
def test_starting_without_a_late_member_is_no_refusal(text: str) -> None:
    assert read_intent(text).answer is not Answer.NO


def test_opting_out_of_the_list_is_a_leaving_not_an_evening_declined() -> None:
    intent = read_intent("Ich klinke mich aus dem Verteiler aus")
    assert intent.unsubscribe and intent.answer is None
