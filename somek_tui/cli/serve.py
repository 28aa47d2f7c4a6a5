"""``somek serve``: the app in a browser."""

from __future__ import annotations

import click

from somek_tui.cli.localized import command
from somek_tui.cli.output import Failure
from somek_tui.i18n import N_, _


@command("serve")
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8000,
    show_default=True,
    help=N_("Port to listen on; 0 picks a free one."),
)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help=N_("Address to listen on. Anything but loopback exposes the app to the network."),
)
@click.pass_obj
def serve_command(ctx: object, port: int, host: str) -> None:
    """Serve the organizer's app in a browser (textual-serve).

    Prints the address to open: it carries a secret token, and requests
    without it, or from another site, are refused.

    \b
    Example:
      somek --db stammtisch.json serve --port 8080
    """
    from somek_tui.serve import serve

    ws = ctx.ws  # type: ignore[attr-defined]  # opened now: a bad database fails here

    def ready(url: str) -> None:
        click.echo(_("somek: serving on {url} (ctrl+c stops)").format(url=url), err=True)

    try:
        serve(ws.store.path, ws.settings.source, host=host, port=port, ready=ready)
    except OSError as exc:
        raise Failure(
            _("cannot listen on {host}:{port}: {value}").format(
                host=host, port=port, value=exc.strerror or exc
            )
        ) from None


def register(root: click.Group) -> None:
    root.add_command(serve_command)
