"""A party, a colleague or a partner named beside the member never turns the answer round.

Strangers' ways of mixing the member's answer with other people's company: the
partner who comes with someone while the member works, a party size denied and
then the coming itself ("nicht zu zweit, sondern gar nicht"), a group away
together, a plus-one and the member both out. Review is fine; the opposite
answer, or guests counted for someone else's party, never is.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.topic_text import extract_topics
from mail.types import Answer

Y, N = Answer.YES, Answer.NO

# (text, the opposite of what the member says, id)
TRAPS = [
    ("Meine Frau kommt mit ihrer Schwester, ich muss leider arbeiten.", Y, "de-wife-and-sister"),
    ("My wife is bringing her sister, but I can't make it.", Y, "en-wife-brings-sister"),
    (
        "Mein Kollege kommt mit zwei Leuten aus seinem Team, ich selbst bin krank.",
        Y,
        "de-colleague-with-his-team",
    ),
    (
        "Ich kann nicht. Meine Kollegin Anna (auch Mitglied) kommt aber mit ihrem Mann.",
        Y,
        "de-member-colleague-with-husband",
    ),
    ("Tom kommt mit seiner Freundin, ich bin raus.", Y, "de-name-with-girlfriend"),
    (
        "Herr Bauer lässt ausrichten, dass seine Frau mitkommt, er selbst aber nicht kann.",
        Y,
        "de-proxy-wife-comes-member-not",
    ),
    ("Anna kommt zu zweit, ich nicht.", Y, "de-name-zu-zweit-ich-nicht"),
    ("Ich nicht, aber mein Mann kommt mit unserem Sohn.", Y, "de-husband-and-son-instead"),
    ("The two of them are coming, I'm not.", Y, "en-two-of-them"),
    ("Meine Kollegen kommen zu dritt, ich bin leider verhindert.", Y, "de-colleagues-zu-dritt"),
    ("Wir sind zu dritt im Urlaub, also leider nein.", Y, "de-zu-dritt-im-urlaub"),
    ("Sorry, we're three in the family and all sick – no.", Y, "en-three-all-sick"),
    ("Meine Frau und ich sind an dem Abend auf einer Hochzeit.", Y, "de-couple-at-wedding"),
    ("My partner and I are away that weekend.", Y, "en-partner-and-i-away"),
    (
        "Mit meinen zwei Kindern bin ich an dem Abend allein zu Hause, daher nein.",
        Y,
        "de-home-with-kids",
    ),
    ("Unser Team (wir sind zu viert) schafft es leider nicht.", Y, "de-team-of-four-cannot"),
    (
        "Ich komme nicht, aber darf meine Kollegin mit ihrem Azubi kommen?",
        Y,
        "de-colleague-asked-for",
    ),
    (
        "Ja – für meine Kollegin: sie kommt mit Begleitung. Ich selbst kann nicht.",
        Y,
        "de-ja-for-colleague",
    ),
    (
        "Sag meiner Chefin Bescheid, ich komme nicht, aber sie kommt zu zweit.",
        Y,
        "de-boss-zu-zweit",
    ),
    ("Mein Mann kommt nicht mit, und ich auch nicht.", Y, "de-neither-husband-nor-me"),
    ("Eigentlich wollten wir zu dritt kommen, jetzt kann keiner von uns.", Y, "de-keiner-von-uns"),
    ("Leider nein – weder ich noch meine Begleitung.", Y, "de-weder-noch"),
    ("Kein +1 diesmal, und ich selbst schaffe es auch nicht.", Y, "de-kein-plus-eins-auch-nicht"),
    ("Plus one? Nope, and I can't come either.", Y, "en-plus-one-nope"),
    ("Ich bringe niemanden mit, weil ich selbst nicht komme.", Y, "de-niemanden-weil-nicht"),
    ("Wir kommen nicht zu zweit, sondern gar nicht.", Y, "de-sondern-gar-nicht"),
    ("Wir kommen nicht zu dritt – überhaupt nicht, leider.", Y, "de-ueberhaupt-nicht"),
    ("We're not coming as two of us, none of us can make it.", Y, "en-none-of-us"),
    ("Mein Plus-Eins fällt flach.", N, "de-only-the-plus-one-drops"),
    ("Meine Begleitung sagt ab.", N, "de-only-the-companion-drops"),
    ("My plus-one bailed.", N, "en-only-the-plus-one-bailed"),
]


@pytest.mark.parametrize(("text", "opposite"), [pytest.param(t, o, id=n) for t, o, n in TRAPS])
def test_other_peoples_company_never_records_the_opposite(text: str, opposite: Answer) -> None:
    intent = read_intent(extract_topics(text).rest)
    assert intent.answer is not opposite
    if intent.answer is not Y:
        assert intent.guests == 0
