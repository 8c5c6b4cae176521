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
    from app.i18n import install_translators
    from app.settings import LANGUAGE, Settings

    settings = Settings()
    language = args.lang or os.environ.get("CLUSTERDESK_LANG") or settings.get(LANGUAGE)
    if args.command:
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
        install_translators(app, language)
        return run_command(args)
    return run_gui(args, settings, language)


def run_gui(args, settings, language: str) -> int:
    from PySide6.QtWidgets import QApplication

    from app.settings import DATABASE_URL
    from app.views import errors

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    from app.i18n import install_translators

    install_translators(app, language)
    from app.views.style import apply_style

    apply_style(app)
    errors.install_excepthook()
    from app.views.login import LoginCancelled, gui_login

    try:
        services = open_services(args, settings.get(DATABASE_URL) or None, login=gui_login)
    except LoginCancelled:
        return 0
    except Exception as exc:  # a database that cannot be opened: say so, do not crash
        log.exception("could not open the database")
        errors.show_message(None, errors.open_failed_title(), str(exc))
        return 1
    from app.views.main_window import MainWindow

    window = MainWindow(services, settings, demo=args.demo)
    if args.section:
        window.show_section(args.section)
    if args.screenshot:
        return _screenshot(app, window, args.screenshot)
    window.show()
    code = app.exec()
    services.close()
    return code


def _screenshot(app, window, target: str) -> int:
    window.resize(1280, 800)
    window.show()
    window.wait_until_loaded()
    for _ in range(5):
        app.processEvents()
    ok = window.grab().save(target)
    window.close()
    window.services.close()
    return 0 if ok else 1
