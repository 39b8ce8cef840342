"""Domain errors: every failure is a NetraError, mapped once to exit codes and once to HTTP."""

from __future__ import annotations


class NetraError(Exception):
    """Root of all domain errors; carries a CLI exit code and an HTTP status."""

    exit_code: int = 1
    http_status: int = 400

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class BundleUnusableError(NetraError):
    """The bundle cannot be scanned at all (missing required file, wrong format)."""

    exit_code = 2
    http_status = 422


class ValidationError(NetraError):
    """Input that breaks a documented rule."""

    exit_code = 2
    http_status = 422


class RuleFileError(NetraError):
    """A policy-pack file is malformed; the message starts with file:line."""

    exit_code = 3
    http_status = 500


class NotFoundError(NetraError):
    """A named thing does not exist."""

    exit_code = 4
    http_status = 404


class WorkspaceError(NetraError):
    """The workspace folder or its database is unusable."""

    exit_code = 5
    http_status = 500


class AuditIntegrityError(NetraError):
    """The audit chain does not verify: an entry was changed or removed."""

    exit_code = 6
    http_status = 500
