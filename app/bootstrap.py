"""Start-up, in order: arguments → application → translators → settings → database
(open, check, back up, migrate) → services → window.  (The order follows jal's jal.py.)"""

from __future__ import annotations

import argparse
import logging
import os
import sys

from app import APP_NAME, __version__

log = logging.getLogger(__name__)
GUI_SWITCH_INTERVAL_S = 0.0002  # see gui_application


def _utf8_console() -> None:
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def main(argv: list[str] | None = None) -> int:
    _utf8_console()
    argv = list(sys.argv[1:] if argv is None else argv)
    early = window_start(argv)
    if early is None:  # a command, --version, --help, field mode: the full parser at once
        args = _parse(argv)
        if args.version:
            print(f"{APP_NAME} {__version__}")
            return 0
    from app.i18n import install_translators
    from app.settings import LANGUAGE, Settings

    settings = Settings()
    shell = None
    if early is not None:
        # the window's frame is painted first; the full parser reads every registry and
        # with them the database layer, so it comes after the paint, as do the log file
        # and the clean-up (nothing before the paint writes a file or logs)
        language = early.lang or os.environ.get("CLUSTERDESK_LANG") or settings.get(LANGUAGE)
        shell = show_shell(settings, language, early.demo)
        show_first_figures(shell, early, settings)
    from app.logs import setup_logging

    setup_logging()
    from app.leftovers import clean_at_start

    clean_at_start()  # what a killed run left: its temporary files and folders
    if early is not None:
        args = _parse(argv)
    language = args.lang or os.environ.get("CLUSTERDESK_LANG") or settings.get(LANGUAGE)
    if args.command:
        from PySide6.QtCore import QCoreApplication

        from app.cli import run_command

        app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
        install_translators(app, language)
        return run_command(args)
    if args.field:
        from app.views.field.window import run_field

        gui_application()  # run_field reuses it, with the window icon
        install_svg_drawing()
        return run_field(args, settings, language)
    return run_gui(args, settings, language, shell)


def _parse(argv: list[str]) -> argparse.Namespace:
    from app.cli import build_parser

    return build_parser().parse_args(argv)


class _NotAWindowStart(Exception):
    pass


class _EarlyParser(argparse.ArgumentParser):
    def error(self, message):  # never print or exit: the full parser says what is wrong
        raise _NotAWindowStart(message)


def window_start(argv: list[str]) -> argparse.Namespace | None:
    """The options of a plain window start, read without the full parser, or None for
    anything else (a command, --help, --version, --field, a word not known here): then the
    full parser decides, as before.  Knowing too little only costs the early paint."""
    from app.sections import SECTION_KEYS

    parser = _EarlyParser(add_help=False, allow_abbrev=False)
    parser.add_argument("--db")
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--user")
    parser.add_argument("--break-lock", action="store_true")
    parser.add_argument("--lang", choices=("ru", "en"))
    parser.add_argument("--screenshot")
    parser.add_argument("--section", choices=SECTION_KEYS)
    try:
        known, rest = parser.parse_known_args(argv)
    except _NotAWindowStart:
        return None
    if rest or (known.db and known.demo):
        return None
    return known


def _first_figures(early: argparse.Namespace, settings) -> dict | None:
    """The dashboard's figures of the last start when they are still true (app/first_figures)."""
    from datetime import date

    from app import first_figures
    from app.i18n import current_language
    from app.settings import DATABASE_URL, LAST_SECTION

    if (early.section or settings.get(LAST_SECTION)) != "dashboard" or early.break_lock:
        return None
    db = first_figures.window_database(early.demo, early.db, settings.get(DATABASE_URL) or None)
    if db is None or not db.is_file():
        return None
    return first_figures.load(db, date.today(), current_language(), demo=early.demo)


def show_shell(settings, language: str, demo: bool):
    """The application dressed (translators, style) and the window's frame painted
    (app/views/startup_shell.py) before the database layer is imported."""
    app = gui_application()
    _dress(app, language)
    from app.views.startup_shell import StartupShell

    shell = StartupShell(settings, demo)
    shell.show()
    app.processEvents()  # the first paint happens here, not when the event loop starts
    return shell


def show_first_figures(shell, early: argparse.Namespace, settings) -> None:
    """Right after the frame: the dashboard's last figures in it, when they are still true."""
    figures = _first_figures(early, settings)
    if figures and shell.show_figures(figures):
        gui_application().processEvents()


def _dress(app, language: str) -> None:
    from app.i18n import install_translators
    from app.views.style import apply_style
    from app.views.widgets import no_wheel

    install_translators(app, language)
    apply_style(app)
    no_wheel.install(app)  # a wheel over an unfocused choice scrolls, it does not change it
    sys.excepthook = _unhandled  # app.views.errors (dialogs, the log file) loads on first use


def _unhandled(exc_type, exc, tb) -> None:
    """The crash handler, imported when an exception first needs it: its imports (the
    dialogs, the log's handlers) were a tenth of the time before the first paint."""
    from app.views import errors

    errors.handle_exception(exc_type, exc, tb)


def install_svg_drawing() -> None:
    """Career maps' SVG logos are drawn by Qt for the services (it imports them: after the
    first paint)."""
    from app.views.widgets.svg_drawing import install

    install()


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
    # While a worker runs Python (an export, a section's fetch), every call the GUI thread
    # makes into Python — a table model's data(), a delegate's paint — first waits for the
    # interpreter's lock, up to the switch interval (5 ms by default) each: a repaint of a
    # big list took over a second during a PDF export (bench no-freeze).  0.2 ms lets the
    # window take the lock back at once; a worker alone is not slowed (no one asks for it).
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    icon = QIcon()
    for png in sorted((paths.RESOURCES / "icons").glob("clusterdesk-*.png")):
        icon.addFile(str(png))
    app.setWindowIcon(icon)
    return app


RESTART = 1917  # exit code of the event loop that asks to reopen the database


def run_gui(args, settings, language: str, shell=None) -> int:
    """``shell``: the frame show_shell painted; it stays up while the database opens (the
    login dialog and the wizard come over it) and the main window takes its place."""

    app = gui_application()
    if shell is None:  # else show_shell dressed it already, in the same language
        _dress(app, language)
    install_svg_drawing()
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

            shell = _replace_shell(shell)
            return screenshot(app, window, args.screenshot)
        window.show()
        shell = _replace_shell(shell)  # after the window is up: no moment without one
        code = app.exec()
        services.close()
        if code != RESTART:
            return code


def _replace_shell(shell) -> None:
    if shell is not None:
        shell.close()
    return None


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
    from app.cli import open_services
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
