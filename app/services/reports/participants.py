"""The participants list as a table: the export file and the blank template share it, and the
importer reads it back (same headers)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from sqlalchemy import and_, func, null, select

from app.models import Cluster, Contact, Membership, Organization
from app.services import clock
from app.services.audit import Action, record_now
from app.services.base import Service, translate
from app.services.cluster import document_author
from app.services.errors import Cancelled
from app.services.importers.participants import HEADERS, ROLE_WORDS
from app.services.participants import MemberRole, member_clause, member_ids
from app.services.permissions import Permission, requires
from app.services.reports.model import Column, TableReport

_KINDS = {"joined_on": "date", "agreement_date": "date"}
#: narrow enough for A3 landscape at 7 pt or more; long names wrap (the rows grow to fit)
_WIDTHS = {"full_name": 34, "short_name": 20, "inn": 13, "ogrn": 16, "kpp": 10, "address": 28,
           "region": 15, "role": 13, "joined_on": 11, "agreement_no": 11, "agreement_date": 11,
           "contact": 20, "phone": 15, "email": 20}
COLUMNS = [Column(h, _KINDS.get(f, "text"), _WIDTHS.get(f, 16)) for f, h in HEADERS.items()]
#: The columns that fit on A4 landscape, with their relative widths there (an agreement
#: number like «ОПЦ-2024/001102» fits on one line: a code cut in two reads wrong).
PDF_WIDTHS = {"full_name": 41, "short_name": 23, "inn": 11, "ogrn": 13, "role": 12,
              "joined_on": 10, "agreement_no": 15, "region": 17}


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


class StreamedRows:
    """The export's rows, read from a ``select`` while the file is written: never all the
    ORM objects (and a list of rows) in memory at once.  Sized, because the writers declare
    the sheet's size before the first row.  ``progress(done, total)`` is told every
    ``STEP`` rows; ``cancelled()`` stops the export there (nothing is written)."""

    STEP = 500

    def __init__(self, count: int, rows: Iterator[Sequence], progress=None, cancelled=None):
        self.count, self._rows = count, rows
        self._progress, self._cancelled = progress, cancelled

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[Sequence]:
        for done, row in enumerate(self._rows):
            if done % self.STEP == 0:
                if self._cancelled is not None and self._cancelled():
                    raise Cancelled(translate("Reports", "The export was cancelled."))
                if self._progress is not None:
                    self._progress(done, self.count)
            yield row


def _selected(s, today, counterparties: bool) -> tuple[int, Iterator[tuple]]:
    """The members today (``member_clause``, the one rule), or the counterparties: their
    count and their rows in the export's column order, streamed from one select."""
    o, m = Organization, Membership
    members = member_ids(today)
    chosen = o.id.not_in(members) if counterparties else o.id.in_(members)
    count = s.scalar(select(func.count()).select_from(o).where(chosen)) or 0
    contacts: dict = {}  # each organization's first contact (by name), as the form lists it
    for org_id, name, phone, email in s.execute(
            select(Contact.organization_id, Contact.full_name, Contact.phone, Contact.email)
            .where(Contact.organization_id.in_(select(o.id).where(chosen)))
            .order_by(Contact.organization_id, Contact.full_name)):
        contacts.setdefault(org_id, (name, phone, email))
    columns = (o.id, o.full_name, o.short_name, o.inn, o.ogrn, o.kpp, o.address, o.region,
               o.phone, o.email)
    if counterparties:  # not members today: no current membership to show
        query = select(*columns, null(), null(), null(), null()).where(chosen)
    else:
        query = select(*columns, m.role, m.joined_on, m.agreement_no, m.agreement_date).join(
            m, and_(m.organization_id == o.id, member_clause(today)))
    query = query.order_by(o.full_name, o.id).execution_options(yield_per=1000)

    def rows() -> Iterator[tuple]:
        last = None
        for (org_id, full, short, inn, ogrn, kpp, address, region, phone, email,
             role, joined, agreement_no, agreement_date) in s.execute(query):
            if org_id == last:  # two current memberships: the organization is listed once
                continue
            last = org_id
            name, c_phone, c_email = contacts.get(org_id, ("", "", ""))
            yield (full, short, inn or "", ogrn or "", kpp or "", address, region,
                   ROLE_WORDS[MemberRole(role)] if role else "", joined, agreement_no or "",
                   agreement_date, name, c_phone or phone, c_email or email)

    return count, rows()


class ParticipantsExportService(Service):
    def _title(self, counterparties: bool) -> TableReport:
        if counterparties:
            return TableReport(title=translate("Reports", "Counterparties of the cluster"),
                               columns=COLUMNS, sheet_name="Контрагенты")
        return TableReport(title=translate("Reports", "Participants of the cluster"),
                           columns=COLUMNS, sheet_name="Участники")

    @requires(Permission.PARTICIPANTS_EXPORT)
    def export_xlsx(self, target: Path | str, counterparties: bool = False,
                    progress=None, cancelled=None) -> int:
        """Write the members (or the counterparties) to ``target``; returns the number of
        rows.  The rows stream from the database into a write-only sheet."""
        report = self._title(counterparties)
        with self._session() as s:
            report.author = document_author(s)
            count, rows = _selected(s, clock.today(), counterparties)
            report.rows = StreamedRows(count, rows, progress, cancelled)
            write_xlsx(report, target)
        self._audit(target, count)
        return count

    def _audit(self, target, rows: int) -> None:
        """Exports are audited: the file holds contacts' names, phones and e-mails."""
        record_now(self.store.sessions, Action.EXPORT,
                   f"{Path(target).name}: {rows}", table_name="organization",
                   username=self.actor.username or "—")

    @requires(Permission.PARTICIPANTS_EXPORT)
    def export_pdf(self, target: Path | str, counterparties: bool = False,
                   progress=None, cancelled=None) -> int:
        """The participants list (or the counterparties) as a printable PDF (the columns
        that fit A4 landscape); returns the number of rows.  ``progress(done, total)``
        counts the rows laid out."""
        full = self._title(counterparties)
        fields = list(HEADERS)
        picked = [fields.index(f) for f in PDF_WIDTHS]
        with self._session() as s:
            cluster = s.scalar(select(Cluster.name).order_by(Cluster.created_at).limit(1))
            author = document_author(s)
            _, rows = _selected(s, clock.today(), counterparties)
            body = [[row[i] for i in picked] for row in rows]
        report = TableReport(
            title=full.title,
            columns=[
                Column(full.columns[i].title, full.columns[i].kind, PDF_WIDTHS[fields[i]])
                for i in picked
            ],
            rows=body,
            author=author,
        )

        def laid_out(done: int) -> None:  # called by the writer as pages are laid out
            if cancelled is not None and cancelled():
                raise Cancelled(translate("Reports", "The export was cancelled."))
            if progress is not None:
                progress(done, len(body))

        write_pdf(report, target, subtitle=cluster or "", progress=laid_out)
        self._audit(target, len(report.rows))
        return len(report.rows)

    @requires(Permission.PARTICIPANTS_EXPORT)
    def export_template(self, target: Path | str) -> None:
        write_xlsx(participants_report([]), target)
