"""Operations on the database shared by the command line and the app.

Each function takes a :class:`~somek_tui.store.Transaction` (or a view) and
plain values; none does terminal or network I/O.
"""
