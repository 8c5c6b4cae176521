"""Domain exceptions.  Their messages are already translated: views show them as they are."""

from __future__ import annotations

from app.errors import ServiceError  # noqa: F401 - below app.migrate too (pg_dump)


class ValidationError(ServiceError):
    """Bad input: ``errors`` maps a field name to a message for that field."""

    def __init__(self, errors: dict[str, str]):
        self.errors = dict(errors)
        super().__init__("\n".join(self.errors.values()))


class ConflictError(ServiceError):
    """The row changed under the user, or the action clashes with existing data."""


class NotFoundError(ServiceError):
    """The row is gone (deleted by someone else, or never existed)."""


class PermissionDenied(ServiceError):
    """The current user's role does not allow the action."""


class DatabaseUnavailableError(ServiceError):
    """The database server cannot be reached (PostgreSQL down, wrong address or password)."""


class Cancelled(ServiceError):
    """The user cancelled a long job (an export, a print); nothing was written."""
