"""Archive quality of every file the «Reports» section writes: each report of the catalogue,
in each of its formats, on the demo cluster.  A PDF names its title, its author (the managing
company, never the program), subject, keywords and language, and refers to no font it does not
embed (pdffonts); a workbook's core properties name the managing company and the report, not
«openpyxl»."""

from __future__ import annotations

import shutil
import subprocess

import openpyxl
import pypdf
import pytest

from app.services import clock
from app.services.cluster import document_author
from app.services.reports import catalog


def _params(services) -> dict:
    params = catalog.default_params(clock.today())
    for need in (catalog.PLAN, catalog.INSPECTION, catalog.CAREER_MAP, catalog.MEETING,
                 catalog.PARTICIPANT):
        params[need] = catalog.choices(services, need)[0].id
    return params


def _unembedded(path) -> list[str]:
    """pdffonts' lines of fonts that are not embedded (Helvetica named but never drawn
    is one of them: archive validators flag it all the same)."""
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                         check=True).stdout.splitlines()[2:]
    return [line for line in out if line.split()[-5] != "yes"]


@pytest.mark.timeout(300)
def test_every_report_names_its_author_title_and_language(demo, tmp_path):
    with demo.store.sessions() as s:
        author = document_author(s)
    assert author and "ClusterDesk" not in author
    params = _params(demo)
    written = 0
    for kind in catalog.REPORTS:
        for fmt in kind.formats:
            if fmt == "docx":
                continue  # Word files: tests/services/test_documents_docx.py
            out = catalog.write_report(demo, kind.key, params, tmp_path / f"{kind.key}.{fmt}")
            where = f"{kind.key}.{fmt}"
            if fmt == "pdf":
                reader = pypdf.PdfReader(str(out))
                info = reader.metadata
                assert info.author == author, where
                assert info.title and info.subject and info.get("/Keywords"), where
                assert reader.trailer["/Root"]["/Lang"] == "ru-RU", where
                if shutil.which("pdffonts"):
                    assert _unembedded(out) == [], where
            else:
                props = openpyxl.load_workbook(out, read_only=True).properties
                assert props.creator == props.lastModifiedBy == author, where
                assert props.title and props.title != "openpyxl", where
                assert props.keywords and props.language == "ru-RU", where
            written += 1
    assert written >= 20
