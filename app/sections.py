"""The one registry of the window's sections: key, title, and where the page lives.

The window's navigation and the command line's ``--section`` read this list; adding a section
is one entry here and one page module. Pages are named by a dotted path so that reading the
registry (the command line does) loads no Qt widget and no section's code."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Section:
    key: str
    title: str  # English source; the window shows translate("MainWindow", title)
    page: str  # "package.module:Class"


SECTIONS: tuple[Section, ...] = (
    Section("dashboard", QT_TRANSLATE_NOOP("MainWindow", "Dashboard"),
            "app.views.dashboard.page:DashboardPage"),
    Section("deadlines", QT_TRANSLATE_NOOP("MainWindow", "Deadlines"),
            "app.views.deadlines.page:DeadlinesPage"),
    Section("participants", QT_TRANSLATE_NOOP("MainWindow", "Participants"),
            "app.views.participants.page:ParticipantsPage"),
    Section("sites", QT_TRANSLATE_NOOP("MainWindow", "Sites and workshops"),
            "app.views.sites.page:SitesPage"),
    Section("roadmap", QT_TRANSLATE_NOOP("MainWindow", "Roadmap"),
            "app.views.roadmap.page:RoadmapPage"),
    Section("grants", QT_TRANSLATE_NOOP("MainWindow", "Grant and procurement"),
            "app.views.grants.page:GrantsPage"),
    Section("events", QT_TRANSLATE_NOOP("MainWindow", "Events"),
            "app.views.events.page:EventsPage"),
    Section("inspections", QT_TRANSLATE_NOOP("MainWindow", "Inspections"),
            "app.views.inspections.page:InspectionsPage"),
    Section("career-maps", QT_TRANSLATE_NOOP("MainWindow", "Career maps"),
            "app.views.careers.page:CareerMapsPage"),
    Section("indicators", QT_TRANSLATE_NOOP("MainWindow", "Indicators"),
            "app.views.indicators.page:IndicatorsPage"),
    Section("requests", QT_TRANSLATE_NOOP("MainWindow", "Data requests"),
            "app.views.requests.page:RequestsPage"),
    Section("reports", QT_TRANSLATE_NOOP("MainWindow", "Reports"),
            "app.views.reports_page:ReportsPage"),
    Section("settings", QT_TRANSLATE_NOOP("MainWindow", "Settings"),
            "app.views.settings_page:SettingsPage"),
)
SECTION_KEYS: tuple[str, ...] = tuple(s.key for s in SECTIONS)
