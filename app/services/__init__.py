"""The service layer: the one door views and the command line go through.

``open_store`` opens (creating, checking and upgrading) the database; ``Services`` bundles
the use-case areas for one actor.  Services return plain dataclasses, never ORM objects.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app import paths
from app.db import make_engine, normalise_url, sqlite_path
from app.leftovers import clean_database_leftovers
from app.lock import NetworkPathError, acquire, is_network_path
from app.migrate import current_revision, preflight_sqlite, upgrade_database
from app.services.accounts import AccountsService
from app.services.ambassadors import AmbassadorsService
from app.services.audit import AuditService
from app.services.audit_chain import forget_head
from app.services.backups import BackupService
from app.services.base import Store
from app.services.careers import CareerMapsService
from app.services.checklists import ChecklistsService
from app.services.cluster import ClusterService
from app.services.dashboard import DashboardService
from app.services.data_check import DataCheckService
from app.services.demo import DemoService
from app.services.events import EventsService
from app.services.field import FieldService
from app.services.findings import FindingsService
from app.services.first_run import FirstRunService
from app.services.governance import GovernanceService
from app.services.grants import GrantsService
from app.services.importers.contracts import ContractsImportService
from app.services.importers.infrastructure import InfrastructureImportService
from app.services.importers.participants import ParticipantsImportService
from app.services.indicators import IndicatorsService
from app.services.inspections import InspectionsService
from app.services.network import NetworkService
from app.services.participants import ParticipantsService
from app.services.permissions import OWNER, Actor
from app.services.photos import PhotosService
from app.services.reach import ReachService
from app.services.reference import ReferenceService, load_reference_data
from app.services.reports.annual import AnnualReportService
from app.services.reports.career_map import CareerMapReportService
from app.services.reports.indicators import IndicatorReportService
from app.services.reports.infrastructure import InfrastructureExportService
from app.services.reports.inspection import InspectionReportService
from app.services.reports.monitoring import ReportsService
from app.services.reports.monitoring_form import MonitoringService
from app.services.reports.participants import ParticipantsExportService
from app.services.reports.plans import PlanReportsService
from app.services.reports.protocol import ProtocolService
from app.services.roadmap import RoadmapService
from app.services.sites import SitesService
from app.services.system import SystemService
from app.services.training import TrainingService

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
                from app.backup import newest_good_backup
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


class Services:
    def __init__(self, store: Store, actor: Actor = OWNER):
        self.store = store
        self.actor = actor
        self.reference = ReferenceService(store, actor)
        self.cluster = ClusterService(store, actor)
        self.participants = ParticipantsService(store, actor)
        self.participants_import = ParticipantsImportService(store, actor)
        self.participants_export = ParticipantsExportService(store, actor)
        self.system = SystemService(store, actor)
        self.audit = AuditService(store, actor)
        self.accounts = AccountsService(store, actor)
        self.backups = BackupService(store, actor)
        self.sites = SitesService(store, actor)
        self.roadmap = RoadmapService(store, actor)
        self.reports = ReportsService(store, actor)
        self.grants = GrantsService(store, actor)
        self.contracts_import = ContractsImportService(store, actor)
        self.monitoring = MonitoringService(store, actor)
        self.infrastructure_import = InfrastructureImportService(store, actor)
        self.infrastructure_export = InfrastructureExportService(store, actor)
        self.events = EventsService(store, actor)
        self.reach = ReachService(store, actor)
        self.event_reports = PlanReportsService(store, actor)
        self.ambassadors = AmbassadorsService(store, actor)
        self.checklists = ChecklistsService(store, actor)
        self.inspections = InspectionsService(store, actor)
        self.findings = FindingsService(store, actor)
        self.photos = PhotosService(store, actor)
        self.field = FieldService(store, actor)
        self.inspection_reports = InspectionReportService(store, actor)
        self.first_run = FirstRunService(store, actor)
        self.demo = DemoService(store, actor)
        self.career_maps = CareerMapsService(store, actor)
        self.career_map_reports = CareerMapReportService(store, actor)
        self.governance = GovernanceService(store, actor)
        self.indicators = IndicatorsService(store, actor)
        self.training = TrainingService(store, actor)
        self.network = NetworkService(store, actor)
        self.indicator_reports = IndicatorReportService(store, actor)
        self.annual_reports = AnnualReportService(store, actor)
        self.protocols = ProtocolService(store, actor)
        self.dashboard = DashboardService(store, actor)
        self.data_check = DataCheckService(store, actor)

    def all(self) -> dict[str, object]:
        """Every service by name (the permission test walks them)."""
        return {k: v for k, v in vars(self).items() if k not in ("store", "actor")}

    def close(self) -> None:
        self.store.close()
