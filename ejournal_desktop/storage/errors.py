"""Errors of the environment that the user can act on; their messages are Russian and shown as is."""


class StorageError(Exception):
    """A problem with the database file or its key, with a message for the user."""


class KeyUnavailable(StorageError):
    """No key for this database: no keyring backend, or no entry in it."""


class WrongKey(StorageError):
    """The key does not open the file, or the file is not an encrypted journal."""


class NotAJournal(StorageError):
    """The file opens but is not a journal database."""


class TooNew(StorageError):
    """The database was written by a newer program version."""


class LoginRefused(StorageError):
    """A login refused before the database is open (wrong password for the key slot, a lock)."""


class JournalBusy(StorageError):
    """Another program holds the file's write lock longer than the busy timeout and its retries."""
