"""The print shop's batch encodes each logo once (issue 19): every file still carries its
pictures (read back with pypdf, alpha masks included), stored binary (no ASCII85), and the
pixels are compressed once per logo, not once per file."""

from __future__ import annotations

from pypdf import PdfReader

from app.services.reports import pdf_images


def _images(path) -> list[dict]:
    """The file's pictures, each once (pages share them by reference)."""
    found = {}
    for page in PdfReader(path).pages:
        xobjects = page["/Resources"].get("/XObject") or {}
        for ref in xobjects.values():
            obj = ref.get_object()
            if obj.get("/Subtype") == "/Image":
                found[ref.idnum] = obj
    return list(found.values())


def test_each_logo_is_encoded_once_per_batch_and_printed_in_every_file(
        services, tmp_path, monkeypatch):
    from app.services.cluster import current_cluster
    from app.services.demo.careers import add_demo_career_maps

    with services.store.sessions.begin() as s:
        add_demo_career_maps(s, current_cluster(s).id)
    made: list[str] = []
    real = pdf_images.PDFImageXObject

    def counted(name, *args, **kwargs):
        made.append(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(pdf_images, "PDFImageXObject", counted)
    result = services.career_map_reports.write_approved(tmp_path / "print", "A3")
    assert result.maps == 3
    per_file = [_images(p) for p in result.files]
    assert all(per_file), "a map lost its logos"
    combined = _images(result.combined)
    # one encoding per picture of the batch: as many as the combined file holds (one copy
    # of each), not one per file it is drawn in
    assert combined and len(made) == len(set(made)) == len(combined)
    assert sum(len(i) for i in per_file) > len(made)  # the pictures are shared by files
    for img in combined:  # binary streams, decodable: not ASCII85 text
        filters = img.get("/Filter")
        assert "/ASCII85Decode" not in (filters if isinstance(filters, list) else [filters])
        assert img.get_data()
