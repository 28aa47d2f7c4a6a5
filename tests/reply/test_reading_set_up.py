"""The reader's one-time set-up does not count against the first message."""

from __future__ import annotations

import subprocess
import sys

FIRST_MESSAGE = """
from mail.analysis import analyse
raw = b"From: Anna <anna@example.org>\\r\\nSubject: Re: Einladung\\r\\n\\r\\nJa, ich komme.\\r\\n"
result = analyse(raw, cpu_seconds=0.05)
print(result.answer.value if result.answer else result.answer_problem or result.reason)
"""


def test_the_first_message_of_a_run_gets_its_whole_reading_time() -> None:
    # a fresh process: the lexicons are compiled on first use (about 0.2 s of CPU)
    out = subprocess.run(
        [sys.executable, "-c", FIRST_MESSAGE], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "yes"


CALENDAR_LIBRARY_LOADED = """
import sys
from mail.analysis import analyse
analyse(b"From: Anna <anna@example.org>\\r\\nSubject: Re: Einladung\\r\\n\\r\\nJa.\\r\\n")
print("icalendar" in sys.modules)
"""


def test_a_reply_without_a_calendar_reads_without_loading_the_calendar_library() -> None:
    # importing icalendar costs a cron sync about a tenth of a second of CPU
    out = subprocess.run(
        [sys.executable, "-c", CALENDAR_LIBRARY_LOADED], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"
