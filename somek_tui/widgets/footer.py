"""A footer that shows whole keys only: what does not fit waits in the command palette."""

from __future__ import annotations

from textual import events
from textual.widgets import Footer
from textual.widgets._footer import FooterKey


class KeyFooter(Footer):
    """At 80 columns a section has more keys than room; a key cut in half helps nobody.

    The keys are laid out in their order until one would run under the palette
    hint; it and every later key are hidden (the palette lists them all).
    """

    async def recompose(self) -> None:
        await super().recompose()
        self.call_after_refresh(self.fit_keys)

    def on_resize(self, _: events.Resize) -> None:
        for key in self.query(FooterKey):
            key.display = True
        self.call_after_refresh(self.fit_keys)

    def fit_keys(self) -> None:
        keys = list(self.query(FooterKey))
        palette = [key for key in keys if key.has_class("-command-palette")]
        room = palette[0].region.x if palette else self.region.right
        overflowing = False
        for key in keys:
            if key in palette:
                continue
            overflowing = overflowing or key.region.right > room
            key.display = not overflowing
