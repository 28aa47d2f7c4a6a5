"""A clause whose subject is another person the lexicons do not know by name.

"Jim will be there.", "Priya is coming", "Wiebke schafft es leider nicht", "Zoe and
Liam will be there": no first-name list holds every name, yet the way it is written
says it is one. A word written with a capital letter opens the clause and a verb of
the third person follows it ("kommt", "is", "will"): the yes or no is that person's.
Words that open a member's own clause with the "I" left out ("Definitely will be
there", "Leider kann nicht", "Thursday is fine") are not names, and neither are
the lexicon's pronouns, days and times. The one described without a name ("the new
guy", "der Neue aus der Buchhaltung", "unsere Praktikantin") is matched by the
``described_subject`` cues. Either way the answer is someone else's: never the
member's, and on its own it goes to a person (mail/others_answer.py).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from mail.cues import cue, lexicon

# A word, or two joined by a hyphen: "Jim", "Jean-Luc", "Małgorzata" (its capital is
# looked at below)
_NAME = r"[^\W\d_]+(?:-[^\W\d_]+)?"
# the verb of the one named, in the third person: what they do of the evening
_VERB = (
    r"(?:will|'ll|’ll|is|'s|’s|isn't|isn’t|can|can't|can’t|cant|cannot|won't|won’t|wont"
    r"|would|'d|’d|could|couldn't|might|may|has|hasn't|says|said|comes|does|doesn't|wants"
    r"|plans|hopes|sends|is\s+not"
    r"|kommt|ist|wird|kann|schafft|sagt|sagte|möchte|würde|will|hat|freut|nimmt|muss|wäre"
    r"|käme|könnte"
    # what they said of it: "Tobi meinte, er kommt", "Ravi reckons he can"
    r"|meint|meinte|schreibt|schrieb|glaubt|denkt|hofft|thinks|reckons|wrote|texted|told)"
)
# two people named: "Zoe and Liam will be there", "Fynn und Mats kommen"; alone, a plural
# may be the member's infinitive ("Nix kommen, Arbeit")
_PLURAL = (
    r"(?:will|'ll|’ll|are|'re|’re|aren't|can|can't|cannot|won't|would|could|might"
    r"|kommen|sind|werden|können|schaffen|möchten|würden|wollen|haben|freuen|müssen|wären"
    r"|kämen|könnten)"
)
# a word or two between the one named and the verb: "Jim definitely will", "Tobi also can't"
_BETWEEN = (
    r"(?:(?:definitely|probably|also|still|too|sadly|unfortunately|certainly|surely|really"
    r"|auch|leider|doch|sicher|bestimmt|wohl|wahrscheinlich|vielleicht|diesmal|ebenfalls)\s+)?"
)
_OPENING = re.compile(
    r"^(?:(?:und|aber|doch|and|but|so|also|ps|p\.s\.)\s+)?"
    # "der Olli kommt": a name with an article, as southern German says it; "Schwester
    # Hildegard nimmt teil", "unser Vorsitzender Heinz kommt": a role before the name
    # (a possessive only before a role: "meine Kollegin kommt" names no one)
    r"(?:(?:der|die)\s+)?(?:(?:unser\w*|mein\w*|our|my)\s+(?="
    + _NAME
    + r"\s+[^\W\d_]+(?:-[^\W\d_]+)?\s))?(?:"
    + _NAME
    + r"\s+(?=[^\W\d_]+(?:-[^\W\d_]+)?\s))?(?P<first>"
    + _NAME
    + r")(?:\s+(?:und|and|&)\s+(?P<second>"
    + _NAME
    + r")\s+"
    + _BETWEEN
    + _PLURAL
    + r"|\s+"
    + _BETWEEN
    + _VERB
    # "Tom's in", "Priya'll come": English, which "Hab's", "Kann's" are not
    + r"|['’](?:ll|d)|['’]s(?=\s+(?:in|out|coming|going|not|definitely|probably|also|still"
    + r"|bringing|joining|able|free|busy|away|sick|ill|off|there|up|keen|happy|gonna|got"
    + r"|been|on|too)\b))(?!\w)",
    re.IGNORECASE,
)
# "Donnerstag kann ich nicht", "Morgen kommt mir was dazwischen": the verb turned round
# before the member, whose clause it is
_MEMBER_AFTER = re.compile(
    rf"^\S+\s+{_BETWEEN}\S+\s+(?:ich|wir|mir|mich|uns|i|we|me)\b", re.IGNORECASE
)
# "…, Jochen leider nicht", "Priya too": a name with the verb left out, taken from the
# clause before; the whole piece is the name and its particles
_LEFT_OUT = re.compile(
    r"^(?:(?:und|aber|doch|and|but)\s+)?(?P<first>" + _NAME + r")\s+"
    r"(?:(?:leider|auch|doch|wohl|vermutlich|wahrscheinlich|eher|sicher|bestimmt|definitely"
    r"|probably|sadly|unfortunately|though)\s+)*"
    r"(?:nicht|nich|net|not|too|auch|either|neither|schon|as\s+well)$",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"(?:mein\w*|unser\w*|dein\w*|euer|eure\w*|my|our|your)", re.IGNORECASE)
# the pieces of a text a clause may open, each after the marks that part it off
_PIECES = re.compile(r"([,.;:!?()\[\]\n\"„“”]+|\s[-–—]\s|[–—])")
# a piece after these goes on the sentence before: "Ich bin dabei, Jochen leider nicht"
_GOES_ON = re.compile(r"^[^.!?\n:]*$")


@cache
def _not_names() -> frozenset[str]:
    return frozenset(word.casefold() for word in lexicon("answer").get("not_names", ()))


def _written_as_a_name(word: str) -> bool:
    """ "Jim", "Jean-Luc": a capital, then small letters; not "I", "OK" or "ASAP"."""
    return all(
        len(part) > 1 and part[0].isupper() and part[1:].islower() for part in word.split("-")
    )


def _a_name(word: str) -> bool:
    if not _written_as_a_name(word):
        return False
    folded = word.casefold()
    # "Definitely", "Hopefully", "Unfortunately": a long adverb, not "Emily" or "Kelly"
    if folded in _not_names() or (folded.endswith("ly") and len(folded) > 6):
        return False
    # "Richtig ist: Absage", "Bedauerlicherweise ist es mir …": German adverbs and
    # adjectives by their endings, not "Ludwig" or "Hedwig"
    return not (_GERMAN_ENDINGS.search(folded) and not folded.endswith("wig"))


_GERMAN_ENDINGS = re.compile(r"(?:weise|lich|isch|bar|sam|haft|falls|dings|wegs|halb|ig)$")


def written_names(shown: str) -> tuple[str, ...]:
    """The names that open a clause of ``shown`` as its subject, as written, first first."""
    found: dict[str, None] = {}
    parts = _PIECES.split(shown)
    for at in range(0, len(parts), 2):
        piece = " ".join(parts[at].split())
        # a name with its verb left out only goes on a sentence ("Komm nicht" is the member's)
        goes_on = at > 0 and bool(_GOES_ON.match(parts[at - 1]))
        opened = _OPENING.match(piece) or (_LEFT_OUT.match(piece) if goes_on else None)
        if opened is None or _MEMBER_AFTER.match(piece[opened.start("first") :]):
            continue
        if opened.re is _LEFT_OUT:
            if _a_name(opened["first"]):
                found[opened["first"]] = None
            continue
        before = piece[: opened.start("first")].split()
        if before and _POSSESSIVE.fullmatch(before[-1]):
            continue  # "Meine Kollegin kommt": a possessive before a noun names no one
        named = [w for w in (opened["first"], opened["second"]) if w]
        if all(_a_name(w) for w in named):
            found.update(dict.fromkeys(named))
    return tuple(found)


@lru_cache(maxsize=256)
def names_opening(shown: str) -> frozenset[str]:
    """The names, lower case, that open a clause of ``shown`` (as written) as its subject."""
    return frozenset(name.casefold() for name in written_names(shown))


_LEAD = re.compile(r"^\W*(?:(?:und|aber|doch|and|but|so|also|ps)\s+)?")
_POSSESSIVE_S = re.compile(r"['’]s$")


def _opened_by(clause: str, names: frozenset[str]) -> bool:
    words = _LEAD.sub("", clause).split(maxsplit=1)
    return bool(words) and _POSSESSIVE_S.sub("", words[0]) in names


def another_subject(clause: str, names: frozenset[str] | None) -> bool:
    """Does someone other than the member open ``clause`` (lower case) as its subject:
    one of ``names`` found as written, or someone described ("the new guy")?"""
    if cue("answer", "described_subject").match(clause):
        return True
    return names is not None and bool(names) and _opened_by(clause, names)


_FIRST_VERB = re.compile(rf"(?<![\w'’])(?:(?P<one>{_VERB})|{_PLURAL})(?!\w)")


def as_pronoun(clause: str) -> str:
    """``clause`` (lower case) with its subject said as a pronoun: "the new guy will come"
    as "he will come", "kollege brandt kommt gern" as "er kommt gern", "fynn und mats
    kommen" as "wir kommen", which the answer reader knows (after mail/proxy_voice.py
    has turned "he" into "I")."""
    verb = _FIRST_VERB.search(clause)
    if verb is None:
        return clause
    german = verb.group(0) in _GERMAN_VERBS
    if verb.group("one") is None:
        return f"{'wir' if german else 'we'} {clause[verb.start() :]}"
    return f"{'er' if german else 'he'} {clause[verb.start() :]}"


_GERMAN_VERBS = frozenset({
    "kommt", "ist", "wird", "kann", "schafft", "sagt", "sagte", "möchte", "würde", "hat",
    "freut", "nimmt", "muss", "wäre", "käme", "könnte", "kommen", "sind", "werden", "können",
    "schaffen", "möchten", "würden", "wollen", "haben", "freuen", "müssen", "wären", "kämen",
    "könnten",
})  # fmt: skip
