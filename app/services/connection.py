"""Which database this computer opens, in the words of the «Подключение к базе» dialog.

The setting is stored as one URL (``database/url``: what ``--db`` and ``CLUSTERDESK_DB`` also
take), but a user never types or reads one: the dialog edits the parts — a file on this
computer, or a PostgreSQL server, port, database, account and password — and this module turns
them into the URL, back, and into a sentence for the window. SQLAlchemy's ``URL`` does the
quoting (a password with «@» or «/» in it stays one password)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from app import paths
from app.db import normalise_url, sqlite_path
from app.services.errors import ValidationError
from app.services.translation import translate

FILE, SERVER = "file", "server"
DEFAULT_PORT = 5432
#: a check gives up after this many seconds instead of hanging the dialog on a dead server
CHECK_TIMEOUT_S = 5


@dataclass
class ConnectionParts:
    kind: str = FILE  # FILE or SERVER
    path: str = ""  # FILE: empty = the local file in the user's data folder
    host: str = ""
    port: int = DEFAULT_PORT
    database: str = ""
    user: str = ""
    password: str = ""


def parts_of(url: str) -> ConnectionParts:
    """The parts of a stored setting; an empty setting is the local file."""
    if not url.strip():
        return ConnectionParts()
    try:
        parsed = make_url(normalise_url(url.strip()))
    except ArgumentError:
        return ConnectionParts()  # an unreadable setting: the dialog starts from the default
    if parsed.get_backend_name() == "sqlite":
        path = sqlite_path(parsed)
        return ConnectionParts(path=str(path) if path else "")
    return ConnectionParts(kind=SERVER, host=parsed.host or "", port=parsed.port or DEFAULT_PORT,
                           database=parsed.database or "", user=parsed.username or "",
                           password=parsed.password or "")


def url_of(parts: ConnectionParts) -> str:
    """The setting for these parts ("" for the default local file); ValidationError names
    each missing part in Russian and nothing is stored."""
    if parts.kind == FILE:
        path = parts.path.strip()
        if not path:
            return ""
        if Path(path).is_dir():
            raise ValidationError({"path": translate(
                "Connection", "Choose a database file, not a folder.")})
        return f"sqlite:///{Path(path).expanduser().resolve().as_posix()}"
    errors = {}
    if not parts.host.strip():
        errors["host"] = translate("Connection", "Enter the server's name or address.")
    if not parts.database.strip():
        errors["database"] = translate("Connection", "Enter the database name.")
    if not parts.user.strip():
        errors["user"] = translate("Connection", "Enter the account name on the server.")
    if not 1 <= int(parts.port) <= 65535:
        errors["port"] = translate("Connection", "The port is a number from 1 to 65535.")
    if errors:
        raise ValidationError(errors)
    url = URL.create("postgresql", username=parts.user.strip(),
                     password=parts.password or None, host=parts.host.strip(),
                     port=int(parts.port), database=parts.database.strip())
    return url.render_as_string(hide_password=False)


def describe(url) -> str:
    """One line for people: «Файл C:\\…\\clusterdesk.sqlite3» or «Сервер db.local:5432, база
    cluster, пользователь office» — never the URL, never the password."""
    parsed = url if isinstance(url, URL) else make_url(normalise_url(str(url)))
    if parsed.get_backend_name() == "sqlite":
        path = sqlite_path(parsed)
        return translate("Connection", "File {path}").format(
            path=str(path) if path else translate("Connection", "in memory"))
    return translate("Connection", "Server {host}:{port}, database {database}, account {user}"
                     ).format(host=parsed.host or "localhost", port=parsed.port or DEFAULT_PORT,
                              database=parsed.database or "", user=parsed.username or "")


def default_file() -> Path:
    return paths.default_db_path()


def check(url: str) -> str | None:
    """Try to open the database: None when it answers, else why not, in Russian. Runs in
    the background (it may wait for a server); opens nothing for good and creates no file."""
    target = normalise_url(url) if url else f"sqlite:///{default_file().as_posix()}"
    parsed = make_url(target)
    if parsed.get_backend_name() == "sqlite":
        path = sqlite_path(parsed)
        if path is None or path.exists():
            return None
        if path.parent.exists():
            return None  # a new file: the program creates it on the next start
        return translate("Connection", "The folder {folder} does not exist.").format(
            folder=str(path.parent))
    engine = create_engine(target, connect_args={"connect_timeout": CHECK_TIMEOUT_S})
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        return _reason(str(getattr(exc, "orig", None) or exc), parsed.host or "localhost")
    finally:
        engine.dispose()
    return None



def _reason(message: str, host: str) -> str:
    """The server's own (English) words for the usual failures, as what a user can do."""
    said = message.lower()
    if any(n in said for n in ("could not translate host name", "name or service not known",
                                "nodename nor servname")):
        return translate("Connection", "The server {host} is not found: check its name."
                         ).format(host=host)
    if any(n in said for n in ("connection refused", "timeout expired", "timed out",
                                "no route to host")):
        return translate("Connection", "The server {host} does not answer: check the address, "
                         "the port and the network.").format(host=host)
    if "password authentication failed" in said or "no password supplied" in said:
        return translate("Connection", "The server refused the account name or password.")
    if "database" in said and "does not exist" in said:
        return translate("Connection", "The server has no database with this name.")
    first = message.strip().splitlines()
    return translate("Connection", "The server did not let us in: {reason}").format(
        reason=first[0] if first else "?")
