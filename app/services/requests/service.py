"""Data requests to participants: create one, write one workbook per participant, take the
files back (a dry run lists the changes; a real run accepts each good file on its own, all
or nothing), and say where everything stands."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from app.models import DataRequest, FigureSource, Organization, RequestRecipient, RequestReturn
from app.services import clock
from app.services.base import Service, translate
from app.services.cluster import current_cluster, document_author
from app.services.errors import NotFoundError, ValidationError
from app.services.files import atomic_write
from app.services.participants import member_clause
from app.services.permissions import Permission, requires
from app.services.requests import status
from app.services.requests.intake import Examined, FileOutcome, examine
from app.services.requests.kinds import KINDS
from app.services.requests.kinds.base import Context
from app.services.requests.status import BoardRow, Provenance, RequestData
from app.services.requests.workbook import Sheet, write_workbook

MAX_TITLE = 500
SUFFIXES = (".xlsx", ".xlsm")


@dataclass(frozen=True)
class Candidate:
    """A participant a request may ask."""

    id: uuid.UUID
    name: str
    inn: str


def safe_name(text: str, limit: int = 80) -> str:
    """A name Windows accepts for a file or a folder."""
    text = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "_", " ".join(text.split()))
    return text[:limit].strip(" .") or "_"


class RequestsService(Service):
    @requires(Permission.INDICATORS_READ)
    def kinds(self) -> list[tuple[str, str]]:
        return [(code, kind.title) for code, kind in KINDS.items()]

    @requires(Permission.INDICATORS_READ)
    def candidates(self, on: date | None = None) -> list[Candidate]:
        """The members of the cluster on ``on`` (by the participants' one rule)."""
        from app.models import Membership

        with self._session() as s:
            cluster = current_cluster(s)
            rows = s.execute(select(Organization.id, Organization.short_name,
                                    Organization.full_name, Organization.inn)
                             .join(Membership, Membership.organization_id == Organization.id)
                             .where(member_clause(on, cluster.id)).distinct())
            out = [Candidate(r.id, r.short_name or r.full_name, r.inn or "") for r in rows]
        return sorted(out, key=lambda c: c.name.casefold())

    @requires(Permission.INDICATORS_WRITE)
    def create(self, kind: str, date_from: date, date_to: date, due_on: date,
               organizations: Iterable[uuid.UUID | str] | None = None,
               title: str = "") -> RequestData:
        """A request to the participants given (inn or id), or every member on the period's
        last day when ``organizations`` is None."""
        errors = {}
        if kind not in KINDS:
            errors["kind"] = translate("Requests", "Unknown kind of request «{kind}»: {known}.")\
                .format(kind=kind, known=", ".join(KINDS))
        if date_to < date_from:
            errors["date_to"] = translate("Requests", "The period ends before it starts.")
        if due_on < date_from:
            errors["due_on"] = translate("Requests", "The due date is before the period starts.")
        if len(title) > MAX_TITLE:
            errors["title"] = translate("Requests", "The title is too long.")
        members = {c.id: c for c in self.candidates(date_to)}
        chosen: list[uuid.UUID] = []
        if organizations is None:
            chosen = list(members)
        else:
            for given in organizations:
                found = next((c.id for c in members.values()
                              if str(given).strip() in (c.inn, str(c.id))), None)
                if found is None:
                    errors["organizations"] = translate(
                        "Requests", "«{given}» is not a member of the cluster on {date}.")\
                        .format(given=given, date=f"{date_to:%d.%m.%Y}")
                elif found not in chosen:
                    chosen.append(found)
        if not chosen and "organizations" not in errors:
            errors["organizations"] = translate("Requests", "Choose at least one participant.")
        if errors:
            raise ValidationError(errors)
        with self._session() as s:
            cluster = current_cluster(s)
            number = (s.scalar(select(func.max(DataRequest.number))) or 0) + 1
            request = DataRequest(
                cluster_id=cluster.id, number=number, kind=kind,
                title=" ".join(title.split()) or KINDS[kind].title, period_from=date_from,
                period_to=date_to, due_on=due_on, created_by=self.actor.username or "")
            s.add(request)
            s.flush()
            for org_id in chosen:
                s.add(RequestRecipient(request_id=request.id, organization_id=org_id))
            s.flush()
            request_id = request.id
        return self.request(request_id)

    @requires(Permission.INDICATORS_READ)
    def requests(self, today: date | None = None) -> list[RequestData]:
        with self._session() as s:
            return status.request_rows(s, today or clock.today())

    @requires(Permission.INDICATORS_READ)
    def request(self, ref: uuid.UUID | str | int) -> RequestData:
        """A request by its id or its number."""
        for r in self.requests():
            if str(ref).strip() in (str(r.id), str(r.number)):
                return r
        raise NotFoundError(translate("Requests", "There is no request {ref}: see «list "
                                                  "requests».").format(ref=ref))

    @requires(Permission.INDICATORS_READ)
    def board(self, request_id: uuid.UUID | None = None) -> list[BoardRow]:
        with self._session() as s:
            return status.board_rows(s, request_id)

    @requires(Permission.INDICATORS_READ)
    def reminders(self, today: date | None = None) -> list[BoardRow]:
        """The participants whose file is overdue, the longest overdue first."""
        today = today or clock.today()
        rows = [b for b in self.board() if b.overdue(today)]
        return sorted(rows, key=lambda b: (b.due_on, b.organization.casefold()))

    @requires(Permission.INDICATORS_READ)
    def provenance(self, table: str, record_id: uuid.UUID) -> Provenance | None:
        with self._session() as s:
            return status.provenance(s, table, record_id)

    @requires(Permission.INDICATORS_WRITE)
    def write_files(self, request_id: uuid.UUID, folder: Path | str,
                    progress: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None) -> list[Path]:
        """One workbook per participant, in a sub-folder named for it under ``folder``; each
        recipient is marked sent with the fixed parts written.  Returns the files."""
        folder = Path(folder)
        written: list[Path] = []
        request = self.request(request_id)
        kind = KINDS[request.kind]
        board = self.board(request.id)
        for index, b in enumerate(board):
            if cancelled is not None and cancelled():
                break
            with self._session() as s:
                recipient = s.get(RequestRecipient, b.recipient_id)
                ctx = Context(current_cluster(s).id, b.organization_id, request.period_from,
                              request.period_to)
                sheet = Sheet(str(request.id), request.number, request.title, kind,
                              request.period_from, request.period_to, request.due_on,
                              b.organization, b.inn, str(b.organization_id),
                              kind.prefill(s, ctx), document_author(s))
                sub = folder / safe_name(f"{b.organization} ИНН {b.inn}" if b.inn
                                         else b.organization)
                name = safe_name(translate("Requests", "{organization} — request {number}")
                                 .format(organization=b.organization, number=request.number))
                path = sub / f"{name}.xlsx"
                with atomic_write(path) as tmp:
                    fixed, sha = write_workbook(Path(tmp), sheet)
                recipient.fixed_cells, recipient.fixed_sha256 = fixed, sha
                recipient.sent_on, recipient.file_name = clock.today(), path.name
            written.append(path)
            if progress is not None:
                progress(index + 1, len(board))
        return written

    @requires(Permission.INDICATORS_WRITE)
    def take(self, target: Path | str | Iterable[Path | str], dry_run: bool = False,
             request_id: uuid.UUID | None = None) -> list[FileOutcome]:
        """Take back one file, a folder (its sub-folders too) or a list of files.  Each file
        on its own: accepted whole or refused whole, with the reason; ``dry_run`` only lists
        what would change."""
        files = self._files(target)
        if not files:
            raise ValidationError({"target": translate(
                "Requests", "There are no .xlsx files in {path}.").format(path=target)})
        return [self._take_one(path, dry_run, request_id) for path in files]

    def _files(self, target) -> list[Path]:
        if isinstance(target, str | Path):
            target = Path(target)
            if target.is_dir():
                return sorted(p for p in target.rglob("*") if p.is_file()
                              and p.suffix.lower() in SUFFIXES and not p.name.startswith(
                                  ("~$", ".")))
            return [target]
        return [Path(p) for p in target]

    def _take_one(self, path: Path, dry_run: bool, request_id) -> FileOutcome:
        refusal: FileOutcome | None = None
        with self._session() as s:
            found = examine(s, path, request_id)
            if isinstance(found, Examined):
                return self._apply(s, found, dry_run)
            refusal = found
        # the participant's own untouched file, refused for its rows: it did come back
        if refusal.rows_of is not None and not dry_run:
            with self._session() as s:
                recipient = s.get(RequestRecipient, refusal.rows_of)
                recipient.returned_on = recipient.returned_on or clock.today()
                recipient.last_refusal = refusal.reason[:1000]
        return refusal

    def _apply(self, s, found: Examined, dry_run: bool) -> FileOutcome:
        out = found.outcome
        applied = found.kind.apply(s, found.ctx, found.rows, write=not dry_run)
        out.changes = applied.changes
        if dry_run:
            out.status = "checked"
            return out
        accepted = RequestReturn(
            recipient_id=found.recipient.id, file_name=out.path.name, sha256=found.sha256,
            content_sha256=found.content_sha256, accepted_at=clock.now(),
            accepted_by=self.actor.username or "—", changes=len(applied.changes))
        s.add(accepted)
        s.flush()
        for table, record_id, action in applied.touched:
            s.add(FigureSource(return_id=accepted.id, record_table=table, record_id=record_id,
                               action=action))
        found.recipient.returned_on = found.recipient.returned_on or clock.today()
        found.recipient.accepted_on = clock.today()
        found.recipient.last_refusal = ""
        out.status = "accepted"
        return out

