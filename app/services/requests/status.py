"""Where the requests stand: per request and participant — sent, returned, accepted,
overdue; the reminder list; who has not reported for a period (the reports say so); the
returns due for «Сроки»; and where a record's figures came from (its provenance)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.formats import format_date
from app.models import (
    DataRequest,
    FigureSource,
    Organization,
    RequestRecipient,
    RequestReturn,
)
from app.services.base import translate
from app.services.requests.kinds import kind_label

STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("Requests", "Not sent"),
    "sent": QT_TRANSLATE_NOOP("Requests", "Sent"),
    "returned": QT_TRANSLATE_NOOP("Requests", "Returned, not accepted"),
    "accepted": QT_TRANSLATE_NOOP("Requests", "Accepted"),
}


@dataclass(frozen=True)
class RequestData:
    id: uuid.UUID
    number: int
    kind: str
    title: str
    period_from: date
    period_to: date
    due_on: date
    recipients: int = 0
    sent: int = 0
    accepted: int = 0
    overdue: int = 0

    @property
    def kind_label(self) -> str:
        return kind_label(self.kind)


@dataclass(frozen=True)
class BoardRow:
    request_id: uuid.UUID
    number: int
    title: str
    recipient_id: uuid.UUID
    organization_id: uuid.UUID
    organization: str
    inn: str
    email: str
    due_on: date
    sent_on: date | None
    returned_on: date | None
    accepted_on: date | None
    file_name: str
    last_refusal: str

    @property
    def status(self) -> str:
        if self.accepted_on:
            return "accepted"
        if self.returned_on:
            return "returned"
        return "sent" if self.sent_on else "draft"

    @property
    def status_label(self) -> str:
        return translate("Requests", STATUS_LABELS[self.status])

    def overdue(self, today: date) -> bool:
        return self.accepted_on is None and self.due_on < today

    def reminder(self, today: date) -> str:
        """A line of the reminder list: who, what, due when, by how many days late."""
        text = translate("Requests", "{organization} (INN {inn}): request № {number} «{title}», "
                                     "due {due}, overdue by {days} d.").format(
            organization=self.organization, inn=self.inn or "—", number=self.number,
            title=self.title, due=format_date(self.due_on), days=(today - self.due_on).days)
        return f"{text} {self.email}" if self.email else text


@dataclass(frozen=True)
class Provenance:
    organization: str
    inn: str
    file_name: str
    sha256: str
    accepted_at: datetime
    accepted_by: str
    request_number: int

    def line(self) -> str:
        return translate("Requests", "Received from {organization} (file {file}, {date}, "
                                     "accepted by {user})").format(
            organization=self.organization, file=self.file_name,
            date=format_date(self.accepted_at.astimezone().date()), user=self.accepted_by)


def org_name(row) -> str:
    return row.short_name or row.full_name


def board_rows(s: Session, request_id: uuid.UUID | None = None) -> list[BoardRow]:
    query = (select(RequestRecipient, DataRequest, Organization)
             .join(DataRequest, DataRequest.id == RequestRecipient.request_id)
             .join(Organization, Organization.id == RequestRecipient.organization_id))
    if request_id is not None:
        query = query.where(DataRequest.id == request_id)
    rows = [BoardRow(q.id, q.number, q.title, r.id, o.id, org_name(o), o.inn or "", o.email,
                     q.due_on, r.sent_on, r.returned_on, r.accepted_on, r.file_name,
                     r.last_refusal)
            for r, q, o in s.execute(query)]
    rows.sort(key=lambda b: (-b.number, b.organization.casefold()))
    return rows


def request_rows(s: Session, today: date) -> list[RequestData]:
    board: dict[uuid.UUID, list[BoardRow]] = {}
    for b in board_rows(s):
        board.setdefault(b.request_id, []).append(b)
    out = []
    for q in s.scalars(select(DataRequest).order_by(DataRequest.number.desc())):
        mine = board.get(q.id, [])
        out.append(RequestData(q.id, q.number, q.kind, q.title, q.period_from, q.period_to,
                               q.due_on, len(mine), sum(1 for b in mine if b.sent_on),
                               sum(1 for b in mine if b.accepted_on),
                               sum(1 for b in mine if b.overdue(today))))
    return out


def open_returns(s: Session) -> list[BoardRow]:
    """Every recipient whose figures are still due (not accepted), for «Сроки»."""
    return [b for b in board_rows(s) if b.accepted_on is None]


def provenance(s: Session, table: str, record_id: uuid.UUID) -> Provenance | None:
    """The newest accepted file that created or updated the record, or None."""
    row = s.execute(
        select(RequestReturn, DataRequest.number, Organization)
        .join(FigureSource, FigureSource.return_id == RequestReturn.id)
        .join(RequestRecipient, RequestRecipient.id == RequestReturn.recipient_id)
        .join(DataRequest, DataRequest.id == RequestRecipient.request_id)
        .join(Organization, Organization.id == RequestRecipient.organization_id)
        .where(FigureSource.record_table == table, FigureSource.record_id == record_id)
        .order_by(RequestReturn.accepted_at.desc()).limit(1)).first()
    if row is None:
        return None
    ret, number, org = row
    return Provenance(org_name(org), org.inn or "", ret.file_name, ret.sha256,
                      ret.accepted_at, ret.accepted_by, number)
