"""The monthly monitoring form («Мониторинговая форма по реализации закупочных процедур,
контрактации и расходованию средств гранта», seed 003, instrument 2) and its submissions.

The form is a picture of grant spending as of the last day of a month: per source, per budget
line, the procedures and the contracts signed by then.  The figures come from
``grants.spending_rows`` and ``grants.contract_rows``, so the form and the screen agree.  A
final export keeps a JSON snapshot of what was sent (``MonitoringSubmission``): later changes
to that month are listed against it, and the next month's form shows how far each line moved
since the last form sent.
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
from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app.formats import format_date
from app.models import (
    Cluster,
    Contract,
    FundingSource,
    MonitoringSubmission,
    Organization,
    Procurement,
    User,
)
from app.services import clock
from app.services.audit import Action, record_now
from app.services.base import Service
from app.services.cluster import current_cluster, document_author
from app.services.errors import PermissionDenied, ValidationError
from app.services.grants import (
    KOPECK,
    ContractRow,
    ContractStatus,
    Figures,
    ProcurementStatus,
    contract_rows,
    delivery_overdue,
    label,
    rub,
    spending_rows,
)
from app.services.permissions import Permission, requires
from app.services.reports.monitoring_form_data import (  # noqa: F401 - parse_month: for the CLI
    FormData,
    FormRow,
    month_end,
    month_start,
    month_text,
    parse_month,
)
from app.services.reports.monitoring_form_files import form_report
from app.services.reports.monitoring_form_xlsx import write_form_xlsx

translate = QCoreApplication.translate

FIGURES = ("planned", "announced", "contracted", "accepted", "paid")
TENTH = Decimal("0.1")
SNAPSHOT_FORMAT = 1


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


def _pct(value: Decimal | None) -> Decimal | None:
    return None if value is None else value.quantize(TENTH)


def _figures_row(kind: str, number: str, item: str, f: Figures, row_id=None) -> FormRow:
    return FormRow(kind, number, item, row_id, planned=f.planned, announced=f.announced,
                   contracted=f.contracted, accepted=f.accepted, paid=f.paid,
                   remaining=f.remaining, pct_contracted=_pct(f.pct_contracted),
                   pct_paid=_pct(f.pct_paid))


def _procurement_row(p, number: str, as_of: date, lab=label) -> FormRow:
    """A procedure as it stood on ``as_of``: not yet announced then, it shows as planned."""
    status = p.status
    announced = p.announced_on if p.announced_on and p.announced_on <= as_of else None
    summed_up = p.summed_up_on if p.summed_up_on and p.summed_up_on <= as_of else None
    if status != ProcurementStatus.PLANNED and p.announced_on and announced is None:
        status = ProcurementStatus.PLANNED
    elif status in (ProcurementStatus.SUMMED_UP, ProcurementStatus.FAILED) \
            and p.summed_up_on and summed_up is None:
        status = ProcurementStatus.ANNOUNCED
    text = lab(status)
    if status == ProcurementStatus.PLANNED and p.planned_on:
        text = translate("MonitoringForm", "{status} for {date}").format(
            status=text, date=format_date(p.planned_on))
    return FormRow("procurement", number, p.subject, p.id, party=lab(p.method),
                   doc_no=p.notice_no if announced else "", doc_date=announced,
                   end_date=summed_up, status=text, status_code=status,
                   planned=p.initial_price)


def _contract_row(c: ContractRow, number: str, vat: Decimal, as_of: date,
                  lab=label) -> FormRow:
    """``as_of``: the form's date (the month's last day, or today for the current month)."""
    status = c.status
    if status == ContractStatus.FULFILLED and c.accepted < c.amount:
        status = ContractStatus.ACTIVE  # accepted in full only after the month's end
    note = translate("MonitoringForm", "Over the line: {reason}").format(
        reason=c.over_reason) if c.over_reason else ""
    # delivery was due before the form's date and not everything was accepted by then: the
    # one rule; on a past form's date a contract fulfilled since was still in force
    late = delivery_overdue(status if as_of < clock.today() else c.status, c.delivery_due,
                            c.accepted, c.amount, as_of)
    text = translate("MonitoringForm", "Overdue (delivery was due {date})").format(
        date=format_date(c.delivery_due)) if late else lab(status)
    return FormRow(
        "contract", number, c.subject, c.id, party=c.supplier, inn=c.supplier_inn,
        doc_no=c.number, doc_date=c.signed_on, end_date=c.delivery_due, status=text,
        status_code=status, note=note, contracted=c.amount, vat=vat, accepted=c.accepted,
        paid=c.paid, remaining=c.amount - c.paid,
        pct_paid=_pct(c.paid * 100 / c.amount) if c.amount else None, attention=late)


def _money(value) -> str:
    return str(Decimal(value).quantize(KOPECK))


def _figures_dict(row: FormRow) -> dict[str, str]:
    return {name: _money(getattr(row, name)) for name in FIGURES}


def _previous_snapshot(s: Session, cluster_id, month: date) -> tuple[date | None, dict]:
    sub = s.scalars(select(MonitoringSubmission).where(
        MonitoringSubmission.cluster_id == cluster_id, MonitoringSubmission.month < month)
        .order_by(MonitoringSubmission.month.desc(), MonitoringSubmission.submitted_at.desc())
        .limit(1)).first()
    return (sub.month, json.loads(sub.snapshot)) if sub else (None, {})


def _delta(row: FormRow, before: dict | None) -> None:
    before = before or {}
    row.delta_contracted = row.contracted - Decimal(before.get("contracted", "0"))
    row.delta_paid = row.paid - Decimal(before.get("paid", "0"))


def labelled(kind: str, name: str) -> str:
    """«Оборудование: Мастерская …» — the kind before the name, unless the name already
    begins with it (a budget line is often named «Оборудование: …»)."""
    if name.casefold().startswith(kind.casefold()):
        return name
    return f"{kind}: {name}"


def build_form(session: Session, month: date, *, prepared_by: str = "",
               today: date | None = None) -> FormData:
    """The form for ``month`` as of its last day."""
    s = session
    month = month_start(month)
    as_of = month_end(month)
    today = today or clock.today()
    due_by = min(today, as_of)  # the current month's contracts are late only once past due
    cluster = s.scalars(select(Cluster).order_by(Cluster.created_at)).first()
    sources = {x.id: x for x in s.execute(select(
        FundingSource.id, FundingSource.kind, FundingSource.name, FundingSource.amount,
        FundingSource.recipient_org_id).where(
        FundingSource.cluster_id == (cluster.id if cluster else None)))}
    recipients = sorted({name for name, in s.execute(select(_org_name()).where(
        Organization.id.in_([x.recipient_org_id for x in sources.values()
                             if x.kind == "federal_grant"])))})
    previous, before = (_previous_snapshot(s, cluster.id, month) if cluster else (None, {}))
    form = FormData(month, as_of, cluster.name if cluster else "", "; ".join(recipients),
                    cluster.region if cluster else "", prepared_by, previous, made_on=today,
                    author=document_author(s))
    labels: dict[str, str] = {}

    def lab(code: str) -> str:
        if code not in labels:
            labels[code] = label(code)
        return labels[code]

    extra = {cid: (pid, vat) for cid, pid, vat in s.execute(
        select(Contract.id, Contract.procurement_id, Contract.vat))}
    contracts: dict[tuple, list[ContractRow]] = {}  # by (line, procedure or None)
    for c in contract_rows(s, None, as_of):
        contracts.setdefault((c.line_id, extra[c.id][0]), []).append(c)
    procurements: dict[uuid.UUID, list] = {}
    for p in s.execute(select(
            Procurement.id, Procurement.line_id, Procurement.subject, Procurement.method,
            Procurement.notice_no, Procurement.initial_price, Procurement.planned_on,
            Procurement.announced_on, Procurement.summed_up_on, Procurement.status).order_by(
            Procurement.planned_on, Procurement.announced_on, Procurement.subject)):
        procurements.setdefault(p.line_id, []).append(p)

    def contract(c: ContractRow, number: str, under: bool) -> None:
        row = _contract_row(c, number, extra[c.id][1], due_by, lab)
        row.under_procedure = under
        form.rows.append(row)

    spending = spending_rows(s, as_of, due_by)
    for s_no, source_row in enumerate(spending[:-1], start=1):
        source = sources[source_row.id]
        form.rows.append(FormRow("source", str(s_no), labelled(lab(source.kind), source.name),
                                 source.id, planned=source.amount))
        for l_no, line_row in enumerate(source_row.children, start=1):
            number = f"{s_no}.{l_no}"
            row = _figures_row("line", number, labelled(lab(line_row.category), line_row.name),
                               line_row.figures, line_row.id)
            row.parent, row.name = source.id, line_row.name
            form.rows.append(row)
            if previous:
                _delta(row, before.get("lines", {}).get(str(line_row.id)))
            items = 0
            own = procurements.get(line_row.id, [])
            for p in own:
                items += 1
                form.rows.append(_procurement_row(p, f"{number}.{items}", as_of, lab))
                for c in contracts.get((line_row.id, p.id), []):
                    items += 1
                    contract(c, f"{number}.{items}", True)
            ids = {p.id for p in own}
            for (line_id, procurement_id), found in contracts.items():
                if line_id == line_row.id and procurement_id not in ids:
                    for c in found:
                        items += 1
                        contract(c, f"{number}.{items}", False)
        sub = _figures_row("subtotal", "", translate(
            "MonitoringForm", "Subtotal: {source}").format(source=source.name),
            source_row.figures, source.id)
        sub.name = source.name
        if previous:
            _delta(sub, before.get("sources", {}).get(str(source.id)))
        form.rows.append(sub)
    total = _figures_row("total", "", translate("MonitoringForm", "Total for all sources"),
                         spending[-1].figures)
    if previous:
        _delta(total, before.get("total"))
    form.rows.append(total)
    return form


def form_snapshot(form: FormData) -> dict:
    """The figures of the form per source, line and contract, amounts as strings (JSON)."""
    snap: dict = {"format": SNAPSHOT_FORMAT, "month": form.month.isoformat(),
                  "as_of": form.as_of.isoformat(), "sources": {}, "lines": {}, "contracts": {}}
    for row in form.rows:
        if row.kind == "line":
            snap["lines"][str(row.id)] = {"source_id": str(row.parent), "name": row.name,
                                          **_figures_dict(row)}
        elif row.kind == "subtotal":
            snap["sources"][str(row.id)] = {"name": row.name, **_figures_dict(row)}
        elif row.kind == "total":
            snap["total"] = _figures_dict(row)
        elif row.kind == "contract":
            snap["contracts"][str(row.id)] = {
                "number": row.doc_no, "supplier": row.party, "inn": row.inn,
                "signed_on": row.doc_date.isoformat(), "status": row.status_code,
                "amount": _money(row.contracted), "vat": _money(row.vat),
                "accepted": _money(row.accepted), "paid": _money(row.paid)}
    return snap


def _org_name():
    """An organization's name as the form prints it: the short one where there is one."""
    return case((func.coalesce(Organization.short_name, "") != "", Organization.short_name),
                else_=Organization.full_name)


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
