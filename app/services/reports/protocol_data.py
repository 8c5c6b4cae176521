"""What a council meeting's protocol holds, whatever the file: the council, the meeting, its
members with their attendance, the decisions.  The PDF (protocol.py) and the Word file
(protocol_docx.py) both print it."""

from __future__ import annotations

from dataclasses import dataclass

from app.services.governance_data import DecisionData, MeetingData, MemberData


@dataclass
class ProtocolData:
    council: str
    meeting: MeetingData
    members: list[MemberData]
    decisions: list[DecisionData]
    organizations: dict  # organization id → short name

    def present(self) -> list[MemberData]:
        return [m for m in self.members if self.meeting.attendance.get(m.id) is True]

    def absent(self) -> list[MemberData]:
        return [m for m in self.members if self.meeting.attendance.get(m.id) is False]

    def by_post(self, post: str) -> MemberData | None:
        return next((m for m in self.members if m.role == post), None)



def person_line(m: MemberData) -> str:
    tail = ", ".join(x for x in (m.post, m.organization) if x)
    return f"{m.full_name} — {tail}" if tail else m.full_name
