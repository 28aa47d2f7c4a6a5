"""Soft line breaks: ``format=flowed`` (RFC 3676) and sentences a phone hard-wrapped."""

from __future__ import annotations

import re
from email.message import Message

from mail.attribution_cues import cues
from mail.signature import is_closing

_QUOTED_LINE = re.compile(r"^\s*>")
_SIGNATURE_DASHES = re.compile(r"^-- ?$")
_QUOTE_PREFIX = re.compile(r"^(>+) ?")
_ENDS_SENTENCE = re.compile(r"[.!?:;…)\]\"'»“”]$")
_STARTS_LOWER = re.compile(r"^[^\W\d_A-ZÄÖÜÀ-ÞА-Я]")
_LABEL = re.compile(r"^[^\s:]+(?:\s[^\s:]+)?\s*:")  # "thema: …", "ps: …"


def unflow(text: str, *, delsp: bool = False) -> str:
    """Join the soft line breaks of ``format=flowed`` text (RFC 3676).

    A line ending in a space continues on the next line of the same quote
    depth; with ``DelSp=yes`` that space was added by the sender and goes.
    Space-stuffing is removed; the signature separator "-- " never flows.
    """
    out: list[tuple[int, str]] = []
    open_depth: int | None = None
    for raw in text.replace("\r\n", "\n").split("\n"):
        prefix = _QUOTE_PREFIX.match(raw)
        depth = len(prefix.group(1)) if prefix else 0
        body = raw[prefix.end() :] if prefix else raw
        if not prefix and body.startswith(" "):
            body = body[1:]  # space-stuffed
        soft = body.endswith(" ") and body != "-- "
        if soft and delsp:
            body = body[:-1]
        if open_depth is not None and open_depth == depth and out:
            out[-1] = (depth, out[-1][1] + body)
        else:
            out.append((depth, body))
        open_depth = depth if soft else None
    return "\n".join(f"{'>' * depth} {body}" if depth else body for depth, body in out)


def unwrap(text: str) -> str:
    """Join lines a phone or client hard-wrapped in the middle of a sentence.

    A line joins the next when it does not end a sentence and the next one
    goes on in lower case: "ich komme nicht,\nweil ich krank bin" reads as one
    clause, so a negation before the break still governs what follows. A
    salutation ("Hallo Anna,"), a closing ("Mit freundlichen Grüßen" over
    "i. A. Sabine Müller") and a labelled line ("thema: …") stay apart.
    """
    lines = text.split("\n")
    out: list[str] = []
    for line in lines:
        previous = out[-1] if out else ""
        if (
            previous.strip()
            and line.strip()
            and not _QUOTED_LINE.match(previous)
            and not _QUOTED_LINE.match(line)
            and not _ENDS_SENTENCE.search(previous.rstrip())
            and _STARTS_LOWER.match(line.lstrip())
            and not _LABEL.match(line.lstrip())
            and not _SIGNATURE_DASHES.match(previous)
            and not cues().greeting.match(previous.strip())
            and not is_closing(previous)
        ):
            out[-1] = f"{previous.rstrip()} {line.strip()}"
        else:
            out.append(line)
    return "\n".join(out)


def text_format(message: Message | None) -> dict[str, bool]:
    """The ``format=flowed`` and ``delsp`` parameters of the first text/plain part."""
    if message is None:
        return {"flowed": False, "delsp": False}
    for part in message.walk():
        if part.get_content_type() == "text/plain":
            fmt = str(part.get_param("format", "") or "").lower()
            delsp = str(part.get_param("delsp", "") or "").lower()
            return {"flowed": fmt == "flowed", "delsp": delsp == "yes"}
    return {"flowed": False, "delsp": False}
