"""The council meeting's protocol as a Word file: the secretary edits it before it is signed
(what was said, corrections), so it is the same protocol as the PDF — the same data
(``ProtocolData``), the same order — in Word's own styles."""

from __future__ import annotations

from pathlib import Path

from app.formats import format_date
from app.services.base import translate
from app.services.governance_codes import MeetingForm, MemberPost
from app.services.reports import docx
from app.services.reports.protocol_data import ProtocolData, person_line


def write_protocol_docx(p: ProtocolData, target: Path | str, *, author: str) -> Path:
    m = p.meeting
    title = translate("Reports", "MINUTES No. {number}").format(number=m.number)
    doc = docx.new_document(title=title, author=author,
                            subject=translate("Reports", "of the meeting of the {council}").format(
                                council=p.council))
    doc.add_paragraph(title, style="Title")
    docx.paragraph(doc, translate("Reports", "of the meeting of the {council}").format(council=p.council),
                   align="center")
    docx.paragraph(doc, f"{m.place}\t\t\t{format_date(m.held_on)}")
    if m.form == MeetingForm.REMOTE:
        docx.paragraph(doc, translate("Reports", "Form of the meeting: remote."))
    present, absent = p.present(), p.absent()
    docx.paragraph(doc, translate("Reports", "Present ({count} of {total} members):").format(
        count=len(present), total=len(present) + len(absent)), bold=True, keep_with_next=True)
    for x in present:
        docx.paragraph(doc, person_line(x))
    if absent:
        docx.paragraph(doc, translate("Reports", "Absent:"), bold=True, keep_with_next=True)
        for x in absent:
            docx.paragraph(doc, person_line(x))
    if m.invited:
        docx.paragraph(doc, translate("Reports", "Invited:"), bold=True, keep_with_next=True)
        for x in m.invited:
            docx.paragraph(doc, x)
    quorum = len(present) * 2 > len(present) + len(absent)
    docx.paragraph(doc, translate("Reports", "There is a quorum.") if quorum else translate("Reports", "There is no quorum."))
    docx.heading(doc, translate("Reports", "AGENDA:"), level=2)
    for n, item in enumerate(m.agenda, 1):
        docx.paragraph(doc, f"{n}. {item}")
    for n, item in enumerate(m.agenda, 1):
        docx.heading(doc, translate("Reports", "{number}. ON THE ITEM: {item}").format(number=n, item=item),
                     level=2)
        decisions = [d for d in p.decisions if d.agenda_item == n]
        # the parts of an item as the PDF prints them; «ВЫСТУПИЛИ» is the secretary's to fill
        docx.paragraph(doc, translate("Reports", "HEARD:") + " " + item, keep_with_next=True)
        docx.paragraph(doc, translate("Reports", "SPOKE:") + " " + "_" * 60,
                       keep_with_next=True)
        if not decisions:
            docx.paragraph(doc, translate("Reports", "Taken into account."))
            continue
        docx.paragraph(doc, translate("Reports", "DECIDED:"), bold=True, keep_with_next=True)
        for k, d in enumerate(decisions, start=1):
            docx.paragraph(doc, f"{n}.{k}. {d.text}", align="justify")
            tail = []
            who = ", ".join(x for x in (d.responsible,
                                        p.organizations.get(d.responsible_org_id, "")) if x)
            if who:
                tail.append(translate("Reports", "Responsible: {who}.").format(who=who))
            if d.due_on:
                tail.append(translate("Reports", "Due: {date}.").format(date=format_date(d.due_on)))
            if d.votes_for is not None:
                tail.append(translate("Reports", "Voted: for — {yes}, against — {no}, abstained — {abstained}.")
                            .format(yes=d.votes_for, no=d.votes_against or 0,
                                    abstained=d.votes_abstained or 0))
            else:
                tail.append(translate("Reports", "The vote is not recorded."))
            if tail:
                docx.paragraph(doc, " ".join(tail))
    loose = [d for d in p.decisions if d.agenda_item not in range(1, len(m.agenda) + 1)]
    if loose:
        docx.paragraph(doc, translate("Reports", "DECIDED:"), bold=True, keep_with_next=True)
        for d in loose:
            docx.paragraph(doc, f"{d.position}. {d.text}", align="justify")
    doc.add_paragraph()
    chair, secretary = p.by_post(MemberPost.CHAIR), p.by_post(MemberPost.SECRETARY)
    rows = [[translate("Reports", "Chair"), "_" * 22, chair.full_name if chair else ""],
            [translate("Reports", "Secretary"), "_" * 22, secretary.full_name if secretary else ""]]
    grid = docx.table(doc, ["", "", ""], rows, widths_mm=[50, 60, 60])
    grid.rows[0]._tr.getparent().remove(grid.rows[0]._tr)  # no header row over signatures
    for row in grid.rows:
        for cell in row.cells:
            cell.paragraphs[0].paragraph_format.keep_with_next = True
    return docx.save(doc, target)
