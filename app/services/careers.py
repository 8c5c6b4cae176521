"""Career maps of graduates: one per profession or specialty taught in the cluster.

A map is a draft while it is written, then sent to the regional supervisory council, then
approved by the council's protocol.  A sent or approved map is locked; a change to an
approved map is a new edition (a copy, edition + 1, pointing at the one it replaces), and
approving the new edition marks the old one superseded.

Salaries are whole rubles a month, and a step's salary reads minimum ≤ average ≤ maximum.
"""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.models import CareerEmployer, CareerImage, CareerMap, CareerStep
from app.models.base import utcnow
from app.services import clock
from app.services.approvals import DecisionChoice, approve, choices, stamps
from app.services.attachments import read_evidence
from app.services.base import Service, conflict_error, translate
from app.services.career_data import (
    CareerMapData,
    CareerMapRow,
    EmployerData,
    LogoInfo,
    LogoSlot,
    MapStatus,
    ProgrammeKind,
    StepData,
    ToolData,
    ToolGroup,
    check_complete,
    status_label,
    validate_map,
)
from app.services.career_images import logo_picture
from app.services.career_store import copy_edition, logo_info, map_data, write_map
from app.services.cluster import current_cluster
from app.services.errors import NotFoundError, ValidationError
from app.services.governance_codes import DecisionSubject
from app.services.permissions import Permission, requires

__all__ = ["CareerMapData", "CareerMapRow", "CareerMapsService", "EmployerData", "LogoInfo",
           "LogoSlot", "MapStatus", "ProgrammeKind", "StepData", "ToolData", "ToolGroup",
           "status_label", "validate_map"]


class CareerMapsService(Service):
    @requires(Permission.CAREERS_READ)
    def maps(self, status: str = "", include_superseded: bool = False) -> list[CareerMapRow]:
        counts = (select(CareerStep.map_id, func.count().label("n"))
                  .group_by(CareerStep.map_id).subquery())
        query = (select(CareerMap.id, CareerMap.code, CareerMap.profession, CareerMap.kind,
                        CareerMap.college, CareerMap.status, CareerMap.edition, counts.c.n,
                        CareerMap.version, CareerMap.approval_decision_id,
                        CareerMap.protocol_no, CareerMap.approved_on)
                 .outerjoin(counts, counts.c.map_id == CareerMap.id))
        if status:
            query = query.where(CareerMap.status == status)
        elif not include_superseded:
            query = query.where(CareerMap.status != MapStatus.SUPERSEDED.value)
        with self._session() as s:
            query = query.where(CareerMap.cluster_id == current_cluster(s).id)
            rows = s.execute(query.order_by(CareerMap.code, CareerMap.college,
                                            CareerMap.edition)).all()
            known = stamps(s, [r.approval_decision_id for r in rows])
        out = []
        for r in rows:  # the protocol from the decision; typed only for a legacy approval
            number, day = r.protocol_no, r.approved_on
            if r.approval_decision_id in known:
                number, day = known[r.approval_decision_id].number, \
                    known[r.approval_decision_id].held_on
            out.append(CareerMapRow(r.id, r.code, r.profession, r.kind, r.college, r.status,
                                    r.edition, int(r.n or 0), number, day, r.version))
        return out

    @requires(Permission.CAREERS_READ)
    def get(self, map_id: uuid.UUID) -> CareerMapData:
        with self._session() as s:
            return map_data(s, self._map(s, map_id))

    @requires(Permission.CAREERS_WRITE)
    def save(self, data: CareerMapData) -> CareerMapData:
        """Create a draft (``data.id`` None) or change one; steps, employers and motivation
        tools are saved as given (employers keep their logos by id)."""
        clean = validate_map(data)
        with self._session() as s:
            cluster = current_cluster(s)
            if clean.id is None:
                m = CareerMap(cluster_id=cluster.id)
            else:
                m = self._map(s, clean.id)
                if m.version != clean.version:
                    raise conflict_error()
                self._refuse_if_locked(m)
            self._refuse_twin(s, cluster.id, m, clean)
            write_map(s, m, clean)
            m.updated_at = utcnow()  # the map's version moves with its steps and tools
            s.flush()
            return map_data(s, m)

    @requires(Permission.CAREERS_WRITE)
    def delete(self, map_id: uuid.UUID) -> None:
        """Delete a draft (an approved map stays: it is the council's decision)."""
        with self._session() as s:
            m = self._map(s, map_id)
            self._refuse_if_locked(m)
            s.delete(m)

    @requires(Permission.CAREERS_WRITE)
    def import_logo(self, map_id: uuid.UUID, slot: str, path: Path | str,
                    employer_id: uuid.UUID | None = None) -> LogoInfo:
        """Take a PNG, JPEG or SVG file as the federal project's, the industry's, the
        college's or an employer's logo (``slot`` = "employer" with ``employer_id``)."""
        name, content = read_evidence(path, "logo")
        return self.put_logo(map_id, slot, name, content, employer_id)

    @requires(Permission.CAREERS_WRITE)
    def put_logo(self, map_id: uuid.UUID, slot: str, filename: str, content: bytes,
                 employer_id: uuid.UUID | None = None) -> LogoInfo:
        """The same as ``import_logo`` for bytes already read."""
        if slot not in set(LogoSlot):
            raise ValidationError({"slot": translate("CareerMaps", "Choose whose logo it is.")})
        picture = logo_picture(filename, content)
        with self._session() as s:
            m = self._map(s, map_id)
            self._refuse_if_locked(m)
            employer = self._employer(s, m, employer_id) if slot == LogoSlot.EMPLOYER else None
            self._drop_logo(s, m, slot, employer)
            image = CareerImage(map_id=m.id, slot=slot, filename=Path(filename).name[:300],
                                content_type=picture.content_type, original=content,
                                sha256=hashlib.sha256(content).hexdigest(), png=picture.png,
                                width=picture.width, height=picture.height)
            s.add(image)
            s.flush()
            if employer is not None:
                employer.logo_id = image.id
            s.flush()
            return logo_info(image)

    @requires(Permission.CAREERS_WRITE)
    def remove_logo(self, map_id: uuid.UUID, slot: str,
                    employer_id: uuid.UUID | None = None) -> None:
        with self._session() as s:
            m = self._map(s, map_id)
            self._refuse_if_locked(m)
            employer = self._employer(s, m, employer_id) if slot == LogoSlot.EMPLOYER else None
            self._drop_logo(s, m, slot, employer)

    @requires(Permission.CAREERS_READ)
    def logo_png(self, image_id: uuid.UUID) -> bytes:
        """The PNG of a logo (for a preview)."""
        with self._session() as s:
            image = s.get(CareerImage, image_id)
            if image is None:
                raise NotFoundError(translate("CareerMaps", "This logo no longer exists."))
            return image.png

    @requires(Permission.CAREERS_WRITE)
    def send(self, map_id: uuid.UUID, version: int) -> CareerMapData:
        """Send a complete draft to the regional council: it is locked from now on."""
        with self._session() as s:
            m = self._map(s, map_id)
            if m.version != version:
                raise conflict_error()
            if m.status != MapStatus.DRAFT:
                raise ValidationError({"status": translate(
                    "CareerMaps", "Only a draft can be sent to the council.")})
            check_complete(map_data(s, m))
            m.status, m.sent_on = MapStatus.SENT.value, clock.today()
            s.flush()
            return map_data(s, m)

    @requires(Permission.CAREERS_WRITE)
    def return_to_draft(self, map_id: uuid.UUID, version: int) -> CareerMapData:
        """The council sent the map back for changes."""
        with self._session() as s:
            m = self._map(s, map_id)
            if m.version != version:
                raise conflict_error()
            if m.status != MapStatus.SENT:
                raise ValidationError({"status": translate(
                    "CareerMaps", "Only a map sent to the council can be returned to draft.")})
            m.status, m.sent_on = MapStatus.DRAFT.value, None
            s.flush()
            return map_data(s, m)

    @requires(Permission.CAREERS_APPROVE)
    def approve(self, map_id: uuid.UUID, version: int,
                decision_id: uuid.UUID | None) -> CareerMapData:
        """Approve the map by the regional council's decision (chosen from the register):
        the map is locked and linked to it, and the edition it replaces, if any, is
        superseded — in one transaction."""
        with self._session() as s:
            m = self._map(s, map_id)
            if m.version != version:
                raise conflict_error()
            approve(s, DecisionSubject.CAREER_MAP, m.id, decision_id, clock.today())
            return map_data(s, m)

    @requires(Permission.CAREERS_READ)
    def approval_decisions(self, map_id: uuid.UUID | None) -> list[DecisionChoice]:
        """The decisions of recorded meetings that may approve the map."""
        with self._session() as s:
            return choices(s, DecisionSubject.CAREER_MAP, map_id, current_cluster(s).id,
                           clock.today())

    @requires(Permission.CAREERS_WRITE)
    def new_edition(self, map_id: uuid.UUID) -> CareerMapData:
        """A draft copy of an approved map, edition + 1, to be changed and approved anew.
        The approved edition stays in force (and in print) until then."""
        with self._session() as s:
            old = self._map(s, map_id)
            if old.status != MapStatus.APPROVED:
                raise ValidationError({"status": translate(
                    "CareerMaps", "A new edition is made of an approved map.")})
            if s.scalar(select(func.count()).where(CareerMap.previous_id == old.id)):
                raise ValidationError({"status": translate(
                    "CareerMaps", "A new edition of this map is already being prepared.")})
            return map_data(s, copy_edition(s, old))

    # ---- inside ------------------------------------------------------------------------
    def _map(self, s: Session, map_id: uuid.UUID | None) -> CareerMap:
        m = s.get(CareerMap, map_id) if map_id else None
        if m is None:
            raise NotFoundError(translate("CareerMaps", "This career map no longer exists."))
        return m

    def _employer(self, s: Session, m: CareerMap,
                  employer_id: uuid.UUID | None) -> CareerEmployer:
        row = s.get(CareerEmployer, employer_id) if employer_id else None
        if row is None or row.map_id != m.id:
            raise ValidationError({"employer": translate(
                "CareerMaps", "Save the employer in the map before giving it a logo.")})
        return row

    def _drop_logo(self, s: Session, m: CareerMap, slot: str,
                   employer: CareerEmployer | None) -> None:
        if employer is not None:
            old = s.get(CareerImage, employer.logo_id) if employer.logo_id else None
            employer.logo_id = None
            s.flush()
        else:
            old = s.scalars(select(CareerImage).where(CareerImage.map_id == m.id,
                                                      CareerImage.slot == slot)).first()
        if old is not None:
            s.delete(old)
            s.flush()

    def _refuse_if_locked(self, m: CareerMap) -> None:
        if m.status == MapStatus.SENT:
            raise ValidationError({"status": translate(
                "CareerMaps", "The map has been sent to the council: return it to draft to "
                              "change it.")})
        if m.status != MapStatus.DRAFT:
            raise ValidationError({"status": translate(
                "CareerMaps", "The map is approved and locked: start a new edition to "
                              "change it.")})

    def _refuse_twin(self, s: Session, cluster_id: uuid.UUID, m: CareerMap,
                     d: CareerMapData) -> None:
        """One map per profession or specialty and college (its editions aside)."""
        query = select(CareerMap.id, CareerMap.college).where(
            CareerMap.cluster_id == cluster_id, CareerMap.code == d.code,
            CareerMap.status != MapStatus.SUPERSEDED.value)
        if m.id is not None:
            query = query.where(CareerMap.id != m.id,
                                or_(CareerMap.previous_id.is_(None),
                                    CareerMap.previous_id != m.id))
            if m.previous_id is not None:
                query = query.where(CareerMap.id != m.previous_id)
        college = d.college.casefold()
        if any(c.casefold() == college for _, c in s.execute(query)):
            raise ValidationError({"code": translate(
                "CareerMaps", "The cluster already has a career map for {code} at this "
                              "college: change that map or start its new edition.").format(
                code=d.code)})
