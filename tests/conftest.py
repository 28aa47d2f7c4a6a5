"""Fixtures every layer of the suite shares."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from somek_tui.i18n import set_language
from somek_tui.store import Store

REPO = Path(__file__).resolve().parent.parent

# real servers on 127.0.0.1, shared by several layers of the suite
pytest_plugins = ["support.smtp_fixtures", "support.imap_fixtures"]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A database file that does not exist yet, in its own folder."""
    return tmp_path / "db.json"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    yield Store.open(db_path)


@pytest.fixture(autouse=True)
def _no_somek_env(monkeypatch: pytest.MonkeyPatch) -> None:
    # a developer's own SOMEK_DB or SOMEK_CONFIG must never reach a test
    for name in ("SOMEK_DB", "SOMEK_CONFIG", "SOMEK_NOW", "SOMEK_DEBUG"):
        monkeypatch.delenv(name, raising=False)
    # the suite reads English unless a test is about the German UI
    monkeypatch.setenv("SOMEK_UI_LANGUAGE", "en")
    set_language("en")
