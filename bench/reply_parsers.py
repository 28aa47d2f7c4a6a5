"""Measure somek's own-words extraction on the test suites of four reply parsers.

The fixtures and what each suite expects of them live in
``tests/fixtures/reply_parsers/<suite>/`` (see the NOTICE there for source and
licence). For each fixture the kept text passes when, after whitespace
normalisation, it equals the expected visible text, or contains it and
nothing of the quote: at most a short signature around it, with no quote
marks, angle brackets, colons or separator lines (which attributions, header
blocks and quotes have and a name and greeting do not). Fixtures that name
phrases instead pass when all ``contains`` phrases are kept and no
``excludes`` phrase is. A word of the expected text missing from the
kept text is a lost own word. Signatures are not own words for somek: a
trailing "-- " block or phone-signature line in an expectation is dropped
before comparing. Run:

    python bench/reply_parsers.py [-v]
"""

from __future__ import annotations

import json
import quopri
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from mail.quotes import is_phone_signature, strip_quotes

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "reply_parsers"
SUITES = (
    "crisp-oss-email-reply-parser",
    "alfonsrv-mail-parser-reply",
    "mailgun-talon",
    "github-email_reply_parser",
)
_WORD = re.compile(r"\w+")
_MAX_EXTRA = 120


@dataclass
class Case:
    name: str
    text: str
    expected: str | None = None
    contains: list[str] = field(default_factory=list)
    excludes: list[str] = field(default_factory=list)


@dataclass
class Outcome:
    case: Case
    kept: str
    passed: bool
    lost: list[str]


def _normalise(text: str) -> str:
    return " ".join(text.split())


def _as_delivered(text: str) -> str:
    # Some fixtures are raw quoted-printable; somek reads text after MIME decoding.
    if re.search(r"=\n|=[0-9A-F]{2}", text):
        return quopri.decodestring(text.encode("utf-8")).decode("utf-8", errors="replace")
    return text


def _without_signature(text: str) -> str:
    lines = text.rstrip().split("\n")
    for index, line in enumerate(lines):
        if line.rstrip() == "--":
            lines = lines[:index]
            break
    while lines and (not lines[-1].strip() or is_phone_signature(lines[-1])):
        lines.pop()
    return "\n".join(lines)


def load_suite(suite: str) -> list[Case]:
    folder = FIXTURES / suite
    cases = []
    for raw in json.loads((folder / "cases.json").read_text(encoding="utf-8")):
        text = raw.get("text")
        if text is None:
            text = (folder / "emails" / raw["file"]).read_text(encoding="utf-8")
        expected = text if raw.get("whole") else raw.get("expected")
        cases.append(
            Case(
                name=raw["name"],
                text=_as_delivered(text),
                expected=None if expected is None else _without_signature(expected),
                contains=raw.get("contains", []),
                excludes=raw.get("excludes", []),
            )
        )
    return cases


def _lost_words(wanted: str, kept: str) -> list[str]:
    missing = Counter(_WORD.findall(wanted.lower())) - Counter(_WORD.findall(kept.lower()))
    return sorted(missing)


def _only_signature(extra: str) -> bool:
    # A greeting and a name below the expected text, nothing of an attribution or quote.
    return len(extra) <= _MAX_EXTRA and not re.search(r"[<>:]|[-_=]{3,}", extra)


def judge(case: Case) -> Outcome:
    kept = strip_quotes(case.text).text
    norm_kept = _normalise(kept)
    if case.expected is not None:
        wanted = _normalise(case.expected)
        passed = norm_kept == wanted or (
            wanted in norm_kept and _only_signature(norm_kept.replace(wanted, "", 1))
        )
        return Outcome(case, kept, passed, _lost_words(case.expected, kept))
    flat = " ".join(kept.split())
    has_all = all(" ".join(p.split()) in flat for p in case.contains)
    has_none = not any(" ".join(p.split()) in flat for p in case.excludes)
    lost = _lost_words(" ".join(case.contains), kept)
    return Outcome(case, kept, has_all and has_none, lost)


def run(suite: str) -> list[Outcome]:
    return [judge(case) for case in load_suite(suite)]


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    for suite in SUITES:
        outcomes = run(suite)
        passed = sum(o.passed for o in outcomes)
        share = 100 * passed / len(outcomes)
        print(f"{suite:32} {passed:3}/{len(outcomes):<3} {share:5.1f} %")
        for outcome in outcomes:
            if outcome.lost:
                print(f"    lost own words in {outcome.case.name}: {' '.join(outcome.lost)}")
            if verbose and not outcome.passed:
                print(f"    failed {outcome.case.name}: kept {outcome.kept[:300]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
