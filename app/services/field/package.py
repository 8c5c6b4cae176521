"""The field package file: a ClusterDesk SQLite database of its own (same schema, same
migrations) holding what one inspector needs, and a ``field_package`` row saying whose it is.

On the laptop it is opened like any database, but with a rollback journal instead of WAL: every
answer is committed (``synchronous=FULL``) into the one file itself, so pulling the power loses
nothing entered and the file the inspector carries back is always whole.  At the office a
package is never opened in place: it is checked and read from a temporary copy.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, select, update
from sqlalchemy.orm import Session

from app.db import BUSY_TIMEOUT_MS, SQLITE_APPLICATION_ID, session_factory, sqlite_url
from app.leftovers import temp_folder
from app.lock import acquire
from app.migrate import SCHEMA_HEAD, known_revisions, preflight_sqlite, upgrade_database
from app.models import (
    Answer,
    Attachment,
    ChecklistItem,
    ChecklistSection,
    ChecklistTemplate,
    FieldPackage,
    Finding,
    Inspection,
    InspectionPhoto,
    InspectionWorkshop,
)
from app.services.audit import AuditedSession
from app.services.base import Store, translate
from app.services.errors import ValidationError
from app.services.field.lineage import extended
from app.services.permissions import Actor, Role

SQLITE_HEADER = b"SQLite format 3\x00"
PACKAGE_SUFFIX = ".cdpkg"
#: Rows that come back from the field, parents first (attachments are matched by checksum).
MERGED = (ChecklistTemplate, ChecklistSection, ChecklistItem, Inspection, InspectionWorkshop,
          Answer, InspectionPhoto, Finding)
PACKAGE_ROLE, EXPORT_ROLE = "package", "export"


class PackageRefused(ValidationError):
    """The file is not a field package of this office, or it is damaged: nothing was written."""

    def __init__(self, message: str):
        super().__init__({"package": message})


class PackageDiverged(PackageRefused):
    """A copy of a package filled in parallel with the copy already merged (the one file
    copied to two laptops): neither contains the other, so it is refused whole."""

    def __init__(self):
        super().__init__(translate(
            "Inspections", "This copy of the package was filled in parallel with the one "
                           "already merged (on another computer): it was not merged, nothing "
                           "was changed. The data in the file is kept; for a second inspector "
                           "export a separate package."))


def refused_damaged(details: str = "") -> PackageRefused:
    text = translate("Inspections", "The field package is damaged and was not merged.")
    return PackageRefused(f"{text} ({details})" if details else text)


def refused_foreign() -> PackageRefused:
    return PackageRefused(translate(
        "Inspections", "This file is not a field package of this database and was not merged."))


def _on_connect(dbapi_conn, _record) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=DELETE")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def package_engine(path: Path) -> Engine:
    engine = create_engine(sqlite_url(path), connect_args={
        "check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _on_connect)
    return engine


@dataclass(frozen=True)
class PackageInfo:
    id: uuid.UUID
    office_id: uuid.UUID
    office_name: str
    inspector: str
    exported_at: datetime
    inspections: int
    saves: int = 0  # how many times field mode saved the package: newer copies have more
    lineage: str = ""  # the hash chain of those saves (field/lineage.py)


def _info(row: FieldPackage) -> PackageInfo:
    return PackageInfo(row.id, row.office_id, row.office_name, row.inspector, row.exported_at,
                       row.inspections, row.saves, row.lineage)


class FieldSession(AuditedSession):
    """A session in field mode: a transaction that writes anything also counts one more save
    of the package and extends its lineage, so a copy taken later is known to be newer than
    one taken before, and a copy filled elsewhere is known to be neither."""


_BUMPED = "field_save_counted"


def _count_save(session: Session) -> None:
    if session.info.get(_BUMPED):
        return
    session.info[_BUMPED] = True
    table = FieldPackage.__table__
    mine = table.c.role == PACKAGE_ROLE
    # Core on the session's connection: no flush, no audit row (bookkeeping, not user data);
    # the count first, so the write lock is held before the chain's head is read
    conn = session.connection()
    conn.execute(update(table).where(mine).values(saves=table.c.saves + 1))
    for package_id, lineage in conn.execute(select(table.c.id, table.c.lineage).where(mine)):
        conn.execute(update(table).where(table.c.id == package_id).values(
            lineage=extended(package_id, lineage)))


def _after_flush(session: Session, _context) -> None:
    # (new, dirty and deleted still show what was flushed) a value set to what it was is no save
    if session.new or session.deleted or any(
            session.is_modified(o, include_collections=False) for o in session.dirty):
        _count_save(session)


def _on_execute(state) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        _count_save(state.session)


def _transaction_end(session: Session, transaction) -> None:
    if transaction.parent is None:
        session.info.pop(_BUMPED, None)


event.listen(FieldSession, "after_flush", _after_flush)
event.listen(FieldSession, "do_orm_execute", _on_execute)
event.listen(FieldSession, "after_transaction_end", _transaction_end)


def package_row(session: Session) -> FieldPackage | None:
    return session.scalars(select(FieldPackage).where(FieldPackage.role == PACKAGE_ROLE)).first()


def _integrity(path: Path) -> str | None:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            result = [r[0] for r in conn.execute("PRAGMA quick_check")]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return str(exc)
    return None if result == ["ok"] else "; ".join(result[:3])


def open_field_store(path: Path | str) -> Store:
    """Field mode: open a package on the laptop (it is the only database the app sees).
    Refuses a file that is not a field package, or a damaged one."""
    path = Path(path).resolve()
    if not path.is_file() or path.read_bytes()[:16] != SQLITE_HEADER:
        raise refused_foreign()
    preflight_sqlite(path, field_package=True)
    lock = acquire(path)
    engine = None
    try:
        problem = _integrity(path)
        if problem is not None:
            raise refused_damaged(problem)
        engine = package_engine(path)
        upgrade_database(engine)
        store = Store(engine=engine, sessions=session_factory(engine, FieldSession), lock=lock)
        with store.sessions.begin() as session:
            if package_row(session) is None:
                raise refused_foreign()
            from app.services.reference import load_reference_data

            load_reference_data(session)
    except BaseException:
        if engine is not None:
            engine.dispose()
        lock.release()
        raise
    return store


def package_info(store: Store) -> PackageInfo | None:
    """What the open database is a package of (None for an office database)."""
    with store.sessions() as session:
        row = package_row(session)
        return _info(row) if row is not None else None


def field_actor(info: PackageInfo) -> Actor:
    """Who works in field mode: the inspector the package was made for."""
    return Actor(username=info.inspector or "inspector", role=Role.INSPECTOR)


def new_package_file(path: Path) -> Engine:
    """An empty package database at ``path`` with the whole schema and reference data."""
    engine = package_engine(path)
    upgrade_database(engine)
    from app.services.reference import load_reference_data

    with Session(engine) as session, session.begin():
        load_reference_data(session)
    return engine


@dataclass
class PackageCopy:
    """A checked temporary copy of a package, read at the office."""

    engine: Engine
    info: PackageInfo


def _copy(source: Path, folder: Path) -> Path:
    target = folder / "package.sqlite3"
    shutil.copyfile(source, target)
    for suffix in ("-wal", "-journal"):  # a file left by a crash belongs with its database
        sibling = source.with_name(source.name + suffix)
        if sibling.is_file():
            shutil.copyfile(sibling, target.with_name(target.name + suffix))
    return target


def _check_copy(path: Path) -> None:
    """Structure, owner program and schema of the copy; upgrades an older schema."""
    try:
        conn = sqlite3.connect(path)
        try:
            check = [r[0] for r in conn.execute("PRAGMA quick_check")]
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table'")}
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise refused_damaged(str(exc)) from exc
    if check != ["ok"]:
        raise refused_damaged("; ".join(check[:3]))
    if app_id != SQLITE_APPLICATION_ID or "field_package" not in tables or revision is None:
        raise refused_foreign()
    if revision != SCHEMA_HEAD:
        if revision not in known_revisions():
            raise PackageRefused(translate(
                "Inspections", "The field package was made by a newer version of ClusterDesk "
                               "(schema {rev}). Install the newer version first.").format(
                                   rev=revision))
        from alembic import command

        from app.migrate import alembic_config

        engine = package_engine(path)
        try:
            with engine.begin() as conn:
                config = alembic_config()
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
        finally:
            engine.dispose()


def _check_photos(engine: Engine) -> None:
    """Every stored file still has the bytes its checksum says (one at a time: photos are big)."""
    from app.models import Attachment

    with engine.connect() as conn:
        ids = conn.execute(select(Attachment.id, Attachment.sha256)).all()
        for attachment_id, sha in ids:
            content = conn.execute(select(Attachment.content).where(
                Attachment.id == attachment_id)).scalar_one()
            if hashlib.sha256(content).hexdigest() != sha:
                raise refused_damaged(translate("Inspections", "a photo's checksum does not "
                                                               "match"))


def _bad_value(column, value) -> bool:
    """A value the office could not take as the column's type (SQLite stores anything)."""
    if value is None:
        return not column.nullable
    try:
        kind = column.type.python_type
    except NotImplementedError:
        return False
    if kind is int and isinstance(value, bool) or not isinstance(value, kind):
        return True
    length = getattr(column.type, "length", None)
    return isinstance(value, str) and length is not None and len(value) > length


def _check_values(engine: Engine) -> None:
    """Every value of every table a merge reads has its column's type: an empty string in a
    date column is a damaged package, refused before anything is written (not a traceback
    half-way through the merge)."""
    for model in (FieldPackage, Attachment, *MERGED):
        table = model.__table__
        wanted = [c for c in table.columns if c.key != "content"]  # photos' bytes: by checksum
        with engine.connect() as conn:
            try:
                for row in conn.execute(select(*wanted)):
                    for column, value in zip(wanted, row, strict=True):
                        if _bad_value(column, value):
                            raise refused_damaged(f"{table.name}.{column.key}")
            except PackageRefused:
                raise
            except Exception as exc:  # a value its type cannot read (a date that is no date)
                raise refused_damaged(_unreadable(conn, table, wanted)) from exc


def _unreadable(conn, table, columns) -> str:
    """Which column would not read: named in the message (the value may be personal data)."""
    for column in columns:
        try:
            conn.execute(select(column)).all()
        except Exception:
            return f"{table.name}.{column.key}"
    return table.name


@contextmanager
def checked_package(path: Path | str, office_id: uuid.UUID | None,
                    exported: set[uuid.UUID]) -> Iterator[PackageCopy]:
    """Check a package brought back to the office, read-only to the original file: it is a
    ClusterDesk field package, whole, of a known schema, exported from this office (the
    cluster ``office_id``, one of the ``exported`` packages).  Yields a checked copy."""
    path = Path(path)
    if not path.is_file():
        raise PackageRefused(translate("Inspections", "The file {name} does not exist.").format(
            name=path))
    with open(path, "rb") as handle:
        if handle.read(16) != SQLITE_HEADER:
            raise refused_foreign()
    folder = temp_folder("merge")  # named with this process: a later start knows if it is left
    engine = None
    try:
        copy = _copy(path, folder)
        _check_copy(copy)
        engine = package_engine(copy)
        try:
            with Session(engine) as session:
                rows = session.scalars(select(FieldPackage)).all()
                infos = [_info(r) for r in rows if r.role == PACKAGE_ROLE]
        except Exception as exc:  # a table that does not read is a damaged file
            raise refused_damaged(str(exc).splitlines()[0]) from exc
        if len(infos) != 1 or office_id is None or infos[0].office_id != office_id \
                or infos[0].id not in exported:
            raise refused_foreign()
        try:
            _check_values(engine)
            _check_photos(engine)
        except PackageRefused:
            raise
        except Exception as exc:
            raise refused_damaged(str(exc).splitlines()[0]) from exc
        yield PackageCopy(engine, infos[0])
    finally:
        if engine is not None:
            engine.dispose()
        shutil.rmtree(folder, ignore_errors=True)
