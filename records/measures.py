"""Measures (มาตรการ / โครงการ / กิจกรรม) a unit commits to, from tables and lists.

Layouts are recognised by rules, not by report:

- a measures table is any table whose header names a title column
  (มาตรการ/โครงการ/กิจกรรม/แนวทาง, else ด้าน/ประเด็น) and at least one of an
  owner, period, deadline or monitoring column (`records.tables`);
- its indicator comes from an indicator column (carried down over empty
  cells), else from an indicator line at the top of the title cell
  ("ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่"), else from indicator words in the title;
  always by the indicator's NAME;
- a title cell listing several numbered measures gives one measure each;
- a row whose title (and indicator) cells are empty and that has no period of
  its own continues the row above (a row split by a page break);
- without any measures table, numbered or dashed items under a heading that
  names มาตรการ / แนวทาง / โครงการ / กิจกรรม are the measures, with the
  indicator of the last indicator heading and the owners of a "เน้นที่ ..." /
  "ผู้รับผิดชอบ ..." line among them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from extractors.model import Block, ExtractedDocument
from extractors.wraps import join_wrapped, open_brackets
from normalizers.dates import (
    THAI_MONTH_ABBREVIATIONS,
    THAI_MONTHS,
    fiscal_year_of,
    parse_ocr_period,
    parse_thai_period,
)
from normalizers.indicators import INDICATORS, indicators_in
from normalizers.numbers import baht_amount
from normalizers.questions import question_codes, tool_of_question
from normalizers.thai_text import normalize_label, thai_digits_to_arabic
from records.model import DocumentFacts, MeasureRow
from records.owners import (
    ORG_PREFIXES, POSITION_PREFIXES, abbreviation_legend, owners_by_legend, parse_owner_lines, parse_owners,
)
from records.tables import (
    LogicalTable, cell_text, compact, logical_tables, month_of_label, role_of_header, ticked_label, year_of_label,
)

# --------------------------------------------------------------------------
# indicators named in free text


# Word pairs that name an indicator when a title paraphrases it
# ("การพัฒนา/ปรับปรุงคุณภาพในการทำงาน" is indicator 8).
_KEYWORDS: dict[int, tuple[tuple[str, ...], ...]] = {
    1: (("ปฏิบัติหน้าที่",), ("ปฎิบัติหน้าที่",)),
    2: (("เบิกจ่าย", "งบประมาณ"), ("ใช้จ่ายงบประมาณ",), ("การใช้งบประมาณ",)),
    3: (("ใช้อำนาจ",),),
    4: (("ทรัพย์สิน", "ราชการ"), ("ครุภัณฑ์",), ("ยืม", "พัสดุ")),  # "ทรัพย์สินบริจาค" is no government property
    5: (("แก้ไขปัญหา", "ทุจริต"),),
    6: (("คุณภาพ", "ดำเนินงาน"), ("คุณภาพ", "ให้บริการ")),
    7: (("ประสิทธิภาพ", "สื่อสาร"), ("ช่องทาง", "ความคิดเห็น"), ("รับฟัง", "ความคิดเห็น")),
    8: (("ปรับปรุง", "การทำงาน"), ("ปรับปรุง", "ระบบการ"), ("ปรับปรุง", "ปฏิบัติงาน")),
    9: (("เปิดเผย", "ข้อมูล"),),
    10: (("ป้องกัน", "ทุจริต"), ("nogift",), ("ไม่รับของขวัญ",), ("มาตรการส่งเสริมคุณธรรม",)),
}
# words that name an indicator in a heading or label but not in a measure's title: No Gift is asked
# about under indicator 1 (IIT, gifts in duty) as much as shown under 10 (OIT, prevention), so a
# No Gift measure is tied to neither unless the report says which (blind gold split 2 to 5 on it)
_LABEL_ONLY_WORDS = (("nogift",), ("ไม่รับของขวัญ",))
_INDICATOR_LINE = re.compile(r"^\s*[-–•●▪■]?\s*ตัวชี้วัด(?:ที่)?\s*[0-9๐-๙]{1,2}")


def indicator_of_label(text: str | None) -> int | None:
    """Indicator named by a label cell or heading (exact or close name, else word pairs).

    A name wins over the report's numbering; a label that gives ONLY a number
    ("ตัวชี้วัดที่ 10") names that indicator."""
    if not text:
        return None
    found = indicators_in(text)
    if found:
        if len(found) == 1:
            return found[0]
        return max(found, key=lambda n: len(INDICATORS[n].name))
    by_words = _by_keywords(text)
    if by_words is not None:
        return by_words
    return indicator_by_number(text)


_NUMBER_ONLY = re.compile(r"^\s*(?:ตัวชี้วัด(?:ที่)?|indicator)\s*([0-9๐-๙]{1,2})\s*[\.\)]?\s*$", re.IGNORECASE)


def labelled_fields(fields, detail: list[str]) -> dict[str, str]:
    """{role: value} of an item's labelled lines ("ผู้รับผิดชอบ : ..."); a repeated
    role, outputs and budgets go to `detail` as "label: value" lines instead."""
    got: dict[str, str] = {}
    for role, label, value in fields:
        if role in got or role in ("output", "budget"):
            detail.append(f"{label}: {value}")
        else:
            got[role] = value
    return got


def indicator_of_field(value: str) -> int | None:
    """The indicator an item's indicator field names: by name, else by its number alone
    ("๗", "ที่ 7", "ITA ที่ 2" after the label ตัวชี้วัด)."""
    found = indicator_of_label(value)
    if found is not None:
        return found
    m = re.fullmatch(r"(?:ITA\s*)?(?:ที่\s*)?([0-9๐-๙]{1,2})", value.strip())
    n = int(thai_digits_to_arabic(m.group(1))) if m else None
    return n if n in INDICATORS else None


def indicator_by_number(text: str | None) -> int | None:
    """"ตัวชี้วัดที่ ๑๐" with no name after it: the number is the indicator."""
    return _indicator_number(_NUMBER_ONLY, text)


def _indicator_number(pattern: re.Pattern[str], text: str | None) -> int | None:
    """The indicator number `pattern` captures in `text` (Thai or Arabic digits), if 1-10."""
    m = pattern.match(text or "")
    if not m:
        return None
    n = int(thai_digits_to_arabic(m.group(1)))
    return n if n in INDICATORS else None


def indicator_in_title(text: str | None) -> int | None:
    """The indicator a measure's title NAMES ("...ด้านการเปิดเผยข้อมูล"), longest name first, or None.

    A word of an indicator's name is not enough: "งบประมาณ" or "ป้องกันการทุจริต" in a
    title ties the measure to no indicator (issue 8: such guesses were wrong facts); headings
    and labels (`indicator_of_label`) may still paraphrase an indicator."""
    if not text:
        return None
    t = compact(text)
    exact = [n for n, ind in INDICATORS.items() if ind.name in t and not _in_a_phrase(t, ind.name)
             and (n not in GENERIC_INDICATORS or _introduced_as_indicator(t, ind.name))]
    found = max(exact, key=lambda n: len(INDICATORS[n].name)) if exact else _by_keywords(text, in_title=True)
    tools = _tools_of_codes(text)
    if found is not None and tools and INDICATORS[found].tool not in tools:
        return None  # "...การใช้จ่ายงบประมาณ (O7)": an OIT item, whatever its words recall of indicator 2
    return found


def _tools_of_codes(text: str) -> set[str]:
    """The tools of the ITA item codes a text names ("(O7)" -> {"OIT"})."""
    return {tool_of_question(c) for c in question_codes(text)} - {None} if re.search(r"[IEOieo]\s?[0-9]", text) else set()


def indicator_of_codes(text: str, named: set[int]) -> int | None:
    """The indicator of the item codes a task names ("... (O9)") when the document names one
    indicator of that tool and no other of it ("ตัวชี้วัดที่ ๙" over an O1-O10 checklist): the
    codes' numbering changes year by year, the document says which indicator they are under."""
    tools = _tools_of_codes(text)
    if len(tools) != 1:
        return None
    candidates = {n for n in named if INDICATORS[n].tool in tools}
    return candidates.pop() if len(candidates) == 1 else None


def indicators_named(doc: ExtractedDocument) -> set[int]:
    """The indicators a document's paragraphs name by number ("ตัวชี้วัดที่ ๙")."""
    out: set[int] = set()
    for block in doc.blocks:
        if block.kind == "paragraph" and "ตัวชี้วัด" in block.text:
            for m in _INDICATOR_REF.finditer(block.text):
                n = ref_indicator(m)
                if n is not None:
                    out.add(n)
    return out


# Indicators whose names are everyday words of any plan ("งบประมาณ", "ป้องกันการทุจริต"):
# a title ties a measure to them only when it introduces the name as an indicator.
GENERIC_INDICATORS = frozenset({10})


def _in_a_phrase(compact_text: str, name: str) -> bool:
    """"...สินบนในการปฏิบัติหน้าที่": the name inside a phrase "ใน<name>" (in doing one's duty),
    not the topic of the measure."""
    k = compact_text.find(name)
    return compact_text[:k].endswith(("ใน", "ในการ", "จาก", "จากการ"))  # "...ของกำนัลจากการปฏิบัติหน้าที่": from doing duty


def _introduced_as_indicator(compact_text: str, name: str) -> bool:
    """"ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต", "ด้านการป้องกันการทุจริต": the name as an indicator."""
    k = compact_text.find(name)
    return bool(re.search(r"(?:ตัวชี้วัด(?:ที่)?[0-9๐-๙]{0,2}|ด้าน)$", compact_text[:k]))


def _by_keywords(text: str, in_title: bool = False) -> int | None:
    """The indicator whose word group `text` contains (the longest group wins). In a measure's
    title (`in_title`) the word pairs of everyday indicators (GENERIC_INDICATORS: "ป้องกัน" +
    "ทุจริต") do not count."""
    t = compact(text).lower()
    best: tuple[int, int] | None = None
    for no, groups in _KEYWORDS.items():
        for words in groups:
            if in_title and ((no in GENERIC_INDICATORS and len(words) > 1)
                             or (len(words) == 1 and _in_a_phrase(t, words[0])) or words in _LABEL_ONLY_WORDS):
                continue  # "...สินบนในการปฏิบัติหน้าที่": a phrase, not the measure's topic
            if all(w in t for w in words):
                score = sum(len(w) for w in words)
                if best is None or score > best[1]:
                    best = (no, score)
    return best[0] if best else None


# --------------------------------------------------------------------------
# periods in free text

_MONTHS = sorted([m for m in THAI_MONTHS] + [a for a in THAI_MONTH_ABBREVIATIONS]
                 + [a.replace(".", "") for a in THAI_MONTH_ABBREVIATIONS], key=len, reverse=True)
_MONTH_ALT = "|".join(re.escape(m).replace(r"\.", r"\.?\s?") for m in _MONTHS)
_DIG = r"[0-9๐-๙]"
_DATE = rf"(?:{_DIG}{{1,2}}\s*)?(?:{_MONTH_ALT})\s*(?:พ\.?\s?ศ\.?\s*)?(?:{_DIG}{{2,4}})?"
_PERIOD_IN_TEXT = re.compile(
    rf"(?:(?:ภายใน|ตั้งแต่|ก่อน|ไม่เกิน|ระหว่าง|ถึง)\s*(?:วันที่|เดือน|สิ้นเดือน)?\s*)?{_DATE}"
    rf"(?:\s*(?:-|–|—|ถึง|จนถึง)\s*(?:วันที่|เดือน|สิ้นเดือน)?\s*{_DATE})?"
)
_WHOLE_YEAR = re.compile(r"ตลอดปีงบประมาณ\s*(?:พ\.?\s?ศ\.?)?\s*(?:[0-9๐-๙]{2,4})?|ตลอดทั้งปี|ตลอดปี"
                         r"|ปีงบประมาณ\s*(?:พ\.ศ\.)?\s*[0-9๐-๙]{2,4}")


def period_in_text(text: str | None) -> str | None:
    """The time-frame phrase written inside a longer text ("...ทราบภายในเดือนมีนาคม ๒๕๖๖")."""
    if not text:
        return None
    for m in _PERIOD_IN_TEXT.finditer(text):  # the first that has a day or a year
        if re.search(_DIG, m.group(0)):
            return m.group(0).strip()
    m = _WHOLE_YEAR.search(text)
    if m:
        return m.group(0).strip()
    return None


def read_period(text: str | None, fiscal_year: int | None, deadline: bool = False,
                ocr: bool = False) -> tuple[date | None, date | None]:
    """(start, end) of a measure's period; read by OCR, garbled months are repaired or the
    period is left unread (`parse_ocr_period`): a date guessed from a misreading is not
    stored (the raw text stays in period_text), and a measure read by OCR is stored with
    needs_review whatever its dates (`records.confidence.attach_measure_confidence`)."""
    if not text:
        return None, None
    try:
        start, end = parse_ocr_period(text, fiscal_year)[:2] if ocr else parse_thai_period(text, fiscal_year)
    except Exception:  # a date grammar bug must not cost the measure
        return None, None
    if deadline and start is not None and end is not None and not _RANGE_WRITTEN.search(thai_digits_to_arabic(text)):
        # "ระยะเวลาเสร็จ ๓๐ มี.ค. ๖๘", "กำหนดแล้วเสร็จ ธ.ค. ๖๖": a completion date or month
        # (end = its last day); a range written out ("ก.พ. - เม.ย. ๖๗") keeps its start
        start = None
    return start, end


_RANGE_WRITTEN = re.compile(r"[0-9\u0e01-\u0e4e.]\s*(?:-|–|—|ถึง|จนถึง)\s*[0-9\u0e01-\u0e4e]")


# --------------------------------------------------------------------------
# numbered items inside a cell

_ITEM_START = re.compile(r"(?:^|\n|(?<=\s))[\(]?([0-9๐-๙]{1,2})[\.\)](?![0-9๐-๙])\s*")
# a Thai letter enumerator "ก. " / "ข) " / "(ค) " is a list marker like "1." (a space must follow:
# "ก.พ." and "ป.ป.ช." are abbreviations)
THAI_LETTER_ENUM = r"\(?[ก-ฮ][\.\)]\s+"
_LEAD_ENUM = re.compile(
    r"^\s*(?:[-–•●▪■*✔✓➢➤►]+\s*|\(?[0-9๐-๙]{1,2}\.[0-9๐-๙]{1,2}\.?\s+|\(?[0-9๐-๙]{1,2}[\.\)]\s*|" + THAI_LETTER_ENUM + r")+"
)


def strip_enumerator(text: str) -> str:
    return _LEAD_ENUM.sub("", text).strip()


def numbered_items(text: str) -> list[str]:
    """Items of a cell that lists "๑. ... ๒. ..." (at least two, numbered 1, 2, ...)."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    items: list[str] = []
    expected = 1
    for k, ln in enumerate(lines):
        m = re.match(r"^\(?([0-9๐-๙]{1,2})[\.\)](?![0-9๐-๙])\s*", ln)
        if m and int(thai_digits_to_arabic(m.group(1))) == expected:
            items.append(ln[m.end():].strip())
            expected += 1
        elif items:
            items[-1] = f"{items[-1]} {ln}"
        elif k > 0 or len(ln) > 60:
            return []
        # else: an umbrella line over the items ("กิจกรรมส่งเสริมคุณธรรมของบุคลากร" / "(๑) ..." / "(๒) ...")
    if len(items) < 2:
        # numbered items run together on one line: "๑.ก ๒.ข"
        flat = " ".join(lines)
        parts = _split_inline(flat)
        return parts if len(parts) >= 2 else []
    return items


_ITEM_ANYWHERE = re.compile(r"(?<![0-9๐-๙\.])[\(]?([0-9๐-๙]{1,2})[\.\)](?![0-9๐-๙])\s*")


def _split_inline(text: str) -> list[str]:
    """Items numbered 1, 2, ... in running text (also glued: "...งาน๒.จัดฝึกอบรม")."""
    starts = []
    expected = 1
    for m in _ITEM_ANYWHERE.finditer(text):
        if int(thai_digits_to_arabic(m.group(1))) == expected:
            starts.append(m)
            expected += 1
    if len(starts) < 2 or starts[0].start() > 2:
        return []
    out = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(text)
        out.append(text[m.end():end].strip())
    return [o for o in out if o]


# --------------------------------------------------------------------------
# table measures


@dataclass
class _Draft:
    indicator_no: int | None
    title: str
    cells: dict[int, list[str]] = field(default_factory=dict)  # column -> texts
    page: int | None = None
    rows: list[int] = field(default_factory=list)  # the table rows its cells were taken from


def _cell(row: list[str], i: int | None) -> str:
    if i is None or i >= len(row):
        return ""
    return row[i].strip()


def _is_section_row(row: list[str], table: LogicalTable) -> bool:
    """A caption inside the table ("■ การจัดทำ OIT", a tool name over the owner header)."""
    filled = [i for i, c in enumerate(row) if c.strip()]
    if not filled:
        return True
    header = table.header_rows[-1] if table.header_rows else []
    # a cell that repeats its column's header word (ผู้รับผิดชอบ under ผู้รับผิดชอบ)
    for i in filled:
        for h in table.header_rows:
            if i < len(h) and h[i].strip() and compact(row[i]) == compact(h[i]):
                return True
    del header
    if len(filled) == 1 and filled[0] == 0 and len(row) > 2:
        return True
    if is_group_heading(" ".join(row[i] for i in filled)) and len(set(compact(row[i]) for i in filled)) == 1:
        return True
    if is_total_row(row):
        return True
    if len(row) > 2 and _indicator_group_row([row[i] for i in filled]):
        return True
    return False


_GROUP_HEADING = re.compile(
    r"^\s*(?:ยุทธศาสตร์(?:ที่)?|ประเด็นยุทธศาสตร์(?:ที่)?|มิติ(?:ที่)?|แผนงาน(?:ที่)|ตัวชี้วัด(?:ที่)?|ด้านที่|เป้าประสงค์(?:ที่)?|"
    r"กลยุทธ์(?:ที่)?|แนวทางที่|ส่วนที่)\s*[0-9๐-๙]{1,2}")
_TOTAL = re.compile(r"^\s*(?:รวม|รวมทั้งสิ้น|รวมทั้งหมด|รวมงบประมาณ|ยอดรวม|total)\s*(?:\(บาท\)|ทั้งสิ้น)?\s*"
                    # "รวมทั้งสิ้น ๘ โครงการ/กิจกรรม": how many rows it sums
                    r"(?:[0-9๐-๙]{1,3}\s*(?:โครงการ|กิจกรรม|มาตรการ|รายการ)(?:\s*/\s*(?:โครงการ|กิจกรรม|มาตรการ))?\s*)?$", re.I)


def is_group_heading(text: str) -> bool:
    """A grouping row's text: "ยุทธศาสตร์ที่ ๑ ...", "มิติที่ ๒ ...", "ตัวชี้วัดที่ ๓ ..." (short, one line)."""
    t = text.strip()
    return bool(_GROUP_HEADING.match(t)) and len(compact(t)) <= 120 and "\n" not in t


def is_total_row(row: list[str]) -> bool:
    """A total row ("รวม | | ๑๒๐,๐๐๐"): its first filled cell says รวม and nothing names an activity."""
    filled = [c for c in row if c.strip()]
    return bool(filled) and bool(_TOTAL.match(filled[0]))


_NUMBER_ONLY_CELL = re.compile(r"^[\s0-9๐-๙.,()\-–%]*$")


def _content_rows(table: LogicalTable) -> list[list[str]]:
    """The table's rows without merged indicator group rows (their text in every cell would make
    any column look like an indicator column)."""
    return [row for row in table.rows
            if not (len(row) > 2 and _indicator_group_row([c for c in row if c.strip()]))]


def _indicator_group_row(cells: list[str]) -> bool:
    """A merged row naming an indicator, as extractors give it: the text repeated in every
    cell it spans, or after a number ("๑ | ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่")."""
    texts = list(dict.fromkeys(compact(c) for c in cells))
    if len(texts) == 2 and re.fullmatch(r"[0-9๐-๙]{1,2}\.?", texts[0]):
        texts = texts[1:]
    if len(texts) != 1 or len(cells) < 2:
        return False
    t = strip_enumerator(cells[-1]).strip()
    return "\n" not in t and len(compact(t)) <= 80 and bool(re.match(r"^ตัวชี้วัด", t)) \
        and (cell_indicator(t) or indicator_of_label(t)) is not None


_FIRST_ITEM = re.compile(r"(?<![0-9๐-๙])[\(]?[1๑][\.\)](?![0-9๐-๙])")


def _title_line_indicator(title: str) -> tuple[int | None, str, bool]:
    """Split "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่\n๑.จัดทำ..." into (1, "๑.จัดทำ...", True).

    The indicator line ends at the line break, or (text joined without breaks)
    where the first numbered item "๑." starts."""
    m = _INDICATOR_LINE.match(title)
    if not m:
        return None, title, False
    nl = title.find("\n")
    item = _FIRST_ITEM.search(title, m.end())
    cut = min(x for x in (nl if nl >= 0 else len(title), item.start() if item else len(title)))
    ind = indicator_of_label(title[:cut])
    return ind, title[cut:].strip(), True


# Verbs a measure (an action) starts with; a column whose cells mostly start
# with one reads like the measures, whatever its header says.
_ACTION_VERBS = ("จัดทำ", "ส่งเสริม", "พัฒนา", "เผยแพร่", "ประชาสัมพันธ์", "อบรม", "ตรวจสอบ", "ปรับปรุง",
                 "กำหนด", "จัด", "สร้าง", "ประกาศ", "ประเมิน", "รายงาน", "ทบทวน", "ติดตาม", "เปิดเผย",
                 "ให้", "ดำเนินการ", "แต่งตั้ง", "เสริมสร้าง", "ปลูกฝัง", "ควบคุม", "ป้องกัน", "เพิ่ม",
                 "ลด", "บันทึก", "สำรวจ", "แก้ไข", "รณรงค์", "มอบหมาย", "ผู้บริหาร", "ผู้อำนวยการ", "นำ",
                 "กำชับ", "ชี้แจง", "สนับสนุน", "ยกระดับ", "ขับเคลื่อน", "ประชุม", "แจ้ง", "ห้าม")
_ACTION_START = re.compile(r"^(?:" + "|".join(sorted(_ACTION_VERBS, key=len, reverse=True)) + ")")


def _action_share(cells: list[str]) -> float:
    """Share of the numbered items/cells that start with an action verb."""
    items: list[str] = []
    for c in cells:
        parts = numbered_items(c) or [c]
        items.extend(strip_enumerator(p.replace("\n", " ")) for p in parts)
    items = [i for i in items if i]
    if not items:
        return 0.0
    return sum(1 for i in items if _ACTION_START.match(i)) / len(items)


_ACTIVITY_HEADER = re.compile(r"กิจกรรม|โครงการ")  # not แนวทาง/วิธีการ: the steps of one measure


def activity_column(table: LogicalTable, ti: int | None) -> int | None:
    """The column of activities when the title column holds measures merged over several rows
    ("1. มาตรการเปิดเผยข้อมูล..." over "1) ปรับปรุง..." / "2) เผยแพร่..." / "3) รายงาน..."):
    a column headed กิจกรรม/โครงการ (not a column of steps, แนวทาง/วิธีการ) whose cells are filled on every row the title
    column is, and on at least half as many rows again, mostly actions. Its rows are then the
    records, each under the measure above it; None when there is no such column."""
    if ti is None:
        return None
    cols = table.columns
    rows = _content_rows(table)
    titled = [row for row in rows if ti < len(row) and row[ti].strip()]
    if len(titled) < 2:
        return None
    for c, label in enumerate(cols.labels):
        if c == ti or cols.roles[c] not in ("detail", None) or not _ACTIVITY_HEADER.search(compact(label)):
            continue
        filled = [row[c] for row in rows if c < len(row) and row[c].strip()]
        if len(filled) >= 1.5 * len(titled) and all(c < len(row) and row[c].strip() for row in titled) \
                and _action_share(filled) >= 0.6:
            return c
    return None


def title_column_by_content(table: LogicalTable) -> int | None:
    """The column that holds the measures: the header's title column, unless it is
    an issue/aspect column (ประเด็นการพัฒนา, ด้าน...) and another descriptive
    column (วิธีการ/กิจกรรม) reads more like actions (verbs, longer text)."""
    cols = table.columns
    ti = cols.title_index()
    if ti is None:
        return None

    rows = _content_rows(table)

    def cells(c: int) -> list[str]:
        return [row[c] for row in rows if c < len(row) and row[c].strip()]

    base = cells(ti)
    # only an issue column (ประเด็นการพัฒนา...) gives way; a ด้าน/รายการ column names the measure
    if cols.roles[ti] != "issue" and not compact(cols.labels[ti]).startswith("ประเด็น"):
        return ti
    if len(base) < 2:
        return ti
    # items of a checklist ("O1 โครงสร้าง") are what the measures are about: they stay the title
    if sum(1 for c in base if _is_item_code(c)) * 2 >= len(base):
        return ti
    base_share = _action_share(base)
    base_len = sum(len(compact(c)) for c in base) / len(base)
    best = (base_share, ti)
    for c, role in enumerate(cols.roles):
        if c == ti or role not in ("steps", "detail", None):
            continue
        cs = cells(c)
        if len(cs) < max(2, len(base) // 2):
            continue
        share = _action_share(cs)
        avg = sum(len(compact(x)) for x in cs) / len(cs)
        if share >= 0.5 and share > best[0] + 0.2 and avg > base_len:
            best = (share, c)
    return best[1]


_OWNER_START = re.compile(r"^(?:นาย|นาง|น\.ส\.|" + "|".join(map(re.escape, POSITION_PREFIXES + ORG_PREFIXES)) + ")")


def owner_column_by_content(table: LogicalTable, exclude: set[int | None]) -> int | None:
    """On a scanned table whose owner header OCR garbled ("หน่วยงานที่รับ eee"): the one column
    with no role whose cells (at least 3, and 80% of those filled) start as owners do, with a
    person's title, a post or an office ("กลุ่มงาน...", "หัวหน้า...", "นางจิราพร...")."""
    found = []
    for c, role in enumerate(table.columns.roles):
        if role is not None or c in exclude:
            continue
        cells = [compact(row[c]) for row in _content_rows(table) if c < len(row) and row[c].strip()]
        owners = sum(1 for t in cells if _OWNER_START.match(t))
        if owners >= 3 and owners >= 0.8 * len(cells):
            found.append(c)
    return found[0] if len(found) == 1 else None


def is_assessment_checklist(table: LogicalTable) -> bool:
    """A table whose rows are the ITA's own items by code ("O1 | โครงสร้าง | มี | ลิงก์ | ผู้รับผิดชอบ",
    "๑ | O1 โครงสร้าง | สำนักปลัด | ภายใน ต.ค. ๖๘"): a check or a publishing schedule of the OIT's
    items, not a plan of measures. The code opens the row's first cell that is not a bare number."""
    firsts = [first_named_cell(row) for row in table.rows]
    firsts = [cell for cell in firsts if cell]
    coded = sum(1 for cell in firsts if _ITEM_CODE_CELL.match(thai_digits_to_arabic(cell)))
    return len(firsts) >= 3 and coded * 10 >= len(firsts) * 8


_ITEM_CODE_CELL = re.compile(r"^[OIEoie]\s?[0-9]{1,2}(?:\s|$)")


def first_named_cell(row: list[str]) -> str:
    """The row's first cell that holds more than a number (a row number cell is skipped)."""
    return next((c.strip() for c in row if c.strip() and not re.fullmatch(r"[0-9๐-๙.()\s]+", c.strip())), "")


_ACKNOWLEDGED = re.compile(r"^\s*(?:ที่ประชุม\s*)?(?:รับทราบ|รับรอง|ไม่มี|[-–—]\s*$)")


def _table_measures(table: LogicalTable, facts: DocumentFacts, context_indicator: int | None) -> list[MeasureRow]:
    if is_assessment_checklist(table):
        return []
    cols = table.columns
    ti = title_column_by_content(table)
    group = activity_column(table, ti)  # measures merged over rows of their activities: the activities are the records
    if group is not None:
        ti, group = group, ti
    resolved = cols.index("resolution")
    if resolved is not None:
        ti, group = resolved, None  # minutes as a table: what the meeting resolved is the task, not what was said
    ii = cols.index("indicator")
    if ii == ti:
        ii = None
    if ii is None:
        ii = group if group is not None else indicator_column_by_content(table, exclude=ti)
    oi = cols.index("owner")
    if oi is None and table.ocr:
        oi = owner_column_by_content(table, exclude={ti, ii})
    pi = cols.index("period")
    di = cols.index("deadline")
    mi = cols.index("monitoring")
    period_col = pi if pi is not None else di
    split_items = cols.roles[ti] in ("title", "steps", "resolution") if ti is not None else False
    width = len(cols.roles)

    si = cols.index("seq")
    seq_used = si is not None and sum(1 for row in table.rows if _cell(row, si)) >= 2
    period_used = period_col is not None and sum(1 for row in table.rows if _cell(row, period_col)) >= 2
    drafts: list[list[_Draft]] = []  # measures per source row
    current_ind: int | None = None
    section_ind: int | None = None  # an indicator header row inside the table
    for r, raw in enumerate(table.rows):
        row = raw + [""] * (width - len(raw))
        if _is_section_row(row, table):
            # "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล" in a merged one-cell row: the rows below, up to the next
            # header row, belong to that indicator
            head = " ".join(dict.fromkeys(c.strip() for c in row if c.strip()))  # a merged row repeats its text
            named = (cell_indicator(head) or indicator_of_label(head)) if head and len(compact(head)) <= 80 else None
            if named and (not is_group_heading(head) or re.match(r"^\s*ตัวชี้วัด", head)):
                section_ind = current_ind = named
            elif is_group_heading(head):
                section_ind = None  # a strategy / dimension: the rows below name no indicator
                if ii is None:
                    current_ind = None
            continue
        title_text = _cell_multiline(table, r, ti)
        if _NUMBER_ONLY_CELL.match(title_text):
            title_text = ""  # "๒๕", "-": a number is never a measure's name
        if resolved is not None:
            if _ACKNOWLEDGED.match(title_text):
                continue  # "รับทราบ", "รับรองรายงานการประชุม...": nothing to do
            title_text = _RESOLVE_LEAD.sub("", re.sub(r"^[^\n]*ดังนี้\s*[:：]?\s*\n", "", title_text), count=1)
        key_empty = not title_text.strip() and (ii is None or not _cell(row, ii))
        has_period = period_col is not None and bool(_cell(row, period_col))
        seq_missing = si is not None and not _cell(row, si) and seq_used
        # the rest of a row broken by a page: no title (or no number in a numbered
        # table), and nothing of its own where every row has something
        continues = key_empty and (period_col is None or not has_period)
        # a row with no number of its own but its own title and a descriptive cell beside it, on the same
        # page as the row above, is a sub-row of merged cells: a new measure that shares the merged
        # number / indicator / owner / period cells of the row above ("" in Word, counted once)
        sub_row = (seq_missing and bool(drafts) and bool(title_text.strip()) and ti is not None
                   and any(_cell(row, c) for c in range(width) if c not in (ti, si, ii, oi, period_col, mi))
                   and (r == 0 or r >= len(table.pages) or table.pages[r] == table.pages[r - 1]))
        # an activity in the rows a measure's merged cell spans shares its merged owner and indicator
        sub_row = sub_row or (group is not None and bool(drafts) and bool(title_text.strip()) and not _cell(row, group))
        continues = continues or (seq_missing and not has_period and not sub_row)
        # an unnumbered row opening the next page goes on with the row the page cut, period and all
        # ("ต.ค. 68 –" / "ก.ย. 69", "มาตรการเผยแพร่แผนการ" / "ใช้จ่ายงบประมาณ...")
        continues = continues or (seq_missing and bool(drafts) and cut_by_page(table, r))
        continues = continues or (period_col is not None and not has_period and (oi is None or not _cell(row, oi))
                                  and (ii is None or not _cell(row, ii)) and bool(drafts) and period_used
                                  and not sub_row)
        if continues and drafts:
            cut = cut_by_page(table, r)
            for d in drafts[-1]:  # continues the row above
                d.rows.append(r)
                for c in range(width):
                    if _cell(row, c):
                        if c == ti:
                            d.title = continued(d.title, _cell_multiline(table, r, c), cut) \
                                if len(drafts[-1]) == 1 else d.title
                        elif cut and d.cells.get(c):
                            d.cells[c][-1] = continued(d.cells[c][-1], _cell_multiline(table, r, c), cut)
                        else:
                            d.cells.setdefault(c, []).append(_cell_multiline(table, r, c))
            continue
        if ii is not None and ii == group and _cell(row, ii):
            # a measure's cell: the indicator its tag names ("(ตัวชี้วัดที่ 9)"), else one its words name
            tag = _INDICATOR_REF.search(_cell(row, ii))
            current_ind = ref_indicator(tag) if tag else indicator_in_title(_cell(row, ii))
        elif ii is not None and _cell(row, ii):
            current_ind = (cell_indicator(_cell(row, ii)) or indicator_of_label(_cell(row, ii))
                           or (bare_indicator_number(_cell(row, ii)) if cols.roles[ii] == "indicator" else None))
        if not title_text.strip():
            # no title of its own: the next descriptive column names the measure
            for role in ("issue", "aspect", "steps", "output"):
                alt = cols.index(role)
                if alt is not None and alt != ti and _cell(row, alt):
                    title_text = _cell_multiline(table, r, alt)
                    break
        if not title_text.strip():
            continue
        line_ind, title_text, had_line = _title_line_indicator(title_text)
        tag = None if had_line else _INDICATOR_TAG.search(title_text)  # "... ของ อบจ. (ตัวชี้วัดที่ ๘)"
        if tag and int(thai_digits_to_arabic(tag.group(1))) in INDICATORS:
            line_ind, title_text, had_line = int(thai_digits_to_arabic(tag.group(1))), title_text[:tag.start()], True
        if had_line:
            ind = line_ind
        elif ii is not None:
            ind = current_ind
        elif section_ind is not None:
            ind = section_ind
        elif context_indicator is not None:
            ind = context_indicator
        elif _is_item_code(title_text):
            ind = None  # an OIT item ("๐๑ โครงสร้าง"): its number is not an indicator
        else:
            ind = indicator_in_title(title_text)
        if ind is None and not had_line:
            ind = indicator_named_in_row([_cell(row, c) for c in range(width) if c != ti])
        if ind is None and resolved is not None:
            # the agenda item's tag: "๔.๑ การปรับปรุงการเปิดเผยข้อมูลสาธารณะ (ตัวชี้วัดที่ ๙)"
            tags = {ref_indicator(m) for c in range(width) if c not in (ti, oi) for m in _INDICATOR_REF.finditer(_cell(row, c))}
            ind = tags.pop() if len(tags) == 1 else None
        titles = numbered_items(title_text) if split_items else []
        if not titles:
            titles = [title_text]
        # a schedule cell numbered like the titles ("1) ภายใน 31 ธ.ค. 2568 / 2) ม.ค. – ก.ย. 2569")
        # gives each numbered measure its own entry
        per_item: dict[int, list[str]] = {}
        if len(titles) >= 2:
            for c in (pi, di, oi, mi):
                if c is not None and c != ti and _cell(row, c):
                    parts = numbered_items(_cell_multiline(table, r, c))
                    if len(parts) == len(titles):
                        per_item[c] = parts
        inherited: dict[int, list[str]] = {}
        if sub_row and drafts and drafts[-1]:
            above = drafts[-1][0]
            for c in (ii, oi, pi, di, mi):
                if c is not None and c != ti and not _cell(row, c) and above.cells.get(c):
                    inherited[c] = list(above.cells[c])
        row_drafts = []
        for k, t in enumerate(titles):
            d = _Draft(ind, t, page=table.pages[r] if r < len(table.pages) else None, rows=[r])
            if inherited:
                d.rows.extend(drafts[-1][0].rows)  # its merged cells were read on the rows above
            for c in range(width):
                if c != ti and _cell(row, c):
                    d.cells.setdefault(c, []).append(per_item[c][k] if c in per_item else _cell_multiline(table, r, c))
            for c, texts in inherited.items():
                d.cells[c] = list(texts)
            row_drafts.append(d)
        drafts.append(row_drafts)

    if si is not None:
        drafts = outline_parents_spread(drafts, [_cell(row, si) for row in table.rows], (oi, pi, di, mi))
    out = []
    for row_drafts in drafts:
        for d in row_drafts:
            out.append(_finish(d, table, facts, ti, ii, oi, pi, di, mi))
    return out


_OUTLINE_SEQ = re.compile(r"^\s*([0-9๐-๙]{1,2})(?:\.([0-9๐-๙]{1,2}))?\.?\s*$")


def outline_parents_spread(drafts: list[list[_Draft]], seqs: list[str], shared: tuple) -> list[list[_Draft]]:
    """A measure row numbered "1" over activity rows numbered "1.1", "1.2" (the measure's owner merged
    down over them, its indicator tag in its title) is the heading of its activities: they are the
    records, each with the measure's indicator and the cells it shares with them where they have none
    (`shared` columns: owner, period, ...). A measure without such rows stays a record itself."""
    def number(d: _Draft) -> tuple[int, int | None] | None:
        m = _OUTLINE_SEQ.match(thai_digits_to_arabic(seqs[d.rows[0]])) if d.rows and d.rows[0] < len(seqs) else None
        return (int(m.group(1)), int(m.group(2)) if m.group(2) else None) if m else None

    out: list[list[_Draft]] = []
    parent: _Draft | None = None
    parent_no: int | None = None
    parent_slot: int | None = None
    for row_drafts in drafts:
        no = number(row_drafts[0]) if len(row_drafts) == 1 else None
        if no is not None and no[1] is None:
            parent, parent_no, parent_slot = row_drafts[0], no[0], len(out)
            out.append(row_drafts)
            continue
        if no is not None and parent is not None and no[0] == parent_no:
            child = row_drafts[0]
            if child.indicator_no is None:
                child.indicator_no = parent.indicator_no
            for c in shared:
                if c is not None and not child.cells.get(c) and parent.cells.get(c):
                    child.cells[c] = list(parent.cells[c])
            if parent_slot is not None:
                out[parent_slot] = []  # the heading is no record of its own
        out.append(row_drafts)
    return [row for row in out if row]


_CELL_HEAD = re.compile(r"\s+[-–—:]\s+|\s*\(|\n")


def cell_indicator(text: str | None) -> int | None:
    """The indicator a cell names at its start: "การใช้ทรัพย์สินของราชการ – บุคลากร...",
    "การปรับปรุงระบบการทำงาน (E14)", "ตัวชี้วัดที่ 10"."""
    if not text or not text.strip():
        return None
    head = _CELL_HEAD.split(text.strip(), maxsplit=1)[0]
    if len(compact(head)) > 60:
        return None
    found = indicators_in(head)
    if len(found) == 1:
        return found[0]
    return indicator_by_number(head)


_BARE_NUMBER = re.compile(r"^\s*([0-9๐-๙]{1,2})\s*[\.\)]?\s*$")


def bare_indicator_number(text: str | None) -> int | None:
    """A cell that holds only a number, under a column headed ตัวชี้วัด(ที่): "๖", "10"."""
    return _indicator_number(_BARE_NUMBER, text)


def indicator_column_by_content(table: LogicalTable, exclude: int | None = None) -> int | None:
    """A column whose filled cells mostly name an indicator at their start is the
    indicator column, whatever its header says ("ประเด็นที่ต้องพัฒนา")."""
    width = len(table.columns.roles)
    rows = _content_rows(table)
    best: tuple[float, int] | None = None
    for c in range(width):
        if c == exclude or table.columns.roles[c] in ("owner", "period", "deadline", "monitoring", "seq"):
            continue
        cells = [row[c] for row in rows if c < len(row) and row[c].strip()]
        if len(cells) < 2:
            continue
        named = sum(1 for cell in cells if cell_indicator(cell) is not None)
        share = named / len(cells)
        if share >= 0.6 and (best is None or share > best[0]):
            best = (share, c)
    return best[1] if best else None


def cut_by_page(table: LogicalTable, r: int) -> bool:
    """Whether body row r opens a page and the row above it closes the page before: a row
    that continues the one above is then its rest, cut by the page break. (A part of the
    table pages further on, after other text, is not the rest of a cut cell.)"""
    if not 0 < r < len(table.pages) or None in table.pages[r - 1:r + 1]:
        return False
    return table.pages[r] == table.pages[r - 1] + 1


def continued(text: str, rest: str, cut: bool) -> str:
    """A cell and its rest in the row below: a cell cut by a page break goes on where it
    stopped, as a wrapped line does (`join_wrapped`: "ผู้อำนวย" + "การกอง" is ผู้อำนวยการกอง);
    the rest of a row on the same page is another line, joined by a space."""
    return join_wrapped([text, rest]) if cut else f"{text} {rest}"


def _cell_multiline(table: LogicalTable, r: int, c: int | None) -> str:
    if c is None:
        return ""
    row = table.rows[r]
    return row[c] if c < len(row) else ""


def _is_item_code(title: str) -> bool:
    t = title.strip()
    return bool(re.match(r"^[0๐]\s?[0-9๐-๙]{1,2}(?![0-9๐-๙])", t)) or bool(question_codes(t[:6]))


def _join(texts: list[str] | None) -> str:
    return normalize_label(" ".join(t for t in (texts or []) if t.strip()))


_REMARK_OWNER = re.compile(r"^\s*(?:ผู้รับผิดชอบ\s*[:：]?\s*)?(?P<party>\S.{1,80}?)\s*(?:เป็นผู้)?รับผิดชอบ\s*$")


def _finish(d: _Draft, table: LogicalTable, facts: DocumentFacts, ti, ii, oi, pi, di, mi) -> MeasureRow:
    cols = table.columns
    title = normalize_label(strip_enumerator(d.title.replace("\n", " ")))
    tc = pi if pi is not None else di  # the time column
    shared = oi is None and tc is not None and _OWNER_IN_LABEL.search(compact(cols.labels[tc]))
    if shared:
        # "ผู้รับผิดชอบ / ระยะเวลา" (or "ผู้รับผิดชอบ/กำหนดเสร็จ": the header words name a time, the column is the time's)
        # in one column: each cell's owner line(s), then its time line(s) ("สำนักปลัดเทศบาล / ภายใน ๓๑ ม.ค. ๒๕๖๙")
        d = replace(d, cells=dict(d.cells))
        owner_lines, time_lines = owner_and_time_lines(d.cells.get(tc, []))
        owner_lines = [re.sub(r"\s*/\s*$", "", ln, flags=re.M) for ln in owner_lines]
        oi = len(cols.roles)  # a column of its own for the owner lines
        d.cells[oi], d.cells[tc] = owner_lines, time_lines
    owner_text = _join(d.cells.get(oi)) if oi is not None else ""
    ri = cols.index("remark")
    if oi is None and ri is not None:
        given = _REMARK_OWNER.match(_join(d.cells.get(ri)))
        if given and only_parties(given.group("party")):
            owner_text = given.group("party")  # a plan with no owner column: "หมายเหตุ | กองคลัง รับผิดชอบ"
    monitoring = _join(d.cells.get(mi)) if mi is not None else ""
    period_text = ""
    deadline = False
    months = calendar_months(table)
    if months and (pi is None or pi in months):
        pi = None  # "ระยะเวลาดำเนินการ" over the months: the marks say when
        marks = d.cells if any(c in months for c in d.cells) else shaded_marks(table, d.rows, months)
        period_text = calendar_period_text(marks, months, facts.fiscal_year)
    if pi is not None and d.cells.get(pi):
        period_text = _join(d.cells.get(pi))
    elif di is not None and d.cells.get(di):
        period_text = _join(d.cells.get(di))
        deadline = True
    elif monitoring and not period_text:
        found = period_in_text(monitoring)
        if found:
            period_text = normalize_label(found)
    start, end = read_period(period_text, facts.fiscal_year, deadline=deadline, ocr=table.ocr)
    detail_lines = []
    for c, texts in sorted(d.cells.items()):
        if c in (ti, oi, pi, di, mi) or c in months or (c == ii and cols.roles[c] == "indicator"):
            continue  # (an indicator column found by content keeps its text as detail)
        label = cols.labels[c] if c < len(cols.labels) and cols.labels[c] else f"คอลัมน์ {c + 1}"
        value = _join(texts)
        if value:
            detail_lines.append(f"{normalize_label(label)}: {value}")
    anchor = start or end
    fy = fiscal_year_of(anchor) if anchor else facts.fiscal_year
    result_cols = [c for c, r in enumerate(cols.roles) if r == "result"]
    status_cols = [c for c, r in enumerate(cols.roles) if r == "status"]
    result_text = _join([t for c in result_cols for t in d.cells.get(c, [])]) or None
    status_text = _join([t for c in status_cols for t in d.cells.get(c, [])])
    status = ticked_label(status_text) or ticked_label(result_text) or (status_text or None)
    return MeasureRow(
        title=title,
        budget_baht=_budget_of(d, cols, fy),
        result_text=result_text,
        status=status,
        fiscal_year=fy,
        indicator_no=d.indicator_no,
        detail="\n".join(detail_lines) or None,
        period_text=period_text or None,
        start_date=start,
        end_date=end,
        monitoring=monitoring or None,
        owner_text=owner_text or None,
        page=d.page,
        owners=[replace(o, confidence=rows_confidence(table, d.rows, [tc if shared else oi]))
                for o in _cell_owners(d.cells.get(oi))] if oi is not None else parse_owners(owner_text),
        confidence=rows_confidence(table, d.rows, [c for c, role in enumerate(cols.roles) if role != "seq"]),
    )


_OWNER_IN_LABEL = re.compile(r"ผู้รับผิดชอบ|รับผิดชอบ|หน่วยงาน")
_TIME_LEAD = re.compile(r"ไตรมาส|ภายใน|ตั้งแต่|ตลอด|ระหว่าง|เดือน")


def owner_and_time_lines(texts: list[str]) -> tuple[list[str], list[str]]:
    """A shared "ผู้รับผิดชอบ / ระยะเวลา" cell's lines apart: those that give a time frame ("ต.ค. – ธ.ค.
    ๒๕๖๘", "ทุกไตรมาส", "ตลอดปีงบประมาณ") and the rest, the owner."""
    owners: list[str] = []
    times: list[str] = []
    for text in texts:
        for line in (ln.strip() for ln in text.split("\n")):
            if not line:
                continue
            labelled = fields_of_line(line)
            if labelled:  # "ผู้รับผิดชอบ : งานประชาสัมพันธ์" / "ระยะเวลา : ต.ค. ๒๕๖๘ – ธ.ค. ๒๕๖๘": the labels say which
                for role, _, value in labelled:
                    if role == "owner":
                        owners.append(value)
                    elif role in ("period", "deadline"):
                        times.append(value)
                continue
            m = _FREQUENCY.search(line) or _WHOLE_YEAR.search(line)
            found = period_in_text(line) or (m.group(0) if m else None)
            if not found:
                owners.append(line)
                continue
            k = line.rfind(found)
            lead = _TIME_LEAD.search(line, max(0, k - 12), k + 1)
            k = min(k, lead.start()) if lead else k  # "ไตรมาส 3 (เม.ย. – มิ.ย. ๒๕๖๙)" starts at ไตรมาส
            if k > 0:  # the owner and the time on one line (a PDF ran them together): "กองคลังทุกไตรมาส"
                owners.append(line[:k].strip())
            times.append(line[max(k, 0):].strip())
    return ["\n".join(owners)] if owners else [], ["\n".join(times)] if times else []


def calendar_months(table: LogicalTable) -> dict[int, tuple[int, int]]:
    """Column -> (first, last) month (1-12) of a plan laid out as a calendar: months
    ("ต.ค. | พ.ย. | ... | ก.ย.") or fiscal quarters ("ไตรมาส 1 | ... | ไตรมาส 4", October-December
    the first) under the years or under ระยะเวลาดำเนินการ, a mark in those an activity runs; {}
    for a table with fewer than three month columns or four quarter columns."""
    results = {i for i, label in enumerate(table.columns.labels) if _RESULT_LABEL.match(compact(label))}
    months = {i: (m, m) for h in table.header_rows for i, cell in enumerate(h)
              if (m := month_of_label(cell)) and i not in results}
    if len(months) >= 3:
        return months
    quarters = {i: QUARTER_MONTHS[q] for h in table.header_rows for i, cell in enumerate(h)
                if (q := quarter_of_label(cell)) and i not in results}
    return quarters if len(quarters) >= 4 else {}


# quarters or months under "ผลการดำเนินงาน": what was done by then (progress), not when the measure runs
_RESULT_LABEL = re.compile(r"^(?:ผลการดำเนินงาน|ผลการดำเนินการ|ผลการปฏิบัติ|ผลงาน|สถานะ)")


QUARTER_MONTHS = {1: (10, 12), 2: (1, 3), 3: (4, 6), 4: (7, 9)}  # of the fiscal year
_QUARTER_LABEL = re.compile(r"^(?:ไตรมาส(?:ที่)?|Q)\s*([1-4๑-๔])(?![0-9๐-๙])", re.IGNORECASE)


def quarter_of_label(text: str) -> int | None:
    """The fiscal quarter a calendar column's header names ("ไตรมาส 1", "ไตรมาสที่ ๒\nม.ค.-มี.ค.", "Q3")."""
    m = _QUARTER_LABEL.match(compact(text))
    return int(thai_digits_to_arabic(m.group(1))) if m else None


SHADED_MARK = "■"


def shaded_marks(table: LogicalTable, rows: list[int], spans: dict[int, tuple[int, int]]) -> dict[int, list[str]]:
    """A mark for each calendar column shaded in a measure's own rows (its first row and the rows
    that go on from it, not the rows above whose merged cells it shares): a Gantt plan marks the
    months an activity runs by shading alone (for a measure with no month marked in text). A row
    shaded whole is a band of colour, not a bar of months."""
    own = [shade for r in rows if r >= rows[0] and r < len(table.shaded)
           and (shade := table.shaded[r]) and not all(shade)]
    return {c: [SHADED_MARK] for c in spans if any(c < len(shade) and shade[c] for shade in own)}


def calendar_period_text(cells: dict[int, list[str]], spans: dict[int, tuple[int, int]],
                         fiscal_year: int | None) -> str:
    """The span of an activity's marked months or quarters ("✓", "●", shading with a mark) as
    a period ("ต.ค. 2567 - พ.ย. 2567"): the years follow the columns from the start of
    `fiscal_year` (October is in the year before), a year more each time the months turn
    back; "" when nothing is marked or the year is not known."""
    marked = [c for c in sorted(spans) if any(t.strip(" -–—\n") for t in cells.get(c, []))]  # "-" marks nothing
    if not marked or fiscal_year is None:
        return ""
    columns = sorted(spans)
    year = fiscal_year - (1 if spans[columns[0]][0] >= 10 else 0)
    years: dict[int, int] = {}
    for k, c in enumerate(columns):
        if k and spans[c][0] < spans[columns[k - 1]][0]:
            year += 1
        years[c] = year
    first, last = marked[0], marked[-1]
    return (f"{THAI_MONTH_ABBREVIATIONS[spans[first][0] - 1]} {years[first]} - "
            f"{THAI_MONTH_ABBREVIATIONS[spans[last][1] - 1]} {years[last]}")


def rows_confidence(table: LogicalTable, rows: list[int], columns: list[int]) -> float | None:
    """How surely OCR read the given columns' cells of the given rows: the least sure of
    them (a measure is only as sure as its least sure field; the row number is left out);
    None for native text or cells of no known confidence."""
    found = []
    for r in rows:
        row = table.confidence[r] if r < len(table.confidence) else None
        found.extend(row[c] for c in columns if row is not None and c < len(row) and row[c] is not None)
    return min(found, default=None)


def _budget_of(d: _Draft, cols, fiscal_year: int | None) -> float | None:
    """The measure's budget in baht: its budget cell, or with one column per year ("ปี ๒๕๖๖ ...
    ปี ๒๕๖๙") the cell of the measure's fiscal year (the others stay labelled in `detail`)."""
    budget_cols = cols.budget_columns()
    if not budget_cols:
        return None
    if len(budget_cols) == 1:
        return baht_amount(_join(d.cells.get(budget_cols[0])))
    for c in budget_cols:
        if fiscal_year is not None and year_of_label(cols.labels[c]) == fiscal_year:
            return baht_amount(_join(d.cells.get(c)))
    return None


def _cell_owners(texts: list[str] | None) -> list:
    """Owners of the owner cell(s) of a measure, read line by line."""
    out = []
    seen = set()
    for t in texts or []:
        for o in parse_owner_lines(t):
            key = (o.rank, o.person_name, o.position, o.org_unit)
            if key not in seen:
                seen.add(key)
                out.append(o)
    return out


# --------------------------------------------------------------------------
# list measures (no table)

_LIST_HEAD = re.compile(r"มาตรการ|แนวทาง|กิจกรรมที่|โครงการ/กิจกรรม|แผนการดำเนินงาน|แผนปฏิบัติการ")
_ITEM = re.compile(r"^\s*(?:[-–•●▪*✔✓➢➤►]+\s*|\(?[0-9๐-๙]{1,2}(?:\.[0-9๐-๙]{1,2})?[\.\)]\s*|" + THAI_LETTER_ENUM + r")(?=\S)")
_OWNER_LINE = re.compile(r"^\s*(?:เน้นที่|เน้น|ผู้รับผิดชอบ\s*:?|หน่วยงานรับผิดชอบ\s*:?|หน่วยงานที่รับผิดชอบ\s*:?|รับผิดชอบโดย)\s*")
_STOP_HEAD = re.compile(r"ส่วนที่|ปัจจัย|อุปสรรค|หลักฐาน|ปัญหา|ข้อจำกัด|ผลการดำเนินงาน|ผลการประเมิน")


def _is_heading(block, text: str) -> bool:
    if block.style and block.style.lower().startswith(("heading", "title")):
        return True
    t = text.strip()
    return t.endswith(":") or (len(t) <= 40 and not _ITEM.match(t))


_INDICATOR_WORD = re.compile(r"^\s*[-–•●▪]?\s*ตัวชี้วัด(?:ที่)?\s*(?:[0-9๐-๙]{1,2}\s*[.)]?)?\s*(?:ด้าน)?\s*")


def _named_indicator_heading(text: str) -> bool:
    """"ตัวชี้วัดการเปิดเผยข้อมูล": the indicator's name right after the word. "ตัวชี้วัดกลุ่มที่ ๒
    ด้านการป้องกัน..." (a KPI group) or a paragraph "ตัวชี้วัดนี้ใช้ติดตาม..." names none."""
    m = _INDICATOR_WORD.match(text)
    if not m or m.end() == 0 or "ตัวชี้วัด" not in text[:m.end()] or len(text) > 120:
        return False
    return indicator_of_label(text[m.end(): m.end() + 30]) is not None


def _list_measures(doc: ExtractedDocument, facts: DocumentFacts, skip: set[int] | None = None) -> list[MeasureRow]:
    out: list[MeasureRow] = []
    group: list[MeasureRow] = []
    in_list = False
    strict = False  # the list was opened by a long lead-in: its items must be actions
    last_item = False  # the paragraph before was one of the list's items
    own_fields = False  # labelled lines followed an item of the list
    indicator: int | None = None
    for block in doc.blocks:
        if block.kind != "paragraph":
            in_list = False
            continue
        text = block.text.strip()
        if not text:
            continue
        if skip and id(block) in skip:
            continue  # read as an item with its own schedule
        body = strip_enumerator(text)
        if _INDICATOR_LINE.match(text) or _named_indicator_heading(text):
            ind = indicator_of_label(text)
            indicator = ind
            in_list = False
            group, own_fields = [], False
            continue
        given = _GIVEN_ALL.match(text) if in_list and group else None
        text_fields = fields_of_line(text) if in_list else []
        if in_list and group and last_item and not given and text_fields:
            own_fields = True  # labelled lines right after an item: its own, or the whole list's (known at the next item)
            if len(group) == 1:  # one item with its labelled lines: an item with its own fields
                out = [m for m in out if m not in group]
                group, in_list, own_fields = [], False, False
                continue
        if in_list and group and own_fields and _ITEM.match(text) and not text_fields:
            # "๑) <item>" / "ผู้รับผิดชอบ ...  ระยะเวลา ..." / "๒) <item>" / ...: items with their own labelled
            # lines are read with their fields (`_field_measures`), not as a list one owner line covers
            out = [m for m in out if m not in group]
            group, in_list, own_fields = [], False, False
            continue
        last_item = False
        if in_list and (_OWNER_LINE.match(body) or given):
            owner_text = normalize_label(given.group("party") if given else _OWNER_LINE.sub("", body, count=1))
            line = {role: value for role, _, value in text_fields} if not given else {}
            owner_text = line.get("owner", owner_text)  # "ผู้รับผิดชอบ ฝ่าย...  ระยะเวลา ตุลาคม – ธันวาคม ๒๕๖๘"
            for m in group:
                m.owner_text = owner_text
                m.owners = parse_owners(owner_text)
            if line.get("period") or line.get("deadline"):
                _set_group_period(group, line.get("period") or line["deadline"], facts, deadline="period" not in line)
            in_list = not given
            continue
        if in_list and group:
            f = _field_of(text)
            if f is not None and f[0] in ("period", "deadline"):
                # "ระยะเวลาดำเนินการ : ธันวาคม ๒๕๖๗ – กันยายน ๒๕๖๘" after the bullets applies to all of them
                _set_group_period(group, f[2], facts, deadline=f[0] == "deadline")
                continue
        if in_list and strict and _ITEM.match(text):
            body = _SHOULD.sub("", body, count=1)  # "๑) ควรเพิ่มช่องทาง...": a suggestion, its action the title
        if in_list and strict and _ITEM.match(text) and not (_ACTION_START.match(body) and re.match(r"\s*\(?[0-9๐-๙]", text)):
            in_list = False  # under a long lead-in only numbered actions are the measures ("ด้าน..." heads no list)
        if in_list and _ITEM.match(text) and not _STOP_HEAD.match(body):
            # two bullets joined on one line (PDF): "• จัดทำ QR Code ... • แจ้งผล..."
            last_item = True
            for part in re.split(r"\s+[•●▪]\s*(?=\S)", body):
                if not part.strip():
                    continue
                ref = _INDICATOR_REF.search(part)  # "... ตามตัวชี้วัดที่ 9 การเปิดเผยข้อมูล": the item's own
                own = ref_indicator(ref)
                m = MeasureRow(title=normalize_label(part), fiscal_year=facts.fiscal_year,
                               indicator_no=own if own is not None else indicator, page=block.page)
                group.append(m)
                out.append(m)
            continue
        if in_list and group and doc.format == "pdf" and not _is_heading(block, text) and not _STOP_HEAD.search(text[:20]):
            group[-1].title = normalize_label(f"{group[-1].title} {text}")  # a wrapped line
            continue
        if _ITEM.match(text):
            in_list = False
            continue
        if len(text) <= 100 and (_is_heading(block, text) or len(text) <= 80):
            in_list = bool(_LIST_HEAD.search(text)) and not _STOP_HEAD.match(body)
            strict = False
            if in_list:
                group, own_fields = [], False
            continue
        # a lead-in of any length that sets the measures out: "... จึงกำหนดมาตรการป้องกันการรับสินบน ดังนี้"
        in_list = strict = bool(_SETS_OUT.search(text))
        if in_list:
            group, own_fields = [], False
            indicator = lead_in_indicator(text)
    return out


def _set_group_period(group: list[MeasureRow], period_text: str, facts: DocumentFacts, deadline: bool) -> None:
    """One time frame for every measure of a list (a line after its bullets)."""
    start, end = read_period(period_text, facts.fiscal_year, deadline=deadline)
    anchor = start or end
    for m in group:
        m.period_text = period_text or None
        m.start_date, m.end_date = start, end
        if anchor:
            m.fiscal_year = fiscal_year_of(anchor)


_SETS_OUT = re.compile(r"(?:(?:กำหนด|ประกาศ|วาง)(?:มาตรการ|แนวทาง)\S*(?:\s\S+){0,6}|ข้อเสนอแนะ)\s*ดังนี้\s*[:：]?\s*$")
_SHOULD = re.compile(r"^\s*(?:ควร(?:มี(?=การ))?|เห็นควร)\s*")
# a closing sentence that gives the whole list to one party: "ให้สำนักปลัดเป็นผู้รับผิดชอบดำเนินการตามมาตรการข้างต้น"
_GIVEN_ALL = re.compile(r"^\s*(?:โดย)?(?:มอบหมาย)?ให้\s*(?P<party>\S.{1,80}?)\s*เป็นผู้รับผิดชอบ\s*(?:ดำเนินการ)?\s*"
                        r"(?:ตาม)?\s*(?:มาตรการ|แนวทาง|แผน)?\s*(?:ข้างต้น|ดังกล่าว|ทั้งหมด|นี้)")


# --------------------------------------------------------------------------


# --------------------------------------------------------------------------
# items with labelled field lines (prose announcements)

_FIELD_LINE = re.compile(r"^\s*(?P<label>[^:：\n]{2,40}?)\s*[:：]\s*(?P<value>.*)$", re.S)
_FIELD_ROLES = ("owner", "period", "deadline", "monitoring", "indicator", "output", "budget")
_BY_CLAUSE = re.compile(r"\s+(?=โดย)")


def _field_of(text: str) -> tuple[str, str, str] | None:
    """(role, label, value) of a labelled line "ผู้รับผิดชอบ : ...", "ระยะเวลาดำเนินการ : ..."."""
    m = _FIELD_LINE.match(strip_enumerator(text) if re.match(r"^\s*[-–•●▪*]", text) else text)
    if not m:
        return None
    role = role_of_header(m.group("label"))
    if role not in _FIELD_ROLES:
        return None
    return role, normalize_label(m.group("label")), normalize_label(m.group("value"))


# a word that can open a field's label; with role_of_header, it tells "ผู้รับผิดชอบ" and
# "ระยะเวลา" starting a field from the same words inside a value ("ลดระยะเวลารอคอย")
_LABEL_STEM = re.compile(r"^(?:ผู้|หน่วยงาน|ระยะเวลา|ห้วงเวลา|ช่วงเวลา|กำหนด|ตัวชี้วัด|งบประมาณ|เป้าหมาย|ผลผลิต|ผลลัพธ์|"
                         r"การติดตาม|ติดตาม|วันที่|เดือน)")


_BARE_LABEL_ROLES = ("owner", "period", "deadline", "monitoring")
_LATER_FIELD = re.compile(r"(?<=\s)(?:ผู้รับผิดชอบ|ระยะเวลา\S{0,15}|กำหนด(?:แล้ว)?เสร็จ)\s*[:：]")
_GLUED_LABEL = re.compile(r"(?<=[\u0e01-\u0e4e])(?=(?:ผู้รับผิดชอบ|ระยะเวลา\S{0,15}|กำหนด(?:แล้ว)?เสร็จ|ตัวชี้วัด\S{0,15}|"
                          r"งบประมาณ|หลักฐาน|ผลการดำเนิน\S{0,6})\s*[:：])"
                          # without a colon only a time label with a time after it ("...สารสนเทศระยะเวลาดำเนินการ 1 พ.ย. ...")
                          r"|(?<=[\u0e01-\u0e4e])(?=(?:ระยะเวลา(?:การ)?ดำเนินการ|กำหนดแล้วเสร็จ)\s+(?:[0-9๐-๙]|ภายใน|ตลอด|ตั้งแต่|"
                          r"ไตรมาส|เดือน|" + "|".join(THAI_MONTHS) + "))")


def _label_role(word: str) -> str | None:
    """The field role of a word standing alone as a label, else None: "ผู้รับผิดชอบ",
    "ระยะเวลา" with or without a colon; an indicator, output or budget only with one
    ("ตัวชี้วัด:"): without, "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ ได้ 97.12 คะแนน" is a heading."""
    bare = word.rstrip(":：")
    if len(bare) > 24 or not _LABEL_STEM.match(bare):
        return None
    role = role_of_header(bare)
    if role in _BARE_LABEL_ROLES or (role in _FIELD_ROLES and bare != word):
        return role
    return None


def _label_after_separator(text: str, word: re.Match[str]) -> str | None:
    """The field role of a label word right after a "|" or ";" between fields ("... | ตัวชี้วัด
    ITA ที่ 2"): there any field's label may go without its colon."""
    if not re.search(r"[|;]\s*$", text[:word.start()]):
        return None
    bare = word.group().rstrip(":：")
    role = role_of_header(bare) if _LABEL_STEM.match(bare) and len(bare) <= 24 else None
    return role if role in _FIELD_ROLES else None


def fields_of_line(text: str) -> list[tuple[str, str, str]]:
    """(role, label, value) of each labelled field of a line: "ผู้รับผิดชอบ : ...", or
    several with or without colons on one line ("ผู้รับผิดชอบ งานประชาสัมพันธ์ ระยะเวลา
    ภายในวันที่ ๓๑ ธันวาคม ๒๕๖๗"): a field's value runs to the next word that is a label
    on its own; [] when the line does not open with a label."""
    inner = re.fullmatch(r"\s*\((.*)\)\s*", text, re.S)
    if inner:  # "(ผู้รับผิดชอบ: กองคลัง | ระยะเวลา: ตลอดปีงบประมาณ 2569 | ตัวชี้วัด ITA ที่ 2)"
        text = inner.group(1)
    text = _GLUED_LABEL.sub(" ", text)  # "...ในสังกัดทุกแห่งระยะเวลาดำเนินการ: ..." (two PDF lines run together)
    words = list(re.finditer(r"\S+", text))
    first = _field_of(text)
    if first is not None:
        value_from = min(i for i in (text.find(":"), text.find("：")) if i >= 0) + 1
        cuts = [(first[0], first[1], 0, value_from)]
    elif len(words) > 1 and (role := _label_role(words[0].group())):
        cuts = [(role, normalize_label(words[0].group().rstrip(":：")), 0, words[0].end())]
    else:
        return []
    cuts += [(role, normalize_label(w.group().rstrip(":：")), w.start(), w.end())
             for w in words if w.start() > cuts[0][3]
             and (role := _label_role(w.group()) or _label_after_separator(text, w))]
    out = []
    for k, (role, label, _, value_from) in enumerate(cuts):
        value_to = cuts[k + 1][2] if k + 1 < len(cuts) else len(text)
        value = normalize_label(text[value_from:value_to].lstrip(" :：").rstrip(" |;/,"))
        glued = _PERIOD_IN_OWNER.search(value) if role == "owner" else None
        if glued:
            # "ผู้รับผิดชอบ นางสาว... เจ้าพนักงานพัสดุชำนาญงานระยะเวลา ทุกเดือน" (two PDF lines run together)
            out += [(role, label, value[:glued.start()].strip()), ("period", glued.group("label"), glued.group("value"))]
        elif value:
            out.append((role, label, value))
    return out


# a period label and its time glued inside an owner's value: no owner is written "...ระยะเวลา ทุกเดือน"
_PERIOD_IN_OWNER = re.compile(r"(?<=[\u0e01-\u0e4e])(?P<label>ระยะเวลา(?:การ)?(?:ดำเนินการ)?)\s+"
                              r"(?P<value>(?:[0-9๐-๙]|ภายใน|ตลอด|ตั้งแต่|ไตรมาส|เดือน|ทุก|"
                              + "|".join(THAI_MONTHS) + r").*)$")


def with_glued_field_labels_apart(paras: list[Block]) -> list[Block]:
    """Items whose labelled lines a PDF ran into them ("4.1 <measure> ...ทุกเดือนผู้รับผิดชอบ ฝ่าย...")
    split back into the item and its field lines, by the labels the document itself writes at the
    start of lines of their own ("ผู้รับผิดชอบ ...", "ระยะเวลา ..."): inside other text the same words
    may be prose ("แจ้งผู้รับผิดชอบทราบ"), after the document's own label use they open a field."""
    texts = [p.text.strip() for p in paras]
    fields = [fields_of_line(t) for t in texts]
    labels = {f[0][1] for t, f in zip(texts, fields) if f and f[0][0] in _BARE_LABEL_ROLES and t.startswith(f[0][1])}
    if not labels:
        return paras
    glued = re.compile(r"(?<=[\u0e01-\u0e4e\)0-9๐-๙])\s?(?=(?:" + "|".join(map(re.escape, sorted(labels, key=len, reverse=True)))
                       + r")\s*[:：]?\s+\S)")
    out: list[Block] = []
    for p, text, own in zip(paras, texts, fields):
        cuts = [m.start() for m in glued.finditer(text) if m.start() >= 8] if _ITEM.match(text) and not own else []
        if not cuts:
            out.append(p)
            continue
        bounds = [0] + cuts + [len(text)]
        out.extend(replace(p, text=text[a:b].strip()) for a, b in zip(bounds, bounds[1:]) if text[a:b].strip())
    return out


def _field_measures(doc: ExtractedDocument, facts: DocumentFacts, skip: set[int] | None = None) -> list[MeasureRow]:
    """A numbered item followed by labelled lines (ผู้รับผิดชอบ : ... / ระยะเวลาดำเนินการ : ...)
    is one measure; its indicator is the one its own line names, else that of the
    heading above it ("๓. ด้านการใช้ทรัพย์สินของราชการ"), else its title's."""
    paras = [b for b in doc.blocks if b.kind == "paragraph" and b.text.strip() and id(b) not in (skip or set())]
    paras = with_glued_field_labels_apart(paras)
    out: list[MeasureRow] = []
    heading_ind: int | None = None
    heading_text = ""
    i = 0
    while i < len(paras):
        text = paras[i].text.strip()
        fields = []
        others: list[str] = []  # the item's other labelled lines ("ผลการดำเนินการ: ...", "หลักฐาน: ...")
        j = i + 1
        while j < len(paras):
            line = paras[j].text.strip()
            line_fields = fields_of_line(line)
            later = None if line_fields else _LATER_FIELD.search(_GLUED_LABEL.sub(" ", line))
            if later is not None:  # "ผลการดำเนินการ: ... ครั้งผู้รับผิดชอบ: ..." (PDF lines run together)
                head = _GLUED_LABEL.sub(" ", line)
                line, line_fields = head[:later.start()].strip(), fields_of_line(head[later.start():])
                if line:
                    others.append(normalize_label(line))
            if line_fields:
                fields += line_fields
            elif fields or others:
                # (a numbered line opens the next item, even one written "4.4 ภาพรวม : ...")
                other = None if _ITEM.match(line) else _OTHER_FIELD.match(line)
                if other is None:
                    break
                others.append(f"{normalize_label(other.group('label'))}: {normalize_label(other.group('value'))}")
            elif _OTHER_FIELD.match(line):
                others.append(normalize_label(line))
            else:
                break
            j += 1
        numbered = _MEASURE_NUMBER.match(text)
        text_fields = fields_of_line(text)
        if not fields or text_fields or not (_ITEM.match(text) or numbered):
            lead_ind = lead_in_indicator(text)
            if lead_ind is not None:
                heading_ind, heading_text = lead_ind, text
            elif not text_fields and len(text) <= 80 and not _REPORT_TITLE.search(text):
                # (a tool's title, "แบบตรวจการเปิดเผยข้อมูล" under an OIT score, heads no indicator's items)
                ind = None if re.match(r"^\s*แบบ(?:วัด|ตรวจ)", text) else indicator_of_label(text)
                if ind is not None:
                    heading_ind, heading_text = ind, text
                elif heading_ind is not None and ends_indicator_section(heading_text, text):
                    heading_ind = None
            i += 1
            continue
        steps_from = _parent_of_steps(paras, i)
        if steps_from is not None:
            # "1.1 <measure>" / "1.1.1 <step>" / "1.1.2 <step>" / ผู้รับผิดชอบ ...: the fields are the measure's
            others = [f"ขั้นตอน: {normalize_label(strip_enumerator(p.text))}" for p in paras[steps_from + 1: i + 1]] + others
            i, text, numbered = steps_from, paras[steps_from].text.strip(), None
        body = text[numbered.end():].strip() if numbered else strip_enumerator(text)
        tag = _INDICATOR_TAG.search(body)  # "มาตรการ... (ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล)"
        if tag:
            body = body[:tag.start()]
        topic, body = topic_and_action(body)
        parts = _BY_CLAUSE.split(body, maxsplit=1)
        title, rest = (parts[0], parts[1]) if len(parts) == 2 and len(parts[0]) >= 8 else (body, "")
        detail = [f"ประเด็น: {topic}"] if topic else []
        detail += [f"รายละเอียด: {normalize_label(rest)}"] if rest else []
        detail += others
        got = labelled_fields(fields, detail)
        if tag and not got.get("indicator"):
            got["indicator"] = tag.group(1)
        if not any(role in got for role in _BARE_LABEL_ROLES):
            # "• ความสอดคล้องกับบริบทของหน่วยงาน" / "• ผลลัพธ์ที่คาดหวัง : ...": what is assessed, no
            # measure: a measure says who does it or when (field/tj06)
            i = j
            continue
        ind = indicator_of_field(got["indicator"]) if got.get("indicator") else None
        if ind is None and topic:
            ind = indicator_of_label(topic)
        if ind is None:
            ind = heading_ind if heading_ind is not None else indicator_in_title(title)
        deadline = "period" not in got and "deadline" in got
        period_text = got.get("period") or got.get("deadline") or ""
        start, end = read_period(period_text, facts.fiscal_year, deadline=deadline)
        anchor = start or end
        owner_text = got.get("owner") or ""
        out.append(MeasureRow(
            title=normalize_label(title), fiscal_year=fiscal_year_of(anchor) if anchor else facts.fiscal_year,
            indicator_no=ind, detail="\n".join(detail) or None, period_text=period_text or None,
            start_date=start, end_date=end, monitoring=got.get("monitoring") or None,
            owner_text=owner_text or None, page=paras[i].page, owners=parse_owners(owner_text)))
        i = j
    return out


# "ยกระดับประสิทธิภาพการสื่อสาร : จัดทำช่องทาง...", "ภาพรวม : ประชุมชี้แจง...": what is raised, then the action
_TOPIC = re.compile(r"^(?P<topic>[^:：]{4,45}?)\s+[:：]\s+(?P<action>\S.{7,})$", re.S)


def topic_and_action(text: str) -> tuple[str | None, str]:
    """An item written "<topic> : <action>" where the topic names an ITA indicator or the whole
    ("ภาพรวม"): (topic, action); else (None, text). The action is the measure's title."""
    m = _TOPIC.match(text.strip())
    if not m:
        return None, text
    topic = normalize_label(m.group("topic"))
    if indicator_of_label(topic) is None and compact(topic) not in ("ภาพรวม", "ภาพรวมทั้งหมด", "ทุกตัวชี้วัด"):
        return None, text
    return topic, m.group("action").strip()


_OUTLINE_NUMBER = re.compile(r"^\s*([0-9๐-๙]{1,2}(?:\.[0-9๐-๙]{1,2}){1,3})\.?\s+\S")


def _outline_number(text: str) -> tuple[int, ...] | None:
    """"1.1.2 ..." -> (1, 1, 2); None for a line not numbered as an outline (two levels or more)."""
    m = _OUTLINE_NUMBER.match(text)
    return tuple(int(n) for n in thai_digits_to_arabic(m.group(1)).split(".")) if m else None


def _parent_of_steps(paras: list, i: int) -> int | None:
    """The index of the outline item whose steps end at paras[i]: "1.1 <measure>" then "1.1.1",
    "1.1.2" (three levels deep, at least two, numbered in turn) with the labelled fields after the
    last; None when paras[i] is no such step."""
    number = _outline_number(paras[i].text.strip())
    if number is None or len(number) < 3:
        return None
    k, expected = i, number
    while k > 0 and _outline_number(paras[k].text.strip()) == expected and expected[-1] >= 1:
        k -= 1
        expected = expected[:-1] + (expected[-1] - 1,)
    if expected[-1] != 0 or i - k < 2 or _outline_number(paras[k].text.strip()) != number[:-1]:
        return None
    return k


# a measure headed by its name alone ("มาตรการป้องกันการรับสินบน"), its paragraphs (วัตถุประสงค์ ...,
# แนวทางปฏิบัติ ...) and a sentence giving it to a party: "โดยให้<party>เป็นผู้รับผิดชอบ ดำเนินการ<period>"
_MEASURE_HEADING = re.compile(r"^มาตรการ[\u0e01-\u0e4e]")
_GIVEN_TO = re.compile(r"(?:^|\s)(?:โดย)?(?:ให้|มี)\s*(?P<party>\S.{2,100}?)\s*(?:เป็น)?ผู้รับผิดชอบ(?:หลัก)?(?P<rest>.*)$")


def _headed_measures(doc: ExtractedDocument, facts: DocumentFacts, skip: set[int]) -> list[MeasureRow]:
    """Measures each headed by a line that is its name ("มาตรการป้องกันผลประโยชน์ทับซ้อน", no number,
    no schedule), the paragraphs up to the next such heading its body, one of them giving it to its
    owner ("โดยให้กลุ่มกฎหมายและคดี ร่วมกับหน่วยตรวจสอบภายใน เป็นผู้รับผิดชอบ ดำเนินการให้แล้วเสร็จภายใน
    เดือนธันวาคม ๒๕๖๘"). A heading with no such sentence under it (a report's title) is no measure. The
    indicator is the heading's tag or name, else the one indicator its body names by number."""
    paras = [b for b in doc.blocks if b.kind == "paragraph" and b.text.strip() and id(b) not in skip]
    heads = [k for k, b in enumerate(paras) if _MEASURE_HEADING.match(b.text.strip()) and len(b.text.strip()) <= 90
             and not re.search(r"ดังนี้|[:：]\s*$|ประจำปี|[0-9๐-๙]{4}", b.text)]
    out = []
    for n, k in enumerate(heads):
        body = paras[k + 1: min(heads[n + 1] if n + 1 < len(heads) else len(paras), k + 7)]
        given = next(((b, m) for b in body if (m := _GIVEN_TO.search(normalize_label(b.text)))
                      and parse_owners(m.group("party"))), None)
        if given is None:
            continue
        block, m = given
        heading = normalize_label(paras[k].text)
        tag = _INDICATOR_TAG.search(heading)
        title = heading[:tag.start()] if tag else heading
        named = {int(thai_digits_to_arabic(r.group(1) or r.group(2))) for b in body for r in _INDICATOR_REF.finditer(b.text)}
        ind = (int(thai_digits_to_arabic(tag.group(1))) if tag else None) or indicator_in_title(title) \
            or (named.pop() if len(named) == 1 else None)
        period = period_in_text(m.group("rest")) or ""
        start, end = read_period(period, facts.fiscal_year, deadline=bool(re.search(r"ภายใน\s*$|ภายใน", m.group("rest")[:40]))
                                 and not _RANGE_WRITTEN.search(thai_digits_to_arabic(period)))
        anchor = start or end
        party = m.group("party").strip()
        out.append(MeasureRow(
            title=title, fiscal_year=fiscal_year_of(anchor) if anchor else facts.fiscal_year,
            indicator_no=ind if ind in INDICATORS else None, period_text=period or None, start_date=start, end_date=end,
            detail="\n".join(normalize_label(b.text) for b in body if b is not block) or None,
            owner_text=party, page=paras[k].page, owners=parse_owners(party)))
    return out


# --------------------------------------------------------------------------
# numbered measures with a body of their own (announcements): "๑. มาตรการ..." /
# a paragraph saying what is done / "ผู้รับผิดชอบ : ..."

# "๑. มาตรการ...", "(1) ...", and an announcement's clauses "ข้อ ๑ มาตรการ..." / "ข้อที่ 2. ..."
_NUMBERED = re.compile(r"^\s*(?:\(?([0-9๐-๙]{1,2})[\.\)]|ข้อ(?:ที่)?\s*([0-9๐-๙]{1,2})[\.\)]?)(?![0-9๐-๙])\s*(?P<rest>\S.*)$",
                       re.S)
# "มาตรการเปิดเผยข้อมูลต่อสาธารณะ (ตัวชี้วัดที่ 9)" / "(ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล)": the heading's tag
# names its indicator
_INDICATOR_TAG = re.compile(r"\s*\(\s*ตัวชี้วัด(?:ที่)?\s*([0-9๐-๙]{1,2})(?![0-9๐-๙])[^()]*\)\s*$")
# a report's title ("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม...") is no indicator heading
# a document's own title and a letter's header lines name no indicator section
_REPORT_TITLE = re.compile(r"^\s*(?:รายงาน|แผน|ประกาศ|คำสั่ง|บันทึก|มาตรการส่งเสริมคุณธรรมและความโปร่งใส|"
                           r"เรื่อง|เรียน|อ้างถึง|สิ่งที่ส่งมาด้วย|สำเนา)")
# "มาตรการที่ ๑ มาตรการเผยแพร่ข้อมูลต่อสาธารณะ": a measure numbered in words
_MEASURE_NUMBER = re.compile(r"^\s*(?:มาตรการ|โครงการ|กิจกรรม)ที่\s*[0-9๐-๙]{1,2}\s*[.:)]?\s+(?=\S)")
# any other labelled line of an item ("ผลการดำเนินการ: ...", "หลักฐาน: https://..."): detail
_OTHER_FIELD = re.compile(r"^\s*(?P<label>[^:：\s][^:：]{1,24}?)\s*[:：]\s*(?P<value>\S.*)$", re.S)
_ORDER = re.compile(r"^\s*(?:โดย)?ให้\s*\S")  # a clause's body that orders someone to act
_MEASURE_WORD = re.compile(r"^(?:มาตรการ|โครงการ|กิจกรรม|แนวทาง)")
_CLOSING = re.compile(r"^\s*(?:จึง(?:ประกาศ|เรียน|แจ้ง)|ทั้งนี้|ประกาศ\s*ณ|สั่ง\s*ณ|ลงชื่อ|\(?\s*ลงชื่อ|เลิกประชุม)")


def _split_joined_heading(text: str) -> tuple[str, str]:
    """A heading the PDF ran into its body ("มาตรการ...ไม่เลือกปฏิบัติให้บริการประชาชน... ตามคู่มือ"):
    the heading ends at the first space (a parenthesised tag "(No Gift Policy)" stays
    with it), or earlier where an instruction "ให้..." starts."""
    m = re.match(r"^(\S+(?:\s*\([^()]{1,40}\))?)\s+(.*)$", text, re.S)
    if not m:
        return text, ""
    head, rest = m.group(1), m.group(2)
    k = head.find("ให้", 20)
    if k > 0 and "(" not in head[k:]:
        head, rest = head[:k], f"{head[k:]} {rest}"
    return head.strip(), rest.strip()


def _announcement_measures(doc: ExtractedDocument, facts: DocumentFacts,
                           scheduled: set[int] | None = None) -> tuple[list[MeasureRow], set[int]]:
    """Numbered measures ("๑. มาตรการ...", numbered 1, 2, ...), each followed by a body
    paragraph and/or labelled lines: one measure per item, its owners ONLY from its
    own labelled lines, its period from its own text, its indicator from its words."""
    paras = [b for b in doc.blocks if b.kind == "paragraph" and b.text.strip()]
    items: list[int] = []
    expected = 1
    for k, b in enumerate(paras):
        m = _NUMBERED.match(b.text.strip())
        if not m:
            continue
        n = int(thai_digits_to_arabic(m.group(1) or m.group(2)))
        rest = m.group("rest").strip()
        if n == 1 and _MEASURE_WORD.match(rest):
            items, expected = [k], 2
        elif items and n == expected and _MEASURE_WORD.match(rest):
            items.append(k)
            expected += 1
    if len(items) < 2:
        return [], set()
    # each item's own paragraphs: up to the next item (the last: its body, its fields)
    spans = []
    for x, k in enumerate(items):
        end = items[x + 1] if x + 1 < len(items) else len(paras)
        spans.append((k, end))
    bodies = [e - k - 1 for k, e in spans[:-1]]
    with_body = sum(1 for n in bodies if n > 0)
    if with_body * 2 < len(bodies):
        return [], set()  # a plain list: items without bodies of their own
    max_body = max((sum(1 for b in paras[k + 1:e] if _field_of(b.text.strip()) is None) for k, e in spans[:-1]),
                   default=1)
    out: list[MeasureRow] = []
    used: set[int] = set()
    for x, (k, end) in enumerate(spans):
        if scheduled and any(id(b) in scheduled for b in paras[k + 1:end]):
            continue  # a group heading over items read with their own schedules ("๑.๑ ... – กองคลัง")
        head = _NUMBERED.match(paras[k].text.strip()).group("rest").strip()
        head_tag = _INDICATOR_TAG.search(head)  # "... (ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล)" ends the heading
        if head_tag:
            head = head[:head_tag.start()].strip()
        fields: list[tuple[str, str, str]] = []
        spaced = _GLUED_LABEL.sub(" ", head)
        glued = _LATER_FIELD.search(spaced)
        if glued is not None:
            # "5. มาตรการ...ให้ผู้ร้องทราบผู้รับผิดชอบ: ศูนย์..." (a PDF ran the field line into the heading)
            head = spaced[:glued.start()].strip()
            fields.extend(fields_of_line(spaced[glued.start():].strip()))
        title, joined = head, ""
        if len(compact(head)) > 70:
            title, joined = _split_joined_heading(head)
        body_paras: list[str] = [joined] if joined else []
        used.add(id(paras[k]))
        for b in paras[k + 1:end]:
            t = b.text.strip()
            if _CLOSING.match(t):
                break
            line_fields = fields_of_line(t) if _field_of(t) is not None else []
            if line_fields:
                fields.extend(line_fields)  # (several fields a PDF ran into one line: "...บุคคลระยะเวลา: ...")
            else:
                if x == len(spans) - 1 and len(body_paras) >= max(1, max_body):
                    break  # the last item ends where the closing text starts
                body_paras.append(t)
            used.add(id(b))
        body = " ".join(p for p in body_paras if p)
        detail = [f"รายละเอียด: {normalize_label(body)}"] if body else []
        got = labelled_fields(fields, detail)
        deadline = "period" not in got and "deadline" in got
        period_text = got.get("period") or got.get("deadline") or period_in_text(body) or ""
        start, end_d = read_period(period_text, facts.fiscal_year, deadline=deadline)
        anchor = start or end_d
        owner_text = got.get("owner") or ""
        if not owner_text and body_paras and _ORDER.match(body_paras[0]):
            # "ให้กองคลังจัดทำรายงาน...": whom the clause orders to act
            ordered = resolution_item(body_paras[0])
            as_role = _ORDERED_ROLE.match(body_paras[0])
            owner_text = ordered.owner_text if ordered is not None else as_role.group("party") if as_role else ""
        ind = indicator_of_label(got["indicator"]) if got.get("indicator") else None
        tag = _INDICATOR_TAG.search(title)
        if tag:
            title = title[:tag.start()]
        tag = head_tag or tag
        if tag:
            ind = ind or indicator_by_number(f"ตัวชี้วัดที่ {tag.group(1)}")
        if ind is None:
            ind = indicator_in_title(title)
        out.append(MeasureRow(
            title=normalize_label(title), fiscal_year=fiscal_year_of(anchor) if anchor else facts.fiscal_year,
            indicator_no=ind, detail="\n".join(detail) or None, period_text=normalize_label(period_text) or None,
            start_date=start, end_date=end_d, monitoring=got.get("monitoring") or None,
            owner_text=owner_text or None, page=paras[k].page, owners=parse_owners(owner_text)))
    return out, used


# --------------------------------------------------------------------------
# actions assigned in running text (minutes): "ประธานฯ มอบหมายให้ผู้อำนวยการกองคลังรายงานผล ... ทุกไตรมาส"

# who is given a task: "มอบหมายให้", "เห็นควรให้" (a memo's proposal naming the party first); once a
# paragraph has assigned one, "และให้" assigns the next ("... และให้งานบริหารทั่วไปจัดทำ...")
_ASSIGN = re.compile(r"มอบหมาย\s*(?:ให้)?\s*|เห็นควรให้\s*")
_NEXT_ASSIGN = re.compile(r"\s*และ\s*ให้\s*")
_ACTIONS = ("รายงานผล", "รายงาน", "จัดทำ", "ปรับปรุง", "เผยแพร่", "ตรวจสอบ", "ติดตาม", "ประชาสัมพันธ์",
            "ทบทวน", "พัฒนา", "จัดประชุม", "จัดกิจกรรม", "ดำเนินการ", "แก้ไข", "สำรวจ", "นำเข้า")
_ACTION_RE = re.compile(r"(?<!ผู้)(?:" + "|".join(_ACTIONS) + ")")
_FREQUENCY = re.compile(r"ทุก\s*(?:วัน|สัปดาห์|เดือน|ไตรมาส|ปี|สิ้นเดือน|[0-9๐-๙]+\s*เดือน)|รายเดือน|รายไตรมาส")


def _assigned_measures(doc: ExtractedDocument, facts: DocumentFacts, skip: set[int] | None = None) -> list[MeasureRow]:
    """"มอบหมายให้ <party> <action> ..." : the action is a measure and the party its owner."""
    out = []
    named: set[int] | None = None
    for block in doc.blocks:
        if block.kind != "paragraph" or (skip and id(block) in skip):
            continue
        text = block.text.strip()
        for rest in _assignments(text):
            act = _ACTION_RE.search(rest)
            if not act or act.start() == 0 or act.start() > 60:
                continue
            party = rest[: act.start()].strip()
            owners = parse_owners(party)
            if not owners or any(o.raw != normalize_label(party) for o in owners[:1]) and len(owners) > 2:
                continue
            if re.search(r"(?:^|\s)(?:เป็น|เข้าร่วม)", party) or re.match(r"\S*\s*เป็น", rest[act.start():][:80]):
                continue  # "มอบหมายให้ ... เป็นผู้ดูแล": a role, not an action
            action = rest[act.start():]
            action = re.split(r"\s+เพื่อ|\s+โดย|(?<=\S)\s{2,}|\.\s|$", action, maxsplit=1)[0].strip()
            if len(action) < 10:
                continue
            freq = _FREQUENCY.search(action)
            period_text = period_in_text(action) or ""
            if period_text and re.fullmatch(r"(?:ปีงบประมาณ|ประจำปี)?\s*(?:พ\.ศ\.)?\s*[0-9๐-๙]{2,4}", period_text):
                period_text = ""  # "ประจำปี 2567" names the plan, not the time frame
            start, end = read_period(period_text, facts.fiscal_year, deadline=period_text.startswith("ภายใน"))
            anchor = start or end
            ind = indicator_in_title(action)
            if ind is None and _tools_of_codes(action):
                named = indicators_named(doc) if named is None else named
                ind = indicator_of_codes(action, named)
            out.append(MeasureRow(
                title=_title_before_deadline(action, period_text), fiscal_year=fiscal_year_of(anchor) if anchor else facts.fiscal_year,
                indicator_no=ind, period_text=(period_text or (freq.group(0) if freq else "")) or None,
                start_date=start, end_date=end, monitoring=freq.group(0) if freq else None,
                owner_text=normalize_label(party), page=block.page, owners=owners))
    return out


def _assignments(text: str) -> list[str]:
    """The text after each assignment of a paragraph, each cut where the next begins: "เห็นควรให้
    <party><task> ภายใน... และให้<party><task> ..." gives two."""
    marks = [m.span() for m in _ASSIGN.finditer(text)]
    if not marks:
        return []
    ends = {end for _, end in marks}
    marks += [m.span() for m in _NEXT_ASSIGN.finditer(text, marks[0][1]) if m.end() not in ends]
    marks.sort()
    return [text[end: nxt] for (_, end), (nxt, _) in zip(marks, marks[1:] + [(len(text), 0)])]


_CODE_IN_BRACKETS = re.compile(r"\s*\(\s*[A-Za-z]{1,3}\s*[0-9]{1,2}(?:\s*(?:,|และ)\s*[A-Za-z]{0,3}\s*[0-9]{1,2})*\s*\)\s*$")


def _title_before_deadline(action: str, period_text: str) -> str:
    """A task's words without the deadline that ends it ("... (O7) ภายในวันที่ ๑๕ เมษายน ๒๕๖๘"
    -> "..."); an item code in brackets left at the end goes too. A period inside the task stays."""
    title = normalize_label(action)
    if period_text.startswith("ภายใน"):
        cut = title.rfind(normalize_label(period_text))
        if cut > 10 and cut + len(normalize_label(period_text)) >= len(title) - 2:
            title = _CODE_IN_BRACKETS.sub("", title[:cut]).strip(" ,")
    return title


# --------------------------------------------------------------------------
# numbered items that carry their own schedule in the line:
#   "๑.๑ จัดทำ... (ผู้รับผิดชอบ : นายสมบัติ ... / กำหนดแล้วเสร็จ ๓๑ ธ.ค. ๒๕๖๖)"
#   "1) ด้านการใช้ทรัพย์สินของราชการ (ตัวชี้วัดที่ 4) มอบหมาย พ.ต.ท.... จัดทำ... ภายในวันที่ 20 ธ.ค. 2567"

_OWNER_LABEL = r"(?:ผู้รับผิดชอบ(?:หลัก)?|หน่วยงาน(?:ที่)?รับผิดชอบ|ผู้ดำเนินการ|รับผิดชอบโดย)"
_TIME_LABEL = (r"(?:กำหนด(?:แล้ว)?เสร็จ(?:ภายใน)?|ระยะเวลา(?:ดำเนินการ|การดำเนินการ)?|ห้วงเวลา(?:ดำเนินการ)?|"
               r"กำหนดเวลา|ช่วงเวลา)")
_FIELD_START = re.compile(rf"\s*[\(\[]\s*(?={_OWNER_LABEL}|{_TIME_LABEL})|\s+(?=(?:{_OWNER_LABEL}|{_TIME_LABEL})\s*[:：])")
_FIELD_SPLIT = re.compile(rf"\s+[/|;]\s+|\s*;\s*|\s+(?={_OWNER_LABEL}\s*[:：]|{_TIME_LABEL}\s*[:：])")
_DEADLINE_LABEL = re.compile(r"^(?:กำหนด(?:แล้ว)?เสร็จ|ภายใน|ก่อน|ไม่เกิน)")
_ASSIGN_VERB = re.compile(r"(?:^|\s)(?:มอบหมาย(?:ให้)?|ให้)\s*(?=\S)")
# verbs that start the task after the party (written after a space)
_TASK_START = re.compile(
    r"\s(?=(?:จัดทำ|จัดให้มี|จัดอบรม|จัดประชุม|จัดกิจกรรม|จัดตั้ง|จัดหา|ปรับปรุง|เผยแพร่|ประชาสัมพันธ์|รายงาน|ตรวจสอบ|"
    r"ติดตาม|ทบทวน|พัฒนา|ดำเนินการ|แก้ไข|สำรวจ|นำ|ออกประกาศ|ออกคำสั่ง|กำหนด|ประเมิน|ชี้แจง|สร้าง|เสนอ|รวบรวม|"
    r"จัดเก็บ|บันทึก|อบรม|ส่งเสริม|ควบคุม|กำกับ|ประสาน|ติดตั้ง|จัดส่ง|ส่ง|เร่ง|ศึกษา|วิเคราะห์)[\u0e01-\u0e4e])")
_INDICATOR_REF = re.compile(r"\(\s*ตัวชี้วัด(?:ที่)?\s*([0-9๐-๙]{1,2})\s*\)|ตัวชี้วัด(?:ที่)?\s*([0-9๐-๙]{1,2})(?![0-9๐-๙.])")


def ref_indicator(m: re.Match[str] | None) -> int | None:
    """The indicator an `_INDICATOR_REF` match names ("(ตัวชี้วัดที่ ๙)"): its number if 1-10, else None."""
    if m is None:
        return None
    n = int(thai_digits_to_arabic(m.group(1) or m.group(2)))
    return n if n in INDICATORS else None
# what introduces a time frame at the end of a task ("ให้แล้วเสร็จภายใน...", "ในเดือน...")
_PERIOD_LEAD = re.compile(r"\s*(?:ให้)?\s*(?:แล้วเสร็จ|เสร็จสิ้น|เสร็จ)?\s*(?:ภายใน|ใน|ตั้งแต่|ก่อน|ระหว่าง)?\s*(?:วันที่|เดือน)?\s*$")


@dataclass
class ItemSchedule:
    title: str
    owner_text: str = ""
    period_text: str = ""
    deadline: bool = False
    indicator_no: int | None = None


def item_schedule(body: str) -> ItemSchedule | None:
    """Title, owner, time frame and indicator of a list item that states its own schedule,
    or None when the item names neither an owner nor a responsible party."""
    text = normalize_label(body)
    ind = None
    ref = _INDICATOR_REF.search(text)
    if ref:
        ind = ref_indicator(ref)
    got = _labelled_fields(text)
    if got is not None:
        title, owner, period, deadline = got
        timed = _TRAILING_TIME.search(owner) or _time_after_comma(owner)
        if timed and not period and period_in_text(timed.group("time")):
            # "ผู้รับผิดชอบ: กองยุทธศาสตร์และงบประมาณ (ภายใน ๓๑ ธันวาคม ๒๕๖๘)": the time frame in brackets,
            # or after a comma ("ผู้รับผิดชอบ: กองคลัง, ต.ค. ๒๕๖๘ - ก.ย. ๒๕๖๙")
            owner, period = owner[:timed.start()].strip(), timed.group("time").strip()
            deadline = bool(_DEADLINE_LABEL.match(period))
        if ref and ref.start() < len(title):
            ind = ind or indicator_of_label(title[: ref.start()])
        return ItemSchedule(_trim_title(title), owner, period, deadline, ind)
    bracketed = (_owner_in_brackets(text) or _owner_in_sentence(text, ind) or _owner_after_arrow(text, ind)
                 or _owner_after_dash(text, ind) or _task_then_given(text, ind))
    if bracketed is not None:
        return bracketed
    m = _assignment(text)
    if not m:
        return None
    rest = text[m.end():]
    task = _TASK_START.search(rest)
    if not task or task.start() < 3:
        return None
    party = rest[: task.start()].strip()
    if not parse_owners(party):
        return None
    lead_in = text[: m.start()].strip()
    if ind is None and lead_in:
        ind = indicator_of_label(_INDICATOR_REF.sub("", lead_in)) if len(lead_in) <= 120 else None
    title, period = task_and_time(rest[task.end():].strip())
    # no indicator named: the heading above (else the title's words) decides, in _add_scheduled
    return ItemSchedule(_trim_title(title), party, period, False, ind)


def task_and_time(action: str, at_end: bool = False, plan_year_too: bool = False) -> tuple[str, str]:
    """A task's words and the time frame written in it ("... ให้แล้วเสร็จภายในวันที่ ๓๑ มกราคม ๒๕๖๘"), the
    frame cut from the words with what leads it in (`_PERIOD_LEAD`); `at_end`: only a frame that ends
    the task is cut. A plan's year alone ("ประจำปี 2567") is no time frame unless `plan_year_too`."""
    period = period_in_text(action) or ""
    if period and not plan_year_too and re.fullmatch(r"(?:ปีงบประมาณ|ประจำปี)?\s*(?:พ\.ศ\.)?\s*[0-9๐-๙]{2,4}", period):
        period = ""
    title = action
    if period:
        k = action.rfind(period)
        if k > 0 and (not at_end or k + len(period) >= len(action) - 2):
            title = _PERIOD_LEAD.sub("", action[:k])
    return title, period


# a task verb glued to the party before it ("ให้ทุกกลุ่มงานจัดกิจกรรม...")
_GLUED_TASK = re.compile(r"(?<=[\u0e01-\u0e4e\)])(?=(?:จัดทำ|จัดกิจกรรม|จัดโครงการ|จัดอบรม|จัดประชุม|ปรับปรุง|ทบทวน|"
                         r"เผยแพร่|ดำเนินการ|รายงานผล|สำรวจ|จัดส่ง|ตรวจสอบ|พัฒนาระบบ)[\u0e01-\u0e4e])")
# the next task of a resolution: "... ภายในเดือนธันวาคม ๒๕๖๘ (และ)มอบหมายให้สำนักปลัด..."
_NEXT_ASSIGNMENT = re.compile(r"(?:\s+|(?<=[0-9๐-๙]))(?:และ\s*)?(?=มอบหมาย)")  # (a PDF: "...๒๕๖๙และมอบหมาย")
_TOGETHER = re.compile(r"\s*ร่วมกัน$")
_ORDERED_ROLE = re.compile(r"^\s*(?:โดย)?ให้\s*(?P<party>\S.{2,80}?)\s+เป็นผู้")  # "ให้<person> เป็นผู้ประสาน..."
_RESOLUTION = re.compile(r"^\s*มติ\s*(?:ที่ประชุม|คณะกรรมการ)?\s*[:：]?\s*")
_RUN_ON_RESOLUTION = re.compile(r"(?<=\S)\s*มติที่ประชุม\s*[:：]?\s*(?=เห็นชอบ|มอบหมาย)")
_RESOLVE_LEAD = re.compile(r"^\s*(?:และ\s*)?(?:ที่ประชุม\s*)?(?:มีมติ\s*)?(?:เห็นชอบ\s*(?:และ)?\s*)?(?:มอบหมาย\s*)?(?:ให้\s*)?")
# "<party> รับไปดำเนินการ <task>": the party takes the task on; the words join them, they name no task
_TAKES_ON = re.compile(r"\s*รับไป(?:พิจารณา)?(?:ดำเนินการ)?\s*(?=\S)")
# a resolution's next paragraph going on with it: "และเห็นชอบให้ <party> รับไปดำเนินการ ..."
_AND_RESOLVED = re.compile(r"^\s*และ\s*(?=(?:เห็นชอบ|มอบหมาย)\s*ให้)")


_TRAILING_PARTY = re.compile(r"\s*\((?P<party>[^()]{3,90})\)\s*$")


def _owner_in_brackets(text: str) -> ItemSchedule | None:
    """An action item that ends with whom it is given to in brackets: "จัดอบรม... (ปลัดเทศบาล)", "...
    ให้แล้วเสร็จภายในเดือนธันวาคม 2568 (กองคลัง และกองช่าง)". The bracket must hold parties and nothing
    else ("(No Gift Policy)", "(แบบ สขร.1)", "(ตัวชี้วัดที่ 9)" are none); the item must start with an action."""
    m = _TRAILING_PARTY.search(text)
    if not m or not _ACTION_START.match(text) or period_in_text(m.group("party")):
        return None
    party = m.group("party").strip()
    if not only_parties(party):
        return None
    action = text[: m.start()].strip()
    title, period = task_and_time(action, at_end=True)
    ind = ref_indicator(_INDICATOR_REF.search(action))
    return ItemSchedule(_trim_title(title), party, period, bool(re.search(r"ภายใน|แล้วเสร็จ", action[max(0, action.rfind(period) - 25):]))
                        if period else False, ind)


def only_parties(text: str) -> bool:
    """Whether `text` names responsible parties and nothing else ("กองคลัง และกองช่าง", "นางสาว... นักวิชาการ...")."""
    owners = parse_owners(text)
    words = re.sub(r"\s*(?:,|/|และ|หรือ|ร่วมกับ)\s*", "", compact(text))
    return bool(owners) and compact("".join(o.raw for o in owners)).replace("และ", "") == words.replace("และ", "")


# the last spaced dash outside brackets: "<action> (<period>) – <party>"
_LAST_DASH = re.compile(r"\s[–—-]\s(?=[^()]*$)")


def _owner_after_dash(text: str, ind: int | None) -> ItemSchedule | None:
    """An action item ending with its owner after a dash: "ตรวจสอบความครบถ้วนของข้อมูล... (ม.ค. – มี.ค. ๒๕๖๙)
    – งานประชาสัมพันธ์ สำนักปลัดเทศบาล". What follows the dash must name parties and nothing else,
    the item must start with an action; the time frame is the one the action ends with."""
    dashes = list(_LAST_DASH.finditer(text))
    if not dashes or not _ACTION_START.match(text):
        return None
    action, party = text[: dashes[-1].start()].strip(), text[dashes[-1].end():].strip()
    if len(action) < 8 or len(party) > 100 or period_in_text(party) or not only_parties(party):
        return None  # ("... ม.ค. – มี.ค. 2569": a range's dash, no party after it)
    tag = _INDICATOR_TAG.search(action)
    if tag:
        ind = ind or int(thai_digits_to_arabic(tag.group(1)))
        action = (action[:tag.start()] + action[tag.end():]).strip()
    bracket = re.search(r"\(\s*(?P<time>[^()]+?)\s*\)\s*$", action)
    if bracket and period_in_text(bracket.group("time")):
        title, period = action[: bracket.start()].strip(), bracket.group("time")
    else:
        title, period = task_and_time(action, at_end=True)
    return ItemSchedule(_trim_title(title), party, period, bool(_DEADLINE_LABEL.match(period)),
                        ind if ind in INDICATORS else None)


_STARTS_THEN_ENDS = re.compile(rf"(?:เริ่ม(?:ดำเนินการ)?\s*)?ตั้งแต่\s*(?:วันที่|เดือน)?\s*(?P<a>{_DATE}).{{0,40}}?"
                               rf"(?:ภายใน|ถึง|จนถึง)\s*(?:วันที่|เดือน)?\s*(?P<b>{_DATE})")


_ARROW = re.compile(r"\s*(?:→|->|=>|⇒|➔|➜)\s*")


# "<task> (ตัวชี้วัดที่ ๙) โดยมอบหมายให้<party> ดำเนินการ<time>": the task first, then whom it is given to and when
_TASK_THEN_GIVEN = re.compile(r"^(?P<task>\S.{11,}?)\s*โดย\s*มอบหมาย\s*(?:ให้)?\s*(?P<party>\S.{1,120}?)\s*"
                              r"(?:เป็นผู้)?(?:ดำเนินการ|รับผิดชอบ)(?P<rest>.*)$")


def _task_then_given(text: str, ind: int | None) -> ItemSchedule | None:
    """An item that states its task and then gives it: "ปรับปรุงข้อมูลสาธารณะ... (ตัวชี้วัดที่ ๙ ...) โดยมอบหมาย
    ให้ฝ่ายบริหารงานทั่วไปดำเนินการระหว่างเดือนตุลาคม – ธันวาคม ๒๕๖๘": the title is the task, the party
    whom it is given to (parties and nothing else), the time what follows "ดำเนินการ"."""
    m = _TASK_THEN_GIVEN.match(text)
    if not m or not _ACTION_START.match(text) or not only_parties(m.group("party")):
        return None  # (an item that starts with its topic, "ตัวชี้วัดที่ 7 ... เห็นควร...", is a proposal's)
    title = m.group("task").strip()
    tag = _INDICATOR_TAG.search(title)
    if tag:
        ind = ind or int(thai_digits_to_arabic(tag.group(1)))
        title = title[:tag.start()]
    rest = m.group("rest")
    period = period_in_text(rest) or ""
    return ItemSchedule(_trim_title(title), m.group("party").strip(), period,
                        bool(re.search(r"ภายใน|แล้วเสร็จ", rest[:40])) and "ระหว่าง" not in rest[:20],
                        ind if ind in INDICATORS else None)


def _owner_after_arrow(text: str, ind: int | None) -> ItemSchedule | None:
    """A slide's bullet "<measure> → <owner> | <period>": the party after the arrow, the time after the bar."""
    parts = _ARROW.split(text, maxsplit=1)
    if len(parts) != 2 or len(parts[0]) < 8:
        return None
    party, _, time = parts[1].partition("|")
    if not parse_owners(party.strip()):
        return None
    title = parts[0].strip()
    tag = _INDICATOR_TAG.search(title)
    if tag:
        ind = ind or int(thai_digits_to_arabic(tag.group(1)))
        title = title[:tag.start()]
    time = time.strip()
    return ItemSchedule(_trim_title(title), party.strip(), time, bool(_DEADLINE_LABEL.match(time)),
                        ind if ind in INDICATORS else None)


_LAST_GIVER = re.compile(r"(?:\s|(?<=[\u0e01-\u0e4e]))โดย(?:ให้|มี)\s*(?=\S)|\s(?:ให้|มี)\s*(?=\S)")


def _owner_in_sentence(text: str, ind: int | None) -> ItemSchedule | None:
    """An item that gives itself to its owner in a clause: "มาตรการ... (ตัวชี้วัดที่ ๘) โดย<how> โดยมี
    <party> เป็นผู้รับผิดชอบ ให้แล้วเสร็จภายในวันที่ ๓๑ มีนาคม ๒๕๖๙": the title is the measure's
    name (before its tag or its "โดย..." clause), the time frame the one after the owner (a start
    "ตั้งแต่..." and an end "ภายใน..." make a range)."""
    m = _GIVEN_TO.search(text)
    if not m:
        return None
    party = _LAST_GIVER.split(m.group("party"))[-1].strip()  # "ให้ทุกกลุ่มงานส่ง... โดยมี จ่าอำเภอ": the last one gives
    if not parse_owners(party):
        return None
    head = text[: m.start()].strip()
    tag = _INDICATOR_REF.search(head)
    title = head[: tag.start()].rstrip(" (") if tag and tag.start() >= 8 else head
    title = re.split(r"\s+โดย(?!ให้)", title, maxsplit=1)[0]
    if len(title) < 8:
        return None
    rest = m.group("rest")
    both = _STARTS_THEN_ENDS.search(rest)
    period = f"{both.group('a')} - {both.group('b')}" if both else (period_in_text(rest) or "")
    return ItemSchedule(_trim_title(title), party, period,
                        not both and bool(re.search(r"ภายใน|แล้วเสร็จ", rest[:60])), ind)


def resolution_item(body: str) -> ItemSchedule | None:
    """A task a meeting resolved: "<party> <task> ... ภายใน <date>" or "ให้<party><task>..."
    ("งานพัสดุ (นายสมศักดิ์ พลเยี่ยม) ทบทวนแนวปฏิบัติ... ให้แล้วเสร็จภายใน 31 ม.ค. 2568")."""
    text = normalize_label(strip_enumerator(body))
    text = _RESOLVE_LEAD.sub("", text, count=1)
    taken = _TAKES_ON.search(text)
    if taken and taken.start() > 3:  # "นางสาวกาญจนา ผลดี ครูชำนาญการ รับไปดำเนินการ ตรวจสอบ...": the party, then the task
        text = f"{text[:taken.start()]} {text[taken.end():]}"
    for rx in (_TASK_START, _GLUED_TASK):
        for task in rx.finditer(text):
            if task.start() < 3:
                continue
            party = _TOGETHER.sub("", text[: task.start()].strip())  # "กองช่างและกองคลังร่วมกันจัดทำ..."
            owners = parse_owners(party)
            # (two parties, "กองยุทธศาสตร์และงบประมาณ ร่วมกับนาย... นักวิชาการ...", take more room than one)
            if not owners or len(party) > (120 if len(owners) >= 2 else 80):
                continue
            action = text[task.end():].strip()
            title, period = task_and_time(action, plan_year_too=True)
            title = _trim_title(title)
            if len(title) < 8:
                continue
            ind = ref_indicator(_INDICATOR_REF.search(action))  # "...ให้ครบถ้วนตามตัวชี้วัดที่ ๙ ภายในเดือน..."
            return ItemSchedule(_TRAILING_INDICATOR_REF.sub("", title), party, period, bool(_DEADLINE_LABEL.match(period)),
                                ind)
    return None


_TRAILING_INDICATOR_REF = re.compile(r"\s*(?:ตาม|ของ|ใน)?\s*\(?\s*ตัวชี้วัด(?:ที่)?\s*[0-9๐-๙]{1,2}\s*\)?\s*$")


def _assignment(text: str) -> re.Match[str] | None:
    """Where "มอบหมาย(ให้)" starts the party; a bare "ให้" only after a topic lead-in
    ("ด้านการปรับปรุงระบบการทำงาน (ตัวชี้วัดที่ 8) ให้ทุกสถานี..."), never at the start of the
    item ("ให้ทุกสถานี... จัดทำ..." is the task itself) nor after a verb ("สนับสนุนให้", "โดยให้")."""
    for m in _ASSIGN_VERB.finditer(text):
        if "มอบหมาย" in m.group(0):
            return m
        lead = text[: m.start()].strip()
        if lead and (lead.endswith(")") or indicator_of_label(lead) is not None) and len(lead) <= 120:
            return m
    return None


def _labelled_fields(text: str) -> tuple[str, str, str, bool] | None:
    m = _FIELD_START.search(text, 8)
    if not m:
        return None
    title = text[: m.start()].strip()
    fields = text[m.end():].strip()
    if m.group(0).strip().startswith(("(", "[")):
        fields = re.sub(r"[\)\]]\s*$", "", fields)
        # "(ผู้รับผิดชอบ: กลุ่มงานนิติการ) ภายในวันที่ ๓๑ มกราคม ๒๕๖๙": what follows the bracket is a field too
        fields = re.sub(r"^([^()\[\]]*)[\)\]]\s*(?=\S)", r"\1 ; ", fields, count=1)
    owner = period = ""
    deadline = False
    for part in _FIELD_SPLIT.split(fields):
        part = part.strip(" ,")
        if not part:
            continue
        lab = re.match(rf"^({_OWNER_LABEL})\s*[:：]?\s*", part)
        if lab:
            owner = owner or part[lab.end():].strip()
            continue
        lab = re.match(rf"^({_TIME_LABEL})\s*[:：]?\s*", part)
        if lab:
            period = period or part[lab.end():].strip()
            deadline = bool(_DEADLINE_LABEL.match(lab.group(1)))
            continue
        found = period_in_text(part)
        if found and not period:
            period = part
            deadline = bool(_DEADLINE_LABEL.match(part))
        elif not owner and parse_owners(part):
            owner = part
    if not owner and not period:
        return None
    return title, owner, period, deadline


def _trim_title(title: str) -> str:
    return normalize_label(strip_enumerator(title)).strip(" ,:;-–—")


_TRAILING_TIME = re.compile(r"\s*\((?P<time>[^()]{4,60})\)\s*$")
_COMMA_PART = re.compile(r"\s*,\s*(?P<time>[^,]{4,60})$")


def _time_after_comma(owner: str) -> re.Match[str] | None:
    """The last comma part of an owner field when it is a time frame and nothing else
    ("กองคลัง, ภายใน มี.ค. ๒๕๖๙"): the period phrase starts it and runs to its end."""
    m = _COMMA_PART.search(owner)
    if not m:
        return None
    period = period_in_text(m.group("time"))
    if not period or not m.group("time").endswith(period) or len(m.group("time")) - len(period) > 8:
        return None
    return m


def _scheduled_items(doc: ExtractedDocument, facts: DocumentFacts) -> tuple[list[MeasureRow], set[int]]:
    """Numbered items of running text that carry their own owner (and time frame); the
    indicator is the one the line names, else that of the last indicator heading."""
    out: list[MeasureRow] = []
    used: set[int] = set()
    heading_ind: int | None = None
    heading_text = ""
    in_resolution = False
    lead_period: str | None = None
    after_resolution = False  # the paragraph before was a resolution ("และเห็นชอบให้..." goes on with it)
    blocks = doc.blocks
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if block.kind != "paragraph" or not block.text.strip():
            if block.kind == "table":
                heading_ind = None
            i += 1
            continue
        text = block.text.strip()
        # (a PDF runs the label on from the paragraph before: "...ในการประชุมครั้งต่อไปมติที่ประชุม เห็นชอบ และ...")
        res = _RESOLUTION.match(text) or _RUN_ON_RESOLUTION.search(text) or (after_resolution and _AND_RESOLVED.match(text))
        after_resolution = bool(res)
        if res:
            # "มติที่ประชุม เห็นชอบและมอบหมาย ดังนี้" opens numbered tasks; "มติที่ประชุม
            # เห็นชอบให้<party><task>..." is one task itself
            rest = text[res.end():]
            in_resolution = bool(re.search(r"ดังนี้|มอบหมาย\s*$|[:：]\s*$", rest))
            if not in_resolution and re.match(r"\s*(?:ที่ประชุม\s*)?(?:มีมติ\s*)?(?:เห็นชอบ|มอบหมาย)", rest) and "ให้" in rest[:50]:
                # "... ภายในวันที่ ๓๑ มกราคม ๒๕๖๘ และมอบหมายให้กลุ่มบริหารทั่วไปจัดทำ...": one task each
                for part in _NEXT_ASSIGNMENT.split(rest):
                    sched = resolution_item(part)
                    if sched is not None:
                        _add_scheduled(out, sched, block, heading_ind, facts)
                        used.add(id(block))
            i += 1
            continue
        if re.match(r"^\s*(?:ระเบียบวาระ|วาระที่|ปิดประชุม)", text):
            in_resolution = False
        if len(text) <= 100 and re.match(r"^\s*[0-9๐-๙]{1,2}\.[0-9๐-๙]{1,2}\.?\s", text) and item_schedule(strip_enumerator(text)) is None:
            # a sub-heading "๔.๑ ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร" / "๔.๓ การเตรียมข้อมูลตัวชี้วัดที่ ๙ ..."
            ind = _subheading_indicator(text)
            if ind is not None:
                heading_ind = ind
                in_resolution = False
                i += 1
                continue
            heading_ind = None  # "๔.๔ การพัฒนาบุคลากร" after "๔.๓ ... (ตัวชี้วัดที่ ๙)": that indicator's items end
        numbered = _MEASURE_NUMBER.match(text)  # "มาตรการที่ ๑: <title>  ผู้รับผิดชอบ: ...  กำหนดเวลา: ..." on one line
        if numbered and _FIELD_START.search(text, numbered.end() + 8):
            text = text[numbered.end():].strip()
        elif not _ITEM.match(text) or re.match(r"^\s*\(?[0-9๐-๙]{1,2}(?:\.[0-9๐-๙]{1,2})?[\.\)]\s*ตัวชี้วัด", text):
            if in_resolution and not re.match(r"^\s*[0-9๐-๙]{1,2}\.[0-9๐-๙]", text):
                pass  # a line inside the resolution
            else:
                in_resolution = False
            if len(text) <= 100 and not _REPORT_TITLE.search(text):
                # (a score line "ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต ⇥ ๘๗.๐๐" reports, it heads nothing)
                ind = None if _SCORE_FIGURE.search(text) else indicator_of_label(strip_enumerator(text))
                if ind is not None:
                    heading_ind, heading_text = ind, text
                elif heading_ind is not None and ends_indicator_section(heading_text, text):
                    heading_ind = None
            lead = _list_lead_period(text)
            if lead is not None or not re.search(r"ดังนี้\s*[:：]?\s*$", text):
                lead_period = lead  # "... โดยดำเนินการตลอดปีงบประมาณ พ.ศ. 2569 ดังนี้": the items' time frame
            i += 1
            continue
        # a PDF item wrapped over lines: take the following lines that start nothing new
        # while the item is not complete (no schedule yet, or a bracket left open)
        idxs = [i]
        body = text
        sched = item_schedule(strip_enumerator(body))
        j = i + 1
        while doc.format == "pdf" and j < len(blocks) and len(idxs) < 4 and (sched is None or open_brackets(body) > 0) \
                and blocks[j].kind == "paragraph" and blocks[j].text.strip() and not _ITEM.match(blocks[j].text.strip()) \
                and not _MEASURE_NUMBER.match(blocks[j].text.strip()) and len(blocks[j].text) <= 200 \
                and _field_of(blocks[j].text.strip()) is None \
                and not re.match(r"^(?:มติ|ระเบียบวาระ|ที่ประชุม|ประธาน|ปิดประชุม|\(?ลงชื่อ)", blocks[j].text.strip()) \
                and not _GIVEN_ALL.match(blocks[j].text):  # (the list's closing owner sentence is no wrapped line)
            idxs.append(j)
            body = f"{body} {blocks[j].text.strip()}"
            sched = item_schedule(strip_enumerator(body))
            j += 1
        if sched is None and in_resolution:
            sched = resolution_item(body)
        if sched is None or not sched.title:
            # a numbered group heading "๒. มาตรการ...การจัดซื้อจัดจ้าง (ตัวชี้วัดที่ ๒)" over its items
            # (a bullet "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล ได้ 87.10 คะแนน" reports a score: it heads nothing)
            ref = _INDICATOR_REF.search(text) if len(text) <= 150 and not re.search(r"คะแนน|[0-9๐-๙]\.[0-9๐-๙]{2}", text) \
                and _GROUP_HEAD.match(text) else None
            if ref_indicator(ref) is not None:
                heading_ind, heading_text = ref_indicator(ref), text
            elif heading_ind is not None and sibling_headings(heading_text, text):
                heading_ind = None
            i += 1
            continue
        j = idxs[-1] + 1
        if not sched.period_text and lead_period:
            sched = replace(sched, period_text=lead_period, deadline=False)
        _add_scheduled(out, sched, block, heading_ind, facts)
        used.update(id(blocks[k]) for k in idxs)
        i = j
    return out, used


# a numbered group heading over items: "๒. มาตรการ...", "๓. ด้าน..." (an action item, "• อบรม... (ตัวชี้วัดที่ ๑๐)", heads nothing)
_GROUP_HEAD = re.compile(r"^\s*\(?[0-9๐-๙]{1,2}[.)]\s*(?:มาตรการ|ด้าน|แนวทาง|ประเด็น|ตัวชี้วัด|กลยุทธ์|ยุทธศาสตร์)")
_THROUGHOUT_YEAR = re.compile(r"ตลอดปีงบประมาณ\s*(?:พ\.?\s?ศ\.?)?\s*[0-9๐-๙]{2,4}")  # with its year: not the assessed year


def _list_lead_period(text: str) -> str | None:
    """The time frame a list's lead-in gives all its items ("... โดยดำเนินการตลอดปีงบประมาณ พ.ศ. 2569
    ดังนี้"): a whole fiscal year or a range written out, in a line that ends with ดังนี้; None else."""
    if not re.search(r"ดังนี้\s*[:：]?\s*$", text):
        return None
    whole = _THROUGHOUT_YEAR.search(text)
    if whole:
        return whole.group(0).strip()
    found = period_in_text(text)
    return found if found and _RANGE_WRITTEN.search(thai_digits_to_arabic(found)) else None


def indicator_named_in_row(cells: list[str]) -> int | None:
    """The ITA indicator a measure's other cells name in full ("ITA Indicator 9 / ตัวชี้วัดที่ 9
    การเปิดเผยข้อมูล" in a KPI column, "สนับสนุนตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล" in a remark): a number
    with that indicator's name after it, so a plan's own "ตัวชี้วัดที่ 1: ร้อยละ 80" ties nothing."""
    found = set()
    for cell in cells:
        for m in _INDICATOR_REF.finditer(cell):
            n = ref_indicator(m)
            if n is not None and compact(INDICATORS[n].name) in compact(cell[m.end(): m.end() + 40]):
                found.add(n)
    return found.pop() if len(found) == 1 else None


def lead_in_indicator(text: str) -> int | None:
    """The one indicator a list's lead-in names by number ("... เพื่อยกระดับตัวชี้วัดที่ 5 ศูนย์ฯ จึงกำหนดมาตรการ
    ปรับปรุง 2 มาตรการ ดังนี้"): its items are that indicator's; None for a lead-in naming none or several."""
    if not re.search(r"ดังนี้\s*[:：]?\s*$", text):
        return None
    found = {ref_indicator(m) for m in _INDICATOR_REF.finditer(text)}
    return found.pop() if len(found) == 1 else None


# a figure ending a line outside brackets: a score list's line ("ตัวชี้วัดที่ ๑๐ ... ⇥ ๘๗.๐๐"), not a heading that
# carries its score in brackets ("ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล (๗๘.๑๐ คะแนน)")
_SCORE_FIGURE = re.compile(r"\s[0-9๐-๙]{2,3}\.[0-9๐-๙]{2}\s*(?:คะแนน)?\s*$")
# the heading that opens a document's measures for the coming year ("มาตรการยกระดับผลการประเมิน ITA ประจำปี..."),
# not a section's own sub-heading ("แนวทางการพัฒนา" under an indicator)
_MEASURES_HEADING = re.compile(r"^\s*(?:[0-9๐-๙]{1,2}[.)]\s*)?(?:มาตรการ|แนวทาง|แผน)\S*(?:ยกระดับ|พัฒนา|ส่งเสริม|ปรับปรุง)"
                               r".*(?:ITA|ผลการประเมิน|ประจำปี|ปี\s*(?:พ\.ศ\.\s*)?[0-9๐-๙]{4})")
_HEADING_SHAPE = re.compile(r"^\s*(?P<num>\(?[0-9๐-๙]{1,2}[\.\)]|[ก-ฮ][\.\)])?\s*(?P<word>\S{3})")


def ends_indicator_section(heading: str, text: str) -> bool:
    """Whether a heading that names no indicator ends the items of the indicator heading above:
    one of the same series ("๔. ด้านวัฒนธรรมองค์กร" after "๓. ด้านการใช้ทรัพย์สินของราชการ") or the
    heading that opens the year's measures ("มาตรการยกระดับผลการประเมิน ITA ประจำปี...")."""
    return sibling_headings(heading, text) or bool(_MEASURES_HEADING.search(text))


def sibling_headings(a: str, b: str) -> bool:
    """Whether two headings are of one series: numbered alike ("๓." / "๔.") and opening with the same
    word ("ด้าน..."), so that the second one ends the first one's items."""
    ma, mb = _HEADING_SHAPE.match(a), _HEADING_SHAPE.match(b)
    if not ma or not mb or ma.group("word") != mb.group("word"):
        return False
    shape = lambda m: re.sub(r"[0-9๐-๙]+", "9", m.group("num") or "")  # noqa: E731
    return shape(ma) == shape(mb)


def _subheading_indicator(text: str) -> int | None:
    body = re.sub(r"^\s*[0-9๐-๙]{1,2}\.[0-9๐-๙]{1,2}\.?\s*", "", text)
    n = ref_indicator(_INDICATOR_REF.search(body))
    if n is not None:
        return n
    return indicator_of_label(body) if body.startswith("ตัวชี้วัด") else None


def _add_scheduled(out: list[MeasureRow], sched: ItemSchedule, block, heading_ind: int | None,
                   facts: DocumentFacts) -> None:
    ind = sched.indicator_no if sched.indicator_no is not None else heading_ind
    if ind is None:
        ind = indicator_in_title(sched.title)
    start, end = read_period(sched.period_text, facts.fiscal_year, deadline=sched.deadline)
    anchor = start or end
    out.append(MeasureRow(
        title=sched.title, fiscal_year=fiscal_year_of(anchor) if anchor else facts.fiscal_year,
        indicator_no=ind, period_text=normalize_label(sched.period_text) or None,
        start_date=start, end_date=end, owner_text=normalize_label(sched.owner_text) or None,
        page=block.page, owners=parse_owners(sched.owner_text)))


# "เห็นควร<action> ... โดยมอบหมายให้<party> ดำเนินการ<period>": a proposal names the action first and
# whom it is given to after (an analysis report's improvement plan); "และเห็นควร" starts the next
_PROPOSAL = re.compile(r"(?:^|\s|และ)เห็นควร\s*(?P<action>\S.*?)\s*โดย\s*มอบหมาย\s*(?:ให้)?\s*(?P<rest>\S.*?)"
                       r"(?=\s*(?:และ)?เห็นควร|$)", re.S)
_PARTY_END = re.compile(r"\s*(?:ดำเนินการ|เป็นผู้|รับผิดชอบ)|\s+(?=ให้แล้วเสร็จ|ภายใน|ตั้งแต่|ในเดือน|ทุก)")


def proposed_measures(doc: ExtractedDocument, facts: DocumentFacts) -> tuple[list[MeasureRow], set[int]]:
    """Measures proposed as "เห็นควร<action> โดยมอบหมายให้<party> ดำเนินการ<period>", one per
    "เห็นควร": the action is the title, the party (up to ดำเนินการ / เป็นผู้...) its owner, the
    time frame after it the period; the indicator the one the paragraph opens with
    ("4.1 ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร (ข้อ E8 และ E10) เห็นควร...")."""
    out: list[MeasureRow] = []
    used: set[int] = set()
    for block in doc.blocks:
        if block.kind != "paragraph" or "เห็นควร" not in block.text or "มอบหมาย" not in block.text:
            continue
        text = normalize_label(block.text)
        lead = text[: text.find("เห็นควร")]
        ind = indicator_of_label(lead) if len(lead) <= 120 and "ตัวชี้วัด" in lead else None
        for m in _PROPOSAL.finditer(text):
            action, rest = _trim_title(m.group("action")), m.group("rest")
            end = _PARTY_END.search(rest)
            party = rest[: end.start()].strip() if end else ""
            owners = parse_owners(party) if party and len(party) <= 80 else []
            if len(action) < 8 or not owners:
                continue
            period = period_in_text(rest[end.start():]) or ""
            start, end_d = read_period(period, facts.fiscal_year)
            anchor = start or end_d
            out.append(MeasureRow(
                title=action, fiscal_year=fiscal_year_of(anchor) if anchor else facts.fiscal_year,
                indicator_no=ind if ind is not None else indicator_in_title(action),
                period_text=period or None, start_date=start, end_date=end_d, owner_text=party,
                page=block.page, owners=owners))
            used.add(id(block))
    return out, used


def _new_titles(found: list[MeasureRow], known: list[MeasureRow]) -> list[MeasureRow]:
    seen = {compact(m.title)[:30] for m in known}
    return [m for m in found if compact(m.title)[:30] not in seen]


def with_item_lines_apart(doc: ExtractedDocument) -> ExtractedDocument:
    """The document with each Word paragraph that lists items on lines of its own (soft line breaks:
    "มาตรการที่ ๑: ...\nมาตรการที่ ๒: ...") cut into one paragraph a line, as the item readers expect."""
    blocks = []
    changed = False
    for b in doc.blocks:
        lines = [ln.strip() for ln in b.text.split("\n")] if b.kind == "paragraph" and "\n" in b.text else []
        if sum(1 for ln in lines if _ITEM.match(ln) or _MEASURE_NUMBER.match(ln)) >= 2:
            blocks.extend(replace(b, text=ln) for ln in lines if ln)
            changed = True
        else:
            blocks.append(b)
    return replace(doc, blocks=blocks) if changed else doc


def read_measures(doc: ExtractedDocument, facts: DocumentFacts) -> list[MeasureRow]:
    doc = with_item_lines_apart(doc)
    tables = [t for t in logical_tables(doc) if t.columns.is_measures]
    out: list[MeasureRow] = []
    for t in tables:
        fy = _section_fiscal_year(doc, t)
        t_facts = replace(facts, fiscal_year=fy) if fy is not None and fy != facts.fiscal_year else facts
        out.extend(_table_measures(t, t_facts, _heading_indicator(doc, t)))
    scheduled, used = _scheduled_items(doc, facts)
    out.extend(_new_titles(scheduled, out))
    announced, used_a = ([], set()) if tables else _announcement_measures(doc, facts, used)
    out.extend(_new_titles(announced, out))
    used |= used_a
    if not tables and not announced:
        out.extend(_new_titles(_list_measures(doc, facts, used), out))
    out.extend(_new_titles(_field_measures(doc, facts, used), out))
    out.extend(_new_titles(_headed_measures(doc, facts, used), out))
    proposed, used_p = proposed_measures(doc, facts)
    out.extend(_new_titles(proposed, out))
    out.extend(_new_titles([m for m in _assigned_measures(doc, facts, used | used_p)], out))
    legend = abbreviation_legend([b.text for b in doc.blocks if b.kind == "paragraph" and "=" in b.text])
    if legend:
        for m in out:
            owners_by_legend(m.owners, legend)
    return out


_SECTION_YEAR = re.compile(r"(?:ปีงบประมาณ|ประจำปี)\s*(?:พ\.\s?ศ\.)?\s*([0-9๐-๙]{4})(?![0-9๐-๙])")


def _section_fiscal_year(doc: ExtractedDocument, table: LogicalTable) -> int | None:
    """The fiscal year the heading (or lead-in) just above a measures table states
    ("๔. มาตรการ/แนวทางการปรับปรุงและพัฒนา ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"): relative
    periods in the table ("ตลอดปีงบประมาณ") are of that year, not the report's."""
    from records.scores import result_years  # scores imports this module

    seen = 0
    for block in reversed(doc.blocks[: table.block_index]):
        if block.kind == "table":
            return None
        text = block.text.strip()
        if not text:
            continue
        seen += 1
        if seen > 3:
            return None
        text = thai_digits_to_arabic(text)
        assessed = {y for _, y in result_years(text, None)}  # "จากผลการประเมิน ITA ประจำปี ... 2567": the year analysed
        years = {int(y) for y in _SECTION_YEAR.findall(text)} - assessed
        years = {y for y in years if 2500 <= y <= 2700}
        if len(years) == 1 and (_LIST_HEAD.search(text) or len(text) <= 120):
            return years.pop()
    return None


def _heading_indicator(doc: ExtractedDocument, table: LogicalTable) -> int | None:
    """An indicator named by the paragraph just above a table without an indicator column."""
    if table.columns.index("indicator") is not None:
        return None
    for block in reversed(doc.blocks[: table.block_index]):
        if block.kind == "table":
            return None
        text = block.text.strip()
        if not text:
            continue
        if _INDICATOR_LINE.match(text):
            return indicator_of_label(text)
        tag = _INDICATOR_TAG.search(text) if len(text) <= 150 else None
        if tag and int(thai_digits_to_arabic(tag.group(1))) in INDICATORS:
            return int(thai_digits_to_arabic(tag.group(1)))  # "มาตรการเปิดเผยข้อมูลสาธารณะ (ตัวชี้วัดที่ ๙ ...)" over its activities
        return None
    return None
