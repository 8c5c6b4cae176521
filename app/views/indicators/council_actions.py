"""What the councils tab does to its records: councils, members, meetings and decisions
added, edited and deleted; a decision carried out; a meeting's protocol written or printed.

A part of ``CouncilsTab`` (councils_tab.py lays the tab out and loads it); the texts keep the
tab's translation context."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.formats import format_date
from app.services.errors import ServiceError
from app.services.governance_codes import APPROVALS, DecisionStatus, DecisionSubject, label
from app.services.governance_data import CouncilData, DecisionData, DecisionRow, MemberData
from app.views import dialogs, printing
from app.views.indicators.common import write_off_thread
from app.views.indicators.council_dialog import CouncilDialog, MemberDialog
from app.views.indicators.decision_dialog import AdmitDialog, DecisionDialog
from app.views.indicators.meeting_dialog import MeetingDialog

translate = QCoreApplication.translate


class CouncilActions:
    """The actions of ``CouncilsTab`` on its records (mixed into the tab)."""

    # --- councils ---
    def council_dialog(self, council: CouncilData | None = None) -> CouncilDialog:
        return CouncilDialog(self.services, council, self)

    def add_council(self) -> None:
        self._run_council_dialog(None)

    def edit_council(self) -> None:
        council = self.current_council()
        if council is not None:
            self._run_council_dialog(council)

    def _run_council_dialog(self, council: CouncilData | None) -> None:
        self.run_dialog(self.council_dialog(council), self.council_saved)

    def council_saved(self, council: CouncilData) -> None:
        self.status.emit(translate("CouncilsTab", "Saved: {name}").format(name=council.name))
        self._select_council = council.id
        self.reload()

    def delete_council(self) -> None:
        council = self.current_council()
        if council is None or not dialogs.confirm(self, translate("CouncilsTab", "Delete council"), translate("CouncilsTab",
                "Delete the council «{name}» with its list of members?").format(
                name=council.name)):
            return
        try:
            self.services.governance.delete_council(council.id)
        except ServiceError as exc:
            dialogs.show_message(self, translate("CouncilsTab", "Not deleted"), str(exc))
            return
        self.status.emit(translate("CouncilsTab", "Deleted: {name}").format(name=council.name))
        self.reload()

    # --- members ---
    def member_dialog(self, member: MemberData | None = None) -> MemberDialog | None:
        council = self.current_council()
        if member is None:
            if council is None:
                return None
            member = MemberData(council_id=council.id, full_name="")
        return MemberDialog(self.services, member, council.name if council else "", self)

    def add_member(self) -> None:
        self._run_member_dialog(None)

    def edit_member(self) -> None:
        member = self.current_member()
        if member is not None:
            self._run_member_dialog(member)

    def _run_member_dialog(self, member: MemberData | None) -> None:
        self.run_dialog(self.member_dialog(member), self.member_saved)

    def member_saved(self, member: MemberData) -> None:
        self.status.emit(translate("CouncilsTab", "Saved: {name}").format(name=member.full_name))
        self._select_council = member.council_id
        self._select_member = member.id
        self.reload()  # the councils' count of members changes too

    def delete_member(self) -> None:
        member = self.current_member()
        if member is None or not dialogs.confirm(self, translate("CouncilsTab", "Delete member"), translate("CouncilsTab",
                "Delete {name} from the council? Delete only a member entered by mistake: "
                "one who left the council gets a date of leaving.").format(
                name=member.full_name)):
            return
        try:
            self.services.governance.delete_member(member.id)
        except ServiceError as exc:
            dialogs.show_message(self, translate("CouncilsTab", "Not deleted"), str(exc))
            return
        self.status.emit(translate("CouncilsTab", "Deleted: {name}").format(name=member.full_name))
        self.reload()

    # --- meetings ---
    def meeting_dialog(self, meeting_id=None) -> MeetingDialog:
        data = self.services.governance.meeting(meeting_id) if meeting_id else None
        return MeetingDialog(self.services, self.councils, data, self.current_council_id(),
                             self.writable, self)

    def add_meeting(self) -> None:
        self._run_meeting_dialog(None)

    def edit_meeting(self) -> None:
        meeting_id = self.current_meeting_id()
        if meeting_id is not None:
            self._run_meeting_dialog(meeting_id)

    def _run_meeting_dialog(self, meeting_id) -> None:
        try:
            dialog = self.meeting_dialog(meeting_id)
        except ServiceError as exc:
            dialogs.show_message(self, translate("CouncilsTab", "Councils"), str(exc))
            self.reload()
            return
        self.run_dialog(dialog, self.meeting_saved)

    def meeting_saved(self, meeting) -> None:
        self.status.emit(translate("CouncilsTab", "Saved: meeting No. {number}").format(number=meeting.number))
        self._select_meeting = meeting.id
        self.reload()

    def delete_meeting(self) -> None:
        meeting = self.current_meeting()
        if meeting is None or not dialogs.confirm(self, translate("CouncilsTab", "Delete meeting"), translate("CouncilsTab",
                "Delete the meeting No. {number} of {date} with its attendance and "
                "decisions?").format(number=meeting.number, date=format_date(meeting.held_on))):
            return
        try:
            self.services.governance.delete_meeting(meeting.id)
        except ServiceError as exc:
            dialogs.show_message(self, translate("CouncilsTab", "Not deleted"), str(exc))
            return
        self.reload()

    # --- decisions ---
    def decision_dialog(self, decision_id=None) -> DecisionDialog | None:
        if decision_id is None:
            meeting_id = self.current_meeting_id()
            if meeting_id is None:
                return None
            data = DecisionData(meeting_id=meeting_id, text="")
        else:
            data = self.services.governance.decision(decision_id)
        return DecisionDialog(self.services, data, self.writable, self)

    def add_decision(self) -> None:
        self._run_decision_dialog(None)

    def edit_decision(self) -> None:
        decision_id = self.current_decision_id()
        if decision_id is not None:
            self._run_decision_dialog(decision_id)

    def _run_decision_dialog(self, decision_id) -> None:
        try:
            dialog = self.decision_dialog(decision_id)
        except ServiceError as exc:
            dialogs.show_message(self, translate("CouncilsTab", "Councils"), str(exc))
            self.reload()
            return
        self.run_dialog(dialog, self.decision_saved)

    def decision_saved(self, decision: DecisionData) -> None:
        self.status.emit(translate("CouncilsTab", "Saved: decision No. {position}").format(
            position=decision.position))
        self._select_decision = decision.id
        self._select_meeting = decision.meeting_id
        self.reload()

    def delete_decision(self) -> None:
        decision = self.current_decision()
        if decision is None or not dialogs.confirm(self, translate("CouncilsTab", "Delete decision"), translate("CouncilsTab",
                "Delete the decision No. {position}?").format(position=decision.position)):
            return
        try:
            self.services.governance.delete_decision(decision.id)
        except ServiceError as exc:
            dialogs.show_message(self, translate("CouncilsTab", "Not deleted"), str(exc))
            return
        self.reload()

    def carry_out(self) -> None:
        """Carry out the chosen decision: exclude or admit its participant, or write its
        approval into what it approves."""
        d = self.current_decision()
        if d is None:
            return
        title = translate("CouncilsTab", "Carry out the decision")
        if d.status == DecisionStatus.DONE:
            dialogs.show_message(self, title, translate("CouncilsTab", "The decision is already carried out."),
                                 warning=False)
            return
        try:
            if d.subject_kind == DecisionSubject.EXCLUDE:
                if not dialogs.confirm(self, title, translate("CouncilsTab",
                        "Exclude «{name}» from the cluster by this decision? Its membership "
                        "ends on {date}, the day of the meeting.").format(
                        name=d.organization, date=format_date(d.held_on))):
                    return
                self.services.governance.exclude_participant(d.id)
                done = translate("CouncilsTab", "Excluded: {name}").format(name=d.organization)
            elif d.subject_kind == DecisionSubject.ADMIT:
                dialog = self.admit_dialog(d)
                if not dialog.exec() or dialog.saved is None:
                    return
                done = translate("CouncilsTab", "Admitted: {name}").format(name=d.organization)
            elif d.subject_kind in APPROVALS:
                if not dialogs.confirm(self, title, translate("CouncilsTab",
                        "Write the council, the protocol No. {number} and its date {date} "
                        "into what the decision approves?").format(
                        number=d.meeting_number, date=format_date(d.held_on))):
                    return
                self.services.governance.apply_decision(d.id)
                done = translate("CouncilsTab", "Approval written: {what}").format(what=label(d.subject_kind))
            else:
                dialogs.show_message(self, title, translate("CouncilsTab",
                    "This decision is carried out by the people responsible: mark it done in "
                    "the decision when it is."), warning=False)
                return
        except ServiceError as exc:
            dialogs.show_message(self, translate("CouncilsTab", "Not carried out"), str(exc))
            return
        self.after_carry_out(d, done)

    def admit_dialog(self, decision: DecisionRow) -> AdmitDialog:
        return AdmitDialog(self.services, decision, self)

    def after_carry_out(self, d: DecisionRow, text: str) -> None:
        self.status.emit(text)
        self._select_decision = d.id
        if d.subject_kind in (DecisionSubject.EXCLUDE, DecisionSubject.ADMIT):
            self.participants_changed.emit()
        self.reload()

    # --- the protocol ---
    def export_protocol(self) -> None:
        meeting = self.current_meeting()
        if meeting is None:
            return
        name = dialogs.choose_save_file(
            self, translate("CouncilsTab", "Protocol of the meeting"),
            translate("CouncilsTab", "protocol-{number}-{date}.pdf").format(
                number=meeting.number, date=meeting.held_on.isoformat()),
            translate("CouncilsTab", "PDF documents (*.pdf)"))
        if not name:
            return
        path = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
        protocols, meeting_id = self.services.protocols, meeting.id
        write_off_thread(self, self.tasks, lambda: protocols.protocol(meeting_id, path), path,
                         self.status.emit)

    def print_protocol(self) -> int:
        """The chosen meeting's protocol through the print dialog; returns pages printed."""
        meeting = self.current_meeting()
        if meeting is None:
            return 0
        protocols, meeting_id = self.services.protocols, meeting.id
        return printing.print_report(
            self, translate("CouncilsTab", "Protocol No. {number} of {date}").format(
                number=meeting.number, date=format_date(meeting.held_on)),
            lambda path: protocols.protocol(meeting_id, path))
