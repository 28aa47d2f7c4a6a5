"""A plain reply is read without loading the libraries only other mail needs."""

from __future__ import annotations

import subprocess
import sys

LOADED_BY_A_PLAIN_REPLY = """
import sys
from mail.analysis import analyse
analyse(b"From: Anna <anna@example.org>\\r\\nSubject: Re: Einladung\\r\\n\\r\\nJa, komme.\\r\\n")
print(" ".join(name for name in ("html2text", "flufl.bounce") if name in sys.modules))
"""


def test_a_plain_reply_reads_without_loading_the_html_converter_or_the_bounce_detectors() -> None:
    # together they cost every sync that finds a reply about a tenth of a second of CPU;
    # an HTML mail or a bounce loads them when it comes
    out = subprocess.run(
        [sys.executable, "-c", LOADED_BY_A_PLAIN_REPLY], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == ""
