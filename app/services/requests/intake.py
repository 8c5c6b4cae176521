"""Taking a returned file back: match it to its request and participant by its manifest,
refuse what is not that participant's untouched file (another request, another participant,
edited outside its input cells, already accepted), read every row with row and column
messages, and compare with what is stored.  Writing is the service's (one file, one
transaction)."""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from openpyxl.utils import get_column_letter
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.formats import format_date
from app.models import DataRequest, Organization, RequestRecipient, RequestReturn
from app.services.base import translate
from app.services.importers.base import ERRORS_KEPT, ImportFileError, RowErrors
from app.services.requests.kinds import KINDS
from app.services.requests.kinds.base import Change, Context, Kind, Row, is_blank, parse_cell
from app.services.requests.workbook import (
    FIRST_ROW,
    NotARequestFile,
    Returned,
    content_digest,
    digest,
    fixed_parts,
    meta_of,
    read_manifest_and_sheet,
)

INN_IN_NAME = re.compile(r"(?<!\d)(\d{10}|\d{12})(?!\d)")


@dataclass
class CellError:
    file: str
    sheet: str
    row: int
    column: str  # the column's letter and title, or ""
    message: str

    def __str__(self) -> str:
        if self.column:
            return translate("Requests", "File «{file}», sheet «{sheet}», row {row}, column "
                                         "{column}: {message}").format(**vars(self))
        return translate("Requests", "File «{file}», sheet «{sheet}», row {row}: {message}"
                         ).format(**vars(self))


@dataclass
class FileOutcome:
    path: Path
    status: str = "refused"  # accepted | refused | checked (a dry run that would accept)
    reason: str = ""
    participant: str = ""
    request_number: int | None = None
    errors: list[CellError] = field(default_factory=list)
    error_count: int = 0
    changes: list[Change] = field(default_factory=list)
    rows_of: uuid.UUID | None = None  # the recipient whose file was refused for its rows

    @property
    def ok(self) -> bool:
        return self.status != "refused"

    def add(self, error: CellError) -> None:
        self.error_count += 1
        if len(self.errors) < ERRORS_KEPT:
            self.errors.append(error)


@dataclass
class Examined:
    """A file that passed every check but the rows' own: ready to compare and apply."""

    outcome: FileOutcome
    kind: Kind
    recipient: RequestRecipient
    ctx: Context
    rows: list[Row]
    sha256: str
    content_sha256: str


def column_name(kind: Kind, col: int) -> str:
    letter = get_column_letter(col)
    if col <= len(kind.fields):
        return f"{letter} «{kind.fields[col - 1].title}»"
    return letter


def examine(s: Session, path: Path, request_id: uuid.UUID | None) -> Examined | FileOutcome:
    out = FileOutcome(path)
    name = path.name

    def refuse(reason: str) -> FileOutcome:
        out.reason = reason
        return out

    try:
        returned = read_manifest_and_sheet(path)
    except (ImportFileError, NotARequestFile) as exc:
        return refuse(str(exc))
    manifest = returned.manifest
    kind = KINDS[manifest["kind"]]
    try:
        request = s.get(DataRequest, uuid.UUID(manifest.get("request_id", "")))
    except ValueError:
        request = None
    if request is None:
        return refuse(translate("Requests", "The file answers request № {number}, which is not "
                                            "in this database.").format(
            number=manifest.get("request_number") or "—"))
    out.request_number = request.number
    if request_id is not None and request.id != request_id:
        chosen = s.get(DataRequest, request_id)
        return refuse(translate("Requests", "The file answers another request: № {number} "
                                            "«{title}», not № {chosen}.").format(
            number=request.number, title=request.title, chosen=chosen.number if chosen else "—"))
    inn = manifest.get("inn", "")
    recipient = _recipient(s, request, manifest)
    if recipient is None:
        return refuse(translate("Requests", "The participant with INN {inn} was not asked by "
                                            "request № {number}.").format(
            inn=inn or "—", number=request.number))
    org = s.get(Organization, recipient.organization_id)
    out.participant = org.short_name or org.full_name
    folder_inn = INN_IN_NAME.findall(path.parent.name)
    if folder_inn and inn not in folder_inn:
        return refuse(translate(
            "Requests", "The file belongs to {organization} (INN {inn}) but lies in the folder "
                        "«{folder}» of another participant: it was sent by or for someone "
                        "else. Put it in its own participant's folder if that is right.").format(
            organization=out.participant, inn=inn or "—", folder=path.parent.name))
    if not recipient.fixed_sha256:
        return refuse(translate("Requests", "No file was written for {organization} under "
                                            "this request.").format(organization=out.participant))
    keys = []
    while f"key{FIRST_ROW + len(keys)}" in manifest:
        keys.append(manifest[f"key{FIRST_ROW + len(keys)}"])
    meta = meta_of(returned.sheet, str(request.id), inn, kind,
                   int(manifest.get("last_row", "0")))
    parts = fixed_parts(kind, meta, keys, returned.get)
    if manifest.get("checksum") != recipient.fixed_sha256 or digest(parts) != \
            recipient.fixed_sha256:
        _fixed_changed(out, kind, returned, parts, recipient, name)
        return refuse(translate(
            "Requests", "The file was changed outside its input cells (or it is an older copy "
                        "than the one last written for {organization}); it was not accepted. "
                        "Write the file again or ask for the one sent.").format(
            organization=out.participant))
    content = content_digest(returned, len(kind.fields))
    twice = s.execute(select(RequestReturn.accepted_at, RequestReturn.accepted_by,
                             RequestReturn.file_name)
                      .where(RequestReturn.recipient_id == recipient.id,
                             RequestReturn.content_sha256 == content)).first()
    if twice is not None:
        return refuse(translate("Requests", "This file was already accepted on {date} by "
                                            "{user} (file {file}); nothing was changed.").format(
            date=format_date(twice.accepted_at.astimezone().date()), user=twice.accepted_by,
            file=twice.file_name))
    rows = _rows(out, kind, returned, keys, name, int(manifest.get("last_row", "0")))
    if out.error_count:
        out.rows_of = recipient.id
        return refuse(translate("Requests", "{count} errors in the file; nothing was taken "
                                            "from it.").format(count=out.error_count))
    ctx = Context(request.cluster_id, recipient.organization_id, request.period_from,
                  request.period_to)
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    return Examined(out, kind, recipient, ctx, rows, sha, content)


def _recipient(s: Session, request: DataRequest, manifest: dict) -> RequestRecipient | None:
    """The recipient the manifest names, if its ИНН is that participant's."""
    query = (select(RequestRecipient, Organization.inn)
             .join(Organization, Organization.id == RequestRecipient.organization_id)
             .where(RequestRecipient.request_id == request.id))
    for recipient, inn in s.execute(query):
        if str(recipient.organization_id) == manifest.get("organization_id") \
                and (inn or "") == manifest.get("inn", ""):
            return recipient
    return None


def _fixed_changed(out: FileOutcome, kind: Kind, returned: Returned, parts: list,
                   recipient: RequestRecipient, name: str) -> None:
    """Name the first cells that differ from the fixed parts written."""
    try:
        written = {p[0]: p[1:] for p in json.loads(recipient.fixed_cells or "[]")}
    except ValueError:
        written = {}
    now = {p[0]: p[1:] for p in parts}
    for key, before in written.items():
        after = now.get(key)
        if after == before:
            continue
        found = re.fullmatch(r"([A-Z]+)(\d+)", key)
        if found:
            col = sum((ord(c) - 64) * 26 ** i for i, c in enumerate(reversed(found[1])))
            row = int(found[2])
            message = translate("Requests", "the cell is not an input cell and was changed: "
                                            "«{before}» became «{after}».").format(
                before=before[0], after=(after or [""])[0])
            out.add(CellError(name, returned.sheet, row, column_name(kind, col), message))
        elif key.startswith("key"):
            out.add(CellError(name, returned.sheet, int(key[3:]), "", translate(
                "Requests", "the row's mark in the hidden manifest was changed.")))
        if len(out.errors) >= 5:
            break


class _Collected:
    """Takes what ``RowErrors.report`` hands over."""

    def __init__(self) -> None:
        self.items: list = []

    def add_error(self, error) -> None:
        self.items.append(error)


def _rows(out: FileOutcome, kind: Kind, returned: Returned, keys: list[str], name: str,
          last_row: int) -> list[Row]:
    rows = []
    columns = {f.key: column_name(kind, i) for i, f in enumerate(kind.fields, start=1)}
    for number in range(FIRST_ROW, last_row + 1):
        prefilled = number - FIRST_ROW < len(keys)
        raw = [returned.get(number, col) for col in range(1, len(kind.fields) + 1)]
        if not prefilled and all(is_blank(v) for v in raw):
            continue
        errors, values = RowErrors(), {}
        for f, value in zip(kind.fields, raw, strict=True):
            values[f.key] = errors.read(f.key, partial(parse_cell, f), value)
        row = Row(number, keys[number - FIRST_ROW] if prefilled else "", values)
        if not errors:
            kind.check(row, errors)
        collected = _Collected()
        errors.report(collected, number, lambda key: columns.get(key, ""))
        for error in collected.items:
            out.add(CellError(name, returned.sheet, number, error.column, error.message))
        rows.append(row)
    for row, col, value in returned.extra:
        out.add(CellError(name, returned.sheet, row, column_name(kind, col), translate(
            "Requests", "«{value}» is outside the table; the file's table ends at row {last} "
                        "and column {column}. Delete it or move it into the table.").format(
            value=value, last=last_row, column=get_column_letter(len(kind.fields)))))
    out.error_count += max(0, returned.extra_count - len(returned.extra))
    return rows
