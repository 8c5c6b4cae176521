"""The partnership agreement («соглашение о партнёрстве», seed 003: the cluster is created on
the basis of such an agreement without forming a legal entity) between the managing company
and one participant, as a Word file the managing company edits, prints and signs.

Everything the register knows is filled in from it — the parties' names and details, the
participant's role, the agreement's number and date, the programme's end as the term; what
only the signatories know (who signs, on what authority) is left as blanks to fill in Word."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from app.formats import format_date
from app.models import Cluster, Membership, Organization
from app.services.audit import Action, record_now
from app.services.base import Service, translate
from app.services.cluster import managing_company
from app.services.errors import NotFoundError, ValidationError
from app.services.participants import MemberRole, OrganizationRow, role_label
from app.services.participants_service import ParticipantsService
from app.services.permissions import Permission, requires
from app.services.reports import docx

BLANK = "_" * 24
BLANK_DATE = "«___» __________ 20__"


@dataclass(frozen=True)
class Party:
    full_name: str
    inn: str
    ogrn: str
    kpp: str
    address: str
    phone: str
    email: str

    @classmethod
    def of(cls, org: Organization) -> Party:
        return cls(org.full_name, org.inn or "", org.ogrn or "", org.kpp or "",
                   org.address or "", org.phone or "", org.email or "")


@dataclass(frozen=True)
class AgreementData:
    cluster: str
    educational: bool  # an educational cluster (not an education-and-production centre)
    region: str
    managing: Party
    participant: Party
    role: str  # MemberRole
    number: str
    signed_on: date | None
    term_end: date | None



def _duties(role: str) -> list[str]:
    """The participant's duties by its role; every participant has the common ones."""
    own = {
        MemberRole.COLLEGE: [
            translate("Agreement", "to implement the educational programmes of secondary vocational education "
               "agreed within the cluster, together with the employers;"),
            translate("Agreement", "to provide its premises and equipment for the cluster's workshops and events;"),
        ],
        MemberRole.EMPLOYER: [
            translate("Agreement", "to take part in designing the educational programmes and in assessing "
               "students, including the demonstration exam;"),
            translate("Agreement", "to provide places for practical training and internships, and mentors;"),
            translate("Agreement", "to consider graduates for employment and to report on their employment;"),
        ],
        MemberRole.SCHOOL: [
            translate("Agreement", "to take part in the career guidance events of the popularization programme;"),
        ],
        MemberRole.UNIVERSITY: [
            translate("Agreement", "to take part in staff training and in the cluster's educational programmes;"),
        ],
        MemberRole.AUTHORITY: [
            translate("Agreement", "to support the cluster within its powers and to take part in its councils;"),
        ],
    }
    common = [
        translate("Agreement", "to carry out the measures of the cluster's programme of activity assigned to it;"),
        translate("Agreement", "to provide the managing company with the information needed for monitoring and "
           "reporting, by the dates it sets;"),
        translate("Agreement", "to follow the decisions of the cluster's councils taken within their powers."),
    ]
    return own.get(MemberRole(role) if role in MemberRole._value2member_map_ else None,
                   []) + common


def write_agreement(data: AgreementData, target: Path | str, *, author: str) -> Path:
    kind = (translate("Agreement", "the educational cluster") if data.educational else
            translate("Agreement", "the education and production centre (cluster)"))
    title = translate("Agreement", "PARTNERSHIP AGREEMENT No. {number}").format(number=data.number or "___")
    doc = docx.new_document(title=title, author=author,
                            subject=translate("Agreement", "Partnership agreement: {cluster}").format(
                                cluster=data.cluster))
    doc.add_paragraph(title, style="Title")
    docx.paragraph(doc, translate("Agreement", "on partnership for the creation and development of {kind} "
                           "«{cluster}»").format(kind=kind, cluster=data.cluster), align="center")
    docx.paragraph(doc, f"{data.region or BLANK}\t\t\t\t"
                   f"{format_date(data.signed_on) if data.signed_on else BLANK_DATE}")
    docx.paragraph(doc, translate("Agreement",
        "{managing}, hereinafter «the Managing company», represented by {blank}, acting on "
        "the basis of {blank}, on the one hand, and {participant}, hereinafter «the "
        "Participant», represented by {blank}, acting on the basis of {blank}, on the other "
        "hand, together «the Parties», have concluded this Agreement as follows.").format(
            managing=data.managing.full_name, participant=data.participant.full_name,
            blank=BLANK), align="justify")

    docx.heading(doc, translate("Agreement", "1. Subject of the agreement"))
    for text in (
        translate("Agreement", "1.1. The Parties join their efforts to create and develop {kind} «{cluster}» by "
           "integrating educational organisations that implement programmes of secondary "
           "vocational education and organisations of the real sector of the economy, within "
           "the federal project «Professionalitet» of the state programme of the Russian "
           "Federation «Development of education», in accordance with the cluster's "
           "programme of activity.").format(kind=kind, cluster=data.cluster),
        translate("Agreement", "1.2. The Participant takes part in the cluster as: {role}.").format(
            role=role_label(data.role).lower()),
        translate("Agreement", "1.3. The Agreement does not create a legal entity; each Party acts on its own "
           "behalf and at its own expense unless otherwise agreed in writing."),
    ):
        docx.paragraph(doc, text, align="justify")

    docx.heading(doc, translate("Agreement", "2. Rights and duties of the Parties"))
    docx.paragraph(doc, translate("Agreement", "2.1. The Managing company undertakes:"), keep_with_next=True)
    for text in (
        translate("Agreement", "to coordinate the implementation of the cluster's programme of activity;"),
        translate("Agreement", "to organise the work of the cluster's councils and to inform the Participant of "
           "their decisions;"),
        translate("Agreement", "to prepare the cluster's reports to the regional and federal operators;"),
        translate("Agreement", "to involve the Participant in the cluster's events and in the use of its "
           "resources on the terms of network cooperation."),
    ):
        docx.paragraph(doc, "— " + text, align="justify")
    docx.paragraph(doc, translate("Agreement", "2.2. The Participant undertakes:"), keep_with_next=True)
    for text in _duties(data.role):
        docx.paragraph(doc, "— " + text, align="justify")
    docx.paragraph(doc, translate("Agreement", "2.3. Each Party may make proposals to the cluster's councils and "
                           "receive information on the implementation of the programme of "
                           "activity."), align="justify")

    docx.heading(doc, translate("Agreement", "3. Term of the agreement"))
    term = (translate("Agreement", "until {date}, the end of the cluster's programme of activity").format(
        date=format_date(data.term_end)) if data.term_end else
        translate("Agreement", "until the end of the cluster's programme of activity"))
    for text in (
        translate("Agreement", "3.1. The Agreement enters into force when signed by both Parties and is valid "
           "{term}.").format(term=term),
        translate("Agreement", "3.2. The Participant may leave the cluster by notifying the Managing company in "
           "writing; a Participant is excluded only by a decision of the cluster's council."),
    ):
        docx.paragraph(doc, text, align="justify")

    docx.heading(doc, translate("Agreement", "4. Final provisions"))
    for text in (
        translate("Agreement", "4.1. Disputes are settled by negotiation between the Parties."),
        translate("Agreement", "4.2. Changes to the Agreement are made in writing and signed by both Parties."),
        translate("Agreement", "4.3. The Agreement is made in two copies of equal force, one for each Party."),
    ):
        docx.paragraph(doc, text, align="justify")

    docx.heading(doc, translate("Agreement", "5. Details and signatures of the Parties"))
    rows = []
    for label, attr in ((translate("Agreement", "Name"), "full_name"), (translate("Agreement", "INN"), "inn"), (translate("Agreement", "OGRN"), "ogrn"),
                        (translate("Agreement", "KPP"), "kpp"), (translate("Agreement", "Address"), "address"),
                        (translate("Agreement", "Phone"), "phone"), (translate("Agreement", "E-mail"), "email")):
        rows.append([f"{label}: {getattr(data.managing, attr)}",
                     f"{label}: {getattr(data.participant, attr)}"])
    sign = "_" * 14 + " / " + "_" * 16 + " /"
    rows.append([sign, sign])
    rows.append([translate("Agreement", "Seal (if any)"), translate("Agreement", "Seal (if any)")])
    grid = docx.table(doc, [translate("Agreement", "The Managing company"), translate("Agreement", "The Participant")], rows,
                      widths_mm=[85, 85])
    for row in grid.rows:  # the details and the signatures are never split over two pages
        row.cells[0].paragraphs[0].paragraph_format.keep_with_next = True
    return docx.save(doc, target)


class AgreementService(Service):
    @requires(Permission.PARTICIPANTS_EXPORT)
    def agreement_data(self, organization_id: uuid.UUID) -> AgreementData:
        with self._session() as s:
            org = s.get(Organization, organization_id)
            if org is None:
                raise NotFoundError(translate("Agreement", "No such organisation."))
            cluster = s.scalars(select(Cluster).order_by(Cluster.created_at).limit(1)).first()
            managing = managing_company(s)
            if cluster is None or managing is None:
                raise ValidationError({"managing": translate(
                    "Agreement", "The managing company is not named in the cluster's data "
                                 "(first-run wizard or Settings): the agreement has no first "
                                 "party.")})
            if managing.id == org.id:
                raise ValidationError({"organization": translate(
                    "Agreement", "The managing company does not sign an agreement with "
                                 "itself: choose a participant.")})
            membership = s.scalars(select(Membership).where(
                Membership.organization_id == org.id).order_by(
                Membership.joined_on.desc().nulls_last())).first()
            return AgreementData(
                cluster.name, cluster.kind_code == "educational", cluster.region,
                Party.of(managing), Party.of(org),
                membership.role if membership else MemberRole.OTHER.value,
                membership.agreement_no if membership else "",
                membership.agreement_date if membership else None,
                cluster.programme_end)

    @requires(Permission.PARTICIPANTS_EXPORT)
    def parties(self) -> list[OrganizationRow]:
        """The members an agreement can be written with: all but the managing company."""
        with self._session() as s:
            managing = managing_company(s)
        skip = managing.id if managing is not None else None
        return [r for r in ParticipantsService(self.store, self.actor).list_organizations()
                if r.is_member and r.id != skip]

    @requires(Permission.PARTICIPANTS_EXPORT)
    def agreement(self, organization_id: uuid.UUID, out: Path | str) -> Path:
        """The partnership agreement with one participant as .docx."""
        out = Path(out)
        if out.suffix.lower() != ".docx":
            raise ValidationError({"out": translate(
                "Agreement", "The agreement is a Word file: its name must end in .docx.")})
        data = self.agreement_data(organization_id)
        write_agreement(data, out, author=data.managing.full_name)
        record_now(self.store.sessions, Action.EXPORT, out.name,
                   username=self.actor.username or "—")
        return out
