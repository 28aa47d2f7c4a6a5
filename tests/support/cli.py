"""Running the real ``somek`` command in a subprocess, as cron and people do."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Run:
    code: int
    out: str
    err: str


def run_somek(
    *args: str,
    db: Path | None = None,
    config: Path | None = None,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    input: str | None = None,
    timeout: float = 120,
) -> Run:
    argv = [sys.executable, "-m", "somek_tui"]
    if db is not None:
        argv += ["--db", str(db)]
    if config is not None:
        argv += ["--config", str(config)]
    argv += list(args)
    # the suite's language choice (SOMEK_UI_LANGUAGE) passes; a developer's database does not
    full_env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("SOMEK_") or k == "SOMEK_UI_LANGUAGE"
    }
    full_env["PYTHONIOENCODING"] = "utf-8"
    full_env.update(env or {})
    done = subprocess.run(
        argv,
        capture_output=True,
        text=True,
        env=full_env,
        cwd=cwd,
        input=input,
        timeout=timeout,
        check=False,
    )
    return Run(done.returncode, done.stdout, done.stderr)


def assert_clean_error(run: Run, *, contains: str = "") -> None:
    """Exit 1, one ``somek:`` line, no traceback."""
    assert run.code == 1, (run.code, run.out, run.err)
    lines = run.err.strip().splitlines()
    assert len(lines) == 1, run.err
    assert lines[0].startswith("somek: "), run.err
    assert "Traceback" not in run.err
    if contains:
        assert contains.lower() in lines[0].lower(), lines[0]
