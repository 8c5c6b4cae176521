"""What the user sees first: the main window's frame — its title, the sections, a page saying
the database is being opened — painted before the database layer is imported (SQLAlchemy and
the models take most of a start-up).  app/bootstrap.py shows it, opens the database (login,
first-run wizard and their messages appear over it), then the main window takes its place.

When the dashboard's figures of the last start are still true (app/first_figures.py: the same
data, the same day), the frame paints them at once in the dashboard's own cards, marked as
being refreshed; the real dashboard takes their place when the database is open.

Only Qt, the settings and the sections' registry are imported here, on purpose: a test
checks that building the shell leaves sqlalchemy, app.models and app.services unloaded."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QWidget,
)

from app import APP_NAME, __version__
from app.sections import SECTION_KEYS, SECTIONS
from app.settings import LAST_SECTION, WINDOW_GEOMETRY, Settings
from app.views.widgets.navigation import make_navigation


def window_title(demo: bool) -> str:
    title = f"{APP_NAME} {__version__}"
    if demo:
        title += " — " + QCoreApplication.translate("MainWindow", "demo database")
    return title


class StartupShell(QMainWindow):
    def __init__(self, settings: Settings, demo: bool = False, parent=None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(window_title(demo))
        # the same sidebar as the main window's (style.py's QSS styles it by this name), so
        # the frame does not jump when the real window takes its place
        self.navigation = make_navigation(SECTIONS, glyphs=False)
        self.navigation.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for row in range(self.navigation.count()):  # nothing to click until it opens
            self.navigation.item(row).setFlags(Qt.ItemFlag.ItemIsEnabled)
        last = settings.get(LAST_SECTION)
        self.navigation.setCurrentRow(SECTION_KEYS.index(last) if last in SECTION_KEYS else 0)
        self.message = QLabel(QCoreApplication.translate("Startup", "Opening the database…"))
        self.message.setObjectName("placeholderText")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.message, 1)
        self.figures_shown = False
        self.setCentralWidget(central)
        # the main window's menu bar and status bar, empty: the page keeps its place
        for title in ("&File", "&Edit", "&View", "Data", "Help"):
            self.menuBar().addMenu(QCoreApplication.translate("MainWindow", title)).setEnabled(
                False)
        self.statusBar()
        self.resize(1280, 800)
        geometry = settings.get(WINDOW_GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)

    def show_figures(self, figures: dict) -> bool:
        """The dashboard's tiles as they were last shown (app/views/dashboard/kept.py) in the
        page's place, under a line saying the database is being opened; only when the window
        opens on the dashboard.  Returns whether they are shown."""
        if self.navigation.currentRow() != SECTION_KEYS.index("dashboard"):
            return False
        from app.views.dashboard.kept import kept_page

        self.message.setText(QCoreApplication.translate(
            "Startup", "{as_of} · opening the database…").format(as_of=figures.get("as_of", "")))
        self.message.setObjectName("")
        self.message.setStyleSheet("color: #4a5a68;")
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        layout = self.centralWidget().layout()
        layout.removeWidget(self.message)
        page = kept_page(figures, self.message)
        layout.addWidget(page, 1)
        self.cards = page.cards
        self.figures_shown = True
        return True
