"""Career maps' data: the dataclasses services return and take, their codes, the
validation (the salary rule among it: minimum ≤ average ≤ maximum, whole rubles a month), and
what a printed map shows (``PrintableMap``: the careers service fills it, the reports draw
it, so neither imports the other for it)."""

from __future__ import annotations

import enum
import re
import uuid
from dataclasses import dataclass, field, replace
from datetime import date

from app.services.base import translate
from app.services.errors import ValidationError
from app.services.validation import check_field, optional_lines, optional_text, require_text

MAX_SALARY = 10_000_000
MAX_STEPS = 12
MAX_BRANCHES = 3
_CODE = re.compile(r"^\d{2}\.\d{2}\.\d{2}$")
_URL = re.compile(r"^https?://[^\s/?#]+\.[^\s/?#]+(/\S*)?$", re.IGNORECASE)


class MapStatus(enum.StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    APPROVED = "approved"
    SUPERSEDED = "superseded"


class ProgrammeKind(enum.StrEnum):
    PROFESSION = "profession"
    SPECIALTY = "specialty"


class ToolGroup(enum.StrEnum):
    COLLEGE = "college"
    EMPLOYER = "employer"
    REGION = "region"


class LogoSlot(enum.StrEnum):
    FEDERAL = "federal"
    INDUSTRY = "industry"
    COLLEGE = "college"
    EMPLOYER = "employer"  # with the employer's id


def status_label(status: str) -> str:
    return {
        MapStatus.DRAFT: translate("CareerMaps", "Draft"),
        MapStatus.SENT: translate("CareerMaps", "Sent to the council"),
        MapStatus.APPROVED: translate("CareerMaps", "Approved"),
        MapStatus.SUPERSEDED: translate("CareerMaps", "Superseded by a new edition"),
    }.get(status, status)


@dataclass
class StepData:
    titles: str  # job titles, one a line
    work: str = ""
    growth: str = ""
    salary_min: int | None = None
    salary_max: int | None = None
    salary_avg: int | None = None
    #: numbers (1-based) of the later steps this one leads to; None: the next step
    leads_to: list[int] | None = None


@dataclass(frozen=True)
class LogoInfo:
    id: uuid.UUID
    filename: str
    width: int
    height: int
    content_type: str


@dataclass
class EmployerData:
    name: str
    organization_id: uuid.UUID | None = None
    id: uuid.UUID | None = None
    logo: LogoInfo | None = None  # read only: set with CareerMapsService.put_logo


@dataclass
class ToolData:
    group: str
    title: str
    text: str = ""


@dataclass
class CareerMapData:
    code: str = ""
    profession: str = ""
    kind: str = ProgrammeKind.SPECIALTY.value
    college: str = ""
    college_id: uuid.UUID | None = None
    industry: str = ""
    geography: str = ""
    contacts: str = ""
    website: str = ""
    steps: list[StepData] = field(default_factory=list)
    employers: list[EmployerData] = field(default_factory=list)
    tools: list[ToolData] = field(default_factory=list)
    status: str = MapStatus.DRAFT.value
    edition: int = 1
    previous_id: uuid.UUID | None = None
    sent_on: date | None = None
    # read from the approving decision's meeting and council (app.services.approvals); for a
    # map approved before the register, as typed then; never written from here
    approved_by: str = ""
    protocol_no: str = ""
    approved_on: date | None = None
    logos: dict[str, LogoInfo] = field(default_factory=dict)  # federal, industry, college
    id: uuid.UUID | None = None
    version: int = 0
    approval_decision_id: uuid.UUID | None = None

    @property
    def locked(self) -> bool:
        return self.status != MapStatus.DRAFT


@dataclass(frozen=True)
class CareerMapRow:
    id: uuid.UUID
    code: str
    profession: str
    kind: str
    college: str
    status: str
    edition: int
    steps: int
    protocol_no: str
    approved_on: date | None
    version: int


# ---- validation ----------------------------------------------------------------------------
def _salary(errors: dict, key: str, value) -> int | None:
    if value is None or value == "":
        return None
    try:
        number = int(str(value).replace(" ", "").replace("\u00a0", ""))
    except ValueError:
        number = -1
    if not 0 <= number <= MAX_SALARY:
        errors[key] = translate("CareerMaps", "A salary is a whole number of rubles from 0 "
                                              "to 10,000,000.")
        return None
    return number


def validate_step(errors: dict, number: int, count: int, step: StepData) -> StepData:
    key = f"steps.{number}"
    titles = check_field(errors, f"{key}.titles", require_text, step.titles, 2000)
    titles = "\n".join(" ".join(line.split()) for line in str(step.titles or "").splitlines()
                       if line.strip()) if titles else ""
    work = check_field(errors, f"{key}.work", optional_lines, step.work, 2000)
    growth = check_field(errors, f"{key}.growth", optional_lines, step.growth, 2000)
    low = _salary(errors, f"{key}.salary_min", step.salary_min)
    high = _salary(errors, f"{key}.salary_max", step.salary_max)
    avg = _salary(errors, f"{key}.salary_avg", step.salary_avg)
    given = [v not in (None, "") for v in (step.salary_min, step.salary_max, step.salary_avg)]
    if any(given) and not all(given):
        errors.setdefault(f"{key}.salary", translate(
            "CareerMaps", "Give the minimum, maximum and average salary, or none of them."))
    elif None not in (low, high, avg) and not low <= avg <= high:
        errors[f"{key}.salary"] = translate(
            "CareerMaps", "The salary must read minimum ≤ average ≤ maximum.")
    if step.leads_to is None:
        leads = [number + 1] if number < count else []
    else:
        leads = sorted({int(n) for n in step.leads_to})
        if any(not number < n <= count for n in leads):
            errors[f"{key}.leads_to"] = translate(
                "CareerMaps", "A step leads only to later steps of the ladder (steps {first} "
                              "to {last}).").format(first=number + 1, last=count)
        elif len(leads) > MAX_BRANCHES:
            errors[f"{key}.leads_to"] = translate(
                "CareerMaps", "A step leads to at most three next steps.")
    return StepData(titles, work, growth, low, high, avg, leads)


def validate_map(data: CareerMapData) -> CareerMapData:
    """The map with its text trimmed, or ValidationError naming every wrong field."""
    errors: dict[str, str] = {}
    code = " ".join(str(data.code or "").split())
    if not _CODE.match(code):
        errors["code"] = translate("CareerMaps", "Write the code of the profession or "
                                                 "specialty as 15.02.16.")
    profession = check_field(errors, "profession", require_text, data.profession, 500)
    if data.kind not in set(ProgrammeKind):
        errors["kind"] = translate("CareerMaps", "Choose: profession or specialty.")
    college = check_field(errors, "college", require_text, data.college, 500)
    industry = check_field(errors, "industry", optional_text, data.industry, 300)
    geography = check_field(errors, "geography", optional_lines, data.geography, 2000)
    contacts = check_field(errors, "contacts", optional_lines, data.contacts, 2000)
    website = "".join(str(data.website or "").split())
    if website and "://" not in website:
        website = "https://" + website
    if website and (len(website) > 300 or not _URL.match(website)):
        errors["website"] = translate("CareerMaps", "Write the web page as https://example.ru.")
    if len(data.steps) > MAX_STEPS:
        errors["steps"] = translate("CareerMaps", "A ladder has at most 12 steps.")
    steps = [validate_step(errors, n, len(data.steps), s)
             for n, s in enumerate(data.steps, start=1)]
    employers = []
    for n, e in enumerate(data.employers, start=1):
        name = check_field(errors, f"employers.{n}.name", require_text, e.name, 500)
        employers.append(replace(e, name=name))
    tools = []
    for n, t in enumerate(data.tools, start=1):
        if t.group not in set(ToolGroup):
            errors[f"tools.{n}.group"] = translate("CareerMaps", "Choose the group of the "
                                                                 "motivation tool.")
        title = check_field(errors, f"tools.{n}.title", require_text, t.title, 300)
        text = check_field(errors, f"tools.{n}.text", optional_lines, t.text, 1000)
        tools.append(ToolData(t.group, title, text))
    if errors:
        raise ValidationError(errors)
    return replace(data, code=code, profession=profession, college=college, industry=industry,
                   geography=geography, contacts=contacts, website=website, steps=steps,
                   employers=employers, tools=tools)


def check_complete(data: CareerMapData) -> None:
    """What a map sent to the council must hold (the methodological guide's list)."""
    errors: dict[str, str] = {}
    if not data.industry:
        errors["industry"] = translate("CareerMaps", "Name the industry.")
    if not (data.geography or data.contacts):
        errors["contacts"] = translate("CareerMaps", "Give the geography and contacts.")
    if len(data.steps) < 2:
        errors["steps"] = translate("CareerMaps", "A career ladder has at least two steps.")
    for n, step in enumerate(data.steps, start=1):
        if step.salary_avg is None:
            errors[f"steps.{n}.salary"] = translate(
                "CareerMaps", "Give the salary of step {number}.").format(number=n)
    if not data.employers:
        errors["employers"] = translate("CareerMaps", "Name at least one employer.")
    missing = [g for g in ToolGroup if not any(t.group == g for t in data.tools)]
    if missing:
        errors["tools"] = translate("CareerMaps", "Give at least one motivation tool in each "
                                                  "of the three groups.")
    if errors:
        raise ValidationError(errors)


# ---- what a printed map shows: plain, frozen data with no database and no Qt in it ----------
# career_store.printable_map fills it; reports/career_layout.py places it on a page.
@dataclass(frozen=True)
class PrintLogo:
    caption: str  # the organization's (short) name, printed under the frame
    png: bytes | None = None  # None: an empty frame
    width: int = 0  # pixels of ``png``
    height: int = 0
    key: str = ""  # identifies the picture (its checksum): renderers cache by it


@dataclass(frozen=True)
class PrintStep:
    number: int
    titles: tuple[str, ...]  # job titles
    work: str = ""
    growth: str = ""  # the training or experience that leads to the next step
    salary_min: int | None = None
    salary_max: int | None = None
    salary_avg: int | None = None
    leads_to: tuple[int, ...] = ()


@dataclass(frozen=True)
class PrintTool:
    group: str  # college | employer | region
    title: str
    text: str = ""


@dataclass(frozen=True)
class PrintableMap:
    code: str
    profession: str
    kind: str  # profession | specialty
    college: str
    industry: str = ""
    cluster: str = ""
    geography: str = ""
    contacts: str = ""
    website: str = ""
    steps: tuple[PrintStep, ...] = ()
    federal_logo: PrintLogo = field(default_factory=lambda: PrintLogo(""))
    industry_logo: PrintLogo = field(default_factory=lambda: PrintLogo(""))
    college_logo: PrintLogo = field(default_factory=lambda: PrintLogo(""))
    employers: tuple[PrintLogo, ...] = ()
    tools: tuple[PrintTool, ...] = ()
    approval: tuple[str, ...] = ()  # «УТВЕРЖДЕНО …» lines; empty for a draft
    draft: bool = True
    edition: int = 1
    id: uuid.UUID | None = None
