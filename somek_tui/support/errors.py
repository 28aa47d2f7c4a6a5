"""Which exceptions are a person's problem to read rather than a bug to crash on."""

from __future__ import annotations

from somek_tui.config import ConfigError
from somek_tui.models import InvalidInput
from somek_tui.store import StoreError
from somek_tui.support.reasons import shown

# The UI turns these into a notification; anything else is a real bug.
EXPECTED: tuple[type[BaseException], ...] = (
    InvalidInput,
    StoreError,
    ConfigError,
    OSError,
    ValueError,
    LookupError,
)


def describe(exc: BaseException) -> str:
    """One readable line for a notification."""
    if isinstance(exc, FileNotFoundError) and exc.filename:
        return f"{exc.filename}: no such file"
    if isinstance(exc, PermissionError) and getattr(exc, "filename", None):
        return f"{exc.filename}: permission denied"
    text = shown(str(exc).strip())
    return text or type(exc).__name__
