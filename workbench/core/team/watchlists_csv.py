"""A watch list's domains as Mastodon's domain-block CSV, written and read.

Mastodon exports its blocks as ``#domain,#severity,#reject_media,#reject_reports,
#public_comment,#obfuscate`` and imports such a file only to add blocks. Read into a list here,
the file is the list's domains: entries are added, changed and retracted to match it (a plan,
shown first). A ban is Mastodon's ``suspend``, a mute ``silence``, watching ``noop``; trusted
domains have no severity there and stay out of the file.
"""

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from workbench.core.atomic import write_bytes_atomic
from workbench.core.errors import WorkbenchError
from workbench.core.events.projections.watchlists import REASON_LIMIT
from workbench.core.i18n import translate
from workbench.core.team.watchlists import Entry, Target, domain
from workbench.core.team.watchlists_changes import Wanted

HEADER = (
    "#domain",
    "#severity",
    "#reject_media",
    "#reject_reports",
    "#public_comment",
    "#obfuscate",
)
SEVERITY = {"ban": "suspend", "mute": "silence", "watch": "noop"}
RECOMMENDATION = {severity: recommendation for recommendation, severity in SEVERITY.items()}
MAX_BYTES = 16 * 1024**2
MAX_ROWS = 200_000
_BOOLEAN = {"true": True, "false": False, "": False}


@dataclass(frozen=True, slots=True)
class Exported:
    path: Path
    written: int
    left_out: int
    """Trusted domains: Mastodon's blocks have no such severity."""


def write_csv(path: Path, entries: list[Entry]) -> Exported:
    """The list's domain entries (as in force here) to ``path``, as Mastodon writes them."""
    buffer = io.StringIO()
    out = csv.writer(buffer, lineterminator="\n")
    out.writerow(HEADER)
    written = left_out = 0
    for entry in entries:
        if not entry.target.is_domain:
            continue
        severity = SEVERITY.get(entry.effective)
        if severity is None:
            left_out += entry.effective != "ignore"
            continue
        suspended = "true" if severity == "suspend" else "false"
        out.writerow([entry.target.entity, severity, suspended, suspended, entry.reason, "false"])
        written += 1
    write_bytes_atomic(path, buffer.getvalue().encode())
    return Exported(path, written, left_out)


def _problem(path: Path, line: int, text: str) -> WorkbenchError:
    return WorkbenchError(
        translate("Watchlists", "{path}, line {line}: {problem}").format(
            path=path.name, line=line, problem=text
        )
    )


def _text(path: Path) -> str:
    try:
        with path.open("rb") as file:
            data = file.read(MAX_BYTES + 1)
    except OSError as exc:
        raise WorkbenchError(
            translate("Watchlists", "Cannot read {path}: {problem}").format(
                path=path, problem=exc.strerror or exc
            )
        ) from exc
    if len(data) > MAX_BYTES:
        raise WorkbenchError(
            translate(
                "Watchlists", "{path} is larger than {size} MiB: no domain-block list is."
            ).format(path=path.name, size=MAX_BYTES // 1024**2)
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise _problem(path, line, translate("Watchlists", "not UTF-8 text.")) from exc


def read_csv(path: Path) -> dict[Target, Wanted]:
    """The domains of a Mastodon domain-block CSV; anything amiss is named by its line."""
    rows = csv.reader(io.StringIO(_text(path), newline=""))
    wanted: dict[Target, Wanted] = {}
    try:
        header = next(rows, None)
        if header is None or tuple(h.strip() for h in header) != HEADER:
            raise _problem(
                path,
                1,
                translate("Watchlists", "the header must be {header}").format(
                    header=",".join(HEADER)
                ),
            )
        for row in rows:
            line = rows.line_num
            if not any(value.strip() for value in row):
                continue
            if len(wanted) >= MAX_ROWS:
                raise _problem(
                    path,
                    line,
                    translate("Watchlists", "more than {count} domains.").format(count=MAX_ROWS),
                )
            to, want = _row(path, line, row)
            if to in wanted:
                raise _problem(
                    path,
                    line,
                    translate("Watchlists", "{domain} is listed twice.").format(domain=to.entity),
                )
            wanted[to] = want
    except csv.Error as exc:
        raise _problem(path, rows.line_num, str(exc)) from exc
    return wanted


def _row(path: Path, line: int, row: list[str]) -> tuple[Target, Wanted]:
    if len(row) != len(HEADER):
        raise _problem(
            path,
            line,
            translate("Watchlists", "{count} fields where the header has {expected}.").format(
                count=len(row), expected=len(HEADER)
            ),
        )
    name, severity, reject_media, reject_reports, comment, obfuscate = (v.strip() for v in row)
    try:
        to = domain(name)
    except WorkbenchError as exc:
        raise _problem(path, line, str(exc)) from exc
    if severity not in RECOMMENDATION:
        raise _problem(
            path,
            line,
            translate("Watchlists", "#severity is one of {choices}; not '{value}'.").format(
                choices=", ".join(RECOMMENDATION), value=severity
            ),
        )
    for field, value in (
        ("#reject_media", reject_media),
        ("#reject_reports", reject_reports),
        ("#obfuscate", obfuscate),
    ):
        if value.lower() not in _BOOLEAN:
            raise _problem(
                path,
                line,
                translate("Watchlists", "{field} is true or false; not '{value}'.").format(
                    field=field, value=value
                ),
            )
    if len(comment) > REASON_LIMIT:
        raise _problem(
            path,
            line,
            translate("Watchlists", "#public_comment is longer than {limit} characters.").format(
                limit=REASON_LIMIT
            ),
        )
    return to, Wanted(RECOMMENDATION[severity], comment)
