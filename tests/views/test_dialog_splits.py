"""The career map editor, the organization dialog and the checklist template dialog split
along their seams (issue 18): each part stays within the module size target, and the strings
moved into the mixins keep the translation context of the class they came from, so no
translation is lost when the .ts is updated."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app"
sys.path.insert(0, str(ROOT / "scripts"))

import build_translations  # noqa: E402

TARGET = 400
#: module → the translation context every string in it belongs to
PARTS = {
    "views/careers/editor.py": {"CareerMapEditor", "CareerMaps"},
    "views/careers/editor_actions.py": {"CareerMapEditor"},
    "views/participants/organization_dialog.py": {"OrganizationDialog"},
    "views/participants/contacts_tab.py": {"OrganizationDialog"},
    "views/participants/membership_tab.py": {"OrganizationDialog"},
    "views/inspections/template_dialog.py": {"TemplateDialog"},
    "views/inspections/template_tree.py": {"TemplateDialog"},
    "views/inspections/template_pages.py": {"TemplateDialog"},
}


@pytest.mark.parametrize("name", PARTS)
def test_each_part_stays_within_the_target(name):
    assert len((APP / name).read_text(encoding="utf-8").splitlines()) <= TARGET


@pytest.mark.parametrize("name", PARTS)
def test_moved_strings_keep_the_context_of_their_dialog(name, tmp_path):
    ts = tmp_path / "part.ts"
    subprocess.run([build_translations.tool("lupdate"), "-silent", "-locations", "none",
                    str(APP / name), "-ts", str(ts)], check=True)
    contexts = {c.findtext("name") for c in ET.parse(ts).getroot().iter("context")}
    assert contexts and contexts <= PARTS[name]
