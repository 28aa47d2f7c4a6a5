"""The rows and source text of one fresh batch of the reply corpus, for its batch test."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "understanding"
FAMILIES = {
    "short_answers", "wishes", "yes_word_no", "negation", "guests", "someone_else",
    "replied_to", "unsubscribe", "out_of_office", "bounces", "calendar_text", "topics",
    "votes", "words_end", "everyday", "mixed_language",
}  # fmt: skip


def batch(prefix: str) -> list[dict[str, Any]]:
    """The label rows of both splits whose source is ``source/<prefix>_*``."""
    rows = [
        json.loads(line)
        for split in ("tuning", "heldout")
        for line in (CORPUS / split / "labels.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    return [row for row in rows if row["source"].startswith(f"source/{prefix}_")]


def source_text(prefix: str) -> str:
    """The batch's source files, joined."""
    return "\n".join(
        path.read_text(encoding="utf-8")
        for path in sorted((CORPUS / "source").glob(f"{prefix}_*.txt"))
    )


def replies(paths: list[Path]) -> set[str]:
    """The member's own words of each entry, without its head and key lines."""
    found: set[str] = set()
    for path in paths:
        for entry in path.read_text(encoding="utf-8").split("\n@@ "):
            lines = entry.splitlines()[1:]
            words = "\n".join(line for line in lines if not line.startswith("# ")).strip()
            if words:
                found.add(words.lower())
    return found
