"""Errors a user can cause and fix; the CLI prints them as one line, the UI in a dialog."""


class WorkbenchError(Exception):
    """A problem the user can understand and act on (bad path, bad input, refused database)."""


class StoreError(WorkbenchError):
    """The database file cannot be opened or used."""


class SchemaTooNewError(StoreError):
    """The database was written by a newer version of the workbench; it is left untouched."""


class InvalidEventError(WorkbenchError):
    """An event's kind or payload is not valid."""
