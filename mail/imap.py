"""The IMAP inbox: read replies with imapclient, then move them out of the way.

Blocking; run it in a worker thread. Every imapclient or socket error leaves
this module as an :class:`~mail.incoming.InboxError` subclass.
"""

from __future__ import annotations

import logging
import select
import ssl
from collections.abc import Iterator, Sequence
from contextlib import suppress
from datetime import datetime
from time import monotonic, sleep

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError
from imapclient.imapclient import DELETED, SocketTimeout

from mail.imap_wire import abandon, input_buffered, is_exists, translated, uid_of, uid_set
from mail.incoming import (
    FetchedMessage,
    InboxAuthError,
    InboxConnectionError,
    InboxError,
    InboxFolderMissing,
    InboxInsecure,
)
from mail.settings import ConfigError, ImapSettings, is_loopback

log = logging.getLogger("somek.mail.imap")

# Longer UID lists are sent in several commands: servers cap the command line length
# (Dovecot at 64 KiB), and a compressed set of scattered UIDs can still be long.
_MAX_UIDS_PER_COMMAND = 500
_POLL_SECONDS = 10.0  # how often wait_for_new asks a server that has no IDLE
_IDLE_ROUND_SECONDS = 120.0  # RFC 2177 asks for a fresh IDLE at least every 29 minutes


class ImapInbox:
    """One connection to one folder; use as ``with ImapInbox(settings) as inbox: ...``.

    ``use_move`` forces (True) or forbids (False) the MOVE command; None uses it
    when the server announces it.
    """

    idle_round: float = _IDLE_ROUND_SECONDS  # longest single IDLE in wait_for_new

    def __init__(
        self,
        settings: ImapSettings,
        *,
        ssl_context: ssl.SSLContext | None = None,
        use_move: bool | None = None,
    ) -> None:
        self._settings = settings
        self._ssl_context = ssl_context
        self._use_move = use_move
        self._conn: IMAPClient | None = None
        self._uidvalidity: int | None = None
        self._delimiter: str | None = "/"
        self._delimiter_known = False  # asked for only when a folder name has a "/"
        self._known_folders: set[str] = set()
        self._highest_uid = 0  # the newest UID fetch yielded or the server already held
        # SELECT's UIDNEXT, while no command has run since: tells without a search
        # whether there is anything new
        self._selected_uidnext: int | None = None

    # ------------------------------------------------------------------ connection

    def __enter__(self) -> ImapInbox:
        self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def open(self) -> None:
        s = self._settings
        if s.security not in ("tls", "starttls", "none"):
            raise InboxError(f"unknown imap.security {s.security!r}")
        if s.security == "none" and not is_loopback(s.host):
            raise InboxInsecure(
                f'imap.security = "none" is only allowed to a loopback host, not {s.host!r}'
            )
        log.info("connecting to %s:%s (%s)", s.host, s.port, s.security)
        conn = self._connect()
        self._conn = conn
        try:
            self._login(conn)
            self._select(conn)
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        # The connection may already be gone; the socket is closed below either way.
        with suppress(IMAPClientError, OSError):
            conn.logout()
        abandon(conn)

    def _connect(self) -> IMAPClient:
        s = self._settings
        timeout = SocketTimeout(connect=s.timeout, read=s.timeout)
        # loading the system's CA certificates costs more than the rest of an empty pass
        context = (
            self._ssl_context or ssl.create_default_context() if s.security != "none" else None
        )
        try:
            conn = IMAPClient(
                s.host,
                port=s.port,
                ssl=s.security == "tls",
                ssl_context=context if s.security == "tls" else None,
                timeout=timeout,
            )
        except ssl.SSLError as exc:
            raise InboxConnectionError(
                f"TLS with {s.host}:{s.port} failed: {exc.reason or exc}"
            ) from None
        except (OSError, IMAPClientError) as exc:
            raise InboxConnectionError(f"cannot connect to {s.host}:{s.port}: {exc}") from None
        conn.normalise_times = False  # keep the server's offset on INTERNALDATE
        if s.security == "starttls":
            try:
                offered = b"STARTTLS" in conn.capabilities()
                if not offered:
                    raise InboxInsecure(
                        f"{s.host}:{s.port} does not offer STARTTLS; "
                        'use security = "tls" or a server that supports it'
                    )
                conn.starttls(context)
            except InboxInsecure:
                abandon(conn)
                raise
            except ssl.SSLError as exc:
                abandon(conn)
                raise InboxConnectionError(
                    f"STARTTLS with {s.host}:{s.port} failed: {exc.reason or exc}"
                ) from None
            except (OSError, IMAPClientError) as exc:
                abandon(conn)
                raise InboxConnectionError(
                    f"STARTTLS with {s.host}:{s.port} failed: {exc}"
                ) from None
        return conn

    def _login(self, conn: IMAPClient) -> None:
        creds = self._settings.credentials
        if creds.xoauth2:
            with translated("asking for the login methods"):
                offered = conn.has_capability("AUTH=XOAUTH2")
            if not offered:
                # said before the token helper runs, which may prompt or open a browser
                raise InboxAuthError(
                    f'{self._settings.host} does not offer XOAUTH2, but imap.auth is "xoauth2"'
                )
        try:
            password = creds.password()
        except ConfigError as exc:
            raise InboxAuthError(str(exc)) from None
        what = "access token" if creds.xoauth2 else "login"
        try:
            with translated(f"login to {self._settings.host}"):
                if creds.xoauth2:
                    conn.oauth2_login(creds.username, password)
                else:
                    conn.login(creds.username, password)
        except LoginError:
            raise InboxAuthError(
                f"{self._settings.host} refused the {what} for {creds.username!r}"
            ) from None
        log.info("logged in as %s", creds.username)

    def _look_up_delimiter(self, conn: IMAPClient) -> None:
        with translated("looking up the folder delimiter"):
            listed = conn.list_folders(directory="", pattern="")
        # LIST "" "" answers with the hierarchy delimiter (NIL for a flat namespace).
        if listed:
            delim = listed[0][1]
            self._delimiter = delim.decode() if isinstance(delim, bytes) else delim
        self._delimiter_known = True

    def _select(self, conn: IMAPClient) -> None:
        folder = self._server_name(self._settings.folder)
        try:
            with translated(f"selecting {folder}"):
                info = conn.select_folder(folder)
        except InboxConnectionError:
            raise
        except InboxError:
            with translated(f"looking for {folder}"):
                exists = conn.folder_exists(folder)
            if not exists:
                raise InboxFolderMissing(
                    f"the folder {self._settings.folder!r} does not exist on {self._settings.host}"
                ) from None
            raise
        self._known_folders.add(folder)
        raw_validity = info.get(b"UIDVALIDITY")
        self._uidvalidity = int(raw_validity) if raw_validity is not None else None
        uidnext = info.get(b"UIDNEXT")
        self._highest_uid = int(uidnext) - 1 if uidnext is not None else 0
        self._selected_uidnext = int(uidnext) if uidnext is not None else None
        log.info(
            "selected %s: %s messages, UIDVALIDITY %s",
            folder,
            info.get(b"EXISTS"),
            self._uidvalidity,
        )

    @property
    def _client(self) -> IMAPClient:
        if self._conn is None:
            raise InboxConnectionError("the inbox is not open")
        return self._conn

    def _server_name(self, folder: str) -> str:
        """Settings write folders with "/"; the server may use "." or another delimiter."""
        if "/" not in folder:
            return folder  # the same whatever the delimiter: an empty pass never asks
        if not self._delimiter_known:
            self._look_up_delimiter(self._client)
        if self._delimiter and self._delimiter != "/":
            return folder.replace("/", self._delimiter)
        return folder

    # ------------------------------------------------------------------ reading

    @property
    def uidvalidity(self) -> int | None:
        return self._uidvalidity

    def _uids_after(self, after_uid: int | None) -> list[int]:
        floor = after_uid or 0
        uidnext, self._selected_uidnext = self._selected_uidnext, None
        if uidnext is not None and uidnext - 1 <= floor:
            # nothing above the floor when the folder was selected: the cron pass
            # over an empty inbox ends without a NOOP and a SEARCH
            return []
        with translated("searching the inbox"):
            # A server may answer SEARCH from the view it had after the last command
            # (Dovecot does); NOOP brings in mail that arrived since.
            self._client.noop()
            found = self._client.search(["UID", f"{floor + 1}:*"])
        # "n:*" always matches the highest UID, even when it is below n.
        return sorted(uid for uid in found if uid > floor)

    def fetch(self, *, after_uid: int | None) -> Iterator[FetchedMessage]:
        uids = self._uids_after(after_uid)
        log.info("%d messages to fetch after UID %s", len(uids), after_uid)
        size = max(1, self._settings.batch_size)
        for start in range(0, len(uids), size):
            batch = uids[start : start + size]
            with translated("fetching messages"):
                data = self._client.fetch(batch, ["BODY.PEEK[]", "INTERNALDATE"])
            for uid in batch:
                item = data.get(uid)
                if item is None or b"BODY[]" not in item:
                    continue  # expunged by someone else since the search
                internal = item.get(b"INTERNALDATE")
                self._highest_uid = max(self._highest_uid, uid)
                yield FetchedMessage(
                    ref=f"uid:{uid}",
                    uid=uid,
                    uidvalidity=self._uidvalidity,
                    maildir_key=None,
                    raw=bytes(item[b"BODY[]"]),
                    internal_date=internal if isinstance(internal, datetime) else None,
                )

    def message_ids(self) -> dict[int, str]:
        # the one use of the header parser here: a pass reads whole messages, never this
        from email.parser import BytesHeaderParser
        from email.policy import default as default_policy

        uids = self._uids_after(None)
        parser = BytesHeaderParser(policy=default_policy)
        found: dict[int, str] = {}
        size = max(1, self._settings.batch_size) * 10  # headers only: bigger batches are fine
        for start in range(0, len(uids), size):
            batch = uids[start : start + size]
            with translated("fetching Message-IDs"):
                data = self._client.fetch(batch, ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
            for uid, item in data.items():
                header = next(
                    (v for k, v in item.items() if k.startswith(b"BODY[HEADER.FIELDS")), None
                )
                if not header:
                    continue
                value = parser.parsebytes(bytes(header)).get("Message-ID")
                if value and str(value).strip():
                    found[uid] = str(value).strip()
        return found

    # ------------------------------------------------------------------ moving

    def move_processed(self, refs: Sequence[str]) -> None:
        self._move(refs, self._settings.processed_folder)

    def move_review(self, refs: Sequence[str]) -> None:
        if self._settings.review_folder:
            self._move(refs, self._settings.review_folder)

    def _move(self, refs: Sequence[str], folder: str) -> None:
        uids = sorted({uid_of(ref) for ref in refs})
        if not uids:
            return
        target = self._server_name(folder)
        self._ensure_folder(target)
        conn = self._client
        caps = conn.capabilities()
        use_move = b"MOVE" in caps if self._use_move is None else self._use_move
        has_uidplus = b"UIDPLUS" in caps
        if not use_move and not has_uidplus:
            log.warning(
                "%s offers neither MOVE nor UIDPLUS: messages are copied to %s and flagged "
                "\\Deleted but left for a mail client to expunge",
                self._settings.host,
                target,
            )
        for start in range(0, len(uids), _MAX_UIDS_PER_COMMAND):
            chunk = uid_set(uids[start : start + _MAX_UIDS_PER_COMMAND])
            with translated(f"moving messages to {target}"):
                if use_move:
                    conn.move(chunk, target)
                else:
                    conn.copy(chunk, target)
                    conn.add_flags(chunk, [DELETED], silent=True)
                    if has_uidplus:
                        # UID EXPUNGE removes exactly these; a plain EXPUNGE would also take
                        # messages someone else flagged \Deleted.
                        conn.uid_expunge(chunk)
        log.info("moved %d messages to %s", len(uids), target)

    def _ensure_folder(self, folder: str) -> None:
        if folder in self._known_folders:
            return
        conn = self._client
        with translated(f"creating {folder}"):
            if not conn.folder_exists(folder):
                try:
                    conn.create_folder(folder)
                    log.info("created folder %s", folder)
                except IMAPClientError:
                    # Another client may have created it between the two commands.
                    if not conn.folder_exists(folder):
                        raise
        self._known_folders.add(folder)

    # ------------------------------------------------------------------ watching

    def wait_for_new(self, timeout: float) -> bool:
        """IDLE until the server reports new mail, in rounds of :attr:`idle_round` seconds.

        Each round ends with a look of our own, because some servers (pymap) only
        report new mail when IDLE ends, and idle connections get dropped by NATs.
        """
        if self._uids_after(self._highest_uid):
            return True
        deadline = monotonic() + timeout
        has_idle = b"IDLE" in self._client.capabilities()
        while (left := deadline - monotonic()) > 0:
            if has_idle:
                if self._idle_once(min(left, self.idle_round)):
                    return True
            else:
                sleep(min(left, _POLL_SECONDS))
            if self._uids_after(self._highest_uid):
                return True
        return False

    def _idle_once(self, seconds: float) -> bool:
        conn = self._client
        with translated("waiting for new mail"):
            conn.idle()
            try:
                # Wait for the socket ourselves: imapclient's idle_check reads lines from
                # a non-blocking socket and can split one that arrives in pieces.
                if not input_buffered(conn):
                    select.select([conn.socket()], [], [], seconds)
            finally:
                _text, responses = conn.idle_done()
        return any(is_exists(r) for r in responses)
