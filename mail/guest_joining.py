"""Companions said to join, named before the verb, and parties counted as adults and children.

"Anna und Tom kommen mit", "Meine Schwester und ihr Freund kommen auch mit",
"Sarah and Mike are tagging along", "mein Kollege stößt später dazu": the people
named as the subject of a coming-along verb are the guests, each one counted,
also when they join only for part of the evening. "Three adults and two kids",
"2 Erwachsene, 1 Kind": the member is one of the adults. "Ich komme, 3 Gäste":
a bare number of guests said beside the answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from mail.guest_words import PERSON, count_for, count_in, first_names
from mail.prefilter import longest_first


@dataclass(frozen=True)
class Joining:
    count: int | None
    phrase: str
    total: bool = False
    # "Anna würde gern mitkommen" says who would come, not that the member does
    implies_yes: bool = True


_NUM = r"(?:ein|eine|einen|zwei|drei|vier|fünf|one|two|three|four|five|[1-6])"
# one companion in a list: "meine Schwester", "ihr Freund", "zwei Kolleginnen", "the kids"
_NP = (
    # "both my coworkers", "beide Kolleginnen": a pair said before a plural
    rf"(?:(?:mein\w*|my|unser\w*|our|ihr\w*|sein\w*|his|her|their|die|der|the|an?|{_NUM}"
    r"|(?:both|beide)(?=\s+(?:\w+\s+)?[\w-]*(?:s|innen|en)\b))\s+)"
    rf"(?:(?:beiden|both|{_NUM})\s+)?(?:[\w-]+\s+)??{PERSON}\b"
)
_SEP = r"(?:\s*,\s*|\s+(?:und|and|&|sowie)\s+)"
# where a companion comes from, said after them: "aus dem Übersetzungsbüro", "vom Radsport"
_FROM = (
    r"(?:\s+(?:aus|vom|von|from|at)\s+"
    r"(?:(?:der|dem|den|die|the|our|my|unserem|unserer|meinem|meiner)\s+)?[\w-]+)?"
)
# where the verb ends: not "kommen mit ihrem Auto", "kommt mit dem Zug"
_ENDS = r"(?=\s*(?:[,.!;:)–—-]|$|\s(?:und|and|but|aber|wenn|if|falls|sofern)\b))"
# the coming-along verb after the people: "kommen (auch) mit", "kommt später nach",
# "stößt dazu", "are tagging along", "will join us later"
_ADVERB = (
    r"(?:auch|ebenfalls|noch|gerne?|beide|dann|später|etwas\s+später|nachher|direkt"
    r"|nach\s+der\s+arbeit|nach\s+dem\s+\w+|ab\s+\d{1,2}(?:[:.]\d\d)?(?:\s+uhr)?|so\s+gegen\s+\d{1,2}"
    r"|gegen\s+\d{1,2}(?:\s+uhr)?|um\s+\d{1,2}(?:\s+uhr)?|also|both|too|later"
    # part of the evening still counts: "kommt nur zum Essen mit", "nur kurz"
    r"|nur\s+zum\s+\w+|nur\s+kurz|kurz|for\s+a\s+bit|for\s+dessert)"
)
_VERB = (
    rf"(?:kommen|kommt)\s+(?:{_ADVERB}\s+)*(?:mit|nach|dazu|mit\s+dazu){_ENDS}"
    rf"|(?:kommen|kommt)\s+(?:auch|ebenfalls)\s*(?:{_ADVERB}\s+)*{_ENDS}"
    rf"|(?:stoßen|stößt|stossen|stösst)\s+(?:{_ADVERB}\s+)*dazu{_ENDS}"
    rf"|(?:begleiten|begleitet)\s+mich{_ENDS}"
    rf"|(?:are|is|'re|'s)\s+(?:{_ADVERB}\s+)*(?:coming|tagging)\s+(?:{_ADVERB}\s+)*"
    rf"(?:along|too|with\s+me|as\s+well)(?:\s+(?:too|as\s+well|later))?{_ENDS}"
    rf"|(?:will|'ll)\s+(?:{_ADVERB}\s+)*(?:join|come\s+with)\s+(?:me|us)\b"
    rf"|(?:will|'ll)\s+(?:{_ADVERB}\s+)*come\s+(?:along|too|as\s+well){_ENDS}"
    rf"|(?:are|is|'re|'s)\s+(?:{_ADVERB}\s+)*joining\s+(?:me|us)\b"
)
# a wish to come along, beside the member's yes: "möchte gern mitkommen", "would like to
# join me", "wants to come too"; a wish turned down after it ("…, aber sie muss arbeiten")
# brings no one
_WISH = (
    r"(?:möchte|möchten|will|wollen|würde|würden)\s+(?:(?:auch|gern|gerne|ebenfalls|unbedingt"
    rf"|sehr)\s+)*(?:mitkommen|mit\s+dabei\s+sein|dazukommen){_ENDS}"
    r"|(?:would|'d|want|wants)\s+(?:(?:also|really|love|like)\s+)*to\s+(?:come\s+(?:along|too"
    rf"|with\s+me|as\s+well)|join\s+(?:me|us|in|too)|tag\s+along){_ENDS}"
    r"(?![^.!?]*\b(?:aber|but|doch|jedoch|leider|sadly|unfortunately|however)\b)"
)


# "kommen (leider) nicht mit", "are not coming", "can't make it": the people named stay away
_STAY_AWAY = (
    r"(?:kommen|kommt|können|kann|sind|ist)\s+(?:(?:leider|auch|doch|beide|diesmal|dieses\s+mal"
    r"|heute)\s+)*(?:nicht|nie|keine?)\b"
    r"|(?:are|is|'re|'s|will|can|won't|can't|cannot|aren't|isn't)\s+(?:(?:not|also|both|sadly"
    r"|unfortunately)\s+)*(?:not\b|n't\b|(?:coming|come|make|join)\w*\s+(?:not\b|n't\b))"
    r"|(?:won't|can't|cannot|aren't|isn't)\b"
)


# the verbs the patterns below look for; most sentences have none, and are left at once
_VERB_WORD = re.compile(
    r"\b(?:komm|stoß|stöß|stoss|stöss|begleit|coming|tagging|join|möcht|woll|will|würd|would"
    r"|want|are|is|can|kann|könn|sind|ist|auch|ebenfalls|too|as\s+well)|n't\b|'(?:d|ll|re|s)\b",
    re.IGNORECASE,
)


@cache
def _who() -> re.Pattern[str]:
    """Companions named at the start of a clause, before their verb."""
    names = longest_first(first_names())
    # "der Gerhard", "die Jana": an article before a first name, as spoken German puts it
    name = rf"(?:(?:der|die|dä)\s+)?(?=(?-i:[A-ZÄÖÜ]))(?:{names})\b"
    # "Two of my colleagues", "zwei meiner Kolleginnen"
    counted = rf"{_NUM}\s+(?:of\s+(?:my|our)|meiner|unserer)\s+(?:[\w-]+\s+)??{PERSON}"
    # after the first, a companion may be named bare: "my wife and kids are coming too"
    return re.compile(
        r"(?:^|[,;:.!?–—(]|\b(?:und|and|aber|but|btw|ps)\b)\s*"
        rf"(?P<who>(?:{counted}|{_NP}(?:\s+{name}(?:{_SEP}{name})*)?|{name}){_FROM}"
        rf"(?:{_SEP}(?:{_NP}|{name}|{PERSON}\b){_FROM})*)",
        re.IGNORECASE,
    )


# "Ich komme, meine Frau und meine Schwester auch", "I'm coming, my wife and her sister
# too": the verb left out after the member's own, the people named come as well
_ALSO = rf"(?:auch|ebenfalls|too|as\s+well){_ENDS}"
# only the member's own people: not "Ihnen und Ihrer Familie auch!", a wish sent back
_MINE = re.compile(r"(?:mein\w*|my|unser\w*|our)\s", re.IGNORECASE)

# what the people named do: stay away (no one counted), come along, or wish to
_DOES = [
    (re.compile(rf"\s+(?:{verb})", re.IGNORECASE), kind)
    for verb, kind in ((_STAY_AWAY, "away"), (_VERB, "come"), (_WISH, "wish"), (_ALSO, "also"))
]


_ITEM_SPLIT = re.compile(r"\s*,\s*|\s+(?:und|and|&|sowie)\s+", re.IGNORECASE)


def _number(word: str) -> int:
    return count_in([word.lower()]) or 0


def _count(who: str) -> int | None:
    # "my colleagues Jo and Sam": the names say who and how many
    names = [w for w in re.findall(r"[\w-]+", who) if w[0].isupper() and w.lower() in first_names()]
    if (
        names
        and re.search(PERSON, who.lower())
        and not re.search(r"(?i)\b(?:und|and|&)\s+(?:mein|my|unser|our)", who)
    ):
        return len(names)
    total = 0
    for part in _ITEM_SPLIT.split(who.strip()):
        # "meine Kollegin aus dem Büro": where from says nothing of how many
        words = re.split(r"\s(?:aus|vom|von|from|at)\s", f" {part.lower()} ")[0].split()
        if words and words[-1] in first_names():
            total += 1
            continue
        counted = count_in(words[:1])
        if counted and len(words) > 2 and words[1] in ("of", "meiner", "unserer"):
            total += counted  # "two of my colleagues"
            continue
        nouns = [w for w in words if re.fullmatch(PERSON, w)]
        if not nouns:
            return None
        count = count_for(words[:-1], nouns[-1])
        if count is None:
            return None
        total += count
    return total or None


# "three adults and two kids", "2 Erwachsene, 1 Kind", "zwei Erwachsene + drei Kinder":
# the member is one of the adults
_ADULTS_AND_KIDS = re.compile(
    rf"\b(?P<adults>{_NUM})\s+(?:erwachsene|erwachsenen|adults?|grown-?ups)\s*"
    rf"(?:,|\+|&|\bund\b|\band\b|\bplus\b|\bmit\b|\bwith\b)\s*(?P<kids>{_NUM})\s+"
    r"(?:kinder|kindern|kind|kids?|children|child|kleine|kleinen)\b",
    re.IGNORECASE,
)
# "…, also fünf Leute", "…, so three people in all": the party's size said after who it is
_SO_SIZE = re.compile(
    rf"[,:–—-]\s*(?:also|so|i\.\s?e\.|that's|das\s+sind|macht)\s+(?P<size>{_NUM})\s+"
    r"(?:leute|personen|people|persons)\b(?:\s+(?:insgesamt|in\s+total|in\s+all))?",
    re.IGNORECASE,
)
# "a family of four", "als vierköpfige Familie", "Familie mit 4 Personen"
_FAMILY = re.compile(
    rf"\b(?:family|familie)\s+(?:of|von|aus|mit)\s+(?P<size>{_NUM})\b(?:\s+(?:personen|people))?",
    re.IGNORECASE,
)
# "Ich komme, 3 Gäste.", "Zusage, 1 Gast", "Yes – 2 guests": a count of guests standing
# alone beside the answer
_BARE_GUESTS = re.compile(
    rf"(?:^|[,;:–—-])\s*(?:(?:und|and|plus|mit|with)\s+)?(?P<n>{_NUM})\s+"
    r"(?:gäste|gast|guests?|begleitpersonen|begleitperson|begleitungen)\s*(?:[.!)]\s*)?$",
    re.IGNORECASE,
)


def joining(sentence: str) -> tuple[list[Joining], str]:
    """The companions counted here, and the sentence with their words blanked so the other
    patterns do not count them again."""
    found: list[Joining] = []
    for pattern, read in (
        (_ADULTS_AND_KIDS, lambda m: (_number(m["adults"]) - 1 + _number(m["kids"]), True)),
        (_FAMILY, lambda m: (_number(m["size"]) - 1, True)),
        (_SO_SIZE, lambda m: (_number(m["size"]) - 1, True)),
        (_BARE_GUESTS, lambda m: (_number(m["n"]), False)),
    ):
        for match in pattern.finditer(sentence):
            count, total = read(match)
            found.append(Joining(count, match.group(0).strip(" ,;:–—-"), total))
        if found:
            sentence = pattern.sub(" ", sentence)
    if not _VERB_WORD.search(sentence):
        return found, sentence
    spans: list[tuple[int, int]] = []
    for who in _who().finditer(sentence):
        does = next(((m, kind) for p, kind in _DOES if (m := p.match(sentence, who.end()))), None)
        if does is None:
            continue
        verb, kind = does
        if kind == "also" and not _MINE.match(who["who"]):
            continue
        # "meine Kollegin und ihr Mann kommen nicht mit": blanked, so no pattern counts them
        spans.append((who.start(), verb.end()))
        if kind != "away":
            phrase = sentence[who.start() : verb.end()].strip()
            found.append(Joining(_count(who["who"]), phrase, False, kind == "come"))
    for start, end in reversed(spans):
        sentence = sentence[:start] + " " * (end - start) + sentence[end:]
    return found, sentence
