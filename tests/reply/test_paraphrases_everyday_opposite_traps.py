"""Opposite-answer traps in chatty mails: a no that reads like a yes, a yes that reads like
a no, others' plans set against the member's, a wish turned down, an open condition.

Each row may end as the right answer or in review, never as the opposite; the rows in
``READ`` must also be read right."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

NOT_OPPOSITE = [
    # the member set against the others, the verb left out
    pytest.param("Alle anderen sagen ab, ich nicht!", Answer.YES, id="alle-sagen-ab-ich-nicht"),
    pytest.param(
        "Die anderen aus dem Büro sagen ab, ich aber nicht – bis Donnerstag!",
        Answer.YES,
        id="buero-sagt-ab-ich-aber-nicht",
    ),
    pytest.param("Alle sind raus, ich nicht.", Answer.YES, id="alle-raus-ich-nicht"),
    pytest.param(
        "Die anderen haben keine Zeit, ich schon!", Answer.YES, id="andere-keine-zeit-ich-schon"
    ),
    pytest.param("Tom kann nicht, ich schon.", Answer.YES, id="tom-kann-nicht-ich-schon"),
    pytest.param(
        "Die Kollegen kommen alle, ich aber nicht.", Answer.NO, id="kollegen-kommen-ich-aber-nicht"
    ),
    pytest.param(
        "Die anderen kommen, ich dagegen nicht.", Answer.NO, id="andere-kommen-ich-dagegen-nicht"
    ),
    pytest.param("Meine Frau kommt, ich aber nicht. Sorry!", Answer.NO, id="frau-kommt-ich-nicht"),
    pytest.param(
        "Mein Kollege Jens meinte, er kommt auf jeden Fall. Ich muss leider passen, Elternabend.",
        Answer.NO,
        id="colleague-comes-i-pass",
    ),
    pytest.param(
        "Anna fragt ob sie kommen kann, ich selbst bin leider raus.",
        Answer.NO,
        id="anna-asks-i-am-out",
    ),
    # a group the member belongs to, said of itself
    pytest.param("Most of my team can't make it. I can!", Answer.YES, id="most-of-my-team-cant"),
    pytest.param("My team can't make it. I can!", Answer.YES, id="my-team-cant-i-can"),
    pytest.param(
        "The others can't make it, but I can.", Answer.YES, id="the-others-cant-but-i-can"
    ),
    pytest.param(
        "Half the office can't come. I can though!", Answer.YES, id="half-the-office-cant"
    ),
    pytest.param("Mein Team kann nicht. Ich kann!", Answer.YES, id="mein-team-kann-nicht"),
    pytest.param(
        "Die meisten aus meinem Team können nicht. Ich schon!",
        Answer.YES,
        id="die-meisten-aus-dem-team",
    ),
    pytest.param(
        "My colleagues all bailed, not me though. See you!", Answer.YES, id="colleagues-bailed"
    ),
    # a reason for no turned with the verb left out
    pytest.param(
        "Eigentlich hab ich keine Zeit, aber für euch immer!",
        Answer.YES,
        id="keine-zeit-aber-fuer-euch-immer",
    ),
    pytest.param(
        "Hab eigentlich keine Zeit, aber für den Stammtisch doch!",
        Answer.YES,
        id="keine-zeit-aber-doch",
    ),
    pytest.param("No time really, but for you guys always!", Answer.YES, id="no-time-but-always"),
    # eagerness in borrowed or ironic words
    pytest.param(
        "Ich kann nicht warten, bis es Donnerstag ist!", Answer.YES, id="kann-nicht-warten"
    ),
    pytest.param("Kann nicht mehr warten bis Donnerstag", Answer.YES, id="nicht-mehr-warten"),
    pytest.param("ja nee is klar dass ich komme", Answer.YES, id="ja-nee-is-klar"),
    pytest.param("Ja nee, is klar, ich komme!", Answer.YES, id="ja-nee-is-klar-commas"),
    # an open condition: "if you still had room"
    pytest.param("Wenn ihr noch Platz hättet, käme ich gern.", None, id="platz-haettet-kaeme"),
    pytest.param(
        "Falls ihr noch einen Stuhl frei hättet, wäre ich dabei.", None, id="stuhl-frei-haettet"
    ),
    pytest.param(
        "Wenn ihr mich noch reinquetschen könntet, würde ich kommen.", None, id="reinquetschen"
    ),
    # what was thought before, turned
    pytest.param(
        "Thought I couldn't make it but turns out I can. See you!",
        Answer.YES,
        id="thought-i-couldnt-turns-out-i-can",
    ),
    pytest.param(
        "I thought I couldn't come, but I can after all.", Answer.YES, id="i-thought-i-couldnt"
    ),
    pytest.param(
        "Ich hab gedacht ich kann nicht, aber jetzt geht es doch! Bin dabei.",
        Answer.YES,
        id="gedacht-kann-nicht-geht-doch",
    ),
    pytest.param("Wollte erst absagen, komme jetzt aber doch.", Answer.YES, id="erst-absagen-doch"),
    # a wish turned down
    pytest.param(
        "Würde gern kommen, geht aber leider nicht, hab Spätschicht.",
        Answer.NO,
        id="wuerde-gern-geht-nicht",
    ),
    pytest.param("Id love to come but cant this time sorry", Answer.NO, id="love-to-but-cant"),
    pytest.param(
        "ich wär so gern dabei gewesen aber wir ziehen am donnerstag um",
        Answer.NO,
        id="waer-so-gern-gewesen-umzug",
    ),
    pytest.param(
        "Nicht dass ich keine Lust hätte, aber es geht wirklich nicht.",
        Answer.NO,
        id="nicht-dass-keine-lust",
    ),
    pytest.param("Wish I could say yes, but no.", Answer.NO, id="wish-i-could-say-yes"),
    pytest.param(
        "I'd say yes if I could, but I'm stuck in Munich.", Answer.NO, id="say-yes-if-i-could"
    ),
    pytest.param(
        "Ich käme ja, wenn es nicht Donnerstag wäre.", Answer.NO, id="kaeme-wenn-nicht-donnerstag"
    ),
    # a yes said against a reason
    pytest.param(
        "Keine Ahnung wie ich das schaffe, aber ich bin da!", Answer.YES, id="keine-ahnung-wie"
    ),
    pytest.param("Trotz Umzugsstress: ich komme!", Answer.YES, id="trotz-umzugsstress"),
    pytest.param(
        "Klar hab ich viel zu tun, aber den Abend lass ich mir nicht nehmen.",
        Answer.YES,
        id="abend-nicht-nehmen-lassen",
    ),
    pytest.param(
        "Even though work is crazy, I wouldn't miss it.", Answer.YES, id="even-though-wouldnt-miss"
    ),
    pytest.param(
        "Meine Frau kommt nicht mit, aber ich bin dabei.", Answer.YES, id="frau-nicht-ich-dabei"
    ),
    pytest.param(
        "Schade dass Peter nicht kommt, ich komme aber.", Answer.YES, id="schade-peter-nicht"
    ),
    pytest.param(
        "Nein, ich habe nichts dagegen, ich komme gerne.", Answer.YES, id="nichts-dagegen"
    ),
    pytest.param("Fehlen werde ich bestimmt nicht.", Answer.YES, id="fehlen-bestimmt-nicht"),
    pytest.param("I'm not not coming, haha. See you thursday.", Answer.YES, id="not-not-coming"),
    # other evenings and past evenings beside this one
    pytest.param(
        "Beim letzten Mal war ich dabei und es war toll! Diesmal klappt es leider nicht.",
        Answer.NO,
        id="last-time-there-this-time-not",
    ),
    pytest.param(
        "Letzte Woche hab ich gesagt ich komme, aber jetzt geht es doch nicht.",
        Answer.NO,
        id="said-yes-last-week-now-not",
    ),
    pytest.param(
        "Donnerstag passt leider nicht, Dienstag wäre gegangen.",
        Answer.NO,
        id="thursday-not-tuesday-would-have",
    ),
    pytest.param(
        "Nächsten Monat wieder, diesmal bin ich in Lissabon.", Answer.NO, id="next-month-lisbon"
    ),
    pytest.param("Ohne uns also, leider. Viel Spaß euch!", Answer.NO, id="ohne-uns-also-leider"),
]


@pytest.mark.parametrize(("text", "meant"), NOT_OPPOSITE)
def test_everyday_trap_never_records_the_opposite(text: str, meant: Answer | None) -> None:
    got = read_intent(text).answer
    if meant is None:
        assert got in (None, Answer.MAYBE)
    else:
        assert got in (meant, None), got


READ = [
    pytest.param(
        "Viele sagen ab – ich nicht, ich komme!", Answer.YES, id="viele-sagen-ab-ich-komme"
    ),
    pytest.param("Ich komme, meine Frau nicht.", Answer.YES, id="ich-komme-frau-nicht"),
    pytest.param("Kann leider nicht.", Answer.NO, id="kann-leider-nicht"),
    pytest.param("Ja nee, lass mal, diesmal nicht.", Answer.NO, id="ja-nee-lass-mal"),
    pytest.param(
        "Die anderen kommen nicht, ich komme aber.", Answer.YES, id="andere-nicht-ich-komme"
    ),
    pytest.param("Everyone else is busy, I'm coming though.", Answer.YES, id="everyone-else-busy"),
    pytest.param("I can't make it, sorry.", Answer.NO, id="i-cant-make-it"),
    pytest.param("Leider keine Zeit, aber danke!", Answer.NO, id="keine-zeit-aber-danke"),
]


@pytest.mark.parametrize(("text", "meant"), READ)
def test_everyday_member_against_others_is_read(text: str, meant: Answer) -> None:
    assert read_intent(text).answer is meant
