"""A real browser: headless Chromium opens the clerk's canned query page of
`ita browse` and the report, takes screenshots, and the Thai must render.

Three checks per page: the text in Chromium's DOM is the database's text;
the fonts the page asks for (fontconfig resolves them, as Chromium does) have
a glyph for every character shown (no tofu); and the product's own Tesseract
reads the Thai words back from the screenshot (tofu boxes read as nothing).
Set ITA_DOCS_SCREENSHOTS=1 to refresh docs/browse_screenshot.png and
docs/report_screenshot.png from the run.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlencode

import pytest

from conftest import REPO, needs
from desk_helpers import PageText, browse, desk_db, english_keys  # noqa: F401 (fixtures)

pytestmark = [needs("chromium"), needs("tesseract"), needs("fc-match")]

THAI = re.compile(r"[\u0E01-\u0E5B]")
CLERK_PARAMS = {"fiscal_year": "2568", "threshold": "85", "province": "มหาสารคาม"}


def font_file(family: str) -> Path:
    """The file fontconfig (and so Chromium) uses for `family`; fails if it substitutes another."""
    found = subprocess.run(["fc-match", "-f", "%{family}|%{file}", family], capture_output=True, text=True,
                           check=True).stdout
    got, path = found.split("|", 1)
    assert family in got.split(","), f"font {family} is not installed (fontconfig gives {got})"
    return Path(path)


def missing_glyphs(text: str, family: str) -> set[str]:
    from fontTools.ttLib import TTFont

    cmap = TTFont(font_file(family), fontNumber=0).getBestCmap()
    return {ch for ch in set(text) if THAI.match(ch) and ord(ch) not in cmap}


def ocr_words_found(png: Path, expected_texts: list[str]) -> float:
    """Share of the Thai words (3+ letters) of expected_texts that Tesseract reads in the screenshot."""
    from pythainlp.tokenize import word_tokenize

    from extractors.ocr import clean_ocr_text, tesseract_png_text

    ocr = re.sub(r"\s+", "", clean_ocr_text(tesseract_png_text(png.read_bytes(), psm=3, dpi=192)))
    words = [w for text in expected_texts for w in word_tokenize(text, keep_whitespace=False)
             if len(w) >= 3 and THAI.search(w)]
    assert len(words) >= 10
    return sum(1 for w in words if w in ocr) / len(words)


def keep_for_docs(png: Path, name: str) -> None:
    if os.environ.get("ITA_DOCS_SCREENSHOTS"):
        shutil.copyfile(png, REPO / "docs" / name)


def test_the_clerks_page_renders_thai_in_chromium(browse, tmp_path):  # noqa: F811
    import httpx

    from desk.chromium import dump_dom, screenshot

    base, db = browse
    url = f"{base}/{db.stem}/below_threshold?{urlencode(CLERK_PARAMS)}"
    rows = [english_keys(r) for r in httpx.get(f"{base}/{db.stem}/below_threshold.json",
                                               params={**CLERK_PARAMS, "_shape": "array"}, timeout=60).json()]
    assert rows
    dom = PageText(dump_dom(url))
    # the DOM holds the database's text, cell for cell
    for row in rows:
        for column in ("unit", "indicator", "measure", "owners"):
            assert row[column] in dom.cells, (column, row[column])
    shown = "".join(dom.text)
    assert "คะแนนต่ำกว่าเกณฑ์" in shown
    css = httpx.get(f"{base}/-/ita/desk.css", timeout=30).text
    family = re.search(r'font-family:\s*"([^"]+)"', css).group(1)
    assert missing_glyphs(shown, family) == set()
    png = screenshot(url, tmp_path / "browse.png", width=1600, height=1000, scale=2)
    found = ocr_words_found(png, ["คะแนนต่ำกว่าเกณฑ์"] + [r["unit"] for r in rows] + [r["measure"] for r in rows])
    assert found >= 0.8, f"Tesseract read only {found:.0%} of the Thai words in the screenshot"
    keep_for_docs(png, "browse_screenshot.png")


def test_the_report_renders_thai_in_chromium(samples_db, tmp_path):
    from desk.chromium import dump_dom, screenshot
    from desk.report import CSS, write_report

    db, _ = samples_db
    html_file = write_report(db, tmp_path / "report.html", fiscal_year=2568)
    url = html_file.resolve().as_uri()
    dom = PageText(dump_dom(url))
    source = PageText(html_file.read_text(encoding="utf-8"))
    assert dom.cells == source.cells and len(dom.cells) > 50
    shown = "".join(dom.text)
    family = re.search(r'body \{ font-family:\s*"([^"]+)"', CSS).group(1)
    assert missing_glyphs(shown, family) == set()
    png = screenshot(url, tmp_path / "report.png", width=1000, height=1400, scale=2)
    heading = next(t for t in dom.text if t.startswith("สรุปผล"))
    indicators = [c for c in dom.cells if THAI.search(c)][:10]
    found = ocr_words_found(png, [heading] + indicators)
    assert found >= 0.8, f"Tesseract read only {found:.0%} of the Thai words in the screenshot"
    keep_for_docs(png, "report_screenshot.png")


def test_the_ocr_check_tells_thai_from_tofu(tmp_path):
    """The same Thai drawn in a tlwg font reads back; drawn in a font without Thai (boxes) it does not."""
    from PIL import Image, ImageDraw, ImageFont

    texts = ["คะแนนต่ำกว่าเกณฑ์", "เทศบาลตำบลเขวาใหญ่", "มาตรการเสริมสร้างการมีส่วนร่วมเกี่ยวกับการใช้จ่ายงบประมาณ",
             "มาตรการส่งเสริมคุณธรรมและความโปร่งใสของหน่วยงาน"]
    latin = Path(subprocess.run(["fc-match", "-f", "%{file}", "DejaVu Sans"], capture_output=True, text=True).stdout)
    if "DejaVu" not in latin.name:
        pytest.skip("DejaVu Sans is not installed")
    found = {}
    for name, font in (("thai", font_file("Loma")), ("tofu", latin)):
        image = Image.new("L", (1800, 400), 255)
        draw = ImageDraw.Draw(image)
        for i, text in enumerate(texts):
            draw.text((20, 20 + 90 * i), text, font=ImageFont.truetype(str(font), 36), fill=0)
        image.save(tmp_path / f"{name}.png")
        found[name] = ocr_words_found(tmp_path / f"{name}.png", texts)
    assert found["thai"] >= 0.8 and found["tofu"] < 0.2, found
    assert missing_glyphs("".join(texts), "DejaVu Sans")  # and the glyph check sees the gap
