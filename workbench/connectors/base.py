"""The one interface every connector implements, and what it yields.

A connector reads one kind of export (or, later, one network's API) and yields records: members,
items, and ``BadRecord`` where one record cannot be understood. It never touches the database;
``workbench.services.importer`` writes what it yields in bulk, inside one transaction.

Detection is by content: ``detect`` looks at an input's files and their first bytes and returns a
score from 0 (not this format) to 100 (certainly this format); the registry takes the best.
"""

from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from workbench.connectors.inputs import Input
from workbench.core.errors import WorkbenchError
from workbench.core.records import ImportOptions, ItemRecord, MemberRecord


@dataclass(frozen=True, slots=True)
class Location:
    """Where in an input something is: the file inside it, and a line or a record number."""

    file: str
    line: int | None = None
    record: int | None = None

    def __str__(self) -> str:
        if self.line is not None:
            return f"{self.file}, line {self.line}"
        if self.record is not None:
            return f"{self.file}, record {self.record}"
        return self.file


@dataclass(frozen=True, slots=True)
class BadRecord:
    """A record that cannot be imported: where it is, which field, and what is wrong."""

    location: Location
    field: str | None
    message: str

    def __str__(self) -> str:
        field = f", field '{self.field}'" if self.field else ""
        return f"{self.location}{field}: {self.message}"


class FormatError(WorkbenchError):
    """The input as a whole cannot be read (broken JSON or XML, a truncated file, an unsafe zip)."""

    def __init__(self, location: Location | str, message: str) -> None:
        super().__init__(f"{location}: {message}")
        self.location = location
        self.message = message

    def __reduce__(self) -> tuple[type["FormatError"], tuple[Location | str, str]]:
        """Pickled as its two arguments: a large import's reading process sends it over."""
        return type(self), (self.location, self.message)


Yielded = MemberRecord | ItemRecord | BadRecord


class Connector(ABC):
    """One export format. Subclasses set the class attributes and implement both methods."""

    name: ClassVar[str]
    """Short name used on the command line (``--format``), e.g. "wordpress-wxr"."""
    label: ClassVar[str]
    """What the user sees, e.g. "WordPress export (WXR)"."""
    network: ClassVar[str]
    """The network the records belong to, e.g. "wordpress"."""
    detection: ClassVar[str]
    """How the format is recognised, in one sentence, for ``workbench formats``."""

    @abstractmethod
    def detect(self, source: Input) -> int:
        """A score from 0 (not this format) to 100 (certainly this format)."""

    def source_network(self, options: ImportOptions) -> str:
        """The network that a source read with ``options`` belongs to."""
        return self.network

    @abstractmethod
    def read(self, source: Input, options: ImportOptions) -> Iterator[Yielded]:
        """Yield the input's members and items one by one, never holding the whole file.

        Raise :class:`FormatError` when the input itself is broken; yield :class:`BadRecord`
        for one record that cannot be understood, and go on with the next.
        """


class RecordProblem(Exception):
    """Raised while converting one record; the connector turns it into a :class:`BadRecord`."""

    def __init__(self, field: str | None, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message

    def at(self, location: Location) -> BadRecord:
        return BadRecord(location, self.field, self.message)


class HeadScoredConnector(Connector):
    """A connector whose files are .json files it recognises by their first bytes."""

    @staticmethod
    @abstractmethod
    def score(head: bytes) -> int:
        """0 to 100: how surely a file starting with ``head`` is this format."""

    def files(self, source: Input) -> list[str]:
        return [member for member in source.find(".json") if self.score(source.head(member)) > 0]

    def detect(self, source: Input) -> int:
        return max((self.score(source.head(m)) for m in source.find(".json")[:20]), default=0)
