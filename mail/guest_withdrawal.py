"""A companion taken back: "doch ohne Begleitung", "my plus-one bailed", "Jonas kann nicht".

A withdrawal sets the guests back to none; who is named as coming after it
still counts ("Jonas kann doch nicht, aber Lisa kommt mit"). "just me" says
the member still comes, alone.
"""

from __future__ import annotations

import re
from functools import cache

from mail.guest_words import PERSON, first_names
from mail.prefilter import longest_first

# How a companion drops out, with the fillers people put in between: "kann leider
# doch nicht (mit)", "schafft es nun doch nicht", "can't make it after all", "is out"
_FILLER = r"(?:(?:leider|doch|wohl|jetzt|nun|halt|dann|auch|aber|diesmal|unfortunately|sadly)\s+)*"
_DROPS_OUT = (
    rf"{_FILLER}(?:(?:kann|kommt|schafft\s+es|darf)\s+{_FILLER}nicht\b"
    rf"|(?:ist|is)\s+{_FILLER}(?:raus|krank|verhindert|out|sick|ill)\b"
    # "my husband's staying home after all", "bleibt doch zu Hause"
    r"|(?:'s|is|will\s+be)\s+staying\s+(?:at\s+)?home\b"
    r"|bleibt\s+(?:\w+\s+){0,2}?(?:zu\s*hause|daheim)\b"
    rf"|(?:sagt|sagte)\s+{_FILLER}ab\b|hat\s+{_FILLER}(?:abgesagt|keine zeit)\b"
    rf"|ist\s+{_FILLER}abgesprungen\b"
    rf"|muss\s+{_FILLER}absagen\b|f(?:ä|ae)llt\s+{_FILLER}aus\b"
    r"|hat(?:'s|\s+es)?\s+sich\s+(?:\w+\s+)?anders\s+(?:ü|ue)berlegt\b"
    r"|has\s+changed\s+(?:his|her)\s+mind\b"
    rf"|(?:can'?t|cannot|won'?t|will not|isn'?t|is not)\s+{_FILLER}(?:make it|come|join|be)\b"
    r"|(?:has\s+)?(?:cancel+ed(?:\s+on\s+me)?|dropped out|bailed|pulled out|fell\s+through)"
    # "mein Plus-Eins fällt flach", "is no longer coming"
    rf"|f(?:ä|ae)llt\s+{_FILLER}flach\b|(?:is|'s)\s+no\s+longer\s+(?:coming|joining)\b)"
)
# "Begleitung: keine", "Plus one: none", "Gäste: 0": a form's field for company left empty
_NO_ONE_IN_THE_FIELD = (
    r"(?:begleitung|begleitperson(?:en)?|gäste|gast|guests?|plus[- ]?ones?|\+\s?1|companions?)"
    r"\s*[:=]\s*(?:keine?[nr]?|niemand|none|no|nein|nope|nö|0|n/a|-+)(?!\w)"
)
WITHDRAWN = re.compile(
    # "nicht ohne meinen Mann" brings him: a "without" denied is a "with"
    r"(?<!nicht )(?<!not )\bohne\s+(begleitung|\w+\s+(kolleg\w*|freund\w*|partner\w*|frau|mann"
    r"|begleitung))\b"
    r"|(?<!nicht )(?<!not )\b(allein|alleine|alone|solo)\b|\b(just|only) me\b|\bnur ich\b"
    r"|\bno\s+(plus[- ]?ones?|\+\s?1|guests?|companions?)\b"
    r"|(?<!nicht )\b(keine|ohne)\s+(gäste|begleitung|anhang)\b"
    r"|\b(nobody|no one|no-one) else\b|\bsonst\s+(niemand|keiner)\b"
    # "Nobody with me", "niemand mit mir": the member comes without company
    r"|\b(nobody|no\s*one|no-one|niemand|keiner)\s+(with\s+me|mit\s+mir)\b"
    # "my plus-one bailed", "the +1 is off", "Begleitung entfällt"
    r"|(?:\bplus[- ]?(?:one|eins|1)\b|(?<![\w+])\+\s?1\b)[^.!?]{0,20}"
    r"\b(bailed|cancel\w*|dropped out|is out|is off|entfällt|abgesprungen|can'?t|won'?t"
    r"|abgesagt|sagt\s+ab|fällt\s+aus|ist\s+raus|kann\s+(?:doch\s+)?nicht|kommt\s+(?:doch\s+)?nicht)"
    # the plus-one drops out the way any companion does: "my plus one fell through"
    rf"|(?:\bplus[- ]?(?:one|eins|1)\b|(?<![\w+])\+\s?1\b)\s+{_DROPS_OUT}"
    # "I'm now flying solo", "bringe diesmal keinen mit": the member alone
    r"|\b(?:flying|going|coming)\s+solo\b|\bon my own\b|\bby myself\b"
    r"|\bbringe?\s+(?:ich\s+)?(?:diesmal\s+|doch\s+)*(?:keinen|keine|niemanden)\s+(?:\w+\s+)?mit\b"
    # "Diesmal bringe ich meinen Mann nicht mit", "I won't be bringing my wife": the
    # companion named, and left at home
    rf"|\bbringe?\s+(?:ich\s+)?{_FILLER}(?:mein\w*|unser\w*)\s+(?:[\w-]+\s+)?{PERSON}\s+"
    rf"{_FILLER}(?:nicht|nich|net|ned)\s+mit\b"
    # "werde aber meinen Kollegen nicht mitbringen", "can't bring my wife this time"
    rf"|\b(?:werde|will|möchte|kann|darf)\s+(?:ich\s+)?{_FILLER}(?:mein\w*|unser\w*|den|die)\s+"
    rf"(?:[\w-]+\s+)?{PERSON}\s+{_FILLER}nicht\s+mit(?:bringen|nehmen)\b"
    rf"|\b(?:won'?t|will\s+not|can'?t|cannot|(?:i'?m|i\s+am)\s+not)\s+(?:be\s+)?bring(?:ing)?\s+(?:my|our)\s+"
    rf"(?:[\w-]+\s+)?{PERSON}"
    r"|\bbegleitung\b[^.!?]{0,20}\b(fällt|kommt|kann)\b[^.!?]{0,10}\b(aus|weg|nicht)\b"
    # "was going to bring a friend but she's off to Yerevan": a plan the companion undid
    r"|\b(?:(?:was|were)\s+(?:going|planning|hoping)|(?:had|'d)\s+planned|wanted)\s+to\s+bring\b"
    r"[^.!?]{0,60}?\bbut\s+(?:(?:sadly|unfortunately|now)\s+)?(?:she|he|they)\b"
    # the named companion drops out: "aber meine Kollegin ist raus", "my friend can't after all"
    rf"|\b(mein\w*|my|our|unser\w*)\s+(\w+\s+)?{PERSON}\s+{_DROPS_OUT}"
    # "Kollegin kann doch nicht.", "Begleitung fällt aus": the noun alone opens the sentence
    rf"|^\W*(?:die\s+|der\s+|the\s+)?{PERSON}\s+{_DROPS_OUT}"
    r"|(?<!not )\bwithout\s+(my|a|the)\s+(plus[- ]?one|\+\s?1|guest|date|companion)\b"
    # "ohne Plus-Eins", "without plus-one": the member's company said away
    r"|(?<!nicht )(?<!not )\b(ohne|without)\s+(mein\w*\s+|ein\w*\s+)?"
    r"(plus[- ]?(one|eins|1)|\+\s?1)\b"
    # "Still coming, minus the plus one"
    r"|\bminus\s+(the\s+|my\s+|a\s+)?(plus[- ]?one|\+\s?1|guest|begleitung)\b"
    rf"|{_NO_ONE_IN_THE_FIELD}",
    re.IGNORECASE,
)

# "it'll just be me", "also nur ich": the member still comes, alone; only at a clause's
# end, so "nur ich kann nicht" stays unread
ONLY_ME = re.compile(
    r"\b(?:(?:it'?ll|it\s+will)\s+(?:just|only)\s+be\s+me|(?:also|dann|jetzt|doch)\s+nur\s+ich"
    r"|(?:flying|going|coming)\s+solo|on\s+my\s+own|by\s+myself"
    r"|nur\s+noch\s+ich|(?:(?:so|then|now)\s+)?(?:just|only)\s+me"
    r"|(?:nobody|no\s*one|no-one|niemand|keiner)\s+(?:with\s+me|mit\s+mir)"
    # "Es bleibt bei mir allein", "diesmal allein", "this time solo": the member alone
    r"|es\s+bleibt\s+(?:(?:also|dann|wohl|diesmal)\s+)*bei\s+mir(?:\s+allein)?"
    r"|bleibt\s+es\s+(?:(?:also|dann|wohl|diesmal)\s+)*bei\s+mir(?:\s+allein)?"
    r"|(?:diesmal|dieses\s+mal|this\s+time)\s+(?:allein|alleine|solo|alone|on\s+my\s+own)"
    # "Diesmal komme nur ich", "kommt nur ich": the member alone, the verb first
    r"|(?:komme|kommt|komm)\s+(?:(?:diesmal|dann|also|jetzt|halt|eben|wohl)\s+)*nur\s+ich"
    # "Leider nur ich, mein Mann ist krank", "…, nur ich": the member alone opens or ends a clause
    r"|(?:^|(?<=[,;:–—-])|(?<=[,;:–—-]\s))\W*(?:(?:leider|dann|jetzt|halt|eben|aber|but)\s+)?nur\s+ich"
    # "…, aber nur ich komme": the member alone, coming
    r"(?:\s+(?:komme|come|will\s+come|am\s+coming))?"
    r"|(?:dann|also)\s+(?:eben\s+)?allein"
    # "Meine Begleitung sagt ab, ich bleibe dabei", "but I'm still coming": the member stays
    r"|(?:ich\s+)?bleibe\s+(?:(?:aber|trotzdem|natürlich)\s+)*dabei"
    # "ich komme also solo", "I'll come alone then": the member comes without them
    r"|(?:ich\s+)?(?:komme|komm)\s+(?:(?:ich|also|dann|jetzt|eben|halt|doch|trotzdem)\s+)*"
    r"(?:solo|allein|alleine)"
    r"|i(?:'ll|\s+will)\s+(?:just\s+)?come\s+(?:alone|solo)"
    r"|(?:i'?m|i\s+am)\s+still\s+(?:in|coming)"
    rf"|{_NO_ONE_IN_THE_FIELD})"
    # "so it's just me on Thursday": a day may follow
    r"(?=\s*(?:this\s+time|diesmal|after\s+all|doch|then|dann|now|jetzt)?"
    r"(?:\s+(?:on|am)\s+\w+)?\s*(?:[,.!;–—-]|$))",
    re.IGNORECASE,
)


# How a companion drops out with the verb put first: "Leider kann Peter nicht", "Diesmal
# schafft es meine Frau nicht", "heute hat mein Mann keine Zeit", "wird die Lisa leider
# nicht kommen können"; the one named after the verb is its subject, not the member
_VERB_FIRST = r"\b(?:kann|kommt|schafft|darf|wird|hat|ist|muss)\s+(?:es\s+)?" + _FILLER
_AFTER_THE_ONE = (
    rf"\s+{_FILLER}(?:(?:es\s+)?(?:nicht|nich|net|ned)\b|keine\s+zeit\b"
    r"|(?:raus|krank|verhindert|abgesprungen)\b|(?:\w+\s+)?absagen\b)"
)
_OWN_ONE = rf"(?:mein\w*|unser\w*)\s+(?:[\w-]+\s+)?{PERSON}"


@cache
def name_drops_out() -> re.Pattern[str]:
    """A named companion drops out: "Jonas kann leider doch nicht", "Tom dropped out",
    "Leider kann Peter nicht", "Diesmal schafft es meine Frau nicht"."""
    names = longest_first(first_names())
    return re.compile(
        rf"\b(?:{names})\s+{_DROPS_OUT}"
        rf"|{_VERB_FIRST}(?:(?:der|die)\s+)?(?:{names}|{_OWN_ONE}){_AFTER_THE_ONE}"
        # "Ich komme – Anna leider nicht": the named one's clause with its verb left out
        # ("Jan nicht" may be January, not Jan)
        rf"|^\W*(?:(?:und|aber|and|but)\s+)?(?!jan\b)(?:{names})\s+{_FILLER}(?:nicht|nich|net|not)\W*$",
        re.IGNORECASE,
    )


def withdraws_named(clause: str) -> bool:
    """Does the clause say that a companion named by first name no longer comes?"""
    return bool(name_drops_out().search(clause))
