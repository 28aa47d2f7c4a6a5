"""``somek serve`` answers only requests that carry its token and name it."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import aiohttp
import pytest

from somek_tui.serve import allowed_hosts, request_refusal

from .conftest import Served


async def status(url: str, **headers: str) -> int:
    async with aiohttp.ClientSession() as session, session.get(url, headers=headers) as response:
        return response.status


async def test_a_request_without_the_token_is_refused(served_shared: Served) -> None:
    assert await status(f"http://127.0.0.1:{served_shared.port}/") == 403
    assert await status(f"http://127.0.0.1:{served_shared.port}/static/js/textual.js") == 403


async def test_a_request_with_a_wrong_token_is_refused(served_shared: Served) -> None:
    wrong = served_shared.token[:-1] + ("A" if served_shared.token[-1] != "A" else "B")
    assert await status(f"http://127.0.0.1:{served_shared.port}/{wrong}/") == 403
    assert (
        await status(f"http://127.0.0.1:{served_shared.port}/{wrong}/static/js/textual.js") == 403
    )


async def test_a_foreign_host_is_refused(served_shared: Served) -> None:
    # DNS rebinding: the attacker's name resolves to 127.0.0.1, the Host header stays theirs
    assert await status(served_shared.url, Host=f"rebind.example:{served_shared.port}") == 403
    assert await status(served_shared.url, Host="127.0.0.1:1") == 403


async def test_a_foreign_origin_is_refused_on_the_websocket(served_shared: Served) -> None:
    ws_url = served_shared.url.replace("http://", "ws://") + "ws"
    async with aiohttp.ClientSession() as session:
        with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
            await session.ws_connect(ws_url, origin="http://evil.example")
        assert refused.value.status == 403


async def test_the_printed_url_serves_the_page_and_the_app(served_shared: Served) -> None:
    async with aiohttp.ClientSession() as session:
        async with session.get(served_shared.url) as response:
            assert response.status == 200
            assert response.headers["Referrer-Policy"] == "no-referrer"
            page = await response.text()
        script = re.search(r'<script src="([^"]+)"', page)
        assert script is not None
        async with session.get(script[1]) as response:
            assert response.status == 200
        ws_url = served_shared.url.replace("http://", "ws://") + "ws?width=100&height=30"
        origin = f"http://127.0.0.1:{served_shared.port}"
        async with session.ws_connect(ws_url, origin=origin) as ws:
            painted = b""
            while b"Dashboard" not in painted:
                message = await ws.receive(timeout=30)
                assert message.type == aiohttp.WSMsgType.BINARY, message
                painted += message.data


async def test_the_page_loads_nothing_from_another_host(served_shared: Served) -> None:
    async with (
        aiohttp.ClientSession() as session,
        session.get(served_shared.url) as response,
    ):
        page = await response.text()
    hosts = {urlsplit(url).netloc for url in re.findall(r"(?:https?|wss?)://[^\s\"')]+", page)}
    assert hosts == {f"127.0.0.1:{served_shared.port}"}
    assert "//" not in re.sub(r"(?:https?|wss?)://127\.0\.0\.1:\d+/", "", page)


async def test_the_token_lands_nowhere_but_the_printed_address(served: Served) -> None:
    assert await status(served.url) == 200
    assert await status(f"http://127.0.0.1:{served.port}/nope/") == 403
    assert served.token not in served.db.read_text()
    assert served.stderr_after_stop().count(served.token) == 1


def test_loopback_names_of_the_port_are_the_only_hosts() -> None:
    assert allowed_hosts("127.0.0.1", 8080) == {
        "127.0.0.1:8080",
        "localhost:8080",
        "[::1]:8080",
    }
    assert "[::1]:8080" in allowed_hosts("::1", 8080)


@pytest.mark.parametrize(
    ("path", "host", "origin", "refusal"),
    [
        ("/t0ken/", "localhost:8080", None, None),
        ("/t0ken/ws", "[::1]:8080", "http://localhost:8080", None),
        ("/t0ken", "localhost:8080", None, None),
        ("/", "localhost:8080", None, "no valid token"),
        ("/t0ke/", "localhost:8080", None, "no valid token"),
        ("/t0ken/", None, None, "foreign Host"),
        ("/t0ken/", "localhost:8081", None, "foreign Host"),
        ("/t0ken/ws", "localhost:8080", "https://localhost:8080", "foreign Origin"),
        ("/t0ken/ws", "localhost:8080", "null", "foreign Origin"),
    ],
)
def test_request_refusal(path: str, host: str | None, origin: str | None, refusal: str) -> None:
    hosts = allowed_hosts("127.0.0.1", 8080)
    got = request_refusal(path=path, host=host, origin=origin, token="t0ken", hosts=hosts)
    assert got == refusal
