"""Document-level facts: who wrote the report, for which year, what it is.

A report says who wrote it on its cover, title and letterhead; a body can
mention other units (seed 002's body was copied from another municipality),
so the unit comes from the opening lines first and only then from how often
a unit is named. The fiscal year comes from the title's "ประจำปีงบประมาณ"
first, then the report's own date, then the year the body names most.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from extractors.model import Block, ExtractedDocument
from normalizers.dates import be_year, fiscal_year_of, parse_thai_date
from normalizers.thai_text import thai_digits_to_arabic
from normalizers.units import edit_distance, find_unit_names, province_in
from records.model import DocumentFacts, UnitFacts

# How many opening lines count as cover / letterhead.
COVER_LINES = 14
# A title line is short; a long line is body text.
MAX_TITLE_LINE = 160
MAX_TITLE_LINES = 4
TITLE_SEARCH_BLOCKS = 3

# doc_type by the words a title (or, failing that, the opening) uses; the
# first rule that matches wins, most specific first.
DOC_TYPE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("kpi_report", re.compile(r"รายงานผลการปฏิบัติราชการ|คำรับรองการปฏิบัติราชการ|ตัวชี้วัดตามคำรับรอง"
                              r"|ผลการดำเนินงานตามตัวชี้วัด|ผลการดำเนินการตามตัวชี้วัด|รายงานผลตัวชี้วัด")),
    ("minutes", re.compile(r"(บันทึก|สรุป|รายงาน)(ผล)?การประชุม|ระเบียบวาระการประชุม|ประชุมคณะทำงาน")),
    ("analysis", re.compile(r"การวิเคราะห์ผล|ผลการวิเคราะห์|วิเคราะห์ผลการประเมิน"
                            r"|นำผล(การประเมิน)?.{0,120}ไป(สู่|ใช้)?(การ)?(ปรับปรุง|พัฒนา|ยกระดับ)")),
    ("measures", re.compile(r"มาตรการ")),
    # an action plan and its progress / monitoring report are plans of measures
    ("measures", re.compile(r"แผนปฏิบัติการ|แผนการดำเนินงาน|ผลการดำเนินงานตามแผน|ผลการดำเนินการตามแผน"
                            r"|การติดตามผลการดำเนินงาน|แผนงาน/?โครงการ|แผนป้องกัน(?:และปราบปราม)?การทุจริต"
                            r"|แผน(?:การ)?ขับเคลื่อน|ปฏิทินการดำเนินงาน")),
)

_FISCAL_YEAR = re.compile(r"ปี\s*งบ\s*ประมาณ\s*(?:พ\s*\.\s*ศ\s*\.?)?\s*(\d{4}|\d{2})(?!\d)")
_TITLE_STOP = re.compile(r"^(ที่\s|เรื่อง|เรียน|สิ่งที่ส่งมาด้วย|อ้างถึง|วันนี้|ด้วย|ตามที่)")
# Thai official correspondence: memo header, announcement/order heading,
# subject line, and what ends the subject (salutation, body openers).
_MEMO = re.compile(r"^บันทึก\s*ข้อความ")
_NOTICE = re.compile(r"^(ประกาศ|คำสั่ง|ระเบียบ)\S")
_SUBJECT = re.compile(r"^เรื่อง\s*:?\s*")
_LETTER_BODY = re.compile(r"^(เรียน|ถึง|อ้างถึง|สิ่งที่ส่งมาด้วย|ด้วย|ตามที่|โดยที่|ที่\s)")
_DOTTED = re.compile(r"^[.\-_=…\s]{5,}$")
_LEADER = re.compile(r"\s*[.…_=\-]{5,}.*$")  # a rule or dotted leader under the subject
# A line under a title that carries on the title: its year, round or number.
_TITLE_CONTINUATION = re.compile(r"^(ประจำ)?ปี\s*งบประมาณ|^รอบ\s*\S*\s*\d|^ครั้งที่")
_LOCATION = re.compile(r"(ตำบล|อำเภอ|จังหวัด|ต\.|อ\.|จ\.)\s*\S+|[\s,]+")
_UNIT_LABEL = re.compile(r"\s*(หน่วยงาน|ส่วนราชการ)\s*:?\s*$")
# Lines under a title that say who made the report, not what it is.
_BYLINE = re.compile(r"^(จัดทำโดย|สังกัด|โดย\s|เสนอ|ผู้จัดทำ)")

EARLIEST_FISCAL_YEAR = 2550
_MEETING_NUMBER = re.compile(r"ครั้งที่\s*\d+\s*/\s*(\d{4}|\d{2})(?!\d)")
_MEETING_HEADING = re.compile(r"^(บันทึก|รายงาน|สรุป)(ผล)?(การ)?ประชุม")
_SIGNED_ON = re.compile(r"(?:ประกาศ|สั่ง|ให้ไว้)?\s*ณ\s*วันที่\s*(.{4,40})")

# Units that a report cites but never writes as itself.
_NOT_AUTHOR = re.compile(r"ป\s*\.\s*ป\s*\.\s*(ช|ท)|คณะกรรมการป้องกันและปราบปรามการทุจริต|สำนักงานตำรวจแห่งชาติ")


def read_document_facts(doc: ExtractedDocument, file_name: str = "") -> DocumentFacts:
    lines = opening_lines(doc)
    title = title_of(doc, lines)
    text = full_text(doc)
    doc_type = doc_type_of(title, lines)
    if any(p.text_source == "ocr" for p in doc.pages):
        year = report_fiscal_year(
            ocr_year_words(title) if title else title, [ocr_year_words(ln) for ln in lines],
            ocr_year_words(text), doc_type)
    else:
        year = report_fiscal_year(title, lines, text, doc_type)
    return DocumentFacts(
        unit=author_unit(lines, text),
        fiscal_year=year,
        doc_type=doc_type,
        title=title,
    )


# What Tesseract makes of the words around a year on a scan: "พ.ศ." as "WA.", "Wd.", "W.A.", "พ:ศ.";
# "ปีงบประมาณ" as "ปิ่งบประมาณ"; "วันที่" as "วันที". The misread era is only taken before a BE year.
_OCR_ERA = re.compile(r"(?<![A-Za-z])(?:[A-Za-z]{1,2}\s*[.:,]\s*(?:[A-Za-z]\s*[.:,]?)?|พ\s*[.:,]?\s*ศ\s*[.:,]?)\s*"
                      r"(?=[2๒][5๕][0-9๐-๙]{2}(?![0-9๐-๙]))")
_OCR_FISCAL = re.compile(r"ป[ีิ][่้]?\s*งบ\s*ประมาณ")
_OCR_DAY = re.compile(r"วันท[ีิ](?![่])")


def ocr_year_words(text: str) -> str:
    """OCR text with the words that announce a year spelled right again, so that the
    year patterns find it. Only the words: the year's digits are what Tesseract and the
    digit reader read, and records.confidence gives the year the confidence of that
    reading (a year read unsurely is stored with needs_review, never as a plain fact)."""
    text = _OCR_ERA.sub("พ.ศ. ", text)
    text = _OCR_FISCAL.sub("ปีงบประมาณ", text)
    return _OCR_DAY.sub("วันที่", text)


def full_text(doc: ExtractedDocument) -> str:
    return "\n".join(p.text for p in doc.pages)


def opening_lines(doc: ExtractedDocument, limit: int = 40) -> list[str]:
    """The first non-empty lines of the body (paragraphs before and around the first tables)."""
    lines: list[str] = []
    for block in doc.blocks:
        if block.kind == "table" and block.table is not None:
            cells = [c for row in block.table.rows[:3] for c in row]
            parts = [ln for c in cells for ln in c.splitlines()]
        else:
            parts = block.text.splitlines()
        lines.extend(ln.strip() for ln in parts if ln.strip())
        if len(lines) >= limit:
            break
    if not lines and doc.pages:  # e.g. an OCR'd page with no blocks
        lines = [ln.strip() for ln in doc.pages[0].text.splitlines() if ln.strip()]
    return lines[:limit]


def title_of(doc: ExtractedDocument, lines: list[str]) -> str | None:
    """The title line(s) as printed.

    A title looks different from the body: a Title/Heading style in Word, a
    larger font in a PDF. The title is the first run of opening paragraphs
    in that look (stopping at the cover's unit line); a report with no such
    look falls back to its short opening lines.
    """
    subject = official_letter_subject(lines) or meeting_title(lines)
    if subject:
        return subject
    opening = [b for b in doc.blocks[:15] if b.kind == "paragraph" and b.text.strip()]
    looks = [title_look(b, opening) for b in opening]
    # A title is at the top (a cover may put the unit's name above it): a
    # heading further down is a section, not the title.
    first = next((i for i, look in enumerate(looks[:TITLE_SEARCH_BLOCKS + 1])
                  if look is not None and not _is_unit_line(" ".join(opening[i].text.split()))), None)
    if first is not None:
        wanted, run = looks[first], []
        for block, look in zip(opening[first:], looks[first:]):
            text = " ".join(block.text.split())
            continues = bool(run) and _TITLE_CONTINUATION.match(text) and len(text) <= MAX_TITLE_LINE
            if (look != wanted and not continues) or (run and (_is_unit_line(text) or _BYLINE.match(text))) \
                    or len(run) == MAX_TITLE_LINES:
                break
            run.append(without_trailing_units(text))
        return " ".join(run) or None
    # No title look (plain text, OCR): the short lines of the first paragraph.
    first = opening[0].text.splitlines() if opening else lines[:1]
    picked: list[str] = []
    for line in (ln.strip() for ln in first if ln.strip()):
        if _TITLE_STOP.match(line) or _BYLINE.match(line) or len(line) > MAX_TITLE_LINE:
            break
        if picked and _is_unit_line(line):
            break
        picked.append(line)
        if len(picked) == MAX_TITLE_LINES:
            break
    return " ".join(picked) or None


def official_letter_subject(lines: list[str]) -> str | None:
    """The title of a Thai official letter, announcement or order.

    A memo (บันทึกข้อความ) is titled by its subject line (เรื่อง ...); an
    announcement or order (ประกาศ... / คำสั่ง...) by its heading plus the
    subject. The subject may wrap onto lines before the salutation (เรียน).
    """
    head = lines[:12]
    at = next((i for i, ln in enumerate(head) if _SUBJECT.match(ln)), None)
    if at is None:
        return None
    is_memo = any(_MEMO.match(ln) for ln in head[:at])
    notice = next((ln for ln in head[:at][-2:] if _NOTICE.match(ln)), None) if at <= 4 else None
    is_notice = notice is not None
    if not (is_memo or is_notice):
        return None
    subject = [_LEADER.sub("", _SUBJECT.sub("", head[at])).strip()]
    for ln in head[at + 1:at + 3]:
        if _LETTER_BODY.match(ln) or _DOTTED.match(ln) or len(ln) > MAX_TITLE_LINE:
            break
        subject.append(ln)
    text = " ".join(" ".join(part.split()) for part in subject if part)
    return f"{' '.join(notice.split())} เรื่อง {text}" if notice and not is_memo else text


def meeting_title(lines: list[str]) -> str | None:
    """Minutes are titled by their heading through the meeting number
    ("บันทึกการประชุม / คณะกรรมการ ... / ครั้งที่ 1/2568")."""
    if not lines or not _MEETING_HEADING.match(lines[0]):
        return None
    for end, line in enumerate(lines[:4]):
        if _MEETING_NUMBER.search(thai_digits_to_arabic(line)):
            return " ".join(" ".join(ln.split()) for ln in lines[:end + 1])
    return None


def without_trailing_units(text: str) -> str:
    """A title line without the cover's unit name a PDF paragraph glued to its
    end ("... (รอบ ๖ เดือน) หน่วยงาน สถานีตำรวจภูธร... ตำรวจภูธรจังหวัด...").
    A unit inside the title ("... ของจังหวัดสมุทรปราการ ประจำปี ...") stays."""
    for unit in find_unit_names(text):
        at = text.find(unit.name)
        if at <= 0:
            continue
        rest = text[at:]
        for other in find_unit_names(rest):
            rest = rest.replace(other.name, " ")
        if not _LOCATION.sub(" ", rest).strip():
            return _UNIT_LABEL.sub("", text[:at]).rstrip()
    return text


def title_look(block: Block, opening: list[Block]) -> str | None:
    """'size:<pt>' or 'style:<name>' when the block looks like a title, else None.

    Size decides when it is known (PDF glyphs, Word runs and styles): larger
    than the body text of the opening. Otherwise a Title/Heading style.
    """
    sizes = sorted(b.font_size for b in opening if b.font_size)
    if block.font_size and sizes:
        body = sizes[len(sizes) // 2]
        return f"size:{block.font_size:g}" if block.font_size >= body + 1 else None
    style = (block.style or "").lower()
    return f"style:{style}" if style.startswith(("title", "heading")) else None


def _is_unit_line(line: str) -> bool:
    """A line that is just a unit's name (and its address), as on a cover."""
    units = find_unit_names(line)
    return bool(units) and len(line) <= len(units[0].name) + 60 and line.startswith(units[0].name[:4])


def doc_type_of(title: str | None, lines: list[str]) -> str:
    """The kind of report its title (else its cover) names; a memo (บันทึกข้อความ) that is
    about a meeting is still a memo: `other`, never `minutes`."""
    memo = any(_MEMO.match(ln) for ln in lines[:3])
    for source in (title or "", " ".join(lines[:COVER_LINES])):
        for doc_type, pattern in DOC_TYPE_RULES:
            if pattern.search(_squash(source)):
                return "other" if memo and doc_type == "minutes" else doc_type
    return "other"


def _squash(s: str) -> str:
    """Thai text without spaces (a title wrapped over lines may be split anywhere)."""
    return re.sub(r"\s+", "", s)


# a form label: at a line start (or after a number a PDF ran into it), then a space or a colon
# ("ในหน่วยงานเทศบาล..." in a sentence is no label)
_UNIT_FIELD = re.compile(r"(?:^|(?<=[\s0-9๐-๙:.)]))(?:ชื่อหน่วยงาน|หน่วยงาน|ส่วนราชการ)(?:\s*[:：]\s*|\s+)(?=\S)", re.M)


def labelled_units(cover: str) -> list:
    """Units named right after a form label "หน่วยงาน" / "ส่วนราชการ" / "ชื่อหน่วยงาน" (the unit that
    fills the form, which beats a parent named in the title: "...ในสังกัดสำนักงานปลัดกระทรวง...")."""
    found = []
    for m in _UNIT_FIELD.finditer(cover):
        units = find_unit_names(cover[m.end(): m.end() + 120].split("\n")[0])
        if units and not _NOT_AUTHOR.search(units[0].name) and cover[m.end():].startswith(units[0].name[:3]):
            found.append(units[0])
    return found


def best_spelling(unit, others: list, cover: str):
    """`unit`, or the spelling of it the cover prints more often (an OCR'd form field
    "ไทยเจวิญ" against the heading's "ไทยเจริญ" twice): one or two letters apart."""
    best = unit
    for other in others:
        if other.name != unit.name and other.unit_type == unit.unit_type \
                and edit_distance(other.name, unit.name) <= 2 and cover.count(other.name) > cover.count(best.name):
            best = other
    return best


def author_unit(lines: list[str], text: str) -> UnitFacts | None:
    """The unit a form label names on the cover; else the first on the cover/letterhead; else
    the one the report names most."""
    cover = "\n".join(lines[:COVER_LINES])
    on_cover = [u for u in find_unit_names(cover) if not _NOT_AUTHOR.search(u.name)]
    candidates = [best_spelling(u, on_cover, cover) for u in labelled_units(cover)] or on_cover
    if not candidates:
        counts = Counter()
        first: dict[str, object] = {}
        for u in find_unit_names(text):
            if not _NOT_AUTHOR.search(u.name):
                counts[u.name] += 1
                first.setdefault(u.name, u)
        if not counts:
            return None
        candidates = [first[counts.most_common(1)[0][0]]]  # type: ignore[list-item]
    unit = candidates[0]
    province = unit.province or _province_nearby(unit.name, cover) or _dominant_province(text)
    return UnitFacts(name=unit.name, unit_type=unit.unit_type, province=province)


def _province_nearby(name: str, cover: str) -> str | None:
    at = cover.find(name)
    return province_in(cover[at:at + len(name) + 120]) if at >= 0 else None


def _dominant_province(text: str) -> str | None:
    """The province the report names most, as จังหวัด X / จ.X or inside a unit name."""
    counts: Counter[str] = Counter()
    for u in find_unit_names(text):
        if u.province:
            counts[u.province] += 1
    return counts.most_common(1)[0][0] if counts else None


def report_fiscal_year(title: str | None, lines: list[str], text: str, doc_type: str = "other") -> int | None:
    """The fiscal year the report is for, from the most to the least explicit statement:
    its title, its cover, its own date (signed "ณ วันที่ ...", a meeting's
    "วันนี้ (...)"), then the fiscal year its body names most.

    Minutes are for the year they were held in: the meeting's date (or its
    number "ครั้งที่ 1/2568") comes before the years its agenda discusses.
    """
    cover = " ".join(lines[:COVER_LINES])
    if doc_type == "minutes":
        held = _first_date(cover)
        if held and plausible_fiscal_year(fiscal_year_of(held)):
            return fiscal_year_of(held)
        numbered = _MEETING_NUMBER.search(thai_digits_to_arabic(title or cover))
        if numbered and plausible_fiscal_year(be_year(int(numbered.group(1)))):
            return be_year(int(numbered.group(1)))
    for source in (title or "", cover):
        years = [y for y in fiscal_years_named(source) if plausible_fiscal_year(y)]
        results = doc_type == "analysis" or (_RESULTS_OVER_YEARS.search(title or "") and not re.search(r"แผน", title or ""))
        span = _YEAR_SPAN.search(thai_digits_to_arabic(source)) if results else None
        if years and span and int(span.group(1)) < int(span.group(2)) and plausible_fiscal_year(int(span.group(2))):
            # results "ย้อนหลัง ๕ ปี (ปีงบประมาณ พ.ศ. ๒๕๖๔ – ๒๕๖๘)": the report is on its latest year (a plan
            # over years is its first year's, below)
            return int(span.group(2))
        if years:
            return years[0]
    first = first_year_of_span(title or "")
    if first is not None:
        return first
    for dated in (_first_date(cover), signed_date(text)):
        if dated and plausible_fiscal_year(fiscal_year_of(dated)):
            return fiscal_year_of(dated)
    counts = Counter(y for y in fiscal_years_named(text) if plausible_fiscal_year(y))
    return counts.most_common(1)[0][0] if counts else None


_RESULTS_OVER_YEARS = re.compile(r"ผลการประเมิน|ย้อนหลัง|เปรียบเทียบ")
_YEAR_SPAN = re.compile(r"(?:พ\s*\.\s*ศ\s*\.?|ปี)\s*(25[5-9][0-9])\s*[-–—]\s*(?:พ\s*\.\s*ศ\s*\.?)?\s*(25[5-9][0-9])")


def first_year_of_span(title: str) -> int | None:
    """A multi-year plan's title "แผน...๔ ปี (พ.ศ. ๒๕๖๖ – ๒๕๖๙)": its first year, the year the plan
    starts in (a span written the other way round names no year)."""
    m = _YEAR_SPAN.search(thai_digits_to_arabic(title))
    if not m or int(m.group(1)) > int(m.group(2)) or not plausible_fiscal_year(int(m.group(1))):
        return None
    return int(m.group(1))


def plausible_fiscal_year(year: int) -> bool:
    """ITA began in fiscal 2556; a year far outside is a misread (OCR reads ๖ as ๒)."""
    return EARLIEST_FISCAL_YEAR <= year <= date.today().year + 543 + 2


def signed_date(text: str) -> date | None:
    """The date a letter, order or announcement was signed: "ประกาศ ณ วันที่ ๑๓ พฤศจิกายน พ.ศ. ๒๕๖๒"."""
    for m in _SIGNED_ON.finditer(thai_digits_to_arabic(text)):
        d = parse_thai_date(m.group(1))
        if d:
            return d
    return None


def fiscal_years_named(text: str) -> list[int]:
    """Every 'ปีงบประมาณ (พ.ศ.) YYYY' in order, as BE years."""
    return [be_year(int(m.group(1))) for m in _FISCAL_YEAR.finditer(thai_digits_to_arabic(text))]


def _first_date(text: str):
    for m in re.finditer(r"\(?\s*\d{1,2}\s*[ก-ฮ][ก-ฮ.\s]{1,12}\d{2,4}", thai_digits_to_arabic(text)):
        d = parse_thai_date(m.group(0).strip("( "))
        if d:
            return d
    return None
