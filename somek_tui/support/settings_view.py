"""The loaded settings as lines a person can read; secrets are never part of them."""

from __future__ import annotations

from typing import Any


def settings_lines(redacted: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(section, key, value) for every setting, in file order."""
    lines: list[tuple[str, str, str]] = []
    for section, values in redacted.items():
        if not isinstance(values, dict):
            lines.append(("", section, "built-in defaults" if values is None else str(values)))
            continue
        for key, value in values.items():
            shown = "" if value is None else str(value)
            lines.append((section, key, shown))
    return lines
