"""Write `grammar.Report`s as Word files (python-docx) and convert them to PDF with LibreOffice.

    uv run python tests/layouts/write.py OUTDIR SEED_FROM SEED_TO [--pdf]

writes OUTDIR/layout_<seed>.docx (+ .pdf) and OUTDIR/gold/layout_<seed>.facts.json
and .document.json. PDFs come from one soffice call per batch (its own profile
per process), so hundreds of files cost one LibreOffice start-up per batch.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from grammar import Report, digits, gold_document, gold_facts, report  # noqa: E402


def _set_font(doc, font: str) -> None:
    for name in ("Normal", "Table Grid"):
        try:
            st = doc.styles[name]
        except KeyError:
            continue
        st.font.name = font
        st.font.size = Pt(14)
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.insert(0, rfonts)
        for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            rfonts.set(qn(k), font)
        szcs = rpr.find(qn("w:szCs"))
        if szcs is None:
            szcs = OxmlElement("w:szCs")
            rpr.append(szcs)
        szcs.set(qn("w:val"), "28")


def _para(doc_or_cell, text: str, bold: bool = False, center: bool = False):
    p = doc_or_cell.add_paragraph()
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        run = p.add_run(ln)
        run.bold = bold
        if i < len(lines) - 1:
            run.add_break()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def _cell_text(cell, text: str, bold: bool = False) -> None:
    cell.text = ""
    p = cell.paragraphs[0]
    for i, ln in enumerate(text.split("\n")):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(ln)
        run.bold = bold


def _no_borders(table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def _repeat_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _row_values(rep: Report, row) -> list[str]:
    out = []
    for r in rep.roles:
        v = row.cells.get(r, "")
        if r == "budget":
            vals = v or [""]
            out.extend(vals if rep.budget_years else vals[:1])
        else:
            out.append(str(v))
    return out


def _width(rep: Report) -> int:
    return len(rep.headers[0])


def _add_table(doc, rep: Report, rows) -> None:
    width = _width(rep)
    table = doc.add_table(rows=0, cols=width)
    table.style = "Table Grid"
    for h in rep.headers:
        cells = table.add_row().cells
        for i, text in enumerate(h):
            _cell_text(cells[i], text, bold=True)
        _repeat_header(table.rows[-1])
    if len(rep.headers) == 2:  # merge the split header: equal texts across, and down where no year
        top, sub = table.rows[0].cells, table.rows[1].cells
        i = 0
        while i < width:
            j = i
            while j + 1 < width and rep.headers[0][j + 1] == rep.headers[0][i] and rep.headers[1][j + 1] != rep.headers[0][j + 1]:
                j += 1
            if j > i:
                merged = top[i].merge(top[j])
                _cell_text(merged, rep.headers[0][i], bold=True)
            elif rep.headers[0][i] == rep.headers[1][i]:
                merged = top[i].merge(sub[i])
                _cell_text(merged, rep.headers[0][i], bold=True)
            i = j + 1
    for row in rows:
        table.add_row()
    _set_widths(table, rep)
    for row, tr in zip(rows, table.rows[len(rep.headers):]):
        cells = tr.cells
        if row.kind == "group":
            merged = cells[0].merge(cells[-1])
            _cell_text(merged, row.text, bold=True)
            continue
        if row.kind == "total":
            _cell_text(cells[0], row.text, bold=True)
            continue
        for i, text in enumerate(_row_values(rep, row)):
            _cell_text(cells[i], text)


def _set_widths(table, rep: Report) -> None:
    """The title column takes a third of the line, a number column little, the rest share."""
    total = 26.0 if rep.landscape else 17.4
    roles = [r for r in rep.roles for _ in (rep.budget_years if r == "budget" and rep.budget_years else [0])]
    weights = [0.4 if r == "seq" else 3.0 if r == "title" else 1.0 for r in roles]
    table.autofit = False
    for row in table.rows:
        for i, cell in enumerate(row.cells[: len(weights)]):
            cell.width = Cm(total * weights[i] / sum(weights))


def _signature_lines(s: dict) -> list[str]:
    lines = [f"ลงชื่อ ...................................... {s['role']}", f"({s['rank']}{s['name']})",
             f"ตำแหน่ง {s['position']}"]
    if s.get("acting"):
        lines.append(s["acting"])
    return lines


def write_docx(rep: Report, path: Path) -> None:
    doc = Document()
    _set_font(doc, rep.font)
    sec = doc.sections[0]
    if rep.landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))
    _para(doc, rep.title, bold=True, center=True)
    if rep.unit_line:
        _para(doc, f"{rep.unit_line}{rep.unit}", center=True)
    else:
        _para(doc, f"{rep.unit} จังหวัด{rep.province}", center=True)
    _para(doc, "")
    rows = rep.rows
    if rep.split_tables:
        half = len(rows) // 2
        _add_table(doc, rep, rows[:half])
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _add_table(doc, rep, rows[half:])
    else:
        _add_table(doc, rep, rows)
    _para(doc, "")
    if rep.committee:
        _para(doc, "คณะทำงานจัดทำแผน", bold=True)
        if rep.committee_as_table:
            t = doc.add_table(rows=1, cols=4)
            t.style = "Table Grid"
            for cell, text in zip(t.rows[0].cells, ("ลำดับ", "ชื่อ - สกุล", "ตำแหน่ง", "หน้าที่")):
                _cell_text(cell, text, bold=True)
            for k, c in enumerate(rep.committee, 1):
                cells = t.add_row().cells
                for cell, text in zip(cells, (digits(str(k), rep.thai_digits), f"{c['rank']}{c['name']}",
                                              c["position"], c["role"])):
                    _cell_text(cell, text)
        else:
            for k, c in enumerate(rep.committee, 1):
                _para(doc, f"{digits(str(k), rep.thai_digits)}. {c['rank']}{c['name']} {c['position']} {c['role']}")
        _para(doc, "")
    if rep.side_by_side:
        a, b = (_signature_lines(s) for s in rep.signatures)
        t = doc.add_table(rows=1, cols=2)
        _no_borders(t)
        _cell_text(t.rows[0].cells[0], "\n".join(a))
        _cell_text(t.rows[0].cells[1], "\n".join(b))
        for c in t.rows[0].cells:
            for p in c.paragraphs:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    else:
        for s in rep.signatures:
            for ln in _signature_lines(s):
                p = _para(doc, ln)
                p.paragraph_format.left_indent = Cm(8)
            _para(doc, "")
    doc.save(path)


def convert_to_pdf(docx_files: list[Path], outdir: Path, batch: int = 50, timeout: int = 900) -> None:
    """One soffice call per batch of files, with a private profile (LibreOffice refuses to run twice
    on one profile, and other engineers' conversions run on this machine too)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise RuntimeError("LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui")
    for k in range(0, len(docx_files), batch):
        with tempfile.TemporaryDirectory(prefix="ita-layouts-lo-") as profile:
            subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                            "--convert-to", "pdf", "--outdir", str(outdir), *map(str, docx_files[k:k + batch])],
                           check=True, timeout=timeout, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           env={**os.environ, "HOME": profile})


def write_set(outdir: Path, seeds: range, pdf: bool = True) -> list[tuple[str, Path]]:
    """Write one report per seed (Word, and PDF when asked) with its gold; (stem, path) of each file."""
    outdir.mkdir(parents=True, exist_ok=True)
    gold = outdir / "gold"
    gold.mkdir(exist_ok=True)
    docs = []
    for seed in seeds:
        rep = report(seed)
        stem = f"layout_{seed}"
        path = outdir / f"{stem}.docx"
        write_docx(rep, path)
        (gold / f"{stem}.facts.json").write_text(json.dumps(gold_facts(rep), ensure_ascii=False, indent=1), "utf-8")
        (gold / f"{stem}.document.json").write_text(json.dumps(gold_document(rep), ensure_ascii=False, indent=1),
                                                    "utf-8")
        docs.append(path)
    if pdf:
        convert_to_pdf(docs, outdir)
    out = [(p.stem, p) for p in docs]
    if pdf:
        out += [(p.stem, p.with_suffix(".pdf")) for p in docs if p.with_suffix(".pdf").exists()]
    return out


if __name__ == "__main__":
    a = [x for x in sys.argv[1:] if not x.startswith("-")]
    write_set(Path(a[0]), range(int(a[1]), int(a[2])), pdf="--pdf" in sys.argv)
