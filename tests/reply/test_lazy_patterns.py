"""The guest patterns are compiled when first used, not when the reader is imported."""

from __future__ import annotations

import re
import subprocess
import sys
from types import ModuleType

import mail.guest_patterns as guest_patterns
from mail.lazy_regex import compile_later

_UNCOMPILED = """
import mail.guest_patterns as g
print(sum(1 for v in vars(g).values() if type(v).__name__ == "_Later" and v._compiled is None))
"""


def _patterns() -> list[re.Pattern[str]]:
    found = []
    for value in vars(guest_patterns).values():
        items = value if isinstance(value, tuple) else (value,)
        for item in items:
            pattern = item[0] if isinstance(item, tuple) else item
            if not isinstance(pattern, str | ModuleType) and hasattr(pattern, "finditer"):
                found.append(pattern)
    return found


def test_importing_the_guest_patterns_compiles_none_of_them() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _UNCOMPILED], capture_output=True, text=True, check=True
    )
    assert int(done.stdout) > 30


def test_every_guest_pattern_compiles_and_matches_as_re_compile_would() -> None:
    patterns = _patterns()
    assert len(patterns) > 40
    for pattern in patterns:
        compiled = re.compile(pattern.pattern, pattern.flags)
        assert pattern.findall("komme mit +1 und meiner Frau, wir sind zu zweit") == (
            compiled.findall("komme mit +1 und meiner Frau, wir sind zu zweit")
        )


def test_a_broken_pattern_fails_at_its_first_use() -> None:
    broken = compile_later("(unclosed")
    try:
        broken.search("text")
    except re.error:
        return
    raise AssertionError("the broken pattern matched")
