"""Reading ``Authentication-Results`` (RFC 8601): only the trusted server's word counts."""

from __future__ import annotations

from mail.authresults import parse_authentication_results, sender_not_authenticated

TRUSTED = "mx.example.org"


def test_the_authserv_id_comes_first_then_method_result_pairs() -> None:
    parsed = parse_authentication_results(
        "MX.example.org 1; spf=pass smtp.mailfrom=anna@example.org;\r\n"
        " dkim=fail (bad signature) header.d=example.org; DMARC=Fail header.from=example.org"
    )
    assert parsed is not None
    assert parsed.authserv_id == "mx.example.org"
    assert parsed.results == {"spf": ["pass"], "dkim": ["fail"], "dmarc": ["fail"]}


def test_comments_and_quoted_semicolons_do_not_split_results() -> None:
    parsed = parse_authentication_results(
        'mx.example.org (a comment; dmarc=pass) ; dkim=pass header.b="ab;c" ; spf = fail'
    )
    assert parsed is not None
    assert parsed.results == {"dkim": ["pass"], "spf": ["fail"]}


def test_an_empty_header_has_no_authserv_id() -> None:
    assert parse_authentication_results("  (only a comment) ") is None


def test_dmarc_fail_from_the_trusted_server_fails_the_sender() -> None:
    values = ["mx.example.org; spf=pass; dkim=pass; dmarc=fail header.from=example.org"]
    assert sender_not_authenticated(values, TRUSTED) == "dmarc=fail"


def test_failing_spf_and_missing_dkim_fail_the_sender() -> None:
    values = ["mx.example.org; spf=softfail smtp.mailfrom=example.org"]
    assert sender_not_authenticated(values, TRUSTED) == "spf=softfail and dkim=none"


def test_failing_spf_with_a_passing_dkim_signature_is_accepted() -> None:
    assert sender_not_authenticated(["mx.example.org; spf=fail; dkim=pass"], TRUSTED) == ""


def test_a_dmarc_pass_is_accepted_whatever_spf_says() -> None:
    assert sender_not_authenticated(["mx.example.org; spf=fail; dmarc=pass"], TRUSTED) == ""


def test_a_header_from_another_server_is_ignored() -> None:
    assert sender_not_authenticated(["mx.evil.example; dmarc=fail"], TRUSTED) == ""


def test_without_a_trusted_server_nothing_is_judged() -> None:
    assert sender_not_authenticated(["mx.example.org; dmarc=fail"], "") == ""


def test_a_forged_passing_header_does_not_hide_the_real_failure() -> None:
    values = ["mx.example.org; dmarc=pass", "mx.example.org; dmarc=fail header.from=example.org"]
    assert sender_not_authenticated(values, TRUSTED) == "dmarc=fail"
