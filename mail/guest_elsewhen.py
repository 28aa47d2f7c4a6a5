"""Company the member names for another time, or who only sends greetings: no guest.

"Danach gehe ich mit meiner Freundin essen", "Vorher bin ich mit meinem Sohn
beim Training", "Meine Frau und ich waren gerade in Asien", "My wife and I just
got back from holiday": the people named are with the member before, after or
in the past, not brought along; "and my wife says hi" only greets. Such a
clause is blanked before guests are counted; one that says coming, bringing or
signing up, or gives an answer of the party's own, still counts ("wir haben uns
zu zweit angemeldet", "I'll come after that with my wife", "Meine Frau und ich
haben leider abgesagt").
"""

from __future__ import annotations

import re

from mail.guest_party import party_answer
from mail.guest_withdrawal import WITHDRAWN, withdraws_named

# Before or after the evening: "danach", "vorher", "afterwards", "before that"
# ("später", "later" are left: "ich komme später mit meinem Mann" is a late guest)
_OTHER_TIME = re.compile(
    r"\b(?:danach|vorher|davor|zuvor|anschließend|hinterher|im\s+anschluss"
    r"|afterwards|beforehand|after\s+(?:that|this|the\s+(?:event|evening|meetup|talk))"
    r"|before\s+(?:that|this|the\s+(?:event|evening|meetup|talk)))\b",
    re.IGNORECASE,
)
# Said in the past: "waren", "hatten", "haben … bekommen", "just got back", "have been"
_PAST = re.compile(
    r"\b(?:war|waren|warst|hatte|hatten|hattest)\b"
    r"|\b(?:habe|hab|hat|haben)\b(?:\s+[\w-]+){0,6}?\s+"
    r"(?:ge[a-zäöüß]{2,}(?:t|en)|[a-zäöüß]{2,}(?:ge[a-zäöüß]{2,}(?:t|en))|[a-zäöüß]{3,}iert"
    r"|(?:be|er|ver|zer|ent|emp)[a-zäöüß]{2,}(?:t|en))\W*$"
    # with "sein" only a participle of moving or becoming: "sind gerade umgezogen"; "sind
    # verhindert", "ist verreist" are how things are now
    r"|\b(?:bin|ist|sind)\b(?:\s+[\w-]+){0,6}?\s+(?:[a-zäöüß]*ge[a-zäöüß]{2,}en|gewesen)\W*$"
    r"|\b(?:was|were|had|'d\s+been|have\s+been|has\s+been|'ve\s+been|got\s+back|came\s+back"
    r"|went|moved|spent|just\s+got|just\s+came|just\s+had|just\s+moved|recently\s+\w+ed)\b",
    re.IGNORECASE,
)
# Greetings sent along: "and my wife says hi", "mein Mann lässt grüßen"
_GREETS = re.compile(
    r"\b(?:says?|said|sends?)\s+(?:hi|hello|hallo|(?:(?:her|his|their)\s+)?(?:love|regards"
    r"|greetings|best))\b|\b(?:lässt|lassen)\s+(?:\w+\s+){0,2}grüßen\b|\bsagt\s+hallo\b"
    r"|\bgrüßt\s+(?:euch|sie|dich|alle|herzlich|schön|lieb)\b",
    re.IGNORECASE,
)
# What still says the evening: coming, bringing, signing up, this evening's day
_EVENING = re.compile(
    r"\b(?:komm\w*|kämen?|bring\w*|mitbring\w*|dabei|angemeldet|anmelden|zugesagt|eingetragen"
    r"|come|comes|coming|bring\w*|join\w*|attend\w*|there|signed\s+up|registered|rsvp\w*"
    r"|confirmed|diesmal|this\s+time|donnerstag|thursday|stammtisch|treffen|meetup|evening"
    # "zwei Freundinnen gefragt, die kommen mit": asked to come along
    r"|gefragt|angefragt|eingeladen|überredet|asked|invited|convinced|persuaded"
    # "Mein Mann und ich haben uns sehr gefreut": glad of this invitation
    r"|gefreut|freu|freue|freuen|freut|looking\s+forward|excited|thrilled|delighted)\b",
    re.IGNORECASE,
)
# a clause ends at a mark or at a joining word, but not inside "meine Frau und ich"
_CLAUSE_END = re.compile(
    r"[,;:–—]|\s(?=(?:und|aber|but|and)\s+(?!(?:ich|i|me|myself)\b))|$", re.IGNORECASE
)


def _elsewhen(clause: str) -> bool:
    # "mein Plus-eins ist abgesprungen": a companion taken back is read by the withdrawal
    if _EVENING.search(clause) or WITHDRAWN.search(clause) or withdraws_named(clause):
        return False
    if _GREETS.search(clause):
        return True
    if not (_OTHER_TIME.search(clause) or _PAST.search(clause)):
        return False
    # "Meine Frau und ich haben leider abgesagt": a party's answer is about the evening
    return party_answer(clause) is None


def this_evenings_company(sentence: str) -> str:
    """``sentence`` with its clauses about company at another time blanked."""
    out, start = [], 0
    for end in _CLAUSE_END.finditer(sentence):
        clause = sentence[start : end.start()]
        out.append(" " * len(clause) if _elsewhen(clause) else clause)
        out.append(end.group(0))
        start = end.end()
    return "".join(out)
