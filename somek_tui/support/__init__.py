"""Pure helpers for the app's screens: formatting and small calculations, no Textual."""
