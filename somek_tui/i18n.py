"""The language the organizer reads: gettext catalogues, English msgids in the code.

Only the standard library, and the catalogue is read on first use: ``somek
--version`` and a quiet cron ``sync`` must not pay for translations they never
show. Strings defined at import time (click ``help=``, key binding
descriptions, column titles) are marked with ``N_`` and passed through ``_``
where they are shown, because the settings are read after those modules load.
"""

from __future__ import annotations

import gettext
from collections.abc import Mapping
from pathlib import Path

DOMAIN = "somek"
LOCALE_DIR = Path(__file__).with_name("locale")
LANGUAGES = ("de", "en")
DEFAULT_LANGUAGE = "en"
# Overrides the settings for one run, e.g. ``SOMEK_UI_LANGUAGE=en somek``.
ENV_VAR = "SOMEK_UI_LANGUAGE"

_language = DEFAULT_LANGUAGE
_catalogue: gettext.NullTranslations | None = None


def set_language(language: str) -> None:
    """Show every later ``_()`` in ``language`` ("de" or "en")."""
    global _language, _catalogue
    if language not in LANGUAGES:
        raise ValueError(f"unknown UI language {language!r} (de or en)")
    if language != _language:
        _catalogue = None
    _language = language


def current_language() -> str:
    return _language


def choose_language(configured: str, env: Mapping[str, str]) -> str:
    """The environment's ``SOMEK_UI_LANGUAGE`` if valid, else the configured language."""
    wanted = env.get(ENV_VAR, "")
    return wanted if wanted in LANGUAGES else configured


def _translations() -> gettext.NullTranslations:
    global _catalogue
    if _catalogue is None:
        _catalogue = gettext.translation(DOMAIN, LOCALE_DIR, languages=[_language], fallback=True)
    return _catalogue


def _(message: str) -> str:
    """``message`` in the current language (the English msgid if untranslated)."""
    return _translations().gettext(message) if message else message


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural form for ``n`` by the language's plural rule."""
    return _translations().ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Marks ``message`` for the catalogue; translate it with ``_()`` where it is shown."""
    return message
