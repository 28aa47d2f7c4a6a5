"""The member's own words in a subject line, for a reply whose body says nothing.

Some members answer in the subject alone: "Re: Einladung: … am 28.01.2027 –
komme!", "RE: Invitation: … - can't make it", or a mail of its own titled
"Absage 28.01.". In a reply the words follow the subject that was answered,
after its date; a subject that is no reply is all the member's. A subject
that only repeats a mail somek sent says nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mail.intent import read_intent
from mail.kinds import ACKNOWLEDGEMENT, CONTRIBUTION_REQUEST, REMINDER, THANKS
from mail.subject_templates import openings

# Reply and forward prefixes as clients write them, in many languages ("Antwort:" of
# Lotus Notes, "Odp:" Polish, "RES:"/"ENC:" Portuguese, "Rif:" Italian, "Ynt:" Turkish).
_PREFIX = (
    r"(?:re|aw|wg|fw|fwd|antw|antwort|sv|vs|rv|r|ref|tr|odp|res|enc|rif|ynt|pd)\s*(?:\[\d+\])?\s*:"
)
# Tags a server or a list puts before or between them: "[EXTERN]", "*EXTERNAL*", "[Stammtisch]"
_TAG = r"(?:\[[^\[\]\n]{1,40}\]|\*{1,2}[^*\n]{1,30}\*{1,2}|\((?:extern\w*|external|ext)\))"
_REPLY_PREFIX = re.compile(rf"^\s*(?:{_TAG}\s*)*(?:{_PREFIX}\s*(?:{_TAG}\s*)*)+", re.IGNORECASE)
_TAGS = re.compile(rf"^\s*(?:{_TAG}\s*)+", re.IGNORECASE)
# What somek's own subjects start with: a copy of one says nothing of the member.
# Those naming the evening end with its date, after which a member may add words.
# A client may drop the colon ("Re: Einladung SEO 28.01.2027"): the words alone count.
_DATED_SUBJECT = openings(dated=True, colon_needed=False)
_OTHER_SUBJECT = openings(dated=False, colon_needed=False)
# somek's subjects end with the evening's date; what a member adds comes after it:
# "… am 28.01.2027 – komme!", "… on 28 Jan 2027 - can't make it", "… 2027 (leider nein)"
_AFTER_DATE = re.compile(r"\b(?:\d{1,2}\.\d{1,2}\.)?\d{4}\b(?!.*\b\d{4}\b)(?P<rest>.*)$")
_SEPARATORS = " \t-–—|:,;()[]"
_MAX_WORDS = 10


def subject_words(subject: str) -> str:
    """What the member says in ``subject``, or "" when it only names the mail answered."""
    reply = _REPLY_PREFIX.match(subject) is not None
    bare = _TAGS.sub("", _REPLY_PREFIX.sub("", subject)).strip()
    if not bare:
        return ""
    if _OTHER_SUBJECT.match(bare):
        words = ""
    elif not reply and not _DATED_SUBJECT.match(bare):
        words = bare
    elif (added := _AFTER_DATE.search(bare)) is not None and _DATED_SUBJECT.match(bare):
        words = added.group("rest").strip(_SEPARATORS)
    else:
        words = ""
    return words if len(words.split()) <= _MAX_WORDS else ""


# How somek's subjects of the mails that are no invitation begin, in each language
# the templates speak: a reply repeats it after "Re:"/"AW:".
_KIND_SUBJECT = tuple(
    (kind, openings(kinds=(kind,)))
    for kind in (THANKS, ACKNOWLEDGEMENT, CONTRIBUTION_REQUEST, REMINDER)
)


def answered_kind(subject: str) -> str | None:
    """The kind of somek mail a reply's subject says it answers, or None.

    Only a reply ("Re: Danke für den Abend!") says so; a new mail titled
    "Erinnerung: …" may be the member's own note.
    """
    if _REPLY_PREFIX.match(subject) is None:
        return None
    bare = _TAGS.sub("", _REPLY_PREFIX.sub("", subject))
    return next((kind for kind, pattern in _KIND_SUBJECT if pattern.match(bare)), None)


# Every member answering one invitation replies under its subject: it is read once.
@lru_cache(maxsize=64)
def subject_unsubscribes(subject: str) -> bool:
    """Does the subject ask to unsubscribe ("Abbestellen")?"""
    return read_intent(subject).unsubscribe
