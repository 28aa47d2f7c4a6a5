"""Options given with boxes: the ticked ones are said, the empty ones are not.

"[ ] komme  [x] komme nicht", "☐ Zusage ☑ Absage", "[x] komme am 28.": the member
copies or types a little form and ticks what holds. An option beside an empty box
is what the member did not choose; read as written, "[ ] komme" was a yes beside
the ticked no. Empty options are blanked, and the boxes of ticked ones are blanked
so their words are read as said ("☑ Stammtisch absagen" is the no it says, not a
tick-mark yes beside it). A text is read as a form only where it holds a box of
the bracket or ballot kind ("[ ]", "[x]", "☐", "☑", "☒"); a lone "✅ komme" is
the yes-mark it is. A box may stand before its option or after it ("Zusage [ ]").
Places in the text are kept (blanked with spaces).
"""

from __future__ import annotations

import re

__all__ = ["ticked_only"]

_EMPTY = r"\[\s?\]|\(\s\)|☐"
_TICKED = r"\[\s?[xX✓✔×]\s?\]|\([xX]\)|☑|☒|✅|✔️?"
_FORM = re.compile(r"\[\s?\]|\[\s?[xX✓✔×]\s?\]|\(\s\)|\([xX]\)|☐|☑|☒")
_BOX = re.compile(rf"(?P<empty>{_EMPTY})|(?P<ticked>{_TICKED})")
# an option runs to the next box, the end of its line or a " / " between options
_END = re.compile(rf"{_EMPTY}|{_TICKED}|\n|\s/\s|\s\|\s")


def ticked_only(text: str) -> str:
    """``text`` with options beside an empty box and the boxes themselves blanked,
    where it holds a form's boxes; otherwise ``text`` as it is."""
    if _FORM.search(text) is None:
        return text
    kept = list(text)
    for box in _BOX.finditer(text):
        start, end = box.span()
        if box.group("empty"):
            after = _END.search(text, end)
            end = after.start() if after else len(text)
            if not text[box.end() : end].strip():
                # the box after its option: "Zusage [ ]"
                before = [m.end() for m in _END.finditer(text, 0, start)]
                start, end = (before[-1] if before else 0), box.end()
        kept[start:end] = " " * (end - start)
    return "".join(kept)
