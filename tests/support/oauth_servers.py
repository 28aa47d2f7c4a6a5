"""OAuth 2 for the test servers: a token introspection endpoint and XOAUTH2 on aiosmtpd and Dovecot.

* :class:`TokenEndpoint` — an RFC 7662 introspection endpoint on 127.0.0.1 (http.server
  in a thread) that calls a token active for one user and every other token inactive.
* :class:`XOAuth2SmtpServer` — :class:`~support.smtp_server.SmtpTestServer` offering
  only ``AUTH XOAUTH2``, answering a bad token the way Google and Microsoft do: a 334
  challenge with a JSON error, then 535 after the client's empty line.
* :class:`XOAuth2DovecotServer` — Dovecot with ``xoauth2 oauthbearer`` checked by its
  ``oauth2`` passdb against a :class:`TokenEndpoint`.
"""

from __future__ import annotations

import base64
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from aiosmtpd.smtp import SMTP, AuthResult

from support.imap_servers import DovecotServer
from support.smtp_server import RecordingHandler, SmtpTestServer

BAD_TOKEN_CHALLENGE = {"status": "401", "schemes": "bearer", "scope": "https://mail.example/"}


class TokenEndpoint:
    """``POST /introspect`` with ``token=…``: active for :attr:`token`, inactive otherwise."""

    def __init__(self, *, user: str, token: str) -> None:
        self.user = user
        self.token = token
        self.asked = 0  # how many introspection requests arrived
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                form = parse_qs(self.rfile.read(length).decode())
                given = form.get("token", [""])[0]
                endpoint.asked += 1
                answer: dict[str, Any] = {"active": False}
                if given == endpoint.token:
                    answer = {"active": True, "username": endpoint.user}
                body = json.dumps(answer).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass  # keep test output quiet

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/introspect"

    def __enter__(self) -> TokenEndpoint:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


# ---------------------------------------------------------------------- SMTP


class XOAuth2Handler(RecordingHandler):
    """aiosmtpd calls ``auth_<MECH>`` methods of the handler for AUTH <MECH>."""

    def __init__(self, *, user: str, token: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.user = user
        self.token = token

    async def auth_XOAUTH2(self, server: SMTP, args: list[str]) -> AuthResult:
        if len(args) == 2:
            blob = args[1].encode()
        else:
            answer = await server.challenge_auth("", encode_to_b64=False)
            if not isinstance(answer, bytes):
                return AuthResult(success=False, handled=True)
            blob = answer
        fields = base64.b64decode(blob).split(b"\x01")
        user = fields[0].removeprefix(b"user=").decode()
        bearer = fields[1].removeprefix(b"auth=Bearer ").decode() if len(fields) > 1 else ""
        if user == self.user and bearer == self.token:
            with self.changed:
                self.logins.append(user)
                self.changed.notify_all()
            return AuthResult(success=True, auth_data=user)
        # the client answers the error challenge with an empty line, then gets the 535
        await server.challenge_auth(json.dumps(BAD_TOKEN_CHALLENGE).encode(), encode_to_b64=True)
        return AuthResult(success=False, handled=False)


class XOAuth2SmtpServer(SmtpTestServer):
    """An :class:`SmtpTestServer` whose only login is XOAUTH2 with ``token`` for ``user``."""

    def __init__(self, *, user: str, token: str, **options: Any) -> None:
        super().__init__(**options)
        handler = XOAuth2Handler(
            user=user, token=token, rcpt_replies={}, data_replies={}, drop_after=None
        )
        # the controller hands its handler to every new connection, so swapping it
        # before start() gives each connection the XOAUTH2 mechanism
        self.handler = handler
        self._controller.handler = handler
        self._controller.recorder = handler
        self._controller.SMTP_kwargs["auth_exclude_mechanism"] = ["LOGIN", "PLAIN"]


# ---------------------------------------------------------------------- IMAP


class XOAuth2DovecotServer(DovecotServer):
    """Dovecot (with STARTTLS) that also takes XOAUTH2 and OAUTHBEARER, checked at ``endpoint``.

    Plain logins keep working, so :class:`~support.imap_servers.ImapAccount`'s helpers
    can fill the mailbox.
    """

    auth_mechanisms = "plain login xoauth2 oauthbearer"

    def __init__(self, endpoint: TokenEndpoint) -> None:
        super().__init__(tls=True)
        self.endpoint = endpoint

    def _auth_lines(self, root: Path) -> str:
        (root / "oauth2.conf.ext").write_text(
            "introspection_mode = post\n"
            f"introspection_url = {self.endpoint.url}\n"
            "username_attribute = username\n"
            "active_attribute = active\n"
            "active_value = true\n"
        )
        return (
            "passdb {\n"
            "  driver = oauth2\n"
            "  mechanisms = xoauth2 oauthbearer\n"
            f"  args = {root}/oauth2.conf.ext\n"
            "}\n"
        )
