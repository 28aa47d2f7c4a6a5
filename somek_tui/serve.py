"""The same app in a browser, through textual-serve."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

# The child process runs the normal ``somek`` entry point with the same files.
_ENTRY = "from somek_tui.cli import main; raise SystemExit(main())"


def app_command(db: Path, config: Path | None) -> str:
    """The shell command textual-serve starts for each browser session."""
    argv = [sys.executable, "-c", _ENTRY, "--db", str(db.resolve())]
    if config is not None:
        argv += ["--config", str(config.resolve())]
    return shlex.join(argv)


def serve(db: Path, config: Path | None, *, host: str = "127.0.0.1", port: int = 8000) -> None:
    from textual_serve.server import Server

    server = Server(
        app_command(db, config),
        host=host,
        port=port,
        title="somek",
    )
    server.serve()
