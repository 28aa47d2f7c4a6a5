"""A hyphenated word that names a person: "Anne-Marie", "Frau Müller-Lüdenscheidt",
"my co-worker", "mein Plus-Eins".

Hyphenated compounds are blanked before answers are read, so that a yes or no
word inside one ("No-Go", "Ja-Sager-Kultur") is not taken as said. A person
named by such a compound must stay: blanked, "Anne-Marie kann leider nicht" or
"My co-worker can't make it" loses its subject and reads as the member's own no.
"""

from __future__ import annotations

import re

from mail.guest_words import PERSON, first_names

# A compound with an answer word in it is a name for something, never a person's:
# "Ja-Sagerin", "Yes-Man" stay blanked
_ANSWER_PART = frozenset(
    {"ja", "jo", "jep", "nein", "nee", "nö", "jein", "yes", "yep", "no", "nope", "ok", "okay"}
    | {"vielleicht", "maybe", "zusage", "absage", "go"}
)
_PLUS_ONE = re.compile(r"plus-(?:one|eins|1)", re.IGNORECASE)
# "co-host", "Ko-Referentin", "ex-colleague", "Vize-Chefin": a partner in a role, or a former
# one ("Co-Working", "co-hosting" are things done)
_ROLE = re.compile(r"(?:co|ko|ex|vize|stief|schwieger)-[^\W\d_]{3,}(?<!ing)", re.IGNORECASE)
_PERSON = re.compile(PERSON, re.IGNORECASE)
# each part of a name written as names are: "Anne", "Jürgen", "Lüdenscheidt", "Luc"
_NAME_PART = re.compile(r"[A-ZÄÖÜ][a-zäöüßéèêëïîçñ]+")
# a title before the compound makes it a surname: "Frau Müller-Lüdenscheidt", "Dr. Ott-Berg"
_TITLE = re.compile(r"\b(?:frau|herrn?|mr|mrs|ms|dr|prof)\.?\s+$", re.IGNORECASE)
# "Jean-Luc can't", "Karl-Heinz kommt nicht": a verb of someone spoken of right after it
_THEIR_VERB = re.compile(
    r"\s+(?:kann|kommt|schafft|muss|ist|hat|sagt|meint|will|möchte|moechte|wird|würde|wuerde"
    r"|bleibt|fällt|faellt|can't|cannot|won't|will|is|isn't|has|says|said|would|wants|might)\b",
    re.IGNORECASE,
)
# where a clause opens: nothing before it, a mark, or a joining word
_CLAUSE_OPENS = re.compile(r"(?:^|[,.;:!?()–—-]|\b(?:und|aber|and|but))\s*$", re.IGNORECASE)


def names_a_person(text: str, start: int, end: int) -> bool:
    """Does the hyphenated compound at ``text[start:end]`` name a person?

    A plus-one, a person noun ("Co-Trainer", "Ex-Mann", "co-host"), or a name:
    capitalised parts of which one is a known first name, or after a title, or
    opening a clause with a verb of its own after it.
    """
    word = text[start:end]
    parts = word.split("-")
    if any(part.lower() in _ANSWER_PART for part in parts) or " " in word:
        return False  # "No-Go", and "no plus-one" names no one who comes
    if _PLUS_ONE.fullmatch(word) or _ROLE.fullmatch(word):
        return True
    if _PERSON.fullmatch(word) or _PERSON.fullmatch(parts[-1]):
        return True
    if not all(_NAME_PART.fullmatch(part) for part in parts):
        return False
    before = text[:start]
    return (
        any(part.lower() in first_names() for part in parts)
        or bool(_TITLE.search(before))
        or (bool(_CLAUSE_OPENS.search(before)) and bool(_THEIR_VERB.match(text, end)))
    )
