"""What an import reads from: a file, a folder or a zip archive, opened defensively.

Exports are untrusted files. Nothing is ever unpacked to disk: members of a zip are streamed
from the archive. Archives with absolute or ``..`` paths, links, encrypted members, or sizes and
compression ratios beyond the limits are refused before a byte is read; a member that unpacks to
more than its header promised is stopped while it is read. Folders are walked without following
links. ``.zst`` files are decompressed on the fly, under the same limits, and one cut short is said
(zstd_frames).
"""

import io
import lzma
import os
import stat
import zipfile
import zlib
from abc import ABC, abstractmethod
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import IO, BinaryIO, TypeVar, cast

import zstandard

from workbench.connectors.zstd_frames import FrameWalk
from workbench.core.errors import WorkbenchError
from workbench.core.i18n import translate

MAX_UNPACKED_BYTES = 20 * 1024**3
"""The most an archive (or a .zst file) may unpack to in all: 20 GiB."""
MAX_RATIO = 200
"""The most a member may grow when unpacked; text compresses 5 to 20 times, bombs far more."""
RATIO_GRACE_BYTES = 8 * 1024**2
"""Members smaller than this unpacked are not held to the ratio (tiny files compress oddly)."""
MAX_ZSTD_WINDOW = 2**31
"""The published Reddit dumps are written with ``zstd --long=31``: a 2 GiB window, which
decompressing needs (zstd's default limit is 128 MiB). The window's memory grows with what is
unpacked, so it stays bounded by this, and a small file needs little."""
HEAD_BYTES = 64 * 1024
T = TypeVar("T")


ZIP_MAGIC = b"PK\x03\x04"


class UnsafeInputError(WorkbenchError):
    """An input the workbench refuses to read, e.g. a zip that writes outside its folder."""


READ_ERRORS = (zipfile.BadZipFile, zstandard.ZstdError, OSError, EOFError)
"""What reading a damaged archive, a damaged .zst file or a failing disk raises."""
_DETECTION_ERRORS = (*READ_ERRORS, UnsafeInputError)
"""What detection's reads catch: an input it cannot read is in no format it recognises."""


class _Counter:
    """Bytes read so far from all of an input's streams, for progress."""

    def __init__(self) -> None:
        self.value = 0


class _CountingReader(io.RawIOBase):
    """Counts what passes through and stops a stream that grows beyond ``limit`` bytes."""

    def __init__(
        self,
        raw: IO[bytes],
        counter: _Counter,
        limit: int,
        what: str,
        frames: FrameWalk | None = None,
    ) -> None:
        self._raw = raw
        self._counter = counter
        self._limit = limit
        self._seen = 0
        self._what = what
        self._frames = frames

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self._raw.read(len(buffer))
        size = len(data)
        self._seen += size
        if self._seen > self._limit:
            raise UnsafeInputError(
                translate("Import", "{what} unpacks to more than it declared; stopped.").format(
                    what=self._what
                )
            )
        self._counter.value += size
        if self._frames is not None:
            if size:
                self._frames.feed(data)
            else:
                self._frames.finish()
        buffer[:size] = data
        return size

    def close(self) -> None:
        self._raw.close()
        super().close()


class _RatioGuard(io.RawIOBase):
    """Stops a decompressing stream whose output outgrows its compressed input by MAX_RATIO."""

    def __init__(self, decompressed: BinaryIO, compressed: "_CountingReader", what: str) -> None:
        self._decompressed = decompressed
        self._compressed = compressed
        self._out = 0
        self._what = what

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self._decompressed.read(len(buffer))
        self._out += len(data)
        compressed = max(self._compressed._seen, 1)
        if self._out > MAX_UNPACKED_BYTES or (
            self._out > RATIO_GRACE_BYTES and self._out / compressed > MAX_RATIO
        ):
            raise UnsafeInputError(
                translate("Import", "{what} unpacks to far more than its size; stopped.").format(
                    what=self._what
                )
            )
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._decompressed.close()
        super().close()


class Input(ABC):
    """A file, folder or archive to import. Member names are POSIX paths relative to it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = path.name
        self._counter = _Counter()
        self._unreadable: dict[str, str] = {}

    @property
    def unreadable(self) -> dict[str, str]:
        """Members that detection could not read, with what was wrong: where no format is
        recognised, that is the better answer (a .zst cut short, a damaged member)."""
        return dict(self._unreadable)

    @abstractmethod
    def members(self) -> list[str]:
        """The regular files in the input, in a stable order."""

    @abstractmethod
    def _open_raw(self, member: str) -> tuple[IO[bytes], int]:
        """The member's bytes as stored, and the most it may yield."""

    @property
    @abstractmethod
    def total_bytes(self) -> int:
        """What reading every member once counts to, for progress."""

    @property
    def bytes_read(self) -> int:
        return self._counter.value

    def open(self, member: str, buffer_size: int = 1024 * 1024) -> BinaryIO:
        """A buffered stream of the member's content; ``.zst`` members are decompressed."""
        raw, limit = self._open_raw(member)
        zst = member.endswith(".zst")
        counted = _CountingReader(
            raw, self._counter, limit, f"{self.name}: {member}", FrameWalk() if zst else None
        )
        if zst:
            reader = zstandard.ZstdDecompressor(max_window_size=MAX_ZSTD_WINDOW).stream_reader(
                cast(IO[bytes], counted), read_across_frames=True
            )
            guarded = _RatioGuard(cast(BinaryIO, reader), counted, f"{self.name}: {member}")
            return io.BufferedReader(guarded, buffer_size=buffer_size)
        return io.BufferedReader(counted, buffer_size=buffer_size)

    def head(self, member: str, size: int = HEAD_BYTES) -> bytes:
        """The first bytes of a member (decompressed), for detection; not counted as progress."""
        before = self._counter.value
        try:
            with self.open(member, buffer_size=size) as stream:
                return stream.read(size)
        except _DETECTION_ERRORS as exc:
            self._unreadable.setdefault(member, str(exc))
            return b""
        finally:
            self._counter.value = before

    def read_ahead(self, member: str, read: Callable[[BinaryIO], T], default: T) -> T:
        """What ``read`` makes of the member's stream (decompressed), for detection that must
        read further than a head, as far as it needs (a first record of megabytes); not
        counted as progress. ``default`` where the member cannot be read."""
        before = self._counter.value
        try:
            with self.open(member) as stream:
                return read(stream)
        except _DETECTION_ERRORS as exc:
            self._unreadable.setdefault(member, str(exc))
            return default
        finally:
            self._counter.value = before

    def find(self, *suffixes: str) -> list[str]:
        """Members whose names end with one of ``suffixes`` (case-insensitive)."""
        wanted = tuple(suffix.lower() for suffix in suffixes)
        return [member for member in self.members() if member.lower().endswith(wanted)]

    def close(self) -> None:  # noqa: B027 (only archives hold a handle)
        """Release what the input holds open."""

    def __enter__(self) -> "Input":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class FileInput(Input):
    def members(self) -> list[str]:
        return [self.path.name]

    def _open_raw(self, member: str) -> tuple[IO[bytes], int]:
        return self.path.open("rb"), MAX_UNPACKED_BYTES

    @property
    def total_bytes(self) -> int:
        return self.path.stat().st_size


class FolderInput(Input):
    """A folder walked without following links; links inside it are left out."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self._members: list[str] = []
        self._sizes: dict[str, int] = {}
        for folder, dirs, files in os.walk(path, followlinks=False):
            dirs[:] = sorted(d for d in dirs if not (Path(folder) / d).is_symlink())
            for file in sorted(files):
                full = Path(folder) / file
                info = full.lstat()
                if stat.S_ISREG(info.st_mode):
                    member = full.relative_to(path).as_posix()
                    self._members.append(member)
                    self._sizes[member] = info.st_size

    def members(self) -> list[str]:
        return list(self._members)

    def _open_raw(self, member: str) -> tuple[IO[bytes], int]:
        if member not in self._sizes:
            raise FileNotFoundError(member)
        return (self.path / member).open("rb"), MAX_UNPACKED_BYTES

    @property
    def total_bytes(self) -> int:
        return sum(self._sizes.values())


class DamagedMemberError(zipfile.BadZipFile):
    """A zip member whose bytes are damaged, said in the workbench's words: zipfile says "Bad
    CRC-32 for file 'RC.ndjson'", zlib "Error -3 while decompressing data: invalid block type".
    A BadZipFile, so that it is read as one (READ_ERRORS, detection)."""


def _damage(error: Exception) -> str | None:
    """What an error from reading a zip member says of it; None for the disk's own error."""
    if isinstance(error, zipfile.BadZipFile):  # reading raises it only for a CRC that differs
        return translate("Import", "{member} is damaged (its checksum does not match)")
    if isinstance(error, EOFError):
        return translate("Import", "{member} is damaged (its data ends early)")
    if isinstance(error, OSError) and error.errno is not None:
        return None  # bz2's "Invalid data stream" has no errno
    return translate("Import", "{member} is damaged (its compressed data cannot be unpacked)")


class _ZipMember(io.RawIOBase):
    """A zip member's stream that says damage as such: zipfile and the decompressors raise
    their own errors in their own words, and zlib's, lzma's and bz2's are no BadZipFile."""

    def __init__(self, raw: IO[bytes], member: str) -> None:
        self._raw = raw
        self._member = member

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        try:
            return self._raw.read(-1 if size is None else size)
        except (zipfile.BadZipFile, EOFError, zlib.error, lzma.LZMAError, OSError) as exc:
            said = _damage(exc)
            if said is None:
                raise
            raise DamagedMemberError(said.format(member=self._member)) from exc

    def close(self) -> None:
        self._raw.close()
        super().close()


def _unsafe_name(name: str) -> bool:
    if name.startswith(("/", "\\")) or "\\" in name or (len(name) > 1 and name[1] == ":"):
        return True
    return ".." in PurePosixPath(name).parts


class ZipInput(Input):
    """A zip archive, checked whole before anything is read from it."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError) as exc:
            raise UnsafeInputError(
                translate("Import", "{name} is not a readable zip archive: {problem}").format(
                    name=path.name, problem=exc
                )
            ) from exc
        self._infos: dict[str, zipfile.ZipInfo] = {}
        total = 0
        for info in self._zip.infolist():
            self._check(info)
            if info.is_dir():
                continue
            self._infos[info.filename] = info
            total += info.file_size
        if total > MAX_UNPACKED_BYTES:
            self._refuse(
                translate("Import", "it unpacks to {size} GB, more than {limit} GB").format(
                    size=total // 1024**3, limit=MAX_UNPACKED_BYTES // 1024**3
                ),
                None,
            )
        self._total = total

    def _refuse(self, reason: str, info: zipfile.ZipInfo | None) -> None:
        self._zip.close()
        where = f"{self.name}: {info.filename}" if info is not None else self.name
        raise UnsafeInputError(
            translate("Import", "{where} is refused: {reason}").format(where=where, reason=reason)
        )

    def _check(self, info: zipfile.ZipInfo) -> None:
        if _unsafe_name(info.filename):
            self._refuse(translate("Import", "its path leads outside the archive"), info)
        if stat.S_ISLNK(info.external_attr >> 16):
            self._refuse(translate("Import", "it is a link"), info)
        if info.flag_bits & 0x1:
            self._refuse(translate("Import", "it is encrypted"), info)
        ratio = info.file_size // max(info.compress_size, 1)
        if info.file_size > RATIO_GRACE_BYTES and ratio > MAX_RATIO:
            self._refuse(
                translate("Import", "it would unpack to {ratio} times its size").format(
                    ratio=ratio
                ),
                info,
            )

    def members(self) -> list[str]:
        return sorted(self._infos)

    def _open_raw(self, member: str) -> tuple[IO[bytes], int]:
        info = self._infos[member]
        try:
            opened = self._zip.open(info)
        except zipfile.BadZipFile as exc:  # its local header is not the directory's entry
            said = translate("Import", "{member} is damaged (its entry in the archive is broken)")
            raise DamagedMemberError(said.format(member=member)) from exc
        return cast(IO[bytes], _ZipMember(opened, member)), info.file_size

    @property
    def total_bytes(self) -> int:
        return self._total

    def close(self) -> None:
        self._zip.close()


def open_input(path: Path) -> Input:
    """The right kind of input for ``path``: a folder, a zip archive or a plain file."""
    if path.is_symlink() and path.is_dir():
        raise UnsafeInputError(
            translate("Import", "{path} is a link to a folder; import the folder itself.").format(
                path=path
            )
        )
    if path.is_dir():
        return FolderInput(path)
    if not path.is_file():
        raise WorkbenchError(translate("Import", "{path} does not exist.").format(path=path))
    with path.open("rb") as handle:
        looks_like_zip = handle.read(len(ZIP_MAGIC)) == ZIP_MAGIC
    if looks_like_zip or zipfile.is_zipfile(path):
        return ZipInput(path)
    return FileInput(path)
