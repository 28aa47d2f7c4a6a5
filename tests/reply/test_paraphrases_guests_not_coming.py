"""Guests who are not coming and answers that are someone else's, in strangers' words.

Written before reading the rules, to find what a stranger writes that would make
the reader count a guest who is not coming (numbers of things, minutes, rides,
children, a guest who stays home, another evening) or record the answer of
someone other than the member ("meine Frau kommt, ich nicht"). Each row is
read right or sent to review; never the opposite, never a guest too many.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

Y, N = Answer.YES, Answer.NO

# The member comes alone: the number or the person named is not a guest.
ALONE = [
    ("Ich komme, bringe zwei Flaschen Wein mit.", "de-zwei-flaschen-wein"),
    ("Ja, und ich bringe 2 Kuchen mit!", "de-digit-kuchen"),
    ("Yes, and I'll bring two bottles of wine.", "en-two-bottles"),
    ("I'm in, will bring snacks for everyone", "en-snacks-for-everyone"),
    ("Ja klar, ich bringe meinen Laptop mit.", "de-laptop-mit"),
    ("Ich komme mit dem Fahrrad.", "de-mit-dem-fahrrad"),
    ("Komme mit 20 Minuten Verspätung.", "de-minuten-verspaetung"),
    ("I'll come, about 15 minutes late though", "en-minutes-late"),
    ("Ja, ich komme – aber nur für zwei Stunden.", "de-zwei-stunden"),
    ("Ich komme mit dem Auto und kann noch 3 Leute mitnehmen.", "de-mitfahrt-drei-leute"),
    ("Yes! I can give two people a lift from the station.", "en-lift-for-two"),
    ("Bin dabei, komme mit ein paar Ideen fürs nächste Mal.", "de-mit-ideen"),
    ("I'll come with questions about the budget.", "en-with-questions"),
    ("Ich komm mit Hunger 😄", "de-mit-hunger"),
    ("Ja, ich komme, danach muss ich meine zwei Kinder abholen.", "de-kinder-abholen"),
    ("Ich komme; mein Mann holt mich um zehn ab.", "de-mann-holt-ab"),
    ("Ja. Mein Mann passt auf die Kinder auf, also bin ich dabei.", "de-mann-passt-auf"),
    ("Ich komme, aber ohne meine Frau.", "de-ohne-frau"),
    ("Ich komme, meine Frau leider nicht.", "de-frau-leider-nicht"),
    ("Yes, but my partner can't make it this time.", "en-partner-cant"),
    ("I'll be there, my wife is out of town so it's just me.", "en-just-me"),
    ("Yes — no plus-one this time.", "en-no-plus-one"),
    ("Komme, meine Begleitung hat leider abgesagt.", "de-begleitung-abgesagt"),
    ("Ich komme allein, Lisa ist krank.", "de-allein-lisa-krank"),
    ("Ja, nächstes Mal bringe ich meine Frau mit.", "de-naechstes-mal-frau"),
    ("I'm coming. Next time I'll bring my brother along.", "en-next-time-brother"),
    ("Last time I brought two friends; this time it's just me.", "en-last-time-two-friends"),
    ("Ich komme, meine Kollegin Jana hat sich ja schon selbst angemeldet.", "de-kollegin-selbst"),
    ("Ja! Meine zwei Kollegen melden sich selbst bei dir.", "de-kollegen-melden-sich-selbst"),
    ("Ich bin dabei, mein Mann lässt grüßen.", "de-mann-laesst-gruessen"),
    ("Count me in! My wife says hi.", "en-wife-says-hi"),
    (
        "Ja, ich komme. PS: 3 Leute aus meinem Team hätten auch Interesse an der Liste.",
        "de-team-liste",
    ),
    ("Ich komme um 7, zu zweit wird leider nix, mein Freund muss arbeiten.", "de-zu-zweit-nix"),
    ("Ich komme gern, meine beiden Kinder bleiben bei Oma.", "de-kinder-bei-oma"),
    ("JA ICH KOMME, MEIN KOLLEGE LEIDER NICHT", "de-caps-kollege-nicht"),
    ("yes coming, plus one cancelled", "en-plus-one-cancelled"),
    ("Klar komm ich, mit 2 Folien im Gepäck", "de-folien"),
    ("Letztes Mal waren wir zu dritt, diesmal komme ich allein.", "de-letztes-mal-zu-dritt"),
    ("Last time we came as four; this time I'm coming by myself.", "en-last-time-four"),
    ("+1 für Maries Thema, und ich komme.", "de-plus-one-fuer-maries-thema"),
    ("+1 for your idea about the venue – I'm in.", "en-plus-one-for-your-idea"),
    ("Bin dabei, +1 zu Annas Vorschlag", "de-plus-one-zu-annas-vorschlag"),
    ("Yes, no plus-one.", "en-no-plus-one-short"),
    ("Ja. Keine Begleitung diesmal.", "de-keine-begleitung"),
    ("Ich komme, meine Frau hat an dem Abend Chor.", "de-frau-hat-chor"),
    ("Ja gerne, Grüße auch von meinen beiden Kollegen!", "de-gruesse-von-kollegen"),
]

# Someone else comes, or not: the member's own answer is the one recorded.
SOMEONE_ELSE = [
    ("Ich kann leider nicht, aber mein Kollege Tim kommt.", N, "de-kann-nicht-kollege-kommt"),
    ("Meine Frau kommt, ich muss leider arbeiten.", N, "de-frau-kommt-ich-arbeiten"),
    ("Sorry, can't make it — my colleague will go instead.", N, "en-colleague-instead"),
    ("Unfortunately I'm out, but Sarah from my team would love to join.", N, "en-sarah-join"),
    ("Lisa kommt statt meiner.", N, "de-statt-meiner"),
    ("Anna vertritt mich an dem Abend.", N, "de-vertritt-mich"),
    ("I'm sending Mark in my place.", N, "en-in-my-place"),
    ("Die anderen kommen, ich nicht.", N, "de-die-anderen-ich-nicht"),
    ("Everyone from our team is going except me.", N, "en-except-me"),
    ("Meine Kollegin hat schon zugesagt, ich muss leider absagen.", N, "de-kollegin-zugesagt"),
    ("Anna freut sich schon, ich kann leider nicht.", N, "de-anna-freut-sich"),
    ("Ich werde nicht da sein, Peter übernimmt meinen Vortrag.", N, "de-peter-uebernimmt"),
    ("Tom's definitely coming, I'm afraid I can't.", N, "en-tom-coming-i-cant"),
    ("Mein Mann sagt, er kommt nicht mit, ich komme aber.", Y, "de-mann-nicht-ich-aber"),
    ("My partner can't come, but I will.", Y, "en-partner-cant-i-will"),
    ("Jan lässt fragen, ob er auch kommen darf. Ich komme jedenfalls.", Y, "de-jan-laesst-fragen"),
    ("Ich komme. Meine Kollegin schafft es leider nicht.", Y, "de-kollegin-schafft-nicht"),
    ("Kann nicht, Kollege geht hin", N, "de-phone-kollege-geht-hin"),
    ("i cant but my wife is coming", N, "en-phone-wife-coming"),
    ("Bin raus, aber Jonas kommt für mich", N, "de-jonas-fuer-mich"),
    ("Ich nicht, aber meine Frau würde gern kommen.", N, "de-ich-nicht-frau-gern"),
    ("My husband will come, I have to stay with the kids.", N, "en-husband-will-come"),
    ("Leider nein. Mein Kollege Ben würde gern an meiner Stelle kommen.", N, "de-an-meiner-stelle"),
    ("Can't make it, but my deputy will be there.", N, "en-deputy-there"),
    ("Ich kann nicht – meine Vertretung kommt.", N, "de-vertretung-kommt"),
    ("Nope. Sending Jess instead, she's keen.", N, "en-sending-jess"),
    ("Muss absagen, Kollegin springt ein", N, "de-kollegin-springt-ein"),
    ("I won't be there but my partner will, if that's ok?", N, "en-partner-will-if-ok"),
    ("Ich komme nicht, mein Mann schon.", N, "de-mann-schon"),
    ("Alle anderen aus dem Büro kommen, nur ich hab leider Dienst.", N, "de-nur-ich-dienst"),
    ("Tim sagt zu, ich sag ab.", N, "de-tim-sagt-zu-ich-ab"),
    ("Sarah says yes, I say no – sorry!", N, "en-sarah-yes-i-no"),
    ("Meine Kollegin freut sich riesig, ich bin leider krank.", N, "de-kollegin-freut-sich-krank"),
    (
        "Mein Sohn würde gern mal mitkommen, ich selbst schaffe es aber nicht.",
        N,
        "de-sohn-ich-nicht",
    ),
    ("Ich bin raus. Lisa kommt aber, sie meldet sich selbst.", N, "de-lisa-meldet-sich-selbst"),
    ("Ja, komme. Mein Kollege kann leider nicht.", Y, "de-ja-kollege-kann-nicht"),
    ("I'm coming, Tom isn't.", Y, "en-tom-isnt"),
    ("Ich bin da, meine Frau bleibt zu Hause.", Y, "de-frau-bleibt-zuhause"),
    ("Wife can't, I can. See you!", Y, "en-wife-cant-i-can"),
    ("Komme! Jana schafft's leider nicht.", Y, "de-jana-schaffts-nicht"),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=n) for t, n in ALONE])
def test_a_guest_who_is_not_coming_is_not_counted(text: str) -> None:
    intent = read_intent(text)
    # read as a yes alone, or sent to review; never a guest counted
    assert intent.guests == 0 and intent.answer in (Y, None), (intent.answer, intent.guests)


@pytest.mark.parametrize(("text", "answer"), [pytest.param(t, a, id=n) for t, a, n in SOMEONE_ELSE])
def test_someone_elses_answer_is_not_the_members(text: str, answer: Answer) -> None:
    intent = read_intent(text)
    # the answer read right, or none: sent to review; never the other person's
    assert intent.guests == 0 and (intent.answer in (answer, None) or intent.problem), (
        intent.answer,
        intent.guests,
        intent.problem,
    )


# The party named is the subject of a no: the names bring no one and say no yes.
PARTY_SAYS_NO = [
    ("Ich und mein Kollege kommen nicht.", "de-ich-und-kollege-nicht"),
    ("Meine Frau und ich können leider nicht.", "de-frau-und-ich-koennen-nicht"),
    ("Mein Mann und ich sagen ab.", "de-mann-und-ich-sagen-ab"),
    ("My wife and I can't make it.", "en-wife-and-i-cant"),
    ("My partner and I won't be able to come, sorry", "en-partner-and-i-wont"),
    ("We're both out, sorry.", "en-both-out"),
    ("Both of us are out this time.", "en-both-of-us-out"),
    ("Count my wife and me out this time.", "en-count-out"),
    ("Wir beide sagen ab.", "de-wir-beide-sagen-ab"),
    ("Wir zwei kommen leider nicht.", "de-wir-zwei-nicht"),
    ("Ich und Jana schaffen es diesmal nicht", "de-ich-und-jana-nicht"),
    ("me n my husband cant come", "en-phone-me-n-husband"),
    ("MEINE FRAU UND ICH KÖNNEN NICHT", "de-caps-frau-und-ich"),
    ("Sorry, the two of us can't come.", "en-the-two-of-us-cant"),
    ("My husband and I are away that week.", "en-husband-and-i-away"),
    ("Ich und zwei Kollegen fallen leider aus.", "de-ich-und-zwei-kollegen-fallen-aus"),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=n) for t, n in PARTY_SAYS_NO])
def test_a_party_named_beside_its_no_is_no_yes(text: str) -> None:
    intent = read_intent(text)
    assert intent.answer is not Y and intent.guests == 0, (intent.answer, intent.guests)
