"""Wishes that are answers: a wish to come is a yes, a wish for what cannot be is a no, only a
real doubt is a maybe.

Written as people write, not as the corpus does: each row is one way of saying it."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

SAID = [
    pytest.param("Ich wäre gerne dabei!", Answer.YES, id="ich-wäre-gerne-dabei"),
    pytest.param("Wäre gern dabei", Answer.YES, id="wäre-gern-dabei"),
    pytest.param("Würde sehr gerne kommen!", Answer.YES, id="würde-sehr-gerne-kommen"),
    pytest.param("Da bin ich gerne dabei", Answer.YES, id="da-bin-ich-gerne-dabei"),
    pytest.param("Would love to join!", Answer.YES, id="would-love-to-join"),
    pytest.param("I'd love to come", Answer.YES, id="i-d-love-to-come"),
    pytest.param("Id love to come!", Answer.YES, id="id-love-to-come"),
    pytest.param("Love to!", Answer.YES, id="love-to"),
    pytest.param("I would love to be there", Answer.YES, id="i-would-love-to-be-there"),
    pytest.param("Wäre gerne dabei gewesen", Answer.NO, id="wäre-gerne-dabei-gewesen"),
    pytest.param(
        "Ich wäre so gern dabei gewesen, aber …", Answer.NO, id="ich-wäre-so-gern-dabei-gewesen-a"
    ),
    pytest.param("I wish I could", Answer.NO, id="i-wish-i-could"),
    pytest.param("Wish I could!", Answer.NO, id="wish-i-could"),
    pytest.param("I wish I could make it", Answer.NO, id="i-wish-i-could-make-it"),
    pytest.param("I would have loved to come", Answer.NO, id="i-would-have-loved-to-come"),
    pytest.param(
        "Would've loved to come but I'm away", Answer.NO, id="would-ve-loved-to-come-but-i-m-a"
    ),
    pytest.param("Hätte gern teilgenommen", Answer.NO, id="hätte-gern-teilgenommen"),
    pytest.param(
        "Ich hätte mich gefreut, aber ich bin krank",
        Answer.NO,
        id="ich-hätte-mich-gefreut-aber-ich",
    ),
    pytest.param(
        "Würde gerne kommen, aber ich bin auf Dienstreise",
        Answer.NO,
        id="würde-gerne-kommen-aber-ich-bin",
    ),
    pytest.param(
        "Ich würde gerne, weiß aber noch nicht ob es klappt",
        Answer.MAYBE,
        id="ich-würde-gerne-weiß-aber-noch-n",
    ),
    pytest.param(
        "Would love to, but not sure yet", Answer.MAYBE, id="would-love-to-but-not-sure-yet"
    ),
    pytest.param("I'd love to, let me check", Answer.MAYBE, id="i-d-love-to-let-me-check"),
    pytest.param("Gerne! Freue mich", Answer.YES, id="gerne-freue-mich"),
    pytest.param("Ich käme gern", Answer.YES, id="ich-käme-gern"),
    pytest.param("würd gern kommen", Answer.YES, id="würd-gern-kommen"),
    pytest.param(
        "ich würd ja gern, aber leider geht's nicht",
        Answer.NO,
        id="ich-würd-ja-gern-aber-leider-geh",
    ),
    pytest.param("would love to but can't", Answer.NO, id="would-love-to-but-can-t"),
    pytest.param(
        "Leider nicht, wäre gern gekommen", Answer.NO, id="leider-nicht-wäre-gern-gekommen"
    ),
    pytest.param(
        "I'd really like to come, count me in", Answer.YES, id="i-d-really-like-to-come-count-me"
    ),
    pytest.param("Ich möchte gerne teilnehmen", Answer.YES, id="ich-möchte-gerne-teilnehmen"),
    pytest.param("Ich möchte mich gerne anmelden", Answer.YES, id="ich-möchte-mich-gerne-anmelden"),
    pytest.param("I'd like to attend", Answer.YES, id="i-d-like-to-attend"),
    pytest.param("I'd be happy to join", Answer.YES, id="i-d-be-happy-to-join"),
    pytest.param("Happy to come!", Answer.YES, id="happy-to-come"),
    pytest.param("I'd be delighted to come", Answer.YES, id="i-d-be-delighted-to-come"),
    pytest.param("Would be great to come", Answer.YES, id="would-be-great-to-come"),
    pytest.param("I hope to make it", Answer.MAYBE, id="i-hope-to-make-it"),
    pytest.param("Hoffe, ich schaffe es", Answer.MAYBE, id="hoffe-ich-schaffe-es"),
    pytest.param(
        "ich hoffe, dass ich kommen kann", Answer.MAYBE, id="ich-hoffe-dass-ich-kommen-kann"
    ),
    pytest.param(
        "Wenn ich könnte, würde ich kommen", Answer.NO, id="wenn-ich-könnte-würde-ich-kommen"
    ),
    pytest.param("If only I could", Answer.NO, id="if-only-i-could"),
    pytest.param("I'd love to come next time", Answer.NO, id="i-d-love-to-come-next-time"),
    pytest.param("Beim nächsten Mal gerne", Answer.NO, id="beim-nächsten-mal-gerne"),
    pytest.param(
        "Ich wär so gern dabei, aber ich hab Spätdienst.",
        Answer.NO,
        id="ich-wär-so-gern-dabei-aber-ich-h",
    ),
    pytest.param(
        "Hätte große Lust, bin aber krank.", Answer.NO, id="hätte-große-lust-bin-aber-krank"
    ),
    pytest.param(
        "Wie gern wäre ich dabei! Leider bin ich im Urlaub.",
        Answer.NO,
        id="wie-gern-wäre-ich-dabei-leider-b",
    ),
    pytest.param("Schade, wäre gern gekommen.", Answer.NO, id="schade-wäre-gern-gekommen"),
    pytest.param(
        "I'd have loved to, but I'm in Madrid.", Answer.NO, id="i-d-have-loved-to-but-i-m-in-mad"
    ),
    pytest.param(
        "Would so love to come but I'm stuck at work.",
        Answer.NO,
        id="would-so-love-to-come-but-i-m-st",
    ),
    pytest.param("Love to, but can't this time.", Answer.NO, id="love-to-but-can-t-this-time"),
    pytest.param("Dying to come but I'm away 😭", Answer.NO, id="dying-to-come-but-i-m-away"),
    pytest.param("I really want to come!", Answer.YES, id="i-really-want-to-come"),
    pytest.param("Ich will unbedingt kommen!", Answer.YES, id="ich-will-unbedingt-kommen"),
    pytest.param(
        "Da will ich unbedingt dabei sein!", Answer.YES, id="da-will-ich-unbedingt-dabei-sein"
    ),
    pytest.param(
        "Ich möchte sehr gern dabei sein.", Answer.YES, id="ich-möchte-sehr-gern-dabei-sein"
    ),
    pytest.param(
        "Ich würde mich freuen, dabei zu sein.", Answer.YES, id="ich-würde-mich-freuen-dabei-zu-s"
    ),
    pytest.param(
        "Ich würde gern kommen, wenn es noch Plätze gibt.",
        Answer.MAYBE,
        id="ich-würde-gern-kommen-wenn-es-no",
    ),
    pytest.param(
        "Ich käme gern, weiß aber nicht, ob ich es schaffe.",
        Answer.MAYBE,
        id="ich-käme-gern-weiß-aber-nicht-ob",
    ),
    pytest.param(
        "I'd love to – fingers crossed work lets me.",
        Answer.MAYBE,
        id="i-d-love-to-fingers-crossed-work",
    ),
    pytest.param("I'd love to, depends on work.", Answer.MAYBE, id="i-d-love-to-depends-on-work"),
    pytest.param(
        "Gerne würde ich kommen, muss aber noch mit meiner Frau sprechen.",
        Answer.MAYBE,
        id="gerne-würde-ich-kommen-muss-aber",
    ),
    pytest.param("Ich würde ja gerne, aber …", Answer.NO, id="ich-würde-ja-gerne-aber"),
    pytest.param("Ich würde ja gerne... aber nein.", Answer.NO, id="ich-würde-ja-gerne-aber-nein"),
    pytest.param(
        "Wäre gerne dabei, aber bin an dem Abend schon verplant.",
        Answer.NO,
        id="wäre-gerne-dabei-aber-bin-an-dem",
    ),
    pytest.param("Ich hoffe, ich kann kommen!", Answer.MAYBE, id="ich-hoffe-ich-kann-kommen"),
    pytest.param(
        "Hoffentlich klappt es bei mir!", Answer.MAYBE, id="hoffentlich-klappt-es-bei-mir"
    ),
    pytest.param("I hope to be there", Answer.MAYBE, id="i-hope-to-be-there"),
    pytest.param("Hoping to make it", Answer.MAYBE, id="hoping-to-make-it"),
    pytest.param(
        "Wünschte, ich könnte – aber die Abschlussprüfung ist am nächsten Morgen.",
        Answer.NO,
        id="wuenschte-ich-koennte",
    ),
    pytest.param("Ich wünschte, ich wäre dabei.", Answer.NO, id="ich-wuenschte-ich-waere"),
    pytest.param(
        "Gern hätte ich zugesagt – der Termin kollidiert aber mit unserer Versammlung.",
        Answer.NO,
        id="gern-haette-ich-zugesagt",
    ),
    pytest.param("Termin kollidiert leider.", Answer.NO, id="termin-kollidiert"),
    pytest.param(
        "I'd have been there in a heartbeat, but my flight only lands on Friday.",
        Answer.NO,
        id="id-have-been-there",
    ),
    pytest.param(
        "Would have been there for sure, but I'm in Lisbon.", Answer.NO, id="would-have-been-there"
    ),
    pytest.param(
        (
            "I'd like to come but honestly I have no idea what my week will look like. "
            "Can I confirm on Monday?"
        ),
        Answer.MAYBE,
        id="like-to-no-idea-about-my-week",
    ),
    pytest.param(
        "Würde gern kommen, aber keine Ahnung, wie meine Woche aussieht.",
        Answer.MAYBE,
        id="gern-keine-ahnung-woche",
    ),
    pytest.param(
        "Keine Ahnung, warum der Drucker spinnt. Ich komme.",
        Answer.YES,
        id="keine-ahnung-about-something-else",
    ),
    pytest.param(
        "No idea why my laptop died. I'm in!", Answer.YES, id="no-idea-about-something-else"
    ),
]


@pytest.mark.parametrize(("text", "answer"), SAID)
def test_a_wish_is_read_as_the_answer_it_gives(text: str, answer: Answer | None) -> None:
    assert read_intent(text).answer is answer
