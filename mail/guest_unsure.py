"""A companion who may come, or not: "evtl. mit meinem Sohn", "might bring a friend".

The member's own answer is read elsewhere; a companion said with a doubt or on a
condition of their own is no guest to count, and goes to a person (mail/guests.py).
"""

from __future__ import annotations

import re

from mail.guest_patterns import SIZE
from mail.guest_words import PERSON

__all__ = ["HEDGED", "THEIR_CONDITION"]

# "und evtl. mit meinem Sohn", "maybe plus my sister": a companion who may come, or not
HEDGED = re.compile(
    r"\b(?:evtl\.?|eventuell|vielleicht|ggf\.?|gegebenenfalls|möglicherweise|maybe|possibly|perhaps)"
    r"\s+(?:(?:auch|noch|also|even)\s+)?(?:mit|with|plus|\+|bringe?|bringing)\s"
    # "vielleicht zu dritt", "maybe three of us": a size that may be
    rf"|\b(?:evtl\.?|eventuell|vielleicht|ggf\.?|möglicherweise|maybe|possibly|perhaps)\s+"
    rf"(?:(?:auch|noch|even)\s+)?(?:zu\s+(?:zweit|dritt|viert|fünft)\b|{SIZE}\s+"
    r"(?:of\s+us|personen|leute|people|persons)\b)"
    # "mein Mann kommt vielleicht mit", "unsere Tochter vielleicht auch": the doubt said
    # of the companion, after them
    rf"|\b{PERSON}\s+(?:(?:kommt|kommen|comes|come|will\s+come|is\s+coming|are\s+coming)\s+)?"
    r"(?:evtl\.?|eventuell|vielleicht|möglicherweise|maybe|possibly|perhaps)\s+"
    r"(?:auch\s+)?(?:mit|along|auch|too|also)\b"
    # "Vielleicht kommt meine Kollegin auch mit", "maybe my wife will join": the doubt first
    r"|\b(?:evtl\.?|eventuell|vielleicht|möglicherweise|maybe|possibly|perhaps)\s+"
    r"(?:(?:kommt|käme)\s+(?:(?:auch|noch)\s+)?)?(?:mein\w*|unser\w*|my|our)\s+(?:\w+\s+)?"
    rf"{PERSON}\s+(?:(?:\w+\s+){{0,2}}(?:mit|along|too|also|auch|come|join)\b|kommt\b)"
    # "mit zwei Kolleginnen, eine davon hat aber evtl. keine Zeit": one of them may not
    r"|\b(?:einer?|one)\s+(?:davon|von\s+ihnen|of\s+them)\b[^.!?]{0,40}?\b(?:evtl\.?|eventuell"
    r"|vielleicht|möglicherweise|maybe|possibly|perhaps|might|may)\b"
    # "ich bringe vielleicht jemanden mit", "bring ich evtl. meine Frau mit": the doubt
    # after the verb of bringing
    r"|\bbringe?\s+(?:ich\s+)?(?:evtl\.?|eventuell|vielleicht|ggf\.?|gegebenenfalls"
    r"|möglicherweise)\s+(?:\w+\s+){0,3}?mit\b"
    # "might bring a friend", "I may bring my wife": the doubt in the modal
    r"|\b(?:might|may)\s+(?:also\s+|even\s+)?(?:bring|be\s+bringing)\b",
    re.IGNORECASE,
)


# "Meine Freundin kommt mit, falls sie frei bekommt", "my wife will join me if she gets a
# sitter": the companion comes on a condition of their own, which makes them as unsure as
# "evtl. mit meinem Sohn"; "wenn's recht ist" asks the organizer and is no such condition
THEIR_CONDITION = re.compile(
    # "falls Sie Platz haben" asks the organizer: the polite "Sie" is capitalised
    r"\b(?:falls|wenn|sofern|solange|if|provided|as\s+long\s+as)\s+(?:(?-i:sie|er|die|der)|they|she|he"
    # "Zu zweit, falls mein Mann früher Feierabend hat": the companion named in the condition
    rf"|(?:mein\w*|unser\w*|my|our)\s+(?:[\w-]+\s+)?{PERSON})\b"
    r"(?!\s+(?:(?:das|es|euch|ihnen|you)\s+)?(?:recht|ok|okay|passt|in\s+ordnung|fine|alright)\b)"
    r"(?![^.!?,;]*\b(?:platz|room|space)\b)",
    re.IGNORECASE,
)
