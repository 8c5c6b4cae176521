"""What every service shares: the store it works on and the actor it works for."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.db import session_factory
from app.lock import Lock
from app.services.audit_trail import AuditedSession
from app.services.connection import describe
from app.services.errors import ConflictError
from app.services.permissions import Actor
from app.services.translation import translate


@dataclass
class Store:
    engine: Engine
    sessions: sessionmaker[Session]
    lock: Lock | None = None
    #: held while the database file is replaced (a restore): the automatic backup, which may
    #: fire from a timer meanwhile, skips its turn instead of holding the file open
    maintenance: threading.Lock = field(default_factory=threading.Lock)

    def connection_label(self) -> str:
        """Which database is open, in words, for the window and the log-in dialog (no URL,
        no password)."""
        return describe(self.engine.url)

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    @classmethod
    def from_engine(cls, engine: Engine) -> Store:
        return cls(engine=engine, sessions=session_factory(engine, AuditedSession))


def conflict_error() -> ConflictError:
    return ConflictError(
        translate(
            "Services",
            "Someone else changed this record while you were editing it. "
            "Your changes were not saved: reopen the record and enter them again.",
        )
    )


class Service:
    """A use-case area.  Public methods are decorated with ``@requires``."""

    def __init__(self, store: Store, actor: Actor):
        self.store = store
        self.actor = actor

    @contextmanager
    def _session(self) -> Iterator[Session]:
        """A short unit of work: commits on success, rolls back on any error."""
        try:
            with self.store.sessions.begin() as session:
                session.info["actor"] = self.actor.username or "—"
                yield session
        except StaleDataError as exc:
            raise conflict_error() from exc
        except IntegrityError as exc:
            raise ConflictError(
                translate("Services", "The change clashes with data already stored: {detail}").format(
                    detail=str(exc.orig).splitlines()[0]
                )
            ) from exc
