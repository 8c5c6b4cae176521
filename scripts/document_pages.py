"""The user guide's pictures of the documents: the first page of every report in every format,
written from the demo database exactly as a user saves it, opened the way its receiver opens
it (a workbook or a Word file converted by LibreOffice, a PDF as it is), drawn with poppler.

    .venv/bin/python scripts/document_pages.py            # every report, every format
    .venv/bin/python scripts/document_pages.py annual     # only the named reports

The pictures go to docs/user-guide/img/documents/<report>-<format>.png; the list of them, with
the report's title, to docs/user-guide/documents.md (regenerated: do not edit by hand).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "user-guide" / "img" / "documents"
GUIDE = ROOT / "docs" / "user-guide" / "documents.md"
WIDTH = 900  # pixels: the page readable in the guide, the file small


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_pdf(path: Path, work: Path) -> Path | None:
    """A PDF of ``path``: itself, or LibreOffice's conversion of a workbook or Word file."""
    if path.suffix == ".pdf":
        return path
    soffice = _soffice()
    if soffice is None:
        return None
    profile = work / "lo-profile"
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(work / "converted"), str(path)],
                   check=True, capture_output=True, timeout=240)
    converted = work / "converted" / (path.stem + ".pdf")
    return converted if converted.exists() else None


def first_page_png(pdf: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    stem = target.with_suffix("")
    subprocess.run(["pdftoppm", "-png", "-f", "1", "-l", "1", "-singlefile",
                    "-scale-to", str(WIDTH), str(pdf), str(stem)], check=True, timeout=120)


def main(only: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance() or QCoreApplication([])
    from app.i18n import install_translators

    install_translators(app, "ru")
    from app.services import Services, open_store
    from app.services.clock import today
    from app.services.reports.catalog import REPORTS, choices, default_params, write_report

    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        services = Services(open_store(f"sqlite:///{(work / 'demo.sqlite3').as_posix()}"))
        services.demo.seed()
        params = default_params(today())
        # the month before: the demo's current month has just begun
        params["month"] = (params["month"].replace(day=1) - timedelta(days=1)).replace(day=1)
        lines = ["# Документы: как они выглядят", "",
                 "Первая страница каждого документа, сохранённого из демонстрационной базы "
                 "(книги Excel и файлы Word — как их откроет и напечатает получатель). "
                 "Картинки делает `scripts/document_pages.py`.", ""]
        made = 0
        for kind in REPORTS:
            if only and kind.key not in only:
                continue
            chosen = dict(params)
            for need in kind.needs:
                if need in chosen:
                    continue
                options = choices(services, need)
                if not options:
                    print(f"skip {kind.key}: nothing to write it for", file=sys.stderr)
                    break
                chosen[need] = options[0].id
            else:
                lines += [f"## {kind.display_title()}", ""]
                for fmt in kind.formats:
                    out = work / f"{kind.key}.{fmt}"
                    write_report(services, kind.key, chosen, out)
                    pdf = to_pdf(out, work)
                    if pdf is None:
                        print(f"skip {out.name}: no LibreOffice to open it", file=sys.stderr)
                        continue
                    picture = OUT / f"{kind.key}-{fmt}.png"
                    first_page_png(pdf, picture)
                    lines += [f"![{kind.display_title()} — {fmt.upper()}]"
                              f"(img/documents/{picture.name})", ""]
                    made += 1
                    print(f"{picture.relative_to(ROOT)}")
        services.close()
    if not only:
        GUIDE.write_text("\n".join(lines), encoding="utf-8")
    print(f"{made} pages drawn")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
