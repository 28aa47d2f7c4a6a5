"""Where the packaged mail templates live, found without loading Jinja.

Reading a reply needs the subjects' wording (:mod:`mail.subject_templates`)
but no template engine; rendering (:mod:`mail.render`) needs both.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

__all__ = ["packaged_templates"]


@cache
def packaged_templates() -> Path | None:
    """Inside an installed wheel ``somek_tui/templates``, in a checkout ``templates/``.

    Found beside this package rather than through the application's, so the
    mail code needs nothing of the application; None when neither exists.
    """
    root = Path(__file__).resolve().parent.parent
    for candidate in (root / "somek_tui" / "templates", root / "templates"):
        if candidate.is_dir():
            return candidate
    return None
