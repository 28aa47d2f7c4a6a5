"""Negation across the whole clause: soft line breaks, dialect, English contractions, doubts
that deny and double negations that cancel.

Written as people write, not as the corpus does: each row is one way of saying it."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

SAID = [
    pytest.param("ich komme am Montag\nnicht", Answer.NO, id="ich-komme-am-montag-nicht"),
    pytest.param("Ich komme\nnicht, sorry", Answer.NO, id="ich-komme-nicht-sorry"),
    pytest.param("werde es leider nicht schaffen", Answer.NO, id="werde-es-leider-nicht-schaffen"),
    pytest.param("Ich werde es nicht schaffen", Answer.NO, id="ich-werde-es-nicht-schaffen"),
    pytest.param("schaffe es nicht", Answer.NO, id="schaffe-es-nicht"),
    pytest.param("Schaff ich leider nicht", Answer.NO, id="schaff-ich-leider-nicht"),
    pytest.param("I won't be able to make it", Answer.NO, id="i-won-t-be-able-to-make-it"),
    pytest.param("I will not be able to attend", Answer.NO, id="i-will-not-be-able-to-attend"),
    pytest.param("I'm not coming", Answer.NO, id="i-m-not-coming"),
    pytest.param("Im not coming", Answer.NO, id="im-not-coming"),
    pytest.param("Can't not come, I'm in", Answer.YES, id="can-t-not-come-i-m-in"),
    pytest.param("Nicht dabei diesmal", Answer.NO, id="nicht-dabei-diesmal"),
    pytest.param("Ich werde nicht dabei sein", Answer.NO, id="ich-werde-nicht-dabei-sein"),
    pytest.param("Ich bin nicht da", Answer.NO, id="ich-bin-nicht-da"),
    pytest.param(
        "Ich bin am Donnerstag nicht in Köln", Answer.NO, id="ich-bin-am-donnerstag-nicht-in-k"
    ),
    pytest.param("Kann nicht kommen", Answer.NO, id="kann-nicht-kommen"),
    pytest.param("Kann nich", Answer.NO, id="kann-nich"),
    pytest.param("kann net", Answer.NO, id="kann-net"),
    pytest.param("ich kann nit", Answer.NO, id="ich-kann-nit"),
    pytest.param("Komme nicht", Answer.NO, id="komme-nicht"),
    pytest.param("Komm nicht", Answer.NO, id="komm-nicht"),
    pytest.param("Ich schaffe es zeitlich nicht", Answer.NO, id="ich-schaffe-es-zeitlich-nicht"),
    pytest.param("zeitlich klappt es nicht", Answer.NO, id="zeitlich-klappt-es-nicht"),
    pytest.param("Es geht sich nicht aus", Answer.NO, id="es-geht-sich-nicht-aus"),
    pytest.param("I don't think I can make it", Answer.NO, id="i-don-t-think-i-can-make-it"),
    pytest.param("I don't think I'll make it", Answer.NO, id="i-don-t-think-i-ll-make-it"),
    pytest.param(
        "Ich glaube nicht, dass ich kommen kann", Answer.NO, id="ich-glaube-nicht-dass-ich-kommen"
    ),
    pytest.param(
        "Ich glaube, ich schaffe es nicht", Answer.NO, id="ich-glaube-ich-schaffe-es-nicht"
    ),
    pytest.param("I don't see why not", Answer.YES, id="i-don-t-see-why-not"),
    pytest.param("Warum nicht, ich komme", Answer.YES, id="warum-nicht-ich-komme"),
    pytest.param(
        "Ich lass mir das nicht entgehen", Answer.YES, id="ich-lass-mir-das-nicht-entgehen"
    ),
    pytest.param("wouldn't miss it", Answer.YES, id="wouldn-t-miss-it"),
    pytest.param(
        "Wouldn't miss it for the world!", Answer.YES, id="wouldn-t-miss-it-for-the-world"
    ),
    pytest.param("I won't miss it", Answer.YES, id="i-won-t-miss-it"),
    pytest.param("Kein Problem, ich komme", Answer.YES, id="kein-problem-ich-komme"),
    pytest.param("No problem, I'll be there", Answer.YES, id="no-problem-i-ll-be-there"),
    pytest.param("No worries, I'm in", Answer.YES, id="no-worries-i-m-in"),
    pytest.param(
        "Nicht vergessen: ich bringe Kuchen mit. Komme!",
        Answer.YES,
        id="nicht-vergessen-ich-bringe-kuche",
    ),
    pytest.param(
        "Komme nicht pünktlich, aber ich komme", Answer.YES, id="komme-nicht-pünktlich-aber-ich-k"
    ),
    pytest.param(
        "I can't stay long but I'll come", Answer.YES, id="i-can-t-stay-long-but-i-ll-come"
    ),
    pytest.param("I can’t make it this time", Answer.NO, id="i-can-t-make-it-this-time"),
    pytest.param("I can’t come", Answer.NO, id="i-can-t-come"),
    pytest.param("can not come", Answer.NO, id="can-not-come"),
    pytest.param("cannot attend", Answer.NO, id="cannot-attend"),
    pytest.param("Ich bin leider nicht dabei", Answer.NO, id="ich-bin-leider-nicht-dabei"),
    pytest.param("Unfortunately, I won't be there", Answer.NO, id="unfortunately-i-won-t-be-there"),
    pytest.param("I'm not able to come", Answer.NO, id="i-m-not-able-to-come"),
    pytest.param("Not going to make it", Answer.NO, id="not-going-to-make-it"),
    pytest.param("Not gonna make it", Answer.NO, id="not-gonna-make-it"),
    pytest.param("nicht mit dabei", Answer.NO, id="nicht-mit-dabei"),
    pytest.param("Bin nicht dabei", Answer.NO, id="bin-nicht-dabei"),
    pytest.param("ohne mich diesmal", Answer.NO, id="ohne-mich-diesmal"),
    pytest.param(
        "Ich kann am Donnerstag leider nicht", Answer.NO, id="ich-kann-am-donnerstag-leider-ni"
    ),
    pytest.param("Donnerstag kann ich nicht", Answer.NO, id="donnerstag-kann-ich-nicht"),
    pytest.param("Das wird bei mir nichts", Answer.NO, id="das-wird-bei-mir-nichts"),
    pytest.param("Daraus wird leider nichts", Answer.NO, id="daraus-wird-leider-nichts"),
    pytest.param(
        "Ich bin nicht sicher, ob ich kann", Answer.MAYBE, id="ich-bin-nicht-sicher-ob-ich-kann"
    ),
    pytest.param("Not sure if I can", Answer.MAYBE, id="not-sure-if-i-can"),
    pytest.param("I'm not sure I can make it", Answer.MAYBE, id="i-m-not-sure-i-can-make-it"),
    pytest.param("There's no way I can make it.", Answer.NO, id="there-s-no-way-i-can-make-it"),
    pytest.param("No way I can make it this time", Answer.NO, id="no-way-i-can-make-it-this-time"),
    pytest.param(
        "Neither my wife nor I can make it.", Answer.NO, id="neither-my-wife-nor-i-can-make-i"
    ),
    pytest.param("None of us can make it, sorry", Answer.NO, id="none-of-us-can-make-it-sorry"),
    pytest.param(
        "Weder Zeit noch Lust diese Woche.", Answer.NO, id="weder-zeit-noch-lust-diese-woche"
    ),
    pytest.param(
        "Nicht sicher, ob ich pünktlich bin, aber ich komme.",
        Answer.YES,
        id="nicht-sicher-ob-ich-pünktlich-bi",
    ),
    pytest.param(
        "Not sure if I'll be on time, but I'm coming.",
        Answer.YES,
        id="not-sure-if-i-ll-be-on-time-but",
    ),
    pytest.param(
        "Ich muss für den\n28. leider absagen.", Answer.NO, id="ich-muss-für-den-28-leider-absag"
    ),
    pytest.param("Ich kann nicht nicht kommen!", Answer.YES, id="ich-kann-nicht-nicht-kommen"),
    pytest.param(
        "It's not that I don't want to, I just can't.",
        Answer.NO,
        id="it-s-not-that-i-don-t-want-to-i",
    ),
    pytest.param(
        "Nicht, dass ich nicht wollte – aber es geht nicht.",
        Answer.NO,
        id="nicht-dass-ich-nicht-wollte-aber",
    ),
    pytest.param(
        "I don't not want to come, I just can't.", Answer.NO, id="i-don-t-not-want-to-come-i-just"
    ),
    pytest.param("Kein Nein von mir!", Answer.YES, id="kein-nein-von-mir"),
    pytest.param("Ich sage nicht nein", Answer.YES, id="ich-sage-nicht-nein"),
    pytest.param("I won't say no", Answer.YES, id="i-won-t-say-no"),
    pytest.param("Can't say no to that!", Answer.YES, id="can-t-say-no-to-that"),
    pytest.param("I might not make it", Answer.MAYBE, id="i-might-not-make-it"),
    pytest.param(
        "Vielleicht schaffe ich es nicht", Answer.MAYBE, id="vielleicht-schaffe-ich-es-nicht"
    ),
    pytest.param("I may not be able to come", Answer.MAYBE, id="i-may-not-be-able-to-come"),
    pytest.param("Maybe not", Answer.MAYBE, id="maybe-not"),
    pytest.param("Vielleicht nicht", Answer.MAYBE, id="vielleicht-nicht"),
    pytest.param("Ich werde kaum kommen können.", Answer.NO, id="ich-werde-kaum-kommen-können"),
    pytest.param("I can hardly make it this time.", Answer.NO, id="i-can-hardly-make-it-this-time"),
    pytest.param("Komme eher nicht.", Answer.NO, id="komme-eher-nicht"),
    pytest.param("Ich komme keinesfalls.", Answer.NO, id="ich-komme-keinesfalls"),
    pytest.param(
        "Ich schaffe es auf gar keinen Fall.", Answer.NO, id="ich-schaffe-es-auf-gar-keinen-fa"
    ),
    pytest.param("Keinesfalls, sorry.", Answer.NO, id="keinesfalls-sorry"),
    pytest.param("I'm by no means able to come.", Answer.NO, id="i-m-by-no-means-able-to-come"),
    pytest.param("No chance I'll make it.", Answer.NO, id="no-chance-i-ll-make-it"),
    pytest.param(
        "Ich bin nicht in der Lage zu kommen.", Answer.NO, id="ich-bin-nicht-in-der-lage-zu-kom"
    ),
    pytest.param("Es ist mir nicht möglich.", Answer.NO, id="es-ist-mir-nicht-möglich"),
    pytest.param(
        "Ich sehe keine Möglichkeit zu kommen.", Answer.NO, id="ich-sehe-keine-möglichkeit-zu-ko"
    ),
    pytest.param("Ich sehe mich außerstande.", Answer.NO, id="ich-sehe-mich-außerstande"),
    pytest.param("Unmöglich diesmal.", Answer.NO, id="unmöglich-diesmal"),
    pytest.param("Impossible for me this time.", Answer.NO, id="impossible-for-me-this-time"),
    pytest.param(
        "Das geht sich bei mir nicht aus.", Answer.NO, id="das-geht-sich-bei-mir-nicht-aus"
    ),
    pytest.param("Ich komme, keine Frage.", Answer.YES, id="ich-komme-keine-frage"),
    pytest.param("Keine Frage, ich bin dabei.", Answer.YES, id="keine-frage-ich-bin-dabei"),
    pytest.param("No question, I'm in.", Answer.YES, id="no-question-i-m-in"),
    pytest.param("Ohne Frage dabei!", Answer.YES, id="ohne-frage-dabei"),
    pytest.param("Ich komme – ohne Wenn und Aber.", Answer.YES, id="ich-komme-ohne-wenn-und-aber"),
    pytest.param("Nichts hält mich ab!", Answer.YES, id="nichts-hält-mich-ab"),
    pytest.param(
        "Das lasse ich mir nicht entgehen.", Answer.YES, id="das-lasse-ich-mir-nicht-entgehen"
    ),
    pytest.param("Not to be missed!", Answer.YES, id="not-to-be-missed"),
    pytest.param("Can't miss this one!", Answer.YES, id="can-t-miss-this-one"),
    pytest.param("I couldn't possibly miss it.", Answer.YES, id="i-couldn-t-possibly-miss-it"),
    pytest.param(
        "Ich verpasse das auf keinen Fall.", Answer.YES, id="ich-verpasse-das-auf-keinen-fall"
    ),
    pytest.param(
        "Auf keinen Fall verpasse ich das!", Answer.YES, id="auf-keinen-fall-verpasse-ich-das"
    ),
    pytest.param("I won't miss it for anything.", Answer.YES, id="i-won-t-miss-it-for-anything"),
    pytest.param("Nothing could keep me away.", Answer.YES, id="nothing-could-keep-me-away"),
    pytest.param("Ich lass mir das nicht nehmen!", Answer.YES, id="ich-lass-mir-das-nicht-nehmen"),
    pytest.param("Da sag ich nicht nein.", Answer.YES, id="da-sag-ich-nicht-nein"),
    pytest.param(
        "Never say no to beer and SEO – I'm in.", Answer.YES, id="never-say-no-to-beer-and-seo-i-m"
    ),
    pytest.param(
        "I don't think I'll make it, sorry.", Answer.NO, id="i-don-t-think-i-ll-make-it-sorry"
    ),
    pytest.param("I doubt I'll make it.", Answer.NO, id="i-doubt-i-ll-make-it"),
    pytest.param(
        "Ich bezweifle, dass ich es schaffe.", Answer.NO, id="ich-bezweifle-dass-ich-es-schaff"
    ),
    pytest.param("Ich fürchte, ich kann nicht.", Answer.NO, id="ich-fürchte-ich-kann-nicht"),
    pytest.param("I'm afraid I can't make it.", Answer.NO, id="i-m-afraid-i-can-t-make-it"),
    pytest.param("Fürchte, das wird nichts.", Answer.NO, id="fürchte-das-wird-nichts"),
    pytest.param(
        "Not that I wouldn't want to, but I can't.", Answer.NO, id="not-that-i-wouldn-t-want-to-but"
    ),
    pytest.param(
        "It's not that I can't, I just don't want to.",
        Answer.NO,
        id="it-s-not-that-i-can-t-i-just-don",
    ),
    pytest.param(
        "Ich komme nicht drum herum abzusagen.", Answer.NO, id="ich-komme-nicht-drum-herum-abzus"
    ),
    pytest.param(
        "Ich kann leider nicht anders, als abzusagen.",
        Answer.NO,
        id="ich-kann-leider-nicht-anders-als",
    ),
    pytest.param("Auch diesmal nicht, sorry.", Answer.NO, id="auch-diesmal-nicht-sorry"),
    pytest.param("Again I can't, sorry!", Answer.NO, id="again-i-can-t-sorry"),
    pytest.param("Not this month either.", Answer.NO, id="not-this-month-either"),
    pytest.param("Wieder nicht, sorry!", Answer.NO, id="wieder-nicht-sorry"),
    pytest.param("Schon wieder verhindert.", Answer.NO, id="schon-wieder-verhindert"),
    pytest.param(
        "Weder Donnerstag noch irgendein anderer Abend im Januar geht bei mir, sorry.",
        Answer.NO,
        id="weder-noch-geht",
    ),
    pytest.param(
        "Ich kann leider weder am 28. noch an einem anderen Abend.", Answer.NO, id="kann-weder-noch"
    ),
    pytest.param("Bin weder in Köln noch in der Nähe.", Answer.NO, id="bin-weder-in"),
    pytest.param("Donnerstag? Ausgeschlossen. Da ist Elternabend.", Answer.NO, id="ausgeschlossen"),
    pytest.param("Leider ausgeschlossen.", Answer.NO, id="leider-ausgeschlossen"),
    pytest.param("Nichts und niemand hält mich davon ab!", Answer.YES, id="nichts-haelt-mich-ab"),
    pytest.param(
        "Nie würde ich so einen Abend verpassen.", Answer.YES, id="nie-wuerde-ich-verpassen"
    ),
    pytest.param(
        "Ich kann nicht anders, als bei SEO dabei zu sein. Ich komme.",
        Answer.YES,
        id="nicht-anders-als-dabei",
    ),
    pytest.param("I'm not going to miss it.", Answer.YES, id="not-going-to-miss-it"),
    pytest.param("Never gonna miss this one!", Answer.YES, id="never-gonna-miss"),
    pytest.param("No way I'd miss this one!", Answer.YES, id="no-way-id-miss"),
    pytest.param("Nothing will keep me away!", Answer.YES, id="nothing-keeps-me-away"),
    pytest.param("I can't help but come along, sounds great.", Answer.YES, id="cant-help-but"),
    pytest.param(
        "I can't say for certain yet whether I'll make it.", Answer.MAYBE, id="cant-say-for-certain"
    ),
    pytest.param("Can't tell yet if I can come.", Answer.MAYBE, id="cant-tell-yet-if"),
    pytest.param(
        "Absagen? Auf keinen Fall! Ich bin dabei.", Answer.YES, id="absagen-auf-keinen-fall"
    ),
    pytest.param("Absagen? Niemals!", Answer.YES, id="absagen-niemals"),
    pytest.param("Verpassen? Nie im Leben.", Answer.YES, id="verpassen-nie-im-leben"),
    pytest.param("Skip it? No way!", Answer.YES, id="skip-it-no-way"),
    pytest.param("Miss this one? Never!", Answer.YES, id="miss-this-one-never"),
    pytest.param("Kommen? Nein, leider nicht.", Answer.NO, id="kommen-nein"),
    pytest.param(
        "Ich kann doch nicht schon wieder fehlen! Also: ich komme.",
        Answer.YES,
        id="nicht-schon-wieder-fehlen",
    ),
    pytest.param(
        "Ich darf beim Training nicht fehlen.", None, id="training-nicht-fehlen-is-no-yes"
    ),
    pytest.param(
        "Hi, I don't think I'll manage it on the 28th after all. Sorry!",
        Answer.NO,
        id="dont-think-ill-manage-it",
    ),
    pytest.param("I'll manage it, see you!", Answer.YES, id="ill-manage-it"),
    pytest.param("Can't drop by this time.", Answer.NO, id="cant-drop-by"),
]


@pytest.mark.parametrize(("text", "answer"), SAID)
def test_a_negation_anywhere_in_the_clause_is_seen(text: str, answer: Answer | None) -> None:
    assert read_intent(text).answer is answer
