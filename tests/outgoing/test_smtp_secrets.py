"""The SMTP password never reaches the log, whatever the outcome of the login."""

from __future__ import annotations

import base64
import logging

import pytest
from support.smtp_fixtures import SMTP_USER

from mail.outgoing import AuthenticationFailed


def _secret_forms(password: str) -> list[str]:
    plain_blob = f"\0{SMTP_USER}\0{password}".encode()
    return [
        password,
        base64.b64encode(password.encode()).decode(),
        base64.b64encode(plain_blob).decode(),
    ]


async def test_password_never_appears_in_log_output(
    smtp_starttls_server,
    make_transport,
    make_envelope,
    send_recorder,
    smtp_password,
    monkeypatch,
    caplog,
) -> None:
    caplog.set_level(logging.DEBUG)
    await make_transport(smtp_starttls_server).send(
        [make_envelope(1)], send_recorder.on_sending, send_recorder.on_result
    )
    wrong = "hunter2-but-wrong"
    monkeypatch.setenv("SOMEK_TEST_SMTP_PASSWORD", wrong)
    with pytest.raises(AuthenticationFailed) as failure:
        await make_transport(smtp_starttls_server).send(
            [make_envelope(2)], send_recorder.on_sending, send_recorder.on_result
        )

    assert send_recorder.results["ref-1"].ok
    assert any(r.name.startswith("somek.") for r in caplog.records)  # logging did happen
    client_side = "\n".join(
        r.getMessage() for r in caplog.records if not r.name.startswith("mail.log")
    )
    for secret in [*_secret_forms(smtp_password), *_secret_forms(wrong)]:
        assert secret not in client_side
        assert secret not in str(failure.value)
    everything = "\n".join(r.getMessage() for r in caplog.records)
    assert smtp_password not in everything
    assert wrong not in everything
