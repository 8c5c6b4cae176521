"""Database checks: integrity and migration state (``python -m app check``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import text

from app.db import SQLITE_APPLICATION_ID, display_url, is_sqlite
from app.migrate import current_revision, head_revision
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
        from app.services.audit import verify_chain

        chain = verify_chain(engine)
        for problem in chain:
            report.fail(problem)
        if not chain:
            report.lines.append(translate("Check", "Audit log: the chain is intact"))
        return report
