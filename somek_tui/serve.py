"""The same app in a browser, through textual-serve, for the organizer only.

Anyone who can reach the page can drive the app, so every request must carry
a secret token (the first path segment) and name this server in ``Host`` and,
when a browser sends one, ``Origin``: a page on another site cannot guess the
token, and a DNS-rebound name never matches ``Host``.
"""

from __future__ import annotations

import asyncio
import ipaddress
import secrets
import shlex
import signal
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import aiohttp_jinja2
import jinja2
from aiohttp import web
from textual_serve.server import Server, to_int

# The child process runs the normal ``somek`` entry point with the same files.
_ENTRY = "from somek_tui.cli import main; raise SystemExit(main())"
# Our page: textual-serve's, with its fonts served from here instead of a CDN.
_PAGES = Path(__file__).parent / "web"
_LOOPBACK_NAMES = ("localhost", "127.0.0.1", "[::1]")

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def app_command(db: Path, config: Path | None) -> str:
    """The shell command textual-serve starts for each browser session."""
    argv = [sys.executable, "-c", _ENTRY, "--db", str(db.resolve())]
    if config is not None:
        argv += ["--config", str(config.resolve())]
    return shlex.join(argv)


def host_literal(host: str) -> str:
    """``host`` as it appears in a URL: IPv6 addresses in brackets."""
    try:
        return f"[{host}]" if ipaddress.ip_address(host).version == 6 else host
    except ValueError:
        return host


def allowed_hosts(host: str, port: int) -> frozenset[str]:
    """The ``Host`` values that name this server: what it listens on, and loopback."""
    return frozenset(f"{name}:{port}".lower() for name in {host_literal(host), *_LOOPBACK_NAMES})


def request_refusal(
    *, path: str, host: str | None, origin: str | None, token: str, hosts: frozenset[str]
) -> str | None:
    """Why a request must be refused, or None when it may pass."""
    segment = path.split("/", 2)[1] if path.startswith("/") else ""
    if not secrets.compare_digest(segment.encode(), token.encode()):
        return "no valid token"
    if host is None or host.lower() not in hosts:
        return "foreign Host"
    if origin is not None and origin.lower() not in {f"http://{h}" for h in hosts}:
        return "foreign Origin"
    return None


class PrivateServer(Server):
    """textual-serve behind the token, Host and Origin checks, with local assets only."""

    def __init__(self, command: str, *, host: str, port: int, token: str) -> None:
        super().__init__(command, host=host, port=port, title="somek")
        self.token = token
        self.hosts = allowed_hosts(host, port)

    @web.middleware
    async def guard(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        refusal = request_refusal(
            path=request.path,
            host=request.headers.get("Host"),
            origin=request.headers.get("Origin"),
            token=self.token,
            hosts=self.hosts,
        )
        if refusal is not None:
            raise web.HTTPForbidden(text=f"somek: refused ({refusal})\n")
        response = await handler(request)
        # the token is in the page's address: never hand it to another site
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    async def _make_app(self) -> web.Application:
        app = web.Application(middlewares=[self.guard])
        aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(_PAGES))
        prefix = f"/{self.token}"
        app.add_routes(
            [
                web.get(f"{prefix}/", self.handle_index, name="index"),
                web.get(f"{prefix}/ws", self.handle_websocket, name="websocket"),
                web.get(f"{prefix}/download/{{key}}", self.handle_download, name="download"),
                web.static(f"{prefix}/static", self.statics_path, name="static"),
            ]
        )
        return app

    @aiohttp_jinja2.template("app_index.html")
    async def handle_index(self, request: web.Request) -> dict[str, Any]:
        # Host has passed the guard, so the page points back at the name it was opened with
        base = f"{request.host}/{self.token}"
        return {
            "font_size": to_int(request.query.get("fontsize", "16"), 16),
            "app_websocket_url": f"ws://{base}/ws",
            "config": {"static": {"url": f"http://{base}/static/"}},
            "application": {"name": self.title},
        }

    async def run(self, ready: Callable[[str], None]) -> None:
        """Listen until SIGINT or SIGTERM; ``ready`` gets the URL once bound."""
        runner = web.AppRunner(await self._make_app(), access_log=None, handle_signals=False)
        await runner.setup()
        try:
            site = web.TCPSite(runner, self.host, self.port)
            await site.start()
            # with port 0 the system picked one: the checks and the URL need the real one
            self.port = int(runner.addresses[0][1])
            self.hosts = allowed_hosts(self.host, self.port)
            ready(f"http://{host_literal(self.host)}:{self.port}/{self.token}/")
            stop = asyncio.Event()
            loop = asyncio.get_running_loop()
            for signum in (signal.SIGINT, signal.SIGTERM):
                loop.add_signal_handler(signum, stop.set)
            await stop.wait()
        finally:
            await runner.cleanup()


def serve(
    db: Path,
    config: Path | None,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    ready: Callable[[str], None] = print,
) -> None:
    """Serve the app until interrupted; ``ready`` gets the URL with its token."""
    server = PrivateServer(
        app_command(db, config), host=host, port=port, token=secrets.token_urlsafe(32)
    )
    asyncio.run(server.run(ready))
