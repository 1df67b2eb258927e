"""Refusals that services raise; their messages are Russian and shown to the user as they are."""

from ..storage.errors import StorageError

__all__ = ["REFUSALS", "Cancelled", "Refused", "ServiceError", "StorageError"]


class ServiceError(Exception):
    """A use case could not be carried out; the message says what and why."""


class Refused(ServiceError):
    """The acting user may not do this."""


class Cancelled(ServiceError):
    """The user cancelled a long action; nothing of it was kept."""


class Busy(ServiceError):
    """Another program holds the journal's write lock longer than the wait; nothing was written and
    the caller keeps what the user entered to try again."""


# What the CLI and the GUI report as a message, not as a crash: the services' refusals and the storage's
# (a wrong key, a locked or foreign file), each with its Russian text.
REFUSALS = (ServiceError, StorageError)
