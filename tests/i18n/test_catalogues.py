"""The catalogues cover every text the organizer reads, and the compiled files are current."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest

from .visible import findings

REPO = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{[^{}]*\}|\$\w+")


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("catalogues", REPO / "scripts" / "catalogues.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def catalogues() -> ModuleType:
    return _script()


def test_every_text_in_the_source_has_a_german_translation(catalogues: ModuleType) -> None:
    # extracted from the source now, so a new _() without a msgstr fails here
    assert catalogues.untranslated("de") == []


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_compiled_catalogue_matches_its_source(catalogues: ModuleType, language: str) -> None:
    po = catalogues.po_path(language)
    compiled = catalogues.compiled(catalogues.read(language))
    assert po.with_suffix(".mo").read_bytes() == compiled, (
        "run: .venv/bin/python scripts/catalogues.py"
    )


def test_german_texts_keep_every_placeholder_of_the_english(catalogues: ModuleType) -> None:
    wrong = []
    for message in catalogues.read("de"):
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = set().union(*(PLACEHOLDER.findall(i) for i in ids))
        for text in strings:
            # an unknown name would raise in str.format; markup variables must stay too
            if set(PLACEHOLDER.findall(text)) - wanted:
                wrong.append((ids[0], text))
    assert wrong == []


def test_no_visible_literal_bypasses_translation() -> None:
    assert [str(f) for f in findings(REPO / "somek_tui")] == []
