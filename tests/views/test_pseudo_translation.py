"""Issue 11: long Russian labels are never cut off.

Every dialog of the program is opened under a pseudo-translation: the real Russian text made
40 % longer (a run of «жжж…» after each line; {placeholders} and «&» accelerators untouched).
Each is filled with a record of the demo database (the first-run wizard gets an empty one),
sized as Qt sizes a new window on a 1366×768 office screen, and looked at as it opens, in
each of its tabs and pages, and with the messages of a refused save under its fields.  Every
visible label, check box, radio button, push button, group box title, tab and column heading
must show its whole text; a form in a scroll area must not scroll sideways; the dialog must
fit the screen (1366×740, less the task bar).

A problem reads «<dialog>: <widget class> «text» width W < needed N».
PSEUDO_SCREENSHOTS=<folder> keeps a picture of every dialog looked at.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QStyleOptionGroupBox,
    QTabBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.db import normalise_url, sqlite_url
from app.i18n import qm_file
from app.services import Services, open_store
from tests.conftest import PG_URL, wipe_postgres

translate = QCoreApplication.translate

GROWTH = 0.4  # the pseudo-translation is 40 % longer than the Russian
OFFICE_SCREEN = QSize(1366, 768)
FITS = QSize(1366, 740)  # the screen less the task bar
TOLERANCE = 1  # px
PAD = "ж"


# --- the pseudo-translation ----------------------------------------------------------------
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def padding(count: int) -> str:
    """``count`` characters of «ж», in words of at most nine letters: long Russian text wraps
    between words, so the padding must too."""
    if count <= 3:
        return PAD * count
    out = ""
    while len(out) < count:
        out += " " + PAD * max(1, min(9, count - len(out) - 1))
    return out


def lengthen_line(line: str) -> str:
    shown = _PLACEHOLDER.sub("", line).replace("&&", "&").replace("&", "")
    if not any(ch.isalpha() for ch in shown):
        return line  # «%», «—», «₽»: not words, nothing to lengthen
    return line + padding(math.ceil(len(shown) * GROWTH))


def lengthen(text: str) -> str:
    return "\n".join(lengthen_line(line) for line in text.split("\n"))


class PseudoTranslator(QTranslator):
    """The real Russian (ClusterDesk's catalogue, then Qt's own) made 40 % longer.

    A text neither catalogue knows stays untranslated (a null string): PySide's ``self.tr``
    then asks again with the context of the base class that holds the text (a FormDialog's
    words in a subclass), as the real translator would have it."""

    KEEP = ("QShortcut", "QKeySequence")  # key names are parsed back: leave them alone

    def __init__(self, parent=None):
        super().__init__(parent)
        self.real: list[QTranslator] = []
        ours = QTranslator(self)
        path = qm_file("ru")
        assert path is not None and ours.load(str(path)), "no Russian catalogue"
        self.real.append(ours)
        qt = QTranslator(self)
        if qt.load("qtbase_ru", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self.real.append(qt)

    def isEmpty(self) -> bool:  # noqa: N802
        return False

    def translate(self, context, source, disambiguation=None, n=-1):
        if not source or context in self.KEEP:
            return None
        for real in self.real:
            text = real.translate(context, source, disambiguation, n)
            if text:
                return lengthen(text)
        return None  # a null string: Qt asks the next translator


@pytest.fixture(scope="module")
def pseudo(qapp):
    """The pseudo-translation installed after the program's own translators (the last one
    installed is asked first); the program's look is on for the whole session
    (tests/conftest.py)."""
    translator = PseudoTranslator(qapp)
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


# --- the databases ---------------------------------------------------------------------------
@pytest.fixture(scope="module")
def office(tmp_path_factory):
    """The demo database, seeded once for every dialog here (the dialogs only read it)."""
    if PG_URL:
        wipe_postgres(PG_URL)
        url = normalise_url(PG_URL)
    else:
        url = sqlite_url(tmp_path_factory.mktemp("pseudo") / "demo.sqlite3")
    services = Services(open_store(url))
    services.demo.seed()
    yield services
    services.close()


@pytest.fixture(scope="module")
def fresh(tmp_path_factory):
    """An empty database, as the first-run wizard finds it."""
    services = Services(open_store(sqlite_url(tmp_path_factory.mktemp("fresh") / "new.sqlite3")))
    yield services
    services.close()


@dataclass
class Env:
    demo: Services
    fresh: Services
    settings: object
    tasks: object
    keep: list  # what must live as long as the dialog (the tab that made it)


# --- the check -------------------------------------------------------------------------------
def short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def shown_rect(widget: QWidget, top: QWidget) -> QRect:
    """The part of ``widget`` its parents let show (in ``top``'s coordinates); a scroll
    area's viewport does not cut: what is beyond it is scrolled to."""
    rect = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
    child, parent = widget, widget.parentWidget()
    while parent is not None and child is not top:
        holder = parent.parentWidget()
        if isinstance(holder, QAbstractScrollArea) and holder.viewport() is parent:
            break
        rect = rect.intersected(QRect(parent.mapTo(top, QPoint(0, 0)), parent.size()))
        child, parent = parent, parent.parentWidget()
    return rect


def elides_on_purpose(label: QLabel) -> bool:
    """A label that shortens its text itself says so: «…» at the end and the whole text as
    its tooltip (or the property elides=True)."""
    return bool(label.property("elides")) or (
        label.text().endswith("…") and bool(label.toolTip()))


def group_title_width(box: QGroupBox) -> int:
    option = QStyleOptionGroupBox()
    box.initStyleOption(option)
    metrics = box.fontMetrics()
    content = QSize(metrics.horizontalAdvance(box.title() + " "), metrics.height())
    return box.style().sizeFromContents(QStyle.ContentsType.CT_GroupBox, option, content,
                                        box).width()


def button_needs(button: QPushButton) -> int:
    """The width a push button's text (and icon) needs: its size hint, less the 80 px that
    the style gives any text button for looks (a deliberately narrow «↑» button cuts no
    text)."""
    option = QStyleOptionButton()
    button.initStyleOption(option)
    style = button.style()
    text = option.text.replace("&&", "\x00").replace("&", "").replace("\x00", "&")
    width = button.fontMetrics().horizontalAdvance(text)
    if not option.icon.isNull():
        width += option.iconSize.width() + 4
    width += style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, option, button)
    width += 2 * style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, option, button)
    if option.features & QStyleOptionButton.ButtonFeature.AutoDefaultButton:
        width += 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonDefaultIndicator, option,
                                       button)
    return min(width, button.sizeHint().width())


def too_wide(widget: QWidget, room: int) -> str:
    """The nested parts of ``widget`` that need more than ``room`` px, outermost first."""
    chain = []
    while True:
        wide = [c for c in widget.findChildren(
                    QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                if c.isVisible() and c.minimumSizeHint().width() > room]
        if not wide:
            return " › ".join(chain) or type(widget).__name__
        widget = max(wide, key=lambda c: c.minimumSizeHint().width())
        chain.append(type(widget).__name__)


def widget_problems(name: str, dialog: QWidget) -> list[str]:
    problems = []
    size = dialog.size()
    if size.width() > FITS.width() or size.height() > FITS.height():
        problems.append(f"{name}: {type(dialog).__name__} size {size.width()}×{size.height()} "
                        f"does not fit {FITS.width()}×{FITS.height()}")
    for w in dialog.findChildren(QWidget):
        if not w.isVisible():
            continue
        shown = shown_rect(w, dialog)
        width, height = min(w.width(), shown.width()), min(w.height(), shown.height())
        kind = type(w).__name__
        if isinstance(w, QLabel):
            text = w.text()
            if not text.strip():
                continue
            if w.wordWrap():
                needed = w.minimumSizeHint().width()
                if width < needed - TOLERANCE:
                    problems.append(f"{name}: {kind} «{short(text)}» width {width} < needed "
                                    f"{needed}")
                needed = w.heightForWidth(w.width())
                if height < needed - TOLERANCE:
                    problems.append(f"{name}: {kind} «{short(text)}» height {height} < needed "
                                    f"{needed} (word-wrapped at width {w.width()})")
            elif not elides_on_purpose(w):
                hint = w.sizeHint()
                if width < hint.width() - TOLERANCE:
                    problems.append(f"{name}: {kind} «{short(text)}» width {width} < needed "
                                    f"{hint.width()}")
                if height < hint.height() - TOLERANCE:
                    problems.append(f"{name}: {kind} «{short(text)}» height {height} < needed "
                                    f"{hint.height()}")
        elif isinstance(w, QPushButton | QCheckBox | QRadioButton):
            if not w.text().strip():
                continue
            needed = button_needs(w) if isinstance(w, QPushButton) else w.sizeHint().width()
            if width < needed - TOLERANCE:
                problems.append(f"{name}: {kind} «{short(w.text())}» width {width} < needed "
                                f"{needed}")
        elif isinstance(w, QGroupBox):
            if not w.title().strip():
                continue
            needed = group_title_width(w)
            if width < needed - TOLERANCE:
                problems.append(f"{name}: {kind} «{short(w.title())}» width {width} < needed "
                                f"{needed}")
        elif isinstance(w, QScrollArea) and w.widgetResizable() and w.widget() is not None:
            # a form in a scroll area scrolls down, not sideways: what is past the right edge
            # is as good as cut off
            needed, room = w.widget().minimumSizeHint().width(), w.viewport().width()
            if room < needed - TOLERANCE:
                problems.append(f"{name}: {kind} width {room} < needed {needed}: scrolls "
                                f"sideways (too wide: {too_wide(w.widget(), room)})")
        elif isinstance(w, QHeaderView) and w.orientation() == Qt.Orientation.Horizontal:
            model = w.model()
            for i in range(w.count()):
                if w.isSectionHidden(i) or model is None:
                    continue
                text = model.headerData(i, Qt.Orientation.Horizontal)
                if not text:
                    continue
                size, needed = w.sectionSize(i), w.sectionSizeHint(i)
                if size < needed - TOLERANCE:
                    problems.append(f"{name}: {kind} column «{short(str(text))}» width {size} < "
                                    f"needed {needed}")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if not w.isTabVisible(i):
                    continue
                rect, needed = w.tabRect(i), w.tabSizeHint(i).width()
                text = short(w.tabText(i))
                if rect.width() < needed - TOLERANCE:
                    problems.append(f"{name}: {kind} tab «{text}» width {rect.width()} < "
                                    f"needed {needed}")
                elif rect.right() >= width + TOLERANCE:
                    problems.append(f"{name}: {kind} tab «{text}» ends at {rect.right() + 1}, "
                                    f"past the tab bar's width {width}")
    return problems


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def screenshot(window: QWidget, name: str) -> None:
    """PSEUDO_SCREENSHOTS=<folder>: keep a picture of every dialog looked at."""
    folder = os.environ.get("PSEUDO_SCREENSHOTS")
    if folder:
        window.grab().save(os.path.join(folder, name.replace("/", "-") + ".png"))


def problems_in_every_tab(name: str, dialog: QWidget) -> list[str]:
    """The problems as the dialog shows now, then with each other tab of its tab widgets."""
    problems = widget_problems(name, dialog)
    for tabs in dialog.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        current = tabs.currentIndex()
        for i in range(tabs.count()):
            if i == current:
                continue
            tabs.setCurrentIndex(i)
            settle()
            problems += widget_problems(f"{name}, tab «{short(tabs.tabText(i), 40)}»", dialog)
            screenshot(dialog, f"{name}, tab {i + 1}")
        tabs.setCurrentIndex(current)
        settle()
    return list(dict.fromkeys(problems))


def office_size(dialog: QWidget) -> QSize:
    """The size Qt gives a window that was never resized (QWidget::adjustSize) on a
    1366×768 screen: its size hint (the height for that width when text wraps), at most two
    thirds of the screen, at least the window's minimum size."""
    layout = dialog.layout()
    if layout is not None:
        layout.activate()
    size = dialog.sizeHint()
    if layout is not None and layout.hasHeightForWidth():
        size.setHeight(layout.totalHeightForWidth(size.width()))
    size = size.boundedTo(QSize(OFFICE_SCREEN.width() * 2 // 3,
                                OFFICE_SCREEN.height() * 2 // 3))
    return size.expandedTo(dialog.minimumSize()).boundedTo(dialog.maximumSize())


def open_as_on_the_office_screen(qtbot, dialog: QWidget) -> None:
    dialog.ensurePolished()
    if not dialog.testAttribute(Qt.WidgetAttribute.WA_Resized):
        dialog.resize(office_size(dialog))
    dialog.show()
    qtbot.waitExposed(dialog)
    settle()


# --- the dialogs -----------------------------------------------------------------------------
# A case makes its dialog filled with a realistic record and yields it; each further yield
# names a state the case has put the dialog in (another page, a message shown…), or is a
# (name, window) pair: another window of the same kind to look at instead.
Case = Callable[[Env], Iterator]
CASES: dict[str, Case] = {}


def case(name: str):
    def register(fn: Case) -> Case:
        CASES[name] = fn
        return fn
    return register


def first(rows, test=lambda r: True):
    return next(r for r in rows if test(r))


def richest(rows, *attributes):
    """The row with the most filled in: realistic records are the full ones."""
    def score(row):
        return sum(bool(getattr(row, a)) for a in attributes) if attributes else 0
    return max(rows, key=score)


# the program's start
@case("LoginDialog")
def _login(env: Env):
    from app.views.login import LoginDialog

    dialog = LoginDialog(env.demo.store, "admin")
    yield dialog
    dialog.password.setText("не тот пароль")
    dialog.try_login()
    yield "wrong password"


@case("FirstRunWizard")
def _first_run(env: Env):
    from app.views.first_run import FirstRunWizard

    wizard = FirstRunWizard(env.fresh)
    yield wizard
    wizard.cluster_name.setText("Образовательно-производственный центр (кластер) "
                                "«Вологодский машиностроитель»")
    wizard.region.setText("Вологодская область")
    for page in ("programme", "company", "administrator"):
        wizard.next()
        yield f"page {page}"
    wizard.password.setText("секрет-1")
    wizard.password_again.setText("секрет-2")
    wizard.accept()  # the passwords differ: the message under the field
    yield "passwords differ"


# app/views/dialogs.py: the modal questions, caught at exec()
def caught(cls, run) -> QWidget:
    shown: list[QWidget] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cls, "exec", lambda self: shown.append(self) or 0)
        run()
    assert shown, f"no {cls.__name__} shown"
    return shown[0]


@case("dialogs.confirm")
def _confirm(env: Env):
    from app.views import dialogs

    text = translate("BackupsPage", "Replace the whole database with the copy of {when}? "
                     "Everything entered since then will be gone from the database (a copy of "
                     "the current state is kept first). The program will reopen the "
                     "database.").format(when="24.11.2026 18:05")
    yield caught(QMessageBox, lambda: dialogs.confirm(
        None, translate("BackupsPage", "Restore a backup"), text))


@case("dialogs.show_message")
def _show_message(env: Env):
    from app.views import dialogs

    yield caught(QMessageBox, lambda: dialogs.show_message(
        None, translate("FormDialog", "Not saved"),
        translate("Events", "The plan is approved (protocol No. {number}). Say why it is "
                  "changed: the change is recorded as a revision.").format(number="3"),
        details="ValidationError: reason"))


@case("dialogs.ask_text")
def _ask_text(env: Env):
    from app.views import dialogs

    yield caught(QDialog, lambda: dialogs.ask_text(
        None, translate("EventDialog", "Change to an approved plan"),
        translate("Events", "The plan is approved (protocol No. {number}). Say why it is "
                  "changed: the change is recorded as a revision.").format(number="3")))


@case("QProgressDialog (import)")
def _progress(env: Env):
    dialog = QProgressDialog(translate("ParticipantsPage", "Importing participants…"),
                             translate("ParticipantsPage", "Cancel"), 0, 0)
    yield dialog


# participants
@case("OrganizationDialog")
def _organization(env: Env):
    from app.views.participants.organization_dialog import OrganizationDialog

    demo = env.demo
    rows = demo.participants.list_organizations()
    full = [demo.participants.get(r.id) for r in rows]
    data = max(full, key=lambda d: (len(d.contacts), len(d.memberships), len(d.full_name)))
    dialog = OrganizationDialog(demo, data)
    yield dialog
    excluded = [d for d in full if any(m.exclusion_decision_id for m in d.memberships)]
    if excluded:  # the membership form with the council's decision row
        yield "excluded participant", OrganizationDialog(demo, excluded[0])


@case("OrganizationDialog (new)")
def _organization_new(env: Env):
    from app.views.participants.organization_dialog import OrganizationDialog

    yield OrganizationDialog(env.demo)


# sites and the roadmap
@case("SiteDialog")
def _site(env: Env):
    from app.views.sites.site_dialogs import SiteDialog

    sites = env.demo.sites.list_sites()
    yield SiteDialog(env.demo, max(sites, key=lambda s: len(s.name)))


@case("WorkshopDialog")
def _workshop(env: Env):
    from app.views.sites.site_dialogs import WorkshopDialog

    sites = env.demo.sites.list_sites()
    workshops = [w for s in sites for w in s.workshops]
    data = richest(workshops, "design_approved_by", "equipment_approved_by",
                   "room_requirements", "kind_of_work")
    yield WorkshopDialog(env.demo, sites, data)


@case("ItemDialog")
def _item(env: Env):
    from app.views.sites.item_dialog import ItemDialog

    workshops = [w for s in env.demo.sites.list_sites() for w in s.workshops]
    items = [i for w in workshops for i in env.demo.sites.items(w.id)]
    data = richest(items, "specification", "contract", "budget_line")
    yield ItemDialog(env.demo, data.workshop_id, data, data.position)


@case("RoadmapDialog")
def _roadmap(env: Env):
    from app.views.roadmap.roadmap_dialog import RoadmapDialog

    items = env.demo.roadmap.items()
    yield RoadmapDialog(env.demo, first(items, lambda r: r.standard_stage))


# grants
@case("MonthDialog")
def _month(env: Env):
    from app.views.grants.month_dialog import MonthDialog

    yield MonthDialog(date.today())


@case("SourceDialog")
def _source(env: Env):
    from app.views.grants.source_dialogs import SourceDialog

    yield SourceDialog(env.demo, richest(env.demo.grants.sources(), "recipient_org_id", "notes"))


@case("LineDialog")
def _line(env: Env):
    from app.views.grants.source_dialogs import LineDialog

    grants = env.demo.grants
    dialog = LineDialog(env.demo, grants.sources(),
                        max(grants.lines(), key=lambda x: len(x.name)))
    yield dialog
    dialog.show_reason()
    yield "over-commitment reason"


@case("ProcurementDialog")
def _procurement(env: Env):
    from app.views.grants.procurement_dialog import ProcurementDialog

    grants = env.demo.grants
    data = richest(grants.procurements(), "notice_no", "announced_on", "summed_up_on")
    yield ProcurementDialog(env.demo, grants.sources(), grants.lines(), data)


@case("ContractDialog")
def _contract(env: Env):
    from app.views.grants.contract_dialogs import ContractDialog

    grants = env.demo.grants
    row = richest(grants.contracts(), "paid", "accepted")
    dialog = ContractDialog(env.demo, grants.sources(), grants.lines(), grants.contract(row.id))
    yield dialog
    dialog.show_reason()
    yield "over-commitment reason"


@case("PaymentDialog")
def _payment(env: Env):
    from app.views.grants.contract_dialogs import PaymentDialog

    grants = env.demo.grants
    contracts = grants.contracts()
    paid = first(contracts, lambda c: grants.payments(c.id))
    dialog = PaymentDialog(env.demo, contracts, grants.payments(paid.id)[0])
    yield dialog
    dialog.show_reason()
    yield "over-commitment reason"


@case("AcceptanceDialog")
def _acceptance(env: Env):
    from app.views.grants.contract_dialogs import AcceptanceDialog

    grants = env.demo.grants
    contracts = grants.contracts()
    accepted = first(contracts, lambda c: grants.acceptances(c.id))
    yield AcceptanceDialog(env.demo, contracts, grants.acceptances(accepted.id)[0])


# events
@case("EventDialog")
def _event(env: Env):
    from app.views.events.event_dialog import EventDialog

    events = env.demo.events
    plans = events.plans()
    approved = {p.id for p in plans if p.approved}
    rows = [r for r in events.events() if r.plan_id in approved]
    row = max(rows, key=lambda r: (r.status == "held", len(r.title)))
    yield EventDialog(env.demo, events.event(row.id), plans, env.settings, True)


@case("BaselinesDialog")
def _baselines(env: Env):
    from app.views.events.dashboard_tab import BaselinesDialog

    yield BaselinesDialog(env.demo, env.demo.reach.baseline(date.today().year))


@case("TeamDialog")
def _team(env: Env):
    from app.views.events.team_dialog import TeamDialog

    teams = env.demo.ambassadors.teams()
    yield TeamDialog(env.demo, max(teams, key=lambda t: len(t.members)))


@case("NewPlanDialog")
def _new_plan(env: Env):
    from app.views.events.plan_dialogs import NewPlanDialog

    yield NewPlanDialog(env.demo, env.demo.events.plans(), date.today().year + 1)


@case("ApproveDialog")
def _approve_plan(env: Env):
    from app.views.events.plan_dialogs import ApproveDialog

    plans = env.demo.events.plans()
    yield ApproveDialog(env.demo, max(plans, key=lambda p: len(p.title)))


@case("RevisionsDialog")
def _revisions(env: Env):
    from app.views.events.plan_dialogs import RevisionsDialog

    events = env.demo.events
    plans = events.plans()
    plan = max(plans, key=lambda p: len(events.revisions(p.id)))
    yield RevisionsDialog(plan, events.revisions(plan.id))


# career maps
@case("ApproveMapDialog")
def _approve_map(env: Env):
    from app.views.careers.approve_dialog import ApproveMapDialog

    maps = env.demo.career_maps
    yield ApproveMapDialog(env.demo, maps.get(maps.maps()[0].id))


@case("MapForm (career map editor)")
def _map_form(env: Env):
    """Not a dialog, but the career map's form: in the editor it is a scroll area 513 px wide
    beside the preview on a 1366 px wide window."""
    from app.views.careers.map_form import MapForm

    maps = env.demo.career_maps
    rows = maps.maps()
    data = max((maps.get(r.id) for r in rows), key=lambda d: len(d.steps))
    orgs = sorted(env.demo.participants.list_organizations(),
                  key=lambda r: (r.short_name or r.full_name).casefold())
    items = [(r.short_name or r.full_name, r.id, r.full_name) for r in orgs]
    host = QWidget()
    host.setWindowTitle("MapForm")
    form = MapForm()
    form.set_organizations(items, items)
    form.fill(data, {})
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(form)
    QVBoxLayout(host).addWidget(scroll)
    host.resize(513 + 2 * host.layout().contentsMargins().left(), 700)
    yield host
    if form.steps.list.count() > 1:
        form.steps.list.setCurrentRow(1)
        yield "second step"


# indicators: councils, meetings, decisions, values, the simple records
@case("CouncilDialog")
def _council(env: Env):
    from app.views.indicators.council_dialog import CouncilDialog

    councils = env.demo.governance.councils()
    yield CouncilDialog(env.demo, max(councils, key=lambda c: len(c.name)))


@case("MemberDialog")
def _member(env: Env):
    from app.views.indicators.council_dialog import MemberDialog

    gov = env.demo.governance
    council = max(gov.councils(), key=lambda c: len(c.name))
    members = gov.members(council.id)
    yield MemberDialog(env.demo, richest(members, "post", "organization_id", "joined_on"),
                       council.name)


@case("MeetingDialog")
def _meeting(env: Env):
    from app.views.indicators.meeting_dialog import MeetingDialog

    gov = env.demo.governance
    row = gov.meetings()[0]
    data = gov.meeting(row.id)
    yield MeetingDialog(env.demo, gov.councils(), data, data.council_id, True)


@case("DecisionDialog")
def _decision(env: Env):
    from app.views.indicators.decision_dialog import DecisionDialog

    gov = env.demo.governance
    rows = gov.decisions()
    row = max(rows, key=lambda r: (bool(r.organization), len(r.text)))
    yield DecisionDialog(env.demo, gov.decision(row.id), True)


@case("AdmitDialog")
def _admit(env: Env):
    from app.services.governance_codes import DecisionSubject
    from app.views.indicators.decision_dialog import AdmitDialog

    rows = env.demo.governance.decisions(subject_kind=DecisionSubject.ADMIT.value)
    yield AdmitDialog(env.demo, max(rows, key=lambda r: len(r.organization)))


@case("ValueDialog")
def _value(env: Env):
    from app.views.indicators.indicators_tab import ValueDialog

    year = date.today().year
    rows = env.demo.indicators.rows(year)
    manual = max((r for r in rows if not r.computed), key=lambda r: len(r.name))
    dialog = ValueDialog(env.demo, manual, year)
    yield dialog
    computed = max((r for r in rows if r.computed), key=lambda r: len(r.name))
    yield "computed indicator", ValueDialog(env.demo, computed, year)


def records_case(name: str, module: str, tab_class: str, rows: Callable[[Services], list]):
    @case(name)
    def _records(env: Env):
        import importlib

        cls = getattr(importlib.import_module(module), tab_class)
        tab = cls(env.demo, env.tasks, True)
        env.keep.append(tab)
        yield tab.open_dialog(max(rows(env.demo), key=lambda r: len(str(r))))


records_case("RecordDialog (training)", "app.views.indicators.training_tabs", "TrainingTab",
             lambda s: s.training.trainings())
records_case("RecordDialog (admissions)", "app.views.indicators.training_tabs",
             "AdmissionsTab", lambda s: s.training.admissions())
records_case("RecordDialog (agreements)", "app.views.indicators.network_tab", "AgreementsTab",
             lambda s: s.network.agreements())
records_case("RecordDialog (shared use)", "app.views.indicators.network_tab", "SharedUseTab",
             lambda s: s.network.shared_uses())
records_case("RecordDialog (experts)", "app.views.indicators.network_tab", "ExpertsTab",
             lambda s: s.network.experts())


# inspections
@case("NewInspectionDialog")
def _new_inspection(env: Env):
    from app.views.inspections.new_dialog import NewInspectionDialog

    sites = env.demo.sites.list_sites()
    dialog = NewInspectionDialog(env.demo, max(sites, key=lambda s: len(s.workshops)).id)
    dialog.inspectors.setPlainText("Иванов И. И.\nПетрова А. С.")
    yield dialog


@case("ConnectionDialog")
def _connection(env: Env):
    from app.views.connection_dialog import ConnectionDialog

    dialog = ConnectionDialog(env.settings, env.demo.store.connection_label())
    dialog.server.setChecked(True)  # the longer of the two forms
    dialog.host.setText("db.college.local")
    dialog.database.setText("cluster")
    dialog.user.setText("office")
    yield dialog


@case("SubmissionsDialog")
def _submissions(env: Env):
    from app.views.grants.submissions import SubmissionsDialog

    yield SubmissionsDialog(env.demo, env.tasks)


@case("TemplateDialog")
def _template(env: Env):
    from app.services.checklists import AnswerType
    from app.views.inspections.template_dialog import TemplateDialog

    checklists = env.demo.checklists
    rows = checklists.list_templates()
    template = max((checklists.template(r.id) for r in rows),
                   key=lambda t: sum(len(s.items) for s in t.sections))
    dialog = TemplateDialog(env.demo, template, used=2)
    yield dialog
    dialog.select(0)
    yield "a section"
    dialog.select(0, 0)
    dialog.answer_type.setCurrentIndex(dialog.answer_type.findData(AnswerType.CHOICE.value))
    yield "an item with options"
    dialog.tree.setCurrentItem(None)
    yield "nothing chosen"


@case("CloseFindingDialog")
def _close_finding(env: Env):
    from app.views.inspections.findings_tab import CloseFindingDialog

    findings = env.demo.findings.list_findings()
    yield CloseFindingDialog(env.demo, max(findings, key=lambda f: len(f.text)))


@case("ExportPackageDialog")
def _export_package(env: Env):
    from app.views.inspections.field_tab import ExportPackageDialog

    yield ExportPackageDialog(["Иванов И. И.", "Петрова А. С.", "Смирнов-Задунайский К. В."])


@case("DataCheckDialog")
def _data_check(env: Env):
    from app.views.data_check.dialog import DataCheckDialog

    dialog = DataCheckDialog(env.demo, env.tasks)
    dialog._arrived(env.demo.data_check.run())  # the demo's contradictions, as loaded
    yield dialog


@case("ConflictDialog")
def _conflict(env: Env):
    import uuid

    from app.services.field.service import ConflictData
    from app.views.inspections.conflict_dialog import ConflictDialog

    conflict = ConflictData(
        uuid.uuid4(), uuid.uuid4(), "inspection_answer", uuid.uuid4(), "both_changed",
        "Проверка брендбука мастерской сварочного производства, пункт 2.3",
        {"value": "no", "comment": "На месте: вывеска не по брендбуку"},
        {"value": "yes", "comment": "В офисе: исправлено по акту № 12"}, False, "",
        datetime.now(UTC))
    yield ConflictDialog(env.demo, conflict)


def show_refusal(dialog) -> None:
    """A save refused: the service's messages under the first field, the first date and the
    last field, and one under the form."""
    from PySide6.QtWidgets import QDateEdit

    names = list(dialog.fields)
    dates = [n for n in names if isinstance(dialog.fields[n], QDateEdit)]
    errors = {n: translate("Validation", "This field is required.")
              for n in (names[0], names[-1])}
    if dates:
        errors[dates[0]] = translate("Validation", "«{value}» is not a date; write it as "
                                     "01.09.2024.").format(value="31.02.2026")
    errors["version"] = translate(  # not a field: the message under the form
        "Services", "The change clashes with data already stored: {detail}").format(
        detail="duplicate key value violates unique constraint")
    dialog.show_errors(errors)


# --- the tests ------------------------------------------------------------------------------
@pytest.fixture
def env(office, fresh, settings, pseudo):
    from app.services.tasks import TaskRunner

    tasks = TaskRunner()
    yield Env(office, fresh, settings, tasks, [])
    tasks.wait()


@case("CreateRequestDialog")
def _create_request(env: Env):
    from app.views.requests.create_dialog import CreateRequestDialog

    yield CreateRequestDialog(env.demo)


@case("TakeDialog")
def _take(env: Env):
    from pathlib import Path

    from app.services.requests.intake import CellError, FileOutcome
    from app.services.requests.kinds.base import Change
    from app.views.requests.take_dialog import TakeDialog

    name = "БПОУ ВО «Череповецкий металлургический колледж имени академика И. П. Бардина»"
    accepted = FileOutcome(Path(f"{name}.xlsx"), "checked", "", name, 3, changes=[
        Change("Профессиональные пробы для школьников 6–11 классов на площадках кластера",
               "Охват: учащиеся 8–9 классов", "0", "54")])
    refused = FileOutcome(Path("АО «Вологодский оптико-механический завод».xlsx"), "refused",
                          "В файле ошибок: 1; ничего не взято.", "АО «ВОМЗ»", 3)
    refused.add(CellError(refused.path.name, "Мероприятия", 7, "F «Охват»",
                          "значение вне допустимого диапазона"))
    yield TakeDialog([accepted, refused])


@case("ProgrammeApprovalDialog")
def _programme_approval(env: Env):
    from app.views.indicators.programme_approval import ProgrammeApprovalDialog

    yield ProgrammeApprovalDialog(env.demo, env.demo.indicators.programme())


@pytest.mark.parametrize("name", list(CASES))
def test_nothing_is_cut_off_under_a_longer_translation(name, env, qtbot):
    states = CASES[name](env)
    window = next(states)
    qtbot.addWidget(window)
    open_as_on_the_office_screen(qtbot, window)
    problems = problems_in_every_tab(name, window)
    screenshot(window, name)
    for state in states:
        if isinstance(state, tuple):
            state, other = state
            window.close()
            window = other
            qtbot.addWidget(window)
            open_as_on_the_office_screen(qtbot, window)
        settle()
        problems += problems_in_every_tab(f"{name} ({state})", window)
        screenshot(window, f"{name} ({state})")
    if hasattr(window, "show_errors") and isinstance(getattr(window, "fields", None), dict):
        show_refusal(window)
        settle()
        problems += problems_in_every_tab(f"{name} (save refused)", window)
        screenshot(window, f"{name} (save refused)")
    assert not problems, "\n".join(problems)


def test_every_dialog_class_has_a_case():
    """A new dialog is looked at too: every QDialog subclass under app/views is named by a
    case above (the bases that are never shown by themselves excepted)."""
    import importlib
    import pkgutil

    import app.views

    for module in pkgutil.walk_packages(app.views.__path__, "app.views."):
        importlib.import_module(module.name)
    bases = {"FormDialog", "GrantFormDialog", "_ContractChildDialog"}

    def subclasses(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)

    ours = {c.__name__ for c in subclasses(QDialog) if c.__module__.startswith("app.views.")}
    covered = {name.split(" ")[0] for name in CASES}
    assert ours - bases - covered == set()


def test_the_pseudo_translation_is_the_russian_made_longer(pseudo):
    text = translate("LoginDialog", "Password")
    assert text.startswith("Пароль") and len(text) >= len("Пароль") * 1.4
    title = translate("LoginDialog", "{app}: log in")
    assert "{app}" in title and title.format(app="ClusterDesk").startswith("ClusterDesk")
    two = lengthen("Первая строка\nвторая").split("\n")
    assert two[0].startswith("Первая строка ж") and two[1].startswith("вторая" + PAD)
    assert lengthen("&Сохранить").startswith("&Сохранить") and lengthen("%") == "%"
    # Qt's own words too: the standard buttons
    assert translate("QPlatformTheme", "Cancel").startswith("Отмена" + PAD)


def test_the_check_finds_text_that_is_cut_off(qtbot, pseudo):
    """The check itself: a label, a wrapped label, a button and a check box squeezed below
    their text are each reported; the same widgets left alone are not."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    label = QLabel("Полное наименование организации")
    wrapped = QLabel("Длинное пояснение под полем, которое переносится на несколько строк, "
                     "потому что в одну строку оно не помещается. " * 3)
    wrapped.setWordWrap(True)
    button = QPushButton("Экспортировать данные человека…")
    box = QCheckBox("Получатель гранта (победитель отбора)")
    group = QGroupBox("Утверждение перечня оборудования")
    QVBoxLayout(group).addWidget(QLabel("—"))
    for widget in (label, wrapped, button, box, group):
        layout.addWidget(widget)
    open_as_on_the_office_screen(qtbot, dialog)
    assert widget_problems("Проба", dialog) == []

    for widget in (label, button, box, group):
        widget.setFixedWidth(60)
    wrapped.setFixedHeight(20)
    settle()
    found = widget_problems("Проба", dialog)
    assert len(found) == 5, found
    assert found[0].startswith("Проба: QLabel «Полное наименование организации» width 60 < "
                               "needed ")
    assert any("height 20 < needed" in p for p in found)

