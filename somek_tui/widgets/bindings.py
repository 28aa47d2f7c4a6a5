"""Key binding descriptions (footer, help panel) in the organizer's language."""

from __future__ import annotations

from dataclasses import replace

from textual.binding import Binding, BindingsMap
from textual.dom import DOMNode

from somek_tui.i18n import _

# Each class's bindings as written (English msgids), kept so the app can
# switch language again: Textual merges BINDINGS once, when a class is made.
_MSGIDS = "_somek_msgid_bindings"


def translate_bindings() -> None:
    """Put the descriptions of every screen's and widget's keys into the language.

    All classes, not only somek's: a subclass merges its bases' BINDINGS as
    written, and keys Textual brings along may have a translation too.
    """
    for cls in _all_classes(DOMNode):
        source: BindingsMap | None = cls.__dict__.get(_MSGIDS)
        if source is None:
            source = cls.__dict__.get("_merged_bindings")
            if source is None:
                continue
            setattr(cls, _MSGIDS, source)
        translated = BindingsMap()
        translated.key_to_bindings = {
            key: [_translated(binding) for binding in bindings]
            for key, bindings in source.key_to_bindings.items()
        }
        cls._merged_bindings = translated


def _translated(binding: Binding) -> Binding:
    return replace(binding, description=_(binding.description), tooltip=_(binding.tooltip))


def _all_classes(base: type[DOMNode]) -> set[type[DOMNode]]:
    found: set[type[DOMNode]] = set()
    pending = [base]
    while pending:
        for sub in pending.pop().__subclasses__():
            if sub not in found:
                found.add(sub)
                pending.append(sub)
    return found
