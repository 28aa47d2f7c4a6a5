"""A mailing's templates rendered once per kind of member, then filled in per member.

Within one mailing most of every mail is the same: the event, the topics,
the wording. What differs is the member's name and address and their
unsubscribe address; what the templates decide on them is only whether
they are there. So each template is rendered once per *shape* (the shared
context, plus which personal values are empty) with a marker in place of
each personal value, and each member's mail replaces the markers.

A marker holds an ``&``, so it shows whether the template escaped it for
HTML (``&amp;``) or not; each form gets the value the same way. Anything
else (a marker a filter changed, a shape whose first mail does not come
out as a full rendering does) falls back to rendering that mail in full.
Organizer-written templates are always rendered in full: they may do
anything with a name.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import escape

from mail.render import RenderedMail, one_line, render_mail

__all__ = ["render_personal"]

# the personal values: (where in the context, marker)
_FIELDS = (
    (("member", "name"), "\ue000name&\ue001"),
    (("member", "email"), "\ue000email&\ue001"),
    (("reply_address",), "\ue000reply&\ue001"),
    (("unsubscribe_address",), "\ue000unsubscribe&\ue001"),
    (("unsubscribe_mailto",), "\ue000mailto&\ue001"),
)
_OPEN = "\ue000"
# parts of the context the mailing's memo shares: the same object for every member
_SHARED = frozenset({"event", "open_topics"})
# a mailing whose mails differ in more ways than this is rendered in full
MAX_SHAPES = 8
_UNUSABLE = object()


def _get(context: Mapping[str, Any], path: tuple[str, ...]) -> str:
    value: Any = context
    for key in path:
        value = value.get(key, "") if isinstance(value, Mapping) else ""
    return value if isinstance(value, str) else ""


def _shaped(context: Mapping[str, Any], values: list[str]) -> dict[str, Any]:
    """The context with a marker for each personal value that is there."""
    out = dict(context)
    member = dict(out.get("member") or {})
    for ((*parents, key), marker), value in zip(_FIELDS, values, strict=True):
        target = member if parents else out
        if key in target or value:
            target[key] = marker if value else target.get(key, "")
    out["member"] = member
    return out


def _shape_key(kind: str, language: str, context: Mapping[str, Any], values: list[str]) -> Any:
    personal = {path[0] for path, _ in _FIELDS}
    rest = tuple(
        (key, id(value) if key in _SHARED else repr(value))
        for key, value in sorted(context.items())
        if key not in personal
    )
    member = context.get("member") or {}
    about = tuple((k, repr(v)) for k, v in sorted(member.items()) if k not in ("name", "email"))
    return ("shape", kind, language, tuple(bool(v) for v in values), about, rest)


def _fill(shape: RenderedMail, values: list[str]) -> RenderedMail | None:
    subject, text, html = shape.subject, shape.text, shape.html
    for (_, marker), value in zip(_FIELDS, values, strict=True):
        escaped_marker, escaped = str(escape(marker)), str(escape(value))
        subject = subject.replace(escaped_marker, escaped).replace(marker, value)
        text = text.replace(escaped_marker, escaped).replace(marker, value)
        html = html.replace(escaped_marker, escaped).replace(marker, value)
    if _OPEN in subject or _OPEN in text or _OPEN in html:
        return None  # a marker in a form it does not know
    # what render_mail does to the whole text, again with the values in place
    return RenderedMail(one_line(subject), text.strip("\n") + "\n", html)


def render_personal(
    kind: str,
    language: str,
    context: Mapping[str, Any],
    *,
    env: jinja2.Environment,
    memo: dict[Any, Any] | None,
) -> RenderedMail:
    """The same as :func:`render_mail`, from one rendering per shape of the mailing ``memo``."""
    if memo is None or isinstance(env, SandboxedEnvironment):
        return render_mail(kind, language, dict(context), env=env)
    values = [_get(context, path) for path, _ in _FIELDS]
    if any(_OPEN in value for value in values):
        return render_mail(kind, language, dict(context), env=env)
    key = _shape_key(kind, language, context, values)
    shape = memo.get(key)
    if shape is None:
        full = render_mail(kind, language, dict(context), env=env)
        shapes = memo.setdefault(("shapes",), [0])
        shapes[0] += 1
        if shapes[0] > MAX_SHAPES:
            memo[key] = _UNUSABLE
            return full
        made = render_mail(kind, language, _shaped(context, values), env=env)
        # the first mail of a shape proves the shape: filled in, it must be the full one
        memo[key] = made if _fill(made, values) == full else _UNUSABLE
        return full
    if shape is not _UNUSABLE:
        filled = _fill(shape, values)
        if filled is not None:
            return filled
    return render_mail(kind, language, dict(context), env=env)
