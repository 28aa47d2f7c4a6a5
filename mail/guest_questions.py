"""Asking leave to bring someone: "Darf ich jemanden mitbringen?", "Can I bring a friend?"."""

from __future__ import annotations

import re

from mail.guest_mentions import find_mentions
from mail.guest_words import PERSON, count_for

# "Darf ich jemanden mitbringen?", "Can I bring a friend?", "Is a plus-one ok?": asking
# leave for one more person (not "Soll ich was mitbringen?", which asks about food)
_MAY_BRING = re.compile(
    r"^\W*(?:(?:hallo|hi|und|and|also|so|oh|p\.?s\.?)\W+)*"
    r"(?:(?:darf|dürfte|kann|könnte)\s+ich\s+(?:auch\s+|noch\s+|gerne?\s+|eigentlich\s+)*"
    r"(?:jemanden|wen|einen\s+gast|eine\s+begleitung|(?:eine[nr]?|meine[nr]?)\s+\w+"
    # "zwei Kommilitoninnen aus dem AStA", "meine Kollegin aus der IT"
    r"|(?:eine[nr]?|meine[nr]?|zwei|drei|[2-6])\s+\w+(?:\s+(?:aus|von|vom)\s+(?:\w+\s+){1,2}?\w+)?)"
    r"\s+mitbringen"
    r"|(?:can|could|may)\s+i\s+(?:also\s+)?bring\s+(?:along\s+)?"
    r"(?:someone|somebody|a\s+\w+|my\s+\w+|a\s+plus[- ]one)(?:\s+along)?"
    r"|(?:is|would)\s+(?:a\s+)?(?:plus[- ]one|\+\s?1)\s+(?:be\s+)?(?:ok|okay|fine|alright)"
    # "Darf meine Kollegin mitkommen?", "Can my wife come along?": the companion asked for
    rf"|(?:darf|dürfte|kann|könnte)\s+(?:(?:eine[rn]?|meine?[rn]?)\s+)(?:\w+\s+)?{PERSON}\s+"
    r"(?:[\w.]+\s+){0,4}?(?:auch\s+|noch\s+|gerne?\s+)*(?:mitkommen|dazukommen|mit|dabei\s+sein)"
    rf"|(?:can|could|may)\s+(?:a|my)\s+(?:\w+\s+)?{PERSON}\s+(?:also\s+)?"
    r"(?:come\s+(?:along|too|with\s+me)|tag\s+along|join(?:\s+(?:me|us|too))?))\W*$",
    re.IGNORECASE,
)


# "Ich bring meine Kollegin mit, okay?", "I'll bring my intern, hope that's OK?": the
# companion is said as a statement, and only the leave is asked after it
_TAGGED = re.compile(
    r"^(?P<said>.*\S)\s*(?:,|\s[–—-]\s)\s*(?:(?:ist\s+)?(?:das\s+)?(?:okay|ok|o\.k\.|in\s+ordnung)"
    r"|oder|gell|passt\s+das|geht\s+das(?:\s+klar)?|darf\s+ich|can\s+i|(?:is\s+)?(?:that|this)\s+(?:is\s+)?"
    r"(?:ok|okay|alright|all\s+right|fine)|(?:i\s+)?hope\s+(?:that'?s|that\s+is|this\s+is)"
    r"\s+(?:ok|okay|fine|alright|all\s+right)|(?:is\s+)?(?:that|this)\s+a\s+problem|right)\W*\?$",
    re.IGNORECASE,
)


def _tagged(question: str) -> int:
    """The companions of a statement the question only asks leave for; 0 if not that."""
    said = _TAGGED.match(question)
    if said is None or "?" in said.group("said"):
        return 0
    mentions = find_mentions(said.group("said"))
    if not mentions or any(m.count is None or not m.implies_yes for m in mentions):
        return 0
    return max(m.count or 0 for m in mentions)


def may_bring(question: str) -> int:
    """How many people a question asks leave to bring along, when it says; else 0.

    "ich komme gerne und frag schon mal: Darf ich zwei Kommilitoninnen mitbringen?":
    the asking clause may follow what the member says first.
    """
    found = _MAY_BRING.match(question) or _MAY_BRING.match(re.split(r"[:;,–—]", question)[-1])
    if found is None:
        return _tagged(question)
    asked = found.group(0).lower()
    if re.search(r"jemand|\bwen\b|\bgast\b|someone|somebody|begleitung|plus[- ]one|\+\s?1", asked):
        return 1
    words = [w.strip("?!.,") for w in asked.split()]
    nouns = [i for i, w in enumerate(words) if re.fullmatch(PERSON, w)]
    if not nouns:
        return 0  # "Kann ich meinen Laptop mitbringen?"
    # "meine Kollegin" is one, "zwei Kolleginnen" two; "meine Kinder", "meine Kollegen" may
    # be several: a person asks
    return count_for(words[max(0, nouns[-1] - 2) : nouns[-1]], words[nouns[-1]]) or 0
