"""Every user-visible string has a Russian translation, and it keeps its placeholders."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMITTED = ROOT / "translations" / "clusterdesk_ru.ts"
sys.path.insert(0, str(ROOT / "scripts"))

import build_translations  # noqa: E402


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    out = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "")] = message.find("translation")
    return out


def test_every_string_in_the_code_is_translated(tmp_path):
    fresh = tmp_path / "fresh.ts"
    build_translations.lupdate(fresh)
    in_code = messages(fresh)
    assert len(in_code) > 100  # the extraction really ran over app/
    committed = messages(COMMITTED)
    missing = [
        f"{ctx}: {src}" for (ctx, src) in in_code
        if (ctx, src) not in committed
        or committed[(ctx, src)] is None
        or committed[(ctx, src)].get("type") in ("unfinished", "obsolete", "vanished")
        or not (committed[(ctx, src)].text or "").strip()
    ]
    assert missing == [], "untranslated strings:\n" + "\n".join(missing)


def test_no_string_outside_a_translation_context():
    # lupdate files a tr() outside a class under an empty context: it would never translate.
    assert all(ctx for ctx, _ in messages(COMMITTED))


def test_translations_keep_placeholders():
    wrong = []
    for (ctx, src), tr in messages(COMMITTED).items():
        want = sorted(re.findall(r"\{\w*\}", src))
        got = sorted(re.findall(r"\{\w*\}", tr.text or ""))
        if want != got:
            wrong.append(f"{ctx}: {src!r} -> {tr.text!r}")
    assert wrong == []


def test_translations_are_russian():
    cyrillic = re.compile("[а-яё]", re.IGNORECASE)
    latin_only = [
        src for (_ctx, src), tr in messages(COMMITTED).items()
        if re.search("[a-z]{3}", re.sub(r"\{\w*\}", "", src))  # words, not placeholders
        and not cyrillic.search(tr.text or "")
        and src not in ("E-mail",)  # the same word in Russian offices
    ]
    assert latin_only == []


def test_release_builds_the_catalogue(tmp_path):
    qm = tmp_path / "ru.qm"
    proc = subprocess.run(
        [build_translations.tool("lrelease"), str(COMMITTED), "-qm", str(qm)],
        capture_output=True, text=True, check=True,
    )
    assert qm.stat().st_size > 1000
    assert "0 unfinished" in proc.stdout
