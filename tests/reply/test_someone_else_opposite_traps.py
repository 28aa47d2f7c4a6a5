"""Someone else in the mail must never turn the member's answer around.

Each row is one way strangers mix the member's answer with someone else's:
a colleague who comes while the member does not (or the other way round), an
assistant passing on a no with a yes-word in it ("asked me to confirm he won't"),
a partner staying home, a companion taken back. The member's answer may go to
review, but it is never recorded as the opposite, and nobody else's company is
counted as the member's guests.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

Y, N = Answer.YES, Answer.NO

# (text, the member's answer, the guests at most if it is read, id)
TRAPS = [
    ("Mein Kollege Tim kommt, ich leider nicht.", N, 0, "de-colleague-comes-member-not"),
    (
        "Ich komme, aber meine Kollegin Sara kann leider nicht.",
        Y,
        0,
        "de-member-comes-colleague-not",
    ),
    ("Anna kann nicht, aber ich komme.", Y, 0, "de-name-cannot-but-i-come"),
    ("Meine Frau kommt, ich muss leider arbeiten.", N, 0, "de-wife-comes-member-works"),
    ("Ich bin dabei! Mein Mann kann leider nicht mit.", Y, 0, "de-husband-cannot-come-along"),
    ("Mein Mann kommt nicht mit, ich komme allein.", Y, 0, "de-alone-husband-stays"),
    ("Ich komme allein, meine Frau bleibt daheim.", Y, 0, "de-wife-stays-home"),
    ("Komme, aber ohne meine Frau.", Y, 0, "de-ohne-frau"),
    (
        "Meine Freundin würde gern kommen, ich kann aber nicht.",
        N,
        0,
        "de-girlfriend-would-member-cannot",
    ),
    ("Ich schicke meinen Kollegen vorbei, ich selbst schaffe es nicht.", N, 0, "de-send-colleague"),
    (
        "Herr Müller lässt ausrichten, dass er nicht kommen kann.",
        N,
        0,
        "de-laesst-ausrichten-nicht",
    ),
    (
        "Frau Schulz hat mich gebeten, ihr Kommen zu bestätigen.",
        Y,
        0,
        "de-gebeten-kommen-bestaetigen",
    ),
    ("Sie hat mich gebeten abzusagen.", N, 0, "de-gebeten-abzusagen"),
    ("Im Auftrag von Herrn Roth sage ich für ihn ab.", N, 0, "de-im-auftrag-sage-ab"),
    (
        "Herr Roth kommt nicht persönlich, schickt aber seine Stellvertreterin.",
        N,
        0,
        "de-not-in-person",
    ),
    ("Peter sagt ab, ich bin dabei.", Y, 0, "de-peter-sagt-ab-ich-dabei"),
    ("Ich sag ab, aber Peter kommt.", N, 0, "de-ich-sag-ab-peter-kommt"),
    ("Leider nein von mir, aber meine Kollegin Jana sagt zu.", N, 0, "de-nein-von-mir-jana-zu"),
    ("Kann leider nicht, schicke aber jemanden aus meinem Team.", N, 0, "de-schicke-jemanden"),
    ("Mein Chef lässt mich leider nicht hin.", N, 0, "de-chef-laesst-nicht"),
    ("Meine Begleitung hat abgesagt, ich komme trotzdem.", Y, 0, "de-begleitung-abgesagt"),
    ("Kein Plus-eins diesmal, komme allein.", Y, 0, "de-kein-plus-eins"),
    ("Ich komme nicht, aber mein Mann und seine Schwester kommen.", N, 0, "de-no-but-others-come"),
    ("I can't, but my husband will come.", N, 0, "en-cant-husband-comes"),
    ("My husband can't, but I'm coming.", Y, 0, "en-husband-cant-im-coming"),
    ("My colleague can't make it but I'll be there.", Y, 0, "en-colleague-cant-ill-be-there"),
    ("My colleague will be there, I won't.", N, 0, "en-colleague-there-i-wont"),
    ("Mr Brown asked me to confirm he won't be attending.", N, 0, "en-confirm-wont-attend"),
    ("Ms Lee asked me to confirm her attendance.", Y, 0, "en-confirm-attendance"),
    (
        "Count me out - though my colleague Sam would love to join instead.",
        N,
        0,
        "en-out-sam-instead",
    ),
    ("I'll come, my plus one bailed.", Y, 0, "en-plus-one-bailed"),
    ("My wife can't come this time, but I'll be there.", Y, 0, "en-wife-cant-this-time"),
    ("i wont make it but my wife will go in my place", N, 0, "en-phone-in-my-place"),
    ("jana kommt ich nich", N, 0, "de-dictation-jana-kommt-ich-nich"),
    ("Ich nicht, aber mein Kollege kommt gern.", N, 0, "de-ich-nicht-kollege-gern"),
    ("Dä Pitter kütt, ich kann nit.", N, 0, "ksh-pitter-kuett-ich-nit"),
    ("Mi Frau chunnt, ich cha leider nöd.", N, 0, "ch-frau-chunnt-ich-noed"),
    (
        "Ich komme – mein Kollege, der auch auf der Liste steht, sagt ab.",
        Y,
        0,
        "de-member-colleague-declines",
    ),
    (
        "Im Auftrag von Herrn Roth: er kommt nicht, ich komme aber gern mit.",
        N,
        0,
        "de-auftrag-writer-would-come",
    ),
    (
        "Frau Lenz lässt ausrichten, dass sie leider nicht kommt, ihr Mann aber schon.",
        N,
        0,
        "de-proxy-no-husband-yes",
    ),
    ("My wife says she is coming, I am not.", N, 0, "en-wife-says-coming-i-am-not"),
    ("Mein Kollege sagt zu, ich sage ab.", N, 0, "de-kollege-sagt-zu-ich-ab"),
    ("Sarah is in, I am out.", N, 0, "en-sarah-in-i-out"),
    ("Meine Frau ist dabei, ich leider nicht.", N, 0, "de-frau-dabei-ich-nicht"),
    ("Jonas kommt doch nicht mit, ich aber schon.", Y, 0, "de-jonas-doch-nicht-ich-schon"),
    ("Wir kommen nicht zu zweit, ich komme allein.", Y, 0, "de-nicht-zu-zweit-allein"),
]


@pytest.mark.parametrize(
    ("text", "answer", "guests"), [pytest.param(t, a, g, id=i) for t, a, g, i in TRAPS]
)
def test_someone_elses_answer_never_turns_the_members_around(
    text: str, answer: Answer, guests: int
) -> None:
    intent = read_intent(text)
    opposite = N if answer is Y else Y
    assert intent.answer is not opposite
    assert intent.guests <= guests
