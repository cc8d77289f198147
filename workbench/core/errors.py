"""Errors a user can cause and fix; the CLI prints them as one line, the UI in a dialog."""


class WorkbenchError(Exception):
    """A problem the user can understand and act on (bad path, bad input, refused database)."""


class StoreError(WorkbenchError):
    """The database file cannot be opened or used."""


class SchemaTooNewError(StoreError):
    """The database was written by a newer version of the workbench; it is left untouched."""


class InvalidEventError(WorkbenchError):
    """An event's kind or payload is not valid."""


class EventRefusedError(InvalidEventError):
    """An event recorded elsewhere (a teammate's, in a bundle) that this store cannot apply."""

    def __init__(self, event_id: str, problem: InvalidEventError) -> None:
        super().__init__(str(problem))
        self.event_id = event_id
