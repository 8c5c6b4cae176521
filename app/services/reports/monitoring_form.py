"""The monthly monitoring form («Мониторинговая форма по реализации закупочных процедур,
контрактации и расходованию средств гранта», seed 003, instrument 2) and its submissions.

The form is a picture of grant spending as of the last day of a month: per source, per budget
line, the procedures and the contracts signed by then (built in ``monitoring_form_figures``,
drawn by ``monitoring_form_xlsx`` and ``monitoring_form_files``).  A final export keeps a
JSON snapshot of what was sent (``MonitoringSubmission``): later changes to that month are
listed against it, and the next month's form shows how far each line moved since the last
form sent.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import MonitoringSubmission, User
from app.services import clock
from app.services.audit import Action, record_now
from app.services.base import Service
from app.services.cluster import current_cluster
from app.services.errors import PermissionDenied, ValidationError
from app.services.grants import label, rub
from app.services.permissions import Permission, requires
from app.services.reports.monitoring_form_data import (  # noqa: F401 - parse_month: for the CLI
    FormData,
    month_start,
    month_text,
    parse_month,
)
from app.services.reports.monitoring_form_figures import (
    FIGURES,
    build_form,
    form_snapshot,
)
from app.services.reports.monitoring_form_files import form_report
from app.services.reports.monitoring_form_xlsx import write_form_xlsx

translate = QCoreApplication.translate


def write_form(form: FormData, target: Path | str) -> Path:
    """xlsx or PDF by the extension."""
    target = Path(target)
    if target.suffix.lower() == ".pdf":
        from app.services.reports.pdf import write_pdf  # reportlab: only when a PDF is asked

        return write_pdf(form_report(form), target)
    return write_form_xlsx(form, target)


@dataclass(frozen=True)
class SubmissionRow:
    id: uuid.UUID
    month: date
    submitted_at: datetime
    submitted_by: str


@dataclass(frozen=True)
class Change:
    """A figure that changed after the month's form was submitted."""

    kind: str  # "line" or "contract"
    id: str
    what: str  # «Line "…"», «Contract No. … (supplier)»
    figure: str  # which figure, or «added» / «removed»
    before: Decimal | str | None  # None: not there at submission
    now: Decimal | str | None  # None: gone since

    def text(self) -> str:
        def shown(value) -> str:
            if value is None:
                return "—"
            return rub(value) if isinstance(value, Decimal) else value

        return translate("MonitoringForm", "Changed after submission: {what}, {figure}: "
                                           "{before} → {now}").format(
            what=self.what, figure=self.figure, before=shown(self.before), now=shown(self.now))


# --- the service -----------------------------------------------------------------------------

def _changes(before: dict, now: dict) -> list[Change]:
    names = {"planned": translate("MonitoringForm", "planned"),
             "announced": translate("MonitoringForm", "announced"),
             "contracted": translate("MonitoringForm", "contracted"),
             "accepted": translate("MonitoringForm", "accepted"),
             "paid": translate("MonitoringForm", "paid"),
             "amount": translate("MonitoringForm", "contract sum"),
             "vat": translate("MonitoringForm", "VAT"),
             "status": translate("MonitoringForm", "status")}
    out: list[Change] = []

    def compare(kind: str, old: dict, new: dict, keys, what) -> None:
        for key in [*new, *(k for k in old if k not in new)]:
            row = new.get(key) or old[key]
            if key not in old or key not in new:
                amount = Decimal(row.get("contracted", row.get("amount", "0")))
                added = key not in old
                figure = translate("MonitoringForm", "added") if added else translate(
                    "MonitoringForm", "removed")
                out.append(Change(kind, key, what(row), figure, None if added else amount,
                                  amount if added else None))
                continue
            for name in keys:
                a, b = old[key].get(name), row.get(name)
                if a == b:
                    continue
                if name == "status":
                    a, b = label(a or ""), label(b or "")
                else:
                    a, b = Decimal(a or 0), Decimal(b or 0)
                out.append(Change(kind, key, what(row), names[name], a, b))

    compare("line", before.get("lines", {}), now["lines"], FIGURES,
            lambda r: translate("MonitoringForm", "Line «{name}»").format(name=r["name"]))
    compare("contract", before.get("contracts", {}), now["contracts"],
            ("amount", "vat", "accepted", "paid", "status"),
            lambda r: translate("MonitoringForm", "Contract No. {number} ({supplier})").format(
                number=r["number"], supplier=r["supplier"]))
    return out


class MonitoringService(Service):
    def _month(self, month: date) -> date:
        month = month_start(month)
        if month > month_start(clock.today()):
            raise ValidationError({"month": translate(
                "MonitoringForm", "The month {month} has not begun yet: a form is made for "
                                  "the current month or one before it.").format(
                month=month_text(month))})
        return month

    def _prepared_by(self, s: Session) -> str:
        if not self.actor.username:
            return ""
        full = s.scalar(select(User.full_name).where(User.username == self.actor.username))
        return full or self.actor.username

    @requires(Permission.GRANTS_READ)
    def form(self, month: date) -> FormData:
        month = self._month(month)
        with self._session() as s:
            return build_form(s, month, prepared_by=self._prepared_by(s))

    @requires(Permission.GRANTS_READ)
    def export_form(self, month: date, target: Path | str, final: bool = False,
                    also: Path | str | None = None) -> int:
        """Write the month's form (xlsx or PDF by the extension); a final export also keeps
        the snapshot of its figures.  ``also``: a second file (the PDF beside the xlsx) of
        the same form, written in the same step (one snapshot for both).  Returns the number
        of rows in the form."""
        if final and not self.actor.allows(Permission.MONITORING_SUBMIT):
            record_now(self.store.sessions, Action.DENIED,
                       f"MonitoringService.export_form final ({Permission.MONITORING_SUBMIT})",
                       username=self.actor.username or "—")
            raise PermissionDenied(translate(
                "MonitoringForm", "Your role may export the form only as a draft: submitting "
                                  "it as final needs the right to submit monitoring forms."))
        month = self._month(month)
        targets = [Path(target)] + ([Path(also)] if also is not None else [])
        if any(t.suffix.lower() not in (".xlsx", ".pdf") for t in targets):
            raise ValidationError({"target": translate(
                "MonitoringForm", "The form is written to a .xlsx or a .pdf file.")})
        # A final form and its snapshot succeed together: the files are written beside the
        # targets inside the transaction and moved into place only after the commit.
        staged = [t.with_name(f".{t.stem}.staged{t.suffix}") for t in targets]
        target = targets[0]
        try:
            with self._session() as s:
                form = build_form(s, month, prepared_by=self._prepared_by(s))
                if final:
                    form.submitted_at = clock.now()
                    s.add(MonitoringSubmission(
                        cluster_id=current_cluster(s).id, month=month,
                        submitted_at=form.submitted_at, submitted_by=self.actor.username or "—",
                        snapshot=json.dumps(form_snapshot(form), ensure_ascii=False,
                                            sort_keys=True)))
                for path in staged:
                    write_form(form, path)
            for path, final_path in zip(staged, targets, strict=True):
                os.replace(path, final_path)
        finally:
            for path in staged:
                path.unlink(missing_ok=True)
        detail = f"{', '.join(t.name for t in targets)}: {len(form.rows)}"
        record_now(self.store.sessions, Action.EXPORT,
                   detail + (f" ({month:%Y-%m}, final)" if final else ""),
                   username=self.actor.username or "—")
        return len(form.rows)

    @requires(Permission.GRANTS_READ)
    def submissions(self, month: date | None = None) -> list[SubmissionRow]:
        """Submitted forms, the newest first; of one month if ``month`` is given."""
        query = select(MonitoringSubmission).order_by(
            MonitoringSubmission.month.desc(), MonitoringSubmission.submitted_at.desc())
        if month is not None:
            query = query.where(MonitoringSubmission.month == month_start(month))
        with self._session() as s:
            return [SubmissionRow(x.id, x.month, _aware(x.submitted_at), x.submitted_by)
                    for x in s.scalars(query)]

    @requires(Permission.GRANTS_READ)
    def changes_since_submission(self, month: date) -> list[Change]:
        """What changed in the month's figures after its latest submitted form: a payment
        or a contract entered late, a sum corrected.  Empty when nothing was submitted."""
        month = month_start(month)
        with self._session() as s:
            latest = s.scalars(select(MonitoringSubmission).where(
                MonitoringSubmission.month == month).order_by(
                MonitoringSubmission.submitted_at.desc()).limit(1)).first()
            if latest is None:
                return []
            now = form_snapshot(build_form(s, month))
            return _changes(json.loads(latest.snapshot), now)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)  # SQLite keeps no zone
