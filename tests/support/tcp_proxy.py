"""A tiny TCP proxy for tests that need a connection to break at a chosen point.

One background thread pumps every connection with ``selectors``. After
:meth:`TcpProxy.cut_after` the proxy lets exactly ``n`` more bytes travel from the
server to the client, then closes both sides of every connection, as a
dropped network link would.
"""

from __future__ import annotations

import contextlib
import selectors
import socket
import threading
from dataclasses import dataclass, field


@dataclass
class _Pair:
    client: socket.socket
    server: socket.socket
    closed: bool = False
    pending: dict[socket.socket, bytearray] = field(default_factory=dict)


class TcpProxy:
    """``with TcpProxy(host, port) as proxy:`` then connect to ``proxy.port``."""

    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.setblocking(False)
        self.host = "127.0.0.1"
        self.port: int = self._listener.getsockname()[1]
        self._selector = selectors.DefaultSelector()
        self._selector.register(self._listener, selectors.EVENT_READ, None)
        self._pairs: list[_Pair] = []
        self._lock = threading.Lock()
        self._budget: int | None = None  # bytes still allowed server -> client; None = no limit
        self._stop = threading.Event()
        self.cut = threading.Event()  # set once the proxy has cut the connections
        self._thread = threading.Thread(target=self._run, name="tcp-proxy", daemon=True)
        self._thread.start()

    def __enter__(self) -> TcpProxy:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def cut_after(self, n_bytes: int) -> None:
        """Forward ``n_bytes`` more from the server, then drop every connection."""
        with self._lock:
            self._budget = n_bytes

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        for pair in self._pairs:
            self._close_pair(pair)
        self._selector.close()
        self._listener.close()

    # ------------------------------------------------------------------ the pump

    def _run(self) -> None:
        while not self._stop.is_set():
            for key, _ in self._selector.select(timeout=0.05):
                if key.data is None:
                    self._accept()
                else:
                    pair, source = key.data
                    self._pump(pair, source)

    def _accept(self) -> None:
        try:
            client, _ = self._listener.accept()
        except BlockingIOError:
            return
        try:
            server = socket.create_connection(self.target, timeout=5)
        except OSError:
            client.close()
            return
        client.setblocking(True)
        server.setblocking(True)
        pair = _Pair(client=client, server=server)
        self._pairs.append(pair)
        self._selector.register(client, selectors.EVENT_READ, (pair, client))
        self._selector.register(server, selectors.EVENT_READ, (pair, server))

    def _pump(self, pair: _Pair, source: socket.socket) -> None:
        try:
            data = source.recv(65536)
        except OSError:
            data = b""
        if not data:
            self._close_pair(pair)
            return
        from_server = source is pair.server
        target = pair.client if from_server else pair.server
        cut_now = False
        if from_server:
            with self._lock:
                if self._budget is not None:
                    if len(data) >= self._budget:
                        data = data[: self._budget]
                        cut_now = True
                    self._budget -= len(data)
        try:
            if data:
                target.sendall(data)
        except OSError:
            cut_now = True
        if cut_now:
            self.cut.set()  # before closing, so a client that sees the EOF also sees this
            for other in list(self._pairs):
                self._close_pair(other)

    def _close_pair(self, pair: _Pair) -> None:
        if pair.closed:
            return
        pair.closed = True
        for sock in (pair.client, pair.server):
            with contextlib.suppress(KeyError, ValueError):
                self._selector.unregister(sock)
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
