"""Offline electronic school journal (электронный журнал)."""

__version__ = "0.1.0"
APP_NAME = "ejournal-desktop"
