"""Recording a council's decision for a test, as the council's secretary does: approvals are
chosen from the register, so a test that approves something first records the decision."""

from __future__ import annotations

import uuid
from datetime import date

from app.services.governance_data import CouncilData, DecisionData, MeetingData

RNS = ("Региональный наблюдательный совет", "Регионального наблюдательного совета")


def council_decision(services, kind: str, number: str, held_on: date,
                     council: tuple[str, str] = RNS, subject_id: uuid.UUID | None = None,
                     text: str = "Утвердить") -> uuid.UUID:
    """A decision of ``kind`` at the council's meeting No. ``number`` of ``held_on`` (the
    council and the meeting recorded if missing); unbound unless ``subject_id`` is given (a
    bound approval is carried out as it is saved)."""
    governance = services.governance
    found = [c for c in governance.councils() if c.name == council[0]]
    council_id = found[0].id if found else governance.save_council(CouncilData(
        "supervisory", council[0], council[1])).id
    meetings = [m for m in governance.meetings(council_id)
                if (m.number, m.held_on) == (number, held_on)]
    meeting_id = meetings[0].id if meetings else governance.save_meeting(MeetingData(
        council_id, number, held_on)).id
    return governance.save_decision(DecisionData(meeting_id, text, subject_kind=kind,
                                                 subject_id=subject_id)).id
