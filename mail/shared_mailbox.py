"""Two members who share one mailbox, answering differently in one mail.

"Wir sind beide auf eurer Liste: Ich komme, meine Frau vermutlich nicht", "Karl
kommt, ich eher nicht. Liebe Grüße, Karl und Gisela", "Both of us are on your list.
I'm in, Marco's probably out. — Lucía & Marco". Whose mailbox it is the mail does not
say: the "ich" may be the member or the other one. Where both answer alike ("Wir
kommen beide", "Karl kommt, ich auch") the answer is the member's whoever writes;
where they differ, recording either may record the wrong person's, so a person reads it.
"""

from __future__ import annotations

import re

from mail.clause_owner import member_ellipsis, said_against, their_answer
from mail.clause_signals import clause_signals
from mail.clauses import clauses, sentences
from mail.cues import cue, folded
from mail.other_subject import another_subject, as_pronoun, names_opening
from mail.proxy_voice import as_first_person
from mail.set_against import is_third_person
from mail.types import Answer

# "Liebe Grüße, Karl und Gisela", "— Lucía & Marco": a mail signed by two, at its end
_SIGNED_BY_TWO = re.compile(
    r"(?:^|[\n,.!–—-]|\b(?i:lg|vg|mfg|gruß|grüße|gruss|grüsse|cheers|best|regards|love))\s*(?P<one>[A-ZÄÖÜ][^\W\d_]+)\s*(?:und|and|&|\+|u\.)\s*"
    r"(?P<two>[A-ZÄÖÜ][^\W\d_]+)\s*[.!]?\s*$"
)


def _shared(text: str) -> bool:
    said = folded("answer", text).lower()
    return bool(_SIGNED_BY_TWO.search(text.strip()) or cue("answer", "both_listed").search(said))


def _theirs(clause: str, opening: frozenset[str]) -> Answer | None:
    """The answer of someone else opening ``clause``; None if it is the member's or unread."""
    if not (is_third_person(clause, names=True) or another_subject(clause, opening)):
        return None
    spoken = as_first_person(as_pronoun(clause) if another_subject(clause, opening) else clause)
    said = clause_signals(spoken, False)
    if not said and _LEFT_OUT_NO.search(clause):
        return Answer.NO  # "meine Frau vermutlich nicht", "Marco's probably out"
    return their_answer(said) or next((s.answer for s in said), None)


# the verb left out, the no kept: "meine Frau nicht", "Marco's out"
_LEFT_OUT_NO = re.compile(r"\b(?:nicht|nich|net|not|no|out|raus)\W*$")


def differing_answers(text: str, answer: Answer | None) -> str:
    """The sentence in which two members sharing the mailbox answer differently, or ""."""
    if answer is None or not _shared(text):
        return ""
    for sentence in sentences(text):
        opening = names_opening(sentence)
        theirs: Answer | None = None
        for clause in clauses(folded("answer", sentence).lower()):
            found = _theirs(clause, opening)
            if found is not None:
                theirs = found
            elif theirs is not None and member_ellipsis(clause):
                # "…, ich eher nicht": the member's verb is theirs, said the other way
                mine = said_against(clause, theirs)
                if mine and mine[0].answer is not theirs:
                    return sentence
            if theirs is not None and theirs is not answer:
                return sentence
    return ""
