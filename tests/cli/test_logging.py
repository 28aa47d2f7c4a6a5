"""``-v``/``-vv``/``--log-file``: the mail code's log lines, and never a password."""

from __future__ import annotations

import base64
import stat
from pathlib import Path

from support.cli import Run, run_somek
from support.smtp_fixtures import SMTP_USER
from support.smtp_server import SmtpTestServer, TlsCerts
from support.workspace import populate, write_config

from somek_tui.store import Store


def invite_over_smtp(
    tmp_path: Path, server: SmtpTestServer, certs: TlsCerts, password: str, *flags: str
) -> Run:
    db = tmp_path / "db.json"
    populate(Store.open(db), members=2)
    ca = tmp_path / "ca.pem"
    certs.ca.cert_pem.write_to_path(str(ca))
    config = write_config(
        tmp_path / "somek.toml",
        f'[smtp]\ntransport = "smtp"\nhost = "127.0.0.1"\nport = {server.port}\n'
        f'security = "starttls"\nusername = "{SMTP_USER}"\npassword_env = "SMTP_PW"\n',
    )
    env = {"SMTP_PW": password, "SSL_CERT_FILE": str(ca)}
    # a real process: what it prints is all a log shows, with no test runner around
    run = run_somek(*flags, "invite", "e1", db=db, config=config, env=env, process=True)
    assert run.code == 0, run.err
    assert set(server.logins) == {SMTP_USER}
    return run


def password_forms(password: str) -> list[str]:
    """The password as it is, and as AUTH PLAIN and AUTH LOGIN put it on the wire."""
    plain = base64.b64encode(f"\0{SMTP_USER}\0{password}".encode()).decode()
    return [password, plain, base64.b64encode(password.encode()).decode()]


def test_an_smtp_auth_session_logged_at_debug_has_no_password(
    tmp_path: Path,
    smtp_starttls_server: SmtpTestServer,
    smtp_certs: TlsCerts,
    smtp_password: str,
) -> None:
    run = invite_over_smtp(tmp_path, smtp_starttls_server, smtp_certs, smtp_password, "-vv")
    assert "somek.mail.smtp" in run.err and "connected to 127.0.0.1" in run.err
    assert " DEBUG somek.mail.smtp: sent " in run.err
    for form in password_forms(smtp_password):
        assert form not in run.err and form not in run.out


def test_one_v_logs_info_without_debug_detail(
    tmp_path: Path,
    smtp_starttls_server: SmtpTestServer,
    smtp_certs: TlsCerts,
    smtp_password: str,
) -> None:
    run = invite_over_smtp(tmp_path, smtp_starttls_server, smtp_certs, smtp_password, "-v")
    assert " INFO somek.mail.smtp: connected to 127.0.0.1" in run.err
    assert " DEBUG " not in run.err


def test_log_file_appends_there_and_is_owner_only(
    tmp_path: Path,
    smtp_starttls_server: SmtpTestServer,
    smtp_certs: TlsCerts,
    smtp_password: str,
) -> None:
    log = tmp_path / "somek.log"
    log.write_text("earlier line\n", encoding="utf-8")
    log.chmod(0o600)
    flags = ("-vv", "--log-file", str(log))
    run = invite_over_smtp(tmp_path, smtp_starttls_server, smtp_certs, smtp_password, *flags)
    assert "somek.mail.smtp" not in run.err
    text = log.read_text(encoding="utf-8")
    assert text.startswith("earlier line\n") and "connected to 127.0.0.1" in text
    for form in password_forms(smtp_password):
        assert form not in text
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
