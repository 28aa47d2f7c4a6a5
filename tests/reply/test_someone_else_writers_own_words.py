"""Someone writes for the member and speaks of their own coming too.

An assistant, a daughter, a flatmate or a neighbour writes; the member is "er", "Papa",
"Frau Roth", and the writer's own "ich" may come, stay away or take the member's place.
Each row is one way strangers write it, in the voices of the eighth batch: a practice's
reception, a parish office, a relative typing for a parent, Kölsch, Swiss German, phone
haste, capitals. The member's answer may go to review, but it is never recorded as the
opposite, and nobody is counted as the member's guest who is not.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

Y, N = Answer.YES, Answer.NO

# (text, the member's answer, the guests at most if it is read, id)
TRAPS = [
    (
        "Ich schreibe für meinen Vater, er kommt mit mir zusammen.",
        Y,
        1,
        "ich-schreibe-für-meinen-vater-er",
    ),
    (
        "Ich schreibe für meine Mutter: sie kommt, ich bringe sie hin.",
        Y,
        1,
        "ich-schreibe-für-meine-mutter-sie",
    ),
    (
        "Hier ist die Tochter von Herrn Klein. Papa kann leider nicht, ich wäre aber gern dabei.",
        N,
        0,
        "hier-ist-die-tochter-von-herrn",
    ),
    (
        "Hallo, ich bin Svens Nachbarin. Sven ist im Krankenhaus und kommt nicht. "
        "Ich komme aber gern vorbei, wenn das geht.",
        N,
        0,
        "hallo-ich-bin-svens-nachbarin-sven",
    ),
    (
        "Guten Tag, Praxis Dr. Ohm, Empfang. Herr Dr. Ohm muss leider absagen.",
        N,
        0,
        "guten-tag-praxis-dr-ohm-empfang",
    ),
    (
        "Sekretariat Prof. Hahn: Frau Prof. Hahn nimmt gern teil.",
        Y,
        0,
        "sekretariat-prof-hahn-frau-prof-hahn",
    ),
    (
        "Writing for my dad, he's not great with email – he'll come, and I'll drive him.",
        Y,
        1,
        "writing-for-my-dad-hes-not",
    ),
    (
        "My mum asked me to reply for her: she can't make it this month.",
        N,
        0,
        "my-mum-asked-me-to-reply",
    ),
    (
        "Hi, I'm Tom's flatmate. Tom lost his phone, he says he'll definitely be there.",
        Y,
        0,
        "hi-im-toms-flatmate-tom-lost",
    ),
    (
        "Im Namen von Frau Berger: leider keine Zeit am Donnerstag. Ich selbst würde gern kommen.",
        N,
        0,
        "im-namen-von-frau-berger-leider",
    ),
    (
        "PA to Dr Shah here. Dr Shah sends apologies, she won't be able to join; "
        "I could come instead.",
        N,
        0,
        "pa-to-dr-shah-here-dr",
    ),
    (
        "Mein Mann hat die Mail nicht gesehen, ich antworte für ihn: "
        "er kommt nicht, ich aber schon gern.",
        N,
        0,
        "mein-mann-hat-die-mail-nicht",
    ),
    (
        "Die Assistenz von Herrn Vogt hier. Er hat abgesagt, aber ich komme gern als Vertretung.",
        N,
        0,
        "die-assistenz-von-herrn-vogt-hier",
    ),
    (
        "Hab die Einladung an meinen Kollegen weitergeleitet, der kommt. Ich selbst bin raus.",
        N,
        0,
        "hab-die-einladung-an-meinen-kollegen",
    ),
    (
        "Hab's an Julia weitergeleitet, sie sagt zu. Ich kann nicht.",
        N,
        0,
        "habs-an-julia-weitergeleitet-sie-sagt",
    ),
    (
        "Forwarded this to Ben who says he's in. I'm out unfortunately.",
        N,
        0,
        "forwarded-this-to-ben-who-says",
    ),
    (
        "Wir (Büro Krämer) teilen mit: Herr Krämer kommt nicht, Frau Lutz aus dem Team kommt gern.",
        N,
        0,
        "wir-büro-krämer-teilen-mit-herr",
    ),
    (
        "Meine Frau meint ich soll zusagen aber ich hab keine Zeit",
        N,
        0,
        "meine-frau-meint-ich-soll-zusagen",
    ),
    (
        "Mein Sohn kommt gern mit, aber ich muss doch absagen.",
        N,
        0,
        "mein-sohn-kommt-gern-mit-aber",
    ),
    ("Ich kann nicht aber meine Tochter würde gern hin", N, 0, "ich-kann-nicht-aber-meine-tochter"),
    (
        "Chef hat gesagt ich soll hingehen, mach ich aber nicht, bin krank.",
        N,
        0,
        "chef-hat-gesagt-ich-soll-hingehen",
    ),
    (
        "My assistant already said yes by mistake – I actually can't come.",
        N,
        0,
        "my-assistant-already-said-yes-by",
    ),
    (
        "Meine Sekretärin hat versehentlich zugesagt, ich kann leider nicht.",
        N,
        0,
        "meine-sekretärin-hat-versehentlich-zugesagt-ich",
    ),
    (
        "Die Zusage von meinem Kollegen gilt nicht für mich, ich bin nicht da.",
        N,
        0,
        "die-zusage-von-meinem-kollegen-gilt",
    ),
    ("Sie kommt. Ich nicht. Gruß, ihr Mann", N, 0, "sie-kommt-ich-nicht-gruß-ihr"),
    (
        "Herr Braun ist dabei! (schreibt seine Assistentin, die selbst nicht kommt)",
        Y,
        0,
        "herr-braun-ist-dabei-schreibt-seine",
    ),
    (
        "Sorry, Carla hier, ich antworte für Ingo: er ist raus, ich bin dabei.",
        N,
        0,
        "sorry-carla-hier-ich-antworte-für",
    ),
    ("Klaus is coming, not me. – Petra", N, 0, "klaus-is-coming-not-me-petra"),
    ("not me but my colleague Ahmed will come", N, 0, "not-me-but-my-colleague-ahmed"),
    ("my husband says yes, I say no thanks", N, 0, "my-husband-says-yes-i-say"),
    ("Jo, de Pitter kütt nit, ävver ich kumme för en.", N, 0, "jo-de-pitter-kütt-nit-ävver"),
    ("Min Kolleg chunnt, i sälber leider nöd.", N, 0, "min-kolleg-chunnt-i-sälber-leider"),
    (
        "Frau Roth kommt – ich, ihre Assistentin, leider nicht.",
        Y,
        0,
        "frau-roth-kommt-ich-ihre-assistentin",
    ),
    ("Her assistant here: she's coming, I'm not.", Y, 0, "her-assistant-here-shes-coming-im"),
    (
        "Herr Lang lässt ausrichten: er kommt gern. "
        "Ich als seine Assistentin bin leider verhindert.",
        Y,
        0,
        "herr-lang-lässt-ausrichten-er-kommt",
    ),
    (
        "im auftrag: herr kaiser sagt ab. ich komme stattdessen falls erlaubt",
        N,
        0,
        "im-auftrag-herr-kaiser-sagt-ab",
    ),
    (
        "Auf Wunsch von Frau Dr. Pohl sage ich für sie ab, sie ist auf Dienstreise.",
        N,
        0,
        "auf-wunsch-von-frau-dr-pohl",
    ),
    (
        "Ich sage ab für meinen Mann, er liegt flach. Ich würde gern trotzdem kommen.",
        N,
        0,
        "ich-sage-ab-für-meinen-mann",
    ),
    ("ICH KOMME NICHT, MEINE FRAU SCHON", N, 0, "ich-komme-nicht-meine-frau-schon"),
    ("Kollege kommt 👍 ich ❌", N, 0, "kollege-kommt-ich"),
    ("Mein Vater kommt gern, ich begleite ihn.", Y, 1, "mein-vater-kommt-gern-ich-begleite"),
    ("Papa sagt er kommt nicht, ich fahr ihn also nicht hin", N, 0, "papa-sagt-er-kommt-nicht-ich"),
]


@pytest.mark.parametrize(
    ("text", "answer", "guests"), [pytest.param(t, a, g, id=i) for t, a, g, i in TRAPS]
)
def test_the_writers_own_words_never_turn_the_members_answer(
    text: str, answer: Answer, guests: int
) -> None:
    intent = read_intent(text)
    opposite = N if answer is Y else Y
    assert intent.answer is not opposite
    assert intent.guests <= guests


def test_a_no_given_for_someone_beside_the_writers_own_yes_goes_to_review() -> None:
    intent = read_intent(
        "Ich sage ab für meinen Mann, er liegt flach. Ich würde gern trotzdem kommen."
    )
    assert intent.answer is None
    assert "written for someone else" in intent.problem
