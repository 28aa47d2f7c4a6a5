"""Company that is not the member's guest, and answers passed on beside the member's own.

Each row is one way strangers write it: a colleague who is invited too and
answers for themselves, a companion from last time who does not come this
time, a partner's apology beside the member's yes, an assistant who would
come in the member's place. The member's answer may go to review, but never
the opposite, and the guests counted are at most the ones the member brings.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

Y, N = Answer.YES, Answer.NO

# (text, the member's answer, the guests at most if it is read, id)
TRAPS = [
    (
        "Herr Weber kommt nicht. Ich komme aber gerne an seiner Stelle.",
        N,
        0,
        "de-assistant-in-his-place",
    ),
    (
        "On behalf of Mr Brown: he regrets he cannot attend; I will attend in his place.",
        N,
        0,
        "en-behalf-i-attend-instead",
    ),
    (
        "Meine Frau sagt, ich soll absagen, aber ich komme doch!",
        Y,
        0,
        "de-told-to-decline-comes-anyway",
    ),
    ("My boss says I should decline, but I'll come anyway.", Y, 0, "en-boss-says-decline"),
    ("Mein Kollege meinte, er kommt nicht – ich aber schon.", Y, 0, "de-er-nicht-ich-schon"),
    ("Tom said he can't come. I can.", Y, 0, "en-tom-cant-i-can"),
    (
        "Ich hab Tom gefragt, er hat keine Zeit. Ich komme aber mit Lisa.",
        Y,
        1,
        "de-tom-no-time-lisa",
    ),
    ("Jana hat gesagt, sie kommt mit, aber ich kann nicht.", N, 0, "de-jana-would-member-cannot"),
    ("Sorry from Sarah, she can't – but I'm coming!", Y, 0, "en-sorry-from-sarah"),
    ("Meine Frau lässt sich entschuldigen, ich komme.", Y, 0, "de-wife-apologises-member-comes"),
    (
        "Mein Mann lässt ausrichten, dass er nicht mitkommt. Ich bin aber dabei.",
        Y,
        0,
        "de-husband-not-along",
    ),
    ("Herr Klein lässt ausrichten, er kommt mit seiner Frau.", Y, 1, "de-proxy-with-wife"),
    (
        "Hi, Jo's partner here. Jo is sick and won't come, but I'd love to drop by.",
        N,
        0,
        "en-partner-would-drop-by",
    ),
    ("Meine Kollegin, die auch eingeladen ist, kommt mit.", Y, 0, "de-colleague-invited-too"),
    ("Ich komme mit Jana, die ist ja eh auf eurer Liste.", Y, 0, "de-jana-on-the-list"),
    (
        "I'll come with Mark, he's on your list anyway and will reply himself.",
        Y,
        0,
        "en-mark-replies-himself",
    ),
    (
        "Ich und meine Kollegin kommen – sie meldet sich selber noch.",
        Y,
        0,
        "de-kollegin-meldet-sich-selbst",
    ),
    (
        "Mein Kollege und ich kommen, er hat euch schon geschrieben.",
        Y,
        0,
        "de-kollege-schon-geschrieben",
    ),
    (
        "Ich komme. Meine Schwester kommt leider nicht mit, die hat Schicht.",
        Y,
        0,
        "de-sister-has-a-shift",
    ),
    ("Count me in. My plus-one can't make it.", Y, 0, "en-plus-one-cant"),
    (
        "Wir kommen zu zweit – ach nee, Tom kann doch nicht. Also nur ich.",
        Y,
        0,
        "de-zu-zweit-taken-back",
    ),
    (
        "Ich komme – aber nicht zu zweit wie letztes Mal, diesmal allein.",
        Y,
        0,
        "de-nicht-zu-zweit-wie-letztes-mal",
    ),
    (
        "Letztes Mal war ich mit meiner Frau da, diesmal komme ich allein.",
        Y,
        0,
        "de-last-time-with-wife",
    ),
    ("Last time I brought my brother; this time it's just me.", Y, 0, "en-last-time-brother"),
    ("Ich komme gern, meine Frau hat leider keine Lust.", Y, 0, "de-wife-keine-lust"),
    ("Wir sind drei im Team, aber nur ich komme.", Y, 0, "de-three-in-team-only-me"),
    ("Meine Freundin kommt mit, ich selbst aber leider nicht.", N, 0, "de-friend-along-member-not"),
    (
        "Mit Begleitung wäre schön gewesen, aber ich kann leider gar nicht.",
        N,
        0,
        "de-mit-begleitung-but-cannot",
    ),
    ("I'd have brought my wife, but neither of us can make it.", N, 0, "en-neither-of-us"),
    ("Wir beide müssen leider passen.", N, 0, "de-wir-beide-passen"),
    ("Mia und ich schaffen es diesmal nicht.", N, 0, "de-mia-und-ich-nicht"),
    ("Me and my husband won't make it, sorry!", N, 0, "en-me-and-husband-wont"),
]


@pytest.mark.parametrize(
    ("text", "answer", "guests"), [pytest.param(t, a, g, id=i) for t, a, g, i in TRAPS]
)
def test_company_that_is_not_the_members_is_never_counted_or_answered_for(
    text: str, answer: Answer, guests: int
) -> None:
    intent = read_intent(text)
    opposite = N if answer is Y else Y
    assert intent.answer is not opposite
    assert intent.guests <= guests
