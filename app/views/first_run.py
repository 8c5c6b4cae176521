"""The first-run wizard: on an empty database it sets up the cluster, the programme period,
the managing company and the administrator.  Nothing is written until Finish, and then
everything at once (FirstRunService.complete), so Cancel leaves the database empty."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
    QWizard,
    QWizardPage,
)

from app import APP_NAME
from app.formats import format_money
from app.services.accounts import authenticate
from app.services.errors import ServiceError, ValidationError
from app.services.first_run import FIRST_YEAR, LAST_YEAR, FirstRunService, SetupData
from app.services.participants import MemberRole, role_label
from app.services.permissions import Actor
from app.views import dialogs
from app.views.widgets.labels import error_label

CLUSTER, PROGRAMME, COMPANY, ADMINISTRATOR = range(4)
STEPS = 4


class FirstRunWizard(QWizard):
    def __init__(self, services, parent=None):
        super().__init__(parent)
        self.services = services
        self.first_run = FirstRunService(services.store, services.actor)
        self.actor: Actor | None = None  # the new administrator, logged in after Finish
        self.errors: dict[str, QLabel] = {}
        self.error_pages: dict[str, int] = {}
        self.kinds = {k.code: k for k in services.reference.cluster_kinds()}
        self.setWindowTitle(self.tr("{app}: setting up a new cluster").format(app=APP_NAME))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        # plain words, no «Далее >» arrows
        for button, text in ((QWizard.WizardButton.NextButton, self.tr("Next")),
                             (QWizard.WizardButton.BackButton, self.tr("Back")),
                             (QWizard.WizardButton.FinishButton, self.tr("Finish"))):
            self.setButtonText(button, text)
        self.setPage(CLUSTER, self._cluster_page())
        self.setPage(PROGRAMME, self._programme_page())
        self.setPage(COMPANY, self._company_page())
        self.setPage(ADMINISTRATOR, self._administrator_page())
        self.general_error = error_label()
        self.page(ADMINISTRATOR).layout().addRow(self.general_error)
        # QWizard lays out its header, page and buttons in an inner widget of its own
        inner = next(w for w in self.findChildren(
            QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly) if w.layout())
        dialogs.room_for_text(self, 620, layout=inner.layout())
        self.kind_changed()

    # ---- pages ---------------------------------------------------------------------------
    def _page(self, title: str, subtitle: str) -> tuple[QWizardPage, QFormLayout]:
        page = QWizardPage()
        number = len(self.pageIds()) + 1  # pages are set in order
        page.setTitle(self.tr("Step {number} of {count}. {title}").format(
            number=number, count=STEPS, title=title))
        page.setSubTitle(subtitle)
        return page, QFormLayout(page)

    def _row(self, form: QFormLayout, page: int, key: str, label: str, widget) -> None:
        form.addRow(label, widget)
        self.errors[key] = error_label()
        self.error_pages[key] = page
        form.addRow("", self.errors[key])

    def _cluster_page(self) -> QWizardPage:
        page, form = self._page(self.tr("The cluster"), self.tr(
            "The database is empty. Describe the cluster this program will keep."))
        self.cluster_name = QLineEdit()
        self.kind = QComboBox()
        for code, kind in self.kinds.items():
            self.kind.addItem(kind.name, code)
        self.kind.currentIndexChanged.connect(self.kind_changed)
        self.grant_size = QLabel()
        self.grant_size.setWordWrap(True)
        self.industry = QComboBox()
        self.region = QLineEdit()
        self._row(form, CLUSTER, "cluster_name", self.tr("Name"), self.cluster_name)
        self._row(form, CLUSTER, "kind", self.tr("Kind"), self.kind)
        form.addRow(self.tr("Grant size"), self.grant_size)
        self._row(form, CLUSTER, "industry", self.tr("Industry"), self.industry)
        self._row(form, CLUSTER, "region", self.tr("Region"), self.region)
        return page

    def _programme_page(self) -> QWizardPage:
        page, form = self._page(self.tr("Programme of activity"), self.tr(
            "The programme of activity runs for at least 3 years."))
        year = date.today().year
        self.start_year, self.end_year = QSpinBox(), QSpinBox()
        for spin, value in ((self.start_year, year), (self.end_year, year + 2)):
            spin.setRange(FIRST_YEAR, LAST_YEAR)
            spin.setValue(value)
        self._row(form, PROGRAMME, "start_year", self.tr("First year"), self.start_year)
        self._row(form, PROGRAMME, "end_year", self.tr("Last year"), self.end_year)
        return page

    def _company_page(self) -> QWizardPage:
        page, form = self._page(self.tr("Managing company"), self.tr(
            "The organization that manages the cluster; it becomes its first participant."))
        self.org_name, self.org_short_name, self.org_inn = QLineEdit(), QLineEdit(), QLineEdit()
        self.org_role = QComboBox()
        self.org_role.addItem(self.tr("— choose —"), None)  # the role is an explicit choice
        for role in MemberRole:
            self.org_role.addItem(role_label(role), role.value)
        self._row(form, COMPANY, "org_name", self.tr("Full name of the organization"), self.org_name)
        self._row(form, COMPANY, "org_short_name", self.tr("Short name"), self.org_short_name)
        self._row(form, COMPANY, "org_inn", self.tr("INN"), self.org_inn)
        self._row(form, COMPANY, "org_role", self.tr("Role in the cluster"), self.org_role)
        return page

    def _administrator_page(self) -> QWizardPage:
        page, form = self._page(self.tr("Administrator"), self.tr(
            "The administrator's account: they log in with it and add the other accounts."))
        self.username, self.full_name = QLineEdit(), QLineEdit()
        self.password, self.password_again = QLineEdit(), QLineEdit()
        for edit in (self.password, self.password_again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self._row(form, ADMINISTRATOR, "username", self.tr("User name"), self.username)
        self._row(form, ADMINISTRATOR, "full_name", self.tr("Surname, first name, patronymic"), self.full_name)
        self._row(form, ADMINISTRATOR, "password", self.tr("Password"), self.password)
        self._row(form, ADMINISTRATOR, "password_again", self.tr("Password again"),
                  self.password_again)
        return page

    # ---- behaviour -----------------------------------------------------------------------
    def kind_changed(self) -> None:
        """The grant size and the industries follow the kind of cluster."""
        code = self.kind.currentData()
        kind = self.kinds.get(code)
        amounts = [format_money(a) for a in kind.grant_amounts] if kind else []
        self.grant_size.setText(self.tr(" or ").join(amounts))
        chosen = self.industry.currentData()
        self.industry.clear()
        self.industry.addItem(self.tr("— choose —"), None)  # no industry is the default one
        for industry in self.services.reference.industries(code) if code else []:
            self.industry.addItem(industry.name, industry.code)
        if chosen:
            self.industry.setCurrentIndex(max(0, self.industry.findData(chosen)))

    def setup_data(self) -> SetupData:
        return SetupData(
            cluster_name=self.cluster_name.text(), kind=self.kind.currentData() or "",
            industry=self.industry.currentData() or "", region=self.region.text(),
            start_year=self.start_year.value(), end_year=self.end_year.value(),
            org_name=self.org_name.text(), org_short_name=self.org_short_name.text(),
            org_inn=self.org_inn.text(), org_role=self.org_role.currentData() or "",
            username=self.username.text().strip(), full_name=self.full_name.text(),
            password=self.password.text(),
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, label in self.errors.items():
            label.setText(errors.get(key, ""))
            label.setVisible(key in errors)
        unplaced = [text for key, text in errors.items() if key not in self.errors]
        self.general_error.setText("\n".join(unplaced))
        self.general_error.setVisible(bool(unplaced))
        pages = [self.error_pages[key] for key in errors if key in self.error_pages]
        if pages:  # go back to the first page with something to fix
            target = min(pages)
            while self.currentId() > target:
                self.back()

    def accept(self) -> None:
        """Finish: write everything, then log the new administrator in."""
        if self.password.text() != self.password_again.text():
            self.show_errors({"password_again": self.tr("The passwords do not match.")})
            return
        data = self.setup_data()
        try:
            self.first_run.complete(data)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except ServiceError as exc:
            self.show_errors({"": str(exc)})
            return
        self.actor = authenticate(self.services.store, data.username, data.password)
        super().accept()
