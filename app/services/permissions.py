"""Roles and the permission matrix, in one place.

Every public service method declares the permission it needs with ``@requires``; the check
runs before the method body (deny by default).  ``tests/services/test_permissions.py`` calls
every method for every role and compares with ``MATRIX``; a method without a declaration
fails that test.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.services.audit_trail import Action, record_now
from app.services.errors import PermissionDenied


class Role(enum.StrEnum):
    ADMIN = "admin"
    STAFF = "staff"
    INSPECTOR = "inspector"
    COUNCIL = "council"


ROLE_LABELS = {
    Role.ADMIN: QT_TRANSLATE_NOOP("Permissions", "Administrator"),
    Role.STAFF: QT_TRANSLATE_NOOP("Permissions", "Staff"),
    Role.INSPECTOR: QT_TRANSLATE_NOOP("Permissions", "Inspector"),
    Role.COUNCIL: QT_TRANSLATE_NOOP("Permissions", "Council member (read-only)"),
}


class Permission(enum.StrEnum):
    REFERENCE_READ = "reference.read"
    CLUSTER_READ = "cluster.read"
    CLUSTER_WRITE = "cluster.write"
    PARTICIPANTS_READ = "participants.read"
    PARTICIPANTS_WRITE = "participants.write"
    PARTICIPANTS_IMPORT = "participants.import"
    PARTICIPANTS_EXPORT = "participants.export"
    PERSONAL_DATA = "participants.personal_data"
    SITES_READ = "sites.read"
    SITES_WRITE = "sites.write"
    ROADMAP_READ = "roadmap.read"
    ROADMAP_WRITE = "roadmap.write"
    GRANTS_READ = "grants.read"
    EVENTS_READ = "events.read"
    EVENTS_WRITE = "events.write"
    PLANS_APPROVE = "events.approve_plan"
    GRANTS_WRITE = "grants.write"
    MONITORING_SUBMIT = "grants.monitoring_submit"
    RECORD_HISTORY = "audit.record_history"
    AUDIT_READ = "audit.read"
    USERS_MANAGE = "users.manage"
    BACKUP_AUTO = "backup.auto"
    BACKUP_MAKE = "backup.make"
    BACKUP_RESTORE = "backup.restore"
    SYSTEM_CHECK = "system.check"
    LOCK_BREAK = "system.break_lock"  # another computer's stale lock on the database file
    DEMO_SEED = "system.seed_demo"
    INSPECTIONS_READ = "inspections.read"
    INSPECTIONS_WRITE = "inspections.write"
    INSPECTIONS_SIGN = "inspections.sign_off"
    CHECKLISTS_WRITE = "inspections.checklists_write"
    FIELD_EXPORT = "field.export"
    FIELD_MERGE = "field.merge"
    CAREERS_READ = "careers.read"
    CAREERS_WRITE = "careers.write"
    CAREERS_APPROVE = "careers.approve"
    GOVERNANCE_READ = "governance.read"
    GOVERNANCE_WRITE = "governance.write"
    INDICATORS_READ = "indicators.read"
    INDICATORS_WRITE = "indicators.write"


_READ = {
    Permission.REFERENCE_READ,
    Permission.CLUSTER_READ,
    Permission.PARTICIPANTS_READ,
    Permission.PARTICIPANTS_EXPORT,
    Permission.RECORD_HISTORY,
    Permission.BACKUP_AUTO,
    Permission.SITES_READ,
    Permission.ROADMAP_READ,
    Permission.GRANTS_READ,
    Permission.EVENTS_READ,
    Permission.INSPECTIONS_READ,
    Permission.CAREERS_READ,
    Permission.GOVERNANCE_READ,
    Permission.INDICATORS_READ,
}

MATRIX: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.STAFF: frozenset(
        _READ
        | {
            Permission.CLUSTER_WRITE,
            Permission.PARTICIPANTS_WRITE,
            Permission.PARTICIPANTS_IMPORT,
            Permission.PERSONAL_DATA,
            Permission.SITES_WRITE,
            Permission.ROADMAP_WRITE,
            Permission.GRANTS_WRITE,
            Permission.EVENTS_WRITE,
            Permission.PLANS_APPROVE,  # staff record the council's protocol
            Permission.MONITORING_SUBMIT,
            Permission.BACKUP_MAKE,
            Permission.SYSTEM_CHECK,
            Permission.INSPECTIONS_WRITE,
            Permission.INSPECTIONS_SIGN,
            Permission.CHECKLISTS_WRITE,
            Permission.FIELD_EXPORT,
            Permission.FIELD_MERGE,
            Permission.CAREERS_WRITE,
            Permission.CAREERS_APPROVE,  # staff record the council's protocol
            Permission.GOVERNANCE_WRITE,  # staff keep the councils' protocols
            Permission.INDICATORS_WRITE,
        }
    ),
    # inspectors fill checklists, add photos and findings (also in field mode)
    Role.INSPECTOR: frozenset(_READ | {Permission.INSPECTIONS_WRITE}),
    Role.COUNCIL: frozenset(_READ),
}


@dataclass(frozen=True)
class Actor:
    """Who is calling: the logged-in user, or whoever opened a database with no accounts."""

    username: str
    role: Role

    def allows(self, permission: Permission) -> bool:
        return permission in MATRIX.get(self.role, frozenset())


#: A database with no accounts yet runs for whoever opens it (issue 3).
OWNER = Actor(username="", role=Role.ADMIN)

F = TypeVar("F", bound=Callable)


def requires(permission: Permission) -> Callable[[F], F]:
    def decorate(method: F) -> F:
        @functools.wraps(method)
        def checked(self, *args, **kwargs):
            actor: Actor = self.actor
            if not actor.allows(permission):
                record_now(self.store.sessions, Action.DENIED,
                           f"{type(self).__name__}.{method.__name__} ({permission.value})",
                           username=actor.username or "—")
                raise PermissionDenied(
                    QCoreApplication.translate(
                        "Permissions", "Your role does not allow this action ({permission})."
                    ).format(permission=permission.value)
                )
            return method(self, *args, **kwargs)

        checked.__permission__ = permission  # type: ignore[attr-defined]
        return checked  # type: ignore[return-value]

    return decorate
