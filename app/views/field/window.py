"""Field mode: an inspector's laptop with no network works on one field package (.cdpkg).
No login, no office database, no backups: the window shows the package's inspections and the
inspection form, nothing else, and every answer is committed to the package file at once."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from app import APP_NAME, __version__
from app.services import Services
from app.services.field import PackageInfo
from app.services.tasks import TaskRunner
from app.views.inspections.inspections_tab import InspectionsTab
from app.views.screenshot import screenshot

log = logging.getLogger(__name__)

BANNER_STYLE = ("background: #fff4ce; border: 1px solid #e6d28a; border-radius: 4px;"
                " padding: 6px 10px; font-weight: 600;")


class FieldWindow(QMainWindow):
    def __init__(self, services: Services, info: PackageInfo, path: Path, parent=None):
        super().__init__(parent)
        self.services = services
        self.info = info
        self.path = Path(path)
        self.tasks = TaskRunner(self)
        self.setWindowTitle(self.tr("{app} {version} — field mode").format(
            app=APP_NAME, version=__version__))
        self.banner = QLabel(self.tr(
            "Field mode: package {package}, inspector {inspector}; everything is saved at "
            "once").format(package=self.path.name, inspector=info.inspector or "—"))
        self.banner.setObjectName("fieldBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setToolTip(str(self.path))
        self.inspections = InspectionsTab(services, self.tasks, field_mode=True)
        self.inspections.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.banner)
        layout.addWidget(self.inspections, 1)
        self.setCentralWidget(central)
        self.package_label = QLabel(self.tr("Package: {path}").format(path=self.path))
        self.statusBar().addPermanentWidget(self.package_label)
        self.resize(1280, 800)
        self.inspections.reload()

    @property
    def form(self):
        return self.inspections.form

    def wait_until_loaded(self, timeout_ms: int = 30_000) -> None:
        self.tasks.wait(timeout_ms)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.tasks.wait(10_000)  # a report being written finishes first
        super().closeEvent(event)


translate = QCoreApplication.translate


def open_field_services(path: str | Path) -> tuple[Services, PackageInfo] | None:
    """The package as the only database, for its inspector; None when it cannot be opened
    (the user was told why, in Russian)."""
    from app.lock import DatabaseLockedError
    from app.services.field import field_actor, open_field_store, package_info
    from app.views import dialogs

    title = translate("FieldWindow", "The field package could not be opened")
    try:
        store = open_field_store(path)
    except DatabaseLockedError as exc:  # open in another window
        dialogs.show_message(None, title, str(exc))
        return None
    except Exception as exc:  # not a package, a damaged or truncated one, unreadable
        log.warning("field package %s refused: %s", path, exc)
        dialogs.show_message(None, title, translate(
            "FieldWindow", "The file {path} is not a ClusterDesk field package, or it is damaged. Nothing "
            "was changed in it.").format(path=path), str(exc))
        return None
    info = package_info(store)
    if info is None:  # cannot happen after open_field_store, but never work on an office DB
        store.close()
        dialogs.show_message(None, title, translate("FieldWindow", "This file is not a field package."))
        return None
    return Services(store, field_actor(info)), info


def run_field(args, settings, language: str) -> int:
    """``clusterdesk --field PACKAGE``: start like run_gui, but on the package alone."""
    from PySide6.QtWidgets import QApplication

    from app.i18n import install_translators
    from app.views import errors
    from app.views.style import apply_style

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    install_translators(app, language)
    apply_style(app)
    errors.install_excepthook()
    opened = open_field_services(args.field)
    if opened is None:
        return 1
    services, info = opened
    window = FieldWindow(services, info, Path(args.field))
    if getattr(args, "screenshot", None):
        return screenshot(app, window, args.screenshot)
    window.show()
    code = app.exec()
    services.close()
    return code
