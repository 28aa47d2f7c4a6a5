"""Someone else's answer, where the member gives none of their own.

"Mein Mann kommt.", "my husband (Rob) says yes!", "Lisa meinte, sie kommt
auch": a yes or no of someone the member names. Who writes is unclear: the
member telling of a partner (who may then be a guest, or a member answering
for themselves), or a partner writing for the member without saying so. A
person reads it; it is never the member's answer, nor a guess of one.
"""

from __future__ import annotations

import re

from mail.clause_owner import member_ellipsis
from mail.clause_signals import clause_signals
from mail.clauses import clauses
from mail.cues import cue, folded
from mail.guest_words import PERSON, first_names
from mail.other_subject import another_subject, as_pronoun, names_opening
from mail.proxy_voice import as_first_person
from mail.short_for_another import yes_word_for_another

# Someone the member names, opening a clause: "mein Mann", "my wife", "Tom", "Frau Kern"
_NAMED = re.compile(
    rf"^\W*(?:(?:und|aber|and|but)\s+)?(?:(?:mein\w*|unser\w*|my|our)\s+(?:[\w-]+\s+)?{PERSON}"
    r"|(?:herrn?|frau|mr|mrs|ms|dr)\.?\s+[\w-]+)\b",
    re.IGNORECASE,
)
# "…, sie kommt gern", "he's in": the one named before, carried on by a pronoun
_PRONOUN = re.compile(r"^\W*(?:(?:und|aber|and|but|dass|that)\s+)?(?:er|sie|he|she)\b")
# "Unsere neue Kollegin, Frau Alvarez, kommt gern": the verb after a name set off by
# commas is still the one named; so is "…, and is bringing cake"
_THEIR_VERB = re.compile(
    r"^\W*(?:(?:und|and)\s+)?(?:kommt|ist|wird|kann|schafft|möchte|würde|hat|freut|nimmt|käme"
    r"|wäre|is|will|can|can't|won't|would|has|comes|wants)\b"
)
_BRACKETS = re.compile(r"\([^)]*\)")


# "hab meinen Mann gefragt", "I asked my wife": the one asked is named, and answers next
_ASKED = re.compile(
    rf"^\W*(?:ich\s+)?(?:hab|habe|hatte)\s+(?:mein\w*|unser\w*)\s+(?:[\w-]+\s+)?{PERSON}\s+"
    r"(?:\w+\s+)?(?:gefragt|angerufen)\b"
    rf"|^\W*i\s+(?:just\s+)?(?:asked|checked\s+with|called|rang|texted)\s+(?:my|our)\s+"
    rf"(?:[\w-]+\s+)?{PERSON}\b",
    re.IGNORECASE,
)


def _names_someone(clause: str, opening: frozenset[str] | None) -> bool:
    first = clause.split(maxsplit=1)[0].strip(",.!?:;") if clause.split() else ""
    named = bool(_NAMED.match(clause) or _ASKED.match(clause)) or first in first_names()
    # "Jim will be there", "the new guy is in": a name no list holds, or no name at all
    return named or (opening is not None and another_subject(clause, opening))


# "says yes", "sagt zu": the answer word itself, passed on
_SAYS = re.compile(r"\b(?:says|said|say|sagt|sagte|sage)\s+(?:ja|yes|nein|no|zu|ab)\b")


def _says_answer(clause: str, opening: frozenset[str] | None, written_for: bool) -> bool:
    if _SAYS.search(clause):
        return True
    # "the new guy will come", "Frau Alvarez, …, kommt": said of "he", the words of coming are
    # the ones the reader knows (where someone writes for the member, "he" is the member)
    spoken = [as_first_person(clause)]
    if not written_for and (another_subject(clause, opening) or _THEIR_VERB.match(clause)):
        spoken.append(as_first_person(as_pronoun(clause)))
    return any(not s.weak for said in spoken for s in clause_signals(said, False))


def _member_answers(said: str) -> bool:
    """Does the member say something of coming in a clause of their own?

    "Mein Mann kommt, ich auch", "Ich komme, mein Mann nicht": the member answers beside
    the other. "Ich überlege noch, Petra kommt auf jeden Fall", "I'm still checking my
    calendar, but Tom's definitely in": the member speaks, but the only yes or no is the
    other's, which is never the member's answer, nor a guess of one.
    """
    first_person = cue("answer", "first_person")
    return any(
        first_person.search(clause)
        and (member_ellipsis(clause) or clause_signals(as_first_person(clause), False))
        for clause in clauses(said)
    )


def someone_elses_answer(statements: list[str]) -> str:
    """The first statement giving an answer of someone the member names; "" if none.

    Where someone writes for the member ("ich antworte für Sophie: sie ist dabei"), "sie"
    and the name opening a clause are the member: only someone named otherwise counts.
    """
    written_for = bool(cue("answer", "proxy").search(folded("answer", " ".join(statements))))
    for statement in statements:
        said = folded("answer", _BRACKETS.sub(" ", statement)).lower()
        # "Meine Frau hat mir gesagt, dass sie kommt": the member is only the one told
        heard = cue("answer", "told_me").sub(lambda m: " " * len(m.group(0)), said)
        if _member_answers(heard):
            continue  # "Mein Mann kommt, ich auch": the member speaks too
        named = False
        opening = None if written_for else names_opening(statement)
        for clause in clauses(said):
            verb = not written_for and bool(_THEIR_VERB.match(clause))
            carried = named and bool(_PRONOUN.match(clause) or verb)
            named = _names_someone(clause, opening) or carried
            if named and _says_answer(clause, opening, written_for):
                return statement
    # "Ja, mein Mann", "👍 Peter kommt": a bare yes-word said of the one named
    return next((s for s in statements if yes_word_for_another(s)), "")


# how the answer reader says so (mail/intent.py)
_OTHERS_ANSWER = "gives someone else's answer"


def theirs_beside(text: str, problem: str) -> bool:
    """Is the only answer in ``text`` someone else's (``problem`` says so where the reader
    found no answer of the member's), said beside the member's own words?

    "Meine Frau kommt, ich überlege noch": the member speaks in the first person and
    answers nothing yet, so a calendar button pressed beside it may be the wife's.
    """
    if not problem.startswith(_OTHERS_ANSWER):
        return False
    said = folded("answer", _BRACKETS.sub(" ", text)).lower()
    heard = cue("answer", "told_me").sub(lambda m: " " * len(m.group(0)), said)
    return bool(cue("answer", "first_person").search(heard))
