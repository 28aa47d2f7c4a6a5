"""Fixtures for the evening: check-in, attendee export, report, thanks, calendar feed."""

from __future__ import annotations

from pathlib import Path

import pytest
from evening.world import Evening, build_evening


@pytest.fixture
def evening(tmp_path: Path) -> Evening:
    """Four members answered for an evening that took place yesterday; nobody checked in."""
    return build_evening(tmp_path)
