"""Word files for what people edit before signing: the partnership agreement with a
participant, an event plan with its approval block, a council's protocol.  Each is opened
with python-docx (what Word reads) and converted by LibreOffice to PDF, whose text and fonts
poppler reads back."""

from __future__ import annotations

import shutil
import subprocess

import docx
import pytest

from app.bootstrap import main
from app.services.errors import ValidationError


def _text(path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def _employer(demo):
    return next(r for r in demo.participants.list_organizations()
                if r.is_member and r.role == "employer")


def _managing_name(demo) -> str:
    return demo.agreements.agreement_data(_employer(demo).id).managing.full_name


def test_the_agreement_is_filled_in_from_the_register(demo, tmp_path):
    org = _employer(demo)
    cluster = demo.cluster.get()
    out = demo.agreements.agreement(org.id, tmp_path / "соглашение.docx")
    text = _text(out)
    assert f"СОГЛАШЕНИЕ О ПАРТНЁРСТВЕ № {org.agreement_no}" in text
    assert org.full_name in text and f"ИНН: {org.inn}" in text
    assert cluster.name in text
    assert "работодатель" in text  # the role, and the employer's own duties
    assert "демонстрационном экзамене" in text
    assert f"{cluster.programme_end:%d.%m.%Y}" in text  # the term: the programme's end
    assert "Реквизиты и подписи Сторон" in text
    props = docx.Document(str(out)).core_properties
    assert props.author == _managing_name(demo) and "ClusterDesk" not in props.author
    assert props.title.startswith("СОГЛАШЕНИЕ О ПАРТНЁРСТВЕ")
    assert props.language == "ru-RU"


def test_the_agreement_refuses_what_it_cannot_be(demo, tmp_path):
    org = _employer(demo)
    with pytest.raises(ValidationError, match=r"\.docx"):
        demo.agreements.agreement(org.id, tmp_path / "соглашение.pdf")
    assert not (tmp_path / "соглашение.pdf").exists()
    managing = next(r for r in demo.participants.list_organizations()
                    if r.full_name == _managing_name(demo))
    with pytest.raises(ValidationError, match="сама с собой"):
        demo.agreements.agreement(managing.id, tmp_path / "сам.docx")
    assert not (tmp_path / "сам.docx").exists()


def test_plan_and_protocol_as_word(demo, tmp_path):
    plan = next(p for p in demo.events.plans() if p.approved)
    events = demo.events.events(plan_id=plan.id)
    out = tmp_path / "план.docx"
    assert demo.event_reports.plan_report(plan.id, out) == len(events)
    text = _text(out)
    assert "УТВЕРЖДЕНО" in text and plan.title in text
    assert all(e.title in text for e in events)
    table = docx.Document(str(out)).tables[0]
    assert "w:tblHeader" in table.rows[0]._tr.xml  # the header row repeats on every page

    meeting = demo.governance.meetings()[0]
    decisions = demo.governance.decisions(meeting_id=meeting.id)
    out = demo.protocols.protocol(meeting.id, tmp_path / "протокол.docx")
    text = _text(out)
    assert f"ПРОТОКОЛ № {meeting.number}" in text
    assert all(demo.governance.decision(d.id).text in text for d in decisions)
    assert "Председатель" in text and "Секретарь" in text
    # the same parts as the PDF: heard, spoke (to fill in), decided, the vote or its absence
    agenda = demo.governance.meeting(meeting.id).agenda
    assert text.count("СЛУШАЛИ:") == len(agenda) and "ВЫСТУПИЛИ:" in text
    assert "Голосование не записано." in text or "Голосовали:" in text


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_converts_the_word_files(demo, tmp_path):
    org = _employer(demo)
    files = [demo.agreements.agreement(org.id, tmp_path / "agreement.docx"),
             demo.protocols.protocol(demo.governance.meetings()[0].id, tmp_path / "protocol.docx")]
    plan = next(p for p in demo.events.plans() if p.approved)
    demo.event_reports.plan_report(plan.id, tmp_path / "plan.docx")
    files.append(tmp_path / "plan.docx")
    out = tmp_path / "pdf"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless",
                    "--convert-to", "pdf", "--outdir", str(out), *map(str, files)],
                   check=True, capture_output=True, timeout=240)
    for source in files:
        pdf = out / (source.stem + ".pdf")
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert text.strip()
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                               check=True).stdout.splitlines()[2:]
        assert fonts and all(" yes " in line for line in fonts)  # every font embedded
    agreement = subprocess.run(["pdftotext", str(out / "agreement.pdf"), "-"],
                               capture_output=True, text=True, check=True).stdout
    assert "СОГЛАШЕНИЕ О ПАРТНЁРСТВЕ" in agreement and org.inn in agreement


def test_command_line_writes_the_agreement(demo, db_url, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CLUSTERDESK_USER", "staff")
    monkeypatch.setenv("CLUSTERDESK_PASSWORD", "demo")
    org = _employer(demo)
    out = tmp_path / "соглашение.docx"
    assert main(["--db", db_url, "report", "agreement", "--id", org.inn, "--out", str(out)]) == 0
    assert org.full_name in _text(out)
    assert main(["--db", db_url, "report", "agreement", "--id", "0000000000",
                 "--out", str(tmp_path / "x.docx")]) == 2
    assert "0000000000" in capsys.readouterr().err
    assert main(["--db", db_url, "report", "agreement", "--id", org.inn,
                 "--out", str(tmp_path / "x.pdf")]) == 1
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.docx").exists()
