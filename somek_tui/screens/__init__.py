"""The app's screens: one module per section, plus the modals they open."""
