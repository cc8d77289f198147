"""Where a zstd stream's frames end, so that a ``.zst`` file cut short is said, not half read.

python-zstandard's stream reader ends quietly at a frame that stops in the middle: a dump whose
download broke off would import what it holds as if that were all. The frames' layout is
simple (RFC 8878, section 3.1): a frame is a header and blocks, each block says its size and
whether it is the last, and a skippable frame says its size. :class:`FrameWalk` follows the
headers as the compressed bytes pass, skipping the blocks' contents, and knows at the end
whether the stream stopped where a frame ends. Decompressing stays python-zstandard's.
"""

from workbench.core.i18n import translate

_MAGIC = 0xFD2FB528
_SKIPPABLE_MASK, _SKIPPABLE = 0xFFFFFFF0, 0x184D2A50
_DICTIONARY_ID_BYTES = (0, 1, 2, 4)
_CONTENT_SIZE_BYTES = (0, 2, 4, 8)
_RLE, _RESERVED = 1, 3
_CHECKSUM_BYTES = 4


class TruncatedError(EOFError):
    """A zstd stream that ends inside a frame, or holds bytes that are no frame."""


class FrameWalk:
    """Fed the compressed bytes in order (:meth:`feed`); :meth:`finish` at their end raises
    :class:`TruncatedError` unless they stopped where a frame ends."""

    __slots__ = ("_checksum", "_header", "_need", "_offset", "_skip", "_step")

    def __init__(self) -> None:
        self._header = b""
        self._need = 4
        self._skip = 0
        self._step = self._frame_start
        self._checksum = False
        self._offset = 0

    def feed(self, data: bytes | memoryview) -> None:
        view, at, size = memoryview(data), 0, len(data)
        while at < size:
            if self._skip:
                passed = min(self._skip, size - at)
                self._skip -= passed
                at += passed
                continue
            taken = min(self._need - len(self._header), size - at)
            self._header += bytes(view[at : at + taken])
            at += taken
            if len(self._header) == self._need:
                header, self._header = self._header, b""
                self._step(header, self._offset + at - len(header))
        self._offset += size

    def finish(self) -> None:
        """Raise unless the stream ended where a frame does (an empty stream holds none)."""
        if self._skip or self._header or self._step != self._frame_start:
            raise TruncatedError(
                translate(
                    "Import",
                    "the compressed data ends in the middle of a frame: the file was cut "
                    "short, perhaps by an unfinished download or copy",
                )
            )

    def _frame_start(self, header: bytes, offset: int) -> None:
        magic = int.from_bytes(header, "little")
        if magic == _MAGIC:
            self._need, self._step = 1, self._frame_header
        elif magic & _SKIPPABLE_MASK == _SKIPPABLE:
            self._need, self._step = 4, self._skippable_size
        else:
            raise TruncatedError(
                translate(
                    "Import",
                    "the compressed data holds something that is no zstd frame at byte {offset}",
                ).format(offset=offset)
            )

    def _frame_header(self, header: bytes, offset: int) -> None:
        descriptor = header[0]
        single_segment = bool(descriptor & 0x20)
        content_size = _CONTENT_SIZE_BYTES[descriptor >> 6] or (1 if single_segment else 0)
        self._checksum = bool(descriptor & 0x04)
        self._skip = (
            (0 if single_segment else 1) + _DICTIONARY_ID_BYTES[descriptor & 0x03] + content_size
        )
        self._need, self._step = 3, self._block_header

    def _block_header(self, header: bytes, offset: int) -> None:
        value = int.from_bytes(header, "little")
        kind, size = (value >> 1) & 0x03, value >> 3
        if kind == _RESERVED:
            raise TruncatedError(
                translate("Import", "the compressed data is damaged at byte {offset}").format(
                    offset=offset
                )
            )
        self._skip = 1 if kind == _RLE else size
        if value & 0x01:  # the frame's last block
            self._skip += _CHECKSUM_BYTES if self._checksum else 0
            self._need, self._step = 4, self._frame_start

    def _skippable_size(self, header: bytes, offset: int) -> None:
        self._skip = int.from_bytes(header, "little")
        self._need, self._step = 4, self._frame_start
