"""Dialect words that would be read as another word: written in the standard form.

Swabian and Alemannic say "it" for "nicht": "I komm it", "Des goht it", "Bin it
dabei". Read as the English "it", the negation is lost and the verb beside it
says yes: the opposite answer. After a German verb form "it" is never the
English pronoun, so there it is written "nit", a negation the lexicons know.
"""

from __future__ import annotations

import re

__all__ = ["standard"]

# German verb forms (and Swabian/Swiss ones) an "it" for "nicht" follows; none of them
# is an English word an English "it" could follow.
_VERBS = (
    "komm|komme|kumm|kumme|kimm|kimme|chum|chume|kann|ka|ko|koa|goht|gohts|gaht|gahts|"
    "geht|gehts|gaats|schaff|schaffs|schaffe|wird|wirds|isch|bin|simmer|sind|hab|han"
)
# words that may stand between the verb and "it": "I komm halt it", "goht leider it"
_BETWEEN = r"(?:(?:leider|halt|fei|au|heit|heut|heute|do|da|dann|diesmal|wohl|scho|sicher)\s+)*"
# what may follow: the end of the clause, or the rest of the answer ("bin it dabei")
_AFTER = r"(?=\s*(?:$|[,.;:!?)–—-]|dabei|debii|dobei|do\b|da\b|cho\b|hi\b|hin\b|mit\b))"
_SWABIAN_NOT = re.compile(rf"\b((?:{_VERBS})\s+{_BETWEEN})it\b{_AFTER}", re.IGNORECASE)


def standard(text: str) -> str:
    """``text`` with the dialect words that mean something else in standard spelling."""
    if "it" not in text.lower():
        return text
    return _SWABIAN_NOT.sub(r"\1nit", text)
