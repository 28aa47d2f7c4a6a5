"""How many people a member brings, from their words: "+1", "zu zweit", "my partner and I".

A group size counts the member too ("wir kommen mit drei Leuten" is two
guests); a withdrawal ("doch ohne Begleitung", "my plus-one bailed") sets the
guests back to none. An unclear number is a problem for a person, never a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from mail.guest_questions import may_bring
from mail.guest_withdrawal import ONLY_ME, WITHDRAWN, name_drops_out, withdraws_named
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

__all__ = ["GuestReading", "may_bring", "read_guests", "withdraws_named"]

_VOTE_CONTEXT = (
    r"\s*(für|for|zu|to|on)?\s*(das\s+|the\s+)?(thema|topic|vorschlag|nr|nummer|#|idee|idea)"
    # "+1 für die barrierefreien Posts" votes for a named topic; "+1 für meinen Mann" is a guest
    r"|\s*(für|fuer|for|on)\s+(die|das|den|the)\s+(?!\w*\s*" + PERSON + r")"
    # "+1 dafür", "+1 für 3": a vote for what was just named, or for topic 3
    r"|\s*(dafür|dafuer|for (that|it|this))\b"
    r"|\s*(für|fuer|for|to|on)\s+#?\d{1,2}\b(?!\s*(personen|leute|people|persons|gäste|guests))"
    # "+1 zum Thema Barrierefreiheit", "I'd +1 the accessibility topic": agreeing with
    # what is named, unless it names a person ("+1 to my colleague")
    r"|\s*(zum|zur|zu|to|on)\s+(?!(mein\w*|my|our|unser\w*|a|an|ein\w*)\b)(?!(\w+\s+)?"
    + PERSON
    + r"\b)"
    r"|\s+(the|das|den)\s+(?!(\w+\s+)?" + PERSON + r"\b)"
)
# "Accessibility gets my +1", "hat mein +1": a vote given to a topic, not a guest
_GIVEN = "".join(
    rf"(?<!{verb} {my} )"
    for verb in ("gets", "get", "has", "have", "hat", "kriegt", "bekommt")
    for my in ("my", "mein")
)
_PLUS = re.compile(rf"{_GIVEN}(?<![\w+])\+\s?(\d)(?!\d)(?!{_VOTE_CONTEXT})", re.IGNORECASE)
# "+1", "+1 von mir", "+1 from me": agreeing, not a guest
_BARE_PLUS_ONE = re.compile(
    r"^\W*\+\s?1(?:\s+(?:(?:von|für|fuer)\s+mich|von mir|from me|for me|here|hier|me too)"
    r"(?:\s+(?:too|auch|here|hier))?)?\W*$",
    re.IGNORECASE,
)
_PLUS_PERSON = re.compile(
    rf"(?:(?<![\w+])\+|\bplus)\s?(?:(?:ein|eine|einen|a|an|my|mein\w*)\s+)?(?:\w+-)?{PERSON}\b",
    re.IGNORECASE,
)
# "Ich + 1", "me +1": the member and one more; the member comes
_ME_PLUS = re.compile(
    # "me plus the two new volunteers"
    r"^\W*(?:ich|me|i)\s*(?:\+|plus)\s?(?:the\s+|die\s+)?([1-6]|eins|one|zwei|two|drei|three|vier|four)"
    r"(?![\d\w])",
    re.IGNORECASE,
)
_ME_AND = re.compile(r"^(\W*(?:ich|me|i))\s*\+\s*(?=[^\W\d])", re.IGNORECASE)
# "mit Anna gesprochen": a name the member talked with, not one who comes along
_TALKED = re.compile(
    r"\b(ge|be|ab)?sproch\w*|\bsprech\w*|\btelefonier\w*|\bgeschrieben\b|\babgestimmt\b"
    # "mit meiner Frau verhandelt", "hat sich mit dem Nachbarkater geprügelt": done with
    # someone, not coming with them
    r"|\b(verhandelt|diskutiert|geklärt|vereinbart|ausgemacht|gestritten|gezofft|geprügelt"
    r"|gewettet|getauscht|geteilt)\b"
    r"|\b(talked|spoke|spoken|discussed|chatted|arranged|agreed|mentioned|negotiated|argued"
    r"|checked|fought|swapped|shared)\b",
    re.IGNORECASE,
)
# "für 2 Personen", "3 Plätze", "party of 3", "a group of four": a size with the member in it
_SIZE = r"(zwei|drei|vier|fünf|sechs|two|three|four|five|six|[2-6])"
_GROUP = re.compile(
    rf"\b(?:für|fuer|for)\s+{_SIZE}\s+(?:personen|leute|plätze|people|persons|seats|spots)\b"
    rf"|\b{_SIZE}\s+(?:plätze|places|seats|spots|tickets)\b"
    rf"|\b(?:party|group|gruppe|grüppchen)\s+(?:of|von|aus)\s+{_SIZE}\b",
    re.IGNORECASE,
)
_BRINGING = re.compile(r"\b(bring|brings|bringing|bringe|bringen|mitbringen)\b", re.IGNORECASE)
# "Ja, 2 Personen": a party size said on its own
_ONLY_SIZE = re.compile(
    rf"^\W*(?:(?:ja|yes|zusage|ok|okay|klar|gerne?|anmeldung|registration|rsvp)\W+)?{_SIZE}\s+"
    r"(?:personen|people|persons|pers\.?)\W*$"
    # "Bitte für 2 eintragen", "put me down for 2", "reserviert mir zwei": a party signed up
    rf"|\b(?:für|fuer|for)\s+{_SIZE}\s+(?:eintragen|anmelden|reservieren|vormerken)\b"
    # "Zusage für zwei", "RSVP for 2": the answer given for a party
    rf"|^\W*(?:zusage|anmeldung|rsvp|ja|yes|gerne?)\W+(?:(?:für|fuer|for)\s+){_SIZE}\W*$"
    # "Ich melde 3 Personen an", "please book 2 seats", "registering three people"
    rf"|\b(?:melde\w*|register\w*|reservier\w*|book\w*|buche\w*)\s+(?:(?:uns|us|bitte|please)\s+)?"
    rf"{_SIZE}\s+(?:personen|leute|people|persons|plätze|seats|places)\b"
    rf"|\b(?:put|sign|count)\s+(?:me|us)\s+(?:down|up|in)\s+(?:for|as)\s+{_SIZE}\b"
    r"(?!\s*(?:uhr|minuten|minutes|hours|topics|themen))",
    re.IGNORECASE,
)
_SIGN_UP = re.compile(
    r"\b(?:trag\w*|schreib\w*)\s+(?:mich|uns)\b.*\bein\b|\beintragen\b|\banmelden\b"
    r"|\b(?:put|sign|count)\s+(?:me|us)\s+(?:down|up|in)\b",
    re.IGNORECASE,
)
# "Hallo Frau Weber und Herr Kaya,": the people greeted are no company
_GREETING = re.compile(
    r"^\W*(?:hallo|hello|hi|hey|liebe[rs]?|dear|guten\s+(?:tag|morgen|abend)|moin|servus"
    r"|sehr\s+geehrte[rn]?)\b[^,!:\n]{0,80}[,!:]",
    re.IGNORECASE,
)
# "Herr Meier und ich", "Ms Lee and I": a colleague named by title beside the member
_TITLED_AND_I = re.compile(
    r"\b(?i:herrn?|frau|mr\.?|mrs\.?|ms\.?|dr\.?)\s+[A-ZÄÖÜ][\w-]+\s+(?i:und|and|&)\s+"
    r"(?i:ich|I|me|myself)\b"
    r"|\b(?i:ich|I|me|myself)\s+(?i:und|and|&)\s+(?i:herrn?|frau|mr\.?|mrs\.?|ms\.?|dr\.?)\s+[A-ZÄÖÜ]"
)
# "and so will my colleague", "und meine Kollegin ebenfalls": one more comes along
_SO_WILL = re.compile(
    rf"\bso\s+(?:will|does|is|do)\s+(?:my|our)\s+(?:\w+\s+)?{PERSON}\b"
    rf"|\b(?:meine?|my)\s+(?:\w+\s+)?{PERSON}\s+(?:ebenfalls|genauso|gleichfalls)\b(?!\s+nicht)",
    re.IGNORECASE,
)
# Dialect and chat forms of "mit meinem"/"mit dem": "komm mim Mann", "mitm Kollegen".
_DIALECT = (
    (re.compile(r"\bmim\b", re.I), "mit meinem"),
    (re.compile(r"\bmit'?m\b", re.I), "mit dem"),
    # "in Begleitung meiner Frau", "samt Partnerin", "w/ my gf": other ways of saying "mit"
    (re.compile(r"\bin\s+begleitung\s+(?:von\s+)?(?=\w+\s)", re.I), "mit "),
    (re.compile(r"\b(?:samt|nebst)\b", re.I), "mit"),
    (re.compile(r"(?<!\w)w/\s*", re.I), "with "),
    (re.compile(r"\bgf\b", re.I), "girlfriend"),
    (re.compile(r"\bother\s+half\b", re.I), "partner"),
    # "a couple of friends", "a bunch of colleagues": several, how many is open
    (re.compile(r"\b(?:an?\s+)?(?:couple|bunch|handful|few)\s+of\b", re.I), "several"),
    (re.compile(r"\bbf\b", re.I), "boyfriend"),
)
_OF_US = re.compile(
    r"\b(two|three|four|five|six|zwei|drei|vier|fünf|sechs|[2-6]) of us\b"
    # "wir zwei kommen", "we two": the member and the rest, counted together
    r"|\b(?:wir|we)\s+(zwei|drei|vier|fünf|two|three|four|five)\b(?!\s+(?:uhr|minuten|minutes))",
    re.I,
)
# "both of us", "wir beide", "wir kommen beide", "we'll both be there": the member and one
_DENIED = re.compile(r"\b(?:nicht|not|cannot|kein\w*|no|never|nie)\b|n't\b", re.IGNORECASE)
_BOTH = re.compile(
    r"\b(?:both\s+of\s+us|wir\s+(?:\w+\s+)?beide|we(?:'ll|\s+will|'re|\s+are)?\s+both)\b",
    re.IGNORECASE,
)
# "also insgesamt drei", "rechnet mal mit zwei Personen", "that makes three in total":
# the size of the whole party, the member in it
_IN_ALL = re.compile(
    rf"\b(?:insgesamt|zusammen|alles in allem|in total|in all|altogether|all together|total)"
    rf"\s+(?:(?:also|dann|wären|wäre|sind|are|will be|be|dann)\s+)?(?:wir\s+)?{_SIZE}\b"
    rf"(?!\s*(?:uhr|minuten|minutes|stunden|hours|themen|topics))"
    rf"|\b{_SIZE}\s+(?:personen|leute|people|persons)?\s*(?:insgesamt|in total|in all|altogether)\b"
    rf"|\b(?:rechne\w*|plan\w*|zähl\w*|count|reckon)\s+(?:\w+\s+){{0,2}}(?:mit|with|on|for)\s+"
    rf"{_SIZE}\s+(?:personen|leute|leuten|people|persons)\b",
    re.IGNORECASE,
)
# "zwei Leute aus meinem Team kommen mit", "two friends will come along": companions
# counted by the number before them
_COUNT_COMES = re.compile(
    rf"\b(zwei|drei|vier|fünf|two|three|four|five|[2-5])\s+(?:[\w-]+\s+)?{PERSON}\b"
    r"[^.!?,;]{0,40}?\b(?:kommen|come|are coming|will come|will join)\s+(?:auch\s+|also\s+)?"
    r"(?:mit|along|too|with me)\b",
    re.IGNORECASE,
)
# "wir kommen als Paar", "we're a couple": the member and one more
_COUPLE = re.compile(
    r"\b(?:als|as)\s+(?:ein\s+)?(?:paar|pärchen|couple)\b(?!\s+(?:of|von|minuten|minutes|tage))"
    r"|\b(?:we'?re|we\s+are|wir\s+sind)\s+(?:ein\s+)?(?:a\s+)?(?:couple|pärchen|paar)\b(?!\s+(?:of|von))",
    re.IGNORECASE,
)
# "Count us in: two people", "Ja – 3 Personen": a party size standing after the answer
_SIZE_AFTER = re.compile(
    rf"[:–—-]\s*{_SIZE}\s+(?:personen|people|persons|leute|pers\.?)\W*$", re.IGNORECASE
)
_PLUS_WORD = re.compile(r"\bplus[- ](one|two|three|eins|zwei|drei|1|2|3)\b", re.IGNORECASE)
_PARTY = re.compile(r"\bzu\s+(zweit|dritt|viert|fünft)\b", re.IGNORECASE)
_WE_ARE = re.compile(
    r"\b(we('ll| will)?\s+(be|are)|wir\s+(sind|werden|kommen)|we'?re)\s+(\w+\s+)?"
    r"(two|three|four|five|zwei|drei|vier|fünf|[2-5])\b(?!\s*(minutes|min|hours|minuten|uhr|stunden))",
    re.IGNORECASE,
)
# "bringe … mit", "nehme meine Schwester mit": the separable verbs of bringing someone
_BRING_DE = re.compile(
    r"\b(?:bring|nehm|nimm|schlepp)(e|en|t)?\b([^.!?,]{1,60}?)\bmit\b(?!\s*(?:nach|zu|in|auf|von)\b)",
    re.IGNORECASE,
)
_WITH = re.compile(
    # the words before the noun never run over into the next companion ("mit Frau und Kind")
    # "mit meiner 16-jährigen Tochter": a hyphened word before the noun is one word
    # "drag my husband along", "bringing along my mate"; "mit 'nem Kollegen"
    rf"\b(mit|with|bringing|bring|along|drag|dragging|and|und)\s+((?!(?:und|and)\b)([\w'’-]+)\s+)?"
    rf"((?!(?:und|and)\b)([\w'’-]+)\s+)?"
    # "with my daughter's birthday" names her day, not her company
    rf"(?:\w+-)?{PERSON}\b(?!['’]s\b)",
    re.IGNORECASE,
)
_AND_I = re.compile(
    # "a colleague and myself", "Zusage für meine Frau und mich"
    rf"\b(my|mein\w*|our|unser\w*|a|an|ein\w*)\s+((\w+)\s+)?{PERSON}\s+(and|und|&)\s+"
    r"(i|ich|mich|me|myself)\b",
    re.IGNORECASE,
)
# "ich und meine Frau", "me and my partner": the same pair, the member named first
_I_AND = re.compile(
    # "ich und zwei Kollegen": a count in place of the "my"
    # "myself and a colleague", "ich und Kollegin": the word before the noun may be left out
    r"\b(?:me|ich|i|myself|mich)\s+(?:and|und|&)\s+"
    r"(?:(my|meine?\w*|our|unser\w*|zwei|drei|vier|two|three|four|[2-6]|a|an|ein\w*)\s+)?"
    rf"((\w+)\s+)?{PERSON}\b",
    re.IGNORECASE,
)
# "mein Mann kommt auch mit", "my wife is coming along": one named person joins the member
_COMES_ALONG = re.compile(
    # a first name may follow the noun: "Mein Kollege Tarek kommt auch mit"
    rf"\b(mein\w*|my)\s+((\w+)\s+)?{PERSON}\s+(?:\w+\s+)?(kommt|will come|is coming|comes"
    r"|is tagging|tags|will tag)\s+(auch\s+|also\s+)?(?:(?:übrigens|ebenfalls|wohl|sicher|noch"
    r"|btw|auch|also)\s+)*(mit|along|too|with me)\b"
    # "my wife will join me", "mein Mann begleitet mich", "ich komme, mein Mann auch"
    rf"|\b(mein\w*|my)\s+((\w+)\s+)?{PERSON}\s+(?:\w+\s+)?(?:kommt\s+|comes\s+|is coming\s+)?"
    r"(begleitet mich|will (?:also )?join me"
    r"|is (?:also )?joining me|will (?:also )?accompany me|auch|too|as well)\b(?!\s+(nicht|not)\b)",
    re.IGNORECASE,
)
# "me and 2 others", "mit zwei anderen", "plus 2 more": people counted without a noun
_OTHERS = re.compile(
    r"\b(?:me|ich|i|myself|plus|and|und|with|mit)\s+(zwei|drei|vier|fünf|two|three|four|five|[2-5])"
    r"\s+(?:others|other people|more|andere|anderen|weitere|weiteren)"
    r"(?=\s*(?:[,.!;:)]|$|from|aus|von|vom|of)\b)",
    re.IGNORECASE,
)
_NOT_ALONE = re.compile(r"\b(nicht|not)\s+(allein|alleine|alone)\b", re.IGNORECASE)
_PARTY_SIZES = {"zweit": 2, "dritt": 3, "viert": 4, "fünft": 5}

# The member's own coming hangs on something: "if I can get away", "falls ich es schaffe"
_MEMBER_CONDITION = re.compile(
    r"\b(?:if|wenn|falls|sofern|solange)\s+(?:i|ich)\s+(?:(?:es|can|could|kann|kriege?|get)\s+)?"
    r"(?:\w+\s+)?(?:get\s+away|make\s+it|manage|schaffe|hinkriege|loskomme|wegkomme"
    r"|frei\s*bekomme|freibekomme|rauskomme|away)\b",
    re.IGNORECASE,
)


@dataclass
class _Mention:
    count: int | None  # None: someone is coming along, but how many is unclear
    implies_yes: bool  # "bringe eine Kollegin mit" means the member comes too
    phrase: str
    # the size of the whole party was said ("zu dritt", "three of us", "insgesamt
    # drei"): it settles companions counted unclearly or named only in part
    total: bool = False


@dataclass
class GuestReading:
    count: int = 0
    implies_yes: bool = False
    withdrawn: bool = False  # guests named before no longer come
    conditional: bool = False  # the member comes only if something works out
    only_me: bool = False  # "it'll just be me", "also nur ich": the member comes alone
    problem: str = ""
    phrases: str = ""


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


def _named_people(sentence: str) -> list[_Mention]:
    """First names right after "mit", "with", "bringe", "plus": "komme mit Jonas",
    "bringe Anna und Ben mit", "with my colleagues Anna and Ben"."""
    if _TALKED.search(sentence):
        return []
    names = first_names()
    tokens = _TOKEN.findall(sentence)
    found = [_Mention(1, True, m.group(0)) for m in _name_forms().finditer(sentence)]
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
                found.append(_Mention(len(people), True, phrase))
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


def _with(sentence: str) -> list[_Mention]:
    found: list[_Mention] = []
    previous_end = -1
    for match in _WITH.finditer(sentence):
        words = [w.lower() for w in (match.group(3), match.group(5)) if w]
        noun, word = match.group(6).lower(), match.group(1).lower()
        if noun.startswith("freundlich"):
            continue  # "mit freundlichen Grüßen"
        done = re.split(r"[,;:.!?]", sentence[match.end() :])[0].strip()
        if word == "mit" and _TALKED.match(done):
            continue  # "mit meiner Frau verhandelt": done with her, not coming with her
        if word in ("und", "and") and re.match(
            r"\s+(ist|sind|hat|haben|muss|kann|wird|is|has|was|will|can)\b", sentence[match.end() :]
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
        if count and GROUP_NOUN.match(noun) and re.search(r"\b(wir|we)\b", sentence, re.I):
            count -= 1  # "wir kommen mit drei Leuten": three in all
        chained = (
            word in ("und", "and") and found and not sentence[previous_end : match.start()].strip()
        )
        previous_end = match.end()
        if chained:
            # "mit meiner Frau und meinem Sohn": one group of companions, counted together
            first = found.pop()
            total = None if first.count is None or count is None else first.count + count
            found.append(_Mention(total, first.implies_yes, f"{first.phrase} {match.group(0)}"))
            continue
        found.append(_Mention(count, word != "und", match.group(0)))
    return found


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


def _bring_along(sentence: str) -> list[_Mention]:
    found: list[_Mention] = []
    rest = sentence
    for match in _BRING_DE.finditer(sentence):
        words = re.findall(r"[\w'-]+|,", match.group(2).lower())
        # "die Tochter meiner Chefin": the one named before the genitive comes along
        words = re.split(
            r"\s(?:meiner|meines|seiner|seines|ihrer|ihres|unserer|unseres|des)\s",
            f" {' '.join(words)} ",
        )[0].split()
        if any(re.fullmatch(PERSON, w) for w in words):
            found.append(_Mention(_listed_count(words), True, match.group(0)))
            # the companions listed inside "bringe … mit" are counted here, not again below
            rest = rest.replace(match.group(0), " ")
    for match in [*_AND_I.finditer(sentence), *_I_AND.finditer(sentence)]:
        # "meine Frau und ich": one person beside the member unless the noun is plural
        words = [w.lower() for w in (match.group(1), match.group(3)) if w]
        noun = match.group(4).lower()
        count = count_in(words) or (None if PLURAL_NOUN.search(noun) else 1)
        found.append(_Mention(count, True, match.group(0)))
    for match in _COMES_ALONG.finditer(sentence):
        first = 1 if match.group(1) else 8  # which of the two forms matched
        words = [w.lower() for w in (match.group(first), match.group(first + 2)) if w]
        noun = match.group(first + 3).lower()
        found.append(_Mention(count_for(words, noun), True, match.group(0)))
    return found + _with(rest)


# "that's me, Ben and Charlotte", "wir kommen: ich, Lisa und Konstantin": people listed
# beside the member, counted when one of them is a known first name
_ME_LIST = re.compile(
    r"\b(?:[Ii]ch|[Mm]e)\s*,\s*((?:[A-ZÄÖÜ][\w-]+\s*(?:,|\bund\b|\band\b|&)\s*)*[A-ZÄÖÜ][\w-]+)\b"
    # "Petra, Jonas und ich": the member named last
    r"|\b((?:[A-ZÄÖÜ][\w-]+\s*,\s*)+[A-ZÄÖÜ][\w-]+)\s+(?:und|and|&)\s+(?:ich|I|me|myself)\b"
)
# "zu zweit statt zu dritt", "two instead of three": the size given up says nobody comes
_GIVEN_UP = re.compile(
    # "nicht zu zweit, sondern zu dritt", "just me, not two of us": a size denied
    r"\b(?:statt|anstatt|instead of|rather than|nicht mehr|nicht|not)\s+(?:zu\s+|as\s+)?"
    r"(?:zweit|dritt|viert|fünft|two|three|four|five|[2-6])\b(?:\s+of\s+us\b)?",
    re.IGNORECASE,
)


def _listed_beside_me(sentence: str) -> list[_Mention]:
    found: list[_Mention] = []
    for match in _ME_LIST.finditer(sentence):
        people = re.findall(r"[A-ZÄÖÜ][\w-]+", match.group(1) or match.group(2))
        if any(p.lower() in first_names() for p in people):
            found.append(_Mention(len(people), True, match.group(0)))
    return found


def _mentions(sentence: str) -> list[_Mention]:
    if _BARE_PLUS_ONE.match(sentence):
        return []  # "+1" on its own agrees to the invitation
    sentence = _GIVEN_UP.sub(" ", _GREETING.sub(" ", sentence))
    for pattern, replacement in _DIALECT:
        sentence = pattern.sub(replacement, sentence)
    sentence = _ME_AND.sub(r"\1 and ", sentence)  # "Me + my colleague"
    # "Mein Sohn (12) kommt mit": a number in brackets after one person is their age
    sentence = _AGE.sub(
        lambda m: m.group(1) if one_person(m.group(1).lower()) else m.group(0), sentence
    )
    # "mit meiner Frau, meinem Sohn und meiner Tochter": a comma between companions joins them
    sentence = _LISTED_COMMA.sub(r"\1 und ", sentence)
    me_plus = _ME_PLUS.match(sentence)
    if me_plus:
        sentence = sentence[me_plus.end() :]
    found = [_Mention(number(m.group(1)), True, m.group(0)) for m in [me_plus] if m]
    # "Trag mich +1 ein", "sign me up +1": signing up is coming
    signing_up = bool(_SIGN_UP.search(sentence))
    bringing = bool(_BRINGING.search(sentence))  # "Bringing a +1!": the member comes
    found += [
        _Mention(int(m.group(1)), signing_up or bringing, m.group(0))
        for m in _PLUS.finditer(sentence)
    ]
    found += [
        _Mention(number(next(g for g in m.groups() if g)) - 1, True, m.group(0), total=True)
        for m in _GROUP.finditer(sentence)
    ]
    found += [
        _Mention(number(m.group(1)), bringing, m.group(0)) for m in _PLUS_WORD.finditer(sentence)
    ]
    found += [
        _Mention(number(next(g for g in m.groups() if g)) - 1, True, m.group(0), total=True)
        for m in _ONLY_SIZE.finditer(sentence)
    ]
    found += [_Mention(1, True, m.group(0), total=True) for m in _COUPLE.finditer(sentence)]
    found += [
        _Mention(number(m.group(1)) - 1, True, m.group(0), total=True)
        for m in _SIZE_AFTER.finditer(sentence)
        if not _ONLY_SIZE.search(sentence)
    ]
    found += [
        _Mention(_PARTY_SIZES[m.group(1).lower()] - 1, True, m.group(0), total=True)
        for m in _PARTY.finditer(sentence)
    ]
    found += [
        _Mention(number(m.group(6)) - 1, True, m.group(0), total=True)
        for m in _WE_ARE.finditer(sentence)
    ]
    found += [
        _Mention(number(next(g for g in m.groups() if g)) - 1, True, m.group(0), total=True)
        for m in _IN_ALL.finditer(sentence)
    ]
    sentence = _IN_ALL.sub(" ", sentence)  # "rechnet mit zwei Personen" brings no two more
    found += [
        _Mention(number(m.group(1)), True, m.group(0)) for m in _COUNT_COMES.finditer(sentence)
    ]
    found += [_Mention(1, False, m.group(0)) for m in _NOT_ALONE.finditer(sentence)]
    found += [_Mention(number(m.group(1)), True, m.group(0)) for m in _OTHERS.finditer(sentence)]
    found += [_Mention(1, True, m.group(0)) for m in _TITLED_AND_I.finditer(sentence)]
    found += [_Mention(1, True, m.group(0)) for m in _SO_WILL.finditer(sentence)]
    found += [_Mention(1, False, m.group(0)) for m in _PLUS_PERSON.finditer(sentence)]
    found += [
        _Mention(number(next(g for g in m.groups() if g)) - 1, True, m.group(0), total=True)
        for m in _OF_US.finditer(sentence)
    ]
    found += [
        _Mention(1, True, m.group(0), total=True)
        for m in _BOTH.finditer(sentence)
        # "wir kommen beide nicht", "we both can't": both stay away, no party comes
        if not _DENIED.search(re.split(r"[,;.!?]", sentence[m.end() :])[0])
    ]
    listed = _listed_beside_me(sentence)
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


# "eigentlich wollten wir zu dritt kommen", "had planned to bring": a plan that was
_PLANNED = re.compile(
    r"\b(eigentlich|ursprünglich|wollten|wollte|angekündigt|geplant|originally|planned"
    r"|was going to|were going to|had said|last (?:email|mail|time))\b",
    re.IGNORECASE,
)
# "jetzt doch zu zweit", "correction: three of us", "also nur ich": the size said last stands
_CORRECTED = re.compile(
    r"\b(doch|jetzt|nun|now|actually|correction|korrektur|update|änderung|change|after all"
    r"|stattdessen|instead|sondern|nur|just|only|also|so)\b",
    re.IGNORECASE,
)


def _settled(mentions: list[tuple[int, _Mention]], statements: list[str]) -> list[_Mention]:
    """The mentions that stand once the party's size is said: the last size given, when it
    corrects a plan, and the companions counted unclearly or in part that fit within it."""
    totals = [(i, m) for i, m in mentions if m.total and m.count is not None]
    if not totals:
        return [m for _, m in mentions]
    sizes = {m.count for _, m in totals}
    last_at, last = totals[-1]
    if len(sizes) > 1:
        earlier = {i for i, m in totals if m.count != last.count}
        if not (
            _CORRECTED.search(statements[last_at])
            or all(_PLANNED.search(statements[i]) for i in earlier)
        ):
            return [m for _, m in mentions]  # sizes that disagree: a person reads them
    size = last.count or 0
    others = [m for _, m in mentions if not m.total]
    if any(m.count is not None and m.count > size for m in others):
        return [m for _, m in mentions]
    phrase = ", ".join(m.phrase for _, m in totals)
    return [_Mention(size, any(m.implies_yes for _, m in mentions), phrase, total=True)]


# "meine Kollegin, die auch Mitglied ist", "he's on your list too": a companion who is
# a member answers for themselves and is no guest of this member
_MEMBER_TOO = re.compile(
    r"\b(auch|ebenfalls|selbst|schon)\s+(ein\s+)?mitglied\b|\bmitglied\s+(ist|sind)\b"
    r"|\b(auch|ebenfalls|schon)\s+(auf|in)\s+(eurer|ihrer|der|deiner|your|the)\s+(liste|verteiler)\b"
    r"|\b(also|already)\s+(a\s+)?members?\b|\bon\s+(your|the)\s+(mailing\s+)?list\s+(too|as well)\b"
    r"|\b(meldet|melden|antwortet|antworten)\s+sich\s+(noch\s+)?selbst\b|\bselbst\s+(zugesagt|angemeldet)\b"
    r"|\b(will|'ll)\s+(reply|answer|rsvp)\s+(him|her|them)sel(f|ves)\b"
    # "der hat sich selbst schon angemeldet", "she has already signed up": registered on their own
    r"|\b(hat|haben)\s+sich\s+(\w+\s+){0,2}(angemeldet|eingetragen|registriert)\b"
    r"|\b(he|she|they)\s+(has|have|'s|'ve)\s+(\w+\s+)?(signed\s+up|registered|rsvp'?d)\b",
    re.IGNORECASE,
)


# "Noch eine Person mehr", "two more people", "an extra guest": added to a number given
# before, which this mail does not say
_MORE = re.compile(
    r"\b(?:eine?|1|zwei|2|drei|3)\s+(?:person|personen|leute|gast|gäste|begleitung)?\s*mehr\b"
    r"|\b(?:one|two|three|1|2|3)\s+(?:more|extra|additional)\s+(?:person|people|guests?)\b"
    r"|\b(?:another|an\s+extra|an\s+additional)\s+(?:person|guest)\b|\bzusätzliche[nr]?\s+(?:person|gast)\b",
    re.IGNORECASE,
)
# "und evtl. mit meinem Sohn", "maybe plus my sister": a companion who may come, or not
_HEDGED = re.compile(
    r"\b(?:evtl\.?|eventuell|vielleicht|ggf\.?|gegebenenfalls|möglicherweise|maybe|possibly|perhaps)"
    r"\s+(?:(?:auch|noch|also|even)\s+)?(?:mit|with|plus|\+|bringe?|bringing)\s"
    # "vielleicht zu dritt", "maybe three of us": a size that may be
    rf"|\b(?:evtl\.?|eventuell|vielleicht|ggf\.?|möglicherweise|maybe|possibly|perhaps)\s+"
    rf"(?:(?:auch|noch|even)\s+)?(?:zu\s+(?:zweit|dritt|viert|fünft)\b|{_SIZE}\s+"
    r"(?:of\s+us|personen|leute|people|persons)\b)",
    re.IGNORECASE,
)


# "2 oder 3 Leute", "2-3 people", "two, maybe three of us": a range is no number
_NUM = r"(?:zwei|drei|vier|fünf|sechs|two|three|four|five|six|[1-9])"
_RANGE = re.compile(
    rf"\b{_NUM}\s*(?:[-–/]|\bbis\b|\boder\b|\bor\b|\bto\b|,)\s*"
    rf"(?:(?:maybe|vielleicht|evtl\.?|eventuell|possibly|perhaps|höchstens|max\.?)\s+)?{_NUM}\s+"
    r"(?:personen|leute|leuten|people|persons|gäste|guests|of\s+us|plätze|seats|erwachsene|adults)\b",
    re.IGNORECASE,
)


def read_guests(statements: list[str]) -> GuestReading:
    """The guests named in a member's statements (questions are read elsewhere)."""
    reading = GuestReading()
    mentions: list[tuple[int, _Mention]] = []
    for at, sentence in enumerate(statements):
        if WITHDRAWN.search(sentence) or withdraws_named(sentence):
            reading.withdrawn = True
            alone = ONLY_ME.search(sentence)
            reading.only_me |= bool(alone)
            # "Jonas kann doch nicht, aber Lisa kommt mit": who comes along after the
            # withdrawal counts; what came before it ("wollten zu dritt kommen", also in
            # the sentences before) was the plan, and a bare "+1" ("the +1 is off") is
            # the one taken back
            ends = [m.end() for p in (WITHDRAWN, name_drops_out()) for m in p.finditer(sentence)]
            rest = sentence[max(ends) :]
            mentions = [(at, m) for m in _mentions(rest) if m.implies_yes]
            if not _PLANNED.search(sentence):
                # "Wir kommen zu zweit statt zu dritt, meine Kollegin ist krank": the size
                # said beside the withdrawal already leaves her out
                mentions += [(at, m) for m in _mentions(sentence[: min(ends)]) if m.total]
            if alone:
                mentions.append((at, _Mention(0, True, alone.group(0), total=True)))
            continue
        if not _MEMBER_TOO.search(sentence):
            mentions += [(at, m) for m in _mentions(sentence)]
        alone_here = ONLY_ME.search(sentence)
        if alone_here:
            # "…, aber meine Kollegin hat Grippe. Also nur ich.": the member alone, said last
            mentions.append((at, _Mention(0, True, alone_here.group(0), total=True)))
            reading.only_me = True
    if not mentions:
        return reading
    # the clauses joined again: "Two, maybe three of us" is split at its comma
    ranged = _RANGE.search(", ".join(statements))
    if ranged:
        reading.problem = f"the party's size is a range: {ranged.group(0)!r}"
        return reading
    for sentence in statements:
        more = _MORE.search(sentence)
        if more and not reading.withdrawn:
            reading.problem = f"adds to the guests named before: {more.group(0)!r}"
            return reading
        hedged = _HEDGED.search(sentence)
        if hedged:
            reading.problem = f"a companion may or may not come: {hedged.group(0).strip()!r}"
            return reading
    settled = _settled(mentions, statements)
    counts = {m.count for m in settled}
    reading.phrases = ", ".join(repr(m.phrase.strip()) for m in settled)
    if None in counts:
        reading.problem = f"someone comes along, but how many is unclear: {reading.phrases}"
    elif len(counts) > 1:
        reading.problem = f"guest numbers disagree: {reading.phrases}"
    else:
        reading.count = counts.pop() or 0
        reading.implies_yes = any(m.implies_yes for m in settled)
        # "We'll be three if I can get away": the group comes on a condition
        reading.conditional = any(_MEMBER_CONDITION.search(s) for s in statements)
    return reading
