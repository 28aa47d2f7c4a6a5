"""The command line in the organizer's language: the language choice and translated help.

Click reads ``help=`` texts when the command modules load, before the
settings are known, so they stay English msgids (marked ``N_``) and are
translated here, when the help is printed.
"""

from __future__ import annotations

import inspect
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

import click
import click.core
import click.exceptions
import click.formatting
import click.parser
import click.types

from somek_tui.i18n import N_, _, choose_language, ngettext, set_language

# Click's own texts that somek's help and usage errors show, so the catalogue carries them.
CLICK_TEXTS = (
    N_("Show this message and exit."),
    N_("Show the version and exit."),
    N_("Usage:"),
    N_("Error: {message}"),
    N_("Try '{command} {option}' for help."),
    N_("No such command {name!r}."),
    N_("No such option {name!r}."),
    N_("Missing argument"),
    N_("Missing option"),
    N_("Missing parameter"),
    N_("Missing command."),
    N_("Missing {param_type}"),
    N_("Invalid value: {message}"),
    N_("Invalid value for {param_hint}: {message}"),
    N_("Option {name!r} does not take a value."),
    N_("{value!r} is not a valid {number_type}."),
    N_("{value} is not in the range {range}."),
    N_("{name} {filename!r} does not exist."),
    N_("Aborted!"),
    N_("file"),
    N_("directory"),
    N_("path"),
    N_("integer"),
    N_("float"),
)
# Click's modules each bind ``gettext``/``ngettext`` from the stdlib at import;
# pointing those names at somek's catalogue translates click's messages too.
_CLICK_MODULES = (click.core, click.exceptions, click.formatting, click.parser, click.types)


def translate_click() -> None:
    """Have click's own usage errors and help headings speak the organizer's language."""
    for module in _CLICK_MODULES:
        if hasattr(module, "_"):
            module._ = _  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext  # type: ignore[attr-defined]


def _click_plurals() -> None:  # never called: marks click's plural texts for the catalogue
    ngettext("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)", 1)
    ngettext("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})", 1)
    ngettext(
        "Option {name!r} requires an argument.", "Option {name!r} requires {nargs} arguments.", 1
    )
    ngettext("{value!r} is not {choice}.", "{value!r} is not one of {choices}.", 1)


translate_click()


def apply_language(args: Sequence[str], env: Mapping[str, str] = os.environ) -> None:
    """Choose the language from the settings ``args`` name, before anything is printed.

    A settings file that cannot be read leaves the default language: the
    command itself reports the problem when it loads the settings.
    """
    # imported here: the settings module is not needed for --version
    from pathlib import Path

    from somek_tui.config import ConfigError, OrganizerSettings, load_settings, resolve_config_path

    try:
        path = resolve_config_path(_config_arg(args), env)
        configured = load_settings(path, db_path=Path("db.json")).organizer.interface_language
    except (ConfigError, OSError):
        configured = OrganizerSettings().interface_language
    set_language(choose_language(configured, env))


def _config_arg(args: Sequence[str]) -> str | None:
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--config" and i + 1 < len(args):
            return args[i + 1]
        if arg.startswith("--config="):
            return arg.partition("=")[2]
    return None


@contextmanager
def _shown(command: click.Command, params: Sequence[click.Parameter] = ()) -> Iterator[None]:
    """Swap the English help texts for translations while click formats them."""
    saved: list[tuple[Any, str | None]] = [(command, command.help)]
    if command.help:
        command.help = _(inspect.cleandoc(command.help))
    for param in params:
        text = getattr(param, "help", None)
        if text:
            saved.append((param, text))
            param.help = _(text)
    try:
        yield
    finally:
        for owner, text in saved:
            owner.help = text


class LocalizedCommand(click.Command):
    def get_short_help_str(self, limit: int = 45) -> str:
        with _shown(self):
            return super().get_short_help_str(limit)

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with _shown(self, self.get_params(ctx)):
            super().format_help(ctx, formatter)

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        pieces = " ".join(self.collect_usage_pieces(ctx))
        formatter.write_usage(ctx.command_path, pieces, prefix=_("Usage: "))

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [
            record
            for param in self.get_params(ctx)
            if not isinstance(param, click.Argument)
            and (record := param.get_help_record(ctx)) is not None
        ]
        if rows:
            with formatter.section(_("Options")):
                formatter.write_dl(rows)


class LocalizedGroup(LocalizedCommand, click.Group):
    command_class = LocalizedCommand
    group_class = type  # sub-groups are LocalizedGroups too

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        super().format_options(ctx, formatter)
        self.format_commands(ctx, formatter)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        commands = [
            (name, cmd)
            for name in self.list_commands(ctx)
            if (cmd := self.get_command(ctx, name)) is not None and not cmd.hidden
        ]
        if commands:
            limit = formatter.width - 6 - max(len(name) for name, _cmd in commands)
            rows = [(name, cmd.get_short_help_str(limit)) for name, cmd in commands]
            with formatter.section(_("Commands")):
                formatter.write_dl(rows)


def command(name: str, **attrs: Any) -> Callable[[Callable[..., Any]], LocalizedCommand]:
    """``click.command`` whose help is shown in the organizer's language."""
    return click.command(name, cls=LocalizedCommand, **attrs)


def group(name: str, **attrs: Any) -> Callable[[Callable[..., Any]], LocalizedGroup]:
    """``click.group`` whose help (and its sub-commands' help) is translated."""
    return click.group(name, cls=LocalizedGroup, **attrs)
