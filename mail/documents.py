"""Documents an organizer publishes, such as the post-event report.

They render from the same template folders as the mails, so an organizer's
copy in ``<db folder>/templates/<lang>/`` overrides the packaged one and
renders in the sandbox, exactly as a mail template would.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SecurityError

from mail.render import _problem, environment, language_folder


def render_document(
    name: str, language: str, context: dict[str, Any], override_dir: Path | None = None
) -> str:
    """Render the template ``name`` (e.g. ``report.md.j2``) in ``language``.

    Raises :class:`~mail.render.TemplateProblem` naming the file and line.
    """
    env = environment(language, override_dir)
    _, folder = language_folder(language)
    try:
        text = env.get_template(name).render(context)
    except (jinja2.TemplateError, SecurityError) as exc:
        raise _problem(exc, name, folder) from exc
    except (TypeError, ValueError, AttributeError, KeyError, LookupError) as exc:
        # a filter fed the wrong type, for example: still the template's fault
        raise _problem(exc, name, folder) from exc
    return text.strip("\n") + "\n"


__all__ = ["render_document"]
