"""Thai digits on scanned pages: Tesseract alone vs with the Thai-digit reader.

    uv run python bench/ocr_digits.py [--reports 8] [--keep DIR [--reuse]] [--breakdown [-v]]

Makes one-page score reports in Word (python-docx) with Thai-digit scores
(an overall score and rating, tool totals, ten indicators, the fiscal year),
each in another fonts-thai-tlwg font and size, exports them with LibreOffice,
prints each PDF to 200 and 300 dpi images with scanner noise (light, medium,
heavy, black-and-white), stores those as image-only PDFs and reads them
back through the pipeline (extract_pdf -> document facts -> records).

Reported, per dpi and noise:
- digits right: the digits of every number on the page, OCR against the
  exported PDF's own text, aligned by edit distance; Tesseract's reading
  (`NumberReading.tesseract`) against the digit reader's (`.text`);
- scores: read from the scan against those read from the exported PDF
  (same level, tool, indicator, year): right, wrong and flagged
  (needs_review), wrong and NOT flagged (the target is none), extra (a key
  the original does not have: a misread label; flagged or not), missing;
  and the fiscal year. A score whose year was not read is matched with the
  document's true year (a missing year is counted, not a wrong one).

With `--breakdown`, every number of the original is also found on the scan
by where it is printed (its box in the exported PDF against the boxes of the
numbers OCR read), so that each wrong number is put down to one cause:
Tesseract never gave it as a number (`not found`), the digit reader could
not read it and Tesseract's reading stood (`reader declined`), a digit or
point too many or too few (`count`: segmentation), or a digit misread with
the right count (`classification`, with a table of which digit became which).
The digit-string score above aligns by edit distance over the whole page,
so a number read out of order counts there but not here.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import threading
import time
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

import pypdfium2 as pdfium

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from rapidfuzz.distance import Levenshtein

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors import digits, ocr  # noqa: E402
from extractors.ocr import DEFAULT_DPI, NUMBER  # noqa: E402
from extractors.pdf import extract_pdf  # noqa: E402
from flows.parse import number_rereader  # noqa: E402
from normalizers.thai_text import thai_digits_to_arabic  # noqa: E402
from records import read_records  # noqa: E402
from records.document import read_document_facts  # noqa: E402
from records.findings import rating_of_score  # noqa: E402
from samples.make_samples import export_pdfs  # noqa: E402
from tools.scanlib import BW, HEAVY, LIGHT, MEDIUM, scan_pdf  # noqa: E402

FONTS = ["Laksaman", "Garuda", "Norasi", "Loma", "Kinnari", "Umpush", "Sawasdee", "Waree", "TlwgTypo"]
INDICATOR_NAMES = ["การปฏิบัติหน้าที่", "การใช้งบประมาณ", "การใช้อำนาจ", "การใช้ทรัพย์สินของราชการ",
                   "การแก้ไขปัญหาการทุจริต", "คุณภาพการดำเนินงาน", "ประสิทธิภาพการสื่อสาร",
                   "การปรับปรุงระบบการทำงาน", "การเปิดเผยข้อมูล", "การป้องกันการทุจริต"]
UNITS = ["เทศบาลตำบลหนองแสง", "องค์การบริหารส่วนตำบลบ้านดู่", "สถานีตำรวจภูธรเมืองน่าน",
         "โรงพยาบาลส่งเสริมสุขภาพตำบลนาโพธิ์", "สำนักงานสาธารณสุขอำเภอวังหิน"]
NOISES = {"light": LIGHT, "medium": MEDIUM, "heavy": HEAVY, "bw": BW}
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def thai(n: float | int, fmt: str = ".2f") -> str:
    return format(n, fmt).translate(THAI)


def set_font(run, font: str, size: float) -> None:
    """Font on the Latin and complex-script slots (Thai is complex script in Word)."""
    run.font.name, run.font.size = font, Pt(size)
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for slot in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{slot}"), font)
    size_cs = OxmlElement("w:szCs")
    size_cs.set(qn("w:val"), str(int(size * 2)))
    rpr.append(size_cs)


def write_report(path: Path, rng: random.Random, font: str, size: float) -> None:
    """A one-page ITA score summary with Thai-digit scores that add up."""
    year = rng.randint(2563, 2568)
    indicators = [round(rng.uniform(45, 100), 2) for _ in range(10)]
    tools = {"IIT": sum(indicators[:5]) / 5, "EIT": sum(indicators[5:8]) / 3, "OIT": sum(indicators[8:]) / 2}
    tools = {k: round(v, 2) for k, v in tools.items()}
    overall = round(0.3 * tools["IIT"] + 0.3 * tools["EIT"] + 0.4 * tools["OIT"], 2)
    unit = rng.choice(UNITS)
    doc = Document()

    def para(text: str, bold: bool = False) -> None:
        run = doc.add_paragraph().add_run(text)
        run.bold = bold
        set_font(run, font, size)

    para(f"สรุปผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
         f"ประจำปีงบประมาณ พ.ศ. {thai(year, 'd')}", bold=True)
    para(f"{unit} ได้คะแนนภาพรวม {thai(overall)} คะแนน อยู่ในระดับ {rating_of_score(overall)}")
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("ตัวชี้วัด", "คะแนน")):
        set_font(cell.paragraphs[0].add_run(text), font, size)
    for no, (name, value) in enumerate(zip(INDICATOR_NAMES, indicators), start=1):
        cells = table.add_row().cells
        set_font(cells[0].paragraphs[0].add_run(f"ตัวชี้วัดที่ {thai(no, 'd')} {name}"), font, size)
        set_font(cells[1].paragraphs[0].add_run(thai(value)), font, size)
    for tool, value in tools.items():
        para(f"คะแนนรวมเครื่องมือ {tool} ได้ {thai(value)} คะแนน")
    para(f"ประกาศ ณ วันที่ {thai(rng.randint(1, 28), 'd')} กันยายน พ.ศ. {thai(year, 'd')}")
    doc.save(path)


def digits_of(numbers: list[str]) -> str:
    return " ".join(thai_digits_to_arabic(n) for n in numbers)


def digit_errors(truth: str, read: str) -> tuple[int, int]:
    """(wrong or missing digits, digits) by edit distance over the digit strings."""
    t, r = [ch for ch in truth if ch.isdigit()], [ch for ch in read if ch.isdigit()]
    return Levenshtein.distance(t, r), len(t)


def score_key(s) -> tuple:
    return (s.level, s.tool, s.indicator_no, s.question_code, s.fiscal_year)


def read_scores(pdf: Path, reread: bool = True):
    """The document, its facts and its records, as the flow reads them: the values a
    cross-check doubts read again from the scan (`records.reread`) unless `reread` is False."""
    doc = extract_pdf(pdf)
    facts = read_document_facts(doc, pdf.name)
    return doc, facts, read_records(doc, facts, number_rereader(doc, pdf) if reread else None)


def reread_outcomes(doc, pdf: Path, records, truth_scores: dict) -> Counter:
    """What the second look at doubted values did: values it changed (right before, right
    after), by the records read again without it from the same OCR."""
    without = read_records(doc, read_document_facts(doc, pdf.name))
    c = Counter()
    for first, s in zip(without.scores, records.scores):  # the same scores in the same order: values may differ
        if abs(first.value - s.value) < 0.005:
            continue
        c["changed"] += 1
        c["changed_flagged"] += s.needs_review
        key = score_key(s)
        if key in truth_scores:
            c["changed_was_right"] += abs(truth_scores[key] - first.value) < 0.005
            c["changed_now_right"] += abs(truth_scores[key] - s.value) < 0.005
    c["reread_changed"] += sum(f.kind == "reread_changed" for f in records.findings)
    c["reread_unresolved"] += sum(f.kind == "reread_unresolved" for f in records.findings)
    return c


Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in points from the page's top left


def printed_numbers(pdf: Path) -> list[list[tuple[str, Box]]]:
    """Every number of a PDF's text layer with its box, page by page."""
    doc = pdfium.PdfDocument(str(pdf))
    pages = []
    try:
        for page in doc:
            height = page.get_size()[1]
            text_page = page.get_textpage()
            n = text_page.count_chars()
            chars = [text_page.get_text_range(i, 1) or " " for i in range(n)]
            text = "".join(ch[:1] for ch in chars)
            out = []
            for m in NUMBER.finditer(text):
                boxes = [text_page.get_charbox(i) for i in range(m.start(), m.end())]
                left, bottom, right, top = (min(b[0] for b in boxes), min(b[1] for b in boxes),
                                            max(b[2] for b in boxes), max(b[3] for b in boxes))
                out.append((m.group(), (left, height - top, right, height - bottom)))
            pages.append(out)
        return pages
    finally:
        doc.close()


class ReadRecorder:
    """What the OCR of a page did with each number: its spans (box, Tesseract's reading,
    the final one) and every raw reading of the digit reader, at 1x and 2x."""

    def __init__(self) -> None:
        self.spans: list = []
        self.raw: dict[int, list] = {}
        self._local = threading.local()

    @contextmanager
    def recording(self):
        original_reread, original_read, original_finish = ocr.reread_span, ocr.read_number_image, ocr.PageRead.finish
        recorder = self

        def reread(span, gray, scale=1.0):
            recorder._local.span = span
            return original_reread(span, gray, scale)

        def read(region, *args, **kwargs):
            result = original_read(region, *args, **kwargs)
            span = getattr(recorder._local, "span", None)
            if span is not None:
                recorder.raw.setdefault(id(span), []).append(result)
            return result

        def finish(page_read, *args):  # called page by page, in page order
            recorder.spans.append(page_read.spans)
            return original_finish(page_read, *args)

        ocr.reread_span, ocr.read_number_image, ocr.PageRead.finish = reread, read, finish
        try:
            yield self
        finally:
            ocr.reread_span, ocr.read_number_image, ocr.PageRead.finish = original_reread, original_read, original_finish


def _overlap(a: Box, b: Box) -> float:
    """Share of the smaller box the two boxes have in common."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    if w <= 0 or h <= 0:
        return 0.0
    return w * h / max(1e-6, min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1])))


def classify_number(truth: str, span, raw: list) -> tuple[str, list[tuple[str, str]]]:
    """(cause, digit confusions) of one printed number and the span OCR read there."""
    t = thai_digits_to_arabic(truth)
    if span is None:
        return "not found", []
    final = thai_digits_to_arabic(span.text)
    if final == t:
        return "right", []
    tess = thai_digits_to_arabic(span.tesseract)
    taken = span.text != span.tesseract or any(r is not None and thai_digits_to_arabic(r.text).strip(".,") == final
                                               for r in raw)
    first = next((r for r in raw if r is not None), None)
    if not taken:
        if not raw or first is None:
            cause = "reader declined (no reading)" if raw else "reader declined (no crop)"
        else:
            cause = "reader declined (implausible: %s)" % ("count" if _digit_count(first.text) != _digit_count(t)
                                                          else "punctuation" if _punct(first.text) != _punct(t)
                                                          else "digits")
        pairs = _confusions(t, tess)
        return cause, pairs
    if _punct(final) != _punct(t):
        return "punctuation", []
    if _digit_count(final) != _digit_count(t):
        return "count (segmentation)", []
    return "classification", _confusions(t, final)


def _digit_count(s: str) -> int:
    return sum(ch.isdigit() for ch in s)


def _punct(s: str) -> str:
    return "".join(ch for ch in s if not ch.isdigit())


def _confusions(truth: str, read: str) -> list[tuple[str, str]]:
    a, b = [c for c in truth if c.isdigit()], [c for c in thai_digits_to_arabic(read) if c.isdigit()]
    if len(a) != len(b):
        return []
    return [(x, y) for x, y in zip(a, b) if x != y]


def breakdown(native: Path, recorder: ReadRecorder, causes: Counter, confusions: Counter,
              examples: list, label: str) -> None:
    """Put every printed number of `native` down to one cause on its scan (see the docstring)."""
    k = 72 / DEFAULT_DPI
    for printed, read in zip(printed_numbers(native), recorder.spans):
        # where the digit reader read (Tesseract's own box of a digit is sometimes one pixel wide)
        spans = [(s, tuple(v * k for v in (s.crop or s.box))) for s in read if s.box != (0, 0, 0, 0)]
        _match_page(printed, spans, recorder, causes, confusions, examples, label)


def _match_page(printed, spans, recorder, causes, confusions, examples, label) -> None:
    for truth, box in printed:
        best = max(spans, key=lambda sb: _overlap(box, sb[1]), default=None)
        span = best[0] if best is not None and _overlap(box, best[1]) > 0.3 else None
        raw = recorder.raw.get(id(span), []) if span is not None else []
        cause, pairs = classify_number(truth, span, raw)
        n = _digit_count(truth)
        causes[cause, "numbers"] += 1
        causes[cause, "digits"] += n
        confusions.update(pairs)
        if cause != "right":
            examples.append((label, truth, span.tesseract if span else None, span.text if span else None,
                             round(span.confidence, 2) if span else None,
                             [r.text if r else None for r in raw], cause))


def print_breakdown(causes: Counter, confusions: Counter, examples: list, verbose: bool) -> None:
    total = sum(v for (c, kind), v in causes.items() if kind == "digits")
    print("\nprinted numbers by what became of them on the scan (matched by their box):")
    for cause in sorted({c for c, _ in causes}, key=lambda c: -causes[c, "digits"]):
        print(f"  {cause:40} {causes[cause, 'numbers']:5} numbers {causes[cause, 'digits']:5} digits "
              f"({causes[cause, 'digits'] / max(total, 1):.2%})")
    if confusions:
        print("digit confusions (printed -> read), with the right count:")
        print("     " + " ".join(f"{d:>4}" for d in "0123456789"))
        for a in "0123456789":
            print(f"  {a}  " + " ".join(f"{confusions[a, b] or '.':>4}" for b in "0123456789"))
    if verbose:
        for row in examples:
            print("   ", row)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reports", type=int, default=8)
    parser.add_argument("--keep", type=Path, help="keep the reports and scans in this folder")
    parser.add_argument("--reuse", action="store_true", help="with --keep: read the PDFs and scans made before")
    parser.add_argument("--breakdown", action="store_true", help="why each wrong number is wrong")
    parser.add_argument("--model", type=Path, help="the digit model to read with (e.g. one trained without some fonts: "
                        "tools/build_digit_model.py --held-out-model)")
    parser.add_argument("-v", "--verbose", action="store_true", help="with --breakdown: every wrong number")
    parser.add_argument("--no-reread", action="store_true",
                        help="store doubted values as first read (no second look at the scan)")
    args = parser.parse_args()
    if args.model:
        model = digits.load_digit_model(args.model)
        if model is None:
            sys.exit(f"{args.model} is not a digit model for these classes")
        digits.load_digit_model = lambda path=None: model  # read_number_image's default
    rng = random.Random(12)
    work = args.keep or Path(tempfile.mkdtemp(prefix="ita_ocr_digits_"))
    work.mkdir(parents=True, exist_ok=True)
    docx_paths = []
    for i in range(args.reports):
        path = work / f"r{i:02d}.docx"
        write_report(path, rng, FONTS[i % len(FONTS)], rng.choice([14, 15, 16]))
        docx_paths.append(path)
    if not (args.reuse and all(p.with_suffix(".pdf").is_file() for p in docx_paths)):
        export_pdfs(docx_paths, work)
    started = time.perf_counter()
    rows: dict[tuple[int, str], Counter] = {}
    unflagged_extras: list[tuple] = []
    causes: Counter = Counter()
    confusions: Counter = Counter()
    examples: list = []
    by_font: dict[str, Counter] = {f: Counter() for f in FONTS}
    rereads: Counter = Counter()
    for i, docx in enumerate(docx_paths):
        native = docx.with_suffix(".pdf")
        truth_doc, truth_facts, truth = read_scores(native)
        truth_numbers = digits_of([m.group() for p in truth_doc.pages for m in NUMBER.finditer(p.text)])
        truth_scores = {score_key(s): s.value for s in truth.scores}
        for dpi in (200, 300):
            noise_name = list(NOISES)[(i + dpi // 100) % len(NOISES)]
            scan = work / f"r{i:02d}_{dpi}_{noise_name}.pdf"
            if not (args.reuse and scan.is_file()):
                scan_pdf(native, scan, dpi=dpi, noise=NOISES[noise_name], seed=i * 1000 + dpi)
            recorder = ReadRecorder()
            with recorder.recording():
                doc, facts, records = read_scores(scan, reread=not args.no_reread)
            rereads.update(reread_outcomes(doc, scan, records, truth_scores))
            if args.breakdown:
                found: Counter = Counter()
                breakdown(native, recorder, found, confusions, examples, scan.name)
                causes.update(found)
                by_font[FONTS[i % len(FONTS)]].update({k: v for k, v in found.items() if k[1] == "digits"})
            c = rows.setdefault((dpi, noise_name), Counter())
            numbers = [n for p in doc.pages for n in p.numbers]
            e, n = digit_errors(truth_numbers, digits_of([x.tesseract for x in numbers]))
            c["tess_wrong"] += e
            c["digits"] += n
            e, _ = digit_errors(truth_numbers, digits_of([x.text for x in numbers]))
            c["reader_wrong"] += e
            c["pages"] += 1
            seen = set()
            for s in records.scores:
                key = score_key(s)
                if s.fiscal_year is None and truth_facts.fiscal_year is not None:
                    key = (*key[:-1], truth_facts.fiscal_year)  # the year was missed, not misread
                    c["year_missing"] += 1
                if key not in truth_scores or key in seen:
                    c["extra_flagged" if s.needs_review else "extra_unflagged"] += 1
                    if not s.needs_review:
                        unflagged_extras.append((scan.name, s.level, s.tool, s.indicator_no, s.fiscal_year,
                                                 s.value, round(s.confidence or 0, 2)))
                    continue
                seen.add(key)
                right = abs(truth_scores[key] - s.value) < 0.005
                c["right" if right else ("wrong_flagged" if s.needs_review else "wrong_unflagged")] += 1
                c["right_flagged"] += right and s.needs_review
            c["missing"] += len(set(truth_scores) - seen)
            c["truth_scores"] += len(truth_scores)
            c["year_right"] += facts.fiscal_year == truth_facts.fiscal_year
            c["year_flagged"] += facts.needs_review
    elapsed = time.perf_counter() - started
    print(f"{args.reports} reports, fonts {', '.join(FONTS[:args.reports])}; scans in {work}")
    print("dpi  noise   pages  digits  Tesseract alone  with digit reader | scores: right (flagged) "
          "wrong-flagged WRONG-UNFLAGGED extra missing | year right")
    total = Counter()
    for (dpi, noise), c in sorted(rows.items()):
        total.update(c)
        print(f"{dpi}  {noise:7} {c['pages']:5} {c['digits']:7}  {1 - c['tess_wrong'] / c['digits']:14.2%}  "
              f"{1 - c['reader_wrong'] / c['digits']:17.2%} | {c['right']:5} ({c['right_flagged']}) "
              f"{c['wrong_flagged']:13} {c['wrong_unflagged']:15} {c['extra_flagged'] + c['extra_unflagged']:5} "
              f"{c['missing']:7} | {c['year_right']}/{c['pages']}")
    print(f"all           {total['pages']:5} {total['digits']:7}  {1 - total['tess_wrong'] / total['digits']:14.2%}  "
          f"{1 - total['reader_wrong'] / total['digits']:17.2%} | {total['right']:5} ({total['right_flagged']}) "
          f"{total['wrong_flagged']:13} {total['wrong_unflagged']:15} "
          f"{total['extra_flagged'] + total['extra_unflagged']:5} ({total['extra_unflagged']} unflagged) "
          f"{total['missing']:7} | {total['year_right']}/{total['pages']} ({total['year_flagged']} flagged)")
    print(f"truth scores {total['truth_scores']}; {total['year_missing']} scores read without their year "
          f"(matched as if it had been read); {elapsed:.0f} s for {total['pages']} scanned pages")
    print(f"re-read of doubted values: {rereads['changed']} changed ({rereads['changed_flagged']} flagged; "
          f"right before {rereads['changed_was_right']}, right after {rereads['changed_now_right']}); "
          f"findings reread_changed {rereads['reread_changed']}, reread_unresolved {rereads['reread_unresolved']}")
    for row in unflagged_extras:
        print("  unflagged score not in the original:", row)
    if args.breakdown:
        print_breakdown(causes, confusions, examples, args.verbose)
        print("digits right by box, per font:", ", ".join(
            f"{font} {c['right', 'digits'] / max(1, sum(c.values())):.2%}" for font, c in by_font.items() if c))


if __name__ == "__main__":
    main()
