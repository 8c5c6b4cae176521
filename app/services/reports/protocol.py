"""A council meeting's protocol (minutes) as PDF, in the usual Russian layout: «ПРОТОКОЛ
№ …», the council, the date and place; those present and absent, guests; the agenda; for
each item «СЛУШАЛИ / ВЫСТУПИЛИ / РЕШИЛИ» with the decisions, the responsible and the due date,
the vote (or that none is recorded); the chair's and the secretary's signatures, kept on the
page of the last decision.  The Word file for the secretary: protocol_docx.py."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.formats import format_date
from app.models import Council
from app.services.base import translate
from app.services.errors import ValidationError
from app.services.governance import GovernanceService
from app.services.governance_codes import MeetingForm, MemberPost
from app.services.governance_data import DecisionData
from app.services.permissions import Permission, requires
from app.services.reports.indicators import ReportService
from app.services.reports.pdf import (
    FONT,
    FONT_BOLD,
    HYPHENATION,
    INK,
    _footer,
    markup,
    register_fonts,
)
from app.services.reports.properties import DocumentProperties
from app.services.reports.protocol_data import ProtocolData, person_line
from app.services.reports.protocol_docx import write_protocol_docx

_BODY = ParagraphStyle("Protocol", fontName=FONT, fontSize=11.5, leading=15, textColor=INK,
                       spaceAfter=3, **HYPHENATION)
STYLES = {
    "title": ParagraphStyle("ProtocolTitle", _BODY, fontName=FONT_BOLD, fontSize=15,
                            leading=19, alignment=TA_CENTER, spaceAfter=2),
    "centre": ParagraphStyle("ProtocolCentre", _BODY, alignment=TA_CENTER),
    "head": ParagraphStyle("ProtocolHead", _BODY, fontName=FONT_BOLD, spaceBefore=8),
    "body": _BODY,
    "item": ParagraphStyle("ProtocolItem", _BODY, leftIndent=8 * mm, firstLineIndent=-6 * mm),
    "part": ParagraphStyle("ProtocolPart", _BODY, spaceBefore=3),  # СЛУШАЛИ, ВЫСТУПИЛИ, РЕШИЛИ
}


def _part(label: str) -> str:
    """«СЛУШАЛИ:» in bold, as the markup that starts a part's paragraph."""
    return f"<b>{markup(label)}</b> "


def _date(day: date | None) -> str:
    return format_date(day) if day else ""


def protocol_story(p: ProtocolData) -> list:
    m = p.meeting
    P = Paragraph  # noqa: N806
    story = [
        P(markup(translate("Reports", "MINUTES No. {number}").format(number=m.number)), STYLES["title"]),
        P(markup(translate("Reports", "of the meeting of the {council}").format(council=p.council)),
          STYLES["centre"]),
        Spacer(1, 4 * mm),
        Table([[P(markup(m.place), _BODY), P(markup(_date(m.held_on)), ParagraphStyle(
            "r", _BODY, alignment=2))]], colWidths=["60%", "40%"],
            style=TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0)])),
    ]
    if m.form == MeetingForm.REMOTE:
        story.append(P(markup(translate("Reports", "Form of the meeting: remote.")), _BODY))
    present, absent = p.present(), p.absent()
    story.append(P(markup(translate("Reports", "Present ({count} of {total} members):").format(
        count=len(present), total=len(present) + len(absent))), STYLES["head"]))
    story += [P(markup(person_line(x)), STYLES["item"]) for x in present]
    if absent:
        story.append(P(markup(translate("Reports", "Absent:")), STYLES["head"]))
        story += [P(markup(person_line(x)), STYLES["item"]) for x in absent]
    if m.invited:
        story.append(P(markup(translate("Reports", "Invited:")), STYLES["head"]))
        story += [P(markup(x), STYLES["item"]) for x in m.invited]
    quorum = len(present) * 2 > len(present) + len(absent)
    story.append(P(markup(translate("Reports", "There is a quorum.") if quorum else translate("Reports", "There is no quorum.")),
                   _BODY))
    story.append(P(markup(translate("Reports", "AGENDA:")), STYLES["head"]))
    story += [P(markup(f"{n}. {item}"), STYLES["item"]) for n, item in enumerate(m.agenda, 1)]
    items = {n: [d for d in p.decisions if d.agenda_item == n]
             for n in range(1, len(m.agenda) + 1)}
    loose = [d for d in p.decisions if d.agenda_item not in items]
    for n, item in enumerate(m.agenda, 1):
        parts = [P(markup(translate("Reports", "{number}. ON THE ITEM: {item}").format(
                     number=n, item=item)), STYLES["head"]),
                 P(_part(translate("Reports", "HEARD:")) + markup(item), STYLES["part"]),
                 # who spoke is not in the register: a line the secretary fills in by hand
                 P(_part(translate("Reports", "SPOKE:")) + "_" * 60, STYLES["part"]),
                 *_decisions(items[n], p, number=n)]
        # an item's heading never ends a page: it goes over with its first decision
        story += [KeepTogether(parts[:5]), *parts[5:]]
    if loose:
        story.append(P(markup(translate("Reports", "DECIDED:")), STYLES["head"]))
        story += _decisions(loose, p, heading=False)
    chair, secretary = p.by_post(MemberPost.CHAIR), p.by_post(MemberPost.SECRETARY)
    name = ParagraphStyle("ProtocolName", _BODY, hyphenationLang="")  # a name is not hyphenated
    signatures = [[P(markup(translate("Reports", "Chair")), _BODY), P("_" * 22, _BODY),
                   P(markup(chair.full_name if chair else ""), name)],
                  [P(markup(translate("Reports", "Secretary")), _BODY), P("_" * 22, _BODY),
                   P(markup(secretary.full_name if secretary else ""), name)]]
    block = [Spacer(1, 12 * mm), Table(signatures, colWidths=["30%", "35%", "35%"],
                                       style=TableStyle([("TOPPADDING", (0, 0), (-1, -1), 8)]))]
    # the signatures go over with the last decision, never alone on a page of their own
    last = story.pop()  # KeepTogether in KeepTogether measures as endless: unpack it
    story.append(KeepTogether([*getattr(last, "_content", [last]), *block]))
    return story


def _decisions(decisions: list[DecisionData], p: ProtocolData, heading: bool = True,
               number: int | None = None) -> list:
    """«РЕШИЛИ: 2.1. …» — numbered within the agenda item (by position when loose)."""
    out = []
    if heading and decisions:
        out.append(Paragraph(_part(translate("Reports", "DECIDED:")), STYLES["part"]))
    for k, d in enumerate(decisions, start=1):
        label = f"{number}.{k}." if number is not None else f"{d.position}."
        tail = []
        who = ", ".join(x for x in (d.responsible, p.organizations.get(d.responsible_org_id, ""))
                        if x)
        if who:
            tail.append(translate("Reports", "Responsible: {who}.").format(who=who))
        if d.due_on:
            tail.append(translate("Reports", "Due: {date}.").format(date=_date(d.due_on)))
        if d.votes_for is not None:
            tail.append(translate("Reports", "Voted: for — {yes}, against — {no}, abstained — {abstained}.")
                        .format(yes=d.votes_for, no=d.votes_against or 0,
                                abstained=d.votes_abstained or 0))
        else:  # not «unanimously» by silence: the reader sees the count is missing
            tail.append(translate("Reports", "The vote is not recorded."))
        # one paragraph: a decision's text never parts from who does it and the vote
        out.append(Paragraph(markup(f"{label} {d.text}") + "<br/>" + markup(" ".join(tail)),
                             STYLES["item"]))
    if not decisions and heading:
        out.append(Paragraph(markup(translate("Reports", "Taken into account.")), STYLES["item"]))
    return out


def write_protocol_pdf(p: ProtocolData, target: Path | str, author: str = "") -> Path:
    from app.services.files import atomic_write

    register_fonts()
    target = Path(target)
    margin = 20 * mm
    with atomic_write(target) as tmp:
        title = translate("Reports", "MINUTES No. {number}").format(number=p.meeting.number)
        props = DocumentProperties(title, author, f"{p.council} — {_date(p.meeting.held_on)}")
        doc = BaseDocTemplate(str(tmp), pagesize=A4, **props.doc_template_kwargs(),
                              initialFontName=FONT)
        frame = Frame(margin + 10 * mm, margin, A4[0] - 2 * margin - 10 * mm,
                      A4[1] - 2 * margin, leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", frames=[frame], onPage=_footer)])
        doc.build(protocol_story(p))
    return target


class ProtocolService(ReportService):
    @requires(Permission.GOVERNANCE_READ)
    def protocol_data(self, meeting_id: uuid.UUID) -> ProtocolData:
        from sqlalchemy import select

        from app.models import Organization

        governance = GovernanceService(self.store, self.actor)
        meeting = governance.meeting(meeting_id)
        members = governance.members(meeting.council_id, on=meeting.held_on)
        named = {m.id for m in members}
        members += [m for m in governance.members(meeting.council_id)
                    if m.id in meeting.attendance and m.id not in named]
        decisions = [governance.decision(r.id)
                     for r in governance.decisions(meeting_id=meeting_id)]
        with self._session() as s:
            council = s.get(Council, meeting.council_id)
            orgs = dict(s.execute(select(Organization.id, Organization.short_name)).all())
            name = council.name_genitive or council.name
        return ProtocolData(name, meeting, members, decisions, orgs)

    @requires(Permission.GOVERNANCE_READ)
    def protocol(self, meeting_id: uuid.UUID, out: Path | str) -> Path:
        """The meeting's protocol as PDF, or as Word (.docx) for the secretary to edit."""
        out = Path(out)
        if out.suffix.lower() not in (".pdf", ".docx"):
            raise ValidationError({"out": translate("Reports", "The protocol file must end in "
                                                               ".pdf or .docx.")})
        data = self.protocol_data(meeting_id)
        if out.suffix.lower() == ".docx":
            write_protocol_docx(data, out, author=self._author())
        else:
            write_protocol_pdf(data, out, self._author())
        self._done(out, len(data.decisions))
        return out
