"""Which exceptions are a person's problem to read rather than a bug to crash on."""

from __future__ import annotations

from somek_tui.config import ConfigError
from somek_tui.i18n import _
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
    """One readable line, in the organizer's language, for a notification or ``somek: …``."""
    if isinstance(exc, FileNotFoundError) and exc.filename:
        return _("{filename}: no such file").format(filename=exc.filename)
    if isinstance(exc, PermissionError) and getattr(exc, "filename", None):
        return _("{filename}: permission denied").format(filename=exc.filename)
    if isinstance(exc, OSError) and not isinstance(exc, StoreError) and exc.strerror:
        return f"{exc.filename or ''}: {exc.strerror}".lstrip(": ")
    # settings errors and reasons from mail/ are English sentences, translated as shown
    text = shown(str(exc).strip())
    return text or type(exc).__name__
