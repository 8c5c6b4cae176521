"""The service layer: the one door views and the command line go through.

``open_store`` opens (creating, checking and upgrading) the database; ``Services`` bundles
the use-case areas for one actor.  Services return plain dataclasses, never ORM objects.
"""

from __future__ import annotations

from app.db import make_engine, normalise_url, sqlite_path
from app.migrate import preflight_sqlite, upgrade_database
from app.services.accounts import AccountsService
from app.services.audit import AuditService
from app.services.base import Store
from app.services.cluster import ClusterService
from app.services.demo import DemoService
from app.services.importers.participants import ParticipantsImportService
from app.services.participants import ParticipantsService
from app.services.permissions import OWNER, Actor
from app.services.reference import ReferenceService, load_reference_data
from app.services.reports.participants import ParticipantsExportService
from app.services.system import SystemService


def open_store(url: str) -> Store:
    """Open the database at ``url``: refuse a newer or foreign one, back up and upgrade an
    older one, refresh the reference data."""
    path = sqlite_path(normalise_url(url))
    if path is not None:
        preflight_sqlite(path)  # before the engine switches the file to WAL
    engine = make_engine(url)
    try:
        upgrade_database(engine)
        store = Store.from_engine(engine)
        with store.sessions.begin() as session:
            load_reference_data(session)
    except Exception:
        engine.dispose()
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
        self.demo = DemoService(store, actor)

    def all(self) -> dict[str, object]:
        """Every service by name (the permission test walks them)."""
        return {k: v for k, v in vars(self).items() if k not in ("store", "actor")}

    def close(self) -> None:
        self.store.engine.dispose()
