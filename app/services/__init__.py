"""The service layer: the one door views and the command line go through.

``open_store`` opens (creating, checking and upgrading) the database; ``Services`` bundles
the use-case areas for one actor.  Services return plain dataclasses, never ORM objects.
"""

from __future__ import annotations

import importlib
import logging
import sqlite3
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app import paths
from app.db import make_engine, normalise_url, sqlite_path
from app.leftovers import clean_database_leftovers
from app.lock import NetworkPathError, acquire, is_network_path
from app.migrate import current_revision, preflight_sqlite, upgrade_database
from app.services.audit_chain import forget_head
from app.services.base import Store
from app.services.permissions import OWNER, Actor
from app.services.reference import load_reference_data

translate = QCoreApplication.translate

log = logging.getLogger(__name__)


class DatabaseDamagedError(RuntimeError):
    """The SQLite file failed its integrity check; it was not touched further."""

    def __init__(self, details: str, backup: Path | None):
        self.backup = backup
        text = translate(
            "Database", "The database is damaged ({details}). Nothing was changed in it.",
        ).format(details=details)
        if backup is not None:
            text += " " + translate(
                "Database", "The newest good backup is {path}: restore it.").format(path=backup)
        else:
            text += " " + translate("Database", "No good backup was found.")
        super().__init__(text)


def _integrity(path: Path, full: bool) -> str | None:
    """None when the file is sound, else what the check said.  Read-only: a damaged file is
    not switched to WAL or otherwise touched by looking at it."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            result = [r[0] for r in conn.execute(f"PRAGMA {pragma}")]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return str(exc)
    return None if result == ["ok"] else "; ".join(result[:3])


def _reachable(engine) -> None:
    """A server that cannot be reached is a message, not a traceback."""
    from sqlalchemy.exc import InterfaceError, OperationalError

    from app.services.base import translate
    from app.services.errors import DatabaseUnavailableError

    if engine.dialect.name == "sqlite":
        return
    try:
        engine.connect().close()
    except (OperationalError, InterfaceError) as exc:
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
        raise DatabaseUnavailableError(translate(
            "Services", "The database server {host} cannot be reached: {reason}").format(
            host=engine.url.render_as_string(hide_password=True), reason=reason)) from exc


def open_store(url: str) -> Store:
    """Open the database at ``url``: refuse a network share, a newer, foreign, damaged or
    locked file; back up and upgrade an older one; refresh the reference data."""
    given = Path(url) if "://" not in url else None  # before resolve() folds «//server»
    url = normalise_url(url)
    path = sqlite_path(url)
    lock = None
    if path is not None:
        for candidate in filter(None, (given, path)):
            if is_network_path(candidate):
                raise NetworkPathError(candidate)
        preflight_sqlite(path)  # before the engine switches the file to WAL
        lock = acquire(path)
        try:  # holding the lock, nobody else writes this database's temporary copies
            clean_database_leftovers(path)
        except OSError as exc:
            log.warning("leftovers of %s not cleaned: %s", path, exc)
    engine = None
    try:
        if path is not None and path.exists() and path.stat().st_size > 0:
            # quick_check on every open; the full check after an unclean shutdown
            problem = _integrity(path, full=lock.unclean)
            if problem is not None:
                from app.backup_catalog import newest_good_backup
                from app.backup_manifest import contents_of_file

                # only this database's copies whose checksum matches; copies of older
                # versions only if they hold the cluster the damaged file still names
                known = contents_of_file(path)
                good = newest_good_backup(paths.database_backup_dir(path), paths.backup_dir(),
                                          known.cluster_id if known else None)
                raise DatabaseDamagedError(problem, good.path if good else None)
        engine = make_engine(url)
        _reachable(engine)
        created = current_revision(engine) is None
        upgrade_database(engine)
        if created:  # a new database where another may have been: its audit log starts anew
            forget_head(engine)
        store = Store.from_engine(engine)
        store.lock = lock
        with store.sessions.begin() as session:
            load_reference_data(session)
    except BaseException:
        if engine is not None:
            engine.dispose()
        if lock is not None:
            lock.release()
        raise
    return store


# area → where its service lives: a service's module (and what it imports: openpyxl,
# reportlab, …) is imported the first time the area is asked for, not at start-up
AREAS: dict[str, str] = {
    "reference": "app.services.reference:ReferenceService",
    "cluster": "app.services.cluster:ClusterService",
    "participants": "app.services.participants_service:ParticipantsService",
    "participants_import": "app.services.importers.participants:ParticipantsImportService",
    "participants_export": "app.services.reports.participants:ParticipantsExportService",
    "personal_data": "app.services.reports.personal_data:PersonalDataService",
    "system": "app.services.system:SystemService",
    "audit": "app.services.audit:AuditService",
    "accounts": "app.services.accounts:AccountsService",
    "backups": "app.services.backups:BackupService",
    "sites": "app.services.sites:SitesService",
    "roadmap": "app.services.roadmap:RoadmapService",
    "reports": "app.services.reports.monitoring:ReportsService",
    "grants": "app.services.grants:GrantsService",
    "contracts_import": "app.services.importers.contracts:ContractsImportService",
    "monitoring": "app.services.reports.monitoring_form:MonitoringService",
    "infrastructure_import": "app.services.importers.infrastructure:InfrastructureImportService",
    "infrastructure_export": "app.services.reports.infrastructure:InfrastructureExportService",
    "events": "app.services.events:EventsService",
    "reach": "app.services.reach:ReachService",
    "event_reports": "app.services.reports.plans:PlanReportsService",
    "ambassadors": "app.services.ambassadors:AmbassadorsService",
    "checklists": "app.services.checklists:ChecklistsService",
    "inspections": "app.services.inspections:InspectionsService",
    "findings": "app.services.findings:FindingsService",
    "photos": "app.services.photos:PhotosService",
    "field": "app.services.field:FieldService",
    "inspection_reports": "app.services.reports.inspection:InspectionReportService",
    "first_run": "app.services.first_run:FirstRunService",
    "demo": "app.services.demo.service:DemoService",
    "career_maps": "app.services.careers:CareerMapsService",
    "career_map_reports": "app.services.reports.career_map:CareerMapReportService",
    "governance": "app.services.governance:GovernanceService",
    "indicators": "app.services.indicators:IndicatorsService",
    "training": "app.services.training:TrainingService",
    "network": "app.services.network:NetworkService",
    "indicator_reports": "app.services.reports.indicators:IndicatorReportService",
    "annual_reports": "app.services.reports.annual:AnnualReportService",
    "protocols": "app.services.reports.protocol:ProtocolService",
    "dashboard": "app.services.dashboard:DashboardService",
    "data_check": "app.services.data_check:DataCheckService",
    "deadlines": "app.services.deadlines:DeadlinesService",
    "requests": "app.services.requests.service:RequestsService",
    "agreements": "app.services.reports.agreement:AgreementService",
}


class Services:
    """The use-case areas for one actor, each made on first use (``services.grants``)."""

    def __init__(self, store: Store, actor: Actor = OWNER):
        self.store = store
        self.actor = actor
        self._making = threading.RLock()  # a worker thread may ask for an area at once

    def __getattr__(self, name: str):
        # only reached for a name not yet in the instance: make the area once, keep it
        spec = AREAS.get(name)
        if spec is None or name.startswith("_"):
            raise AttributeError(f"{type(self).__name__!s} has no area {name!r}")
        with self._making:
            made = self.__dict__.get(name)
            if made is None:
                module, cls = spec.split(":")
                made = getattr(importlib.import_module(module), cls)(self.store, self.actor)
                self.__dict__[name] = made
        return made

    def all(self) -> dict[str, object]:
        """Every service by name (the permission test walks them)."""
        made = {name: getattr(self, name) for name in AREAS}
        extra = {k: v for k, v in vars(self).items()
                 if k not in made and k not in ("store", "actor", "_making")}
        return made | extra

    def close(self) -> None:
        self.store.close()
