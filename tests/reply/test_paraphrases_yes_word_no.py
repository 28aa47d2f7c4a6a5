"""A yes-word that opens a no: what follows the "Ja" decides; a time or a companion after the
"but" does not turn it.

Written as people write, not as the corpus does: each row is one way of saying it."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

SAID = [
    pytest.param("Ja, leider nicht", Answer.NO, id="ja-leider-nicht"),
    pytest.param("Ja nee, wird nix", Answer.NO, id="ja-nee-wird-nix"),
    pytest.param(
        "Ja, schade, aber ich bin in München", Answer.NO, id="ja-schade-aber-ich-bin-in-münche"
    ),
    pytest.param("Jo, leider nicht dabei", Answer.NO, id="jo-leider-nicht-dabei"),
    pytest.param("Yes, unfortunately I can't", Answer.NO, id="yes-unfortunately-i-can-t"),
    pytest.param("Yeah no, can't make it", Answer.NO, id="yeah-no-can-t-make-it"),
    pytest.param("Yes – sadly not this time", Answer.NO, id="yes-sadly-not-this-time"),
    pytest.param("Ok, leider muss ich absagen", Answer.NO, id="ok-leider-muss-ich-absagen"),
    pytest.param("Okay, I'll have to pass", Answer.NO, id="okay-i-ll-have-to-pass"),
    pytest.param("Klar, nur diesmal nicht", Answer.NO, id="klar-nur-diesmal-nicht"),
    pytest.param("Ja also nein", Answer.NO, id="ja-also-nein"),
    pytest.param("Ja, aber nicht am Donnerstag", Answer.NO, id="ja-aber-nicht-am-donnerstag"),
    pytest.param("Ja gut, dann eben nicht", Answer.NO, id="ja-gut-dann-eben-nicht"),
    pytest.param("Ja, ich kann leider nicht", Answer.NO, id="ja-ich-kann-leider-nicht"),
    pytest.param("ok, bin raus", Answer.NO, id="ok-bin-raus"),
    pytest.param("Ja, aber erst um 20 Uhr", Answer.YES, id="ja-aber-erst-um-20-uhr"),
    pytest.param("Yes, but I'll be a bit late", Answer.YES, id="yes-but-i-ll-be-a-bit-late"),
    pytest.param("Ja, komme etwas später", Answer.YES, id="ja-komme-etwas-später"),
    pytest.param("Klar, aber nur kurz", Answer.YES, id="klar-aber-nur-kurz"),
    pytest.param("Ja, aber ohne Begleitung", Answer.YES, id="ja-aber-ohne-begleitung"),
    pytest.param(
        "Ja, hab die Einladung bekommen, kann aber nicht",
        Answer.NO,
        id="ja-hab-die-einladung-bekommen-ka",
    ),
    pytest.param("Yes got it, but I can't come", Answer.NO, id="yes-got-it-but-i-can-t-come"),
    pytest.param(
        "Ja, danke für die Einladung! Leider bin ich an dem Abend verhindert.",
        Answer.NO,
        id="ja-danke-für-die-einladung-leide",
    ),
    pytest.param(
        "Hi, yes thanks for the invite. Sadly I'm away that week.",
        Answer.NO,
        id="hi-yes-thanks-for-the-invite-sad",
    ),
    pytest.param("Ok, ich schaffs nicht", Answer.NO, id="ok-ich-schaffs-nicht"),
    pytest.param("Jo, passt leider nicht", Answer.NO, id="jo-passt-leider-nicht"),
    pytest.param(
        "„Nein“ ist keine Option – ich komme!", Answer.YES, id="nein-ist-keine-option-ich-komme"
    ),
    pytest.param(
        "No is not an option, I'll be there!", Answer.YES, id="no-is-not-an-option-i-ll-be-ther"
    ),
    pytest.param(
        "Ja, also nein, leider doch nicht.", Answer.NO, id="ja-also-nein-leider-doch-nicht"
    ),
    pytest.param(
        "Klar würde ich gern, geht aber nicht.", Answer.NO, id="klar-würde-ich-gern-geht-aber-ni"
    ),
    pytest.param("Ok, dann ohne mich.", Answer.NO, id="ok-dann-ohne-mich"),
    pytest.param("Sure, but not this time", Answer.NO, id="sure-but-not-this-time"),
    pytest.param("Yeah I can't, sorry", Answer.NO, id="yeah-i-can-t-sorry"),
    pytest.param("Yes – no, sorry, I mean I can't.", Answer.NO, id="yes-no-sorry-i-mean-i-can-t"),
    pytest.param(
        "Jaja, ich weiß, ich bin spät dran. Ich komme nicht.",
        Answer.NO,
        id="jaja-ich-weiß-ich-bin-spät-dran",
    ),
    pytest.param("Gerne, aber erst ab 20 Uhr", Answer.YES, id="gerne-aber-erst-ab-20-uhr"),
    pytest.param("Klar, komme aber später", Answer.YES, id="klar-komme-aber-später"),
    pytest.param("Ja, aber leider doch nicht.", Answer.NO, id="ja-aber-leider-doch-nicht"),
    pytest.param(
        "Klar! Ach nee, Mist, da bin ich ja in Berlin.",
        Answer.NO,
        id="klar-ach-nee-mist-da-bin-ich-ja",
    ),
    pytest.param(
        "Ja, wollte ich – geht aber doch nicht.", Answer.NO, id="ja-wollte-ich-geht-aber-doch-nic"
    ),
    pytest.param(
        "Yes – wait, no, I'm away that week. Sorry!",
        Answer.NO,
        id="yes-wait-no-i-m-away-that-week-s",
    ),
    pytest.param(
        "Yes I got it, thanks. Sadly can't come.", Answer.NO, id="yes-i-got-it-thanks-sadly-can-t"
    ),
    pytest.param("Ja, danke. Ich komme!", Answer.YES, id="ja-danke-ich-komme"),
    pytest.param("Ja, danke! Kann leider nicht.", Answer.NO, id="ja-danke-kann-leider-nicht"),
    pytest.param("Ok, danke. Bin dabei.", Answer.YES, id="ok-danke-bin-dabei"),
    pytest.param("Ok, schade, dann ohne mich.", Answer.NO, id="ok-schade-dann-ohne-mich"),
    pytest.param("Klar, gerne – bis Donnerstag!", Answer.YES, id="klar-gerne-bis-donnerstag"),
    pytest.param(
        "Ja klar, aber ich bringe meine Tochter mit.",
        Answer.YES,
        id="ja-klar-aber-ich-bringe-meine-to",
    ),
    pytest.param("Yes, but I'll bring my son.", Answer.YES, id="yes-but-i-ll-bring-my-son"),
    pytest.param("Ja, obwohl ich etwas müde bin.", Answer.YES, id="ja-obwohl-ich-etwas-müde-bin"),
    pytest.param("Ja, wenn auch etwas später.", Answer.YES, id="ja-wenn-auch-etwas-später"),
    pytest.param(
        "Yes, though I might be a bit late.", Answer.YES, id="yes-though-i-might-be-a-bit-late"
    ),
    pytest.param("Jo, leider etwas später.", Answer.YES, id="jo-leider-etwas-später"),
]


@pytest.mark.parametrize(("text", "answer"), SAID)
def test_a_yes_word_is_turned_by_what_follows(text: str, answer: Answer | None) -> None:
    assert read_intent(text).answer is answer
