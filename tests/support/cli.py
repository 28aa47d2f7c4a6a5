"""Running the ``somek`` command as people and cron do, and checking what it said.

:func:`run_somek` runs the command in this process by default: the same
``main()`` a real ``somek`` runs, with the environment, working folder, stdin,
stdout and stderr it would have as a child process, and everything it may
change in this process (the UI language, log handlers) put back afterwards.
Starting a Python per command made the CLI tests most of the suite's time.

A real child process is used where only one tells the truth: ``process=True``
(start-up, ``--help`` and ``--version`` as installed, exit codes of the real
program), the app and ``serve`` (no sub-command), and the kill points of
``SOMEK_SYNC_STOP_AT`` (which end the process). ``SOMEK_TEST_CLI=process`` in
the environment runs every call as a child process, to check that the two
ways agree.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import shutil
import subprocess
import sys
import threading
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ALL_IN_PROCESSES = "SOMEK_TEST_CLI"
# options of the command group that take a value, to find the sub-command
_GLOBAL_WITH_VALUE = frozenset({"--db", "--config", "--log-file"})
# sub-commands that never return on their own, or end the process on purpose
_PROCESS_ONLY = frozenset({"serve"})
_STOP_ENV = "SOMEK_SYNC_STOP_AT"


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
    process: bool = False,
) -> Run:
    argv: list[str] = []
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
    if process or _needs_a_process(argv, full_env):
        return _run_process(argv, full_env, cwd, input, timeout)
    return _run_here(argv, full_env, cwd, input)


def _needs_a_process(argv: list[str], env: dict[str, str]) -> bool:
    if os.environ.get(ALL_IN_PROCESSES) == "process" or _STOP_ENV in env:
        return True
    if "--help" in argv or "-h" in argv or "--version" in argv:
        return False
    return _sub_command(argv) in (None, *_PROCESS_ONLY)


def _sub_command(argv: list[str]) -> str | None:
    args = iter(argv)
    for arg in args:
        if arg in _GLOBAL_WITH_VALUE:
            next(args, None)
        elif not arg.startswith("-"):
            return arg
    return None


def _run_process(
    argv: list[str], env: dict[str, str], cwd: Path | None, input: str | None, timeout: float
) -> Run:
    done = subprocess.run(
        [sys.executable, "-m", "somek_tui", *argv],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        input=input,
        timeout=timeout,
        check=False,
    )
    return Run(done.returncode, done.stdout, done.stderr)


class _Kept(io.BytesIO):
    """Output that stays readable after the command closed its stream (a broken pipe)."""

    def close(self) -> None:
        pass


_lock = threading.Lock()  # one command at a time: it owns the process's streams and cwd


def _run_here(argv: list[str], env: dict[str, str], cwd: Path | None, input: str | None) -> Run:
    try:
        import asyncio

        asyncio.get_running_loop()
    except RuntimeError:
        return _invoke(argv, env, cwd, input)
    # called from a test's event loop: the command runs its own (asyncio.run) in a thread
    result: list[Run] = []
    worker = threading.Thread(target=lambda: result.append(_invoke(argv, env, cwd, input)))
    worker.start()
    worker.join()
    return result[0]


def _invoke(argv: list[str], env: dict[str, str], cwd: Path | None, input: str | None) -> Run:
    from somek_tui.cli import main

    out, err = _Kept(), _Kept()
    with _lock, _as_a_child(env, cwd, input, out, err):
        try:
            code = main(argv)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        except BaseException:
            # what Python prints for an uncaught error, and its exit status
            sys.stderr.write(traceback.format_exc())
            code = 1
        with contextlib.suppress(ValueError):
            sys.stdout.flush()
        with contextlib.suppress(ValueError):
            sys.stderr.flush()
    return Run(code, _text(out), _text(err))


def _text(stream: io.BytesIO) -> str:
    # as subprocess.run(text=True) reads a child's output: universal newlines
    return stream.getvalue().decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


@contextlib.contextmanager
def _as_a_child(
    env: dict[str, str], cwd: Path | None, input: str | None, out: io.BytesIO, err: io.BytesIO
) -> Iterator[None]:
    """This process dressed as a fresh ``somek`` child, and undressed afterwards."""
    from somek_tui.i18n import current_language, set_language

    saved_env = dict(os.environ)
    saved_cwd = os.getcwd()
    saved_streams = sys.stdin, sys.stdout, sys.stderr
    saved_size = shutil.get_terminal_size
    language = current_language()
    loggers = [logging.getLogger(name) for name in ("somek", "mail")]
    saved_logging = [(lg, list(lg.handlers), lg.level) for lg in loggers]
    os.environ.clear()
    os.environ.update(env)
    try:
        if cwd is not None:
            os.chdir(cwd)
        sys.stdin = io.TextIOWrapper(io.BytesIO((input or "").encode()), encoding="utf-8")
        sys.stdout = io.TextIOWrapper(out, encoding="utf-8", write_through=True)
        sys.stderr = io.TextIOWrapper(
            err, encoding="utf-8", errors="backslashreplace", write_through=True
        )
        # a child's output is a pipe, which has no terminal size: Python's fallback
        columns = int(env.get("COLUMNS") or 80)
        shutil.get_terminal_size = lambda fallback=(80, 24): os.terminal_size((columns, 24))
        yield
    finally:
        shutil.get_terminal_size = saved_size
        sys.stdin, sys.stdout, sys.stderr = saved_streams
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_env)
        set_language(language)
        for logger, handlers, level in saved_logging:
            for handler in logger.handlers:
                if handler not in handlers:
                    handler.close()
            logger.handlers[:] = handlers
            logger.setLevel(level)


def assert_clean_error(run: Run, *, contains: str = "") -> None:
    """Exit 1, one ``somek:`` line, no traceback."""
    assert run.code == 1, (run.code, run.out, run.err)
    lines = run.err.strip().splitlines()
    assert len(lines) == 1, run.err
    assert lines[0].startswith("somek: "), run.err
    assert "Traceback" not in run.err
    if contains:
        assert contains.lower() in lines[0].lower(), lines[0]
