"""Whether naming company says the member comes, and what a party with the member says.

A companion named beside the member says who, not always whether. "Wir kommen
zu zweit", "Zu dritt!", "Bringe meine Frau mit" say the member comes; "Meine
Frau und ich feiern da Silberhochzeit", "I'm off to Rome with my wife" name
company and say nothing of coming, and "Wir beide müssen passen", "Both of
us are tied up" are a no said by a party the member is in. So the party is
read as the member alone ("ich muss passen", "I am tied up") by the answer
reader; and a companion counts as a yes only when that reading is a yes,
the words of the mention bring someone along, or nothing else is said
beside the party but being there.
"""

from __future__ import annotations

import re
from functools import cache

from mail.answer_signals import Reading, read_sentence
from mail.clauses import clauses
from mail.cues import cue, folded, lexicon
from mail.guest_patterns import MEMBER_CONDITION
from mail.guest_words import PERSON, first_names
from mail.types import Answer

# The party the member is in, as the subject: "wir beide", "meine Frau und ich", "both of
# us", "the two of us", "Lisa and I"; "wir" alone too, for "wir kommen zu zweit"
_PARTY_DE = re.compile(
    rf"\b(?:(?:mein\w*|unser\w*)\s+(?:[\w-]+\s+)?{PERSON}|(?-i:[A-ZÄÖÜ][a-zäöüß]+))\s+und\s+ich\b"
    rf"|\bich\s+und\s+(?:mein\w*|unser\w*)\s+(?:[\w-]+\s+)?{PERSON}\b"
    r"|\bwir\s+(?:beide|zwei|drei|vier|alle\s+(?:beide|zwei|drei))\b|\bwir\s+zu\s+\w+t\b|\bwir\b",
    re.IGNORECASE,
)
_DETERMINER_EN = r"(?:my|our|an?|the|two|three|[2-6])"
_PARTY_EN = re.compile(
    rf"\b(?:{_DETERMINER_EN}\s+(?:[\w-]+\s+)?{PERSON}|(?-i:[A-Z][a-z]+))\s+and\s+(?:i|me|myself)\b"
    rf"|\b(?:me|i|myself)\s+and\s+{_DETERMINER_EN}\s+(?:[\w-]+\s+)?{PERSON}\b"
    r"|\b(?:both|all|(?:the\s+)?(?:two|three|four|five|[2-6]))\s+of\s+us\b"
    # "hubby and I", "wife and me": the partner typed without a "my"
    r"|\b(?:wife|husband|hubby|missus|partner)\s+(?:and|&)\s+(?:i|me|myself)\b"
    r"|\bwe\s+(?:both|two|three|all)\b|\bwe\b",
    re.IGNORECASE,
)
# The plural a party speaks in, and the member's singular: "wir sind" is "ich bin"
_PLURAL_DE = {
    "sind": "bin", "haben": "habe", "hätten": "hätte", "können": "kann", "könnten": "könnte",
    "müssen": "muss", "müssten": "müsste", "wollen": "will", "wollten": "wollte",
    "dürfen": "darf", "sollen": "soll", "werden": "werde", "würden": "würde",
    "wären": "wäre", "waren": "war", "möchten": "möchte", "mögen": "mag", "wissen": "weiß",
    "kämen": "käme", "schaffen": "schaffe", "uns": "mich", "unser": "mein", "unsere": "meine",
    "unseren": "meinen", "unserem": "meinem", "unserer": "meiner",
}  # fmt: skip
_PLURAL_EN = {
    "are": "am", "'re": "'m", "were": "was", "us": "me", "our": "my", "ourselves": "myself",
    "both": "", "all": "",
}  # fmt: skip


def _contracted(match: re.Match[str]) -> str:
    """The member's "I'm", "I'll", "I've" for the party's "we're", "we'll", "we've"."""
    return "I" + ("'m" if match.group(1).lower() == "re" else "'" + match.group(1))


_WORD = re.compile(r"[\w'’]+")


def _singular_de(word: str) -> str:
    lowered = word.lower()
    if lowered in _PLURAL_DE:
        return _PLURAL_DE[lowered]
    if lowered.endswith("ern") or lowered.endswith("eln"):
        return lowered[:-1]  # "feiern", "wechseln": "feier", "wechsel", as people type them
    if lowered.endswith("en") and len(lowered) > 4:
        return lowered[:-1]  # "kommen", "fahren", "klinken": "komme", "fahre", "klinke"
    return lowered


def _singular_beside_ich(match: re.Match[str]) -> str:
    if match.group(1):
        return f"{match.group(1)} {_singular_de(match.group(2))}"
    if match.group(3):
        return f"{match.group(3)} {_singular_de(match.group(4))}"
    return f"{_singular_de(match.group(5))} {match.group(6)}"


def as_member_alone(sentence: str) -> str:
    """``sentence`` with the party the member is in said as the member alone.

    "Meine Frau und ich müssen leider passen" reads "ich muss leider passen", "Both
    of us are tied up" reads "I am tied up", so the answer reader hears the member.
    """
    if _PARTY_EN.search(sentence) and not _PARTY_DE.search(sentence):
        said = re.sub(r"\bwe['’](re|ve|ll|d)\b", _contracted, sentence, flags=re.IGNORECASE)
        said = _PARTY_EN.sub("I", said)
        return _WORD.sub(lambda m: _PLURAL_EN.get(m.group(0).lower(), m.group(0)), said)
    if _PARTY_DE.search(sentence):
        said = _PARTY_DE.sub("ich", sentence)
        # the verb beside "ich", before or after it: "ich müssen" → "ich muss", "müssen ich"
        # "… und kommen zu zweit": the verb carried on after "und" has the same subject (a
        # capital after "und" is a noun: "und Kuchen")
        said = re.sub(
            r"\b(ich)\s+([\w’']+)|\b(und|oder|aber)\s+([a-zäöüß][\w’']*)|\b([\w’']+)\s+(ich)\b",
            _singular_beside_ich,
            said,
            flags=re.IGNORECASE,
        )
        said = re.sub(r"\b(?:alle\s+)?beiden?\b", "", said, flags=re.IGNORECASE)
        return re.sub(
            r"\b(uns|unser\w*)\b", lambda m: _singular_de(m.group(0)), said, flags=re.IGNORECASE
        )
    return sentence


def party_answer(sentence: str) -> Answer | None:
    """The one answer the sentence gives, read as said by the member alone."""
    alone = as_member_alone(sentence)
    reading = Reading()
    read_sentence(folded("answer", alone), "", reading, False, alone)
    found = {s.answer for s in reading.signals if not s.weak}
    return found.pop() if len(found) == 1 else None


def has_party(sentence: str) -> bool:
    """Does the sentence name a party the member is in ("wir beide", "my wife and I",
    "both of us", "wir … zu zweit")?"""
    return bool(_PARTY_DE.search(sentence) or _PARTY_EN.search(sentence))


# A mention whose own words bring someone or say they come along: "bringe … mit",
# "bringing", "kommt mit", "begleitet mich", "join me", "+1"
_BRINGS = re.compile(
    r"\b(?:bring\w*|mitbring\w*|nehm\w*\s.*\bmit|nimm\w*\s.*\bmit|schlepp\w*|drag\w*"
    r"|kommt|kommen|komme|komm|come|comes|coming|begleit\w*|accompan\w*|join\w*|tag\w*\s+along"
    r"|along|dabei|there|mitkommen|dazu)\b|\+\s?\d|\bplus\b"
    # "Meldet mich und meine Frau an", "zählt uns mit", "tragt uns ein": the party signed up
    r"|\b(?:meld\w*|zähl\w*|trag\w*|schreib\w*)\s+(?:\w+\s+){0,6}?(?:an|mit|ein)\W*$"
    r"|\b(?:anmelden|eintragen|mitzählen|reservier\w*|register\w*|sign\s+\w+\s+up|book\w*)\b",
    re.IGNORECASE,
)


# A size that is the subject, and says who, not whether: "Wir zu dritt fahren da nach
# Berlin", "We two are sitting this one out" (not "Wir sind zu dritt", "We'll be three")
_SIZED_SUBJECT = re.compile(
    r"^\W*(?:(?:und|and|aber|but|also|so)\s+)?(?:(?:wir|we)\s+(?:beide|alle|zwei|drei|vier|fünf"
    r"|zu\s+\w+t|both|two|three|four|five|all)\b|(?:both|all|the\s+\w+|two|three|four|five"
    r"|[2-6])\s+of\s+us\b)",
    re.IGNORECASE,
)
# Where companions come from says who they are: "aus dem Vorstand", "from our office"
# ("from the fire brigade" at the clause's end may take more words)
_ORIGIN = re.compile(
    r"\b(?:aus|von|vom|from)\s+(?:(?:dem|der|den|the|our|my|unserem|unserer|meinem|meiner)\s+)?"
    r"(?:[\w-]+(?:\s+[\w-]+){0,2}\s*$|[\w-]+)",
    re.IGNORECASE,
)


@cache
def _beside_party() -> re.Pattern[str]:
    """Words that may stand beside a party size and leave it the answer (lexicon data)."""
    words = lexicon("guest").get("beside_party", ())
    return re.compile(r"^(?:" + "|".join(words) + r")$", re.IGNORECASE)


def _people_word(word: str) -> bool:
    lowered = word.lower()
    return bool(re.fullmatch(PERSON, lowered)) or lowered in first_names() or lowered.isdigit()


def says_coming(sentence: str, phrase: str, size: bool) -> bool:
    """Does naming ``phrase`` in ``sentence`` say that the member comes?

    "Zu zweit!", "We'll be three", "Bringe meine Frau mit", "Wir kommen zu zweit":
    yes. "Meine Frau und ich feiern da Silberhochzeit", "Am Donnerstag gehe ich mit
    meinem Mann ins Konzert": company named beside something else, no yes. A party's
    ``size`` ("zu dritt", "three of us") is said of the evening, unless it says no.
    """
    answer = party_answer(sentence)
    if answer is not None or (size and not _SIZED_SUBJECT.match(sentence)):
        return answer is not Answer.NO  # "We'll be three if I can get away" is a maybe
    # the clause the companion is named in: "Ich würde gern mit meinen Kolleginnen kommen,
    # die sollen das auch verstehen" says its yes before the comma
    lowered = phrase.lower()
    clause = next((c for c in clauses(sentence) if lowered in c), sentence.lower())
    if _BRINGS.search(clause):
        return True  # "my colleague from the tax office is coming with me"
    at = clause.find(lowered)
    rest = clause if at < 0 else clause[:at] + " " + clause[at + len(lowered) :]
    rest = MEMBER_CONDITION.sub(" ", rest)  # "if I can get away" makes it a maybe, read apart
    rest = _ORIGIN.sub(" ", rest)  # "zwei aus dem Vorstand", "from the office": who they are
    # "if that's ok", "wenn das passt", "if you have room": asking leave, said of nothing
    spelled = folded("answer", rest).lower()
    asked = {w for m in cue("answer", "neutral").finditer(spelled) for w in _WORD.findall(m[0])}
    beside = _beside_party()
    return all(
        beside.match(w) or _people_word(w) or folded("answer", w).lower() in asked
        for w in _WORD.findall(rest)
    )


def party_declines(sentence: str) -> bool:
    """Does a party the member is in say no as its subject ("Wir beide müssen passen",
    "My wife and I are tied up that evening")? Then no one comes, the member neither."""
    if not has_party(sentence):
        return False
    # "Meine Frau kann nicht, aber ich komme": a turn gives two answers, a person reads them
    if re.search(r"\b(?:aber|but|sondern|doch|jedoch|however)\b", sentence, re.IGNORECASE):
        return False
    return party_answer(sentence) is Answer.NO
