"""Breaking another computer's lock on a database file: only an administrator may, and the
break (or the refusal) is recorded in the audit log.  The command line and the window's
start-up both ask for it before the database is opened.  It runs before any Services exist
(the lock keeps the store from opening), so it checks its declared permission,
``Permission.LOCK_BREAK``, against the actor itself rather than through ``@requires``."""

from __future__ import annotations

from collections.abc import Callable

from app.db import make_engine, sqlite_path
from app.lock import break_lock, read_lock
from app.services.accounts import accounts_exist
from app.services.audit import Action, record_now
from app.services.base import Store, translate
from app.services.errors import PermissionDenied
from app.services.permissions import OWNER, Actor, Permission


def break_stale_lock(url: str, login: Callable[[Store], Actor]) -> None:
    """Remove another computer's lock on the SQLite file at ``url``; ``login(store)`` says who
    asks when the database has accounts.  Nothing to do for a server or an unlocked file."""
    path = sqlite_path(url)
    if path is None or read_lock(path) is None:
        return
    store = Store.from_engine(make_engine(url))  # no lock taken: only to check who asks
    try:
        actor = login(store) if accounts_exist(store) else OWNER
        if not actor.allows(Permission.LOCK_BREAK):  # administrators only (MATRIX)
            record_now(store.sessions, Action.DENIED, "break lock", username=actor.username)
            raise PermissionDenied(translate(
                "Cli", "Only an administrator can break the lock of a database."))
        holder = break_lock(path)
        record_now(store.sessions, Action.LOCK_BROKEN,
                   f"{holder.host} / {holder.user} / {holder.since}" if holder else "",
                   username=actor.username or "—")
    finally:
        store.engine.dispose()
