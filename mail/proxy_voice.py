"""The member's own words when someone else writes for them, in the first person.

An assistant, a partner, a daughter writes "Herr Pohl lässt ausrichten: er
kommt gern", "Finn ist im Skilager und kommt nicht", "she won't be coming".
The member is "er", "she", their name or "mein Vater" then, and the answer
reader understands a member who says "ich". So, when a reply says that it is
written for someone, what the member has passed on ("lässt ausrichten: …",
"asked me to confirm …") is read on its own, and the member's third person
becomes the first: "er kommt" reads as "ich komme", "he's" as "I'm", "mit
seiner Frau" as "mit meiner Frau". The writer's own words ("ich schreibe im
Namen von …") stay as they are and say nothing of coming.
"""

from __future__ import annotations

import re
from functools import cache

from mail.capitals import CAPITAL
from mail.clause_signals import Signal
from mail.cues import cue, folded
from mail.guest_words import PERSON
from mail.other_subject import written_names
from mail.types import Answer

# What the member passed on follows these: "lässt ausrichten: …", "soll Ihnen sagen,
# dass …", "asked me to confirm …", "Lina says …"
_RELAY = re.compile(
    r"\b(?:lässt|laesst|ließ|liess)\s+(?:\w+\s+){0,3}?(?:ausrichten|sagen|mitteilen|bestellen)"
    r"|\bsoll\s+(?:ich\s+)?(?:ihnen\s+|euch\s+|dir\s+)?(?:ausrichten|sagen|mitteilen|bestellen"
    r"|schreiben|bescheid\s+geben)"
    r"|\b(?:hat|hatte)\s+mich\s+gebeten,?\s+(?:\w+\s+){0,4}?"
    r"(?:mitzuteilen|auszurichten|zu\s+sagen|zu\s+schreiben|zu\s+bestätigen|bescheid\s+zu\s+geben)"
    # "hat mich gebeten, abzusagen": what is passed on is the no itself
    r"|\b(?:(?:hat|hatte)\s+mich\s+gebeten|bat\s+mich|bittet\s+mich),?\s+(?:\w+\s+){0,4}?"
    r"(?=abzusagen|zuzusagen)"
    r"|\bbittet\s+mich,?\s+(?:\w+\s+){0,4}?(?:mitzuteilen|auszurichten|zu\s+sagen|zu\s+bestätigen)"
    # "sie sitzt neben mir und diktiert: …"
    r"|\b(?:diktiert|dictates|dictating)\b"
    r"|\b(?:asked|wants|wanted|told)\s+me\s+to\s+(?:confirm|say|tell\s+you|let\s+you\s+know|tell"
    r"|pass\s+on|reply|write|answer)"
    # "und hat gesagt: Er kommt", "told me that she's coming": what the member said to
    # the writer, passed on
    r"|\b(?:hat|hatte)\s+(?:mir\s+|uns\s+)?(?:\w+\s+){0,2}?(?:gesagt|gemeint|geschrieben"
    r"|erzählt)(?=\s*(?::|,?\s*(?:dass|er|sie)\b))"
    r"|\b(?:told|texted|messaged)\s+(?:me|us)(?=\s*(?::|,?\s*(?:that|he|she)\b))"
    # "Lina says yes", not "Herr Wolf sagt ab", which is said in his own words
    r"|(?<=[a-zäöüß])\s+(?:says|said|sagt|meint)\b(?!\s+(?:ab|zu)\b)"
    # "says yes to the 28th" passes the answer on; "sagt nein zu Fleisch" does not
    r"(?!\s+(?:nein|no|ja|yes)\s+(?:zu|to)\b(?!\s+(?:the\s+|dem\s+|den\s+)?\d))",
    re.IGNORECASE,
)
# "she says yes to the 28th", "er sagt ja zum Donnerstag": the word passed on, for the evening
_SAID = re.compile(
    r"^(ja|yes|nein|no)\s*(?:[,;–—-]|$|(?=(?:to|for|zu|zum|für)\s+(?:the|den|dem|am|\d)))",
    re.IGNORECASE,
)
_RELAY_TAIL = re.compile(r"^\s*(?:(?:that|dass|,|:|–|-)\s*)*")
# quotation marks around what is passed on: the words are said, not named
_QUOTES = re.compile(r"[\"„“”«»‚‘]")

# Someone writing for the member names them: "für Bernd", "im Namen von Frau Engels",
# "Linas Mitbewohnerin", "Nadine's colleague", "die Tochter von Herrn Pohl"
# "Herrn Direktor Albers", "Frau Professorin Seelig": a title and an office before the name
_TITLE = (
    r"(?i:(?:herrn?|frau|mr\.?|mrs\.?|ms\.?|dr\.?|prof\.?|professor(?:in)?|direktor(?:in)?"
    r"|rechtsanwalt|rechtsanwältin|pfarrer(?:in)?|bürgermeister(?:in)?)\s+)*"
)
_NAMED = re.compile(
    rf"\b(?i:für|fuer|von|for|of|behalf\s+of)\s+{_TITLE}({CAPITAL}[\w-]+)"
    # "PA to Owen Hughes", "Assistentin von Dr. Roth"
    rf"|\b(?i:pa|assistant|secretary)\s+(?i:to)\s+{_TITLE}({CAPITAL}[\w-]+)"
    rf"|\b({CAPITAL}[\w-]+?)(?:s|'s|’s)[^\S\n]+(?:\w+[^\S\n]+)?(?i:mitbewohner\w*|kolleg\w*|assistent\w*|mann"
    r"|frau|partner\w*|tochter|sohn|sekretär\w*|husband|wife|colleague|assistant|secretary"
    r"|daughter|son|partner|flatmate|roommate|pa)\b",
)
# People the writer names the member by: "mein Vater", "my boss", "Herr Pohl"
_KIN = (
    r"(?i:(?:mein(?:e|er|em|en)?|my|unser(?:e|er|em|en)?|our)\s+"
    r"(?:vater|mutter|mann|frau|ehemann|ehefrau|partner(?:in)?|chef(?:in)?|vorgesetzte[r]?"
    r"|sohn|tochter|opa|oma|dad|mum|mom|father|mother|husband|wife|boss|son|daughter)"
    # "Mama kommt gern", "Chefin kommt am 28.": the member named as the writer calls them
    r"|(?:mama|papa|mutti|vati|oma|opa|chefin|chef)(?=\s))"
)
_TITLED = r"(?i:herrn?|frau|mr\.?|mrs\.?|ms\.?|dr\.?|prof\.?)\s+" + _TITLE + CAPITAL + r"[\w-]+"

# The third person singular of the verbs replies use, and the member's "ich" form
_IRREGULAR_DE = {
    "ist": "bin", "hat": "habe", "wird": "werde", "nimmt": "nehme", "fährt": "fahre",
"gibt": "gebe", "sieht": "sehe", "weiß": "weiß", "liest": "lese",
    "trifft": "treffe", "hält": "halte", "schläft": "schlafe", "läuft": "laufe",
}  # fmt: skip
# the same in the first person: modal verbs, the past, the subjunctive
_SAME_DE = frozenset({
    "kann", "muss", "will", "darf", "soll", "mag", "möchte", "würde", "wäre", "käme", "könnte",
    "müsste", "dürfte", "sollte", "war", "hatte", "konnte", "musste", "wollte", "durfte", "kam",
    "wusste", "freute",
})  # fmt: skip
_VERB_DE = (
    r"(?:ist|hat|wird|nimmt|fährt|gibt|sieht|weiß|liest|trifft|hält|schläft|läuft"
    r"|kann|muss|will|darf|soll|mag|möchte|würde|wäre|käme|könnte|müsste|dürfte|sollte|war"
    r"|hatte|konnte|musste|wollte|durfte|kam|wusste|freute"
    r"|kommt|schafft|sagt|freut|bittet|liegt|steckt|sitzt|arbeitet|findet|meldet|macht|geht"
    r"|steht|bleibt|fliegt|muss|hofft|plant|klappt|kriegt|bringt|schaut|nimmt|braucht"
    r"|bedauert|dankt|grüßt|denkt|glaubt|reist|feiert|wohnt|lebt|studiert|besucht|folgt"
    r"|bestätigt|akzeptiert)"
)
_IRREGULAR_EN = {
    "is": "am", "'s": "'m", "has": "have", "does": "do", "doesn't": "don't", "isn't": "am not",
    "was": "was", "wasn't": "wasn't", "hasn't": "haven't",
}  # fmt: skip
_VERB_EN = (
    r"(?:is|'s|has|does|doesn't|isn't|was|wasn't|hasn't|'ll|'d|will|would|won't|wouldn't"
    r"|can|can't|cannot|could|couldn't|might|may|must|should|shall|had"
    r"|comes|says|sends|hopes|plans|wants|wishes|regrets|confirms|accepts|declines|attends"
    r"|joins|needs|thinks|looks|loves|likes|apologi[sz]es|thanks|feels|works|travels|lives"
    # "but his brother …": a possessive is no verb carried on
    r"|(?!is\b|was\b|has\b|does\b|this\b|thus\b|yes\b|us\b|as\b|plus\b|always\b|perhaps\b"
    r"|his\b|hers\b|its\b|ours\b|yours\b|theirs\b)"
    r"[a-z]+s)"
)


def _first_person_de(verb: str) -> str:
    lowered = verb.lower()
    if lowered in _IRREGULAR_DE:
        return _IRREGULAR_DE[lowered]
    if lowered in _SAME_DE:
        return lowered
    if lowered.endswith("et") or lowered.endswith("dt"):
        return lowered[:-1]  # "arbeitet", "meldet", "findet"
    return lowered[:-1] + "e"  # "kommt", "schafft", "freut"


def _first_person_en(verb: str) -> str:
    lowered = verb.lower()
    if lowered in _IRREGULAR_EN:
        return _IRREGULAR_EN[lowered]
    if lowered.startswith("'") or not lowered.endswith("s") or lowered.endswith("ss"):
        return lowered
    if lowered.endswith("ies"):
        return lowered[:-3] + "y"
    if re.search(r"(?:s|sh|ch|x|o)es$", lowered):
        return lowered[:-2]
    return lowered[:-1]


def _subjects(names: list[str]) -> str:
    known = [re.escape(n) for n in names]
    # "Herr Pohl" is the member only when no one else is named for them
    people = [*known, _KIN] + ([] if known else [_TITLED])
    return "|".join(f"(?:{p})" for p in people)


# A clause that says whether the member comes; the rest ("er hat gerade kein Internet",
# "she's travelling") is why someone else writes, and no answer of the member's
_ANSWERING = re.compile(
    r"\b(?:komm|kommt|kommen|käme|teil|dabei|schaff|verhindert|absag|zusag|sagt\s+(?:ab|zu)"
    r"|entschuldig|klappt|bestätig|there|attend|come|coming|join|make\s+it|confirm|accept"
    r"|declin|able|anwesend|present|in(?=\s*(?:[,.!;)]|$))"
    # "he's in for Thursday", "she's in for the 28th": in, for the evening named
    r"|\bin\s+for\s+(?:the\s+)?\w+(?=\s*(?:[,.!;)]|$))"
    # "who is away at a conference that week", "ist an dem Abend auf Dienstreise": absent
    r"|away|abroad|verreist|dienstreise|urlaub|regrets|apologies|bring"
    # "ist erkältet und bleibt zu Hause", "is staying home": kept at home, a no
    r"|bleibt\s+(?:\w+\s+){0,2}?(?:zu\s*hause|daheim)|stay\w*\s+(?:at\s+)?home"
    # "dass er Ihrer Einladung gern folgt": the invitation followed
    r"|einladung\w*\s+(?:\w+\s+){0,2}?(?:folgt|nachkommt|annimmt)"
    # "Er kann leider nicht", "she can't": a no with its verb left out
    # "Mein Mann kann am Donnerstag nicht": the day or a filler may stand between
    r"|kann(?:\s+[\w.]+){0,4}?\s+nicht\s*$|(?:can't|cannot|won't)\s*$)",
    re.IGNORECASE,
)
# a full stop ends a clause after a word, not after "28." or "Prof."
_CLAUSE = re.compile(
    r"(\s*(?:[,;:!?()–—]+|(?<=[a-zäöüß]{4})\.+)\s*"
    r"|\s+(?=(?i:und|aber|oder|sondern|doch|but|and|so)\s))"
)


@cache
def _patterns(names: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    subjects = _subjects(list(names))
    de = re.compile(
        rf"(?<![\w-])(?:(?:der|die)\s+)?(?P<who>{subjects}|er|sie|der|die)\s+"
        rf"(?P<mid>(?:selbst|auch|ja|leider|also)\s+)?"
        # "Dr. Lee will attend" is English
        r"(?!will\s+(?:be|attend|come|join|make|not|definitely|certainly|probably|also|try)\b)"
        rf"(?P<verb>{_VERB_DE})\b(?!\s+(?:sie|er|ihr|wir)\b)",
        re.IGNORECASE,
    )
    en = re.compile(
        # "Nadine's colleague": a name's "'s" is hers, only "he's", "she's" is "is"
        rf"(?<![\w-])(?:(?P<who>{subjects})\s+|(?:he|she)(?:\s+|(?=')))(?P<verb>{_VERB_EN})\b",
        re.IGNORECASE,
    )
    # "lässt ausrichten, dass er gerne kommt", "…, dass Frau Weber zusagt": the verb at
    # the end of the clause, a separable one in one word
    final = re.compile(
        rf"(?<![\w-])(?P<who>{subjects}|(?i:er|sie))\b(?P<between>(?:\s+[\w.]+){{0,5}}?)\s+"
        # "…, dass sie am Donnerstag dabei ist.": a stop after a short verb stays on it
        # a separable verb in one word: "dass sie die Einladung annimmt"
        rf"(?P<prefix>(?i:zu|ab|an|nach|teil|mit|vorbei|dabei|dazu))?(?P<verb>{_VERB_DE})"
        r"(?=\W*$)"
    )
    return de, en, final


# "Leider kann er nicht", "Dann kommt sie doch": the verb before its subject
_INVERTED = re.compile(rf"\b(?P<verb>{_VERB_DE})\s+(?:er|sie)\b(?!\s+(?:sich|ihr|ihm)\b)")
# "… ist im Skilager und kommt nicht": the same subject carries on after "und"
_CARRIED = re.compile(rf"^(?P<conj>(?:und|aber|oder|doch)\s+)(?P<verb>{_VERB_DE})\b")
# "… and obviously won't be coming": an adverb may stand before the verb carried on
_CARRIED_EN = re.compile(rf"^(?P<conj>(?:and|but)\s+(?:\w+ly\s+)?)(?P<verb>{_VERB_EN})\b")
# "on behalf of Mr. Brown, who will be delighted to attend": the one named
_WHO = re.compile(rf"^(?i:who)\s+(?P<verb>{_VERB_EN})\b")


def _ich(subject: str) -> str:
    return "Ich" if subject[:1].isupper() else "ich"


def _in_first_person(clause: str, names: tuple[str, ...], writer_before: bool = False) -> str:
    de, en, final = _patterns(names)
    # "Er kommt" opens a sentence, and "Ich komme" must too, or two sentences run together
    said = de.sub(
        lambda m: f"{_ich(m.group(0))} {m.group('mid') or ''}{_first_person_de(m.group('verb'))}",
        clause,
    )
    said = _INVERTED.sub(lambda m: f"{_first_person_de(m.group('verb'))} ich", said)
    said = en.sub(
        lambda m: (
            ("I" if m.group("verb").startswith("'") else "I ") + _first_person_en(m.group("verb"))
        ),
        said,
    )
    # read as a main clause, which is how the answer reader knows it: "ich komme gerne"
    said = final.sub(
        lambda m: (
            f"{_ich(m.group(0))} {_first_person_de(m.group('verb'))}{m.group('between')}"
            + (f" {m.group('prefix').lower()}" if m.group("prefix") else "")
        ),
        said,
    )
    if not writer_before:  # "Ich bin seine Assistentin und darf …" carries the writer on
        said = _CARRIED.sub(
            lambda m: f"{m.group('conj')}ich {_first_person_de(m.group('verb'))}", said
        )
    said = _CARRIED_EN.sub(
        lambda m: f"{m.group('conj')}I {_first_person_en(m.group('verb'))}", said
    )
    said = _WHO.sub(lambda m: f"I {_first_person_en(m.group('verb'))}", said)
    return re.sub(r"(\b[Ii]ch\s+\w+\s+)sich\b", r"\1mich", said)  # "ich freue sich"


# Who a clause about someone else names first: "mein Kollege", "Tom", "the others"
_SOMEONE = re.compile(
    r"^(?P<lead>\W*(?:(?:und|aber|doch|and|but)\s+)?)"
    r"(?:(?:(?:mein|unser|sein|ihr)\w*|my|our|his|her|their|the|die|der|das)\s+(?:\w+\s+)?"
    rf"{PERSON}\b|(?!(?:ich|i|wir|we|du|you|ihr|sie|er|es|man|he|she|it|they|the|die|der|das)\b)"
    rf"[a-zäöüß]+(?=\s*(?:'s\b|\s{_VERB_DE}\b|\s{_VERB_EN}\b)))",
    re.IGNORECASE,
)


def as_first_person(clause: str) -> str:
    """``clause`` said of someone else as if in the first person: "ich komme".

    "mein Kollege ist dabei" reads "ich bin dabei", "Tom's not coming" "I'm not coming", so
    the answer reader can tell what that someone says of coming.
    """
    said = _SOMEONE.sub(
        lambda m: m.group("lead") + ("he" if _ENGLISH.search(clause) else "er"), clause
    )
    return _in_first_person(said, ())


_ENGLISH = re.compile(r"\b(?:is|isn't|'s|can't|won't|will|can|has|coming|the|my|our|his|her)\b")


# the member's own companions and place: "mit seiner Frau", "statt ihr", "her deputy"
# (not the verb: "wird anwesend sein")
_HIS_DE = re.compile(r"\bsein(e|er|em|en|es)\b|\bsein\b(?=\s+[A-ZÄÖÜ])")
_STAND_IN = (
    rf"(?i:{PERSON}|deputy|assistant|secretary|successor|vertret\w*|stellvertret\w*"
    r"|nachfolger\w*|assistent\w*|sekretär\w*)"
)
_HERS_DE = re.compile(rf"\bihr(e|er|em|en)?(?=\s+(?:\w+\s+)?{_STAND_IN}\b)")  # not "Ihre": yours
_HERS_EN = re.compile(rf"\b(?:his|[Hh]er)(?=\s+(?:\w+\s+)?{_STAND_IN}\b)|\bhis\b")


# "darf für sie zusagen", "to reply for him": the one written for is the member, no guest
_FOR_THEM = re.compile(
    r"\b(?:für|fuer|for)\s+(?:sie|ihn|him|her)\b(?=\s+(?:\w+\s+)?(?:zu|ab|an)?(?:sagen|zusagen"
    r"|absagen|antworten|anmelden|schreiben|bestätigen|accept|decline|reply|answer|confirm|rsvp"
    r"|write)\b)",
    re.IGNORECASE,
)


# "sage für ihn zu", "accepting on her behalf": the answer given for the member is theirs
_GIVEN_FOR_THEM = re.compile(
    r"\b(sage(?:\s+(?:hiermit|gern|gerne|also|daher))?)\s+(?:für|fuer)\s+(?:ihn|sie)(?=\s+(?:zu|ab)\b)"
    r"|\s+on\s+(?:his|her)\s+behalf\b",
    re.IGNORECASE,
)


def _theirs_as_mine(text: str) -> str:
    text = _FOR_THEM.sub("für mich", _GIVEN_FOR_THEM.sub(lambda m: m.group(1) or "", text))
    text = re.sub(r"\b(?:statt|anstatt|anstelle)\s+(?:ihr|ihm|ihrer|seiner)\b", "statt mir", text)
    text = re.sub(r"\binstead of (?:him|her)\b", "instead of me", text, flags=re.IGNORECASE)
    text = _HIS_DE.sub(lambda m: "mein" + (m.group(1) or ""), text)
    text = _HERS_DE.sub(lambda m: "mein" + (m.group(1) or ""), text)
    return _HERS_EN.sub("my", text)


# the writer speaking of themself: "Ich bin die Werkstudentin von Frau Yilmaz"
_WRITER = re.compile(r"^\W*(?:ich|i)\s+(?:bin|am|'m)\b", re.IGNORECASE)


def _writer_said(piece: str) -> bool:
    """Does the writer speak of themself in the last sentence of ``piece``?"""
    return bool(_WRITER.match(re.split(r"[.!?]\s+", piece)[-1]))


def _rewrite(text: str, names: tuple[str, ...]) -> str:
    pieces = _CLAUSE.split(text)
    # "er ist krank" answers only alone: beside "er kommt aber" it is why another writes
    answering = [i % 2 == 0 and bool(_ANSWERING.search(p)) for i, p in enumerate(pieces)]
    if not any(answering):
        more = cue("answer", "proxy_answering")
        answering = [
            i % 2 == 0 and bool(more.search(folded("answer", p))) for i, p in enumerate(pieces)
        ]
    return "".join(
        _in_first_person(piece, names, index > 1 and _writer_said(pieces[index - 2]))
        if answering[index]
        else piece
        for index, piece in enumerate(pieces)
    )


def members_words(text: str) -> str:
    """``text`` as the member would have said it, when someone else writes for them."""
    if not cue("answer", "proxy").search(folded("answer", text)):
        return text
    names = tuple(dict.fromkeys(n for m in _NAMED.finditer(text) for n in m.groups() if n))
    # "on behalf of the couriers: Jonas is coming": the one named as the subject is the member
    names = names or written_names(text)
    # the last thing passed on that answers is the member's message ("He'd like to come
    # and says thank you": the thanks passed on answers nothing)
    relayed = next(
        (
            r
            for r in reversed(list(_RELAY.finditer(text)))
            if _ANSWERING.search(text[r.end() :])
            or _SAID.match(_RELAY_TAIL.sub("", _QUOTES.sub("", text[r.end() :])))
            or re.match(r"\W*(ab|zu)zusagen\b", text[r.end() :], re.IGNORECASE)
        ),
        None,
    )
    if relayed is not None:
        passed_on = _RELAY_TAIL.sub("", _QUOTES.sub("", text[relayed.end() :]))
        bidden = re.match(r"(ab|zu)zusagen\b", passed_on, re.IGNORECASE)
        if bidden:
            return f"Ich sage {bidden.group(1).lower()}."  # "hat mich gebeten, abzusagen"
        said = _SAID.match(passed_on)
        if said:
            # "Lina says yes, sie hat kein Guthaben mehr": the word passed on is the answer,
            # what follows is the writer's
            return said.group(1)
        if passed_on.strip():
            text = passed_on[:1].upper() + passed_on[1:]  # "…, dass er kommt": a sentence now
    return _theirs_as_mine(_rewrite(text, names))


def two_voices(signals: list[Signal], written: str, answer: Answer | None) -> str:
    """Why a mail written for the member may give someone else's answer; "" if it does not.

    ``written`` is the mail as written, folded: a phrase found there is the writer's own,
    one that is not was the member's "er kommt" made "ich komme". The member's words decide;
    when only the writer says "ich", a yes beside a no may be two people's.
    """
    strong = [s for s in signals if not s.weak]
    if answer is None and not strong:
        # "Herr Meier kann nicht selbst antworten, kommt aber gern": nothing read as the
        # member's; a guess from the whole mail would mix the writer's words with theirs
        return "written for someone else, and no answer of theirs was read"
    members = {s.answer for s in strong if s.phrase not in written}
    writers = {s.answer: s.phrase for s in strong if s.phrase in written}
    if len(members) == 1 and answer is not None and answer not in members:
        return f"written for someone else, and the writer's own words turn the answer: {answer}"
    if not members and Answer.YES in writers and Answer.NO in writers:
        return (
            f"written for someone else, yet says both {writers[Answer.YES]!r} and "
            f"{writers[Answer.NO]!r}: whose answer is which is for a person to tell"
        )
    return ""
