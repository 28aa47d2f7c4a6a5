"""The cue lexicons are data files: the wheel must carry them, or replies go unread."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_the_wheel_carries_every_cue_lexicon(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--wheel", "--outdir", str(tmp_path),
         str(REPO)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    with zipfile.ZipFile(next(tmp_path.glob("somek-*.whl"))) as wheel:
        names = set(wheel.namelist())
    lexicons = {f"mail/lexicon/{p.name}" for p in (REPO / "mail" / "lexicon").glob("*.toml")}
    assert lexicons and lexicons <= names
