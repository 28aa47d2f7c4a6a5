"""Who a member names as coming along, sentence by sentence, and how many they count."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from mail.guest_dialect import DIALECT
from mail.guest_forms import counted, in_plain_order, listed_beside_me
from mail.guest_joining import joining
from mail.guest_patterns import (
    AND_I,
    BARE_PLUS_ONE,
    BOTH,
    BRING_DE,
    BRING_NAMED,
    BRINGING,
    COME_BEFORE,
    COMES_ALONG,
    COUNT_COMES,
    COUNT_FROM,
    COUPLE,
    DENIED,
    FIELD_GUESTS,
    FIELD_PARTY,
    GENERIC,
    GREETING,
    GROUP,
    I_AND,
    IN_ALL,
    LISTED_WITH_ME,
    ME_AND,
    ME_PLUS,
    MEMBER_IN,
    MY_PLUS_ONE,
    NOT_ALONE,
    NOT_WITHOUT,
    OF_US,
    ONLY_SIZE,
    OTHERS,
    PARTY,
    PARTY_SIZES,
    PLUS,
    PLUS_WORD,
    SIGN_UP,
    SIZE_AFTER,
    SO_WILL,
    TALKED,
    TITLED_AND_I,
    VERB_AFTER,
    WE_ARE,
    WITH,
)
from mail.guest_seats import brought_by_number, named_in_field, plus_people, seats_booked
from mail.guest_words import (
    DATIVE_PLURAL,
    GROUP_NOUN,
    PERSON,
    PLURAL_NOUN,
    count_for,
    count_in,
    first_names,
    number,
    one_person,
    pair,
)
from mail.prefilter import longest_first


@dataclass(frozen=True)
class Mention:
    count: int | None  # None: someone is coming along, but how many is unclear
    implies_yes: bool  # "bringe eine Kollegin mit" means the member comes too
    phrase: str
    # the size of the whole party was said ("zu dritt", "three of us", "insgesamt
    # drei"): it settles companions counted unclearly or named only in part
    total: bool = False
    subject: bool = False  # "Anna und Tom kommen mit": beside a no, they go on their own


_NAME_LEAD = re.compile(r"^(mit|with|bringe?|bringing|plus|\+)$", re.IGNORECASE)
_NAME_JOIN = re.compile(r"^(und|and|&|,|sowie)$", re.IGNORECASE)
_TOKEN = re.compile(r"[\w']+|[+&,]")


@cache
def _name_forms() -> re.Pattern[str]:
    """A name beside the member ("Lisa und ich", "ich und Lisa") or joining them
    ("Jonas kommt auch mit")."""
    names = longest_first(first_names())
    return re.compile(
        rf"\b(?:ich|me|i)\s+(?:und|and|&|\+)\s+(?:{names})\b"
        rf"|\b(?:{names})\s+(?:und|and|&)\s+(?:ich|i|me|mich|myself)\b"
        rf"|\b(?:{names})\s+(?:kommt|will come|is coming|comes)\s+(?:auch\s+|also\s+)?"
        r"(?:mit|along|too|with me)\b"
        # "Ich komme, Jana kommt auch."
        rf"|\b(?:{names})\s+(?:kommt|will come|is coming|comes)\s+(?:auch|ebenfalls|too|as well)"
        r"(?=\s*(?:[,.!;)]|$))",
        re.IGNORECASE,
    )


def _named_people(sentence: str) -> list[Mention]:
    """First names right after "mit", "with", "bringe", "plus": "komme mit Jonas",
    "bringe Anna und Ben mit", "with my colleagues Anna and Ben"."""
    if TALKED.search(sentence):
        return []
    names = first_names()
    tokens = _TOKEN.findall(sentence)
    found = [Mention(1, True, m.group(0)) for m in _name_forms().finditer(sentence)]
    index = 0
    while index < len(tokens):
        lead = tokens[index]
        start = index + 1
        if _NAME_LEAD.match(lead) or (
            # "my colleagues Anna and Ben": the names say how many the plural noun is
            PLURAL_NOUN.search(lead.lower()) and re.fullmatch(PERSON, lead.lower())
        ):
            people: list[str] = []
            cursor = start
            while cursor < len(tokens) and tokens[cursor].lower() in names:
                people.append(tokens[cursor])
                if cursor + 2 < len(tokens) and _NAME_JOIN.match(tokens[cursor + 1]):
                    cursor += 2
                else:
                    cursor += 1
                    break
            if people:
                phrase = f"{lead} {' und '.join(people)}"
                found.append(Mention(len(people), True, phrase))
                index = cursor
                continue
        index += 1
    return found


_AGE = re.compile(rf"\b({PERSON})\s*\(\s*\d{{1,2}}\s*(?:j\.?|jahre|years?|yrs?|y\.?)?\s*\)", re.I)
_LISTED_COMMA = re.compile(
    rf"\b({PERSON})\s*,\s+(?=(?:mein\w*|my|unser\w*|our|dem|der|den|the|an?|ein\w*|zwei|drei"
    rf"|two|three|[2-6])\s+(?:[\w-]+\s+)?{PERSON}\b)",
    re.IGNORECASE,
)
_COUNTED = re.compile(r"^\s*\(([1-6])\)")


# "if it's ok with my boss", "nach einem Termin mit meinem Chef", "not as announced with
# my colleague": the companion belongs to something else, or is denied, and comes along
# with no one
_NOT_COMPANY = re.compile(
    r"\b(?:ok|okay|fine|alright|cleared|clear|check|checked|sorted|talk|talked|speak|spoke"
    r"|agreed|arranged|meeting|meet|call|dinner|lunch|appointment|date|termin|treffen"
    r"|besprechung|gespräch|telefonat|absprache|essen|abendessen|verabredet|verabredung"
    r"|abgesprochen|abklären|klären)\W*$"
    r"|\b(?:nicht|not|no\s+longer|nicht\s+mehr)\s+(?:(?:wie|as)\s+\w+\s+)?$",
    re.IGNORECASE,
)


def _with(sentence: str) -> list[Mention]:
    found: list[Mention] = []
    previous_end = -1
    for match in WITH.finditer(sentence):
        if match.group(1).lower() in ("mit", "with") and _NOT_COMPANY.search(
            re.split(r"[,;:.!?–—]", sentence[: match.start()])[-1]
        ):
            continue
        words = [w.lower() for w in (match.group(3), match.group(5)) if w]
        noun, word = match.group(6).lower(), match.group(1).lower()
        if noun.startswith("freundlich"):
            continue  # "mit freundlichen Grüßen"
        done = re.split(r"[,;:.!?]", sentence[match.end() :])[0].strip()
        if word == "mit" and TALKED.match(done):
            continue  # "mit meiner Frau verhandelt": done with her, not coming with her
        if (
            word in ("und", "and")
            and (
                re.match(
                    r"\s+(ist|sind|hat|haben|muss|kann|wird|is|has|was|will|can)\b",
                    sentence[match.end() :],
                )
                # "… und meine Betreuerin meinte, …": a German word in lower case after the noun
                # is its verb
                or (word == "und" and VERB_AFTER.match(sentence[match.end() :]))
            )
        ):
            continue  # "… und mein Mann ist auf Montage": a new clause, not a guest
        if noun.startswith("jemand") or noun in ("someone", "somebody", "begleitung"):
            words.append("jemand")
        count = count_for(words, noun) if words else (1 if one_person(noun) else None)
        if (
            word == "mit"
            and DATIVE_PLURAL.intersection(words)
            and count_in(words) is None
            and not pair(noun)
        ):
            count = None  # "mit meinen Kollegen" is several
        counted = _COUNTED.match(sentence[match.end() :])
        if count is None and counted:
            count = int(counted.group(1))  # "bringing my kids (2)", "mit meinen Kindern (2)"
        if count and GROUP_NOUN.match(noun) and MEMBER_IN.search(sentence):
            count -= 1  # "wir kommen mit drei Leuten", "…, ich bin einer davon": three in all
        chained = (
            word in ("und", "and") and found and not sentence[previous_end : match.start()].strip()
        )
        previous_end = match.end()
        if chained:
            # "mit meiner Frau und meinem Sohn": one group of companions, counted together
            first = found.pop()
            total = None if first.count is None or count is None else first.count + count
            found.append(Mention(total, first.implies_yes, f"{first.phrase} {match.group(0)}"))
            continue
        found.append(Mention(count, word != "und", match.group(0)))
    return found


def _words(phrase: str) -> list[str]:
    return re.findall(r"[\w'-]+|,", phrase.lower())


def _listed_count(words: list[str]) -> int | None:
    """The people in "meine Frau und meinen Sohn", "zwei Kollegen, eine Freundin": each
    part counted on its own and added up; a part whose number is open leaves it open."""
    total = 0
    part: list[str] = []
    for word in [*words, "und"]:
        if word not in ("und", "and", "&", "sowie", ","):
            part.append(word)
            continue
        nouns = [w for w in part if re.fullmatch(PERSON, w)]
        if nouns:
            count = count_for(part, nouns[-1])
            if count is None:
                return None
            total += count
        part = []
    return total or None


def _bring_along(sentence: str) -> list[Mention]:
    found: list[Mention] = []
    rest = sentence
    for match in BRING_DE.finditer(sentence):
        words = re.findall(r"[\w'-]+|,", (match.group(2) or match.group(3)).lower())
        # "die Tochter meiner Chefin": the one named before the genitive comes along
        words = re.split(
            r"\s(?:meiner|meines|seiner|seines|ihrer|ihres|unserer|unseres|des)\s",
            f" {' '.join(words)} ",
        )[0].split()
        if any(re.fullmatch(PERSON, w) for w in words):
            found.append(Mention(_listed_count(words), True, match.group(0)))
            # the companions listed inside "bringe … mit" are counted here, not again below
            rest = rest.replace(match.group(0), " ")
    for match in [*AND_I.finditer(sentence), *I_AND.finditer(sentence)]:
        # "meine Frau und ich": one person beside the member unless the noun is plural
        words = [w.lower() for w in (match.group(1), match.group(3)) if w]
        noun = match.group(4).lower()
        count = count_in(words) or (None if PLURAL_NOUN.search(noun) else 1)
        found.append(Mention(count, True, match.group(0)))
    for match in COMES_ALONG.finditer(sentence):
        first = 1 if match.group(1) else 8  # which of the two forms matched
        words = [w.lower() for w in (match.group(first), match.group(first + 2)) if w]
        noun = match.group(first + 3).lower()
        found.append(Mention(count_for(words, noun), True, match.group(0)))
    return found + _with(rest)


# "zu zweit statt zu dritt", "two instead of three": the size given up says nobody comes
_GIVEN_UP = re.compile(
    # "nicht zu zweit, sondern zu dritt", "just me, not two of us": a size denied
    r"\b(?:statt|anstatt|instead of|rather than|nicht mehr|nicht|not)\s+(?:zu\s+|as\s+)?"
    r"(?:zweit|dritt|viert|fünft|two|three|four|five|[2-6])\b(?:\s+of\s+us\b)?",
    re.IGNORECASE,
)


# A reply says the same sentence more than once only when it is hostile ("Ich komme." a
# thousand times) or when the reader asks about a sentence and its parts again.
@lru_cache(maxsize=1024)
def find_mentions(sentence: str) -> tuple[Mention, ...]:
    return tuple(_mentions(sentence))


def _mentions(sentence: str) -> list[Mention]:
    if BARE_PLUS_ONE.match(sentence):
        return []  # "+1" on its own agrees to the invitation
    sentence = _GIVEN_UP.sub(" ", GREETING.sub(" ", sentence))
    for pattern, replacement in DIALECT:
        sentence = pattern.sub(replacement, sentence)
    sentence = ME_AND.sub(r"\1 and ", in_plain_order(sentence))  # "Me + my colleague"
    # "Mein Sohn (12) kommt mit": a number in brackets after one person is their age
    if "(" in sentence:  # each of these two needs its mark ("(", ","); most sentences lack it
        sentence = _AGE.sub(
            lambda m: m.group(1) if one_person(m.group(1).lower()) else m.group(0), sentence
        )
    # "mit meiner Frau, meinem Sohn": a comma joins companions ("Mit Begleitung, my husband": one)
    if "," in sentence:
        sentence = _LISTED_COMMA.sub(
            lambda m: m.group(0) if GENERIC.match(m.group(1)) else f"{m.group(1)} und ", sentence
        )
    # "meine Kollegin, mein Chef und ich", "es kommen noch meine Frau und ihr Bruder mit":
    # each one listed counts, and the pair at the list's end is not read again on its own
    joined, sentence = joining(sentence)  # "Anna und Tom kommen mit", "3 adults, 2 kids"
    found = [Mention(j.count, j.implies_yes, j.phrase, j.total, subject=True) for j in joined]
    for party in [*LISTED_WITH_ME.finditer(sentence), *COME_BEFORE.finditer(sentence)]:
        count = _listed_count(_words(next(g for g in party.groupdict().values() if g)))
        if count:
            found.append(Mention(count, True, party.group(0)))
            sentence = sentence.replace(party.group(0), " ")
    me_plus = ME_PLUS.match(sentence)
    if me_plus:
        sentence = sentence[me_plus.end() :]
    found += [Mention(number(m.group(1)), True, m.group(0)) for m in [me_plus] if m]

    # "Trag mich +1 ein", "sign me up +1": signing up is coming
    signing_up = bool(SIGN_UP.search(sentence))
    bringing = bool(BRINGING.search(sentence))  # "Bringing a +1!": the member comes
    found += [
        Mention(int(m.group(1)), signing_up or bringing, m.group(0))
        for m in (PLUS.finditer(sentence) if "+" in sentence else ())  # "+1" needs its "+"
    ]
    found += [
        Mention(number(next(g for g in m.groups() if g)) - 1, True, m.group(0), total=True)
        for m in GROUP.finditer(sentence)
    ]
    found += [
        Mention(number(m.group(1)), bringing, m.group(0)) for m in PLUS_WORD.finditer(sentence)
    ]
    found += [
        Mention(number(next(g for g in m.groups() if g)) - 1, True, m.group(0), total=True)
        for m in ONLY_SIZE.finditer(sentence)
    ]
    found += [Mention(1, True, m.group(0), total=True) for m in COUPLE.finditer(sentence)]
    found += [
        Mention(count_in([m.group(1).lower()]) or number(m.group(1)), True, m.group(0))
        for m in FIELD_GUESTS.finditer(sentence)
    ]
    found += [
        Mention(number(m.group(1)) - 1, True, m.group(0), total=True)
        for m in FIELD_PARTY.finditer(sentence)
    ]
    found += [
        Mention(number(m.group(1)) - 1, True, m.group(0), total=True)
        for m in SIZE_AFTER.finditer(sentence)
        if not ONLY_SIZE.search(sentence)
    ]
    found += [
        Mention(PARTY_SIZES[m.group(1).lower()] - 1, True, m.group(0), total=True)
        for m in PARTY.finditer(sentence)
    ]
    found += [
        Mention(number(m.group(6) or m.group(8)) - 1, True, m.group(0), total=True)
        for m in WE_ARE.finditer(sentence)
    ]
    found += [
        Mention(number(next(g for g in m.groups() if g)) - 1, True, m.group(0), total=True)
        for m in IN_ALL.finditer(sentence)
    ]
    sentence = IN_ALL.sub(" ", sentence)  # "rechnet mit zwei Personen" brings no two more
    found += [Mention(number(m.group(1)), True, m.group(0)) for m in COUNT_COMES.finditer(sentence)]
    found += [Mention(number(m.group(1)), True, m.group(0)) for m in COUNT_FROM.finditer(sentence)]
    found += [Mention(1, True, m.group(0)) for m in BRING_NAMED.finditer(sentence)]
    found += [Mention(c.count, c.implies_yes, c.phrase, c.total) for c in counted(sentence)]
    fields, sentence = named_in_field(sentence)  # "Begleitung: mein Mann"
    seats = [*seats_booked(sentence), *fields, *brought_by_number(sentence)]
    found += [Mention(s.count, s.booked, s.phrase) for s in seats]
    found += [Mention(1, False, m.group(0)) for m in NOT_ALONE.finditer(sentence)]
    found += [
        Mention(count_for((m.group(1) or "").lower().split(), m.group(2).lower()), True, m.group(0))
        for m in NOT_WITHOUT.finditer(sentence)
    ]
    found += [Mention(number(m.group(1)), True, m.group(0)) for m in OTHERS.finditer(sentence)]
    found += [Mention(1, True, m.group(0)) for m in TITLED_AND_I.finditer(sentence)]
    found += [Mention(1, True, m.group(0)) for m in SO_WILL.finditer(sentence)]
    plus, sentence = plus_people(sentence)  # "plus meine Frau und ihr Bruder" is two
    found += [Mention(p.count, False, p.phrase) for p in plus]
    found += [Mention(1, True, m.group(0)) for m in MY_PLUS_ONE.finditer(sentence)]
    found += [
        Mention(number(next(g for g in m.groups() if g)) - 1, True, m.group(0), total=True)
        for m in OF_US.finditer(sentence)
    ]
    found += [
        Mention(1, True, m.group(0), total=True)
        for m in BOTH.finditer(sentence)
        # "wir kommen beide nicht", "we both can't": both stay away, no party comes
        if not DENIED.search(re.split(r"[,;.!?]", sentence[m.end() :])[0])
    ]
    listed = [Mention(c.count, True, c.phrase) for c in listed_beside_me(sentence)]
    named = [] if listed else _named_people(sentence)
    mentions = found + listed + _bring_along(sentence)
    if named:
        # a name says who and how many: "mit meinen Kolleginnen Anna und Ben" is two,
        # and a noun whose number was unclear is settled by the names beside it
        covered = " ".join(m.phrase for m in named).lower()
        mentions = [
            m
            for m in mentions
            if m.count is not None or not any(w in covered for w in m.phrase.lower().split()[-1:])
        ]
    return mentions + named
