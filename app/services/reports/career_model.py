"""What a printed career map shows: plain, frozen data with no database and no Qt in it.

``careers.printable_map`` fills it from the database; ``career_layout.layout_page`` places
it on a page; tests and the benchmark build it directly.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field


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
