"""Network cooperation (сетевое взаимодействие): agreements between participants, shared
use of sites and equipment, and the experts — three lists in one tab."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout

from app.formats import format_date
from app.services import Services
from app.services.network import AgreementData, ExpertData, SharedUseData
from app.services.tasks import TaskRunner
from app.views.indicators.common import Column
from app.views.indicators.records import Field, RecordsTab
from app.views.widgets.page import PagePart


def _period(start, end) -> str:
    if start is None and end is None:
        return ""
    return f"{format_date(start)} – {format_date(end)}"


class AgreementsTab(RecordsTab):
    def columns(self):
        return [
            Column(self.tr("No."), lambda a: a.number),
            Column(self.tr("Signed"), lambda a: format_date(a.signed_on), lambda a: a.signed_on or 0),
            Column(self.tr("Party"), lambda a: a.party_a),
            Column(self.tr("Other party"), lambda a: a.party_b),
            Column(self.tr("Subject"), lambda a: a.subject),
            Column(self.tr("In force"), lambda a: _period(a.starts_on or a.signed_on, a.ends_on)),
        ]

    def widths(self):
        return (120, 100, 140, 140, 250, 180)

    def fill_column(self):
        return 4

    def fields(self):
        return [
            Field("party_a_id", self.tr("Party *"), "org"),
            Field("party_b_id", self.tr("Other party *"), "org"),
            Field("subject", self.tr("Subject *"), "lines"),
            Field("number", self.tr("Agreement No.")),
            Field("signed_on", self.tr("Signed on"), "date"),
            Field("starts_on", self.tr("In force from"), "date"),
            Field("ends_on", self.tr("In force until"), "date"),
        ]

    def fetch(self, year):
        network = self.services.network
        return lambda: network.agreements(year=year)

    def blank(self):
        return AgreementData(party_a_id=None, party_b_id=None, subject="")

    def save_record(self, data):
        return self.services.network.save_agreement(data)

    def delete_record(self, row_id):
        self.services.network.delete_agreement(row_id)

    def describe(self, row):
        number = self.tr("agreement No. {number}").format(number=row.number) if row.number \
            else self.tr("agreement")
        return f"{number}: {row.party_a} — {row.party_b}"

    def dialog_title(self, row):
        return self.describe(row) if row is not None else self.tr("New agreement")

    def empty_text(self):
        return self.tr("There are no network agreements yet.")

    def empty_button(self):
        return self.tr("Add the first agreement")


class SharedUseTab(RecordsTab):
    def columns(self):
        return [
            Column(self.tr("Resource"), lambda u: u.resource),
            Column(self.tr("Owner"), lambda u: u.owner),
            Column(self.tr("Used by"), lambda u: u.user),
            Column(self.tr("Period"), lambda u: _period(u.starts_on, u.ends_on),
                   lambda u: u.starts_on or 0),
            Column(self.tr("Hours"), lambda u: str(u.hours), lambda u: u.hours, right=True),
            Column(self.tr("People"), lambda u: str(u.people), lambda u: u.people, right=True),
        ]

    def widths(self):
        return (280, 150, 150, 190, 70, 85)

    def fields(self):
        return [
            Field("resource", self.tr("Site or equipment *")),
            Field("owner_id", self.tr("Owner"), "org"),
            Field("user_id", self.tr("Used by"), "org"),
            Field("purpose", self.tr("Purpose"), "lines"),
            Field("starts_on", self.tr("From"), "date"),
            Field("ends_on", self.tr("Until"), "date"),
            Field("hours", self.tr("Hours"), "int"),
            Field("people", self.tr("People"), "int"),
        ]

    def fetch(self, year):
        network = self.services.network
        return lambda: network.shared_uses(year=year)

    def blank(self):
        return SharedUseData(resource="")

    def save_record(self, data):
        return self.services.network.save_shared_use(data)

    def delete_record(self, row_id):
        self.services.network.delete_shared_use(row_id)

    def describe(self, row):
        return row.resource

    def dialog_title(self, row):
        return row.resource if row is not None else self.tr("New shared use")

    def empty_text(self):
        return self.tr("No shared use of sites or equipment is recorded yet.")

    def empty_button(self):
        return self.tr("Add the first shared use")


class ExpertsTab(RecordsTab):
    def columns(self):
        return [
            Column(self.tr("Expert"), lambda e: e.full_name),
            Column(self.tr("Specialty"), lambda e: e.specialty),
            Column(self.tr("Organization"), lambda e: e.organization_name),
            Column(self.tr("Expertise"), lambda e: e.expertise.replace("\n", "; ")),
            Column(self.tr("Period"), lambda e: _period(e.since, e.until), lambda e: e.since or 0),
        ]

    def widths(self):
        return (210, 170, 150, 230, 180)

    def fill_column(self):
        return 3

    def fields(self):
        return [
            Field("full_name", self.tr("Full name *")),
            Field("specialty", self.tr("Specialty")),
            Field("organization_id", self.tr("Participant"), "org"),
            Field("organization_name", self.tr("Or another organization")),
            Field("expertise", self.tr("Expertise"), "lines"),
            Field("since", self.tr("Expert since"), "date"),
            Field("until", self.tr("Expert until"), "date"),
        ]

    def fetch(self, year):
        network = self.services.network
        return lambda: network.experts(year=year)

    def blank(self):
        return ExpertData(full_name="")

    def save_record(self, data):
        return self.services.network.save_expert(data)

    def delete_record(self, row_id):
        self.services.network.delete_expert(row_id)

    def describe(self, row):
        return row.full_name

    def dialog_title(self, row):
        return row.full_name if row is not None else self.tr("New expert")

    def empty_text(self):
        return self.tr("There are no experts yet.")

    def empty_button(self):
        return self.tr("Add the first expert")


class NetworkTab(PagePart):
    def __init__(self, services: Services, tasks: TaskRunner, writable: bool, parent=None):
        super().__init__(services, tasks, parent)
        self.agreements = AgreementsTab(services, tasks, writable)
        self.shared_use = SharedUseTab(services, tasks, writable)
        self.experts = ExpertsTab(services, tasks, writable)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.agreements, self.tr("Agreements"))
        self.tabs.addTab(self.shared_use, self.tr("Shared use"))
        self.tabs.addTab(self.experts, self.tr("Experts"))
        for tab in self.lists():
            tab.status.connect(self.status)
        self.tabs.currentChanged.connect(lambda *_a: self.tabs.currentWidget().reload())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.tabs)

    def lists(self) -> list[RecordsTab]:
        return [self.agreements, self.shared_use, self.experts]

    def reload(self) -> None:
        self.tabs.currentWidget().reload()
