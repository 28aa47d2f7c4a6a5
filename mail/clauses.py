"""Split a member's own words into sentences and clauses, the units answers are read in.

Mail clients and phones break lines inside a sentence (format=flowed,
Thunderbird's wrap at 72, a narrow phone screen), so a sentence is rebuilt
first: a line that does not end a sentence runs on into a next line that
starts in lower case (or with a negation, which phones capitalise). "ich
komme am Montag / Nicht" is then one clause, and its negation is seen.
"""

from __future__ import annotations

import re

from mail.person_compounds import names_a_person
from mail.quoted_titles import titles_whole

# A line ending in "am 28." has not ended its sentence: the date goes on.
_ENDS_SENTENCE = re.compile(r"(?:[!?:;)…]|(?<!\d)\.)\s*$|^\s*$")
_STARTS_BLOCK = re.compile(r"^\s*(?:[-*•·–>]|\d{1,2}[.)]|[a-z][.)]\s)")
# The quotation marks people type; words between them are quoted, not said. One
# word in quotation marks is emphasis ("meine „Zusage“"), so it stays.
_QUOTED = re.compile(r"(?:„|“|«|»|\")(?=[^“”«»\"\n]*\s)[^“”«»\"\n]{3,80}(?:“|”|»|«|\")")
# One word in quotation marks after an article or "ignore" is named, not said:
# 'Ignore the "vielleicht"', „das ‚Nein' war ein Versehen“.
_NAMED_WORD = re.compile(
    r"\b(?:the|that|this|das|dies|dieses|die|den|der|ignore|ignoriert?|tapped|clicked|pressed|hit"
    r"|chose|selected|gedrückt|gedrueckt|geklickt|getippt|angeklickt)\s+"
    r"(?:„|“|«|»|\"|‚|')\w+(?:“|”|»|«|\"|‘|')",
    re.IGNORECASE,
)
# An answer word used as a noun is named, not said: "Vergesst das Vielleicht", "scratch
# the maybe", "mein Nein von gestern". German nouns are known by their capital.
_ANSWER_NOUN = re.compile(
    r"\b(?:[Dd]as|[Dd]ein|[Mm]ein|[Dd]ieses|[Dd]em|[Mm]einem|[Dd]einem)\s+"
    r"(?:Vielleicht|Nein|Ja|Jein|Tentative|Vorbehalt)\b"
    # the answer changed from: "going from tentative to no"
    r"|\b(?i:from\s+(?:a\s+)?(?:tentative|maybe|yes|no|accepted|declined))(?=\s+(?i:to)\b)"
    r"|\b(?i:the|my|your)\s+(?i:maybe|tentative|yes|no)\b(?![-\w])"
    # an answer dismissed is named: "Ignoriert bitte die Absage", "disregard my acceptance"
    r"|(?i:\b(?:ignorier\w*|vergess\w*|vergiss|ignore|disregard|forget|scratch)\s+"
    r"(?:bitte\s+|please\s+)?(?:die|das|den|meine?n?|the|my|that)\s+(?:\w+\s+)?"
    r"(?:absage|zusage|annahme|ablehnung|vielleicht|nein|ja|decline|acceptance|accept|maybe|"
    r"yes|no|tentative|rsvp)\b)"
)
# A verdict in another voice is named, not the member's: "Kopf sagt nein, Bauch sagt ja",
# "my head says no", "der Kalender sagt: nein". Only an inner voice or a calendar: "he
# says yes" relays a person's answer, and the member's own "ich sag ja" stays said.
_ANOTHERS_VERDICT = re.compile(
    r"(?i:\b(?:kopf|bauch|herz|verstand|vernunft|gefühl|gefuehl|bauchgefühl|bauchgefuehl"
    r"|instinkt|gewissen|körper|koerper|rücken|ruecken|kalender|terminkalender|dienstplan"
    r"|schichtplan|zeitplan|head|heart|gut|brain|mind|body|back|calendar|schedule|diary"
    r"|rota|conscience|instinct)\s+(?:sagt|meint|says|is\s+saying)\W{0,3}"
    r"(?:nein|nee|nö|noe|ja|jein|no|nope|yes)\b)"
)
# The calendar's button named by the act of pressing it is named, not said: "hatte
# „vielleicht“ gewählt", "maybe geklickt", "clicked tentative", "setze Termine immer auf
# vorläufig". Folded spelling ("gewaehlt") and as typed both occur here.
_Q_OPEN, _Q_CLOSE = "[„“«»\"‚']?", "[“”»«\"‘']?"
_BUTTON_WORD = (
    r"(?:mit\s+vorbehalt|vorbehalt|vorl(?:ä|ae)ufig|vielleicht|zusage|absage|zusagen|absagen"
    r"|annehmen|ablehnen|angenommen|abgelehnt|nein|maybe|tentative|accept(?:ed)?|decline[d]?"
    r"|yes|no)"
)
_PRESSED = (
    r"(?:gew(?:ä|ae)hlt|geklickt|gedr(?:ü|ue)ckt|getippt|angeklickt|ausgew(?:ä|ae)hlt|markiert"
    r"|clicked|tapped|hit|pressed|selected|chosen|chose|picked|ticked|marked|put)"
)
_BUTTON_NAMED = re.compile(
    rf"{_Q_OPEN}\b{_BUTTON_WORD}\b{_Q_CLOSE}\s+{_PRESSED}\b"
    rf"|\b{_PRESSED}\s+(?:on\s+|auf\s+|as\s+|als\s+)?{_Q_OPEN}{_BUTTON_WORD}\b{_Q_CLOSE}"
    rf"|\b(?:setz\w*|stell\w*|klick\w*|dr(?:ü|ue)ck\w*|tipp\w*)\b[^.!?]{{0,40}}\bauf\s+"
    rf"{_Q_OPEN}{_BUTTON_WORD}\b{_Q_CLOSE}",
    re.IGNORECASE,
)
# An answer noun spoken of is named: "das war die Absage für den Dezember", "Zusage bitte
# löschen", "Absage ignorieren bitte".
_BUTTON_NOUN = re.compile(
    r"\b(?:das|dies|es|that|this|it)\s+(?:war|was)\s+(?:die|der|das|meine?|the|my)\s+"
    r"(?:alte\s+|old\s+)?(?:absage|zusage|annahme|ablehnung|decline|acceptance)\b"
    r"|\b(?:absage|zusage|annahme|ablehnung|acceptance|decline)\s+(?:bitte\s+|please\s+)?"
    r"(?:l(?:ö|oe)schen|ignorieren|streichen|vergessen|zur(?:ü|ue)ck(?:nehmen|ziehen)|stornieren"
    r"|ignore|disregard|delete)\b",
    re.IGNORECASE,
)
# A yes or no word inside a compound ("Ja-Sager-Kultur", "No-Go") is part of a name;
# a "no" right before one is its determiner ("no plus-one", "no follow-up"), no answer.
_COMPOUND = re.compile(r"\b(?:(?i:no)\s+)?\w+(?:-\w+)+\b")
# A compound that says how one comes holds no answer word and stays: "I won't come
# empty-handed" denies the manner, the coming stands (``manner_denied``).
_MANNER_COMPOUND = re.compile(
    r"(?:empty|bare)-handed|(?:half|well|over|under|ill)-(?:dressed|prepared)", re.IGNORECASE
)
# A colon between digits is a time ("19:15"), not a break. Every break begins with a
# mark, a space or the first letter of one of its words: the look ahead at the front
# lets the engine pass every other place at once.
_CLAUSE_BREAK = re.compile(
    r"(?=[,;():\s]|[abshwutd])(?:"
    r"[,;()]|(?<!\d):(?!\d)|\s[–—-]\s|\b(?:aber|but|sondern|however|allerdings)\b(?!\s+(?:nicht|nich|not|hallo|me|myself)\b)"
    r"|(?=\bwho\b)"  # "… a friend who would love to come": the friend's clause
    r"|(?=\b(?:and|und)\s+(?:i|i'll|i'm|i've|i'd|ich|we|we'll|wir)\s+\w)"
    # "my sister is visiting, so I'll skip this one": the consequence is the member's own
    r"|(?=\b(?:so|therefore|daher|deshalb|deswegen)\s+(?:i|i'll|i'm|i\s+can't|i\s+won't|ich|muss\s+ich|kann\s+ich|bin\s+ich|werde\s+ich)\b))",
    re.IGNORECASE,
)
# "and I …" begins a clause of its own only after a clause with words of its own:
# "I'll be there and I'll probably talk your ears off", not "meine Frau und ich kommen".
_AND_I = re.compile(r"^(?:and|und)\b", re.IGNORECASE)

# Phones capitalise every line: "ich komme am Montag / Nicht" still runs on.
_RUNS_ON = re.compile(r"^\s*(?:nicht|nich|not|leider|kein\w*|never|nie)\b", re.IGNORECASE)

# No sentence ends on an article or a preposition: "ich muss für den / 28. leider passen".
_OPEN_END = re.compile(
    r"\b(?:den|dem|der|des|am|im|zum|zur|für|an|auf|mit|und|oder|the|on|for|at|to|of|and|or)\s*$",
    re.IGNORECASE,
)

_MID_CLAUSE = re.compile(r"(?:aber|allerdings)$", re.IGNORECASE)
# After a finite verb "aber" is an adverb inside its clause ("Donnerstag wird aber klappen",
# "ich bin aber dabei"), unless a new subject follows it: "… kommen, aber ich bin krank".
_FINITE = (
    r"\b(?:bin|ist|sind|seid|wird|werde|werden|kann|k(?:ö|oe)nnen|muss|m(?:ü|ue)ssen|komme|"
    r"kommt|klappt|passt|geht|hab|habe|hat|schaffe|schaff|schafft|war|w(?:ä|ae)re|w(?:ü|ue)rde|"
    r"m(?:ö|oe)chte|will)\b"
)
_VERB_BEFORE = re.compile(_FINITE + r"(?:\s+(?:ich|wir|es|das|er|sie))?\s*$", re.IGNORECASE)
# a subject or a verb of its own after "aber" makes it a clause of its own
_CLAUSE_AFTER = re.compile(
    r"\s*(?:ich|wir|du|ihr|er|sie|es|das|der|die|mein\w*|unser\w*)\b|[^,;.!?]*" + _FINITE,
    re.IGNORECASE,
)
# A sentence may open with its verb, "aber" after it: "Bin aber an dem Abend auf einer Konferenz".
_OPENING_VERB = re.compile(
    r"^\s*(?:bin|sind|hab|habe|kann|muss|werde|war|ist|hat|komme|schaffe)\s*$", re.IGNORECASE
)


def _end_of(line: str) -> str:
    """The last words of a joined line: enough for the patterns that look at its end.

    A line joined from thousands of wrapped ones would be searched whole for each
    line added to it; its last 60 characters say the same, cut at a word start.
    """
    line = line.rstrip()
    if len(line) <= 60:
        return line
    tail = line[-60:]
    return tail if not line[-61].isalnum() else tail.split(None, 1)[-1]


def _ends_sentence(end: str) -> bool:
    """``_ENDS_SENTENCE.search(end)`` for an end stripped on the right, where only its last
    character can end the sentence: the engine is not asked about the others."""
    return not end or (end[-1] in "!?:;)…." and _ENDS_SENTENCE.search(end) is not None)


def _open_end(end: str) -> bool:
    """``_OPEN_END.search(end)`` for an end stripped on the right: the word closes it, so
    only its last characters are tried (the engine still sees the one before, for \\b)."""
    return _OPEN_END.search(end, max(0, len(end) - 6)) is not None


def join_soft_breaks(text: str) -> str:
    """Rejoin lines a client wrapped inside a sentence; paragraphs and lists stay apart."""
    lines = text.splitlines()
    joined: list[str] = []
    for line in lines:
        end = _end_of(joined[-1]) if joined else ""
        if (
            joined
            and line.strip()
            and not _ends_sentence(end)
            and (line.lstrip()[:1].islower() or _RUNS_ON.match(line) or _open_end(end))
            and not _STARTS_BLOCK.match(line)
            and not _STARTS_BLOCK.match(joined[-1])
        ):
            joined[-1] = f"{joined[-1].rstrip()} {line.strip()}"
        else:
            joined.append(line)
    return "\n".join(joined)


# A full stop after these ends no sentence: "Frau Dr. Hartmann", "am 28. Januar".
_NO_END = re.compile(
    r"(?:\b(?:dr|prof|hr|fr|frl|nr|st|ca|bzw|vgl|mr|mrs|ms|dipl|ing|str|evtl|inkl|z\.b|u\.a"
    r"|ggf|vllt|vlt|wahrsch|vermutl|voraussichtl)|\d)\.$",
    re.IGNORECASE,
)


# every break begins with a space or a line end: "(?=\s)" lets the engine pass every
# other place at once instead of trying each lookbehind there
_SENTENCE_END = re.compile(
    r"(?=\s)(?:(?<=[!?])\s+|(?<=[.\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F])\s+(?=[A-ZÄÖÜ])|\n+"
    # phones and quick typists write on in lower case: "… last friday. count me in"
    r"|(?<=[^\W\d_]{4}\.)\s+(?=[a-zäöü]))"
)
# Words of four letters and more with a full stop that end no sentence; hedges typed short
# among them, so "wahrsch. nicht" stays one clause and its doubt is not lost.
_ABBREVIATION = re.compile(
    r"\b(?:evtl|vllt|bzgl|ungef|eigtl|inkl|exkl|zzgl|allg|insb|abends|etc|approx|incl"
    r"|wahrsch|wahrscheinl|vermutl|voraussichtl|vorauss|möglicherw|eigentl|hoffentl|natürl"
    r"|grds|teilw|prob|probs|poss|defin)\.$",
    re.IGNORECASE,
)


def sentences(text: str) -> list[str]:
    # After ! and ?, after a full stop or an emoji before a capital, so "Ich sag
    # nicht nein 😉 Komme." is two sentences; before lower case only after a full
    # stop that ends a word of four letters or more and no abbreviation ("evtl.").
    parts = _SENTENCE_END.split(join_soft_breaks(titles_whole(text)))  # „Bin dabei! – …“
    found: list[str] = []
    for part in (p.strip() for p in parts):
        # "evtl. später" runs on in lower case, "am 28. Januar" before a capital
        last = _end_of(found[-1]) if found else ""
        # both patterns end in a full stop; most lines end otherwise
        stop = last.endswith(".")
        abbreviated = part[:1].islower() and stop and _ABBREVIATION.search(last) if found else None
        no_end = stop and part[:1].isupper() and _NO_END.search(last)
        if found and part and (abbreviated or no_end):
            found[-1] = f"{found[-1]} {part}"
        elif part:
            found.append(part)
    return found


def mask_quoted(text: str) -> str:
    """Blank quotations and hyphenated compounds: words there are named, not said."""
    blank = lambda match: " " * len(match.group(0))  # noqa: E731
    text = _ANSWER_NOUN.sub(blank, _NAMED_WORD.sub(blank, _QUOTED.sub(blank, text)))
    text = _ANOTHERS_VERDICT.sub(blank, text)
    text = _BUTTON_NOUN.sub(blank, _BUTTON_NAMED.sub(blank, text))
    # "Anne-Marie kann nicht", "my co-worker can't": a person named stays the subject
    kept = lambda m: (  # noqa: E731
        m.group(0)
        if names_a_person(text, m.start(), m.end()) or _MANNER_COMPOUND.fullmatch(m.group(0))
        else blank(m)
    )
    return _COMPOUND.sub(kept, text)


def clauses(sentence: str) -> list[str]:
    """Lower-cased clauses of one sentence.

    "doch" is no divider: joining two clauses it follows a comma ("wollte
    kommen, doch …"); inside one it means "after all" ("komme doch nicht").
    Nor is "aber"/"but" right before a negation: "klappt aber nicht bei mir"
    and "there in spirit but not in person" say no; "nicht pünktlich" is
    masked as neutral, so "ich komme aber nicht pünktlich" stays a yes.
    After a comma and a lone verb, "aber" sits inside its clause: "…, hat
    aber keine Zeit" is one clause; so it does after a verb that opens the
    sentence ("Bin aber verhindert").
    """
    parts: list[str] = []
    start = 0
    for match in _CLAUSE_BREAK.finditer(sentence):
        before = sentence[start : match.start()]
        if _AND_I.match(sentence, match.start()) and len(before.split()) < 4:
            continue
        lone = len(before.split()) == 1 and (bool(parts) or bool(_OPENING_VERB.match(before)))
        adverb = _VERB_BEFORE.search(before) and not _CLAUSE_AFTER.match(sentence, match.end())
        if _MID_CLAUSE.match(match.group(0)) and (lone or adverb):
            # "…, hat aber keine Zeit": after a lone verb "aber" is an adverb inside
            # the clause, not a break; the verb and its object stay together
            continue
        parts.append(before)
        start = match.end()
    parts.append(sentence[start:])
    return [part.strip(" .!?\t").lower() for part in parts if part and part.strip(" .!?\t")]
