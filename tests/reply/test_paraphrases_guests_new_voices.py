"""Guests in strangers' words: sizes, companions, withdrawals, in new voices.

Written before the reader was looked at: numbers in words and digits, "zu
zweit" in Kölsch and Swiss ("zo zweit", "zu zwöit"), chat ("we r 3 ppl"),
compounds of "Person" ("mit Begleitperson"), a changed size ("doch zu dritt
statt zu zweit"), a companion who drops out, a maybe that keeps its company.
Where the reader cannot tell, review is fine, never the opposite and never
more guests than the member brings.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

Y, N, M = Answer.YES, Answer.NO, Answer.MAYBE

# (text, the member's answer, the guests, id)
READ = [
    ("Wir kommen zu zweit.", Y, 1, "wir-kommen-zu-zweit"),
    ("Komme zu dritt!", Y, 2, "komme-zu-dritt"),
    ("wir sind zu viert", Y, 3, "wir-sind-zu-viert"),
    ("Wir kommen mit drei Leuten.", Y, 2, "wir-kommen-mit-drei-leuten"),
    ("We'll be three.", Y, 2, "we-ll-be-three"),
    ("My partner and I will be there.", Y, 1, "my-partner-and-i-will-be"),
    ("Ich komme mit meinen beiden Kolleginnen.", Y, 2, "ich-komme-mit-meinen-beiden-kolleginnen"),
    ("Bringe Jana mit.", Y, 1, "bringe-jana-mit"),
    ("Ich komme, aber nicht allein 😉", Y, 1, "ich-komme-aber-nicht-allein"),
    ("Ich komme +1", Y, 1, "ich-komme-+1"),
    ("Bin dabei, plus eins.", Y, 1, "bin-dabei-plus-eins"),
    ("Komme mit Begleitung.", Y, 1, "komme-mit-begleitung"),
    ("Ich bringe meinen Mann mit.", Y, 1, "ich-bringe-meinen-mann-mit"),
    ("count me in, plus my wife", Y, 1, "count-me-in-plus-my-wife"),
    ("Me + 2 friends", Y, 2, "me-+-2-friends"),
    ("ich und mein Kumpel sind dabei", Y, 1, "ich-und-mein-kumpel-sind-dabei"),
    ("Wir kommen: ich, Tobi und Lea.", Y, 2, "wir-kommen-ich-tobi-und-lea"),
    ("Hi, we're coming, 4 people total", Y, 3, "hi-we-re-coming-4-people"),
    ("Dabei! Zu zweit.", Y, 1, "dabei-zu-zweit"),
    ("bin dabei mit nem kollegen", Y, 1, "bin-dabei-mit-nem-kollegen"),
    ("komm mit meiner freundin", Y, 1, "komm-mit-meiner-freundin"),
    ("I'll bring a friend along", Y, 1, "i-ll-bring-a-friend-along"),
    ("bringing 2 colleagues", Y, 2, "bringing-2-colleagues"),
    ("Two of us coming!", Y, 1, "two-of-us-coming"),
    ("There'll be 3 of us", Y, 2, "there-ll-be-3-of-us"),
    ("Wir sind insgesamt drei Personen.", Y, 2, "wir-sind-insgesamt-drei-personen"),
    ("Ich nehme meinen Sohn mit.", Y, 1, "ich-nehme-meinen-sohn-mit"),
    ("Mein Mann kommt auch mit.", Y, 1, "mein-mann-kommt-auch-mit"),
    ("Meine Frau begleitet mich.", Y, 1, "meine-frau-begleitet-mich"),
    ("Zusage für 2 Personen", Y, 1, "zusage-für-2-personen"),
    ("Bitte 3 Plätze reservieren, danke!", Y, 2, "bitte-3-plätze-reservieren-danke"),
    ("Wir kommen zu zweit, mein Freund und ich.", Y, 1, "wir-kommen-zu-zweit-mein-freund"),
    ("I'm coming with my husband.", Y, 1, "i-m-coming-with-my-husband"),
    ("Count us in - me and my two kids", Y, 2, "count-us-in-me-and-my"),
    ("JA, ZU DRITT!", Y, 2, "ja-zu-dritt"),
    ("Mia und ich kommen", Y, 1, "mia-und-ich-kommen"),
    ("Ich komm mit Lukas und Ben", Y, 2, "ich-komm-mit-lukas-und-ben"),
    ("Zusage, mit Begleitperson", Y, 1, "zusage-mit-begleitperson"),
    ("Gerne, ich bringe eine Kollegin mit.", Y, 1, "gerne-ich-bringe-eine-kollegin-mit"),
    ("Happy to come, will bring my colleague Tom.", Y, 1, "happy-to-come-will-bring-my"),
    ("Wir kommen zu 2.", Y, 1, "wir-kommen-zu-2"),
    ("Komme mit 2 Kollegen", Y, 2, "komme-mit-2-kollegen"),
    ("I'll come with a plus one", Y, 1, "i-ll-come-with-a-plus"),
    ("yes +2", Y, 2, "yes-+2"),
    ("Ich komme und bringe zwei Freunde mit", Y, 2, "ich-komme-und-bringe-zwei-freunde"),
    ("Mer kumme zo zweit", Y, 1, "mer-kumme-zo-zweit"),
    ("mir chömed zu zweit", Y, 1, "mir-chömed-zu-zweit"),
    ("Wir sind zwei, mein Mann kommt mit.", Y, 1, "wir-sind-zwei-mein-mann-kommt"),
    ("komme mit meinem mann und meiner tochter", Y, 2, "komme-mit-meinem-mann-und-meiner"),
    ("Sure, I'll bring my girlfriend", Y, 1, "sure-i-ll-bring-my-girlfriend"),
    ("Ja, und meine Frau kommt auch", Y, 1, "ja-und-meine-frau-kommt-auch"),
    ("Zu zweit wenn's recht ist", Y, 1, "zu-zweit-wenn-s-recht-ist"),
    ("I and my colleague will attend.", Y, 1, "i-and-my-colleague-will-attend"),
    ("wir kommn zu zweit", Y, 1, "wir-kommn-zu-zweit"),
    ("we r 3 ppl", Y, 2, "we-r-3-ppl"),
    ("Komme, bringe meine Frau mit", Y, 1, "komme-bringe-meine-frau-mit"),
    (
        "Ich bin dabei und bringe noch drei Kollegen aus dem Team mit.",
        Y,
        3,
        "ich-bin-dabei-und-bringe-noch",
    ),
    (
        "Wir kommen zu zweit – meine Nachbarin kommt mit.",
        Y,
        1,
        "wir-kommen-zu-zweit-meine-nachbarin",
    ),
    ("Sounds great, the two of us will come.", Y, 1, "sounds-great-the-two-of-us"),
    ("me and the missus are in", Y, 1, "me-and-the-missus-are-in"),
    ("Komme doch ohne Begleitung.", Y, 0, "komme-doch-ohne-begleitung"),
    ("My plus-one bailed, but I'm still coming.", Y, 0, "my-plus-one-bailed-but-i"),
    ("Kollegin kann doch nicht, ich komme allein.", Y, 0, "kollegin-kann-doch-nicht-ich-komme"),
    ("Doch zu dritt statt zu zweit!", Y, 2, "doch-zu-dritt-statt-zu-zweit"),
    ("Korrektur: wir sind doch nur zu zweit.", Y, 1, "korrektur-wir-sind-doch-nur-zu"),
    ("Mein Mann kommt doch nicht mit, ich aber schon.", Y, 0, "mein-mann-kommt-doch-nicht-mit"),
    (
        "Leider kann meine Begleitung doch nicht – ich komme trotzdem.",
        Y,
        0,
        "leider-kann-meine-begleitung-doch-nicht",
    ),
    ("Plus one is off, see you there solo.", Y, 0, "plus-one-is-off-see-you"),
    ("Wir sind jetzt doch zu viert.", Y, 3, "wir-sind-jetzt-doch-zu-viert"),
    ("Change of plan: my wife can't come, so it's just me.", Y, 0, "change-of-plan-my-wife-can"),
    ("Meine Frau ist krank, ich komm alleine.", Y, 0, "meine-frau-ist-krank-ich-komm"),
    ("Darf ich jemanden mitbringen?", None, 0, "darf-ich-jemanden-mitbringen"),
    ("Can I bring a friend?", None, 0, "can-i-bring-a-friend"),
    ("Ich komme! Darf ich meinen Mann mitbringen?", Y, 1, "ich-komme-darf-ich-meinen-mann"),
    ("Kann ich noch ne Freundin mitnehmen?", None, 0, "kann-ich-noch-ne-freundin-mitnehmen"),
    ("Is a plus one OK?", None, 0, "is-a-plus-one-ok"),
    ("Vielleicht, dann mit meiner Frau.", M, 1, "vielleicht-dann-mit-meiner-frau"),
    ("Maybe, would be with my partner", M, 1, "maybe-would-be-with-my-partner"),
    ("Neither my wife nor I can make it.", N, 0, "neither-my-wife-nor-i-can"),
]

# (text, the member's answer, the guests at most, id): a person may read these
UNSURE = [
    ("Update: it'll just be me.", Y, 0, "update-it-ll-just-be-me"),
    (
        "My colleague Sam (also a member) and I will be there",
        Y,
        0,
        "my-colleague-sam-also-a-member",
    ),
    ("Wir können beide nicht.", N, 0, "wir-können-beide-nicht"),
]


@pytest.mark.parametrize(
    ("text", "answer", "guests"), [pytest.param(t, a, g, id=i) for t, a, g, i in READ]
)
def test_guests_in_new_voices_are_counted_with_the_members_answer(
    text: str, answer: Answer, guests: int
) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests) == (answer, guests)


@pytest.mark.parametrize(
    ("text", "answer", "guests"), [pytest.param(t, a, g, id=i) for t, a, g, i in UNSURE]
)
def test_guests_left_unsure_are_never_read_as_the_opposite(
    text: str, answer: Answer, guests: int
) -> None:
    intent = read_intent(text)
    assert intent.answer in (answer, None)
    assert intent.guests <= guests
