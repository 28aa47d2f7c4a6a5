"""Real IMAP servers on 127.0.0.1 for tests and benchmarks: Dovecot and pymap.

* :class:`DovecotServer` runs the system's Dovecot in a temp dir with a static
  password database (``password = "pw-" + user``), so any user name logs in and
  gets a fresh, empty Maildir: one server serves a whole session, one user per test.
  As root it drops to ``nobody`` first. Optionally with TLS (trustme certs) on an
  implicit-TLS port and STARTTLS on the plain one.
* :class:`PymapServer` runs pymap's in-memory ``dict`` backend with one user, or
  (``any_user=True``) with any user logging in to mailboxes of their own, so one
  server serves a session, one user per test. It has MOVE and UIDPLUS but no CONDSTORE,
  no NAMESPACE and no STARTTLS (``--no-tls``).

Both hand out :class:`ImapAccount` objects with setup helpers.
"""

from __future__ import annotations

import contextlib
import grp
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError

from somek_tui.config import Credentials, ImapSettings

PASSWORD_ENV = "SOMEK_TEST_IMAP_PASSWORD"
START_TIMEOUT = 15.0


class ServerStartError(RuntimeError):
    """A test server did not come up; the message holds its log."""


def dovecot_binary() -> str | None:
    found = shutil.which("dovecot")
    if found:
        return found
    return "/usr/sbin/dovecot" if os.access("/usr/sbin/dovecot", os.X_OK) else None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def unique_user(prefix: str = "u") -> str:
    return f"{prefix}{uuid.uuid4().hex[:10]}"


# ---------------------------------------------------------------------- accounts


@dataclass
class ImapAccount:
    """One user on one running server, plus helpers to set up and inspect the mailbox."""

    kind: str  # "dovecot" or "pymap"
    host: str
    port: int
    user: str
    password: str
    password_env: str = PASSWORD_ENV
    maildir: Path | None = None  # Dovecot only: the user's Maildir on disk
    _clients: list[IMAPClient] = field(default_factory=list, repr=False)
    _setup: IMAPClient | None = field(default=None, repr=False)

    def client(self, *, port: int | None = None) -> IMAPClient:
        """A logged-in client (plain IMAP); closed by :meth:`close`."""
        conn = IMAPClient(self.host, port=port or self.port, ssl=False, timeout=10)
        conn.login(self.user, self.password)
        self._clients.append(conn)
        return conn

    def settings(self, **overrides: Any) -> ImapSettings:
        """Settings for this account over plain IMAP; the password comes from ``password_env``."""
        values: dict[str, Any] = {
            "transport": "imap",
            "host": self.host,
            "port": self.port,
            "security": "none",
            "credentials": Credentials(username=self.user, password_env=self.password_env),
            "timeout": 10.0,
        }
        values.update(overrides)
        return ImapSettings(**values)

    @contextlib.contextmanager
    def _session(self) -> Iterator[IMAPClient]:
        """The helpers' own connection, kept open (pymap spends ~0.15 s on every login).

        Whatever the helper selected is deselected afterwards, without expunging, so
        the connection never holds a folder another test step changes.
        """
        if self._setup is None:
            self._setup = IMAPClient(self.host, port=self.port, ssl=False, timeout=10)
            self._setup.login(self.user, self.password)
        conn = self._setup
        try:
            yield conn
        finally:
            if conn._imap.state == "SELECTED":
                if b"UNSELECT" in conn.capabilities():
                    conn.unselect_folder()
                else:
                    # No UNSELECT (pymap), and CLOSE would expunge: a failed SELECT
                    # also leaves the session with no folder selected.
                    with contextlib.suppress(IMAPClientError):
                        conn.select_folder("somek-no-such-folder", readonly=True)

    def _drop_session(self) -> None:
        conn, self._setup = self._setup, None
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.logout()

    def append(
        self, raw: bytes, folder: str = "INBOX", flags: tuple[bytes | str, ...] = ()
    ) -> int | None:
        """Store a message; returns its UID (from APPENDUID) when the server tells it."""
        with self._session() as conn:
            if not conn.folder_exists(folder):
                conn.create_folder(folder)
            reply = conn.append(folder, raw, flags=flags)
        found = re.search(rb"APPENDUID \d+ (\d+)", reply or b"")
        return int(found.group(1)) if found else None

    def create_folder(self, folder: str) -> None:
        with self._session() as conn:
            conn.create_folder(folder)

    def folders(self) -> list[str]:
        with self._session() as conn:
            return [name for _flags, _delim, name in conn.list_folders()]

    def delimiter(self) -> str:
        with self._session() as conn:
            delim = conn.list_folders(directory="", pattern="")[0][1]
        return delim.decode() if isinstance(delim, bytes) else str(delim)

    def messages(self, folder: str = "INBOX") -> dict[int, bytes]:
        """``{uid: raw}`` of a folder (read-only, so nothing gets \\Seen)."""
        with self._session() as conn:
            conn.select_folder(folder, readonly=True)
            data = conn.fetch(conn.search("ALL"), ["BODY.PEEK[]"])
        return {uid: bytes(item[b"BODY[]"]) for uid, item in sorted(data.items())}

    def flags(self, folder: str = "INBOX") -> dict[int, tuple[bytes, ...]]:
        with self._session() as conn:
            conn.select_folder(folder, readonly=True)
            data = conn.get_flags(conn.search("ALL"))
        return {uid: tuple(f) for uid, f in sorted(data.items())}

    def add_flags(self, uids: list[int], flags: list[bytes], folder: str = "INBOX") -> None:
        with self._session() as conn:
            conn.select_folder(folder)
            conn.add_flags(uids, flags)

    def uidvalidity(self, folder: str = "INBOX") -> int:
        with self._session() as conn:
            return int(conn.folder_status(folder, [b"UIDVALIDITY"])[b"UIDVALIDITY"])

    def change_uidvalidity(self, folder: str = "INBOX") -> None:
        """Give ``folder`` a new UIDVALIDITY, keeping its messages (they get new UIDs).

        Nothing may have the folder selected meanwhile: close inboxes first.
        """
        before = self.uidvalidity(folder)
        if folder.upper() != "INBOX":
            kept = self.messages(folder)
            with self._session() as conn:
                conn.delete_folder(folder)
                conn.create_folder(folder)
            for raw in kept.values():
                self.append(raw, folder)
        elif self.kind == "pymap":
            # pymap renames INBOX away and starts a new one, which gets a new UIDVALIDITY.
            parked = f"parked-{uuid.uuid4().hex[:8]}"
            with self._session() as conn:
                conn.rename_folder("INBOX", parked)
                conn.select_folder(parked)
                if conn.search("ALL"):
                    conn.move("1:*", "INBOX")
                conn.close_folder()
                conn.delete_folder(parked)
        else:
            # Dovecot refuses to rename INBOX; dropping its UID list and indexes makes it
            # number the Maildir afresh under a new UIDVALIDITY.
            assert self.maildir is not None
            self._drop_session()
            for path in self.maildir.iterdir():
                if path.name == "dovecot-uidlist" or path.name.startswith("dovecot.index"):
                    path.unlink()
        after = self.uidvalidity(folder)
        if after == before:
            raise AssertionError(f"{self.kind}: UIDVALIDITY of {folder} did not change")

    def close(self) -> None:
        self._drop_session()
        for conn in self._clients:
            with contextlib.suppress(Exception):
                conn.logout()
        self._clients.clear()


# ---------------------------------------------------------------------- processes


def _wait_for_greeting(port: int, proc: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise ServerStartError(f"server exited with {proc.returncode}:\n{_tail(log)}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=2) as sock:
                if sock.recv(200).startswith(b"* OK"):
                    return
        except OSError:
            time.sleep(0.01)  # the server is still binding its port
    raise ServerStartError(f"no greeting on port {port} within {START_TIMEOUT}s:\n{_tail(log)}")


def _tail(path: Path) -> str:
    try:
        return path.read_text(errors="replace")[-3000:]
    except OSError:
        return "(no log)"


def _die_with_parent() -> None:
    """Ask Linux to kill this child when the test process dies, even by SIGKILL.

    Fixture teardown does not run when a test run is killed from outside; without
    this its servers stayed alive for ever. Runs in the child between fork and exec.
    """
    import ctypes

    pr_set_pdeathsig = 1
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)


def _stop_group(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=5)


@dataclass
class TlsFiles:
    ca_pem: Path
    cert_pem: Path
    key_pem: Path


class _ServerProcess:
    """A server run as a child process: started with retries, stopped on exit."""

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> None:
        # a free port found a moment ago can be taken by then: try again
        for attempt in range(3):
            try:
                self._start_once()
                return
            except ServerStartError:
                self.stop()
                if attempt == 2:
                    raise

    def _start_once(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError


class DovecotServer(_ServerProcess):
    """Dovecot in a temp dir; ``with DovecotServer() as server: server.account()``.

    ``tls=True`` adds a trustme certificate: STARTTLS on :attr:`port` and implicit
    TLS on :attr:`tls_port`; :meth:`ssl_context` trusts the test CA.
    """

    def __init__(self, *, tls: bool = False) -> None:
        binary = dovecot_binary()
        if binary is None:
            raise ServerStartError("Dovecot is not installed (no dovecot on PATH or in /usr/sbin)")
        self.binary = binary
        self.tls = tls
        self.host = "127.0.0.1"
        self.port = 0
        self.tls_port = 0
        self.dir: Path | None = None
        self.tls_files: TlsFiles | None = None
        self._ca: Any = None
        self._proc: subprocess.Popen[bytes] | None = None

    def _start_once(self) -> None:
        as_root = os.geteuid() == 0
        # Made with mkdtemp in /tmp (not pytest's 0700 tmp_path) so nobody can enter it.
        root = Path(tempfile.mkdtemp(prefix="somek-dovecot-", dir="/tmp"))
        self.dir = root
        if as_root:
            user = pwd.getpwnam("nobody")
            uid, gid, login_user = user.pw_uid, user.pw_gid, "nobody"
        else:
            uid, gid = os.getuid(), os.getgid()
            login_user = pwd.getpwuid(uid).pw_name
        for sub in ("run", "state", "home"):
            (root / sub).mkdir()
        self.port = free_port()
        self.tls_port = free_port() if self.tls else 0
        ssl_lines = "ssl = no\n"
        if self.tls:
            ssl_lines = self._write_certs(root)
        (root / "dovecot.conf").write_text(
            _DOVECOT_CONF.format(
                root=root,
                uid=uid,
                gid=gid,
                login_user=login_user,
                login_group=grp.getgrgid(gid).gr_name,
                port=self.port,
                tls_port=self.tls_port,
                ssl_lines=ssl_lines,
                auth_mechanisms=self.auth_mechanisms,
                auth_lines=self._auth_lines(root),
            )
        )
        if as_root:
            for path in [root, *root.rglob("*")]:
                os.chown(path, uid, gid)
            root.chmod(0o755)
        command = [self.binary, "-F", "-c", str(root / "dovecot.conf")]
        if as_root:
            command = [
                "setpriv",
                # changing the user clears the parent-death signal: setpriv sets it again
                "--pdeathsig=KILL",
                "--reuid=nobody",
                "--regid=nogroup",
                "--clear-groups",
                *command,
            ]
        log = root / "dovecot.log"
        with open(root / "stdout.log", "wb") as out:
            self._proc = subprocess.Popen(
                command,
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,  # its own process group, killed as one at teardown
                preexec_fn=_die_with_parent,
            )
        try:
            _wait_for_greeting(self.port, self._proc, root / "stdout.log")
        except ServerStartError as exc:
            raise ServerStartError(f"{exc}\n{_tail(log)}") from None

    auth_mechanisms = "plain login"  # a subclass may add more, with _auth_lines to check them

    def _auth_lines(self, root: Path) -> str:
        """Configuration put before the password database, for subclasses with other logins."""
        return ""

    def _write_certs(self, root: Path) -> str:
        import trustme

        self._ca = trustme.CA()
        cert = self._ca.issue_cert("127.0.0.1", "localhost")
        files = TlsFiles(root / "ca.pem", root / "cert.pem", root / "key.pem")
        self._ca.cert_pem.write_to_path(str(files.ca_pem))
        cert.cert_chain_pems[0].write_to_path(str(files.cert_pem))
        for extra in cert.cert_chain_pems[1:]:
            extra.write_to_path(str(files.cert_pem), append=True)
        cert.private_key_pem.write_to_path(str(files.key_pem))
        self.tls_files = files
        return f"ssl = yes\nssl_cert = <{files.cert_pem}\nssl_key = <{files.key_pem}\n"

    def ssl_context(self) -> Any:
        """An ``ssl.SSLContext`` that trusts this server's certificate."""
        import ssl

        if self._ca is None:
            raise RuntimeError("this Dovecot runs without TLS")
        context = ssl.create_default_context()
        self._ca.configure_trust(context)
        return context

    def stop(self) -> None:
        if self._proc is not None:
            _stop_group(self._proc)
            self._proc = None
        if self.dir is not None:
            shutil.rmtree(self.dir, ignore_errors=True)
            self.dir = None

    def account(self, user: str | None = None) -> ImapAccount:
        """A fresh user (any name logs in); its Maildir appears on first login."""
        assert self.dir is not None, "the server is not running"
        name = user or unique_user()
        return ImapAccount(
            kind="dovecot",
            host=self.host,
            port=self.port,
            user=name,
            password=f"pw-{name}",
            maildir=self.dir / "home" / name / "Maildir",
        )


_DOVECOT_CONF = """\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
listen = 127.0.0.1
protocols = imap
{ssl_lines}
# Loopback tests only: plain passwords over unencrypted IMAP are fine here.
disable_plaintext_auth = no
auth_mechanisms = {auth_mechanisms}
# Wrong-password tests should fail at once, not after Dovecot's 2 s penalty.
auth_failure_delay = 0
login_trusted_networks = 127.0.0.0/8
default_login_user = {login_user}
default_internal_user = {login_user}
default_internal_group = {login_group}
{auth_lines}passdb {{
  driver = static
  args = password=pw-%u
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/home/%u
}}
mail_location = maildir:~/Maildir
mail_fsync = never
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
  }}
}}
service anvil {{
  chroot =
}}
service stats {{
  chroot =
}}
"""


# pymap's dict backend knows one user; this lets any user in with the password
# "pw-" + user (as the Dovecot here does), each with mailboxes of their own, so one
# server serves a whole session.
_ANY_USER_LAUNCHER = """
import pymap.backend.dict as backend
from pymap.exceptions import UserNotFound
from pymap.user import UserMetadata

known = backend.Login.authenticate


async def authenticate(self, credentials):
    identity = backend.Identity(credentials.authcid, self, None, frozenset())
    try:
        await identity.get()
    except UserNotFound:
        hashed = await self._passwords.hash_password("pw-" + credentials.authcid)
        await identity.set(UserMetadata(self.config, credentials.authcid, password=hashed))
    return await known(self, credentials)


backend.Login.authenticate = authenticate
from pymap.main import main

main()
"""


class PymapServer(_ServerProcess):
    """pymap's in-memory backend with one user, or with ``any_user`` every user
    (``password = "pw-" + user``, each a fresh mailbox): one server per session."""

    def __init__(
        self, user: str | None = None, password: str | None = None, *, any_user: bool = False
    ) -> None:
        self.host = "127.0.0.1"
        self.port = 0
        self.any_user = any_user
        self.user = user or unique_user()
        self.password = password or f"pw-{self.user}"
        self.dir: Path | None = None
        self._proc: subprocess.Popen[bytes] | None = None

    def _start_once(self) -> None:
        self.spawn()
        self.wait_ready()

    def spawn(self) -> None:
        """Start the process without waiting for it; :meth:`wait_ready` waits."""
        self.dir = Path(tempfile.mkdtemp(prefix="somek-pymap-"))
        self.port = free_port()
        script = Path(sys.executable).with_name("pymap")
        launcher = [str(script)] if script.exists() else [sys.executable, "-m", "pymap.main"]
        if self.any_user:
            launcher = [sys.executable, "-c", _ANY_USER_LAUNCHER]
        command = [
            *launcher,
            "--host",
            self.host,
            "--port",
            str(self.port),
            "--no-tls",
            "dict",
            "--demo-user",
            self.user,
            "--demo-password",
            self.password,
        ]
        log = self.dir / "pymap.log"
        with open(log, "wb") as out:
            self._proc = subprocess.Popen(
                command,
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
                preexec_fn=_die_with_parent,
            )

    def wait_ready(self) -> None:
        assert self._proc is not None and self.dir is not None, "spawn() first"
        _wait_for_greeting(self.port, self._proc, self.dir / "pymap.log")

    def stop(self) -> None:
        if self._proc is not None:
            _stop_group(self._proc)
            self._proc = None
        if self.dir is not None:
            shutil.rmtree(self.dir, ignore_errors=True)
            self.dir = None

    def account(self) -> ImapAccount:
        """The one user; with ``any_user``, a fresh user no one else logs in as."""
        user = unique_user() if self.any_user else self.user
        return ImapAccount(
            kind="pymap",
            host=self.host,
            port=self.port,
            user=user,
            password=f"pw-{user}" if self.any_user else self.password,
        )
