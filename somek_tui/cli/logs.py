"""``-v`` and ``--log-file``: show what the mail and sync code logs.

Only the ``somek.*`` loggers are shown: libraries stay quiet, and a mail
server's own protocol chatter (which may carry credentials) never reaches
the log. somek's own lines never contain a password or a token.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from somek_tui.private_files import open_private_append

LOGGER = "somek"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def level_for(verbosity: int) -> int:
    """``-v`` shows what happens, ``-vv`` every detail."""
    return logging.DEBUG if verbosity >= 2 else logging.INFO


def configure_logging(verbosity: int, log_file: Path | None) -> None:
    """Send ``somek.*`` records to stderr (``-v``) or append them to ``log_file``."""
    if not verbosity and log_file is None:
        return
    handler: logging.Handler
    if log_file is not None:
        # created 0600 before logging opens it: a log names members and servers
        os.close(open_private_append(log_file))
        handler = logging.FileHandler(log_file, mode="a", encoding="utf-8")
    else:
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(FORMAT))
    logger = logging.getLogger(LOGGER)
    logger.addHandler(handler)
    logger.setLevel(level_for(verbosity))
