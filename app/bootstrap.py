"""Start-up, in order: arguments → application → translators → settings → database
(open, check, back up, migrate) → services → window.  (The order follows jal's jal.py.)"""

from __future__ import annotations

import logging
import os
import sys

from app import APP_NAME, __version__
from app.cli import build_parser, open_services, run_command

log = logging.getLogger(__name__)


def _utf8_console() -> None:
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def main(argv: list[str] | None = None) -> int:
    _utf8_console()
    args = build_parser().parse_args(argv)
    if args.version:
        print(f"{APP_NAME} {__version__}")
        return 0
    from app.logs import setup_logging

    setup_logging()
    from app.leftovers import clean_at_start

    clean_at_start()  # what a killed run left: its temporary files and folders
    from app.i18n import install_translators
    from app.settings import LANGUAGE, Settings

    settings = Settings()
    language = args.lang or os.environ.get("CLUSTERDESK_LANG") or settings.get(LANGUAGE)
    if args.command:
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
        install_translators(app, language)
        return run_command(args)
    if args.field:
        from app.views.field.window import run_field

        gui_application()  # run_field reuses it, with the window icon
        return run_field(args, settings, language)
    return run_gui(args, settings, language)


def gui_application():
    """The QApplication, named and with the app icon on every window and the taskbar."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from app import paths

    if sys.platform == "win32":  # group under our icon on the taskbar, not python.exe's
        import ctypes

        try:  # the installer's shortcuts carry the same id (installer/clusterdesk.iss)
            ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID("ClusterDesk.ClusterDesk")
        except (AttributeError, OSError):
            pass
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    icon = QIcon()
    for png in sorted((paths.RESOURCES / "icons").glob("clusterdesk-*.png")):
        icon.addFile(str(png))
    app.setWindowIcon(icon)
    from app.views.widgets.svg_drawing import install as install_svg_drawing

    install_svg_drawing()  # career maps' SVG logos are drawn by Qt, for the services
    return app


RESTART = 1917  # exit code of the event loop that asks to reopen the database


def run_gui(args, settings, language: str) -> int:
    from app.views import errors

    app = gui_application()
    from app.i18n import install_translators

    install_translators(app, language)
    from app.views.style import apply_style

    apply_style(app)
    from app.views.widgets import no_wheel

    no_wheel.install(app)  # a wheel over an unfocused choice scrolls, it does not change it
    errors.install_excepthook()
    while True:
        services = open_gui_services(args, settings)
        if services is None:
            return 1 if not getattr(args, "_cancelled", False) else 0
        if not args.demo and not args.screenshot:
            services = first_run(services)
            if services is None:  # the wizard was cancelled: the database stays empty
                return 0
        from app.views.main_window import MainWindow

        window = MainWindow(services, settings, demo=args.demo)
        window.restart_requested.connect(lambda: app.exit(RESTART))
        if args.section:
            window.show_section(args.section)
        if args.screenshot:
            from app.views.screenshot import screenshot

            return screenshot(app, window, args.screenshot)
        window.show()
        code = app.exec()
        services.close()
        if code != RESTART:
            return code


def first_run(services):
    """An empty database first gets the set-up wizard; its administrator is then logged in.
    Returns the services to open the window with, or None (and closes them) on Cancel."""
    from app.services import Services
    from app.services.first_run import FirstRunService
    from app.views.first_run import FirstRunWizard

    if not FirstRunService(services.store, services.actor).needed():
        return services
    wizard = FirstRunWizard(services)
    if wizard.exec() and wizard.actor is not None:
        return Services(services.store, wizard.actor)
    services.close()
    return None


def open_gui_services(args, settings):
    """Open the database for the window, helping the user past a lock or a damaged file.
    Returns None when it cannot be opened (the user was told why)."""
    from app.lock import DatabaseLockedError
    from app.services import DatabaseDamagedError
    from app.settings import DATABASE_URL
    from app.views import dialogs, errors
    from app.views.login import LoginCancelled, gui_login

    settings_url = settings.get(DATABASE_URL) or None
    for _attempt in range(3):
        try:
            return open_services(args, settings_url, login=gui_login)
        except LoginCancelled:
            args._cancelled = True
            return None
        except DatabaseLockedError as exc:
            from app.cli import break_stale_lock, database_url

            if not dialogs.confirm(None, errors.open_failed_title(), str(exc) + "\n\n" + translate(
                    "Startup", "Break the lock now? Only an administrator can, and it is recorded.")):
                return None
            try:
                break_stale_lock(database_url(args, settings_url), args, gui_login)
            except Exception as inner:
                dialogs.show_message(None, errors.open_failed_title(), str(inner))
                return None
        except DatabaseDamagedError as exc:
            if exc.backup is None or not dialogs.confirm(
                    None, errors.open_failed_title(),
                    str(exc) + "\n\n" + translate("Startup", "Restore the newest good backup now? The damaged "
                                             "file is kept beside the backups.")):
                errors.show_message(None, errors.open_failed_title(), str(exc))
                return None
            try:
                _restore_damaged(args, settings_url, exc.backup)
            except Exception as inner:  # the restore itself failed: say so, keep the window
                log.exception("restore of the newest good backup failed")
                errors.show_message(None, errors.open_failed_title(), str(inner))
                return None
        except Exception as exc:  # a database that cannot be opened: say so, do not crash
            log.exception("could not open the database")
            errors.show_message(None, errors.open_failed_title(), str(exc))
            return None
    return None


def _restore_damaged(args, settings_url, backup) -> None:
    from datetime import datetime

    from app import paths
    from app.backup import restore_backup
    from app.cli import database_url
    from app.db import sqlite_path

    db = sqlite_path(database_url(args, settings_url))
    # restore_backup checks the copy against its manifest's checksum again: the file may have
    # changed since it was suggested; the damaged file is kept in this database's folder
    kept = restore_backup(backup, db, paths.database_backup_dir(db), datetime.now())
    log.warning("damaged database %s replaced by %s; damaged copy kept in %s", db, backup, kept)
    _audit_restore(db, f"{backup.name}; damaged: {kept.name if kept else '—'}")


def _audit_restore(db, detail: str) -> None:
    """A restore is an audited event, and it tells the audit check that the log before it was
    replaced on purpose (else the head recorded for the damaged file is a standing alarm)."""
    import getpass

    from app.db import make_engine, session_factory, sqlite_url
    from app.services.audit import Action, AuditedSession, record_now

    engine = make_engine(sqlite_url(db))
    try:
        record_now(session_factory(engine, AuditedSession), Action.RESTORE, detail,
                   username=getpass.getuser())
    finally:
        engine.dispose()


def translate(context: str, text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)
