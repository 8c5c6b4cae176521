"""Every deadline in one place («Сроки»): read from the records that own the dates, done ones
drop off, uids stay put, the .ics reads back in a calendar library, the command line lists
and exports them."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta

import icalendar
import pytest

from app.bootstrap import main
from app.services import clock
from app.services.deadlines import DeadlineKind, Urgency
from app.services.roadmap import RoadmapStatus

TODAY = date(2026, 12, 7)


@pytest.fixture
def today():
    clock.set_now(datetime(2026, 12, 7, 9, 0, tzinfo=UTC))
    yield TODAY
    clock.set_now(None)


def _uids(services, **kw) -> set[str]:
    return {d.uid for d in services.deadlines.deadlines(**kw)}


def test_every_kind_of_deadline_is_listed_soonest_first(demo, today):
    listed = demo.deadlines.deadlines()
    # the demo has sent no data request: returns due are tested in test_requests_status.py
    assert {d.kind for d in listed} == {k.value for k in DeadlineKind} - {DeadlineKind.REQUEST}
    assert [d.due_on for d in listed] == sorted(d.due_on for d in listed)
    # each one is a real record's date, in the section that holds it
    roadmap = {r.id: r for r in demo.roadmap.items()}
    for d in listed:
        if d.kind == DeadlineKind.ROADMAP:
            assert roadmap[d.record_id].deadline == d.due_on
            assert d.section == "roadmap"
    overdue = demo.deadlines.deadlines(overdue_only=True)
    assert overdue and all(d.due_on < today for d in overdue)
    assert all(d.urgency(today) == Urgency.OVERDUE for d in overdue)
    week = demo.deadlines.deadlines(days=7)
    assert all(d.due_on <= today + timedelta(days=7) for d in week)
    assert {d.uid for d in overdue} <= {d.uid for d in week}
    notice = demo.deadlines.notice()
    assert notice.overdue == len(overdue)
    assert notice.soon == sum(1 for d in listed if today <= d.due_on <= today + timedelta(3))


def test_done_records_drop_off_and_uids_stay_put(demo, today):
    first = demo.deadlines.deadlines(overdue_only=True)
    stage = next(d for d in first if d.kind == DeadlineKind.ROADMAP)
    item = next(r for r in demo.roadmap.items() if r.id == stage.record_id)

    moved = demo.roadmap.save(dataclasses.replace(item, deadline=today + timedelta(days=20)))
    again = {d.uid: d for d in demo.deadlines.deadlines()}
    assert again[stage.uid].due_on == today + timedelta(days=20)  # the same entry, moved
    assert stage.uid not in _uids(demo, overdue_only=True)

    demo.roadmap.save(dataclasses.replace(moved, status=RoadmapStatus.DONE.value,
                                          done_on=today))
    assert stage.uid not in _uids(demo)

    finding = next(d for d in demo.deadlines.deadlines() if d.kind == DeadlineKind.FINDING)
    demo.findings.close(finding.record_id, evidence="Исправлено, фото в акте")
    assert finding.uid not in _uids(demo)


def test_a_month_form_is_due_until_it_is_submitted(demo, today, tmp_path):
    forms = [d for d in demo.deadlines.deadlines() if d.kind == DeadlineKind.MONITORING]
    assert [d.title for d in forms] == ["Форма мониторинга за 12.2026"]
    assert forms[0].due_on == date(2027, 1, 5)
    demo.monitoring.export_form(date(2026, 12, 1), tmp_path / "form.xlsx", final=True)
    assert forms[0].uid not in _uids(demo)


def test_the_ics_reads_back_with_stable_uids(demo, today, tmp_path):
    target = tmp_path / "сроки.ics"
    count = demo.deadlines.export_ics(target)
    listed = demo.deadlines.deadlines()
    assert count == len(listed)
    cal = icalendar.Calendar.from_ical(target.read_bytes())
    events = cal.walk("VEVENT")
    by_uid = {str(e["UID"]): e for e in events}
    assert set(by_uid) == {d.uid + "@clusterdesk" for d in listed}
    for d in listed:
        entry = by_uid[d.uid + "@clusterdesk"]
        assert entry.decoded("DTSTART") == d.due_on  # an all-day date, not a moment
        assert d.title in str(entry["SUMMARY"])
    overdue = next(d for d in listed if d.due_on < today)
    assert str(by_uid[overdue.uid + "@clusterdesk"]["SUMMARY"]).startswith("ПРОСРОЧЕНО")

    # written again (a refreshed subscription): the same UIDs, nothing doubled
    demo.deadlines.export_ics(target)
    again = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert sorted(str(e["UID"]) for e in again) == sorted(by_uid)


def test_command_line_lists_and_exports(demo, today, db_url, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CLUSTERDESK_USER", "staff")  # the demo's accounts: password «demo»
    monkeypatch.setenv("CLUSTERDESK_PASSWORD", "demo")
    assert main(["--db", db_url, "list", "deadlines", "--overdue"]) == 0
    lines = capsys.readouterr().out.splitlines()
    overdue = demo.deadlines.deadlines(overdue_only=True)
    assert len(lines) == len(overdue)
    assert all(line.split("\t")[1] == "Просрочено" for line in lines)
    assert lines[0].split("\t")[0] == f"{overdue[0].due_on:%d.%m.%Y}"

    assert main(["--db", db_url, "list", "deadlines", "--days", "7"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == len(demo.deadlines.deadlines(days=7))

    out = tmp_path / "deadlines.ics"
    assert main(["--db", db_url, "export", "deadlines", "--out", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    assert len(icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")) == len(
        demo.deadlines.deadlines())

    wrong = tmp_path / "deadlines.txt"
    assert main(["--db", db_url, "export", "deadlines", "--out", str(wrong)]) == 1
    assert ".ics" in capsys.readouterr().err
    assert not wrong.exists()
    assert main(["--db", db_url, "list", "deadlines", "--days", "-1"]) == 1
    assert "--days" in capsys.readouterr().err


def test_the_form_due_day_is_the_clusters_setting(demo, today):
    from app.services.errors import ValidationError

    assert demo.cluster.monitoring_due_day() == 5
    form = next(d for d in demo.deadlines.deadlines() if d.kind == DeadlineKind.MONITORING)
    with pytest.raises(ValidationError, match="от 1 до 28"):
        demo.cluster.set_monitoring_due_day(31)
    assert demo.cluster.monitoring_due_day() == 5  # refused: nothing changed

    # the data check counts by the same day: on 10.01 December's form is late by the 5th…
    assert demo.data_check.run(date(2027, 1, 10)).count("monitoring.not_submitted") == 1
    demo.cluster.set_monitoring_due_day(15)
    moved = next(d for d in demo.deadlines.deadlines() if d.uid == form.uid)
    assert moved.due_on == date(2027, 1, 15)
    # …and not yet by the 15th
    assert demo.data_check.run(date(2027, 1, 10)).count("monitoring.not_submitted") == 0

