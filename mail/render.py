"""Turn a mail kind, a language and a context into subject, text and HTML.

Packaged templates live in ``templates/<lang>/``. An organizer may put files
with the same names into ``<override_dir>/<lang>/``; once that folder exists,
every template of that language renders in Jinja's sandbox, because an
organizer-written base template would otherwise run unsandboxed under the
packaged ones that extend it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import TracebackType
from typing import Any

import jinja2
from jinja2 import select_autoescape
from jinja2.sandbox import SandboxedEnvironment, SecurityError
from markupsafe import Markup, escape

from mail.template_files import packaged_templates

DEFAULT_LANGUAGE = "de"
PARTS = ("subject", "txt", "html")


class TemplateProblem(ValueError):
    """A template could not be loaded or rendered; the message names file and line."""


class UnsafeTemplate(TemplateProblem):
    """A sandboxed template reached for something it may not touch."""


@dataclass(frozen=True)
class RenderedMail:
    subject: str
    text: str
    html: str


def packaged_templates_dir() -> Path:
    """The packaged templates folder (:func:`mail.template_files.packaged_templates`)."""
    found = packaged_templates()
    if found is None:
        raise TemplateProblem(f"no templates folder beside {Path(__file__).parent}")
    return found


def nl2br(value: Any) -> Markup:
    """Escape text and keep its line breaks in HTML."""
    return Markup("<br>\n").join(escape(str(value)).split("\n"))


_HTML = ".html.j2"


def _escaping_name(template: str, parent: str) -> str:
    """An HTML mail imports its plain-text helpers under an HTML name.

    Jinja marks a macro's output safe when the caller escapes, yet escapes what
    the macro prints by the name of the file that defines it: ``_macros.j2``
    imported into an HTML mail would put a member's "<b>" into it unescaped.
    Under an ``.html.j2`` name the same source is compiled escaping.
    """
    if parent.endswith(_HTML) and template.endswith(".j2") and not template.endswith(_HTML):
        return template.removesuffix(".j2") + _HTML
    return template


class _HtmlTwins(jinja2.BaseLoader):
    """Serves ``x.html.j2`` from ``x.j2`` when only the plain one exists."""

    def __init__(self, inner: jinja2.BaseLoader) -> None:
        self.inner = inner

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        try:
            return self.inner.get_source(environment, template)
        except jinja2.TemplateNotFound:
            if not template.endswith(_HTML):
                raise
            return self.inner.get_source(environment, template.removesuffix(_HTML) + ".j2")

    def list_templates(self) -> list[str]:
        return self.inner.list_templates()


def _configure(env: jinja2.Environment) -> jinja2.Environment:
    env.filters["nl2br"] = nl2br
    env.join_path = _escaping_name  # type: ignore[method-assign]
    return env


_OPTIONS: dict[str, Any] = {
    "undefined": jinja2.StrictUndefined,
    "autoescape": select_autoescape(enabled_extensions=("html.j2",), default_for_string=False),
    "trim_blocks": True,
    "lstrip_blocks": True,
    "keep_trailing_newline": True,
}


@lru_cache(maxsize=8)
def _packaged_env(folder: str) -> jinja2.Environment:
    # packaged templates never change while somek runs: no stat per render
    loader = _HtmlTwins(jinja2.FileSystemLoader(folder))
    return _configure(jinja2.Environment(loader=loader, auto_reload=False, **_OPTIONS))


@lru_cache(maxsize=8)
def _sandboxed_env(override: str, folder: str) -> jinja2.Environment:
    loader = _HtmlTwins(
        jinja2.ChoiceLoader([jinja2.FileSystemLoader(override), jinja2.FileSystemLoader(folder)])
    )
    return _configure(SandboxedEnvironment(loader=loader, **_OPTIONS))


def language_folder(language: str, root: Path | None = None) -> tuple[str, Path]:
    """The language actually used (falls back to German) and its folder."""
    base = root or packaged_templates_dir()
    code = (language or DEFAULT_LANGUAGE).lower().replace("_", "-").split("-")[0]
    if not (base / code).is_dir():
        code = DEFAULT_LANGUAGE
    return code, base / code


def environment(language: str, override_dir: Path | None = None) -> jinja2.Environment:
    code, folder = language_folder(language)
    override = override_dir / code if override_dir is not None else None
    # A database kept in a checkout makes the override folder the packaged one.
    if override is not None and override.is_dir() and override.resolve() != folder.resolve():
        return _sandboxed_env(str(override), str(folder))
    return _packaged_env(str(folder))


def template_names(kind: str) -> dict[str, str]:
    value = str(kind)  # a StrEnum prints as its value
    return {part: f"{value}.{part}.j2" for part in PARTS}


def _where(exc: BaseException, fallback: str) -> tuple[str, int | None]:
    """The template file and line an error happened in.

    Jinja rewrites tracebacks so template frames carry the template's file
    name and line; the innermost one is where it went wrong.
    """
    filename = getattr(exc, "filename", None) or getattr(exc, "name", None)
    lineno = getattr(exc, "lineno", None)
    if filename:
        return str(filename), lineno
    tb: TracebackType | None = exc.__traceback__
    found: tuple[str, int | None] = (fallback, None)
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        if name.endswith(".j2"):
            found = (name, tb.tb_lineno)
        tb = tb.tb_next
    return found


def _display(path: str, packaged: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(packaged.resolve().parent))
    except ValueError:
        return path


def _problem(exc: Exception, name: str, folder: Path) -> TemplateProblem:
    if isinstance(exc, jinja2.TemplateNotFound):
        return TemplateProblem(f"template {exc.name} not found in {folder}")
    filename, lineno = _where(exc, name)
    where = _display(filename, folder.parent)
    if lineno:
        where = f"{where}, line {lineno}"
    message = " ".join(str(exc.message if isinstance(exc, jinja2.TemplateError) else exc).split())
    kind = UnsafeTemplate if isinstance(exc, SecurityError) else TemplateProblem
    return kind(f"{where}: {message or type(exc).__name__}")


_SPACE = re.compile(r"\s+")


def one_line(text: str) -> str:
    """A header-safe single line: every run of whitespace (CR, LF, tabs) is one space."""
    return _SPACE.sub(" ", text).strip()


def render_mail(
    kind: str,
    language: str,
    context: dict[str, Any],
    *,
    override_dir: Path | None = None,
    env: jinja2.Environment | None = None,
) -> RenderedMail:
    """Render ``<kind>.subject.j2``, ``.txt.j2`` and ``.html.j2`` in ``language``.

    ``env`` is :func:`environment` for that language, when the caller has it.
    """
    if env is None:
        env = environment(language, override_dir)
    out: dict[str, str] = {}
    for part, name in template_names(kind).items():
        try:
            out[part] = env.get_template(name).render(context)
        except (jinja2.TemplateError, SecurityError) as exc:
            raise _problem(exc, name, language_folder(language)[1]) from exc
        except (TypeError, ValueError, AttributeError, KeyError, LookupError) as exc:
            # A filter fed the wrong type, for example; still the template's fault.
            raise _problem(exc, name, language_folder(language)[1]) from exc
    return RenderedMail(
        subject=one_line(out["subject"]),
        text=out["txt"].strip("\n") + "\n",
        html=out["html"],
    )


__all__ = [
    "RenderedMail",
    "TemplateProblem",
    "UnsafeTemplate",
    "environment",
    "nl2br",
    "one_line",
    "packaged_templates_dir",
    "render_mail",
]
