"""A grid of answers to an invitation: attendance words crossed with person, polarity, modal,
time and the frame of the mail around them.

The words are gathered the way a thesaurus lists them (German: kommen, vorbeischauen,
reinschneien, aufschlagen, sich einfinden, es einrichten, …; English: come, make it, attend,
show up, drop by, …). Each verb is written in every form below, with a day or none, and the
sentence is put into a mail frame (a greeting, a sign-off, thanks for the invitation, a phone
signature) chosen in turn, so every expression meets every polarity at least once without
the full product of all of them. Set phrases and idioms, and near-misses that use the same
verbs of other things, are listed as whole sentences.

Every expected answer is the one a careful organizer would record; a combination a reader
could take two ways is left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple


class Row(NamedTuple):
    text: str  # the body of the reply
    expected: str | None  # "yes", "no", "maybe", or None where no answer is given
    name: str  # a short id for the test report


@dataclass(frozen=True)
class GermanVerb:
    """A German attendance verb: "ich {first} … {close}", "wir {plural} … {close}", and after a
    modal "{lead} … {rest}" ("ich werde mich am Donnerstag blicken lassen")."""

    first: str  # first person singular, with its object or reflexive ("schaue", "finde mich")
    plural: str  # first person plural ("schauen", "finden uns")
    close: str  # what closes the clause: the particle, or "" ("vorbei", "dabei", "")
    rest: str  # the infinitive after a modal ("vorbeischauen", "einfinden", "dabei sein")
    lead: str = ""  # its object or reflexive, before the time word ("mich", "es")


GERMAN_VERBS = (
    GermanVerb("komme", "kommen", "", "kommen"),
    GermanVerb("komme", "kommen", "vorbei", "vorbeikommen"),
    GermanVerb("komme", "kommen", "mit", "mitkommen"),
    GermanVerb("schaue", "schauen", "vorbei", "vorbeischauen"),
    GermanVerb("schaue", "schauen", "rein", "reinschauen"),
    GermanVerb("schneie", "schneien", "rein", "reinschneien"),
    GermanVerb("schlage", "schlagen", "auf", "aufschlagen"),
    GermanVerb("tauche", "tauchen", "auf", "auftauchen"),
    GermanVerb("erscheine", "erscheinen", "", "erscheinen"),
    GermanVerb("nehme", "nehmen", "teil", "teilnehmen"),
    GermanVerb("mache", "machen", "mit", "mitmachen"),
    GermanVerb("stoße", "stoßen", "dazu", "dazustoßen"),
    GermanVerb("bin", "sind", "dabei", "dabei sein"),
    GermanVerb("bin", "sind", "da", "da sein"),
    GermanVerb("bin", "sind", "am Start", "am Start sein"),
    GermanVerb("bin", "sind", "mit von der Partie", "mit von der Partie sein"),
    GermanVerb("finde mich", "finden uns", "ein", "einfinden", "mich"),
    GermanVerb("lasse mich", "lassen uns", "blicken", "blicken lassen", "mich"),
    GermanVerb("schaffe es", "schaffen es", "", "schaffen", "es"),
    GermanVerb("richte es", "richten es", "ein", "einrichten", "es"),
    GermanVerb("kriege es", "kriegen es", "hin", "hinkriegen", "es"),
)

# (form, answer): {first}/{plural}/{close}/{lead}/{rest} from the verb, {t} a time word
GERMAN_FORMS = (
    ("ich {first}{t} {close}", "yes"),
    ("wir {plural}{t} {close}", "yes"),
    ("{First}{t} {close}", "yes"),
    ("ich werde {lead}{t} {rest}", "yes"),
    ("ich kann {lead}{t} {rest}", "yes"),
    ("ich {first}{t} nicht {close}", "no"),
    ("wir {plural}{t} doch nicht {close}", "no"),
    ("ich kann {lead}{t} leider nicht {rest}", "no"),
    ("ich werde {lead}{t} nicht {rest}", "no"),
    ("vielleicht {first} ich{t} {close}", "maybe"),
    ("ich weiß noch nicht, ob ich {lead}{t} {rest} kann", "maybe"),
)

GERMAN_TIMES = (" am Donnerstag", " heute Abend", " diesmal", " am 14.")


@dataclass(frozen=True)
class EnglishVerb:
    base: str  # after "will", "can't", "going to" ("make it", "drop by")


ENGLISH_VERBS = tuple(
    EnglishVerb(base)
    for base in (
        "come",
        "make it",
        "attend",
        "join",
        "be there",
        "show up",
        "turn up",
        "drop by",
        "swing by",
        "pop in",
        "stop by",
        "come along",
    )
)

ENGLISH_FORMS = (
    ("I'll {v}{t}", "yes"),
    ("we'll {v}{t}", "yes"),
    ("I'm going to {v}{t}", "yes"),
    ("I won't {v}{t}", "no"),
    ("I can't {v}{t}", "no"),
    ("unfortunately I won't be able to {v}{t}", "no"),
    ("I'm not going to {v}{t}", "no"),
    ("I might {v}{t}", "maybe"),
    ("I'm not sure I can {v}{t}", "maybe"),
)

ENGLISH_TIMES = (" on Thursday", " tonight", " this time", " on the 14th")

# Set phrases and idioms, each with its answer; {t} takes a time word of its language.
GERMAN_PHRASES = (
    ("ich sage{t} zu", "yes"),
    ("ich bin{t} auf jeden Fall dabei", "yes"),
    ("ich lasse mich{t} sehen", "yes"),
    ("ich sage{t} ab", "no"),
    ("ich muss{t} leider absagen", "no"),
    ("ich muss{t} passen", "no"),
    ("ich muss{t} leider passen", "no"),
    ("ich bin{t} verhindert", "no"),
    ("ich bin{t} leider verhindert", "no"),
    ("ich lasse es{t} ausfallen", "no"),
    ("ich lasse es{t} sausen", "no"),
    ("ich habe{t} keine Zeit", "no"),
    ("ich hab{t} leider keine Zeit", "no"),
    ("ich kann{t} nicht", "no"),
    ("wir können{t} nicht", "no"),
    ("ich muss{t} leider abspringen", "no"),
    ("ich werde{t} fehlen", "no"),
    ("ich fehle{t}", "no"),
    ("ich bin{t} raus", "no"),
    ("ich setze{t} aus", "no"),
    ("ich muss{t} diesmal aussetzen", "no"),
    ("es klappt{t} leider nicht", "no"),
    ("ich geselle mich{t} dazu", "yes"),
    ("ich schließe mich{t} an", "yes"),
    ("ich nehme die Einladung{t} gerne an", "yes"),
    ("ich bin{t} vor Ort", "yes"),
    ("ich bin{t} zur Stelle", "yes"),
    ("ich werde{t} nicht anwesend sein", "no"),
    ("ich muss mich{t} leider ausklinken", "no"),
    ("ich muss{t} leider kneifen", "no"),
    ("ich bleibe{t} zu Hause", "no"),
    ("ich verzichte{t}", "no"),
    ("ich kann{t} noch nicht zusagen", "maybe"),
    ("ich komme{t} eventuell", "maybe"),
    ("ich versuche{t} zu kommen", "maybe"),
    ("ich schaue mal, ob ich es{t} schaffe", "maybe"),
    ("ich bin mir noch nicht sicher, ob ich{t} komme", "maybe"),
    ("ich komme{t} wahrscheinlich", "maybe"),
)

ENGLISH_PHRASES = (
    ("count me in{t}", "yes"),
    ("sign me up{t}", "yes"),
    ("I'm in{t}", "yes"),
    ("I'd love to come{t}", "yes"),
    ("I plan to attend{t}", "yes"),
    ("I'm planning to come{t}", "yes"),
    ("I'll be joining{t}", "yes"),
    ("I'll be attending{t}", "yes"),
    ("I'm happy to join{t}", "yes"),
    ("I'll be in attendance{t}", "yes"),
    ("I'm up for it{t}", "yes"),
    ("count me out{t}", "no"),
    ("I have to pass{t}", "no"),
    ("I'll have to pass{t}", "no"),
    ("I'm going to pass{t}", "no"),
    ("I'm going to skip{t}", "no"),
    ("I'll sit this one out{t}", "no"),
    ("I'm sitting this one out{t}", "no"),
    ("I'm unable to attend{t}", "no"),
    ("I must regrettably decline{t}", "no"),
    ("I have to decline{t}", "no"),
    ("I must bow out{t}", "no"),
    ("I'm not available{t}", "no"),
    ("I have to give it a miss{t}", "no"),
    ("I'll be present{t}", "yes"),
    ("I'm good to go{t}", "yes"),
    ("I won't be present{t}", "no"),
    ("I won't be in attendance{t}", "no"),
    ("please accept my apologies{t}", "no"),
    ("I must send my apologies{t}", "no"),
    ("I'm bailing{t}", "no"),
    ("I'm undecided{t}", "maybe"),
    ("I'm still on the fence{t}", "maybe"),
    ("I'll let you know{t}", "maybe"),
    ("I'll try to make it{t}", "maybe"),
    ("I might be able to make it{t}", "maybe"),
)

# The same verbs said of something else, questions and news: no answer.
NEAR_MISSES = (
    "Kommt ihr auch?",
    "Kommst du am Donnerstag auch vorbei?",
    "Wer kommt denn alles?",
    "Der Bus kommt abends nicht mehr.",
    "Mein Paket ist immer noch nicht angekommen.",
    "Ich schlage das Buch auf Seite 12 auf.",
    "Ich schlage vor, dass wir über Datenschutz reden.",
    "Ich schaue mir das Video am Wochenende an.",
    "Schaut doch mal in unserem Laden vorbei!",
    "Die Folien kriege ich bis Freitag fertig.",
    "Fragen tauchen bei uns immer wieder auf.",
    "Da können schnell Probleme auftauchen.",
    "Meine Tochter macht beim Chor mit.",
    "Ich nehme an, ihr habt genug Platz.",
    "Ich schließe mich der Meinung von Tim an.",
    "Ich verzichte auf das Essen.",
    "Danke für die Einladung!",
    "Wann fängt es denn an?",
    "Wie war es letztes Mal?",
    "Wird es wieder im Brauhaus sein?",
    "Are you coming too?",
    "Who else is coming on Thursday?",
    "My package didn't show up.",
    "The bus never turned up yesterday.",
    "I'll pass the message on to Tom.",
    "I can't make it any clearer than that.",
    "I'll drop by the office tomorrow to pick up the keys.",
    "We won't stop by the bank on the way.",
    "I'm undecided about which talk to pick.",
    "Please accept my apologies for the late reply.",
    "Is anyone joining from Bonn?",
    "Thanks for the invitation!",
    "What time does it start?",
    "How was the last one?",
)

# Frames round the sentence, taken in turn; {s} is the sentence.
FRAMES = (
    "{s}.",
    "Hallo zusammen,\n\n{s}.\n\nViele Grüße\nAnna",
    "Hi all,\n\n{s}.\n\nCheers,\nAnna\n\nSent from my iPhone",
    "Danke für die Einladung! {s}.\n\nLG Anna\n--\nAnna Becker\nMobil: 0171 2345678",
    "Hallo Tim,\n\n{s}.\n\nBeste Grüße\nAnna Becker",
    "Thanks for the invite. {s}.\n\nBest,\nAnna",
)

# Questions and news end in their own mark; the frame adds none.
BARE_FRAMES = tuple(frame.replace("{s}.", "{s}") for frame in FRAMES)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _clean(sentence: str) -> str:
    return " ".join(sentence.split())


def _german_rows() -> list[Row]:
    rows = []
    turn = 0
    for verb in GERMAN_VERBS:
        for form, answer in GERMAN_FORMS:
            if form.startswith("{First}") and " " in verb.first:
                continue  # "Richte es ein", "Kriege es hin" read as bidding, not as an answer
            # each form once without a time word and once with one, taken in turn
            for time in ("", GERMAN_TIMES[turn % len(GERMAN_TIMES)]):
                sentence = _clean(
                    form.format(
                        first=verb.first,
                        First=_capital(verb.first),
                        plural=verb.plural,
                        close=verb.close,
                        lead=verb.lead,
                        rest=verb.rest,
                        t=time,
                    )
                )
                rows.append(Row(sentence, answer, f"de-{verb.rest}"))
                turn += 1
    return rows


def _english_rows() -> list[Row]:
    rows = []
    turn = 0
    for verb in ENGLISH_VERBS:
        for form, answer in ENGLISH_FORMS:
            for time in ("", ENGLISH_TIMES[turn % len(ENGLISH_TIMES)]):
                rows.append(Row(form.format(v=verb.base, t=time), answer, f"en-{verb.base}"))
                turn += 1
    return rows


def _phrase_rows() -> list[Row]:
    rows = []
    for phrases, times, language in (
        (GERMAN_PHRASES, GERMAN_TIMES, "de"),
        (ENGLISH_PHRASES, ENGLISH_TIMES, "en"),
    ):
        for number, (phrase, answer) in enumerate(phrases):
            for time in ("", times[number % len(times)]):
                rows.append(Row(phrase.format(t=time), answer, f"{language}-phrase"))
    return rows


def grid() -> list[Row]:
    """Every row of the grid, each sentence put into a frame taken in turn."""
    rows = []
    for number, row in enumerate(_german_rows() + _english_rows() + _phrase_rows()):
        frame = FRAMES[number % len(FRAMES)]
        sentence = _capital(row.text).rstrip(".")  # "am 14." takes the frame's full stop
        rows.append(row._replace(text=frame.format(s=sentence)))
    for number, sentence in enumerate(NEAR_MISSES):
        frame = BARE_FRAMES[number % len(BARE_FRAMES)]
        rows.append(Row(frame.format(s=sentence), None, "near-miss"))
    return rows
