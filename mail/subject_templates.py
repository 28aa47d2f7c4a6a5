"""How somek's own subjects begin, read from the subject templates themselves.

A reply repeats the subject of the mail it answers ("Re: Erinnerung: … am
28.01.2027"); its opening words say which mail that was and are no words of
the member. They are taken from ``templates/<lang>/<kind>.subject.j2``, so a
subject reworded or a language added there is known here without a list to
keep in step: the literal text before the first placeholder, up to its colon
("Erinnerung:") or the whole of it ("Danke für den Abend"). A subject that
ends with the evening's date is *dated*: a member may add words after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from mail.kinds import KINDS
from mail.template_files import packaged_templates

_TAG = re.compile(r"\{%.*?%\}|\{#.*?#\}")
_EXPRESSION = re.compile(r"\{\{.*?\}\}")
# the opening ends at its colon or at the end of its first sentence ("Danke für den Abend!")
_END = re.compile(r"[:!?]")
_ENDS_WITH_DATE = re.compile(r"\{\{\s*event\.date\s*\}\}\s*$")


def _subject_lines() -> Iterable[tuple[str, str]]:
    """(kind, line) for each line a packaged subject template may render."""
    root = packaged_templates()
    if root is None:
        return
    for folder in sorted(path for path in root.iterdir() if path.is_dir()):
        for kind in KINDS:
            template = folder / f"{kind}.subject.j2"
            if not template.is_file():
                continue
            for line in template.read_text(encoding="utf-8").splitlines():
                line = _TAG.sub("", line).strip()
                if line:
                    yield kind, line


def _opening(line: str, colon_needed: bool) -> str:
    """The literal words a rendered ``line`` starts with, as a pattern; "" for none.

    ``colon_needed``: the opening counts only with its colon ("Erinnerung:"), not
    as the first word of anything ("Erinnerung an …").
    """
    literal = _EXPRESSION.split(line, maxsplit=1)[0]
    end = _END.search(literal)
    head = literal[: end.start()] if end else literal
    colon = end is not None and end.group(0) == ":"
    words = head.strip(" .–-").split()
    if not words:
        return ""
    # "You're in": any apostrophe a client or a keyboard puts there
    spelled = r"\s+".join(re.escape(word).replace("'", ".") for word in words)
    return spelled + (r"\s*:" if colon and colon_needed else r"\b")


@cache
def openings(
    *, dated: bool | None = None, kinds: tuple[str, ...] = KINDS, colon_needed: bool = True
) -> re.Pattern[str]:
    """A subject starting like one of somek's own of ``kinds``; ``dated``: only those that
    end with the evening's date (True) or only the others (False)."""
    found = {
        _opening(line, colon_needed)
        for kind, line in _subject_lines()
        if kind in kinds and (dated is None or bool(_ENDS_WITH_DATE.search(line)) == dated)
    }
    alternatives = sorted((o for o in found if o), key=len, reverse=True)
    return re.compile(rf"^\s*(?:{'|'.join(alternatives) or '(?!)'})", re.IGNORECASE)
