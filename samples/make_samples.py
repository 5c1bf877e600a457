#!/usr/bin/env python3
"""Build the sample ITA reports in ``samples/`` from the five seed texts.

For every seed this writes

* ``samples/s00N_<slug>.docx`` - a Word report with Heading styles, body
  paragraphs, bullet lists and real Word tables, Thai font Laksaman (the TH
  Sarabun New clone) on both the Latin and the complex-script run properties,
  A4 pages;
* ``samples/s00N_<slug>.pdf`` - the same report exported by LibreOffice;
* ``samples/reference/s00N_<slug>.txt`` - exactly the text written into the
  .docx in body order, one non-empty paragraph (or table-cell paragraph) per
  line.  List bullets are numbering, not text, so they are not in it.

The seed text is kept verbatim (typos and inconsistencies included); only
extraction debris is dropped: image file names, markdown markers (``#``,
``**``, pipe-table syntax, list dashes, backslash escapes) and the ``<p>`` /
``<ul>`` tags that mark paragraphs inside table cells.

Seed conventions (see ``parse_seed``):

* a line containing a tab is a table row (cells split on tabs);
* a tab-led row that follows a blank line after a table continues the last
  row of that table (a row split by a page break): its cells are appended to
  the cells above and the table goes on;
* ``| a | b |`` lines are a markdown table;
* an empty cell after the last non-empty cell(s) of a heading-like row
  (only one non-empty cell, or two or more trailing empty cells) is a
  horizontally merged cell and becomes a ``gridSpan``.

Usage (from the repo root; regenerating needs LibreOffice, using the outputs
does not)::

    uv run python samples/make_samples.py            # docx + pdf + reference
    uv run python samples/make_samples.py --no-pdf   # skip LibreOffice
    uv run python samples/make_samples.py --check    # PDF text vs reference
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section
from docx.shared import Cm, Mm, Pt
from docx.styles.style import BaseStyle
from docx.table import _Cell, _Row

HERE = Path(__file__).resolve().parent
DEFAULT_SEEDS = Path("/work/shared/seeds")
FONT = "Laksaman"
BODY_PT = 16
TABLE_PT = 14
# Fixed metadata so that re-running does not churn git.
FIXED_TIME = dt.datetime(2025, 1, 1, 0, 0, 0, tzinfo=dt.timezone.utc)
ZIP_TIME = (2025, 1, 1, 0, 0, 0)
AUTHOR = "ita-pipeline samples"


# --------------------------------------------------------------------------
# Document model
# --------------------------------------------------------------------------


@dataclass
class Run:
    text: str
    bold: bool = False


@dataclass
class Para:
    runs: list[Run]
    bullet: bool = False
    style: str | None = None  # Word paragraph style; None = body text
    align: str | None = None  # "center" | "signature" | None
    page_break: bool = False
    space_before: float | None = None  # points
    landscape: bool | None = None  # start a new section before this paragraph

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass
class Cell:
    paras: list[str]
    span: int = 1

    @property
    def empty(self) -> bool:
        return not any(p.strip() for p in self.paras)


@dataclass
class Table:
    rows: list[list[Cell]] = field(default_factory=list)

    @property
    def ncols(self) -> int:
        return max((sum(c.span for c in r) for r in self.rows), default=0)


Block = Para | Table


# --------------------------------------------------------------------------
# Per-sample layout: which lines are headings, centred, start a page...
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    """Layout for body lines matching ``key``.

    ``key`` is compared with the cleaned line text: exact match, or a prefix
    match when it ends with ``…``.
    """

    key: str
    style: str | None = None
    align: str | None = None
    page_break: bool = False
    space_before: float | None = None
    landscape: bool | None = None

    def matches(self, text: str) -> bool:
        if self.key.endswith("…"):
            return text.startswith(self.key[:-1])
        return text == self.key


@dataclass(frozen=True)
class Spec:
    seed: str  # seed file name prefix, "000".."004"
    stem: str  # output file stem
    markdown: bool  # seed uses markdown (list dashes are markers, not text)
    rules: tuple[Rule, ...]


H1, H2, H3 = "Heading 1", "Heading 2", "Heading 3"


def _title(
    key: str, *, page_break: bool = False, space_before: float | None = None
) -> Rule:
    """A centred Heading 1 title / cover line."""
    return Rule(key, style=H1, align="center", page_break=page_break, space_before=space_before)


SPECS: tuple[Spec, ...] = (
    Spec(
        "000",
        "s000_kpi_report_police_mahasarakham",
        markdown=True,
        rules=(
            _title("รายงานผลการปฏิบัติราชการตามคำรับรองการปฏิบัติราชการ (รายตัวชี้วัด)…"),
            Rule("ตัวชี้วัดที่ ๑.๓ ร้อยละของหน่วยงาน…", style=H2),
            Rule("การคำนวณคะแนนจากผลการดำเนินงาน:", style=H2),
            Rule("คำชี้แจงการปฏิบัติงาน/มาตรการที่ได้ดำเนินการ", style=H2),
            Rule("ปัจจัยสนับสนุนต่อการดำเนินงาน:", style=H2),
            Rule("อุปสรรคต่อการดำเนินงาน:", style=H2),
            Rule("หลักฐานอ้างอิง:", style=H2),
        ),
    ),
    Spec(
        "001",
        "s001_measures_police_station_chanthra",
        markdown=True,
        rules=(
            # cover page
            _title("มาตรการยกระดับคุณธรรมและความโปร่งใส", space_before=150),
            _title("ภายในหน่วยงาน"),
            _title("ประจำปีงบประมาณ ๒๕๖๘"),
            _title("สถานีตำรวจภูธรจันทรา", space_before=120),
            # order (คำสั่ง) appointing the ITA committee
            Rule("สถานีตำรวจภูธรจังหวัด", style=H2, align="center", page_break=True),
            Rule("ที่ ๒๖ /๒๕๖๘", align="center"),
            Rule("เรื่อง แต่งตั้งคณะกรรมการขับเคลื่อน…", align="center"),
            Rule("อำนาจหน้าที่", style=H3),
            Rule("สั่ง ณ วันที่ ๘ มกราคม พ.ศ. ๒๕๖๘", align="signature"),
            Rule("พันตำรวจเอก", align="signature"),
            Rule("(ศักดิ์สิทธิ์ ศรีม่วงงาม)", align="signature"),
            Rule("ผู้กำกับการสถานีตำรวจภูธรจังหวัด", align="signature"),
            # the measures proper
            _title("มาตรการการยกระดับคุณธรรมและความโปร่งใสภายในหน่วยงาน", page_break=True),
            _title("ของสถานีตำรวจภูธรจังหวัด"),
            _title("ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"),
            Rule("๒. การศึกษาและวิเคราะห์กรอบการประเมิน…", style=H2),
            Rule("แนวทางการยกระดับคุณธรรมและความโปร่งใสภายในหน่วยงาน", style=H2, align="center", page_break=True),
            Rule("๑) การพัฒนาระดับการให้บริการ/OneStopService", style=H3),
            Rule("๒) การสื่อสาร บทบาทภารกิจและผลการปฏิบัติงานของสถานีตำรวจนครบาล…", style=H3),
            Rule("๓) การเผยแพร่ข้อมูลสาธารณะ (OIT) ตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ", style=H3),
            Rule("มาตรการ/กิจกรรม ในการเตรียมความพร้อมรับการประเมิน…", style=H2, landscape=True),
            Rule("▪ …", style=H3),
            Rule("ปฏิทินการประเมินคุณธรรมและความโปร่งใส…", style=H2, align="center", page_break=True),
            Rule("(Integrity & Transparency Assessment : ITA) ของสถานีตำรวจภูธรจังหวัด…", style=H2, align="center"),
            # meeting photo page
            Rule("การประชุมชี้แจงของ ผกก.…", style=H2, align="center", landscape=False),
            Rule("รับทราบ และร่วม ปฏิบัติตามมาตรการ…", style=H2, align="center"),
            Rule("การตรวจสอบประจำปีงบประมาณ ๒๕๖๘", style=H2, align="center"),
            Rule("วันที่ ๙ ม.ค.๖๘ ณ สภ.จังหวัด", style=H2, align="center"),
        ),
    ),
    Spec(
        "002",
        "s002_analysis_khwao_yai_municipality",
        markdown=True,
        rules=(
            _title("การนำผลการประเมินคุณธรรมและความโปร่งใส", space_before=150),
            _title("ในการดำเนินงานของหน่วยงานภาครัฐ"),
            _title("ประจำปีงบประมาณ ๒๕๖๘ ไปสู่การพัฒนาองค์กร"),
            _title("เทศบาลตำบลเขวาใหญ่", space_before=120),
            Rule("อำเภอกันทรวิชัย จังหวัดมหาสารคาม", style=H2, align="center"),
            Rule("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน…", style=H2, align="center", page_break=True),
            Rule("ผลการประเมินรายเครื่องมือ", style=H3),
            Rule("ผลการประเมินในภาพรวมย้อนหลัง", style=H3),
            Rule("ผลการประเมินรายเครื่องมือย้อนหลัง", style=H3),
            Rule("แสดงการวิเคราะห์การประเมินคุณธรรม…", style=H2, align="center", page_break=True),
            Rule("ประจำปีงบประมาณ พ.ศ.๒๕๖๘ ของ เทศบาลตำบลเขวาสินรินทร์", style=H2, align="center"),
            Rule("ตัวชี้วัดที่ …", style=H3),
            Rule("ตารางแสดงผลการวิเคราะห์ไปสู่การปรับปรุง หรือพัฒนาองค์กร", style=H2, align="center", landscape=True),
        ),
    ),
    Spec(
        "003",
        "s003_meeting_summary_moi_permanent_secretary",
        markdown=False,
        rules=(
            Rule("ส่วนที่…", style=H2),
            Rule("-ตัวชี้วัดที่ 1 การปฎิบัติหน้าที่", style=H3),
            Rule("-ตัวชี้วัดที่ 2 การใช้งบประมาณ", style=H3),
            Rule("ตัวชี้วัดที่ …", style=H3),
        ),
    ),
    Spec(
        "004",
        "s004_measures_samut_prakan_province",
        markdown=True,
        rules=(
            Rule("จังหวัดสมุทรปราการ", align="center"),
            Rule("๐๒ ๗๐๒ ๕๐๒๑ - ๔", align="center"),
            Rule("*****", align="center"),
        ),
    ),
)


# --------------------------------------------------------------------------
# Seed parsing
# --------------------------------------------------------------------------

IMAGE_RE = re.compile(r"^\S+\.(?:jpe?g|png|gif|bmp|tiff?|emf|wmf)$", re.I)
PIPE_RE = re.compile(r"^(?:-\s+)?\|")
PIPE_SEP_RE = re.compile(r"^\|?[\s:|-]*-{3,}[\s:|-]*$")
MD_HEADING_RE = re.compile(r"^(#{1,6})\s+(.*)$")
BULLET_RE = re.compile(r"^-\s+(.*)$")
MD_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")
TAG_RE = re.compile(r"<(/?)([a-zA-Z]+)[^>]*>")
PUA_BASE = 0xF0000  # placeholders for escaped markdown characters


def unescape_markdown(text: str) -> str:
    """Turn ``\\*`` style escapes into placeholders ``restore_escapes`` undoes."""
    return MD_ESCAPE_RE.sub(lambda m: chr(PUA_BASE + ord(m.group(1))), text)


def restore_escapes(text: str) -> str:
    return "".join(chr(ord(c) - PUA_BASE) if ord(c) >= PUA_BASE else c for c in text)


def parse_runs(text: str, bold: bool) -> tuple[list[Run], bool]:
    """Split ``**bold**`` markup into runs; ``bold`` carries over lines."""
    runs: list[Run] = []
    for i, piece in enumerate(text.split("**")):
        if i:
            bold = not bold
        piece = restore_escapes(piece)
        if piece:
            runs.append(Run(piece, bold))
    if runs:
        runs[0].text = runs[0].text.lstrip()
        runs[-1].text = runs[-1].text.rstrip()
    return [r for r in runs if r.text], bold


def split_list_items(segment: str) -> list[str]:
    """Items of a ``<ul style="list-style-type: none">`` block.

    The dashes are typed text (the list has no bullets), so they stay; each
    item becomes its own paragraph.
    """
    return [s.strip() for s in re.split(r"\s+(?=-)", segment) if s.strip()]


def parse_cell(raw: str) -> list[str]:
    """A table cell as paragraphs: ``<p>``/``<ul>`` tags separate paragraphs."""
    paras: list[str] = []
    in_list = False
    pos = 0

    def emit(segment: str) -> None:
        segment = restore_escapes(unescape_markdown(segment)).strip()
        if segment:
            paras.extend(split_list_items(segment) if in_list else [segment])

    for m in TAG_RE.finditer(raw):
        emit(raw[pos : m.start()])
        if m.group(2).lower() in ("ul", "ol"):
            in_list = not m.group(1)
        pos = m.end()
    emit(raw[pos:])
    return paras


def parse_tab_row(line: str) -> list[Cell]:
    return [Cell(parse_cell(c)) for c in line.split("\t")]


def parse_pipe_row(line: str) -> list[Cell] | None:
    """A markdown table row, or None for the ``|---|`` separator."""
    line = re.sub(r"^-\s+", "", line.strip())
    if PIPE_SEP_RE.match(line):
        return None
    inner = line.strip().removeprefix("|").removesuffix("|")
    return [Cell(parse_cell(c)) for c in inner.split("|")]


def continue_row(row: list[Cell], cells: list[Cell]) -> None:
    """Append a page-split continuation line to the row above, cell by cell."""
    for i, cell in enumerate(cells):
        if cell.empty:
            continue
        while len(row) <= i:
            row.append(Cell([]))
        row[i].paras.extend(cell.paras)


def apply_spans(table: Table) -> None:
    """Pad rows to the table width and merge heading-like rows' empty cells.

    An empty cell is merged into the nearest non-empty cell on its left when
    the row has a single non-empty cell and ends empty (a full-width caption)
    or ends with two or more empty cells (a form row such as
    ``label\\t\\tlabel\\t\\t``).  Data rows with genuinely empty cells keep them.
    """
    width = max(len(r) for r in table.rows)
    for r, row in enumerate(table.rows):
        row.extend(Cell([]) for _ in range(width - len(row)))
        filled = [i for i, c in enumerate(row) if not c.empty]
        trailing = width - 1 - filled[-1] if filled else 0
        if not filled or not (len(filled) == 1 and trailing or trailing >= 2):
            continue
        merged: list[Cell] = []
        for cell in row:
            if cell.empty and merged and not merged[-1].empty:
                merged[-1].span += 1
            else:
                merged.append(cell)
        table.rows[r] = merged


def classify(line: str) -> str:
    if not line.strip() or IMAGE_RE.match(line.strip()):
        return "blank"
    if PIPE_RE.match(line):
        return "pipe"
    if "\t" in line:
        return "tab"
    return "text"


def parse_seed(text: str, markdown: bool) -> list[Block]:
    """Parse a seed text into paragraphs and tables (see module docstring)."""
    blocks: list[Block] = []
    table: Table | None = None  # table being filled
    after_blank = False
    bold = False
    for raw in text.splitlines():
        line = raw.rstrip(" \u00a0")
        kind = classify(line)
        if kind == "blank":
            if table is not None:
                blocks.append(table)
                table = None
            after_blank = True
            bold = False
            continue
        if kind == "tab":
            cells = parse_tab_row(line)
            last = blocks[-1] if blocks else None
            if table is None and after_blank and line.startswith("\t") and isinstance(last, Table):
                table = last  # a row split by a page break: reopen the table
                blocks.pop()
                continue_row(table.rows[-1], cells)
            elif table is None:
                table = Table([cells])
            else:
                table.rows.append(cells)
        elif kind == "pipe":
            cells_or_none = parse_pipe_row(line)
            if table is None:
                table = Table()
            if cells_or_none and not all(c.empty for c in cells_or_none):
                table.rows.append(cells_or_none)
        else:
            if table is not None:
                blocks.append(table)
                table = None
            para, bold = parse_text_line(line, markdown, bold)
            blocks.append(para)
        after_blank = False
    if table is not None:
        blocks.append(table)
    for b in blocks:
        if isinstance(b, Table):
            apply_spans(b)
    return [b for b in blocks if not (isinstance(b, Table) and not b.rows)]


def parse_text_line(line: str, markdown: bool, bold: bool) -> tuple[Para, bool]:
    """One body line: markdown heading, list item or plain paragraph.

    Returns the paragraph and whether a ``**`` bold span is still open.
    """
    line = unescape_markdown(line.strip()) if markdown else line.strip()
    style = None
    bullet = False
    if markdown and (m := MD_HEADING_RE.match(line)):
        style = H1 if len(m.group(1)) <= 2 else H2
        line = m.group(2)
    elif markdown and (m := BULLET_RE.match(line)):
        bullet = True
        line = m.group(1)
    if markdown:
        runs, bold = parse_runs(line, bold)
    else:
        runs = [Run(line)]
    return Para(runs, bullet=bullet, style=style, align="center" if style == H1 else None), bold


def lift_heading_rows(blocks: list[Block], rules: tuple[Rule, ...]) -> list[Block]:
    """Leading one-cell table rows matching a heading rule become headings.

    Seed 000 starts with its title inside the first table (a full-width
    merged row); the Word report prints it as a heading above the table.
    """
    out: list[Block] = []
    for block in blocks:
        if isinstance(block, Table):
            while block.rows and len(block.rows[0]) == 1 and len(block.rows[0][0].paras) == 1:
                text = block.rows[0][0].paras[0]
                rule = next((r for r in rules if r.style and r.matches(text)), None)
                if rule is None:
                    break
                out.append(Para([Run(text)]))
                block.rows.pop(0)
            if not block.rows:
                continue
        out.append(block)
    return out


def apply_rules(blocks: list[Block], rules: tuple[Rule, ...]) -> dict[str, int]:
    """Apply layout rules to body paragraphs; return match counts per rule."""
    hits = {r.key: 0 for r in rules}
    for block in blocks:
        if not isinstance(block, Para) or block.bullet:
            continue
        rule = next((r for r in rules if r.matches(block.text)), None)
        if rule is None:
            continue
        hits[rule.key] += 1
        block.style = rule.style or block.style
        block.align = rule.align or block.align
        block.page_break = rule.page_break
        block.space_before = rule.space_before
        block.landscape = rule.landscape
        if block.style:  # the heading style carries the weight
            block.runs = [Run(block.text)]
    return hits


def build_blocks(spec: Spec, text: str) -> list[Block]:
    blocks = lift_heading_rows(parse_seed(text, spec.markdown), spec.rules)
    hits = apply_rules(blocks, spec.rules)
    unused = [k for k, n in hits.items() if n == 0]
    if unused:
        raise SystemExit(f"{spec.stem}: layout rules matched nothing: {unused}")
    return blocks


# --------------------------------------------------------------------------
# Word output
# --------------------------------------------------------------------------

# Child order of w:rPr in the OOXML schema (Word rejects out-of-order XML).
RPR_ORDER = [
    "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike",
    "dstrike", "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid",
    "vanish", "webHidden", "color", "spacing", "w", "kern", "position", "sz",
    "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign",
    "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath",
]  # fmt: skip


def _sort_children(parent: BaseOxmlElement, order: list[str]) -> None:
    rank = {qn(f"w:{t}"): i for i, t in enumerate(order)}
    children = list(parent)
    children.sort(key=lambda el: rank.get(el.tag, len(order)))
    for el in children:
        parent.append(el)


def set_run_props(rpr: BaseOxmlElement, size_pt: float | None, bold: bool | None = None) -> None:
    """Set Laksaman on all four font slots, sizes for Latin and complex script.

    Thai is complex script in Word: it uses ``w:cs`` font, ``w:szCs`` and
    ``w:bCs``, so those are set alongside ``w:ascii``/``w:sz``/``w:b``.
    Theme font attributes are removed because they override explicit names.
    """
    managed = ["rFonts", "sz", "szCs", "color", "lang"] + (["b", "bCs"] if bold is not None else [])
    for tag in managed:
        for el in rpr.findall(qn(f"w:{tag}")):
            rpr.remove(el)
    fonts = OxmlElement("w:rFonts")
    for slot in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{slot}"), FONT)
    rpr.append(fonts)
    if bold is not None:
        for tag in ("b", "bCs"):
            el = OxmlElement(f"w:{tag}")
            el.set(qn("w:val"), "1" if bold else "0")
            rpr.append(el)
    color = OxmlElement("w:color")
    color.set(qn("w:val"), "000000")
    rpr.append(color)
    if size_pt is not None:
        for tag in ("sz", "szCs"):
            el = OxmlElement(f"w:{tag}")
            el.set(qn("w:val"), str(int(size_pt * 2)))
            rpr.append(el)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "th-TH")
    lang.set(qn("w:eastAsia"), "th-TH")
    lang.set(qn("w:bidi"), "th-TH")
    rpr.append(lang)
    _sort_children(rpr, RPR_ORDER)


def _style_rpr(style: BaseStyle) -> BaseOxmlElement:
    return style.element.get_or_add_rPr()


def configure_styles(doc: DocxDocument) -> None:
    """Thai-friendly styles: Laksaman everywhere, black headings, A4 rhythm."""
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    set_run_props(defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")), BODY_PT)

    normal = doc.styles["Normal"]
    set_run_props(_style_rpr(normal), BODY_PT)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(4)
    normal.paragraph_format.line_spacing = 1.0

    body = doc.styles["Body Text"]
    set_run_props(_style_rpr(body), BODY_PT)
    body.paragraph_format.first_line_indent = Cm(1.25)
    body.paragraph_format.space_after = Pt(4)

    for name, size, before, after in ((H1, 20, 12, 6), (H2, 17, 12, 4), (H3, 16, 8, 2)):
        style = doc.styles[name]
        set_run_props(_style_rpr(style), size, bold=True)
        for tag in ("i", "iCs"):  # the template's Heading 3+ are not italic, be sure
            for el in _style_rpr(style).findall(qn(f"w:{tag}")):
                _style_rpr(style).remove(el)
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(after)
        style.paragraph_format.keep_with_next = True

    cell = doc.styles.add_style("Table Text", WD_STYLE_TYPE.PARAGRAPH)
    cell.base_style = normal
    set_run_props(_style_rpr(cell), TABLE_PT)
    cell.paragraph_format.space_after = Pt(0)

    bullet = doc.styles["List Bullet"]
    set_run_props(_style_rpr(bullet), BODY_PT)
    bullet.paragraph_format.space_after = Pt(2)


def configure_bullets(doc: DocxDocument) -> None:
    """Make ``List Bullet`` use a plain "•" in Laksaman.

    The template's bullet is U+F0B7 in the Symbol font, which PDF text
    extraction returns as a private-use character.
    """
    numbering = doc.part.numbering_part.element
    style_num = doc.styles["List Bullet"].element.pPr.numPr.numId.val
    num = next(n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == str(style_num))
    abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    abstract = next(
        a for a in numbering.findall(qn("w:abstractNum")) if a.get(qn("w:abstractNumId")) == abstract_id
    )
    lvl = abstract.find(qn("w:lvl"))
    lvl.find(qn("w:lvlText")).set(qn("w:val"), "•")
    for old in lvl.findall(qn("w:rPr")):
        lvl.remove(old)
    rpr = OxmlElement("w:rPr")
    fonts = OxmlElement("w:rFonts")
    for slot in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{slot}"), FONT)
    fonts.set(qn("w:hint"), "default")
    rpr.append(fonts)
    lvl.append(rpr)
    ind = lvl.find(qn("w:pPr")).find(qn("w:ind"))
    ind.set(qn("w:left"), "1077")
    ind.set(qn("w:hanging"), "357")
    tabs = lvl.find(qn("w:pPr")).find(qn("w:tabs"))
    if tabs is not None:
        tabs.find(qn("w:tab")).set(qn("w:pos"), "1077")


def set_page(section: Section, landscape: bool) -> None:
    """A4 with the usual Thai government margins (3 cm binding side)."""
    s = section
    s.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    short, long_ = Mm(210), Mm(297)
    s.page_width, s.page_height = (long_, short) if landscape else (short, long_)
    s.top_margin = Cm(2.0 if landscape else 2.5)
    s.bottom_margin = Cm(2.0)
    s.left_margin = Cm(2.5 if landscape else 3.0)
    s.right_margin = Cm(2.0)
    s.header_distance = s.footer_distance = Cm(1.25)


def text_width(section: Section) -> int:
    return int(section.page_width - section.left_margin - section.right_margin)


def add_para(doc: DocxDocument, para: Para) -> None:
    if para.landscape is not None:
        set_page(doc.add_section(WD_SECTION.NEW_PAGE), para.landscape)
    if para.style:
        style = para.style
    elif para.bullet:
        style = "List Bullet"
    elif para.align:
        style = "Normal"
    else:
        style = "Body Text"
    p = doc.add_paragraph(style=style)
    for run in para.runs:
        r = p.add_run(run.text)
        if run.bold:
            r.bold = True
            r.font.cs_bold = True
    fmt = p.paragraph_format
    if para.align in ("center", "signature"):
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if para.align == "signature":
        fmt.left_indent = Cm(7)
    if para.page_break:
        fmt.page_break_before = True
    if para.space_before is not None:
        fmt.space_before = Pt(para.space_before)


def column_widths(table: Table, total: int) -> list[int]:
    """Column widths (EMU): a floor plus a share growing with the text volume.

    Balancing widths by volume keeps rows short enough to fit on a page
    (see ``keep_row_on_one_page``); the floor leaves room for a long Thai
    word, except in columns of short labels such as "ที่" / "๑".
    """
    n = table.ncols
    volume = [0.0] * n
    longest = [0] * n
    for row in table.rows:
        col = 0
        for cell in row:
            if cell.span == 1:
                volume[col] += sum(len(p) for p in cell.paras)
                longest[col] = max([longest[col], *map(len, cell.paras)])
            col += cell.span
    weights = [max(v**0.75, 1.0) for v in volume]
    wide = min(Cm(2.0), int(total / n * 0.5))
    floors = [min(Cm(1.2), wide) if longest[i] <= 6 else wide for i in range(n)]
    spare = total - sum(floors)
    return [int(f + spare * w / sum(weights)) for f, w in zip(floors, weights)]


def add_table(doc: DocxDocument, table: Table) -> None:
    ncols = table.ncols
    widths = column_widths(table, text_width(doc.sections[-1]))
    t = doc.add_table(rows=len(table.rows), cols=ncols)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for i, col in enumerate(t.columns):
        col.width = widths[i]
    for r, row in enumerate(table.rows):
        keep_row_on_one_page(t.rows[r])
        c = 0
        for cell in row:
            target = t.cell(r, c)
            if cell.span > 1:
                target = target.merge(t.cell(r, c + cell.span - 1))
            target.width = sum(widths[c : c + cell.span])
            fill_cell(target, cell.paras)
            c += cell.span
        for extra in range(c, ncols):  # keep widths on padding cells too
            t.cell(r, extra).width = widths[extra]
    doc.add_paragraph(style="Normal").paragraph_format.space_after = Pt(2)


def keep_row_on_one_page(row: _Row) -> None:
    """Set ``w:cantSplit``: a row split by a page break interleaves the
    cells' first and second halves in PDF text order."""
    tr_pr = row._tr.get_or_add_trPr()
    if tr_pr.find(qn("w:cantSplit")) is None:
        tr_pr.insert(0, OxmlElement("w:cantSplit"))


def fill_cell(cell: _Cell, paras: list[str]) -> None:
    first = cell.paragraphs[0]
    first.style = "Table Text"
    for i, text in enumerate(paras):
        p = first if i == 0 else cell.add_paragraph(style="Table Text")
        p.add_run(text)


def set_core_properties(doc: DocxDocument, title: str, seed_name: str) -> None:
    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.created = FIXED_TIME
    cp.modified = FIXED_TIME
    cp.last_printed = FIXED_TIME
    cp.revision = 1
    cp.title = title
    cp.subject = "ITA (Integrity and Transparency Assessment) report sample"
    cp.keywords = "ITA; ป.ป.ช.; sample"
    cp.comments = f"Built by samples/make_samples.py from seed {seed_name}"
    cp.category = "sample"
    cp.language = "th-TH"


def normalize_zip(path: Path) -> None:
    """Rewrite a .docx with fixed member timestamps so bytes are reproducible."""
    with zipfile.ZipFile(path) as zin:
        members = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)


def write_docx(blocks: list[Block], path: Path, title: str, seed_name: str) -> None:
    doc = Document()
    configure_styles(doc)
    configure_bullets(doc)
    set_page(doc.sections[0], landscape=False)
    set_core_properties(doc, title, seed_name)
    body = doc.element.body
    for p in list(body.iterchildren(qn("w:p"))):  # the template's empty paragraph
        body.remove(p)
    for block in blocks:
        if isinstance(block, Table):
            add_table(doc, block)
        else:
            add_para(doc, block)
    doc.save(str(path))
    normalize_zip(path)


def reference_lines(blocks: list[Block]) -> list[str]:
    """The text written into the .docx, one paragraph / cell paragraph a line."""
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, Para):
            lines.append(block.text)
        else:
            for row in block.rows:
                for cell in row:
                    lines.extend(cell.paras)
    return [ln for ln in lines if ln.strip()]


# --------------------------------------------------------------------------
# PDF export
# --------------------------------------------------------------------------


def soffice_binary() -> str:
    for name in ("soffice", "libreoffice"):
        if found := shutil.which(name):
            return found
    raise SystemExit("LibreOffice (soffice) is needed to export the PDFs")


def export_pdfs(docx_paths: list[Path], outdir: Path, timeout: int = 600) -> None:
    """Convert with headless LibreOffice in a throw-away user profile."""
    with tempfile.TemporaryDirectory(prefix="ita_lo_") as tmp:
        profile = Path(tmp, "profile").as_uri()
        cmd = [
            soffice_binary(), f"-env:UserInstallation={profile}", "--headless",
            "--norestore", "--convert-to", "pdf", "--outdir", str(outdir),
            *map(str, docx_paths),
        ]  # fmt: skip
        subprocess.run(cmd, check=True, timeout=timeout, capture_output=True)
    for path in docx_paths:
        normalize_pdf(outdir / (path.stem + ".pdf"))


def normalize_pdf(path: Path) -> None:
    """Pin the dates, /ID and /DocChecksum LibreOffice stamps into the PDF.

    Replacements keep every byte count unchanged, so the xref offsets stay
    valid.
    """
    data = path.read_bytes()
    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)\d{14}", rb"\g<1>20250101000000", data)
    data = re.sub(
        rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)",
        lambda m: m[1] + b"0" * len(m[2]) + m[3] + b"0" * len(m[4]) + m[5],
        data,
    )
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", lambda m: m[1] + b"0" * len(m[2]), data)
    path.write_bytes(data)


# --------------------------------------------------------------------------
# Check: PDF text (pypdfium2) against the reference text
# --------------------------------------------------------------------------


def pdf_text(path: Path) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def check(stems: list[str]) -> int:
    """Print CER (no whitespace) of pdfium text vs reference; 1 if suspicious."""
    from rapidfuzz.distance import Levenshtein  # the dev dependency the tests measure CER with

    status = 0
    for stem in stems:
        ref = (HERE / "reference" / f"{stem}.txt").read_text(encoding="utf-8")
        got = pdf_text(HERE / f"{stem}.pdf")
        r, g = re.sub(r"\s+", "", ref), re.sub(r"\s+", "", got)
        cer = Levenshtein.distance(r, g) / max(len(r), 1)
        pua = sum(1 for ch in got if 0xE000 <= ord(ch) <= 0xF8FF or ord(ch) >= 0xF0000)
        am = got.count("ำา")
        print(f"{stem}: ref {len(r)} chars, pdf {len(g)} chars, CER {cer:.4%}, private-use {pua}, 'ำา' {am}")
        if cer > 0.02 or pua or am:
            status = 1
    return status


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------


def seed_path(seeds: Path, spec: Spec) -> Path:
    found = sorted(seeds.glob(f"{spec.seed}_*.txt"))
    if len(found) != 1:
        raise SystemExit(f"expected one seed {spec.seed}_*.txt in {seeds}, found {found}")
    return found[0]


def document_title(blocks: list[Block]) -> str:
    """First run of Heading 1 lines (the cover / title block), joined."""
    lines: list[str] = []
    for b in blocks:
        if isinstance(b, Para) and b.style == H1:
            lines.append(b.text)
        elif lines:
            break
    return " ".join(lines)


def build(spec: Spec, seeds: Path) -> Path:
    seed = seed_path(seeds, spec)
    blocks = build_blocks(spec, seed.read_text(encoding="utf-8"))
    title = document_title(blocks)
    docx_path = HERE / f"{spec.stem}.docx"
    write_docx(blocks, docx_path, title, seed.name)
    ref = HERE / "reference" / f"{spec.stem}.txt"
    ref.parent.mkdir(exist_ok=True)
    ref.write_text("\n".join(reference_lines(blocks)) + "\n", encoding="utf-8")
    return docx_path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS, help="directory of seed .txt files")
    ap.add_argument("--no-pdf", action="store_true", help="do not run LibreOffice")
    ap.add_argument("--check", action="store_true", help="only compare existing PDFs with reference text")
    args = ap.parse_args(argv)
    stems = [s.stem for s in SPECS]
    if args.check:
        return check(stems)
    docx_paths = [build(spec, args.seeds) for spec in SPECS]
    if not args.no_pdf:
        export_pdfs(docx_paths, HERE)
    for p in docx_paths:
        print(p.relative_to(HERE.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
