"""Passwords reach the servers and nothing else: not db.json, its journal, output or exports."""

from __future__ import annotations

from pathlib import Path

from support.cli import run_somek
from support.imap_servers import ImapAccount
from support.smtp_fixtures import SMTP_USER
from support.smtp_server import SmtpTestServer, TlsCerts
from support.workspace import populate, write_config
from sync.conftest import read_sent
from sync.replies import answer_to

from somek_tui.store import Store


def test_a_whole_invite_and_sync_run_leaves_the_passwords_nowhere(
    tmp_path: Path,
    smtp_starttls_server: SmtpTestServer,
    smtp_certs: TlsCerts,
    smtp_password: str,
    imap_server: ImapAccount,
) -> None:
    db = tmp_path / "db.json"
    populate(Store.open(db), members=2)
    ca = tmp_path / "ca.pem"
    smtp_certs.ca.cert_pem.write_to_path(str(ca))
    config = write_config(
        tmp_path / "somek.toml",
        f'[smtp]\ntransport = "smtp"\nhost = "127.0.0.1"\nport = {smtp_starttls_server.port}\n'
        f'security = "starttls"\nusername = "{SMTP_USER}"\npassword_env = "SMTP_PW"\n'
        f'[imap]\ntransport = "imap"\nhost = "{imap_server.host}"\nport = {imap_server.port}\n'
        f'security = "none"\nusername = "{imap_server.user}"\npassword_env = "IMAP_PW"\n',
    )
    # the test CA is trusted the way a person would point at their own CA
    env = {"SMTP_PW": smtp_password, "IMAP_PW": imap_server.password, "SSL_CERT_FILE": str(ca)}
    # real processes: everything they print or write is searched for the passwords
    runs = [run_somek("invite", "e1", db=db, config=config, env=env, process=True)]
    assert runs[0].code == 0, runs[0].err
    assert set(smtp_starttls_server.logins) == {SMTP_USER}  # logged in, over STARTTLS
    maildir = tmp_path / "sent"
    (maildir / "new").mkdir(parents=True)
    for n, message in enumerate(smtp_starttls_server.messages):
        (maildir / "new" / f"{n}.eml").write_bytes(message.content)
    invitation = read_sent(maildir)["anna@example.org"]
    imap_server.append(answer_to(invitation, "Bin dabei!"))
    runs.append(run_somek("sync", "--verbose", db=db, config=config, env=env, process=True))
    assert runs[-1].code == 0, runs[-1].err
    runs.append(run_somek("export", "--json", db=db, config=config, env=env, process=True))
    runs.append(run_somek("outbox", "--all", "--json", db=db, config=config, env=env, process=True))
    assert '"answer": "yes"' in runs[2].out  # the reply was really read and recorded

    written = b"".join(p.read_bytes() for p in tmp_path.glob("db.json*") if p.is_file())
    printed = "".join(run.out + run.err for run in runs)
    for secret in (smtp_password, imap_server.password):
        assert secret.encode() not in written
        assert secret not in printed
