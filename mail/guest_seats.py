"""A party counted one by one: seats booked ("einmal für mich und einmal für Gerd", "ein
Platz für mich, einer für meine Frau", "one for me and one for my wife") and companions
added in a row ("plus meine Frau und ihr Bruder", "+ my partner and her sister"), or
named in a field as forms are filled in ("Begleitung: mein Mann", "Guest: Priya Shah"),
or brought as a number alone ("Ich bringe zwei mit", "I'll bring two").

The member's own seat is named first, then each companion's with its own "für"/"for".
The repeated "für" marks a person even when the name is one the guest reader does
not know ("Gerd", "Wiebke"): a capitalised word there is who the seat is for. Each
seat after the member's is one guest; a plural noun ("für meine Kinder") leaves the
number open for a person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mail.guest_patterns import PLUS_PERSON
from mail.guest_words import PERSON, count_for, number

# "einmal", "eins", "einen Platz", "one", "a seat", "another": how a seat is counted out
_ONE = (
    r"(?:(?:ein|einen|eine|a|one|another)\s+(?:platz|stuhl|ticket|karte|seat|spot|place|ticket)"
    r"|einmal|eins|einen|einer|one|another)"
)
_FOR = r"(?:für|fuer|for)"
# capitalised words after "für" that are no one's name: "für Dich", "für Sie", "für Alle"
_NOT_NAMES = (
    r"(?:Dich|Dir|Sie|Ihnen|Euch|Ihn|Ihr|Uns|Alle|Alles|Das|Die|Den|Der|Es|You|Us|All|Them)"
)
# who a later seat is for: "meine Frau", "my wife", "den Kollegen Paul", or a name
_WHO = (
    rf"(?P<words>(?:(?:mein\w*|my|unser\w*|our|die|den|der|the|eine?n?|a|an)\s+)?(?:[\w-]+\s+)?)"
    rf"(?P<noun>{PERSON})\b|(?-i:(?!{_NOT_NAMES}\b)(?P<name>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?))\b"
)
_SEP = r"\s*(?:,|und|and|&|\+|sowie|plus)\s*"
# the member's seat, then one more: "einmal für mich und einmal für", "für mich und für"
_MINE = re.compile(
    rf"(?:\b{_ONE}\s+)?{_FOR}\s+(?:mich|me|myself)\b(?={_SEP}(?:{_ONE}\s+)?{_FOR}\s)",
    re.IGNORECASE,
)
_NEXT = re.compile(rf"{_SEP}(?:{_ONE}\s+)?{_FOR}\s+(?:{_WHO})", re.IGNORECASE)


@dataclass(frozen=True)
class Seats:
    count: int | None  # None: a seat is for several, how many is unclear
    phrase: str
    booked: bool  # the seats counted out ("einmal für …", "one for …") say the member comes


def seats_booked(sentence: str) -> list[Seats]:
    """The parties booked seat by seat in ``sentence``, each with its number of guests."""
    found: list[Seats] = []
    for mine in _MINE.finditer(sentence):
        at, total, phrase = mine.end(), 0, mine.group(0)
        count: int | None = 0
        while (seat := _NEXT.match(sentence, at)) is not None:
            at, phrase = seat.end(), phrase + seat.group(0)
            if seat.group("name"):
                total += 1
                continue
            words = seat.group("words").lower().split()
            one = count_for(words, seat.group("noun").lower())
            if one is None:
                count = None
            total += one or 0
        booked = re.match(_ONE, phrase, re.IGNORECASE) is not None
        found.append(Seats(None if count is None else total, phrase, booked))
    return [s for s in found if s.count != 0]


# one more after "plus meine Frau": "und ihr Bruder", ", my sister"; not a new clause
# ("und mein Sohn ist krank")
_DETERMINER = (
    r"(?:mein\w*|my|unser\w*|our|sein\w*|ihr\w*|his|her|dessen|deren|die|der|den|the"
    r"|eine?n?|a|an)"
)
_CHAIN = re.compile(
    rf"\s*(?:,|und|and|&)\s*(?P<words>(?:{_DETERMINER}\s+)?(?:[\w-]+\s+)?)(?P<noun>{PERSON})\b"
    r"(?!\s+(?:ist|sind|hat|haben|muss|kann|wird|bleibt|is|has|was|will|can|stays)\b)",
    re.IGNORECASE,
)


def _counted_on(sentence: str, first: re.Match[str]) -> Seats:
    """The companion ``first`` names and each one added after it with "und", ","."""
    count: int | None = 1
    at = first.end()
    while (more := _CHAIN.match(sentence, at)) is not None:
        one = count_for(more.group("words").lower().split(), more.group("noun").lower())
        count = None if count is None or one is None else count + one
        at = more.end()
    return Seats(count, sentence[first.start() : at], False)


def _added(sentence: str, head: re.Pattern[str], booked: bool) -> tuple[list[Seats], str]:
    """The companions ``head`` opens, each counted, and the sentence without the ones after
    the first, so they are not read again as a companion of their own."""
    found = [_counted_on(sentence, match) for match in head.finditer(sentence)]
    for seat in found:
        opened = head.match(seat.phrase)
        if opened is not None and opened.end() < len(seat.phrase):
            sentence = sentence.replace(seat.phrase, opened.group(0) + " ")
    return [Seats(s.count, s.phrase, booked) for s in found], sentence


def plus_people(sentence: str) -> tuple[list[Seats], str]:
    """The companions added with "plus"/"+": "plus meine Frau und ihr Bruder" is two."""
    return _added(sentence, PLUS_PERSON, False)


# "Begleitung: mein Mann", "Gast: meine Kollegin Frau Ruß", "Guest: Priya Shah": a
# companion named as the value of a field (a number there is mail/guest_patterns.py's)
_FIELD = re.compile(
    r"\b(?:begleitung|begleitperson|gast|guest|companion)\s*[:=]\s*"
    rf"(?:(?:{_DETERMINER})\s+(?:[\w-]+\s+)?{PERSON}\b"
    r"|(?-i:[A-ZÄÖÜ][a-zäöüß]+(?:[ -][A-ZÄÖÜ][a-zäöüß]+)?)\b)",
    re.IGNORECASE,
)


def named_in_field(sentence: str) -> tuple[list[Seats], str]:
    """The companions named as a field's value: "Begleitung: mein Mann und meine Tochter"
    is two, and the field says the member comes with them."""
    return _added(sentence, _FIELD, True)


# "Ich bringe zwei mit", "I'll bring two", "Bringing 2": a number brought and no noun,
# which in a reply to an invitation counts people ("bringe zwei Kuchen mit" names its thing)
_BRINGS_A_NUMBER = re.compile(
    r"\b(?:bringe|bring|bringing|bringen)\s+(?:(?:noch|also|auch|dann)\s+)?"
    r"(?P<count>zwei|drei|vier|two|three|four|[2-4])(?:\s+(?:mit|along|more|weitere|mehr))?"
    r"\s*(?:[.,!;)]|$)",
    re.IGNORECASE,
)


def brought_by_number(sentence: str) -> list[Seats]:
    """The people brought by a number alone: "Ich bringe zwei mit" is two."""
    return [
        Seats(number(match.group("count")), match.group(0), True)
        for match in _BRINGS_A_NUMBER.finditer(sentence)
    ]
