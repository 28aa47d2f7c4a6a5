"""The capital letters a name may begin with, for a regular expression's character class.

"Şahin", "Çelik", "Łukasz", "Ørsted", "Šołćina": names from many languages begin with a
capital outside A–Z; a class of "[A-ZÄÖÜ]" misses them, and the name goes unread.
"""

from __future__ import annotations

# Latin-1 and Latin Extended-A/B capitals, beside A–Z (each a single character)
CAPITAL = "[A-Z" + "".join(chr(c) for c in range(0xC0, 0x250) if chr(c).isupper()) + "]"
