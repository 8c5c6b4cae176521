"""Career maps: the salary rule, completeness, approval and its lock, editions, logos."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from PIL import Image

from app.services.careers import (
    CareerMapData,
    EmployerData,
    MapStatus,
    StepData,
    ToolData,
)
from app.services.errors import ConflictError, PermissionDenied, ValidationError
from app.services.governance_codes import DecisionSubject
from app.services.permissions import Actor, Role
from tests.council_decisions import council_decision

YESTERDAY = date.today() - timedelta(days=1)


def sample(code: str = "15.02.16", **changes) -> CareerMapData:
    data = CareerMapData(
        code=code, profession="Технология машиностроения", kind="specialty",
        college="БПОУ ВО «ЧМК»", industry="Машиностроение",
        geography="Череповец, Вологда", contacts="+7 (8202) 55-12-34",
        website="opc.example.ru",
        steps=[
            StepData("Оператор станков с ЧПУ", "Обработка деталей", "Опыт 1 год",
                     45_000, 70_000, 55_000),
            StepData("Техник-технолог", "Техпроцессы", "Вуз заочно", 55_000, 85_000, 68_000,
                     [3, 4]),
            StepData("Инженер-технолог", "", "", 75_000, 115_000, 92_000, [5]),
            StepData("Мастер участка", "", "", 70_000, 105_000, 86_000),
            StepData("Начальник бюро", "", "", 110_000, 170_000, 135_000),
        ],
        employers=[EmployerData("АО «ВОМЗ»"), EmployerData("ООО «ЧСЗ»")],
        tools=[ToolData("college", "Портфолио", "Цифровой паспорт компетенций"),
               ToolData("employer", "Наставничество"),
               ToolData("region", "Выплата молодым специалистам", "До 100 000 ₽")])
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def png_bytes(size=(120, 60), colour="#1F5C99", mode="RGB", fmt="PNG") -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, colour).save(out, fmt)
    return out.getvalue()


SVG = (b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100">'
       b'<rect width="200" height="100" rx="10" fill="#2E8B7A"/></svg>')


def decided(services, number: str = "3", day: date = YESTERDAY):
    """The regional council's decision (No. ``number`` of ``day``) to approve a map."""
    return council_decision(services, DecisionSubject.CAREER_MAP, number, day)


def approved(services, data=None):
    saved = services.career_maps.save(data or sample())
    sent = services.career_maps.send(saved.id, saved.version)
    return services.career_maps.approve(sent.id, sent.version, decided(services))


# ---- the salary rule -----------------------------------------------------------------------
@pytest.mark.parametrize(("low", "high", "avg"), [
    (80_000, 60_000, 70_000),  # min > max
    (45_000, 80_000, 90_000),  # avg > max
    (45_000, 80_000, 40_000),  # avg < min
])
def test_salary_must_read_min_avg_max(services, low, high, avg):
    data = sample()
    data.steps[1] = StepData("Техник-технолог", salary_min=low, salary_max=high,
                             salary_avg=avg)
    with pytest.raises(ValidationError) as err:
        services.career_maps.save(data)
    assert set(err.value.errors) == {"steps.2.salary"}


def test_salary_equal_bounds_and_no_salary_are_fine(services):
    data = sample()
    data.steps[0] = StepData("Ученик оператора", salary_min=40_000, salary_max=40_000,
                             salary_avg=40_000)
    data.steps[2] = StepData("Инженер-технолог", leads_to=[5])
    saved = services.career_maps.save(data)
    assert saved.steps[0].salary_avg == 40_000
    assert saved.steps[2].salary_min is saved.steps[2].salary_avg is None


def test_half_a_salary_and_nonsense_are_refused(services):
    data = sample()
    data.steps[0] = StepData("Оператор", salary_min=40_000, salary_avg=None, salary_max=None)
    data.steps[3] = StepData("Мастер", salary_min=-5, salary_max=10, salary_avg=5)
    with pytest.raises(ValidationError) as err:
        services.career_maps.save(data)
    assert "steps.1.salary" in err.value.errors
    assert "steps.4.salary_min" in err.value.errors


def test_other_fields_are_checked(services):
    data = sample(code="15-02-16", website="not a url", profession=" ")
    data.steps[1].leads_to = [1]  # backwards
    data.tools.append(ToolData("nowhere", "x"))
    with pytest.raises(ValidationError) as err:
        services.career_maps.save(data)
    assert {"code", "website", "profession", "steps.2.leads_to", "tools.4.group"} <= set(
        err.value.errors)


def test_save_and_read_back_with_a_fork(services):
    saved = services.career_maps.save(sample())
    assert saved.website == "https://opc.example.ru"
    assert [s.leads_to for s in saved.steps] == [[2], [3, 4], [5], [5], []]
    assert [e.name for e in saved.employers] == ["АО «ВОМЗ»", "ООО «ЧСЗ»"]
    rows = services.career_maps.maps()
    assert [(r.code, r.steps, r.status) for r in rows] == [("15.02.16", 5, "draft")]


def test_stale_version_is_a_conflict(services):
    saved = services.career_maps.save(sample())
    services.career_maps.save(saved)
    with pytest.raises(ConflictError):
        services.career_maps.save(saved)  # version moved on


def test_one_map_per_code_and_college(services):
    services.career_maps.save(sample())
    with pytest.raises(ValidationError) as err:
        services.career_maps.save(sample())
    assert "code" in err.value.errors
    services.career_maps.save(sample(college="БПОУ ВО «ВПТ»"))  # another college: fine


# ---- approval ------------------------------------------------------------------------------
def test_an_incomplete_map_is_not_sent(services):
    saved = services.career_maps.save(sample(steps=[StepData("Оператор")], employers=[],
                                             tools=[]))
    with pytest.raises(ValidationError) as err:
        services.career_maps.send(saved.id, saved.version)
    assert {"steps", "steps.1.salary", "employers", "tools"} <= set(err.value.errors)


def test_approval_locks_the_map(services):
    m = approved(services)
    assert (m.status, m.protocol_no, m.approved_on) == ("approved", "3", YESTERDAY)
    assert m.approved_by == "Регионального наблюдательного совета"  # from the register
    with pytest.raises(ValidationError) as err:
        services.career_maps.save(m)
    assert "status" in err.value.errors
    with pytest.raises(ValidationError):
        services.career_maps.put_logo(m.id, "college", "logo.png", png_bytes())
    with pytest.raises(ValidationError):
        services.career_maps.delete(m.id)
    assert services.career_maps.get(m.id).steps[0].titles == "Оператор станков с ЧПУ"


def test_a_sent_map_is_locked_until_returned(services):
    saved = services.career_maps.save(sample())
    sent = services.career_maps.send(saved.id, saved.version)
    with pytest.raises(ValidationError):
        services.career_maps.save(sent)
    back = services.career_maps.return_to_draft(sent.id, sent.version)
    back.industry = "Станкостроение"
    assert services.career_maps.save(back).industry == "Станкостроение"


def test_approval_needs_a_decision_of_a_held_meeting(services):
    saved = services.career_maps.save(sample())
    with pytest.raises(ValidationError) as err:  # no decision chosen
        services.career_maps.approve(saved.id, saved.version, None)
    assert set(err.value.errors) == {"decision_id"}
    with pytest.raises(ValidationError) as err:  # a draft, not sent
        services.career_maps.approve(saved.id, saved.version, decided(services))
    assert set(err.value.errors) == {"status"}
    sent = services.career_maps.send(saved.id, saved.version)
    ahead = decided(services, "4", date.today() + timedelta(days=3))
    with pytest.raises(ValidationError) as err:
        services.career_maps.approve(sent.id, sent.version, ahead)
    assert set(err.value.errors) == {"decision_id"}
    assert services.career_maps.get(sent.id).status == MapStatus.SENT  # nothing changed


def test_a_new_edition_is_a_new_version(services):
    draft = services.career_maps.save(sample())
    services.career_maps.put_logo(draft.id, "federal", "fp.svg", SVG)
    services.career_maps.put_logo(draft.id, "employer", "e.png", png_bytes(),
                                  employer_id=draft.employers[1].id)
    draft = services.career_maps.get(draft.id)
    sent = services.career_maps.send(draft.id, draft.version)
    first = services.career_maps.approve(sent.id, sent.version, decided(services))
    second = services.career_maps.new_edition(first.id)
    assert set(second.logos) == {"federal"} and second.employers[1].logo is not None
    assert second.logos["federal"].id != first.logos["federal"].id  # its own copy
    assert (second.status, second.edition, second.previous_id) == ("draft", 2, first.id)
    assert second.id != first.id
    assert [s.titles for s in second.steps] == [s.titles for s in first.steps]
    with pytest.raises(ValidationError):
        services.career_maps.new_edition(first.id)  # one edition at a time
    second.steps[0].salary_max = 75_000
    second = services.career_maps.save(second)
    sent = services.career_maps.send(second.id, second.version)
    services.career_maps.approve(sent.id, sent.version, decided(services, "7"))
    assert services.career_maps.get(first.id).status == MapStatus.SUPERSEDED
    assert services.career_maps.get(first.id).steps[0].salary_max == 70_000  # untouched
    assert [(r.edition, r.status) for r in services.career_maps.maps()] == [(2, "approved")]
    assert len(services.career_maps.maps(include_superseded=True)) == 2


# ---- logos ---------------------------------------------------------------------------------
def test_logos_from_png_jpeg_and_svg(services, tmp_path):
    saved = services.career_maps.save(sample())
    (tmp_path / "fp.png").write_bytes(png_bytes(mode="RGBA", colour=(31, 92, 153, 200)))
    (tmp_path / "college.jpg").write_bytes(png_bytes((300, 300), fmt="JPEG"))
    (tmp_path / "vomz.svg").write_bytes(SVG)
    fed = services.career_maps.import_logo(saved.id, "federal", tmp_path / "fp.png")
    college = services.career_maps.import_logo(saved.id, "college", tmp_path / "college.jpg")
    employer = services.career_maps.import_logo(saved.id, "employer", tmp_path / "vomz.svg",
                                                employer_id=saved.employers[0].id)
    assert (college.content_type, employer.content_type) == ("image/jpeg", "image/svg+xml")
    assert employer.width == 1000 and employer.height == 500  # the SVG's aspect kept
    for info in (fed, college, employer):
        png = services.career_maps.logo_png(info.id)
        assert png.startswith(b"\x89PNG")
    data = services.career_maps.get(saved.id)
    assert set(data.logos) == {"federal", "college"}
    assert data.employers[0].logo.id == employer.id
    # replacing a logo keeps one; dropping an employer drops its logo
    services.career_maps.import_logo(saved.id, "federal", tmp_path / "college.jpg")
    assert services.career_maps.get(saved.id).logos["federal"].content_type == "image/jpeg"
    data.employers = data.employers[1:]
    after = services.career_maps.save(data)
    assert [e.name for e in after.employers] == ["ООО «ЧСЗ»"]


@pytest.mark.parametrize(("name", "content"), [
    ("logo.png", b"not a picture at all"),
    ("logo.svg", b"<svg xmlns='http://www.w3.org/2000/svg'><unclosed"),
    ("logo.gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"),
    ("logo.svgz", b"\x1f\x8b\x08\x00"),
])
def test_what_is_not_a_logo_is_refused(services, name, content):
    saved = services.career_maps.save(sample())
    with pytest.raises(ValidationError) as err:
        services.career_maps.put_logo(saved.id, "industry", name, content)
    assert "logo" in err.value.errors


def test_council_reads_but_does_not_write(services):
    saved = services.career_maps.save(sample())
    council = type(services)(services.store, Actor("член совета", Role.COUNCIL))
    assert council.career_maps.get(saved.id).code == "15.02.16"
    with pytest.raises(PermissionDenied):
        council.career_maps.save(sample(code="15.01.05"))
    with pytest.raises(PermissionDenied):
        council.career_maps.approve(saved.id, saved.version, decided(services, "1"))


def test_demo_maps(services):
    from app.services.cluster import current_cluster
    from app.services.demo.careers import add_demo_career_maps

    with services.store.sessions.begin() as s:
        ids = add_demo_career_maps(s, current_cluster(s).id)
    rows = services.career_maps.maps(status="approved")
    assert len(rows) == 3 and {r.id for r in rows} == set(ids)
    for row in rows:
        data = services.career_maps.get(row.id)
        assert set(data.logos) == {"federal", "industry", "college"}
        assert all(e.logo is not None for e in data.employers)
        assert {t.group for t in data.tools} == {"college", "employer", "region"}
        assert any(len(s.leads_to) > 1 for s in data.steps) or row.code == "15.01.05"


def test_svg_without_a_gui_application_is_refused_not_a_crash(tmp_path):
    """The command line runs a QCoreApplication: Qt would abort drawing an SVG's text."""
    import subprocess
    import sys

    script = (
        "import os\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "app = QCoreApplication([])\n"
        "from app.services.career_images import logo_picture\n"
        "from app.services.demo.careers import svg_logo, mark_logo\n"
        "from app.services.errors import ValidationError\n"
        "try:\n"
        "    logo_picture('x.svg', svg_logo('ЧСЗ', '#B3261E'))\n"
        "except ValidationError as exc:\n"
        "    print('refused', list(exc.errors))\n"
        "print(logo_picture('x.png', mark_logo('ЧСЗ', '#B3261E')).width)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60, cwd=str(__import__("pathlib").Path(__file__).parents[2]))
    assert done.returncode == 0, done.stderr
    assert "refused ['logo']" in done.stdout
