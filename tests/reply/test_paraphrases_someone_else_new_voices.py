"""Someone else answers for the member, or comes instead, in new voices.

Written before the reader was looked at: assistants "im Auftrag", "on
behalf of", a "Nachricht von Herrn …:", a formal "is delighted to accept",
a colleague who "will attend on my behalf", a note forwarding the
invitation. The member's own answer is read; where whose answer it is stays
unclear, review is fine, never the opposite.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

Y, N, M = Answer.YES, Answer.NO, Answer.MAYBE

# (text, the member's answer, the guests, id); None: a person reads it
READ = [
    (
        "Herr Müller lässt ausrichten, dass er gerne kommt.",
        Y,
        0,
        "herr-müller-lässt-ausrichten-dass-er",
    ),
    (
        "Herr Müller lässt ausrichten, er kann leider nicht.",
        N,
        0,
        "herr-müller-lässt-ausrichten-er-kann",
    ),
    ("On behalf of Dr. Smith: she will attend.", Y, 0, "on-behalf-of-dr-smith-she"),
    (
        "Writing on behalf of Mr. Jones, who regrets he is unable to attend.",
        N,
        0,
        "writing-on-behalf-of-mr-jones",
    ),
    (
        "Im Auftrag von Frau Schmidt sage ich für Donnerstag ab.",
        N,
        0,
        "im-auftrag-von-frau-schmidt-sage",
    ),
    ("Im Auftrag von Herrn Keller: Er nimmt gerne teil.", Y, 0, "im-auftrag-von-herrn-keller-er"),
    ("Mein Kollege kommt statt mir.", N, 0, "mein-kollege-kommt-statt-mir"),
    (
        "Ich kann nicht, aber meine Kollegin Frau Lang würde an meiner Stelle kommen.",
        N,
        0,
        "ich-kann-nicht-aber-meine-kollegin",
    ),
    ("I can't make it, but my colleague Jan will go in my place.", N, 0, "i-can-t-make-it-but"),
    (
        "Hi, this is Tom's wife – Tom is down with flu and won't make it.",
        N,
        0,
        "hi-this-is-tom-s-wife",
    ),
    ("Ich schreibe für meinen Mann: er kommt gerne.", Y, 0, "ich-schreibe-für-meinen-mann-er"),
    ("Nachricht von Herrn Berg: Er ist dabei.", Y, 0, "nachricht-von-herrn-berg-er-ist"),
    (
        "Frau Dr. Kaya bittet mich, Ihnen mitzuteilen, dass sie leider verhindert ist.",
        N,
        0,
        "frau-dr-kaya-bittet-mich-ihnen",
    ),
    ("Mr Patel asked me to let you know he'll be there.", Y, 0, "mr-patel-asked-me-to-let"),
    (
        "Mr Patel asked me to let you know he won't be able to make it.",
        N,
        0,
        "mr-patel-asked-me-to-let-2",
    ),
    (
        "Sorry, schreibe für Lisa, sie hat grad kein Handy – sie kommt!",
        Y,
        0,
        "sorry-schreibe-für-lisa-sie-hat",
    ),
    (
        "PA to Sarah Jones here – Sarah is delighted to accept.",
        Y,
        0,
        "pa-to-sarah-jones-here-sarah",
    ),
    ("Anstelle von mir kommt diesmal Frau Brandt.", N, 0, "anstelle-von-mir-kommt-diesmal-frau"),
    (
        "Schicke diesmal meine Stellvertreterin, ich selbst bin im Urlaub.",
        N,
        0,
        "schicke-diesmal-meine-stellvertreterin-ich-selbst",
    ),
    ("I'll send my deputy instead.", N, 0, "i-ll-send-my-deputy-instead"),
    (
        "Herr Schulz kann nicht, ich (seine Assistentin) würde aber gern kommen.",
        N,
        0,
        "herr-schulz-kann-nicht-ich-seine",
    ),
    (
        "FYI – leite das mal an dich weiter, wär doch was für dich?",
        None,
        0,
        "fyi-leite-das-mal-an-dich",
    ),
    ("Thought you'd like this one, Sam – fancy going?", None, 0, "thought-you-d-like-this-one"),
    ("Im Namen von Prof. Weber sage ich zu.", Y, 0, "im-namen-von-prof-weber-sage"),
    (
        "Herr Becker bedankt sich für die Einladung und kommt gern.",
        Y,
        0,
        "herr-becker-bedankt-sich-für-die",
    ),
    (
        "Frau Lenz ist krank und kann nicht kommen. Beste Grüße, ihr Sekretariat",
        N,
        0,
        "frau-lenz-ist-krank-und-kann",
    ),
    (
        "Die Chefin kommt nicht, aber ich komme gerne an ihrer Stelle.",
        N,
        0,
        "die-chefin-kommt-nicht-aber-ich",
    ),
    ("Für Herrn Graf: zugesagt.", Y, 0, "für-herrn-graf-zugesagt"),
    (
        "Opa lässt fragen, ob er seinen Enkel mitbringen darf. Er kommt auf jeden Fall.",
        Y,
        0,
        "opa-lässt-fragen-ob-er-seinen",
    ),
    ("Er kann nicht, hat er gesagt. Grüße, seine Tochter", N, 0, "er-kann-nicht-hat-er-gesagt"),
    (
        "mein kollege tim übernimmt für mich, ich bin raus",
        N,
        0,
        "mein-kollege-tim-übernimmt-für-mich",
    ),
    ("Colleague Maria will attend on my behalf.", N, 0, "colleague-maria-will-attend-on-my"),
    ("Meine Kollegin vertritt mich.", N, 0, "meine-kollegin-vertritt-mich"),
    ("Ich lasse mich von Herrn Kurz vertreten.", N, 0, "ich-lasse-mich-von-herrn-kurz"),
    ("Ich kann nicht – Tim kommt für mich.", N, 0, "ich-kann-nicht-tim-kommt-für"),
    (
        "Herr Dr. Vogel wird leider nicht teilnehmen können. "
        "Mit freundlichen Grüßen, i.A. Petra Maier",
        N,
        0,
        "herr-dr-vogel-wird-leider-nicht",
    ),
    ("i.A. für Herrn Stein: Er nimmt teil.", Y, 0, "i-a-für-herrn-stein-er"),
    (
        "Kind regards on behalf of Ms Lee – unfortunately she has a prior commitment.",
        N,
        0,
        "kind-regards-on-behalf-of-ms",
    ),
]

# (text, the member's answer, the guests at most, id): a person may read these
UNSURE = [
    (
        "Ich antworte für meinen Vater, er ist leider im Krankenhaus.",
        N,
        0,
        "ich-antworte-für-meinen-vater-er",
    ),
    ("Papa sagt er kommt", Y, 0, "papa-sagt-er-kommt"),
    (
        "Meine Frau und ich kommen beide – sie ist ja auch Mitglied.",
        Y,
        0,
        "meine-frau-und-ich-kommen-beide",
    ),
    (
        "Ich antworte mal für uns beide (Jan und ich): wir kommen.",
        Y,
        0,
        "ich-antworte-mal-für-uns-beide",
    ),
    (
        "Hier schreibt die Assistentin von Herrn Wolf. Herr Wolf ist leider auf Dienstreise.",
        N,
        0,
        "hier-schreibt-die-assistentin-von-herrn",
    ),
    ("my husband (Rob) says yes!", Y, 0, "my-husband-rob-says-yes"),
    (
        "Jana kommt nicht, sie hat Dienst. Schreibt ihre Mitbewohnerin.",
        N,
        0,
        "jana-kommt-nicht-sie-hat-dienst",
    ),
]


@pytest.mark.parametrize(
    ("text", "answer", "guests"), [pytest.param(t, a, g, id=i) for t, a, g, i in READ]
)
def test_someone_elses_words_give_the_members_own_answer(
    text: str, answer: Answer | None, guests: int
) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests) == (answer, guests)


@pytest.mark.parametrize(
    ("text", "answer", "guests"), [pytest.param(t, a, g, id=i) for t, a, g, i in UNSURE]
)
def test_someone_elses_words_left_unsure_are_never_the_opposite(
    text: str, answer: Answer, guests: int
) -> None:
    intent = read_intent(text)
    assert intent.answer in (answer, None)
    assert intent.guests <= guests
