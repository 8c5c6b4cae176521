"""The audit log read back: entries filtered for the administrator, a record's history, the
chain's check.  Recording lives in ``audit_trail`` (which permissions and sessions use); its
names are imported here too, where the services have always taken them from."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, select

from app.models import AuditEntry
from app.services import audit_text
from app.services.audit_trail import (  # noqa: F401 - the services import these from here
    HIDDEN,
    REDACTED,
    SYSTEM,
    Action,
    AuditedSession,
    ChainReport,
    append,
    check_chain,
    check_recorded_head,
    entry_hash,
    is_bytes_marker,
    plain_value,
    record,
    record_now,
    verify_chain,
)
from app.services.base import Service
from app.services.permissions import Permission, requires


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime
    username: str
    action: str
    table_name: str
    row_id: str
    before: dict
    after: dict
    detail: str

    # the entry in words (app.services.audit_text): what every screen and export shows
    @property
    def when_text(self) -> str:
        return audit_text.when(self.at)

    @property
    def who_text(self) -> str:
        return audit_text.who(self.username)

    @property
    def record_text(self) -> str:
        return audit_text.record_kind(self.table_name)

    @property
    def description(self) -> str:
        return audit_text.describe(self.action, self.table_name, self.before, self.after,
                                   self.detail)


def _row(e) -> AuditRow:
    return AuditRow(
        e.seq, datetime.fromisoformat(e.at), e.username, e.action, e.table_name, e.row_id,
        json.loads(e.before) if e.before else {}, json.loads(e.after) if e.after else {}, e.detail,
    )


class AuditService(Service):
    @requires(Permission.AUDIT_READ)
    def entries(self, *, username: str = "", action: str = "", table_name: str = "",
                search: str = "", since: date | None = None, until: date | None = None,
                limit: int = 5000) -> list[AuditRow]:
        """The newest entries first, filtered."""
        query = select(AuditEntry).order_by(AuditEntry.seq.desc())
        if username:
            query = query.where(AuditEntry.username == username)
        if action:
            query = query.where(AuditEntry.action == action)
        if table_name:
            query = query.where(AuditEntry.table_name == table_name)
        if since:
            query = query.where(AuditEntry.at >= since.isoformat())
        if until:
            query = query.where(AuditEntry.at < date.fromordinal(until.toordinal() + 1).isoformat())
        with self._session() as s:
            if not search:
                return [_row(e) for e in s.scalars(query.limit(limit))]
            # The text is matched in Python: SQLite's LIKE ignores case for Latin letters only;
            # and it is matched in the words shown, not in the stored keys and codes.
            needle = search.casefold()
            found: list[AuditRow] = []
            for e in s.scalars(query.execution_options(yield_per=500)):
                row = _row(e)
                if e.row_id == search or needle in (
                        row.description + " " + row.record_text).casefold():
                    found.append(row)
                    if len(found) >= limit:
                        break
            return found

    @requires(Permission.RECORD_HISTORY)
    def history(self, row_ids: Iterable[uuid.UUID | str]) -> list[AuditRow]:
        """Everything the log knows about these rows (a record and its children), oldest
        first."""
        ids = [str(i) for i in row_ids]
        if not ids:
            return []
        query = (select(AuditEntry).where(and_(AuditEntry.row_id.in_(ids)))
                 .order_by(AuditEntry.seq))
        with self._session() as s:
            return [_row(e) for e in s.scalars(query)]

    @requires(Permission.SYSTEM_CHECK)
    def verify(self) -> list[str]:
        """Tampering found: in the chain itself, or against the head recorded here."""
        return verify_chain(self.store.engine) + check_recorded_head(self.store.engine)[0]
