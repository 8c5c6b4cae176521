"""Where the requests stand: the status board (sent, returned, accepted, overdue), the
reminder list, the returns due in «Сроки», and the reports naming who has not reported."""

from __future__ import annotations

from datetime import date

import pytest

from app.services import clock
from app.services.deadlines import DeadlineKind
from app.services.errors import ValidationError
from app.services.unreported import not_reported_line
from tests.helpers import read_sheet
from tests.services.request_files import (
    YEAR_FROM,
    YEAR_TO,
    fill_events,
    five_with_events,
    set_today,
)

DUE = date(2026, 12, 10)


@pytest.fixture
def asked(demo, tmp_path):
    """Three participants asked for the year's event results, due 10.12.2026; the first
    one's file accepted."""
    set_today(date(2026, 12, 7))
    three = five_with_events(demo)[:3]
    request = demo.requests.create("events", YEAR_FROM, YEAR_TO, DUE,
                                   [c.inn for c in three], title="Охват за 2026 год")
    files = demo.requests.write_files(request.id, tmp_path / "out")
    first = next(f for f in files if three[0].inn in f.parent.name)
    fill_events(first)
    assert demo.requests.take(first)[0].status == "accepted"
    yield demo, request, three
    clock.set_now(None)


def test_the_board_says_sent_accepted_and_overdue(asked):
    services, request, three = asked
    board = {b.inn: b for b in services.requests.board(request.id)}
    assert board[three[0].inn].status == "accepted"
    assert {board[c.inn].status for c in three[1:]} == {"sent"}
    assert services.requests.reminders() == []  # nothing overdue before the due day
    [listed] = services.requests.requests()
    assert (listed.recipients, listed.sent, listed.accepted, listed.overdue) == (3, 3, 1, 0)

    later = date(2026, 12, 15)
    set_today(later)
    late = services.requests.reminders()
    assert sorted(b.inn for b in late) == sorted(c.inn for c in three[1:])
    line = late[0].reminder(later)
    assert late[0].organization in line and "10.12.2026" in line and "5" in line
    assert services.requests.requests()[0].overdue == 2


def test_returns_due_are_in_the_deadlines(asked):
    services, request, three = asked
    due = [d for d in services.deadlines.deadlines() if d.kind == DeadlineKind.REQUEST]
    assert sorted(d.responsible for d in due) == sorted(c.name for c in three[1:])
    assert all(d.due_on == DUE and d.section == "requests" and d.record_id == request.id
               for d in due)
    assert len({d.uid for d in due}) == 2


def test_reports_name_who_has_not_reported(asked, tmp_path):
    services, _request, three = asked
    missing = sorted((c.name for c in three[1:]), key=str.casefold)
    summary = services.reach.summary(YEAR_FROM, YEAR_TO)
    assert summary.not_reported == missing
    line = not_reported_line(missing)
    reach = tmp_path / "охват.xlsx"
    services.event_reports.reach_report(YEAR_FROM, YEAR_TO, reach)
    assert line in [v for row in read_sheet(reach) for v in row if isinstance(v, str)]
    annual = tmp_path / "год.xlsx"
    data = services.annual_reports.annual_report(2026, annual)
    assert data.not_reported == missing
    assert line in [v for row in read_sheet(annual) for v in row if isinstance(v, str)]
    # another period is not theirs to report
    assert services.reach.summary(date(2025, 1, 1), date(2025, 12, 31)).not_reported == []


def test_a_bad_request_is_refused(demo):
    with pytest.raises(ValidationError) as caught:
        demo.requests.create("weather", YEAR_TO, YEAR_FROM, date(2025, 1, 1), ["0000000000"])
    assert set(caught.value.errors) == {"kind", "date_to", "due_on", "organizations"}
    assert demo.requests.requests() == []
