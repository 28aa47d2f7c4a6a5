"""Replies about company, built by crossing companions, counts, verbs and turns.

Each row is a reply text and what a careful organizer records: the answer and the
guests besides the member (``"yes", 1``), or ``"review"`` when a person has to read it
(a count left unclear, a question about bringing someone, another's answer alone).
The crossing keeps the kinds apart from the words: every companion meets every verb.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import cycle


@dataclass(frozen=True)
class Companion:
    """A German companion noun with its possessive forms (nominative, accusative, dative)."""

    nom: str  # "meine Kollegin", "mein Kollege"
    acc: str  # "meine Kollegin", "meinen Kollegen"
    dat: str  # "meiner Kollegin", "meinem Kollegen"
    name: str  # a first name that fits
    # a partner or a boss may be the member, written for by the one who says "ich"; their
    # dropping out beside "ich komme" is left to a person
    may_be_member: bool = False


def _f(noun: str, name: str, may_be_member: bool = False) -> Companion:
    return Companion(f"meine {noun}", f"meine {noun}", f"meiner {noun}", name, may_be_member)


def _m(noun: str, bent: str, name: str, may_be_member: bool = False) -> Companion:
    return Companion(f"mein {noun}", f"meinen {bent}", f"meinem {bent}", name, may_be_member)


GERMAN = [
    _f("Kollegin", "Jana"),
    _m("Kollege", "Kollegen", "Timo"),
    _m("Partner", "Partner", "Jonas", may_be_member=True),
    _f("Partnerin", "Lea", may_be_member=True),
    _f("Frau", "Miriam", may_be_member=True),
    _m("Mann", "Mann", "Sven", may_be_member=True),
    _f("Freundin", "Aylin"),
    _m("Azubi", "Azubi", "Luca"),
    _f("Praktikantin", "Sophie"),
    _f("Chefin", "Petra", may_be_member=True),
    _m("Werkstudent", "Werkstudenten", "Nico"),
    _f("Nachbarin", "Olga"),
    _f("Schwester", "Katrin"),
]

# (noun, a first name, pronoun)
ENGLISH = [
    ("colleague", "Sam", "she"),
    ("coworker", "Dan", "he"),
    ("partner", "Alex", "they"),
    ("wife", "Emma", "she"),
    ("husband", "Tom", "he"),
    ("friend", "Priya", "she"),
    ("intern", "Max", "he"),
    ("boss", "Karen", "she"),
    ("teammate", "Raj", "he"),
    ("flatmate", "Zoe", "she"),
]

# a German yes with one companion: (template, uses the name)
DE_ONE = [
    "Ich bin dabei und bringe {acc} mit.",
    "Komme gern, {nom} kommt mit.",
    "Ich komme mit {dat}.",
    "Ja, {nom} {name} begleitet mich.",
    "Bin dabei, mit {dat} im Schlepptau.",
    "Ich nehme {acc} {name} mit, wir sind beide da.",
    "Zusage! {nom} {name} kommt auch mit.",
    "Ich komme und {nom} kommt mit.",
    "Bin dabei – {acc} bringe ich mit.",
    "Wir kommen zu zweit, {nom} und ich.",
    "Ja, ich komme und {nom} {name} ist auch dabei.",
    "Gerne! Ich möchte {acc} mitbringen.",
]

# an English yes with one companion
EN_ONE = [
    "I'll be there and I'll bring my {n}.",
    "Count me in, my {n} {name} will tag along.",
    "I'm coming with my {n}.",
    "Yes! My {n} is joining me.",
    "I'll come and bring along my {n} {name}.",
    "Yes, my {n} will come with me.",
    "See you there – bringing my {n}.",
    "Sure, I'm in. My {n} {name} is coming too.",
    "Yes, me and my {n}.",
    "I'll attend with my {n} {name}.",
]

# (text, guests) for a German yes with a number said
DE_COUNTS = [
    ("Wir sind zu zweit.", 1),
    ("Wir kommen zu dritt.", 2),
    ("Ich komme, wir sind zu viert.", 3),
    ("Wir sind dann vier, mich eingeschlossen.", 3),
    ("Wir sind drei Leute, mich mitgezählt.", 2),
    ("Ich komme mit zwei Kolleginnen.", 2),
    ("Ich bringe drei Azubis mit.", 3),
    ("Bin dabei, plus eins.", 1),
    ("Bin dabei +1", 1),
    ("Ich komme + 2", 2),
    ("Ich komme, ich plus zwei.", 2),
    ("Ich bringe beide Praktikantinnen mit.", 2),
    ("Zusage für 3 Personen.", 2),
    ("Ja, 2 Personen.", 1),
    ("Ich komme mit zwei Freunden.", 2),
    ("Bin dabei, zwei Kollegen kommen mit.", 2),
    ("Wir kommen mit vier Leuten.", 3),
    ("Komme mit meinen beiden Kolleginnen.", 2),
]

# (text, guests) for an English yes with a number said
EN_COUNTS = [
    ("We'll be three.", 2),
    ("There will be two of us.", 1),
    ("I'm in, me + 2.", 2),
    ("Yes +1", 1),
    ("Count me in, plus one.", 1),
    ("I'll bring two colleagues.", 2),
    ("I'm coming with three interns.", 3),
    ("Both my coworkers will join me.", 2),
    ("Yes, a party of four, me included.", 3),
    ("I'll come with two friends.", 2),
    ("Yes, 3 people including me.", 2),
    ("1 + 1 vom Sportverein.", 1),
    ("1+1, bis Donnerstag!", 1),
    ("I'm bringing both my teammates.", 2),
]

# people named by their trade or office: one each
ROLES = [
    ("Bin dabei, und unser Imam möchte gern mitkommen.", 1),
    ("Ich komme mit unserem Pfarrer.", 1),
    ("Ich bringe unsere Köchin mit.", 1),
    ("Ich bringe unseren Koch mit.", 1),
    ("Ich komme mit meinem Lehrling.", 1),
    ("Ich komme mit meinem Mentor.", 1),
    ("Ich bringe unseren Hausmeister mit.", 1),
    ("Ich bringe meinen Vorgänger mit.", 1),
    ("I'm bringing our new hire.", 1),
    ("I'll come with my mentee.", 1),
    ("I'll bring my successor.", 1),
    ("I'm bringing two engineers from my team.", 2),
    # the trade named, no one brought
    ("Ich bringe Kuchen mit, den hat unser Koch gebacken.", 0),
    ("I'll come, our chef is cooking that night anyway.", 0),
    ("Ich komme, mein Nachfolger übernimmt an dem Abend die Schicht.", 0),
]

# a yes with company whose number is unclear: a person counts
UNCLEAR = [
    "Ich komme mit ein paar Kollegen.",
    "Ich bringe ein paar Leute mit.",
    "Bin dabei, ein paar Azubis kommen mit.",
    "Ich komme mit einigen Kolleginnen.",
    "Ich komme, vielleicht mit ein paar Freunden.",
    "I'm coming with a couple of friends.",
    "I'll bring a few colleagues.",
    "Yes, a few of my teammates will tag along.",
    "I'll come with some coworkers.",
    "Yes, and I'll bring some friends along.",
    "Ich komme mit Kollegen.",
    "I'm coming with colleagues.",
]

# a German yes, company taken back: the member comes alone
DE_WITHDRAWN = [
    "Ich komme, aber doch ohne Begleitung.",
    "Ich komme, {nom} kann doch nicht.",
    "Ich komme, aber nur ich – {nom} hat abgesagt.",
    "Komme allein, {nom} hat doch keine Zeit.",
    "Ich bin dabei, allerdings ohne {acc}.",
    "Update: {nom} kommt doch nicht mit, ich komme aber.",
]

# the companion said, then only leave asked: "…, okay?" asks nothing more
DE_TAGGED = [
    "Ich bring {acc} mit, okay?",
    "{nom} kommt mit, ok?",
    "Ich bringe {acc} mit, ist das in Ordnung?",
    "Ich nehm {acc} mit, passt das?",
    "Ich bring {acc} {name} mit, darf ich?",
]
EN_TAGGED = [
    "I'll bring my {n} along, hope that's OK?",
    "I'm bringing my {n}, is that ok?",
    "My {n} {name} is coming with me, right?",
]
# the member and a companion joined by "sowie", "samt", "as well as"; a pair said by "both"
JOINED = [
    ("Zusage für mich sowie {acc}.", 1),
    ("Anmeldung für mich sowie einen Kollegen.", 1),
    ("Ich komme, samt {dat}.", 1),
    ("Please register me as well as my {n}.", 1),
    ("Both my coworkers will join me.", 2),
    ("Ich komme, beide Kolleginnen kommen mit.", 2),
    ("Beide Azubis kommen mit, ich auch.", 2),
    ("Both my interns are coming with me.", 2),
]
# the one brought said after a wish or a promise: "möchte meine Kollegin mitbringen"
DE_MODAL = [
    "Ich komme und möchte {acc} mitbringen.",
    "Bin dabei, ich werde {acc} mitnehmen.",
    "Ja! Ich will {acc} mitbringen.",
]


# a yes, and a companion the member meant to bring who then cannot: no guest, the yes stands
PLAN_DROPPED = [
    "Yes, just me. Was going to bring my {n} but she's off to Yerevan.",
    "Yes! I was going to bring my {n} but they have to work.",
    "Yes, I'll be there. I'd planned to bring my {n}, but he's busy.",
    "Count me in. I wanted to bring my {n} {name}, but she can't.",
]
DE_PLAN_DROPPED = [
    "Ja, nur ich. Wollte eigentlich {acc} mitbringen, aber die ist krank.",
    "Ja. Eigentlich wollte ich {acc} mitnehmen, aber der hat abgesagt. Also nur ich.",
    "Ja! Ich hatte vor, {acc} mitzubringen, aber sie muss arbeiten.",
]


# a yes, the member said to come without company
WITHOUT = [
    "Ja, aber ohne Anhang diesmal.",
    "Ja, aber ohne Begleitperson.",
    "Yes, but without company this time.",
    "Yes, but without a plus-one.",
]


# an English yes, company taken back
EN_WITHDRAWN = [
    "I'm still coming, but my {n} bailed.",
    "Just me after all, my {n} can't make it.",
    "I'll be there, but without my {n}.",
    "Still in, but my {n} dropped out, so only me.",
    "Update: my {n} can't come after all, I'll come alone.",
]

# a German no beside company: the company comes neither
DE_NO = [
    "Ich kann leider nicht, {nom} auch nicht.",
    "Leider nein, {nom} und ich sind im Urlaub.",
    "Wir können beide nicht, {nom} und ich.",
    "Ich muss absagen, ich bin mit {dat} verreist.",
]

# an English no beside company
EN_NO = [
    "Sorry, I can't make it, and my {n} can't either.",
    "Unfortunately neither my {n} nor I can come.",
    "Can't make it, I'm away with my {n}.",
]

# a question about bringing someone, without an answer: a person answers it
QUESTIONS = [
    "Darf ich {acc} mitbringen?",
    "Kann {nom} auch mitkommen?",
    "Wäre es ok, wenn ich {acc} mitbringe?",
    "Can I bring my {n}?",
    "Would it be ok if my {n} came along?",
    "Is it fine to bring my {n}?",
]

# near-misses of the forms above: no guest, or the question stands
NOT_BROUGHT = [
    ("Ich komme, werde aber {acc} nicht mitbringen.", "yes", 0),
    ("Yes, but I can't bring my {n} this time.", "yes", 0),
    ("I'm coming, but I won't be bringing my {n}.", "yes", 0),
    ("Ich komme und möchte noch Kuchen mitbringen.", "yes", 0),
    ("Ich bring Kuchen mit, okay?", "yes", 0),
    ("Ich komme, ich sowie Kuchen.", "yes", 0),
    ("Zusage für mich sowie für den Vortrag.", "yes", 0),
    ("Ich bring ein paar Kollegen mit, okay?", "review", 0),
    ("Kann ich {acc} mitbringen, oder?", "review", 0),
    ("Bring ich {acc} mit?", "review", 0),
    ("Ich würde gern kommen und meine Kollegin mitbringen, aber ich muss arbeiten.", "no", 0),
    ("Both my {n} and I are coming.", "yes", 1),
]

# someone writes for the member and says only why they write or how they feel about it:
# that is the member's answer ("er ist krank" a no, "sie freut sich auf den Abend" a yes)
FOR_THEM = [
    ("Ich schreibe für Frau Roth, sie freut sich auf den Abend.", "yes"),
    ("Ich schreibe im Auftrag von Herrn Berg. Er freut sich schon.", "yes"),
    ("Ich schreibe für Herrn Meyer. Er möchte sich für den Abend anmelden.", "yes"),
    ("I'm writing for Mr Lee. He's looking forward to it.", "yes"),
    ("I'm writing on behalf of Dr. Hart, who would like to register.", "yes"),
    ("Ich schreibe für Herrn Meyer. Er ist krank.", "no"),
    ("Ich bin die Assistentin von Frau Roth. Sie ist diese Woche krank.", "no"),
    ("Ich schreibe für meinen Vater, er ist erkältet.", "no"),
    ("I'm writing for Mr Lee. He's off sick.", "no"),
    ("I'm writing for Mr Lee. He's on holiday that week.", "no"),
    ("I'm Dr. Hart's assistant; she's unwell at the moment.", "no"),
    ("Ich schreibe im Auftrag von Frau Berg: Sie wird da sein.", "yes"),
    ("Ich schreibe für Herrn Meyer. Er hat leider einen Arzttermin.", "no"),
    ("Writing on behalf of Ms Berg: she'll pass this time.", "no"),
    ("Writing on behalf of Ms Berg. She has a clash that evening.", "no"),
    ("Writing on behalf of Ms Berg. She's booked for another event that night.", "no"),
    # noting the date and writing again later says nothing yet
    ("Ich schreibe für Herrn Meyer. Er hat den Termin notiert und meldet sich noch.", "review"),
    # the reason beside an answer stays the reason
    ("Ich schreibe für Herrn Meyer, da er krank ist: er kommt trotzdem.", "yes"),
    ("I'm writing for Mr Lee as he's off sick this week, but he'll be there on Thursday.", "yes"),
    ("Ich schreibe für meine Mutter, sie freut sich über die Einladung, kann aber nicht.", "no"),
]

# another's answer, with none of the member's: a person reads it
OTHERS = [
    "{nom} kommt nicht.",
    "{nom} {name} kann leider nicht kommen.",
    "My {n} can't come.",
    "My {n} {name} won't be able to make it.",
]

# near-misses: a yes with no company, whatever the words beside it
ALONE = [
    "Ich komme, {nom} hat an dem Abend Geburtstag, aber ich bin da.",
    "Ich komme, ich erzähle {dat} dann davon.",
    "Ich komme gern, grüße von {dat}!",
    "I'll be there, my {n} says hi!",
    "Yes, I'll come – my {n} recommended the talk.",
    "I'm coming, I'll tell my {n} all about it.",
]


def _german(template: str, who: Companion) -> str:
    text = template.format(nom=who.nom, acc=who.acc, dat=who.dat, name=who.name)
    return text[0].upper() + text[1:]


def _english(template: str, noun: str, name: str) -> str:
    text = template.format(n=noun, name=name)
    return text[0].upper() + text[1:]


def rows() -> list[tuple[str, str, int]]:
    """Every reply of the grid with its answer ("yes", "no", "review") and guests."""
    out: list[tuple[str, str, int]] = []
    for template in DE_ONE:
        out += [(_german(template, who), "yes", 1) for who in GERMAN]
    for template in EN_ONE:
        out += [(_english(template, n, name), "yes", 1) for n, name, _ in ENGLISH]
    out += [(text, "yes", guests) for text, guests in DE_COUNTS + EN_COUNTS + ROLES]
    out += [(text, "review", 0) for text in UNCLEAR]
    for template, who in zip(DE_WITHDRAWN * 2, cycle(g for g in GERMAN if not g.may_be_member)):
        out.append((_german(template, who), "yes", 0))
    for template, (n, name, _) in zip(EN_WITHDRAWN * 2, cycle(ENGLISH)):
        out.append((_english(template, n, name), "yes", 0))
    for template, who in zip(DE_NO * 3, cycle(GERMAN)):
        out.append((_german(template, who), "no", 0))
    for template, (n, name, _) in zip(EN_NO * 3, cycle(ENGLISH)):
        out.append((_english(template, n, name), "no", 0))
    german = cycle(GERMAN)
    english = cycle(ENGLISH)
    for template in QUESTIONS + OTHERS:
        for _ in range(3):
            if "{n}" in template:
                n, name, _ = next(english)
                out.append((_english(template, n, name), "review", 0))
            else:
                out.append((_german(template, next(german)), "review", 0))
    for template, who in zip(DE_TAGGED * 3, cycle(GERMAN)):
        out.append((_german(template, who), "yes", 1))
    for template, (n, name, _) in zip(EN_TAGGED * 3, cycle(ENGLISH)):
        out.append((_english(template, n, name), "yes", 1))
    for template, who in zip(DE_MODAL * 4, cycle(GERMAN)):
        out.append((_german(template, who), "yes", 1))
    for (template, guests), who, (n, name, _) in zip(JOINED * 2, cycle(GERMAN), cycle(ENGLISH)):
        if "{n}" in template:
            out.append((_english(template, n, name), "yes", guests))
        else:
            out.append((_german(template, who), "yes", guests))
    for (template, answer, guests), who, (n, name, _) in zip(
        NOT_BROUGHT * 2, cycle(GERMAN), cycle(ENGLISH)
    ):
        text = _english(template, n, name) if "{n}" in template else _german(template, who)
        out.append((text, answer, guests))
    out += [(text, answer, 0) for text, answer in FOR_THEM]
    out += [(text, "yes", 0) for text in WITHOUT]
    for template, (n, name, _) in zip(PLAN_DROPPED * 3, cycle(ENGLISH)):
        out.append((_english(template, n, name), "yes", 0))
    for template, who in zip(DE_PLAN_DROPPED * 3, cycle(GERMAN)):
        out.append((_german(template, who), "yes", 0))
    # the "but" goes on with the member: their own no, or a person reads it
    out.append(("Ja. Wollte meine Kollegin mitbringen, aber ich bin krank.", "no", 0))
    out.append(("Yes. I was going to bring my wife but now I can't come at all.", "review", 0))
    out.append(("1 + 2", "review", 0))  # may be votes for two topics
    for template in ALONE:
        for _ in range(3):
            if "{n}" in template:
                n, name, _ = next(english)
                out.append((_english(template, n, name), "yes", 0))
            else:
                out.append((_german(template, next(german)), "yes", 0))
    return list({text: (text, answer, guests) for text, answer, guests in out}.values())
