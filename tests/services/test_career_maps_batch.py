"""The print shop's batch of career maps does each piece of work once: every file carries
the same font subsets (compressed once), and the combined file's pages are the same PDF code
as the single files' (drawn once, replayed).  Read back from the files with pypdf."""

from __future__ import annotations

from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from app.services.reports.career_batch import SharedBatch
from app.services.reports.career_page import Page
from app.services.reports.pdf import FONT, FONT_BOLD, register_fonts
from app.services.reports.pdf_images import SharedImages
from tests.services.test_career_maps_print import pdftotext, squash


def _batch(services, tmp_path):
    from app.services.cluster import current_cluster
    from app.services.demo.careers import add_demo_career_maps

    with services.store.sessions.begin() as s:
        add_demo_career_maps(s, current_cluster(s).id)  # three different maps
    return services.career_map_reports.write_approved(tmp_path / "print", "A3")


def _font_files(path) -> dict[str, bytes]:
    """Each embedded face's font file, as stored (compressed), by face name."""
    out = {}
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            for descendant in [font, *[d.get_object() for d in font.get("/DescendantFonts", [])]]:
                descriptor = descendant.get("/FontDescriptor")
                if descriptor is None:
                    continue
                stream = descriptor.get_object()["/FontFile2"].get_object()
                face = str(descendant["/BaseFont"]).split("+", 1)[-1]
                out.setdefault(face, set()).add(stream._data)
    return out


def test_every_file_of_a_batch_embeds_the_same_font_subsets(services, tmp_path):
    result = _batch(services, tmp_path)
    faces: dict[str, set[bytes]] = {}
    for path in [*result.files, result.combined]:
        for face, data in _font_files(path).items():
            faces.setdefault(face, set()).update(data)
    assert faces and "PTSans-Regular" in " ".join(faces)
    # one subset a face for the 4 files (before: each map's own characters, own subset)
    assert all(len(data) == 1 for data in faces.values()), {f: len(d) for f, d in faces.items()}


def test_combined_pages_are_the_single_files_pages(services, tmp_path):
    result = _batch(services, tmp_path)
    combined = PdfReader(result.combined)
    singles = {PdfReader(p).pages[0].get_contents().get_data(): p for p in result.files}
    assert len(singles) == 3
    for number, page in enumerate(combined.pages, start=1):
        path = singles.get(page.get_contents().get_data())
        assert path is not None, f"page {number} of the combined file is drawn otherwise"
        assert squash(pdftotext(path)) in squash(pdftotext(result.combined))


def _page(canvas: Canvas, text: str, batch: SharedBatch, page: Page) -> None:
    canvas.setFont(FONT_BOLD, 10)
    canvas.drawString(10, 10, text)
    batch.record(canvas, page)


def test_a_page_is_not_replayed_where_its_characters_are_numbered_otherwise(tmp_path):
    register_fonts()
    page = Page(100, 100, None)
    batch = SharedBatch({})  # no common numbering: each document numbers as it draws
    first = Canvas(str(tmp_path / "a.pdf"), initialFontName=FONT)
    _page(first, "АБ", batch, page)
    other = Canvas(str(tmp_path / "b.pdf"), initialFontName=FONT)
    other.setFont(FONT_BOLD, 10)
    other.drawString(0, 0, "Б")  # «Б» gets the number «А» had in the first document
    other.showPage()
    assert not batch.replay(other, page, SharedImages())
    assert other._code == [] and batch.replayed == 0

    seeded = SharedBatch({FONT_BOLD: "АБ"})
    one, two = (Canvas(str(tmp_path / n), initialFontName=FONT) for n in ("c.pdf", "d.pdf"))
    seeded.prepare(one)
    _page(one, "АБ", seeded, page)
    seeded.prepare(two)  # the same numbering: the code is valid there as it is
    assert seeded.replay(two, page, SharedImages()) and two._code == one._code


def test_a_batch_reads_its_maps_in_a_bounded_number_of_queries(services, tmp_path):
    """Every map's steps, employers, tools, logos and approval are read for the whole batch
    at once (before: 8 queries a map)."""
    from sqlalchemy import event

    from app.services.cluster import current_cluster
    from app.services.demo.careers import add_demo_career_maps

    def counted() -> tuple[int, int]:
        statements: list[str] = []

        def seen(conn, cursor, statement, *rest):
            statements.append(statement)

        engine = services.store.engine
        event.listen(engine, "before_cursor_execute", seen)
        try:
            result = services.career_map_reports.write_approved(tmp_path / "print", "A3")
        finally:
            event.remove(engine, "before_cursor_execute", seen)
        return result.maps, len(statements)

    with services.store.sessions.begin() as s:
        add_demo_career_maps(s, current_cluster(s).id)
    three = counted()
    with services.store.sessions.begin() as s:
        add_demo_career_maps(s, current_cluster(s).id)
    six = counted()
    assert (three[0], six[0]) == (3, 6)
    assert six[1] == three[1], (three, six)
