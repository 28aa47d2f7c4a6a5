"""Ways of saying who comes along that the plain patterns miss, as strangers write them.

German puts the companion first ("Meine Kollegin bringe ich mit"), joins nouns
("Büro-Kollegin"), names someone by title ("Frau Nowak vom Tourismusbüro kommt
mit"), says who was asked and then that they come ("zwei Freundinnen gefragt,
die kommen mit"), and counts the member into a group ("vier Leute, ich
eingeschlossen", "send three people, including me", "zählt mich doppelt").
Sentences are brought into the word order the patterns know, and the forms
that count people are read here; :mod:`mail.guest_mentions` makes them mentions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mail.guest_chains import plainly_listed
from mail.guest_patterns import SIZE
from mail.guest_words import PERSON, count_for, first_names, number

# a person noun, caught by name
_NOUN = PERSON.replace("(", "(?P<noun>", 1)
# "Büro-Kollegin", "Social-Media-Assistentin": the last part of a joined noun is who
_JOINED = re.compile(rf"\b(?:[^\W\d_]+-)+(?={PERSON}\b)", re.IGNORECASE)
# "Meine Kollegin bringe ich mit", "zwei Kolleginnen bring ich mit": the companion put
# first, as German may; read as "ich bringe meine Kollegin mit"
# the opening is possessive: a sentence blanked to spaces by a cue ("grüßt alle" × 400)
# was otherwise tried again from every shorter opening, in time growing with its square
_FRONTED = re.compile(
    r"(^\W*+|[,;:–—]\s*|\b(?:und|aber)\s+)"
    r"(?P<who>[^,;:.!?–—]{1,60}?)\s+(?P<verb>bringe?|nehme?)\s+ich\s+"
    r"(?P<fill>(?:(?:auch|noch|gern|gerne|dann|wohl|mal|natürlich)\s+)*)mit\b",
    re.IGNORECASE,
)


def in_plain_order(sentence: str) -> str:
    """The sentence with joined nouns cut to their person and a fronted companion moved
    behind the verb, where the patterns of :mod:`mail.guest_patterns` look."""
    sentence = plainly_listed(_JOINED.sub("", sentence))
    return _FRONTED.sub(
        lambda m: (
            f"{m.group(1)}ich {m.group('verb')} {m.group('who')} {m.group('fill')}mit"
            if re.search(rf"\b{PERSON}\b|^[A-ZÄÖÜ]|\s[A-ZÄÖÜ][a-zäöüß]+$", m.group("who"), re.I)
            else m.group(0)
        ),
        sentence,
    )


@dataclass(frozen=True)
class Counted:
    count: int | None
    implies_yes: bool
    phrase: str
    total: bool = False


# The member said to be in the group: "ich eingeschlossen", "mich eingerechnet",
# "including me", "me included", "ich bin einer davon", "mit mir"
_ME_IN = (
    r"(?:ich|mich|me|myself)\s+(?:eingeschlossen|eingerechnet|mitgezählt|inklusive|included"
    r"|inclusive)\b|\b(?:including|inklusive|inkl\.?|einschließlich|incl\.?)\s+(?:mir|mich|me|myself)\b"
    r"|\b(?:ich\s+bin|i'?m|i\s+am)\s+(?:einer|eine|one)\s+(?:davon|of\s+them)\b"
)
_GROUP_WITH_ME = re.compile(
    rf"\b{SIZE}\s+(?:personen|leute|leuten|people|persons)\b(?=[^.!?]{{0,40}}?(?:{_ME_IN}))"
    rf"|(?:{_ME_IN})[^.!?]{{0,40}}?\b{SIZE}\s+(?:personen|leute|leuten|people|persons)\b"
    # "das sind mit mir fünf", "wir sind mit mir vier", "five with me"
    rf"|\b(?:das|wir|es)\s+(?:sind|wären|werden)\s+(?:dann\s+)?(?:mit\s+mir|inklusive\s+mir"
    rf"|inkl\.?\s+mir|samt\s+mir)\s+{SIZE}\b(?!\s+(?:themen|topics|minuten|stunden|uhr))"
    rf"|\b{SIZE}\s+(?:mit\s+mir|with\s+me|inklusive\s+mir|including\s+me)\b",
    re.IGNORECASE,
)
# where "kommt mit", "coming along" ends: not "kommt mit ihrem Mann"
_ENDS = r"(?=\s*(?:[,.!;:)–—-]|$|\s(?:und|and|but|aber|wenn|if|falls)\b))"
# "Zählt mich doppelt", "count me twice": the member and one more
_TWICE = re.compile(
    r"\b(?:zählt|zähl|rechnet|rechne|count|put)\s+(?:mich|me)\s+(?:(?:bitte|please|einfach|just)\s+)*"
    r"(?:doppelt|zweimal|twice|double|as\s+two)\b",
    re.IGNORECASE,
)
# "Frau Nowak vom Tourismusbüro kommt mit", "Dr. Patel from the clinic will come along":
# someone named by title who comes along
_TITLED_COMES = re.compile(
    r"\b(?:herrn?|frau|mr|mrs|ms|dr|prof)\.?\s+(?:dr\.?\s+)?[A-ZÄÖÜ][\w-]+"
    r"(?:\s+(?:vom|von|aus|from|of)\s+(?:der|dem|den|the|our|unserem|unserer)?\s*[\w-]+)?\s+"
    r"(?:kommt\s+(?:(?:auch|ebenfalls|gerne?|noch)\s+)*mit"
    r"|(?:comes|will\s+come|is\s+coming)\s+(?:also\s+)?(?:along|too|with\s+me)"
    r"|will\s+(?:also\s+)?join\s+(?:me|us))"
    # "kommt mit ihrem Mann" is how she comes, not that she comes along
    rf"{_ENDS}",
    re.IGNORECASE,
)
# "zwei Freundinnen gefragt, die kommen mit", "asked two friends, they're both coming
# along": people named, then said to come along in a clause of their own
_ASKED_COME = re.compile(
    rf"\b(?P<words>(?:[\w'-]+\s+){{0,2}}?){_NOUN}\b[^.!?]{{0,60}}?"
    r"[,;–—-]\s*(?:und\s+|and\s+)?"
    r"(?P<who>die|der|beide|sie|er|they|both|they'?re(?:\s+both)?|they\s+are(?:\s+both)?|he|she"
    r"|he'?s|she'?s)\s+"
    r"(?P<verb>(?:(?:auch|ebenfalls|beide|both|also|gern|gerne|dann)\s+)*(?:kommt|kommen|coming"
    r"|come|will\s+come|join|joining))\s+(?:(?:auch|also|gerne?|both)\s+)*(?:mit|along|too)"
    rf"{_ENDS}",
    re.IGNORECASE,
)


# "meine Kollegen begleiten mich", "my colleagues are coming along": several come, the
# verb says so where the noun does not; how many is for a person unless a number says
_SEVERAL_COME = re.compile(
    rf"\b(?P<words>(?:mein\w*|my|unser\w*|our)\s+(?:[\w-]+\s+)?){_NOUN}"
    r"\s+(?:(?:auch|ebenfalls|also|both|beide)\s+)*(?:begleiten\s+mich|kommen\s+(?:(?:auch|ebenfalls"
    r"|beide|gerne?)\s+)*mit|are\s+(?:also\s+)?(?:coming\s+(?:along|too|with\s+me)|joining\s+me)"
    r"|will\s+(?:also\s+)?(?:join\s+me|come\s+along))"
    rf"{_ENDS}",
    re.IGNORECASE,
)


def counted(sentence: str) -> list[Counted]:
    """The companions counted by the forms this module reads."""
    found = [
        Counted(number(next(g for g in m.groups() if g)) - 1, True, m.group(0), total=True)
        for m in _GROUP_WITH_ME.finditer(sentence)
    ]
    found += [Counted(1, True, m.group(0), total=True) for m in _TWICE.finditer(sentence)]
    found += [Counted(1, True, m.group(0)) for m in _TITLED_COMES.finditer(sentence)]
    for match in _SEVERAL_COME.finditer(sentence):
        words = match.group("words").lower().split()
        found.append(Counted(count_for(words, match.group("noun").lower()), True, match.group(0)))
    for match in _ASKED_COME.finditer(sentence):
        words = match.group("words").lower().split()
        count = count_for(words, match.group("noun").lower())
        if count is None and re.match(r"(?i)both|beide|they'?re both|they are both", match["who"]):
            count = 2
        found.append(Counted(count, True, match.group(0)))
    return found


# "that's me, Ben and Charlotte", "wir kommen: ich, Lisa und Konstantin": people listed
# beside the member, counted when one of them is a known first name
_ME_LIST = re.compile(
    r"\b(?:[Ii]ch|[Mm]e)\s*,\s*((?:[A-ZÄÖÜ][\w-]+\s*(?:,|\bund\b|\band\b|&)\s*)*[A-ZÄÖÜ][\w-]+)\b"
    # "Petra, Jonas und ich": the member named last
    r"|\b((?:[A-ZÄÖÜ][\w-]+\s*,\s*)+[A-ZÄÖÜ][\w-]+)\s+(?:und|and|&)\s+(?:ich|I|me|myself)\b"
)


def listed_beside_me(sentence: str) -> list[Counted]:
    found: list[Counted] = []
    for match in _ME_LIST.finditer(sentence):
        people = re.findall(r"[A-ZÄÖÜ][\w-]+", match.group(1) or match.group(2))
        if any(p.lower() in first_names() for p in people):
            found.append(Counted(len(people), True, match.group(0)))
    return found
