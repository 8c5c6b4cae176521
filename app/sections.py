"""The one registry of the window's sections: key, title, and where the page lives.

The window's navigation and the command line's ``--section`` read this list; adding a section
is one entry here and one page module. Pages are named by a dotted path so that reading the
registry (the command line does) loads no Qt widget and no section's code."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

OVERVIEW = QT_TRANSLATE_NOOP("MainWindow", "Overview")
CLUSTER = QT_TRANSLATE_NOOP("MainWindow", "Cluster")
WORK = QT_TRANSLATE_NOOP("MainWindow", "Work")
PAPERS = QT_TRANSLATE_NOOP("MainWindow", "Documents and settings")


@dataclass(frozen=True)
class Section:
    key: str
    title: str  # English source; the window shows translate("MainWindow", title)
    page: str  # "package.module:Class"
    icon: str = ""  # the sidebar's glyph, as qtawesome names it («mdi6.cog-outline»)
    group: str = ""  # the sidebar's caption above the first section of a group


SECTIONS: tuple[Section, ...] = (
    Section("dashboard", QT_TRANSLATE_NOOP("MainWindow", "Dashboard"),
            "app.views.dashboard.page:DashboardPage",
            "mdi6.view-dashboard-outline", OVERVIEW),
    Section("deadlines", QT_TRANSLATE_NOOP("MainWindow", "Deadlines"),
            "app.views.deadlines.page:DeadlinesPage",
            "mdi6.calendar-clock-outline", OVERVIEW),
    Section("participants", QT_TRANSLATE_NOOP("MainWindow", "Participants"),
            "app.views.participants.page:ParticipantsPage",
            "mdi6.account-group-outline", CLUSTER),
    Section("sites", QT_TRANSLATE_NOOP("MainWindow", "Sites and workshops"),
            "app.views.sites.page:SitesPage",
            "mdi6.office-building-outline", CLUSTER),
    Section("roadmap", QT_TRANSLATE_NOOP("MainWindow", "Roadmap"),
            "app.views.roadmap.page:RoadmapPage",
            "mdi6.map-marker-path", CLUSTER),
    Section("grants", QT_TRANSLATE_NOOP("MainWindow", "Grant and procurement"),
            "app.views.grants.page:GrantsPage",
            "mdi6.cash-multiple", CLUSTER),
    Section("events", QT_TRANSLATE_NOOP("MainWindow", "Events"),
            "app.views.events.page:EventsPage",
            "mdi6.calendar-star", WORK),
    Section("inspections", QT_TRANSLATE_NOOP("MainWindow", "Inspections"),
            "app.views.inspections.page:InspectionsPage",
            "mdi6.clipboard-check-outline", WORK),
    Section("career-maps", QT_TRANSLATE_NOOP("MainWindow", "Career maps"),
            "app.views.careers.page:CareerMapsPage",
            "mdi6.stairs-up", WORK),
    Section("indicators", QT_TRANSLATE_NOOP("MainWindow", "Indicators"),
            "app.views.indicators.page:IndicatorsPage",
            "mdi6.chart-line", WORK),
    Section("requests", QT_TRANSLATE_NOOP("MainWindow", "Data requests"),
            "app.views.requests.page:RequestsPage",
            "mdi6.email-arrow-right-outline", WORK),
    Section("reports", QT_TRANSLATE_NOOP("MainWindow", "Reports"),
            "app.views.reports_page:ReportsPage",
            "mdi6.file-document-multiple-outline", PAPERS),
    Section("settings", QT_TRANSLATE_NOOP("MainWindow", "Settings"),
            "app.views.settings_page:SettingsPage",
            "mdi6.cog-outline", PAPERS),
)
SECTION_KEYS: tuple[str, ...] = tuple(s.key for s in SECTIONS)
