"""Reading a log bundle someone sent: every byte checked before anything is believed.

A bundle is untrusted until proven otherwise: the zip may be truncated, a bomb or a zip slip;
the manifest may be of a newer format; its signature may not match its bytes; a record file may
differ from the hash the manifest gives; a line may not be JSON or not fit its schema. Each is
refused with a message that names the file, and the line where there is one. Whether the
signer is trusted is the merge's question (it needs the store).
"""

import base64
import binascii
import hashlib
import zipfile
import zlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, NoReturn

import orjson
from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from workbench.core.errors import WorkbenchError
from workbench.core.i18n import translate
from workbench.core.team.bundles import format as fmt
from workbench.core.team.keys import PublicKey

_DAMAGED = (
    zipfile.BadZipFile,
    zlib.error,
    OSError,
    EOFError,
    ValueError,
    NotImplementedError,  # a compression method zipfile does not know
    RuntimeError,  # an encrypted member
)
"""What zipfile raises on a damaged or odd archive."""


class BundleError(WorkbenchError):
    """The file is no bundle this app can read, or it was changed after it was signed."""


@dataclass(frozen=True, slots=True)
class Signer:
    author_id: str
    name: str
    public_key: PublicKey

    @property
    def fingerprint(self) -> str:
        return self.public_key.fingerprint


@dataclass(frozen=True, slots=True)
class Bundle:
    """A bundle whose bytes match its signature, with its records checked against the schemas."""

    path: Path
    manifest: dict[str, Any]
    signer: Signer
    events: list[dict[str, Any]]
    members: list[dict[str, Any]]
    items: list[dict[str, Any]]
    sources: list[dict[str, Any]]

    @property
    def id(self) -> str:
        return str(self.manifest["bundle"])

    @property
    def pseudonymized(self) -> bool:
        return bool(self.manifest["pseudonymized"])


@cache
def _validator(record: str) -> Draft202012Validator:
    return Draft202012Validator(fmt.SCHEMAS[record])


def problem_with(record: str, value: Any) -> str | None:
    """What is wrong with ``value`` as a ``record`` (its schema's most telling error), if
    anything."""
    error = best_match(_validator(record).iter_errors(value))
    if error is None:
        return None
    where = "/".join(str(part) for part in error.absolute_path)
    return f"{where}: {error.message}" if where else error.message


def _refuse(path: Path, problem: str) -> NoReturn:
    raise BundleError(
        translate("Bundles", "{path} cannot be merged: {problem}").format(
            path=path.name, problem=problem
        )
    )


def _read_member(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    if info.file_size > limit:
        _refuse(
            path,
            translate(
                "Bundles", "{name} is {size:,} bytes, more than the {limit:,} a bundle may hold."
            ).format(name=info.filename, size=info.file_size, limit=limit),
        )
    if info.file_size > max(info.compress_size, 1) * fmt.MAX_RATIO and info.file_size > 1 << 20:
        _refuse(
            path,
            translate("Bundles", "{name} expands too far to be a log (a zip bomb?).").format(
                name=info.filename
            ),
        )
    try:
        with archive.open(info) as handle:
            data = handle.read(limit + 1)
    except _DAMAGED as exc:
        _refuse(
            path,
            translate("Bundles", "{name} is damaged ({problem}).").format(
                name=info.filename, problem=exc
            ),
        )
    if len(data) > limit:  # the header lied about the size
        _refuse(
            path,
            translate("Bundles", "{name} is larger than its zip entry says.").format(
                name=info.filename
            ),
        )
    return data


def _members(path: Path, archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos: dict[str, zipfile.ZipInfo] = {}
    for info in archive.infolist():
        if info.filename not in fmt.NAMES or info.is_dir():
            _refuse(
                path,
                translate("Bundles", "it holds '{name}', which no log bundle has.").format(
                    name=info.filename
                ),
            )
        if info.filename in infos:
            _refuse(
                path, translate("Bundles", "it holds '{name}' twice.").format(name=info.filename)
            )
        infos[info.filename] = info
    missing = [name for name in fmt.NAMES if name not in infos]
    if missing:
        _refuse(path, translate("Bundles", "it has no {name}.").format(name=missing[0]))
    return infos


def _manifest(path: Path, data: bytes) -> dict[str, Any]:
    try:
        manifest = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        _refuse(
            path, translate("Bundles", "its manifest is not JSON ({problem}).").format(problem=exc)
        )
    if not isinstance(manifest, dict) or manifest.get("format") != fmt.FORMAT:
        _refuse(path, translate("Bundles", "it is not a Community Workbench log bundle."))
    version = manifest.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > fmt.VERSION:
        _refuse(
            path,
            translate(
                "Bundles",
                "it is of format version {version}; this app reads up to version {known}. "
                "Update the workbench to merge it.",
            ).format(version=version, known=fmt.VERSION),
        )
    if (problem := problem_with("manifest", manifest)) is not None:
        _refuse(
            path,
            translate("Bundles", "its manifest does not fit the format ({problem}).").format(
                problem=problem
            ),
        )
    return manifest


def _signer(
    path: Path, manifest: dict[str, Any], manifest_bytes: bytes, signature: bytes
) -> Signer:
    exporter = manifest["exporter"]
    key = PublicKey.from_b64(exporter["public_key"])
    if key.fingerprint != exporter["fingerprint"]:
        _refuse(
            path, translate("Bundles", "its manifest names a fingerprint that is not its key's.")
        )
    try:
        raw = base64.b64decode(signature.strip(), validate=True)
    except (binascii.Error, ValueError):
        _refuse(path, translate("Bundles", "its signature is not base64."))
    if not key.verifies(raw, manifest_bytes):
        _refuse(
            path,
            translate(
                "Bundles",
                "its signature does not match its manifest: the bundle was changed after "
                "{name} signed it, or was not signed by them.",
            ).format(name=exporter["name"]),
        )
    return Signer(exporter["id"], exporter["name"], key)


def _records(path: Path, name: str, data: bytes) -> list[dict[str, Any]]:
    record = fmt.RECORD_OF_FILE[name]
    records = []
    for number, line in enumerate(data.splitlines(), start=1):
        if not line.strip():
            continue
        if len(line) > fmt.MAX_LINE:
            _refuse(
                path,
                translate("Bundles", "{name} line {line} is longer than a record may be.").format(
                    name=name, line=number
                ),
            )
        try:
            value = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            _refuse(
                path,
                translate("Bundles", "{name} line {line} is not JSON ({problem}).").format(
                    name=name, line=number, problem=exc
                ),
            )
        if (problem := problem_with(record, value)) is not None:
            _refuse(
                path,
                translate(
                    "Bundles", "{name} line {line} is not a valid {record} ({problem})."
                ).format(name=name, line=number, record=record, problem=problem),
            )
        records.append(value)
    return records


def read_bundle(path: Path) -> Bundle:
    """The bundle at ``path``, checked through; :class:`BundleError` names what is wrong."""
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError:
        _refuse(path, translate("Bundles", "there is no such file."))
    except _DAMAGED as exc:
        _refuse(
            path,
            translate(
                "Bundles", "it is not a complete zip file ({problem}); it may be truncated."
            ).format(problem=exc),
        )
    with archive:
        infos = _members(path, archive)
        manifest_bytes = _read_member(path, archive, infos[fmt.MANIFEST], fmt.MAX_MANIFEST)
        manifest = _manifest(path, manifest_bytes)
        signature = _read_member(path, archive, infos[fmt.SIGNATURE], 1024)
        signer = _signer(path, manifest, manifest_bytes, signature)
        contents: dict[str, list[dict[str, Any]]] = {}
        for name in fmt.RECORD_FILES:
            data = _read_member(path, archive, infos[name], fmt.MAX_FILE)
            listed = manifest["files"][name]
            if len(data) != listed["bytes"] or hashlib.sha256(data).hexdigest() != listed["sha256"]:
                _refuse(
                    path,
                    translate(
                        "Bundles", "{name} is not the file its signed manifest lists."
                    ).format(name=name),
                )
            contents[name] = _records(path, name, data)
    counts = manifest["counts"]
    for name, key in (
        (fmt.EVENTS, "events"),
        (fmt.MEMBERS, "members"),
        (fmt.ITEMS, "items"),
        (fmt.SOURCES, "sources"),
    ):
        if len(contents[name]) != counts[key]:
            _refuse(
                path,
                translate(
                    "Bundles", "{name} holds {found} records; its manifest says {said}."
                ).format(name=name, found=len(contents[name]), said=counts[key]),
            )
    return Bundle(
        path=path,
        manifest=manifest,
        signer=signer,
        events=contents[fmt.EVENTS],
        members=contents[fmt.MEMBERS],
        items=contents[fmt.ITEMS],
        sources=contents[fmt.SOURCES],
    )
