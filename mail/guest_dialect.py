"""Dialect and chat forms of the words guests are read by, written in standard form.

"komm mim Mann", "mitm Kollegen", "zu zwoat", "w/ my gf", the Kölsch "met minger Frau":
each pair is a pattern and what it is written as before the guest patterns
(``mail.guest_patterns``) are tried.
"""

from __future__ import annotations

import re

from mail.guest_words import PERSON
from mail.lazy_regex import compile_later

# Dialect and chat forms of "mit meinem"/"mit dem": "komm mim Mann", "mitm Kollegen".
DIALECT = (
    # "hab noch meine Nachbarin dabei", "im Schlepptau", "my sister in tow": someone brought
    (
        compile_later(
            r"\b(?:hab|habe|hätte)\s+((?:noch|auch|dann|wohl)\s+)*([^.!?,;]{1,40}?)\s+"
            r"(?:dabei|im\s+schlepptau)\b(?!\s+(?:sein|ist|bin|gewesen))",
            re.I,
        ),
        r"bringe \2 mit",
    ),
    (compile_later(r"\b(?:have|got)\s+([^.!?,;]{1,40}?)\s+in\s+tow\b", re.I), r"bringing \1"),
    # "bring wen mit", "hab wen dabei": "wen" is someone
    (compile_later(r"\bwen\b(?=\s+mit\b)", re.I), "jemanden"),
    # Swiss: "mit mim Fründ", "mini Fründin"
    (compile_later(r"\bfründ", re.I), "freund"),
    # "bi mim Fründ" is "bei meinem Freund": where the member stays, not who comes along
    (compile_later(r"\b(?:bi|bei)\s+mim\b", re.I), "bei meinem"),
    (compile_later(r"\bmim\b", re.I), "mit meinem"),
    # Bavarian: "mit mei'm Spezl", "mia kemma zu zwoat"
    (compile_later(r"\bmei'?m\b", re.I), "meinem"),
    (compile_later(r"\bzwoat\b|\bzwoit\b", re.I), "zweit"),
    # Swiss, Kölsch, Palatinate: "zu zwöit", "z'dritt", "mer kumme zo zweit", "zu zwät"
    (compile_later(r"\bzw(?:öi|ä|ee)t\b", re.I), "zweit"),
    (
        compile_later(r"\b(?:zo|ze|z')\s*(?=(?:zweit|dritt|viert|fünft|zw(?:öi|ä|ee)t)\b)", re.I),
        "zu ",
    ),
    # "my husband's coming too": the short "is"
    (compile_later(r"(?<=[a-z])['’]s\s+(?=(?:coming|joining|tagging|bringing)\b)", re.I), " is "),
    # chat: "we r 3 ppl"
    (compile_later(r"\bppl\b", re.I), "people"),
    (compile_later(r"\b(we|they)\s+r\b", re.I), r"\1 are"),
    (compile_later(r"\bspezl\b", re.I), "kumpel"),
    (compile_later(r"\bmit'?m\b", re.I), "mit dem"),
    # "Begleitung: ja", "my wife: yes": a companion's line in a list, saying they come (a
    # colleague's "Kollege: ja" may be their own answer as a member)
    (
        compile_later(
            r"^\W*((?:meine?|my)\s+)?(begleitung|partner\w*|frau|mann|wife|husband|gast|guest)"
            r"\s*:\s*(?:ja|yes|jo|jep|yep|yup|klar|sure"
            r"|kommt(?:\s+mit)?|coming|dabei)\b",
            re.I,
        ),
        r"mit \1\2",
    ),
    # "Ich werde von meinem Mann begleitet", "accompanied by my wife": the companion comes
    (
        compile_later(
            r"\b(?:werde|wird|bin|ist)\s+(?:(?:ich|dann|auch|wohl|übrigens)\s+)*von\s+"
            r"((?:mein|unser)\w*\s+(?:[\w-]+\s+)?[\w-]+)\s+begleitet\b",
            re.I,
        ),
        r"komme mit \1",
    ),
    (compile_later(r"\baccompanied\s+by\b", re.I), "coming with"),
    # "in Begleitung meiner Frau", "samt Partnerin", "w/ my gf": other ways of saying "mit"
    (compile_later(r"\bin\s+begleitung\s+(?:von\s+)?(?=\w+\s)", re.I), "mit "),
    (compile_later(r"\b(?:samt|nebst)\b", re.I), "mit"),
    (compile_later(r"(?<!\w)w/\s*", re.I), "with "),
    (compile_later(r"\bgf\b", re.I), "girlfriend"),
    # "meine bessere Hälfte", "my better half": the partner; "die Hälfte der Leads" is no one
    (compile_later(r"\b(?:other|better)\s+half\b|\bbessere[nr]?\s+hälfte\b", re.I), "partner"),
    # "a couple of friends", "a bunch of colleagues": several, how many is open
    (compile_later(r"\b(?:an?\s+)?(?:couple|bunch|handful|few)\s+of\b", re.I), "several"),
    (compile_later(r"\bbf\b", re.I), "boyfriend"),
    # Kölsch: "kütt och met minger Frau" is "kommt auch mit meiner Frau"; "met" only before
    # a German article or "my", so the English "met my colleague" stays a meeting
    (
        compile_later(
            r"\bmet(?=\s+(?:minge[rmn]?|ming|dä|d'r|der|dem|den|nem|ner|meine[rmn]?)\b|\s*(?:[.!,;]|$))",
            re.I,
        ),
        "mit",
    ),
    (compile_later(r"\bminge([rmn]?)\b", re.I), r"meine\1"),
    # Kölsch "ming Frau", Palatinate "isch bring meen Gumbel mit"
    (compile_later(r"\bming\b", re.I), "meine"),
    (compile_later(r"\bmeen\b", re.I), "meinen"),
    # "mit Frau u. Kind", "meiner frau u meinem schwager": "u." is "und" after a companion
    (compile_later(rf"\b{PERSON}\s+u\.?\s+", re.I), r"\1 und "),
    # "Count me in – wife and I", "the wife and me": the partner named without a "my"
    (
        compile_later(
            r"(?<!my )(?<!our )\b(?:the\s+)?(wife|husband|hubby|missus|partner)\s+(and|&)\s+"
            r"(i|me|myself)\b",
            re.I,
        ),
        r"my \1 \2 \3",
    ),
    (compile_later(r"\bgumbel\b", re.I), "kumpel"),
    (compile_later(r"\bisch\b", re.I), "ich"),
    (compile_later(r"\bkütt\b", re.I), "kommt"),
    (compile_later(r"\b(?:kumme|kumm)\b", re.I), "komme"),
    (compile_later(r"\boch(?=\s+(?:mit|met)\b)", re.I), "auch"),
    # "dä Pitter", "dat Marie", "die Jana": the article before a first name says nothing
    (
        compile_later(
            r"\b(?:dä|dat|et|der|die|de)\s+(?=[A-ZÄÖÜ][a-zäöüß]+\s+(?:kommt|komm|kütt)\b)"
        ),
        "",
    ),
    # Bavarian, Hessian, Saxon and Low German "my": "mei Spezl", "mit meim Kolleesch",
    # "mit meenem Kollschen", "mit mien Fro"
    (compile_later(r"\bmei(?=\s+[A-ZÄÖÜa-zäöüß])(?!\s+(?:is|ist|are|name)\b)", re.I), "mein"),
    (compile_later(r"\b(?:meim|meenem|meinm)\b", re.I), "meinem"),
    (compile_later(r"\b(?:meener|meiner)\b(?=\s+\w)", re.I), "meiner"),
    (compile_later(r"\bmien\b", re.I), "meine"),
    # the companions themselves as dialect names them: "Kolleesch", "Kollschen" (Kollege),
    # "Fro" (Frau), "Nochbar" (Nachbar), "zwoa Leit" (zwei Leute)
    (compile_later(r"\bkoll(?:ee|e)sch(?:e|en)?\b|\bkollschen\b", re.I), "kollegen"),
    (compile_later(r"(?<=mein\s)fro\b|(?<=meine\s)fro\b", re.I), "frau"),
    (compile_later(r"\bnochbar", re.I), "nachbar"),
    (compile_later(r"\bleit\b", re.I), "leute"),
    (compile_later(r"\bzwoa\b", re.I), "zwei"),
    (compile_later(r"\b(?:kimm|kumma|kaam|kumm)\b", re.I), "komme"),
    # Kölsch and Low German "un" is "und": "ich un minge Fründ"
    (compile_later(r"\b(ich|ik|i)\s+un\s+(?=\w)", re.I), r"\1 und "),
)
