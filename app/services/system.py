"""Database checks: integrity and migration state (``python -m app check``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select, text

from app import backup_catalog
from app.db import SQLITE_APPLICATION_ID, display_url, is_sqlite, sqlite_path
from app.first_figures import STAMP_SQL, stamp_of
from app.migrate import current_revision, head_revision
from app.models import AuditEntry
from app.pg_dump import backups_folder, live_contents
from app.services import audit_chain
from app.services.audit import Action, check_chain, check_recorded_head, record_now
from app.services.audit_chain import compare_with_head
from app.services.audit_trail import REBASE_ACTIONS
from app.services.base import Service, translate
from app.services.permissions import Permission, requires


@dataclass
class CheckReport:
    ok: bool = True
    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def fail(self, message: str) -> None:
        self.ok = False
        self.problems.append(message)


class SystemService(Service):
    @requires(Permission.SYSTEM_CHECK)
    def check(self, full: bool = True) -> CheckReport:
        """Integrity of the store and whether its schema is the program's."""
        report = CheckReport()
        engine = self.store.engine
        report.lines.append(translate("Check", "Database: {url}").format(url=display_url(engine)))
        current, head = current_revision(engine), head_revision()
        report.lines.append(
            translate("Check", "Schema version: {current} (this program: {head})").format(
                current=current or "—", head=head
            )
        )
        if current != head:
            report.fail(translate("Check", "The schema is not up to date."))
        with engine.connect() as conn:
            if is_sqlite(engine):
                pragma = "integrity_check" if full else "quick_check"
                result = [r[0] for r in conn.execute(text(f"PRAGMA {pragma}"))]
                if result != ["ok"]:
                    report.fail(
                        translate("Check", "Integrity check failed: {details}").format(
                            details="; ".join(result[:5])
                        )
                    )
                else:
                    report.lines.append(translate("Check", "Integrity check: ok"))
                fk = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
                if fk:
                    report.fail(
                        translate("Check", "{count} rows point to missing rows (foreign keys).").format(
                            count=len(fk)
                        )
                    )
                app_id = conn.execute(text("PRAGMA application_id")).scalar()
                if app_id != SQLITE_APPLICATION_ID:
                    report.fail(translate("Check", "The file is not marked as a ClusterDesk database."))
            else:
                server = conn.execute(text("SHOW server_version")).scalar()
                report.lines.append(translate("Check", "PostgreSQL server {version}: reachable").format(
                    version=server
                ))
        self._check_audit(report)
        return report

    @requires(Permission.INDICATORS_READ)  # the dashboard's: it keeps its figures with it
    def data_stamp(self) -> tuple[Path | None, str]:
        """The database file (None for a server) and the stamp of its data now
        (app/first_figures.py: the same SQL the next start reads without SQLAlchemy)."""
        with self._session() as s:
            stamp = stamp_of(s.execute(text(STAMP_SQL)).first())
        return sqlite_path(self.store.engine), stamp

    @requires(Permission.BACKUP_RESTORE)
    def accept_audit_head(self) -> None:
        """Take the audit log as it is now as the known one on this computer: after a restore
        made outside the program (pg_restore, a file copied back), once a reported mismatch is
        understood.  Audited; the next check compares with the new head."""
        head = audit_chain.recorded_head(self.store.engine)
        record_now(self.store.sessions, Action.AUDIT_ACCEPTED,
                   f"recorded head: {head.seq if head else '—'}",
                   username=self.actor.username or "—")

    def _check_audit(self, report: CheckReport) -> None:
        """The chain entry by entry, then against the head recorded outside the database."""
        engine = self.store.engine
        chain = check_chain(engine)
        head_problems, compared = check_recorded_head(engine)
        for problem in chain.problems + head_problems:
            report.fail(problem)
        if not chain.problems and not head_problems:
            report.lines.append(translate("Check", "Audit log: the chain is intact"))
        if chain.signed:
            report.lines.append(translate(
                "Check", "Audit log: {signed} of {entries} entries are signed with a key kept "
                         "outside the database.").format(signed=chain.signed, entries=chain.entries))
        elif not is_sqlite(engine):
            report.lines.append(translate(
                "Check", "Audit log: on PostgreSQL the entries are not signed; the log is "
                         "compared with the head recorded on this computer."))
        report.lines.extend(chain.notes)
        report.lines.append(compared)
        self._check_audit_against_backup(report)

    def _check_audit_against_backup(self, report: CheckReport) -> None:
        """The head recorded in the newest backup's manifest must still be in the log: the
        backups folder is a second witness beside this computer's state file.  Copies made
        before the latest restore (or acceptance) belong to the history it replaced."""
        engine = self.store.engine
        with engine.connect() as conn:
            rebased = conn.execute(select(func.max(AuditEntry.at)).where(
                AuditEntry.action.in_(REBASE_ACTIONS))).scalar()
            cluster = live_contents(conn).cluster_id
        since = datetime.fromisoformat(rebased) if rebased else None
        for info in backup_catalog.list_backups(backups_folder(engine)):  # newest first
            manifest = info.manifest
            if manifest is None or not manifest.contents or not manifest.contents.audit_seq:
                continue
            if manifest.contents.cluster_id != cluster:
                continue  # a copy of another database that was at this place before
            made = manifest.made_at if manifest.made_at.tzinfo else \
                manifest.made_at.astimezone(UTC)
            if since is not None and made <= since:
                return
            problems = compare_with_head(engine, manifest.contents.audit_seq,
                                         manifest.contents.audit_hash or "")
            for problem in problems:
                report.fail(translate("Check", "Compared with the backup {name}: {problem}")
                            .format(name=info.path.name, problem=problem))
            if not problems:
                report.lines.append(translate(
                    "Check", "Audit log: it holds the last entry recorded in the backup "
                             "{name}.").format(name=info.path.name))
            return
