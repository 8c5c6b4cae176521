"""Opening the database for the command line (and for the window, which starts the same
way): which database, who is working, field mode, and an administrator breaking a stale lock
(the use case itself is app.services.database_lock's)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from app import paths
from app.cli.common import translate
from app.db import resolve_url, sqlite_url


def database_url(args: argparse.Namespace, settings_url: str | None = None) -> str:
    if args.demo:
        return sqlite_url(paths.demo_db_path())
    return resolve_url(args.db, settings_url)


def open_services(args: argparse.Namespace, settings_url: str | None = None, login=None):
    """Open the store for the command line or the window and decide who is working.

    The demo database gets its data and logs in as its administrator.  A database with
    accounts asks ``login(store)`` for an actor; one with no account yet runs for whoever
    opened it.
    """
    from app.services import Services, open_store
    from app.services.accounts import accounts_exist
    from app.services.audit import Action, record_now
    from app.services.permissions import OWNER, Actor, Role

    if getattr(args, "field", None):
        return open_field_services(args.field)
    url = database_url(args, settings_url)
    if getattr(args, "break_lock", False):
        break_stale_lock(url, args, login or cli_login)
    store = open_store(url)
    try:
        if args.demo:
            if Services(store).participants.count() == 0:
                Services(store).demo.seed()
            record_now(store.sessions, Action.LOGIN, "--demo", username="admin")
            return Services(store, Actor("admin", Role.ADMIN))
        if accounts_exist(store):
            return Services(store, (login or cli_login)(store, args))
        return Services(store, OWNER)
    except BaseException:
        store.close()  # the engine and the lock file
        raise


def open_field_services(path: Path | str):
    """Field mode: the package is the only database.  It has no accounts: the inspector it
    was made for is working (and may only read and fill in inspections)."""
    from app.services import Services
    from app.services.field import field_actor, open_field_store, package_info

    store = open_field_store(path)
    try:
        return Services(store, field_actor(package_info(store)))
    except BaseException:
        store.close()
        raise


def break_stale_lock(url: str, args: argparse.Namespace, login) -> None:
    """Remove another computer's lock (the use case is app.services.database_lock's)."""
    from app.services.database_lock import break_stale_lock as break_lock_of

    break_lock_of(url, lambda store: login(store, args))


def cli_login(store, args: argparse.Namespace):
    """User from --user or CLUSTERDESK_USER, password from CLUSTERDESK_PASSWORD or a prompt."""
    import getpass

    from app.services.accounts import AuthenticationError, authenticate

    username = args.user or os.environ.get("CLUSTERDESK_USER", "")
    if not username:
        raise AuthenticationError(translate(
            "Cli", "This database has accounts: give the user name with --user or "
                   "CLUSTERDESK_USER, and the password in CLUSTERDESK_PASSWORD."))
    password = os.environ.get("CLUSTERDESK_PASSWORD")
    if password is None:
        if not sys.stdin or not sys.stdin.isatty():
            raise AuthenticationError(translate(
                "Cli", "No password: set CLUSTERDESK_PASSWORD or run the command in a terminal."))
        password = getpass.getpass(translate("Cli", "Password for {user}: ").format(
            user=username))
    return authenticate(store, username, password)
