"""The dashboard («Сводка»), the section the window opens on: the few figures that matter
this month, each a tile of one size (caption, number, its change since the end of last
month) that opens its section, and two small charts.  The summary, changes included, is
fetched off the GUI thread (15–40 ms on the demo, more on a big database)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app import first_figures
from app.formats import format_date, format_money, format_number, format_percent
from app.i18n import current_language
from app.services import Services
from app.services.dashboard import DashboardSummary
from app.services.tasks import TaskRunner
from app.settings import Settings
from app.views.dashboard.cards import CARD_QSS, Card, ShareBar, change_text, even_heights
from app.views.dashboard.kept import tiles_state
from app.views.dashboard.money_chart import MoneyChart
from app.views.widgets.colours import ALERT, Level
from app.views.widgets.loader import Loader
from app.views.widgets.page import SectionPage
from app.views.widgets.page_actions import PageToolbar
from app.views.widgets.reach_chart import ReachChart

_SHOWN = 3  # overdue titles or indicators named on a card


def fmt_mln(value: Decimal) -> str:
    """57,4 млн ₽ — short enough for a card; the tooltip has the sum to the kopeck."""
    text = f"{(value / 1_000_000).quantize(Decimal('0.1'), ROUND_HALF_UP):,.1f}"
    unit = QCoreApplication.translate("DashboardPage", "mln RUB").replace(" ", "\u00a0")
    return text.replace(",", "\u00a0").replace(".", ",") + "\u00a0" + unit  # «₽» never alone


def _named(names: list[str]) -> str:
    shown = [f"• {name}" for name in names[:_SHOWN]]
    if len(names) > _SHOWN:
        shown.append(QCoreApplication.translate("DashboardPage", "… and {count} more").format(count=len(names) - _SHOWN))
    return "\n".join(shown)


class DashboardPage(SectionPage):
    def __init__(self, services: Services, settings: Settings, tasks: TaskRunner, parent=None):
        super().__init__(services, settings, tasks, parent)
        self.summary: DashboardSummary | None = None
        self.loader = Loader(tasks, lambda: self._fetch, self._fetched_summary, self._failed)
        sections = DashboardSummary.SECTIONS

        self.title = title = QLabel(self.tr("Dashboard"))
        title.setObjectName("pageTitle")
        self.as_of = QLabel()
        self.as_of.setStyleSheet("color: #4a5a68;")
        self.toolbar = PageToolbar()
        self.refresh_action = self.toolbar.standard("refresh", self.reload)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(12)
        top.addWidget(self.as_of, 1, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.toolbar)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ALERT};")
        self.error.hide()

        # the grant money in two tiles of the common size: the federal grant, all sources
        self.grant_card = Card(self.tr("Federal grant"), sections["grants"])
        self.sources_card = Card(self.tr("All sources of money"), sections["grants"])
        self.bars = {key: ShareBar("paid" if "paid" in key else "contracted")
                     for key in ("grant_contracted", "grant_paid", "contracted", "paid")}
        for key, bar in self.bars.items():
            card = self.grant_card if key.startswith("grant") else self.sources_card
            card.extra.addWidget(bar)
        self.events_card = Card(self.tr("Events this month"), sections["events"])
        self.roadmap_card = Card(self.tr("Roadmap"), sections["roadmap"])
        self.findings_card = Card(self.tr("Inspection findings"), sections["findings"])
        self.indicators_card = Card(self.tr("Performance indicators"), sections["indicators"])
        self.participants_card = Card(self.tr("Participants"), sections["participants"])
        self.sites_card = Card(self.tr("Sites and workshops"), sections["sites"])
        self.careers_card = Card(self.tr("Career maps"), sections["career-maps"])
        self.cards = [self.grant_card, self.sources_card, self.events_card, self.roadmap_card,
                      self.findings_card, self.indicators_card, self.participants_card,
                      self.sites_card, self.careers_card]
        for card in self.cards:
            card.clicked.connect(self.open_section)
            card.setToolTip(self.tr("Click to open the section"))
        # the tiles share a width: when it changes their text wraps anew, so their height
        self.grant_card.width_changed.connect(self._even_tiles)
        self.data_check_card = Card(self.tr("Data check"), "data-check")
        self.data_check_card.clicked.connect(lambda _key: self.open_data_check.emit())
        self.data_check_card.change.hide()  # no history: its rules judge the data as it is
        self.data_check_card.setToolTip(self.tr("Click to open the list of contradictions"))
        # nine tiles of one size, three by three; the data check under them is no section's
        # figure but a line across all the data, so it runs the full width
        self.grid = grid = QGridLayout()
        grid.setSpacing(12)
        for position, card in enumerate(self.cards):
            grid.addWidget(card, position // 3, position % 3)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        tiles = QVBoxLayout()
        tiles.setSpacing(12)
        tiles.addLayout(grid)
        tiles.addWidget(self.data_check_card)

        self.money_chart = MoneyChart()
        self.reach_chart = ReachChart()
        small = QFont(self.font())
        small.setPointSizeF(8)
        for chart in (self.money_chart, self.reach_chart):
            chart.setMinimumHeight(250)
            # a chart view's own size hint is its scene's: it would stretch the page
            chart.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
            chart.months.setLabelsFont(small)  # twelve month names fit half the page
        self.charts_empty = QLabel(self.tr("No money or events recorded this year yet: the "
                                           "charts appear when there are."))
        self.charts_empty.setStyleSheet("color: #4a5a68;")
        self.charts_empty.hide()
        charts = QHBoxLayout()
        charts.setSpacing(12)
        charts.addWidget(self.money_chart, 1)
        charts.addWidget(self.reach_chart, 1)

        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(16, 12, 16, 12)
        column.addLayout(top)
        column.addWidget(self.error)
        column.addLayout(tiles)
        column.addWidget(self.charts_empty)
        column.addLayout(charts, 1)
        # a small window scrolls instead of crushing the cards (or growing the window)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.setStyleSheet(CARD_QSS)

    # --- loading ---
    def reload(self) -> None:
        self.loader.run()

    def _fetch(self):
        """On the worker: the data's stamp first, then the figures (a change in between makes
        the kept figures older than their stamp says, never newer: the next start then does
        not show them)."""
        where, stamp = self.services.system.data_stamp()
        return where, stamp, self.services.dashboard.summary()

    def _fetched_summary(self, result) -> None:
        where, stamp, summary = result
        self._arrived(summary)
        if where is not None:  # a file the next start can read before its database layer
            first_figures.save(where, stamp, summary.today, current_language(), tiles_state(
                self.title, self.as_of, self.grid, [self.data_check_card]))

    def _failed(self, exc: Exception) -> None:
        # calm, in the page: the window opens here, a modal box would greet every start
        self.error.setText(self.tr("The dashboard could not be loaded: {error}")
                           .format(error=exc))
        self.error.show()
        self.loaded.emit()

    def _arrived(self, s: DashboardSummary) -> None:
        self.summary = s
        self.error.hide()
        self.as_of.setText(self.tr("on {date}").format(date=format_date(s.today)))
        self._show_grant(s)
        self._show_sources(s)
        self._show_events(s)
        self._show_roadmap(s)
        self._show_findings(s)
        self._show_indicators(s)
        self._show_participants(s)
        self._show_sites(s)
        self._show_career_maps(s)
        self._show_data_check(s)
        self.money_chart.set_rows(s.money_by_month)
        self.reach_chart.set_months(s.reach_by_month)
        empty = not s.planned and not any(people or held for _y, _m, held, people
                                          in s.reach_by_month)
        self.charts_empty.setVisible(empty)
        self.money_chart.setVisible(not empty)
        self.reach_chart.setVisible(not empty)
        keys = ("grant", "sources", "events", "roadmap", "findings", "indicators",
                "participants", "sites", "career-maps")
        since = (self.tr("Compared with the figure on {date}").format(
            date=format_date(s.month_before)) if s.month_before else "")
        for key, card in zip(keys, self.cards, strict=True):
            # an empty state («—», nothing entered yet) has nothing to compare
            change = None if card.figure.text() == "—" else s.changes.get(key)
            card.show_change(change_text(change, money=key in ("grant", "sources")))
            card.change.setToolTip(since if change is not None else "")
        self._even_tiles()
        self.loaded.emit()

    def _even_tiles(self) -> None:
        even_heights(self.grid, self.cards)

    # --- the cards ---
    def _show_grant(self, s: DashboardSummary) -> None:
        self._show_money(
            self.grant_card, "grant_", (s.grant_planned, s.grant_contracted, s.grant_paid),
            s.grant_overdue_contracts, self.tr("No grant money planned yet."),
            self.tr("Share of the federal grant contracted"),
            [self._grant_line(s), self._sources_line(s)])

    def _show_sources(self, s: DashboardSummary) -> None:
        """The federal grant and every other source together: what the chart's lines sum."""
        self._show_money(
            self.sources_card, "", (s.planned, s.contracted, s.paid), s.overdue_contracts,
            self.tr("No money planned from any source yet."),
            self.tr("Share of the money of all sources contracted"), [self._sources_line(s)])

    def _show_money(self, card: Card, bars: str, money: tuple[Decimal, Decimal, Decimal],
                    overdue: int, empty: str, figure_tip: str, lines: list[str]) -> None:
        """A money tile: the share contracted (the figure) and paid (bars ``bars`` +
        contracted/paid), the overdue contracts under it; the sums to the kopeck as a tip."""
        planned, contracted, paid = money
        share = DashboardSummary._share(contracted, planned)
        self.bars[bars + "contracted"].show_share(
            self.tr("Contracted: {part} of {whole}").format(
                part=fmt_mln(contracted), whole=fmt_mln(planned)), share)
        self.bars[bars + "paid"].show_share(
            self.tr("Paid: {part}").format(part=fmt_mln(paid)),
            DashboardSummary._share(paid, planned))
        for key in ("contracted", "paid"):
            self.bars[bars + key].setVisible(bool(planned))
        if not planned:
            card.show_figures("—", empty)
        else:
            # the share is no alarm by itself; overdue contracts are, in the line under it
            card.show_figures(format_percent(share), self._overdue_text(overdue))
            card.figure.setToolTip(figure_tip)
            card.detail.setStyleSheet(f"color: {ALERT};" if overdue else "")
        card.setToolTip("\n".join((*lines, self.tr("Click to open the section"))))

    def _grant_line(self, s: DashboardSummary) -> str:
        return self.tr("Federal grant: planned {planned}, contracted {contracted}, paid {paid}") \
            .format(planned=format_money(s.grant_planned),
                    contracted=format_money(s.grant_contracted), paid=format_money(s.grant_paid))

    def _sources_line(self, s: DashboardSummary) -> str:
        return self.tr("All sources: planned {planned}, contracted {contracted}, paid {paid}") \
            .format(planned=format_money(s.planned), contracted=format_money(s.contracted),
                    paid=format_money(s.paid))

    def _overdue_text(self, count: int) -> str:
        return (self.tr("Overdue contracts: {count}").format(count=count) if count
                else self.tr("No overdue contracts."))

    def _show_events(self, s: DashboardSummary) -> None:
        lines = []
        if s.events_month:
            lines.append(self.tr("Held: {held}; reached {reach} of {planned} planned")
                         .format(held=format_number(s.events_month_held),
                                 reach=format_number(s.reach_month),
                                 planned=format_number(s.planned_reach_month)))
        else:
            lines.append(self.tr("No events planned this month."))
        lines.append(self.tr("This year: {people} people reached").format(
            people=format_number(s.reach_year)))
        if s.reach_year_annual:  # apart: the annual work plan never counts toward the targets
            lines.append(self.tr("Annual work plan, apart: {people} people").format(
                people=format_number(s.reach_year_annual)))
        missed = s.targets_missed
        if missed:
            lines.append(self.tr("Targets not met yet: {count} of {total}").format(
                count=len(missed), total=len(s.targets)))
        if s.events_overdue:
            lines.append(self.tr("Overdue events (not marked held): {count}").format(
                count=s.events_overdue))
        self.events_card.show_figures(format_number(s.events_month), "\n".join(lines),
                                      alert=False)
        self.events_card.figure.setToolTip(self.tr("Events this month (without cancelled)"))
        if missed:
            self.events_card.detail.setToolTip("\n".join(
                f"{t.label}: {format_percent(t.percent)} / {t.goal} %" for t in missed))

    def _show_roadmap(self, s: DashboardSummary) -> None:
        overdue = s.roadmap_overdue
        if not s.roadmap_items:
            self.roadmap_card.show_figures("—", self.tr("No roadmap items yet."))
            return
        if overdue:
            detail = self.tr("overdue of {total} items:").format(total=s.roadmap_items)
            self.roadmap_card.show_figures(format_number(len(overdue)),
                                           detail + "\n" + _named(overdue), alert=True)
            self.roadmap_card.detail.setToolTip("\n".join(overdue))
        else:
            self.roadmap_card.show_figures("0", self.tr("Nothing overdue of {total} items.")
                                           .format(total=s.roadmap_items))

    def _show_findings(self, s: DashboardSummary) -> None:
        if not s.findings_open:
            self.findings_card.show_figures("0", self.tr("No open findings."))
            return
        detail = self.tr("open findings") + "\n"
        detail += (self.tr("overdue: {count}").format(count=s.findings_overdue)
                   if s.findings_overdue else self.tr("none overdue"))
        self.findings_card.show_figures(format_number(s.findings_open), detail,
                                        alert=bool(s.findings_overdue))

    def _show_indicators(self, s: DashboardSummary) -> None:
        behind = s.indicators_behind
        if not s.indicators:
            self.indicators_card.show_figures("—", self.tr("No performance indicators "
                                                           "entered yet."))
            return
        if not behind:
            self.indicators_card.show_figures("0", self.tr("All {total} indicators on target.")
                                              .format(total=s.indicators))
            return
        detail = self.tr("behind target of {total}:").format(total=s.indicators)
        self.indicators_card.show_figures(
            format_number(len(behind)), detail + "\n" + _named([b.name for b in behind]),
            alert=Level.SLIPPING)  # behind in a running year: amber, not red
        self.indicators_card.detail.setToolTip("\n".join(b.name for b in behind))

    def _show_participants(self, s: DashboardSummary) -> None:
        if not s.members:
            self.participants_card.show_figures("—", self.tr("No participants yet."))
            return
        roles = s.members_by_role
        others = s.members - roles.get("college", 0) - roles.get("employer", 0)
        lines = [self.tr("colleges: {colleges}, employers: {employers}, others: {others}")
                 .format(colleges=format_number(roles.get("college", 0)),
                         employers=format_number(roles.get("employer", 0)),
                         others=format_number(max(0, others)))]
        if s.joined_this_year:
            lines.append(self.tr("joined this year: {count}").format(
                count=format_number(s.joined_this_year)))
        self.participants_card.show_figures(format_number(s.members), "\n".join(lines))
        self.participants_card.figure.setToolTip(self.tr("Members of the cluster now"))

    def _show_sites(self, s: DashboardSummary) -> None:
        if not s.sites:
            self.sites_card.show_figures("—", self.tr("No sites yet."))
            return
        self.sites_card.show_figures(format_number(s.workshops), self.tr(
            "workshops at {sites} sites").format(sites=format_number(s.sites)))
        self.sites_card.figure.setToolTip(self.tr("Workshops (kinds of work)"))

    def _show_career_maps(self, s: DashboardSummary) -> None:
        maps = s.career_maps
        if not sum(maps.get(k, 0) for k in ("draft", "sent", "approved")):
            self.careers_card.show_figures("—", self.tr("No career maps yet."))
            return
        self.careers_card.show_figures(format_number(maps.get("approved", 0)), self.tr(
            "approved; drafts: {drafts}, with the council: {sent}").format(
                drafts=format_number(maps.get("draft", 0)), sent=format_number(maps.get("sent", 0))))
        self.careers_card.figure.setToolTip(self.tr("Career maps approved by the council"))

    def _show_data_check(self, s: DashboardSummary) -> None:
        if not s.data_contradictions:
            self.data_check_card.show_figures("0", self.tr("The data agree with every rule of "
                                                           "the data check."))
            return
        self.data_check_card.show_figures(
            format_number(s.data_contradictions),
            self.tr("contradictions with {rules} rules: click to see each with its record")
            .format(rules=format_number(s.data_rules_failed)), alert=True)
        self.data_check_card.figure.setToolTip(self.tr("Contradictions the data check finds"))

    # --- for tests ---
    def card_texts(self) -> dict[str, tuple[str, str]]:
        names = ("grant", "sources", "events", "roadmap", "findings", "indicators",
                 "participants", "sites", "career-maps", "data-check")
        cards = [*self.cards, self.data_check_card]
        return {n: (c.figure.text(), c.detail.text()) for n, c in zip(names, cards, strict=True)}

    def change_texts(self) -> dict[str, str]:
        """Each tile's change line, by the tile's key (empty: no history to compare)."""
        names = ("grant", "sources", "events", "roadmap", "findings", "indicators",
                 "participants", "sites", "career-maps", "data-check")
        cards = [*self.cards, self.data_check_card]
        return {n: c.change.text() for n, c in zip(names, cards, strict=True)}
