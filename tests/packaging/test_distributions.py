"""What ``pip install .`` gets: the packages and templates, never the demo data or tests."""

from __future__ import annotations

import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def dists(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--no-isolation",
            "--sdist",
            "--wheel",
            "--outdir",
            str(out),
            str(REPO),
        ],
        check=True,
        capture_output=True,
    )
    return {
        "wheel": next(out.glob("somek-*.whl")),
        "sdist": next(out.glob("somek-*.tar.gz")),
    }


def wheel_names(dists: dict[str, Path]) -> list[str]:
    with zipfile.ZipFile(dists["wheel"]) as wheel:
        return wheel.namelist()


def test_the_wheel_has_both_packages_and_the_templates(dists: dict[str, Path]) -> None:
    names = wheel_names(dists)
    assert "somek_tui/cli/__init__.py" in names
    assert "mail/__init__.py" in names
    assert "somek_tui/templates/de/invitation.txt.j2" in names
    assert "somek_tui/templates/en/invitation.html.j2" in names


def test_the_wheel_has_no_demo_database_and_no_tests(dists: dict[str, Path]) -> None:
    names = wheel_names(dists)
    assert not [n for n in names if n.endswith("db.json")]
    assert not [n for n in names if n.startswith("tests/")]


def test_the_wheel_installs_the_somek_command(dists: dict[str, Path]) -> None:
    with zipfile.ZipFile(dists["wheel"]) as wheel:
        entry_points = next(n for n in wheel.namelist() if n.endswith("entry_points.txt"))
        assert "somek = somek_tui.cli:main" in wheel.read(entry_points).decode()


def test_the_sdist_keeps_the_templates_but_not_the_demo_database(dists: dict[str, Path]) -> None:
    with tarfile.open(dists["sdist"]) as sdist:
        names = [n.split("/", 1)[1] for n in sdist.getnames() if "/" in n]
    assert "templates/de/invitation.txt.j2" in names
    assert "pyproject.toml" in names
    assert "db.json" not in names


def test_the_wheel_carries_every_cue_lexicon(dists: dict[str, Path]) -> None:
    # the cue lexicons are data files: without them replies go unread
    names = set(wheel_names(dists))
    lexicons = {f"mail/lexicon/{p.name}" for p in (REPO / "mail" / "lexicon").glob("*.toml")}
    assert lexicons and lexicons <= names


def test_the_wheel_carries_the_reply_model(dists: dict[str, Path]) -> None:
    assert "mail/reply_model.json" in wheel_names(dists)
