"""The installer's inputs: the icon in every size it ships in, and one version number."""

from __future__ import annotations

import tomllib
from pathlib import Path

from PIL import Image

import app

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"


def test_icon_ico_carries_every_windows_size():
    with Image.open(ICONS / "clusterdesk.ico") as ico:
        assert ico.info["sizes"] == {(s, s) for s in (16, 24, 32, 48, 64, 128, 256)}


def test_icon_pngs_are_square_and_not_blank():
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(ICONS / f"clusterdesk-{size}.png") as png:
            assert png.size == (size, size)
            colours = png.convert("RGBA").getcolors(maxcolors=size * size)
            assert colours is not None and len(colours) >= 4  # tile, «П», two rung colours


def test_installer_version_is_the_program_version():
    """installer/build.ps1 stamps the setup with pyproject's version; --version prints
    app.__version__; they must agree."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["version"] == app.__version__
