"""The participants list as a table: the export file and the blank template share it, and the
importer reads it back (same headers)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.models import Cluster, Membership, Organization
from app.services import clock
from app.services.audit import Action, record_now
from app.services.base import Service, translate
from app.services.importers.participants import HEADERS, ROLE_WORDS
from app.services.participants import MemberRole, member_clause, member_ids
from app.services.permissions import Permission, requires
from app.services.reports.model import Column, TableReport

_KINDS = {"joined_on": "date", "agreement_date": "date"}
_WIDTHS = {"full_name": 50, "short_name": 30, "address": 40, "contact": 28, "email": 26}
COLUMNS = [Column(h, _KINDS.get(f, "text"), _WIDTHS.get(f, 16)) for f, h in HEADERS.items()]
#: The columns that fit on A4 landscape, with their relative widths there.
PDF_WIDTHS = {"full_name": 44, "short_name": 23, "inn": 11, "ogrn": 13, "role": 12,
              "joined_on": 10, "agreement_no": 12, "region": 17}



def write_xlsx(report, target):
    from app.services.reports.xlsx import write_xlsx as write  # openpyxl: load when used

    return write(report, target)


def write_pdf(report, target, **kwargs):
    from app.services.reports.pdf import write_pdf as write  # reportlab: load when used

    return write(report, target, **kwargs)


def participants_report(orgs: list[Organization], counterparties: bool = False,
                        current: dict | None = None) -> TableReport:
    """``current``: each member's membership of today (by organization id)."""
    if counterparties:
        report = TableReport(title=translate("Reports", "Counterparties of the cluster"),
                             columns=COLUMNS, sheet_name="Контрагенты")
    else:
        report = TableReport(title=translate("Reports", "Participants of the cluster"),
                             columns=COLUMNS, sheet_name="Участники")
    current = current or {}
    for org in orgs:
        m = current.get(org.id)
        contact = org.contacts[0] if org.contacts else None
        report.rows.append(
            [
                org.full_name,
                org.short_name,
                org.inn or "",
                org.ogrn or "",
                org.kpp or "",
                org.address,
                org.region,
                ROLE_WORDS[MemberRole(m.role)] if m else "",
                m.joined_on if m else None,
                m.agreement_no if m else "",
                m.agreement_date if m else None,
                contact.full_name if contact else "",
                (contact.phone if contact and contact.phone else org.phone),
                (contact.email if contact and contact.email else org.email),
            ]
        )
    return report


class ParticipantsExportService(Service):
    def _report(self, counterparties: bool = False) -> TableReport:
        """The members today (``member_clause``, the one rule), or the counterparties."""
        today = clock.today()
        members = member_ids(today)
        with self._session() as s:
            orgs = list(
                s.scalars(
                    select(Organization)
                    .where(Organization.id.not_in(members) if counterparties
                           else Organization.id.in_(members))
                    .order_by(Organization.full_name)
                    .options(selectinload(Organization.contacts))
                )
            )
            current = {m.organization_id: m for m in s.scalars(
                select(Membership).where(member_clause(today)))}
            return participants_report(orgs, counterparties, current)

    @requires(Permission.PARTICIPANTS_EXPORT)
    def export_xlsx(self, target: Path | str, counterparties: bool = False) -> int:
        """Write the members (or the counterparties) to ``target``; returns the number of
        rows."""
        report = self._report(counterparties)
        write_xlsx(report, target)
        self._audit(target, len(report.rows))
        return len(report.rows)

    def _audit(self, target, rows: int) -> None:
        """Exports are audited: the file holds contacts' names, phones and e-mails."""
        record_now(self.store.sessions, Action.EXPORT,
                   f"{Path(target).name}: {rows}", table_name="organization",
                   username=self.actor.username or "—")

    @requires(Permission.PARTICIPANTS_EXPORT)
    def export_pdf(self, target: Path | str, counterparties: bool = False) -> int:
        """The participants list (or the counterparties) as a printable PDF (the columns
        that fit A4 landscape); returns the number of rows."""
        full = self._report(counterparties)
        with self._session() as s:
            cluster = s.scalar(select(Cluster.name).order_by(Cluster.created_at).limit(1))
        fields = list(HEADERS)
        picked = [fields.index(f) for f in PDF_WIDTHS]
        report = TableReport(
            title=full.title,
            columns=[
                Column(full.columns[i].title, full.columns[i].kind, PDF_WIDTHS[fields[i]])
                for i in picked
            ],
            rows=[[row[i] for i in picked] for row in full.rows],
        )
        write_pdf(report, target, subtitle=cluster or "")
        self._audit(target, len(report.rows))
        return len(report.rows)

    @requires(Permission.PARTICIPANTS_EXPORT)
    def export_template(self, target: Path | str) -> None:
        write_xlsx(participants_report([]), target)
