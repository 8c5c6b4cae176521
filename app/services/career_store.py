"""A career map between its rows and its records: read (``map_data``, and what the printed
page shows, ``printable_map``) and written (a draft's steps, employers and tools; a new
edition's copy).  The use cases are in app.services.careers."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import CareerEmployer, CareerImage, CareerMap, CareerStep, CareerTool
from app.services.approvals import Approval, approval_of, stamps
from app.services.base import translate
from app.services.career_data import (
    CareerMapData,
    EmployerData,
    LogoInfo,
    LogoSlot,
    MapStatus,
    PrintableMap,
    PrintLogo,
    PrintStep,
    PrintTool,
    StepData,
    ToolData,
)
from app.services.governance_codes import DecisionSubject


# ---- reading -------------------------------------------------------------------------------
def logo_info(image: CareerImage | None) -> LogoInfo | None:
    if image is None:
        return None
    return LogoInfo(image.id, image.filename, image.width, image.height, image.content_type)


def _leads(text: str) -> list[int]:
    return [int(n) for n in text.split(",") if n.strip()]


def map_data(s: Session, m: CareerMap) -> CareerMapData:
    images = {i.id: i for i in s.scalars(select(CareerImage).where(CareerImage.map_id == m.id))}
    steps = s.scalars(select(CareerStep).where(CareerStep.map_id == m.id)
                      .order_by(CareerStep.number))
    employers = s.scalars(select(CareerEmployer).where(CareerEmployer.map_id == m.id)
                          .order_by(CareerEmployer.position))
    tools = s.scalars(select(CareerTool).where(CareerTool.map_id == m.id)
                      .order_by(CareerTool.position))
    logos = {i.slot: logo_info(i) for i in images.values() if i.slot != LogoSlot.EMPLOYER}
    stamp = approval_of(s, DecisionSubject.CAREER_MAP, m) or Approval("", "", None)
    return CareerMapData(
        m.code, m.profession, m.kind, m.college, m.college_id, m.industry, m.geography,
        m.contacts, m.website,
        [StepData(st.titles, st.work, st.growth, st.salary_min, st.salary_max, st.salary_avg,
                  _leads(st.leads_to)) for st in steps],
        [EmployerData(e.name, e.organization_id, e.id,
                      logo_info(images.get(e.logo_id))) for e in employers],
        [ToolData(t.grp, t.title, t.text) for t in tools],
        m.status, m.edition, m.previous_id, m.sent_on, stamp.council, stamp.number,
        stamp.held_on, logos, m.id, m.version, m.approval_decision_id)


def approval_lines(s: Session, m: CareerMap, known: dict | None = None) -> tuple[str, ...]:
    """«УТВЕРЖДЕНО протоколом заседания … № … от …», from the approving decision (``known``:
    decisions' stamps already read, ``approvals.stamps``)."""
    stamp = approval_of(s, DecisionSubject.CAREER_MAP, m, known)
    if m.status != MapStatus.APPROVED or stamp is None or stamp.held_on is None:
        return ()
    return (translate("CareerMaps", "APPROVED"),
            translate("CareerMaps", "by the minutes of the meeting of the {council}").format(
                council=stamp.council),
            translate("CareerMaps", "No. {number} of {date}").format(
                number=stamp.number, date=stamp.held_on.strftime("%d.%m.%Y")))


def printable_map(s: Session, m: CareerMap, cluster_name: str = "") -> PrintableMap:
    """What the printed page shows, logos included (the PNGs)."""
    return printable_maps(s, [m], cluster_name)[0]


def _by_map(s: Session, model, ids: list, *order) -> dict[uuid.UUID, list]:
    """``model``'s rows of the maps ``ids``, grouped by map, each group in ``order``."""
    out: dict[uuid.UUID, list] = {i: [] for i in ids}
    for start in range(0, len(ids), _CHUNK):
        for row in s.scalars(select(model).where(model.map_id.in_(ids[start:start + _CHUNK]))
                             .order_by(*order)):
            out[row.map_id].append(row)
    return out


_CHUNK = 500  # map ids in one IN (…): within any database's limit on parameters


def printable_maps(s: Session, maps: list[CareerMap], cluster_name: str = ""
                   ) -> list[PrintableMap]:
    """``printable_map`` of each of ``maps``, their rows read in a few queries for all of
    them (a batch of 50 maps made 8 queries a map)."""
    ids = [m.id for m in maps]
    images = _by_map(s, CareerImage, ids, CareerImage.id)
    steps = _by_map(s, CareerStep, ids, CareerStep.number)
    employers = _by_map(s, CareerEmployer, ids, CareerEmployer.position)
    tools = _by_map(s, CareerTool, ids, CareerTool.position)
    known = stamps(s, [m.approval_decision_id for m in maps])
    return [_printable(s, m, cluster_name, {i.id: i for i in images[m.id]}, steps[m.id],
                       employers[m.id], tools[m.id], known) for m in maps]


def _printable(s: Session, m: CareerMap, cluster_name: str, images: dict, steps: list,
               employers: list, tools: list, known: dict) -> PrintableMap:
    by_slot = {i.slot: i for i in images.values() if i.slot != LogoSlot.EMPLOYER}

    def logo(image: CareerImage | None, caption: str) -> PrintLogo:
        if image is None:
            return PrintLogo(caption)
        return PrintLogo(caption, image.png, image.width, image.height, image.sha256)

    return PrintableMap(
        code=m.code, profession=m.profession, kind=m.kind, college=m.college,
        industry=m.industry, cluster=cluster_name, geography=m.geography, contacts=m.contacts,
        website=m.website,
        steps=tuple(PrintStep(n, tuple(st.titles.splitlines()), st.work, st.growth,
                              st.salary_min, st.salary_max, st.salary_avg,
                              tuple(_leads(st.leads_to)))
                    for n, st in enumerate(steps, start=1)),
        federal_logo=logo(by_slot.get(LogoSlot.FEDERAL), translate(
            "CareerMaps", "Federal project «Professionalitet»")),
        industry_logo=logo(by_slot.get(LogoSlot.INDUSTRY), m.industry),
        college_logo=logo(by_slot.get(LogoSlot.COLLEGE), m.college),
        employers=tuple(logo(images.get(e.logo_id), e.name) for e in employers),
        tools=tuple(PrintTool(t.grp, t.title, t.text) for t in tools),
        approval=approval_lines(s, m, known), draft=m.status in (MapStatus.DRAFT, MapStatus.SENT),
        edition=m.edition, id=m.id)


# ---- writing -------------------------------------------------------------------------------
def write_map(s: Session, m: CareerMap, d: CareerMapData) -> None:
    m.code, m.profession, m.kind = d.code, d.profession, d.kind
    m.college, m.college_id, m.industry = d.college, d.college_id, d.industry
    m.geography, m.contacts, m.website = d.geography, d.contacts, d.website
    if m.id is None:
        m.id = uuid.uuid4()
        s.add(m)
        s.flush()
    for old in s.scalars(select(CareerStep).where(CareerStep.map_id == m.id)):
        s.delete(old)
    for old in s.scalars(select(CareerTool).where(CareerTool.map_id == m.id)):
        s.delete(old)
    s.flush()
    s.add_all(CareerStep(map_id=m.id, number=n, titles=st.titles, work=st.work,
                         growth=st.growth, salary_min=st.salary_min, salary_max=st.salary_max,
                         salary_avg=st.salary_avg,
                         leads_to=",".join(str(x) for x in st.leads_to or ()))
              for n, st in enumerate(d.steps, start=1))
    s.add_all(CareerTool(map_id=m.id, grp=t.group, position=n * 10, title=t.title, text=t.text)
              for n, t in enumerate(d.tools, start=1))
    have = {e.id: e for e in s.scalars(select(CareerEmployer)
                                       .where(CareerEmployer.map_id == m.id))}
    keep = {e.id for e in d.employers if e.id in have}
    for eid, row in have.items():
        if eid not in keep:
            if row.logo_id is not None:
                image = s.get(CareerImage, row.logo_id)
                if image is not None:
                    s.delete(image)
            s.delete(row)
    for n, e in enumerate(d.employers, start=1):
        row = have.get(e.id) if e.id in keep else None
        if row is None:
            s.add(CareerEmployer(map_id=m.id, position=n * 10, name=e.name,
                                 organization_id=e.organization_id))
        else:
            row.position, row.name, row.organization_id = n * 10, e.name, e.organization_id
    s.flush()


def copy_edition(s: Session, old: CareerMap) -> CareerMap:
    new = CareerMap(
        cluster_id=old.cluster_id, code=old.code, profession=old.profession, kind=old.kind,
        college_id=old.college_id, college=old.college, industry=old.industry,
        geography=old.geography, contacts=old.contacts, website=old.website,
        status=MapStatus.DRAFT.value, edition=old.edition + 1, previous_id=old.id)
    s.add(new)
    s.flush()
    copies = {}
    for image in s.scalars(select(CareerImage).where(CareerImage.map_id == old.id)):
        copy = CareerImage(map_id=new.id, slot=image.slot, filename=image.filename,
                           content_type=image.content_type, original=image.original,
                           sha256=image.sha256, png=image.png, width=image.width,
                           height=image.height)
        s.add(copy)
        copies[image.id] = copy
    s.flush()
    for st in s.scalars(select(CareerStep).where(CareerStep.map_id == old.id)):
        s.add(CareerStep(map_id=new.id, number=st.number, titles=st.titles, work=st.work,
                         growth=st.growth, salary_min=st.salary_min, salary_max=st.salary_max,
                         salary_avg=st.salary_avg, leads_to=st.leads_to))
    for t in s.scalars(select(CareerTool).where(CareerTool.map_id == old.id)):
        s.add(CareerTool(map_id=new.id, grp=t.grp, position=t.position, title=t.title,
                         text=t.text))
    for e in s.scalars(select(CareerEmployer).where(CareerEmployer.map_id == old.id)):
        logo = copies.get(e.logo_id)
        s.add(CareerEmployer(map_id=new.id, position=e.position, name=e.name,
                             organization_id=e.organization_id,
                             logo_id=logo.id if logo is not None else None))
    s.flush()
    return new
