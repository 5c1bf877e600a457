"""Assessment figures at every level, from prose, lists and tables.

A figure is a number the text marks as a score (decimals, or "คะแนน" next to
it) that no threshold word governs ("ต่ำกว่า ๘๕", "ช่วง ๗๐.๐๐ – ๘๔.๙๙",
"ลดลง 4.48", "เกณฑ์ระดับ ๑ ๖๐"). Its subject is the closest label before it
in the same passage: question codes ("I25-I30 คะแนน 92.17, ..." gives one row
per code), a quoted question ("...มากน้อยเพียงใด (๘๐.๐๐ คะแนน)"), an
indicator name (canonical number from the NAME), a tool (IIT/EIT/OIT by code
or Thai title) or the overall result (ภาพรวม, ผลรวม, ITA, ได้คะแนน). A figure
with no label of its own takes the subject of the figure before it in the
same paragraph, or the section heading above it.

The year a figure is FOR is the year stated with it ("(ปีงบประมาณ 2565 ได้
คะแนน 96.91)") or in the last result heading ("ผลการประเมิน ... ประจำปี
งบประมาณ พ.ศ. 2565"), else the report's fiscal year.

Tables: KPI tables (น้ำหนัก / ผลการดำเนินงาน / ค่าคะแนนที่ได้) give kpi rows;
other cells are read as label + number pairs (same cell, next cell, or the
cell below), and an answer-distribution table (หัวข้อการประเมิน ... คะแนน)
gives question rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from extractors.model import ExtractedDocument
from normalizers.dates import THAI_MONTH_ABBREVIATIONS, THAI_MONTHS
from normalizers.indicators import INDICATORS, indicators_in, tool_of_indicator, tools_in
from normalizers.numbers import parse_number
from normalizers.questions import misread_code_list, misread_leading_codes, question_codes, tool_of_question
from normalizers.thai_text import normalize_label, thai_digits_to_arabic
from records.measures import indicator_of_label
from records.model import DocumentFacts, ScoreRow
from records.tables import cell_text, compact, logical_tables

RATINGS = ("AA", "A", "B", "C", "D", "E", "F")

_NUM = r"[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?"
_NUM_RE = re.compile(_NUM)
# numbers that a threshold / change / count word governs
_BEFORE_NOT_SCORE = re.compile(
    r"(?:ต่ำกว่า|ไม่ต่ำกว่า|สูงกว่า|ไม่น้อยกว่า|น้อยกว่า|มากกว่า|เกินกว่า|ไม่เกิน|เกิน|ระหว่าง|ช่วง|ตั้งแต่|"
    r"เป้าหมาย|เกณฑ์|ร้อยละ|ลดลง(?:จาก[^0-9]{0,20})?|เพิ่มขึ้น(?:จาก[^0-9]{0,20})?|ต่างกัน|ห่างกัน|จำนวน|"
    r"ตัวชี้วัดที่|ตัวชี้วัด|ข้อที่|ลำดับที่|ลำดับ|ครั้งที่|ระดับ|ชั้น|เวลา|วันที่|ปีที่|ระยะที่|ส่วนที่|ไตรมาส(?:ที่)?|"
    r"พ\.ศ\.|ปีงบประมาณ|ประจำปี|ฉบับที่|มาตรา|ข้อคำถามที่|[<>≤≥=×*÷]|[-–+]|[▲▼△▽↑↓⬆⬇]|ระดับ\s*(?:AA|[A-F])(?![A-Za-z]))\s*$"
    r"|(?:^|[^\u0e01-\u0e4e])(?:ที่|ข้อ|ปี|รอบ|ภาค|หมู่|ชั้น)\s*$|กว่า\s*$"
    # "ต่ำกว่าค่าเฉลี่ยจังหวัดตาก 2.02 คะแนน": how far from what is compared, unless a result follows ("... ซึ่งได้ 89.12")
    r"|(?:ต่ำกว่า|สูงกว่า|น้อยกว่า|มากกว่า)(?:(?!ได้|ซึ่ง|คือ|อยู่ที่|เท่ากับ|มี)[^0-9]){1,40}$"
    r"|[A-Za-z]$"
)
_AFTER_NOT_SCORE = re.compile(
    r"^\s*(?:คะแนน\s*)?(?:ขึ้นไป|ลงมา|ขึ้น|%|เปอร์เซ็นต์|น\.|นาฬิกา|ปี|เดือน|วัน|คน|"
    r"ราย(?![\u0e01-\u0e4e])|แห่ง|หน่วย|"  # "๒๔๘ ราย" counts people; "คะแนน รายละเอียด..." is a score
    r"ตัวชี้วัด|ข้อ|ครั้ง|เครื่องมือ|ประเด็น|บาท|ส่วน(?![\u0e01-\u0e4e])|ชุด|แผ่น|[-–]\s*[0-9]|/|\.[0-9]"
    r"|มาตรการ|กิจกรรม|โครงการ|รายการ"  # "รวม ๙ มาตรการ/กิจกรรม": a count
    r"|จาก\s*(?:คะแนนเต็ม\s*)?[1-9](?![0-9.]))"  # "ค่าเฉลี่ย ๔.๔๒ จาก ๕": a rating out of 5, no ITA score
)
# a day of the month: "(๑ ต.ค. ๖๖ – ๓๑ มี.ค. ๖๗)", "15 มกราคม"
_MONTH_AFTER = re.compile(
    r"^\s*(?:" + "|".join(re.escape(n) for n in THAI_MONTHS)
    + "|" + "|".join(re.escape(a[:-1]) for a in THAI_MONTH_ABBREVIATIONS) + r")"
)
_SCORE_CUE_AFTER = re.compile(r"^\s*คะแนน")
_SCORE_CUE_BEFORE = re.compile(r"(?:คะแนน|ได้|อยู่ที่|เท่ากับ|เฉลี่ย|รวม|\()\s*$")
_OVERALL = re.compile(
    r"ภาพรวม|ผลรวม|คะแนนรวม(?!\s*(?:IIT|EIT|OIT))|ITA|ผลการประเมินคุณธรรม|ผลคะแนนการประเมิน|ผลการประเมินของหน่วยงาน|"
    r"(?<!ที่)(?<!ไม่)ได้คะแนน(?!น้อย|ต่ำ|สูง|มาก|เต็ม)|มีผลคะแนนการประเมิน|ระดับการประเมิน"
    r"|ผลการประเมิน(?=\s*(?:ได้|อยู่ที่|เท่ากับ)\s*ร้อยละ)"  # "ผลการประเมินได้ร้อยละ ๙๑.๒๕" (a bare "ผลการประเมินได้ 100" under a heading is the heading's)
)
_RESULT_YEAR = re.compile(
    r"(?:ผลการประเมิน|ผลคะแนน|ประกาศผล|ผลการวิเคราะห์|การวิเคราะห์ผล)[^\n]{0,200}?"
    r"(?:ปีงบประมาณ|ประจำปี|ปี)\s*(?:พ\.ศ\.)?\s*(25[0-9]{2})"
)
_INLINE_YEAR = re.compile(r"(?:ปีงบประมาณ|ปีงบฯ|ปี)\s*(?:พ\.ศ\.)?\s*(25[0-9]{2}|[0-9]{2})(?![0-9])[^0-9]{0,25}$")
_RATING_RE = re.compile(
    r"(?:ระดับ|ระดับผลการประเมิน|ระดับการประเมิน|Rating)\s*[“\"'(]?\s*(AA|A|B|C|D|E|F)(?![A-Za-z])"
    r"|ระดับ\s*[“\"']?\s*(ไม่ผ่าน|ผ่าน|ดีเยี่ยม|ดีมาก|ดี|พอใช้|ปรับปรุง)"
)
_QUESTION_PAREN = re.compile(r"\(\s*(" + _NUM + r")\s*คะแนน\s*\)")


@dataclass
class _Label:
    level: str
    start: int
    end: int
    tool: str | None = None
    indicator_no: int | None = None
    codes: tuple[str, ...] = ()
    text: str = ""


def _arabic(s: str) -> str:
    return thai_digits_to_arabic(s)


# --------------------------------------------------------------------------
# labels in a passage


# the tools' Thai titles (group 1: ใน for IIT, นอก for EIT; none for OIT)
_TOOL_TITLE = re.compile(r"ผู้มีส่วนได้\s?(?:ส่วน)?\s?เสีย\s?(?:ทั้ง)?\s?ภาย(ใน|นอก)"
                         r"|(?:แบบตรวจ)?การเปิดเผยข้อมูล\s?สาธารณะ|แบบตรวจการเปิดเผยข้อมูล")


_UNIT_NAMED = re.compile(r"(?:องค์การบริหารส่วน(?:ตำบล|จังหวัด)|เทศบาล(?:ตำบล|เมือง|นคร)|โรงพยาบาล(?:ส่งเสริมสุขภาพตำบล)?|"
                         r"สถานีตำรวจภูธร|ที่ว่าการอำเภอ|สำนักงานสาธารณสุขอำเภอ)[\u0e01-\u0e4e]{2,}")


# another unit set against the reporting one: "ส่วนองค์การบริหารส่วนตำบลช่องลมทองได้ 74.90", "ขณะที่โรงพยาบาล..."
_CONTRASTED_UNIT = re.compile(r"(?:(?<![\u0e01-\u0e4e])ส่วน|ขณะที่|เทียบกับ)\s*(?P<unit>" + _UNIT_NAMED.pattern + ")")


def _other_units_figure(segment: str, unit: str | None) -> bool:
    """Whether the words right before a figure make it another unit's: they name a unit that is not
    the reporting one ("ส่วนองค์การบริหารส่วนตำบลช่องลมทองได้ 74.90 คะแนน" in a district's memo)."""
    if not unit:
        return False
    names = [m.group(0)[m.group(0).find(m.group("unit")):] for m in _CONTRASTED_UNIT.finditer(segment[-90:])]
    own = compact(unit)
    return bool(names) and not any(compact(n) in own or own in compact(n) for n in names)


def _names_unit(text: str, unit: str | None) -> bool:
    """Whether a paragraph names the reporting unit itself (so naming another unit compares the two;
    a unit's report that names only another unit may have copied its wording, and keeps its figures)."""
    own = compact(unit or "")
    core = re.split(r"ตำบล|อำเภอ|จังหวัด|เทศบาล|โรงพยาบาล|ภูธร|เขต|นคร|เมือง", own)[-1]  # the place's own name
    return len(core) >= 3 and core in compact(text)


def _labels(text: str) -> list[_Label]:
    """Every subject a score could be about, with its span."""
    out: list[_Label] = []
    for m in re.finditer(r"(?<![A-Za-z])[IEOieo]\s?[0-9]{1,2}(?:\s*(?:[-–—]|ถึง)\s*[IEOieo]?\s?[0-9]{1,2})?"
                         r"(?:\s*(?:,|และ)\s*[IEOieo]\s?[0-9]{1,2}(?:\s*(?:[-–—]|ถึง)\s*[IEOieo]?\s?[0-9]{1,2})?)*", text):
        codes = question_codes(m.group(0))
        if codes:
            out.append(_Label("question", m.start(), m.end(), codes=tuple(codes), text=m.group(0)))
    bare: list[tuple[re.Match[str], int]] = []
    for m in re.finditer(r"ตัวชี้วัด(?:ที่)?\s*([0-9]{1,2})\s*[\.\)]?\s*", text):
        # an indicator heading: the name after the number decides
        tail = text[m.end(): m.end() + 60]
        no = indicator_of_label(tail[:45])
        if no:
            name_end = _name_end(tail, no)
            out.append(_Label("indicator", m.start(), m.end() + name_end, indicator_no=no,
                              text=text[m.start(): m.end() + name_end]))
        elif _FIGURE_IN_BRACKET.match(tail):
            bare.append((m, int(m.group(1))))
    for m, no in bare:
        # "ได้แก่ ตัวชี้วัดที่ 7 (80.15 คะแนน)": the number alone, where the text has already named
        # indicator 7 by that number and its ITA name (the report numbers as the ITA does)
        if any(lb.level == "indicator" and lb.indicator_no == no and lb.end <= m.start() for lb in out):
            end = m.end() - (len(m.group(0)) - len(m.group(0).rstrip()))
            out.append(_Label("indicator", m.start(), end, indicator_no=no, text=text[m.start(): end]))
    # the tools' Thai titles before the indicator names: "การเปิดเผยข้อมูลสาธารณะ" is the OIT's
    # title ("OIT (การเปิดเผยข้อมูลสาธารณะ)"), not indicator 9 (การเปิดเผยข้อมูล) it holds
    for m in _TOOL_TITLE.finditer(text):
        tool = "IIT" if m.group(1) == "ใน" else "EIT" if m.group(1) == "นอก" else "OIT"
        out.append(_Label("tool", m.start(), m.end(), tool=tool, text=m.group(0)))
    covered = [(lb.start, lb.end) for lb in out]
    for no, ind in INDICATORS.items():
        for m in re.finditer(_spaced(ind.name), text):
            if any(a <= m.start() < b for a, b in covered):
                continue
            if re.search(r"(?<![A-Za-z])(?:IIT|EIT|OIT)\s*\(\s*$", text[max(0, m.start() - 8): m.start()]):
                continue  # "OIT (การเปิดเผยข้อมูล)": the tool's gloss, not indicator 9
            out.append(_Label("indicator", m.start(), m.end(), indicator_no=no, text=m.group(0)))
    for tool in ("IIT", "EIT", "OIT"):
        for m in re.finditer(r"(?<![A-Za-z])" + tool + r"(?![A-Za-z])", text):
            out.append(_Label("tool", m.start(), m.end(), tool=tool, text=tool))
    for m in _OVERALL.finditer(text):
        out.append(_Label("overall", m.start(), m.end(), text=m.group(0)))
    return sorted(out, key=lambda lb: (lb.end, lb.start))


_FIGURE_IN_BRACKET = re.compile(r"\(\s*" + _NUM + r"\s*คะแนน")


@lru_cache(maxsize=None)
def _spaced(name: str) -> str:
    """The pattern of `name` with an optional space between its chars (built
    once per name: it runs for every indicator on every label)."""
    return r"\s?".join(re.escape(ch) for ch in name)


def _name_end(tail: str, no: int) -> int:
    """Where the indicator name ends in the text after "ตัวชี้วัดที่ N"."""
    name = INDICATORS[no].name
    t = tail
    # walk forward until the compact text covers the name (or a close variant)
    best = min(len(t), len(name) + 6)
    acc = ""
    for i, ch in enumerate(t):
        if ch in "(（[" or ch.isdigit():
            # the name ends before a bracket or a figure: "ตัวชี้วัดที่ 8 การปรับปรุงการทำงาน (84.35 คะแนน)"
            # writes it shorter than the official "การปรับปรุงระบบการทำงาน"
            if acc and indicator_of_label(acc) == no:
                return len(t[:i].rstrip())
            break
        if not ch.isspace():
            acc += ch
        if len(acc) >= len(name) - 2 and indicator_of_label(acc) == no:
            # the name ends with the word it ends in ("...หน้าที่ของเทศบาล": not "ของเ")
            return _word_end(t, i + 1, limit=len(name) + 4 - len(acc))
    return best


def _word_end(text: str, pos: int, limit: int) -> int:
    """`pos`, or the end of the Thai word running through it (at most `limit` characters on)."""
    if pos >= len(text) or text[pos].isspace() or limit <= 0:
        return pos
    start = pos
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    offset = start
    for word in _words(text[start: pos + limit]):
        offset += len(word)
        if offset >= pos:
            return min(offset, pos + limit)
    return pos


@lru_cache(maxsize=4096)
def _words(run: str) -> tuple[str, ...]:
    from pythainlp.tokenize import word_tokenize

    return tuple(word_tokenize(run, engine="newmm", keep_whitespace=True))


# --------------------------------------------------------------------------
# scores in a passage


@dataclass
class _Ctx:
    year: int | None
    max_year: int | None = None
    section: _Label | None = None  # label of the last label-only paragraph(s)
    section_tool: str | None = None
    question_parent: ScoreRow | None = None
    ocr: bool = False  # the block being read was read by OCR from a scan
    section_just_named: bool = False  # the paragraph right before named the section and no figure
    unit: str | None = None  # the reporting unit's name


# a target / threshold word governs the figures of its clause: "ผ่านเกณฑ์การประเมิน (85 คะแนน)",
# "ต่ำกว่าค่าเป้าหมายของ สสจ. ที่กำหนดไว้ ๘๕ คะแนน" (unless a result verb comes in between)
_THRESHOLD_WORD = re.compile(r"ค่าเป้าหมาย|เป้าหมาย|เกณฑ์|ไม่น้อยกว่า|ไม่ต่ำกว่า|target|threshold", re.IGNORECASE)
_RESULT_CUE = re.compile(r"ได้|อยู่ที่|เท่ากับ|ผลการประเมิน|ผลคะแนน|คะแนนรวม|[0-9]|[.!?]\s|\n")


_YEAR_OF_TARGET = re.compile(r"(?:ปีงบประมาณ|ประจำปี|ปี)?\s*(?:พ\.ศ\.)?\s*25[0-9]{2}(?![0-9])")


def _governed_by_threshold(before: str) -> bool:
    last = None
    for last in _THRESHOLD_WORD.finditer(before):
        pass
    if last is None:
        return False
    seg = _YEAR_OF_TARGET.sub(" ", before[last.end():])  # "ค่าเป้าหมายปีงบประมาณ พ.ศ. ๒๕๖๘ : ๙๕": a year is no result
    return len(seg) <= 70 and not _RESULT_CUE.search(seg)


_EXPECTED = re.compile(r"คาดว่า|คาดการณ์|ประมาณการ|ประเมินตนเอง")  # "คะแนนที่คาดว่าจะได้ ... 95.00": a hope, not a result
_PERCENT_RESULT = re.compile(r"(?:(?<![A-Za-z])(?:IIT|EIT|OIT|ITA)\s*|ผลการประเมิน\S{0,12}\s*|(?:ซึ่ง)?ได้\s*)ร้อยละ\s*$")


def _ita_percent(text: str, m: re.Match[str]) -> bool:
    """An ITA result written as a percentage: "ผลการประเมินได้ร้อยละ ๙๑.๒๕", "IIT ร้อยละ ๙๓.๑๐" in a
    paragraph about the ITA (a score out of 100); not a survey's or a plan's percentage ("ความพึงพอใจ",
    "ความสำเร็จ", "ผู้เข้าร่วม")."""
    raw = m.group(0)
    if "." not in raw or len(raw.split(".")[1]) != 2 or float(raw) > 100:
        return False
    before = text[max(0, m.start() - 60): m.start()]
    if not _PERCENT_RESULT.search(before) or re.search(r"พึงพอใจ|ความสำเร็จ|ผู้เข้าร่วม|บุคลากร|เป้าหมาย|เกณฑ์", before):
        return False
    return bool(re.search(r"(?<![A-Za-z])(?:ITA|IIT|EIT|OIT)(?![A-Za-z])|คุณธรรมและความโปร่งใส", text))


def _is_score_number(text: str, m: re.Match[str]) -> bool:
    raw = m.group(0)
    before = text[max(0, m.start() - 40): m.start()]
    after = text[m.end(): m.end() + 15]
    value = float(raw.replace(",", ""))
    dash_lead = bool(re.search(r"[^0-9\s]\s+[-–—]\s*$", before)) and bool(_SCORE_CUE_AFTER.match(after))
    # "ได้ผลคะแนน ... จำนวน ๙๑.๒๗ คะแนน": an amount of points with decimals is a score, not a count
    # ("... เพิ่มขึ้นจาก ... ที่ได้ ๘๕.๑๒ คะแนน จำนวน ๑.๘๕ คะแนน" is the change: a change word or a score before it)
    points = bool(re.search(r"จำนวน\s*$", before)) and "." in raw and bool(_SCORE_CUE_AFTER.match(after)) \
        and not re.search(r"เพิ่มขึ้น|ลดลง|สูงขึ้น|ต่ำลง|ต่างกัน|ห่าง|[0-9]\.[0-9]", text[max(0, m.start() - 90): m.start()])
    if (_BEFORE_NOT_SCORE.search(before) and not dash_lead and not points and not _ita_percent(text, m)) \
            or _AFTER_NOT_SCORE.match(after):
        return False
    if _EXPECTED.search(text[max(0, m.start() - 80): m.start()]):
        return False
    if "." not in raw and re.search(r"\(\s*$", before) and not after.strip():
        return False  # "(๑" broken off at the end of a line: the bracket's words are on the next line
    if re.fullmatch(r"[0-9]{1,2}", raw) and _MONTH_AFTER.match(after):
        return False  # a day of the month
    if re.search(r"จาก\s*(?:คะแนนเต็ม\s*)?$", before) and (value == 100 or value <= 10):
        return False  # "88.50 จาก 100 คะแนน", "4.42 จาก 5": the scale's top, no score
    if re.search(r"[0-9]\s*[-–]\s*$", before):  # the end of a range "70.00 – 84.99"
        return False
    if _governed_by_threshold(text[max(0, m.start() - 90): m.start()]):
        return False
    if re.search(r"(?:^|[^.…])[./][0-9]*$", before):  # part of a date or code "13.30", "2/2566" (not a leader ".....")
        return False
    if value >= 1000 or (2400 <= value <= 2700):
        return False
    if re.fullmatch(r"[0-9]{1,2}", raw) and re.match(r"^\s*[\.)]", after):
        return False  # a list number "1." / "1)"
    has_decimals = "." in raw
    if _SCORE_CUE_AFTER.match(after) or (has_decimals and len(raw.split(".")[1]) == 2):
        return True
    return bool(_SCORE_CUE_BEFORE.search(before)) and value <= 100


def _year_near(text: str, pos: int) -> int | None:
    m = _INLINE_YEAR.search(text[max(0, pos - 60): pos])
    if not m:
        ce = _CE_YEAR.search(text[max(0, pos - 60): pos])
        return int(ce.group(1)) + 543 if ce else None  # "ITA 2024 score: 87.65": the Christian era, BE 2567
    y = int(m.group(1))
    return y + 2500 if y < 100 else y


_CE_YEAR = re.compile(r"(?:ITA|FY|[Ff]iscal\s+[Yy]ear|ค\.ศ\.)\s*(20[0-9]{2})(?![0-9])[^0-9]{0,25}$")


_STATED_YEAR = re.compile(r"(?:ปีงบประมาณ|ปีงบฯ|ประจำปี|ในปี)\s*(?:พ\.ศ\.)?\s*(25[0-9]{2})(?![0-9])")


_SENTENCE_END = re.compile(r"\n|(?<![\u0e01-\u0e4e.])[.!?]\s")


_FIGURE = re.compile(r"[0-9]+\.[0-9]+")


def _sentence_year(text: str, pos: int, max_year: int | None) -> int | None:
    """The last fiscal year stated earlier in the same sentence ("โดยในปีงบประมาณ พ.ศ. ๒๕๖๗
    โรงพยาบาล... ได้รับผลการประเมินในภาพรวม ๘๙.๒๕"); a later year than the report's is a plan.

    A year stated as a comparison ("เพิ่มขึ้นจากปีงบประมาณ พ.ศ. ๒๕๖๖ ซึ่งได้ ๘๖.๑๐ คะแนน")
    holds for its own figure only, not for the figures after it: Thai runs a paragraph
    as one sentence, and the tool scores that follow are the report's year's."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, pos)]  # (not the dot of พ.ศ. / ป.ป.ช.)
    start = ends[-1] if ends else 0
    for m in reversed(list(_STATED_YEAR.finditer(text, start, pos))):
        year = int(m.group(1))
        if max_year is not None and year > max_year:
            continue
        if _COMPARED.search(text[max(start, m.start() - 40): m.start()]) and _FIGURE.search(text, m.end(), pos):
            continue
        return year
    return None


def _rating_in(text: str) -> str | None:
    m = _RATING_RE.search(text)
    if not m:
        m2 = re.search(r"[“\"](ไม่ผ่าน|ผ่าน)[”\"]|ไม่ผ่านค่าเป้าหมาย|ระดับไม่ผ่าน", text)
        if m2:
            return "ไม่ผ่าน" if "ไม่ผ่าน" in m2.group(0) else "ผ่าน"
        return None
    return m.group(1) or m.group(2)


def result_years(text: str, max_year: int | None) -> list[tuple[int, int | None]]:
    """(position, year) from which each "ผลการประเมิน ... ปีงบประมาณ YYYY" of the text holds.

    A year stated as a comparison ("... เพิ่มขึ้นจากปีงบประมาณ พ.ศ. ๒๕๖๖ ซึ่งได้ ๘๖.๑๐
    คะแนน") holds for its own figure only: after that figure, the year that held before
    it holds again (None: none did)."""
    out: list[tuple[int, int | None]] = []
    holding: int | None = None
    for m in _RESULT_YEAR.finditer(text):
        y = int(m.group(1))
        if max_year is not None and y > max_year:
            continue
        if _COMPARED.search(text[max(m.start(), m.start(1) - 40): m.start(1)]):
            figure = _FIGURE.search(text, m.end(1))
            if figure is not None:
                out += [(m.end(1), y), (figure.end(), holding)]
            continue
        out.append((m.end(1), y))
        holding = y
    return out


# words that make a stated result a point of comparison ("ซึ่งสูงกว่าผลการประเมินประจำปี 2567")
_COMPARED = re.compile(r"สูงกว่า|ต่ำกว่า|เทียบ|จากเดิม|เดิม|ที่ผ่านมา|ก่อนหน้า|ปีก่อน|ปีที่แล้ว|ลดลง|เพิ่มขึ้น|"
                       r"มากกว่า|น้อยกว่า|ดีกว่า|ขณะที่|ส่วน(?:ใน)?ปี")


def governing_year(text: str, max_year: int | None) -> int | None:
    """The result year a paragraph sets for the paragraphs after it: its last result
    heading that is not a comparison ("... 2568 ได้ 93.59 ซึ่งสูงกว่าผลการประเมินปี 2567
    ที่ได้ 89.12" governs as 2568; the 2567 figure is read with its own year)."""
    keep = []
    for m in _RESULT_YEAR.finditer(text):
        y = int(m.group(1))
        if max_year is not None and y > max_year:
            continue
        before = text[max(0, m.start() - 40): m.start()]
        if _COMPARED.search(before) or _COMPARED.search(m.group(0)):
            continue
        if text.count("(", 0, m.start(1)) > text.count(")", 0, m.start(1)):
            continue  # "... ได้ ๙๑.๘๑ คะแนน (ปีงบประมาณ พ.ศ. ๒๕๖๗ ได้ ๘๘.๑๒ คะแนน)": an aside, read with its own year
        if _YEAR_RANGE_ON.match(text, m.end(1)):
            continue  # "ผลคะแนน ... ปีงบประมาณ พ.ศ. 2566 – 2568": a table's years, none of them the results'
        keep.append(y)
    return keep[-1] if keep else None


_YEAR_RANGE_ON = re.compile(r"\s*(?:[-–—]|ถึง)\s*(?:พ\.\s?ศ\.\s*)?25[0-9]{2}(?![0-9])")
# a year phrase broken off at the end of a line: "... ประจำปีงบประมาณ" / "พ.ศ. ๒๕๖๘ ..."
_DANGLING_YEAR = re.compile(r"(?:ปีงบประมาณ|ปีงบฯ|ประจำปี|ปี)\s*(?:พ\.\s?ศ\.?)?\s*$")
_YEAR_AT_START = re.compile(r"^\s*(?:พ\.\s?ศ\.?)?\s*[0-9๐-๙]{4}(?![0-9๐-๙])")


def dangling_lead(prev: str, text: str) -> str:
    """The end of the previous line when it breaks off a year phrase that this line completes."""
    if prev and _DANGLING_YEAR.search(prev) and _YEAR_AT_START.match(text):
        return prev[-250:] + " "
    return ""


def _passage_scores(text: str, ctx: _Ctx, page: int | None, lead: str = "") -> tuple[list[ScoreRow], list[_Label]]:
    """Scores in one paragraph (or cell); also returns the labels seen.

    `lead` is the end of the line before when it breaks off a year phrase
    ("...ประจำปีงบประมาณ" / "พ.ศ. ๒๕๖๘ ได้คะแนน ..."): it is read for years only."""
    text = _arabic(text)
    labels = _labels(text)
    lead = _arabic(lead)
    joined = lead + text
    shift = len(lead)
    marks = [(p - shift, y) for p, y in result_years(joined, ctx.max_year)]
    rows: list[ScoreRow] = []
    consumed_until = 0
    prev_subject: _Label | None = None
    prev_end = 0

    # 1. question code lists: "I13–I15 และI18 คะแนน 89.92, 90.46, 89.25 และ 92.56"
    for lb in [x for x in labels if x.level == "question" and len(x.codes) > 1]:
        m = _SCORE_LIST.match(text, lb.end)
        if not m:
            continue
        values = [float(v) for v in _NUM_RE.findall(m.group(1))]
        if len(values) != len(lb.codes):
            continue
        for code, v in zip(lb.codes, values):
            rows.append(_question_row(code, v, ctx, page, label=code))
        consumed_until = max(consumed_until, m.end())
    if ctx.ocr:
        for found, end in _misread_code_list_scores(text, labels, ctx, page):
            rows.extend(found)
            consumed_until = max(consumed_until, end)

    lead_code = _leading_code(text, labels)
    for m in _NUM_RE.finditer(text):
        if m.start() < consumed_until:
            continue
        if not _is_score_number(text, m):
            if re.fullmatch(r"[0-9]+\.[0-9]{2}", m.group(0)) and _SCORE_CUE_AFTER.match(text[m.end():]):
                prev_end = m.end()  # "ต่ำกว่า 21.50 คะแนน": a figure of its own (a gap), its subject used up
            continue
        value = float(m.group(0).replace(",", ""))
        paren = _QUESTION_PAREN.match(text, max(0, m.start() - 2)) or (
            text[max(0, m.start() - 2): m.start()].strip().endswith("(") and re.match(r"\s*คะแนน\s*\)", text[m.end():])
        )
        window_start = prev_end
        cands = [lb for lb in labels if lb.end <= m.start() and lb.start >= window_start]
        if not any(lb.level in ("indicator", "question") for lb in cands):
            seg = text[window_start: m.start()]
            for lb in cands:  # a tool's Thai title ("แบบตรวจการเปิดเผยข้อมูลต่อสาธารณะ") holds an indicator's name
                if lb.level == "tool" and lb.end - lb.start > 3:
                    a, b = lb.start - window_start, lb.end - window_start
                    seg = seg[:a] + " " * (b - a) + seg[b:]
            seg = _TOOL_GLOSS.sub(" ", seg)  # "OIT (การเปิดเผยข้อมูล)": the tool's gloss names no indicator
            found = indicators_in(seg)
            if len(found) == 1 and not re.search(r"คือ\s*$", seg):
                k = m.start() - 1
                cands.append(_Label("indicator", k, k, indicator_no=found[0], text=normalize_label(seg[-60:])))
        subject = _pick_subject(cands, text, m.start())
        if (subject is not None and subject.level == "overall" and ctx.section_just_named and ctx.section is not None
                and ctx.section.level == "indicator" and _BARE_RESULT_CUE.fullmatch(text[: subject.end])):
            # "ตัวชี้วัดที่ได้คะแนนต่ำสุด  ตัวชี้วัดที่ 8 การปรับปรุงการทำงาน" / "ได้คะแนน  79.25  คะแนน": the
            # line above names what scored, this line's "ได้คะแนน" is no overall result
            subject = ctx.section
        compared = re.search(r"(?:ปีงบประมาณ|ปี)\s*(?:พ\.ศ\.)?\s*(25[0-9]{2})\s*\(\s*$", text[max(0, m.start() - 30): m.start()])
        if paren and compared and prev_subject is not None and prev_subject.level in ("indicator", "tool", "overall"):
            row = _row_for(prev_subject, value, int(compared.group(1)), text, m, ctx, page)
            if row:
                rows.append(row)
            prev_end = m.end()
            continue
        if paren and subject is not None and subject.level in ("indicator", "tool") and subject.start < subject.end \
                and _OWN_FIGURE_BRACKET.fullmatch(text[subject.end: m.start()]):
            paren = None  # "ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร (84.12 คะแนน)": the label's own figure
        if paren and subject is None or (paren and subject is not None and subject.level != "question"):
            # "...มากน้อยเพียงใด (๘๐.๐๐ คะแนน)": the quoted question before the bracket
            qtext = _question_text(text, window_start, m.start())
            if qtext:
                inherited = prev_subject if prev_subject is not None and prev_subject.level == "indicator" else None
                if subject is not None and subject.level == "indicator":
                    inherited = subject  # "ด้านการป้องกันการทุจริต ได้แก่ ... (50.00 คะแนน)"
                row = _question_text_row(qtext, value, ctx, page, inherited)
                if row:
                    rows.append(row)
                prev_end = m.end()
                continue
        post = _postfix_subject(text, m.end(), labels)
        if post is not None:
            subject = post
        if (lead_code is not None and subject is not None and subject.level in ("indicator", "tool")
                and subject.start >= lead_code.end):
            # "I21 ท่านรู้แนวปฏิบัติ...การใช้ทรัพย์สินของราชการ... ได้ 79.80": a line that starts with a
            # question code scores that question, whatever indicator words its wording holds
            subject = lead_code
        if subject is None and re.search(r"คือ\s*$", text[max(0, m.start() - 8): m.start()]):
            prev_end = m.end()
            continue  # "คือ ๗๒.๓๕ คะแนน": a figure without a subject
        if _other_units_figure(text[window_start: m.start()], ctx.unit) and _names_unit(text, ctx.unit):
            prev_end = m.end()
            continue  # "... ส่วนองค์การบริหารส่วนตำบลช่องลมทองได้ 74.90 คะแนน": another unit's score
        if subject is None:
            subject = prev_subject
        if subject is None:
            # a figure with nothing before it: "คือ ๗๒.๓๕ คะแนน" (no label) is skipped;
            # a bare result line under a section heading takes the heading
            if ctx.section is not None and not re.search(r"คือ\s*$", text[max(0, m.start() - 8): m.start()]):
                subject = ctx.section
            else:
                prev_end = m.end()
                continue
        year = (_year_near(joined, m.start() + shift) or next((y for p, y in reversed(marks) if p < m.end()), None)
                or _sentence_year(joined, m.start() + shift, ctx.max_year) or ctx.year)
        row = _row_for(subject, value, year, text, m, ctx, page)
        if row and row.level == "question" and row.indicator_no is None:
            # "ด้านการปฏิบัติหน้าที่ ข้อคำถาม i2 ...": the indicator named before the code
            before = [lb for lb in labels if lb.level == "indicator" and lb.end <= subject.start]
            if before and tool_of_indicator(before[-1].indicator_no) == row.tool:
                row.indicator_no = before[-1].indicator_no
        if row:
            rows.append(row)
            prev_subject = subject
        prev_end = m.end()
    overall = [r for r in rows if r.level == "overall"]
    if len(overall) == 1 and overall[0].rating is None:
        overall[0].rating = _rating_in(text)
    return rows, labels


# between a label and its own figure in brackets: nothing, or how it ranks ("ยังได้คะแนนต่ำที่สุด (๗๖.๒๕ คะแนน)")
_OWN_FIGURE_BRACKET = re.compile(r"[\s:]*(?:(?:ยัง)?\s*(?:ได้)?\s*คะแนน\s*(?:ต่ำ|สูง|น้อย|มาก)[\u0e01-\u0e4e]{0,8}\s*)?\(\s*")
_BARE_RESULT_CUE = re.compile(r"\s*(?:ได้|มี)?\s*(?:ผล)?คะแนน\s*")

_LINE_LEAD = re.compile(r"^[\s\-–•●▪■*○◦>»]*(?:\(?[0-9]{1,2}[.)]\s*)?(?:ข้อ(?:คำถาม)?(?:ที่)?\s*)?")


_SCORE_LIST = re.compile(r"\s*(?:ได้)?\s*(?:คะแนน|มีคะแนน|ได้คะแนน)?\s*((?:" + _NUM + r")(?:\s*(?:,|และ|\s)\s*" + _NUM + r")+)")
# a code list as Tesseract misreads it ("[11-13", "113-115 Way 18"), right before its scores
_MISREAD_LIST = re.compile(r"(?<![0-9A-Za-z.,/])([\[|lI]?[0-9]{1,3}\s*[-–—]\s*[\[|lI]?[0-9]{1,3}"
                           r"(?:\s*(?:,|และ|\s[^\s0-9\[|]{1,4}\s)\s*[\[|lI]?[0-9]{1,3}(?:\s*[-–—]\s*[\[|lI]?[0-9]{1,3})?)*)"
                           r"(?=\s*คะแนน)")


def _misread_code_list_scores(text: str, labels: list[_Label], ctx: _Ctx,
                              page: int | None) -> list[tuple[list[ScoreRow], int]]:
    """Question scores of code lists OCR misread ("[11-13 คะแนน 92.85, 94.32, 94.85"), each
    with where its values end: only where the list of values that follows has as many
    values as one reading of the codes (`misread_code_list`). The codes were inferred,
    so the rows are for review."""
    out = []
    for m in _MISREAD_LIST.finditer(text):
        if any(lb.level == "question" and lb.start <= m.start() < lb.end for lb in labels):
            continue
        values_m = _SCORE_LIST.match(text, m.end())
        if not values_m:
            continue
        values = [float(v) for v in _NUM_RE.findall(values_m.group(1))]
        codes = misread_code_list(m.group(1), len(values))
        if not codes:
            continue
        rows = [_question_row(code, v, ctx, page, label=code) for code, v in zip(codes, values)]
        for row in rows:
            row.needs_review = True
        out.append((rows, values_m.end()))
    return out


def _leading_code(text: str, labels: list[_Label]) -> _Label | None:
    """The single question code a line starts with ("• I9 หน่วยงานของท่าน...", "ข้อ E7 ..."), or None."""
    at = _LINE_LEAD.match(text).end()
    for lb in labels:
        if lb.level == "question" and lb.start == at and len(lb.codes) == 1:
            return lb
    return None


def _pick_subject(cands: list[_Label], text: str, pos: int) -> _Label | None:
    """The closest label before the number; a specific label beats 'overall' when both are close."""
    if not cands:
        return None
    cands = sorted(cands, key=lambda lb: lb.end)
    best = cands[-1]
    if best.level == "overall":
        # "ตัวชี้วัดที่ ๒ การใช้งบประมาณของ... มีผลคะแนน" - prefer the specific label in the clause
        for lb in reversed(cands[:-1]):
            if lb.level != "overall" and pos - lb.end < 120 and not re.search(r"\s{2,}|\n", text[lb.end:pos]):
                if best.text in ("ได้คะแนน", "ITA") or best.text.startswith("ผลคะแนน"):
                    return lb
            break
    return best


def _postfix_subject(text: str, pos: int, labels: list[_Label]) -> _Label | None:
    """"ได้คะแนนเต็ม ๑๐๐ คะแนน ในตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต": the label just after."""
    m = re.match(r"\s*คะแนน\s*(?:ใน|ของ|สำหรับ)\s*", text[pos:])
    if not m:
        return None
    at = pos + m.end()
    for lb in sorted(labels, key=lambda x: x.start):
        if lb.start >= at and lb.start - at <= 2 and lb.level != "overall":
            return lb
    return None


def _question_text(text: str, start: int, end: int) -> str | None:
    seg = text[start:end]
    seg = re.sub(r"\(\s*$", "", seg)
    k = max(seg.rfind("คือ"), seg.rfind("ได้แก่"))
    if k >= 0:
        seg = seg[k:]
        seg = re.sub(r"^(?:คือ|ได้แก่)", "", seg)
    seg = re.sub(r"^\s*(?:คะแนน)?\s*", "", seg)
    seg = seg.strip(" :,-")
    if len(seg) < 6:
        return None
    return normalize_label(seg)


def _question_text_row(qtext: str, value: float, ctx: _Ctx, page: int | None,
                       indicator: _Label | None = None) -> ScoreRow | None:
    if indicator is not None:
        ind = indicator.indicator_no
    else:
        ind = ctx.section.indicator_no if ctx.section and ctx.section.level == "indicator" else None
    head = re.sub(r"^\s*[-–•●▪*]*\s*(?:ข้อ(?:คำถาม)?(?:ที่)?\s*)?", "", qtext)  # "• ข้อ O32 ..."
    codes = question_codes(head[:8])
    code = codes[0] if codes and re.match(r"^\s*[IEOieo]\s?[0-9]", head) else None
    tool = tool_of_indicator(ind) if ind else (tool_of_question(code) if code else ctx.section_tool)
    return ScoreRow(level="question", value=value, fiscal_year=ctx.year, tool=tool, indicator_no=ind,
                    question_code=code, label=qtext, page=page)


# the NACC questionnaire numbering of fiscal years 2562-2568: I1-6 / I7-12 / ... per indicator,
# E1-5 / E6-10 / E11-15 (OIT numbering changes from year to year: left to the enclosing heading)
_CODE_YEARS = (2562, 2568)
_CODE_RANGES = {"I": [(1, 6, 1), (7, 12, 2), (13, 18, 3), (19, 24, 4), (25, 30, 5)],
                "E": [(1, 5, 6), (6, 10, 7), (11, 15, 8)]}


def indicator_of_code(code: str, fiscal_year: int | None) -> int | None:
    """Indicator of a question code by its position in that year's NACC questionnaire, else None."""
    if not fiscal_year or not (_CODE_YEARS[0] <= fiscal_year <= _CODE_YEARS[1]):
        return None
    n = int(code[1:])
    for lo, hi, ind in _CODE_RANGES.get(code[0], []):
        if lo <= n <= hi:
            return ind
    return None


def _question_row(code: str, value: float, ctx: _Ctx, page: int | None, label: str | None = None,
                  year: int | None = None) -> ScoreRow:
    year = year or ctx.year
    tool = tool_of_question(code)
    ind = indicator_of_code(code, year)
    if ind is None and ctx.section is not None and ctx.section.level == "indicator":
        sec = ctx.section.indicator_no
        if sec and tool_of_indicator(sec) == tool:
            ind = sec
    return ScoreRow(level="question", value=value, fiscal_year=year, tool=tool, indicator_no=ind,
                    question_code=code, label=label or code, page=page)


def _row_for(lb: _Label, value: float, year: int | None, text: str, m: re.Match[str], ctx: _Ctx,
             page: int | None) -> ScoreRow | None:
    if lb.level == "question":
        code = lb.codes[0] if len(lb.codes) == 1 else None
        if code is None:
            return None
        label = normalize_label(text[lb.start: m.start()]) or code
        label = re.sub(r"^" + re.escape(code) + r"\s*", "", label, flags=re.IGNORECASE) or code
        row = _question_row(code, value, ctx, page, label=label.strip() or code, year=year)
        return row
    if lb.level == "indicator":
        ind = lb.indicator_no
        return ScoreRow(level="indicator", value=value, fiscal_year=year, tool=tool_of_indicator(ind) if ind else None,
                        indicator_no=ind, label=normalize_label(lb.text), page=page)
    if lb.level == "tool":
        return ScoreRow(level="tool", value=value, fiscal_year=year, tool=lb.tool, label=normalize_label(lb.text),
                        page=page)
    if lb.level == "overall":
        rating = _rating_in(text[m.end(): m.end() + 40])
        return ScoreRow(level="overall", value=value, fiscal_year=year, label=normalize_label(lb.text),
                        rating=rating, page=page)
    return None


# --------------------------------------------------------------------------
# tables


_TOTAL_LABEL = re.compile(r"^(?:คะแนน)?(?:รวม|ผลรวม|ภาพรวม|รวมทั้งสิ้น|รวมคะแนน|total)(?:ทั้งหมด|ทั้งสิ้น)?$", re.IGNORECASE)
_TOOL_WORDS = re.compile(r"IIT|EIT|OIT|แบบวัด|แบบตรวจ|เครื่องมือ(?:การประเมิน)?|คะแนน|การรับรู้|ของ|ผู้มีส่วนได้(?:ส่วน)?เสีย|"
                         r"ภายใน|ภายนอก|การเปิดเผยข้อมูล(?:สาธารณะ)?|[()\[\]:.\-]|[0-9]", re.IGNORECASE)


def is_tool_label(label: str) -> bool:
    """A cell that names one assessment tool and nothing else ("แบบวัด IIT", "แบบตรวจการเปิดเผย
    ข้อมูลสาธารณะ (OIT)"); a KPI that mentions a tool ("ระดับความสำเร็จของการเปิดเผยข้อมูล (OIT)
    บนเว็บไซต์") is not one."""
    c = compact(_arabic(label))
    return len(tools_in(c)) == 1 and len(_TOOL_WORDS.sub("", c)) <= 3


def _is_total_label(label: str) -> bool:
    return bool(_TOTAL_LABEL.match(re.sub(r"[0-9.\s()]", "", _arabic(label))))


def _kpi_rows(table, ctx: _Ctx) -> list[ScoreRow]:
    """Rows of a table with a weight column. When its rows are the tools ("แบบวัด IIT | ร้อยละ 30 |
    91.25") it is a tool table: tool scores and an overall total, not KPIs. A scorecard's total row
    ("รวม | 100 | | | | 3.95") gives the weighted total as a kpi row."""
    cols = table.columns
    li = cols.index("indicator") if cols.index("indicator") is not None else 0
    wi, ri, pi = cols.index("weight"), cols.index("result"), cols.index("points")
    labels = [normalize_label(row[li]) if li < len(row) else "" for row in table.rows]
    named = [lab for lab in labels if lab and not _is_total_label(lab)]
    tool_table = bool(named) and all(is_tool_label(lab) for lab in named)
    out = []
    for r, row in enumerate(table.rows):
        def num(i):
            return parse_number(row[i]) if i is not None and i < len(row) else None
        result, points, weight = num(ri), num(pi), num(wi)
        label = labels[r]
        page = table.pages[r] if r < len(table.pages) else None
        total = bool(label) and _is_total_label(label)
        if tool_table:
            value = result if result is not None else points
            if value is None:
                continue
            if total:
                out.append(ScoreRow(level="overall", value=value, fiscal_year=ctx.year, label=label or None,
                                    rating=_rating_in(" ".join(row)), page=page))
            else:
                out.append(ScoreRow(level="tool", value=value, fiscal_year=ctx.year, tool=tools_in(label)[0],
                                    label=label or None, page=page))
            continue
        if result is None and points is None:
            if total:
                # the weighted total in the last numeric column after the weight
                tail = [parse_number(c) for i, c in enumerate(row) if i > (wi if wi is not None else li)]
                tail = [v for v in tail if v is not None]
                if tail:
                    out.append(ScoreRow(level="kpi", value=tail[-1], fiscal_year=ctx.year, label=label or None,
                                        weight=weight, page=page))
            continue
        out.append(ScoreRow(level="kpi", value=result if result is not None else points, fiscal_year=ctx.year,
                            label=label or None, weight=weight, points=points, page=page))
    return out


_TARGET_HEAD = re.compile(r"เป้าหมาย|target", re.IGNORECASE)
# a result, maybe with how it was counted in brackets under it: "75.00 (3 จาก 4 เรื่อง)"
_KPI_VALUE = re.compile(r"^\s*(?:ร้อยละ|ระดับ|คะแนน)?\s*(" + _NUM + r")\s*(?:%|คะแนน|ร้อยละ)?\s*(?:\([^()]*\))?\s*$")


def target_result_columns(table) -> tuple[int, int, int] | None:
    """(label, target, result) columns of a "ตัวชี้วัด | ค่าเป้าหมาย | ผลการดำเนินงาน" table."""
    cols = table.columns
    ri = cols.index("result")
    if ri is None:
        return None
    ti = next((i for i, lab in enumerate(cols.labels) if i != ri and _TARGET_HEAD.search(compact(lab))), None)
    if ti is None:
        return None
    li = next((i for i, lab in enumerate(cols.labels) if i not in (ri, ti) and re.search(r"ตัวชี้วัด|kpi|indicator", compact(lab), re.I)), None)
    if li is None:
        li = 0 if 0 not in (ri, ti) else None
    return (li, ti, ri) if li is not None else None


def _target_result_rows(table, ctx: _Ctx, cols: tuple[int, int, int]) -> list[ScoreRow]:
    """A KPI written as target and result ("ร้อยละ 80 | ร้อยละ 37.50"): the result is the kpi value,
    for the report's own year."""
    li, ti, ri = cols
    out = []
    for r, raw in enumerate(table.rows):
        row = [_arabic(cell_text(c)) for c in raw]
        if ri >= len(row) or li >= len(row) or not row[li].strip():
            continue
        m = _KPI_VALUE.match(row[ri])
        if not m:
            continue
        out.append(ScoreRow(level="kpi", value=float(m.group(1).replace(",", "")), fiscal_year=ctx.max_year or ctx.year,
                            label=normalize_label(row[li]) or None,
                            page=table.pages[r] if r < len(table.pages) else None))
    return out


_PURE_NUMBER = re.compile(r"^\s*(?:คะแนน(?:เฉลี่ย)?\s*)?(" + _NUM + r")\s*(?:คะแนน)?\s*$")


def _table_scores(table, ctx: _Ctx) -> list[ScoreRow]:
    """Label/number pairs in any table that is not a measures or KPI table."""
    out: list[ScoreRow] = []
    score_col: int | None = None  # an answer-distribution table's คะแนน column
    tool = _table_tool(table) if ctx.ocr else None
    # beside a weight column ("IIT ... | 30 | 92.40"), a label's score is the คะแนน column's
    columns = getattr(table, "columns", None)
    scored = columns.index("score") if columns and columns.index("weight") is not None else None
    if scored is None and columns and columns.index("points") is not None:
        scored = columns.index("points")  # "ตัวชี้วัด | คะแนนเต็ม | คะแนนที่ได้ | ร้อยละ": the points obtained
    for r, raw in enumerate(table.rows):
        row = [_arabic(cell_text(c)) for c in raw]
        inferred = None
        inferred_tool = False
        if tool and row:
            row[0], inferred = _with_misread_code(row[0], tool, ctx.year)
            fixed = [_with_misread_tool(c, tool) for c in row]
            inferred_tool = fixed != row
            row = fixed
        page = table.pages[r] if r < len(table.pages) else None
        compacts = [compact(c) for c in row]
        if "คะแนน" in compacts and any(c.startswith("หัวข้อ") or c.startswith("ข้อคำถาม") for c in compacts):
            score_col = compacts.index("คะแนน")
            continue
        if score_col is not None and len(row) > score_col and _PURE_NUMBER.match(row[score_col]) \
                and any("%" in c for c in row):
            value = float(_PURE_NUMBER.match(row[score_col]).group(1))
            label = normalize_label(row[0])
            parent = ctx.question_parent
            if parent is not None and abs(parent.value - value) < 0.005:
                continue  # the coded question's own distribution
            ind = parent.indicator_no if parent else None
            out.append(ScoreRow(level="question", value=value, fiscal_year=ctx.year,
                                tool=parent.tool if parent else None, indicator_no=ind, question_code=None,
                                label=label, page=page))
            continue
        for i, cell in enumerate(row):
            if not cell.strip():
                continue
            number_here = any(_is_score_number(cell, m) for m in _NUM_RE.finditer(cell))
            if number_here:
                if _PURE_NUMBER.match(cell):
                    continue  # a bare number: read with its label cell
                saved, ctx.section = ctx.section, None  # a cell speaks for itself
                # "๓.๑ ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ | <what was said>": the row states the said figures' year
                saved_year, ctx.year = ctx.year, governing_year(" ".join(row), ctx.max_year) or ctx.year
                got, _ = _passage_scores(cell, ctx, page)
                ctx.section, ctx.year = saved, saved_year
                for g in got:
                    if (inferred and g.question_code == inferred) or (inferred_tool and g.level == "tool"):
                        g.needs_review = True  # its code or tool was inferred from a misreading
                    if g.level == "question" and g.question_code:
                        ctx.question_parent = g
                        score_col = None
                out.extend(got)
                continue
            # a label cell whose number is in the next cell or the cell below
            lb = _cell_label(cell)
            if lb is None and _TOTAL_CELL.fullmatch(compact(cell)) and i + 1 < len(row) and _rated_score(row[i + 1]):
                lb = _Label("overall", 0, 0, text=cell)  # "รวม | 92.15 (A)" closing a table of the tools
            if lb is None:
                continue
            if lb.level == "tool":
                # "๑ | การปฏิบัติหน้าที่ | IIT | 94.20": the tool column says whose indicator it is; the figure is the
                # indicator's named to its left, never the tool's
                named = [(k, x) for k in range(i) if (x := _cell_label(row[k])) is not None and x.level == "indicator"]
                if named and tool_of_indicator(named[-1][1].indicator_no) == lb.tool:
                    lb, cell = named[-1][1], row[named[-1][0]]
            value = None
            if scored is not None and i < scored < len(row) and _score_cell(row[scored]):
                value = _score_cell(row[scored])  # "IIT ... | 30 | 92.40" under "... | น้ำหนัก | คะแนน"
            elif i + 1 < len(row) and (_score_cell(row[i + 1]) or _rated_score(row[i + 1])):
                value = _score_cell(row[i + 1]) or _rated_score(row[i + 1])
            elif r + 1 < len(table.rows):
                below = table.rows[r + 1]
                if i < len(below) and len(below) == len(raw):  # a merged row's cells stand under other columns
                    value = _score_cell(_arabic(cell_text(below[i])))
            if value is None:
                continue
            fake = re.match(r".*", cell)
            stated = _LABEL_YEAR.search(cell)  # "คะแนนรวม ปี ๒๕๖๗ (เปรียบเทียบ) | ๘๒.๔๐": the label's own year
            year = int(stated.group(1)) if stated and (ctx.max_year is None or int(stated.group(1)) <= ctx.max_year) else ctx.year
            row_ = _row_for(lb, value, year, cell, fake, ctx, page) if fake else None
            if row_ and inferred and row_.question_code == inferred:
                row_.needs_review = True  # its code was inferred from a misreading
            if row_:
                out.append(row_)
    return out


_TOOL_GLOSS = re.compile(r"(?<=(?<![A-Za-z])(?:IIT|EIT|OIT))\s*\([^()]{2,40}\)")
_LABEL_YEAR = re.compile(r"(?:ปีงบประมาณ|ปีงบฯ|ปี)\s*(?:พ\.ศ\.)?\s*(25[0-9]{2})(?![0-9])")


def _table_tool(table) -> str | None:
    """The one tool a table's cells name (IIT, EIT or OIT), else None."""
    tools = {t for row in table.rows for c in row for t in tools_in(c)}
    return tools.pop() if len(tools) == 1 else None


def _with_misread_code(cell: str, tool: str, year: int | None) -> tuple[str, str | None]:
    """A scanned question cell with its misread code written right ("19 บุคลากร..." in an
    IIT table -> "I19 บุคลากร..."), and that code; the cell as it was and None unless exactly
    one reading of the code fits: one whose indicator (by that year's questionnaire) is the
    one the wording names, when it names one."""
    candidates = misread_leading_codes(cell, tool)
    named = indicators_in(cell)
    if named and len(candidates) > 1:
        candidates = [c for c in candidates if indicator_of_code(c, year) in named]
    if len(candidates) != 1:
        return cell, None
    code = candidates[0]
    return re.sub(r"^\s*\S+", code, cell, count=1), code


_TOTAL_OF_TOOL = re.compile(r"^(\s*คะแนนรวม\s*)([A-Za-z]{2,4})(?=\s|$)")


def _with_misread_tool(cell: str, tool: str) -> str:
    """A scanned tool total with its tool's name written right ("คะแนนรวม IT 93.15" or
    "คะแนนรวม EMT" in a table whose other cells name IIT / EIT): a Latin word one letter
    off the table's tool, right after คะแนนรวม."""
    m = _TOTAL_OF_TOOL.match(cell)
    if not m or m.group(2) == tool or Levenshtein.distance(m.group(2).upper(), tool) != 1:
        return cell
    return m.group(1) + tool + cell[m.end():]


_TOTAL_CELL = re.compile(r"รวม|คะแนนรวม|ภาพรวม|รวมทั้งหมด")
_RATED = re.compile(r"\s*(" + _NUM + r")\s*(?:คะแนน)?\s*\(\s*(?:AA|A|B|C|D|E|F)\s*\)\s*")


def _rated_score(cell: str) -> float | None:
    """A score written with its rating in brackets, "92.15 (A)"."""
    m = _RATED.fullmatch(cell)
    return float(m.group(1)) if m and float(m.group(1)) <= 100 else None


def _score_cell(cell: str) -> float | None:
    """The value of a cell that is only a score: "91.23", "๙๕.๔๓ คะแนน", "คะแนนเฉลี่ย 93.80"."""
    m = _PURE_NUMBER.match(cell)
    if not m:
        return None
    raw = m.group(1)
    if "." in raw or "คะแนน" in cell:
        v = float(raw.replace(",", ""))
        return v if v <= 1000 else None
    return None


def _cell_label(cell: str) -> _Label | None:
    """The subject a table label cell names ("8 การปรับปรุงการทำงาน", "คะแนนรวม EIT")."""
    labels = _labels(cell)
    codes = [lb for lb in labels if lb.level == "question"]
    if codes and len(codes[0].codes) == 1:
        return codes[0]
    tools = tools_in(cell)
    if len(tools) == 1 and not indicators_in(_TOOL_TITLE.sub(" ", cell)):
        # "แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)", "OIT (การเปิดเผยข้อมูลสาธารณะ)": a tool,
        # though its title holds an indicator's words
        return _Label("tool", 0, len(cell), tool=tools[0], text=cell)
    ind = indicator_of_label(cell)
    if ind:
        return _Label("indicator", 0, len(cell), indicator_no=ind, text=cell)
    if labels:
        return _most_specific(labels)
    return None


def _year_columns(table, max_year: int | None) -> dict[int, int]:
    """Columns headed by a year ("คะแนน ปี 2566", "2567"): column -> BE year. A year merged over two
    columns ("ปี ๒๕๖๘" over "คะแนน | ระดับ") is the score column's, read from the spread labels."""
    if len(table.header_rows or []) >= 2:
        spread = {}
        for i, label in enumerate(table.columns.labels):
            t = _arabic(label)
            m = re.search(r"(?<![0-9])(25[5-9][0-9])(?![0-9])", t)
            if m and i and not re.search(r"ระดับ|ผลต่าง|เพิ่ม|ลด|งบประมาณ", t) and (max_year is None or int(m.group(1)) <= max_year + 1):
                spread[i] = int(m.group(1))
        if len(spread) >= 2 and len(set(spread.values())) == len(spread):
            return spread
    out: dict[int, int] = {}
    for h in table.header_rows or table.rows[:1]:
        for i, cell in enumerate(h):
            t = _arabic(cell_text(cell))
            m = re.search(r"(?<![0-9])(25[5-9][0-9]|[5-9][0-9])(?![0-9])", t)
            if not m or len(compact(t)) > 30:
                continue
            if not (re.search(r"คะแนน|ปี|พ\.ศ|ผล|score", t) or re.fullmatch(r"\s*(?:25)?[0-9]{2}\s*", t)):
                continue
            if i < len(table.columns.roles) and table.columns.roles[i] == "budget":
                continue  # "งบประมาณ (บาท) ปี ๒๕๖๗": a budget per year, not a score
            y = int(m.group(1))
            y = y + 2500 if y < 100 else y
            if max_year is None or y <= max_year + 1:
                out[i] = y
    return out if out and 0 not in out else {}


_ROW_YEAR = re.compile(r"^\s*(?:ปี(?:งบประมาณ)?\s*)?(?:พ\.\s?ศ\.\s*)?(25[5-9][0-9])\s*$")
_RATING_ROW = re.compile(r"^\s*(?:ระดับ|ผลการประเมิน|rating)\s*$", re.IGNORECASE)
_RATING_CELL = re.compile(r"^\s*(AA|A|B|C|D|E|F)\s*$")


def _label_columns(table) -> dict[int, _Label]:
    """A table laid out with the years down its first column and the tools, indicators or the
    overall across its header ("ปีงบประมาณ | IIT | EIT | OIT | คะแนนรวม"): column -> what it scores;
    {} for any other table (fewer than two such columns, or a first column with no years)."""
    header = table.header_rows[-1] if table.header_rows else (table.rows[0] if table.rows else [])
    body = table.rows if table.header_rows else table.rows[1:]
    labels = {}
    for c, cell in enumerate(header[1:], 1):
        text = _arabic(cell_text(cell))
        lb = _cell_label(text)
        if lb is None and re.search(r"คะแนนรวม|ภาพรวม|^ITA$", compact(text)):
            lb = _Label("overall", 0, 0, text=text)
        if lb is not None and lb.level in ("tool", "indicator", "overall"):
            labels[c] = lb
    years = sum(1 for row in body if row and _ROW_YEAR.match(_arabic(cell_text(row[0]))))
    return labels if len(labels) >= 2 and years >= 1 else {}


def _year_row_scores(table, ctx: _Ctx, labels: dict[int, _Label]) -> list[ScoreRow]:
    """Scores of a table with the years down its first column (`_label_columns`): each value under
    its column's label and its row's year; a row "ระดับ | A | B | ..." under a year's row gives
    those scores their ratings."""
    out: list[ScoreRow] = []
    body = table.rows if table.header_rows else table.rows[1:]
    offset = len(table.rows) - len(body)
    last: dict[int, ScoreRow] = {}
    for r, raw in enumerate(body, offset):
        row = [_arabic(cell_text(c)) for c in raw]
        if not row:
            continue
        page = table.pages[r] if r < len(table.pages) else None
        if _RATING_ROW.match(row[0]):
            for c, got in last.items():
                m = _RATING_CELL.match(row[c]) if c < len(row) else None
                if m and got.level in ("overall", "tool"):
                    got.rating = m.group(1)
            continue
        m_year = _ROW_YEAR.match(row[0])
        last = {}
        if not m_year:
            continue
        for c, lb in labels.items():
            m = re.fullmatch(r"\s*(" + _NUM + r")\s*(?:\(\s*(AA|A|B|C|D|E|F)\s*\))?\s*", row[c]) if c < len(row) else None
            if not m or float(m.group(1)) > 100:
                continue
            fake = re.match(r".*", lb.text or "")
            got = _row_for(lb, float(m.group(1)), int(m_year.group(1)), lb.text or "", fake, ctx, page)
            if got:
                if m.group(2) and not got.rating:
                    got.rating = m.group(2)
                out.append(got)
                last[c] = got
    return out


def _year_table_scores(table, ctx: _Ctx, years: dict[int, int]) -> list[ScoreRow]:
    """"ตัวชี้วัด | คะแนนปี 2566 | คะแนนปี 2567": one score per label and year column."""
    out = []
    start = 0 if table.header_rows else 1
    width = max(len(h) for h in (table.header_rows or table.rows[:1]))
    for r, raw in enumerate(table.rows[start:], start):
        row = [_arabic(cell_text(c)) for c in raw]
        if not row or not row[0].strip():
            continue
        lb = _cell_label(row[0]) or (_Label("overall", 0, 0, text=row[0]) if re.search(r"ภาพรวม|ITA|รวม", row[0]) else None)
        if lb is None:
            continue
        page = table.pages[r] if r < len(table.pages) else None
        # a row with fewer cells than the header has its label merged over the first columns
        # ("ตัวชี้วัดที่ 6 ... | 90.54 | 90.87 | +0.33" under "ข้อ | ข้อคำถาม | ปี 2566 | ปี 2567 | เพิ่ม/ลด"):
        # its values stand under the header's last columns
        shift = max(0, width - len(row))
        for header_col, year in years.items():
            col = header_col - shift
            if 0 < col < len(row):
                # "๗๙.๕๙ (B)": the value with its rating in brackets
                m = re.fullmatch(r"\s*(" + _NUM + r")\s*(?:คะแนน)?\s*(?:\(\s*(AA|A|B|C|D|E|F)\s*\))?\s*", row[col])
                if m and float(m.group(1).replace(",", "")) <= 100:
                    fake = re.match(r".*", row[0])
                    got = _row_for(lb, float(m.group(1).replace(",", "")), year, row[0], fake, ctx, page)
                    if got:
                        if m.group(2) and got.level == "overall" and not got.rating:
                            got.rating = m.group(2)
                        out.append(got)
    return out


def _code_column(table) -> int | None:
    """The column whose body cells are ITA item codes ("i7", "E10", "o14"), most of its filled ones."""
    width = max((len(r) for r in table.rows), default=0)
    for c in range(width):
        cells = [_arabic(r[c]) for r in table.rows if c < len(r) and len(r) == width and r[c].strip()]
        if len(cells) >= 2 and sum(bool(_CODE_CELL.fullmatch(x)) for x in cells) >= 0.8 * len(cells):
            return c
    return None


_CODE_CELL = re.compile(r"\s*[IEOieo]\s?[0-9]{1,2}\s*")
_TOTAL_LABEL = re.compile(r"^\s*(?:รวม|คะแนนรวม|คะแนนเฉลี่ย|เฉลี่ย|ผลรวม)")


def _scored_by_columns(table) -> bool:
    """A table whose header names a score column beside a column of item codes: each row's score
    is the score column's, its indicator and code those of their columns. (Tables of indicators
    and tools by name are read label by label, `_table_scores`.)"""
    cols = table.columns
    scored = cols.index("score") if cols.index("score") is not None else cols.index("points")  # "ค่าคะแนน"
    return scored is not None and bool(table.header_rows) and _code_column(table) is not None


_FIGURE_CELL = re.compile(r"\s*(" + _NUM + r")\s*(?:คะแนน)?\s*")  # a cell that holds a figure and nothing else


def _column_table_scores(table, ctx: _Ctx) -> list[ScoreRow]:
    """Scores of a table read by its columns (a measures table with a score column, or a score table
    "ตัวชี้วัด | ข้อ | ประเด็น | คะแนน"): a row's value is its score cell; a row with an item code (code
    column, or the start of a ข้อคำถาม cell) is that question's, under the indicator last named in the
    indicator column; a row without a code is the indicator's. A total row merged over the label
    columns ("รวมตัวชี้วัดที่ 2 | 82.64") is its indicator's: its value is its last cell, never a
    question's below or above."""
    cols = table.columns
    sc = cols.index("score")
    if sc is None and _code_column(table) is not None:
        sc = cols.index("points")  # "รหัส | ประเด็นคำถาม | ค่าคะแนน"
    if sc is None:
        return []
    ii = cols.index("indicator")
    ci = _code_column(table)
    qi = next((i for i, lab in enumerate(cols.labels) if "ข้อคำถาม" in compact(lab) or "คำถาม" in compact(lab)), None)
    label_col = next((i for i, role in enumerate(cols.roles) if role in ("aspect", "title")), qi)
    width = len(cols.roles)
    out = []
    current = None
    for r, raw in enumerate(table.rows):
        row = [_arabic(cell_text(c)) for c in raw]
        page = table.pages[r] if r < len(table.pages) else None
        filled = [c for c in row if c.strip()]
        if filled and _TOTAL_LABEL.match(filled[0]) and (len(row) < width or len(filled) <= 2) \
                and not (len(tools_in(filled[0])) == 1 and not indicator_of_label(filled[0])):
            m = _FIGURE_CELL.fullmatch(filled[-1])
            ind = indicator_of_label(filled[0]) or current
            if m and len(filled) >= 2 and ind and float(m.group(1)) <= 100:
                out.append(ScoreRow(level="indicator", value=float(m.group(1)), fiscal_year=ctx.year,
                                    tool=tool_of_indicator(ind), indicator_no=ind, label=normalize_label(filled[0]),
                                    page=page))
            continue
        if len(row) < width:
            # a merged row: its cells do not stand under the header's columns; a group row naming an
            # indicator with its figure ("ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ | 95.24") heads the codes below it
            m = _FIGURE_CELL.fullmatch(filled[-1]) if len(filled) >= 2 else None
            named = indicator_of_label(filled[0]) if filled and len(compact(filled[0])) <= 60 else None
            tools = tools_in(filled[0]) if filled and not named else []
            if m and float(m.group(1)) <= 100 and named:
                current = named
                out.append(ScoreRow(level="indicator", value=float(m.group(1)), fiscal_year=ctx.year,
                                    tool=tool_of_indicator(named), indicator_no=named, label=normalize_label(filled[0]),
                                    page=page))
            elif m and float(m.group(1)) <= 100 and len(tools) == 1 and re.search(r"รวม", filled[0]):
                out.append(ScoreRow(level="tool", value=float(m.group(1)), fiscal_year=ctx.year, tool=tools[0],
                                    label=normalize_label(filled[0]), page=page))  # "คะแนนรวมแบบวัด IIT | 87.78"
            continue
        if ii is not None and row[ii].strip():
            current = indicator_of_label(row[ii])
        m = _FIGURE_CELL.fullmatch(row[sc])
        if not m or float(m.group(1)) > 100:
            continue
        value = float(m.group(1))
        code = None
        if ci is not None and row[ci].strip():
            codes = question_codes(row[ci])
            code = codes[0] if codes else None
        elif qi is not None and row[qi].strip():
            codes = question_codes(row[qi][:8])
            code = codes[0] if codes and re.match(r"^\s*[IEOieo]\s?[0-9]", row[qi]) else None
        label_text = row[label_col] if label_col is not None and row[label_col].strip() else ""
        if code or (qi is not None and row[qi].strip()):
            tool = tool_of_indicator(current) if current else (tool_of_question(code) if code else None)
            label = label_text or (row[qi] if qi is not None else "")
            out.append(ScoreRow(level="question", value=value, fiscal_year=ctx.year, tool=tool, indicator_no=current,
                                question_code=code, label=normalize_label(label) or code, page=page))
        elif current:
            out.append(ScoreRow(level="indicator", value=value, fiscal_year=ctx.year, tool=tool_of_indicator(current),
                                indicator_no=current, label=normalize_label(row[ii]) if ii is not None else None,
                                page=page))
    return out


def _most_specific(labels: list[_Label]) -> _Label:
    order = {"question": 0, "indicator": 1, "tool": 2, "overall": 3}
    return sorted(labels, key=lambda lb: (order[lb.level], -lb.end))[0]


# --------------------------------------------------------------------------


def read_scores(doc: ExtractedDocument, facts: DocumentFacts) -> list[ScoreRow]:
    table_of_block = {t.block_index: t for t in logical_tables(doc)}
    ctx = _Ctx(year=facts.fiscal_year, max_year=facts.fiscal_year, unit=facts.unit.name if facts.unit else None)
    ocr_pages = {p.page_no for p in doc.pages if p.text_source == "ocr"}
    rows: list[ScoreRow] = []
    label_only_run: list[_Label] = []
    prev_text = ""
    last_year: int | None = None  # the year of the first figure the paragraph before read
    for bi, block in enumerate(doc.blocks):
        ctx.ocr = block.page in ocr_pages
        if block.kind == "table":
            prev_text = ""
            t = table_of_block.get(bi)
            if t is None:
                continue
            if t.columns.is_kpi:
                rows.extend(_kpi_rows(t, ctx))
            elif _label_columns(t):
                rows.extend(_year_row_scores(t, ctx, _label_columns(t)))
            elif _year_columns(t, facts.fiscal_year):
                rows.extend(_year_table_scores(t, ctx, _year_columns(t, facts.fiscal_year)))
            elif t.columns.index("resolution") is not None:
                rows.extend(_table_scores(t, ctx))  # minutes as a table: the figures are in what was said
            elif t.columns.is_measures or _scored_by_columns(t):
                rows.extend(_column_table_scores(t, ctx))
            elif target_result_columns(t):
                rows.extend(_target_result_rows(t, ctx, target_result_columns(t)))
            else:
                rows.extend(_table_scores(t, ctx))
            continue
        text = block.text
        if not text.strip():
            continue
        lead = dangling_lead(prev_text, text)
        prev_text = text
        carried = _GOES_ON.match(text) and last_year is not None and last_year != ctx.year
        if carried:
            # "... ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ... ได้คะแนนรวม ๘๖.๔๒" / "แยกตามเครื่องมือการประเมิน ได้แก่ ... (IIT) ๙๐.๑๒":
            # a paragraph that goes on splitting the result above is that result's year
            saved_year, ctx.year = ctx.year, last_year
        found, labels = _passage_scores(text, ctx, block.page, lead)
        if carried:
            ctx.year = saved_year
        last_year = found[0].fiscal_year if found else None
        year = governing_year(_arabic(lead + text), facts.fiscal_year)
        if year:
            ctx.year = year
        rows.extend(found)
        for f in found:
            if f.level == "question" and f.question_code:
                ctx.question_parent = f
        ctx.section_just_named = False
        if not found:
            # (a formula or note naming the tools, "คะแนนรวม = IIT × 0.30 + ...", heads no section)
            formula = bool(re.search(r"[=×*]", text))
            specific = [lb for lb in labels if lb.level in ("indicator", "tool")] if not formula else []
            overall = [lb for lb in labels if lb.level == "overall"] if not formula else []
            if specific:
                if len(label_only_run) > 6 or specific[0].level == "tool":
                    label_only_run = []
                label_only_run.extend(specific)
                _set_section(ctx, label_only_run)
                ctx.section_just_named = True
            elif overall and len(compact(text)) <= 40:
                # "คะแนนรวม ITA ปี ๒๕๖๘" over "๘๔.๘๓" (an infographic's box): the figure below is the overall
                label_only_run = []
                ctx.section, ctx.section_tool = overall[-1], None
                ctx.section_just_named = True
        else:
            label_only_run = []
            inds = {f.indicator_no for f in found if f.level == "indicator"}
            if len(inds) == 1 and not any(f.level == "question" for f in found):
                ind = inds.pop()
                ctx.section = _Label("indicator", 0, 0, indicator_no=ind)
    return _dedupe(rows)


_GOES_ON = re.compile(r"^\s*(?:แยกตาม|แยกเป็น|โดยแยก|จำแนกตาม|โดยจำแนก|ประกอบด้วย)")


def _set_section(ctx: _Ctx, run: list[_Label]) -> None:
    inds = [lb.indicator_no for lb in run if lb.level == "indicator"]
    tools = [lb.tool for lb in run if lb.level == "tool"]
    last = run[-1]
    distinct = list(dict.fromkeys(i for i in inds if i))
    if len(distinct) >= 2 and len({tool_of_indicator(i) for i in distinct}) == 1:
        tool = tool_of_indicator(distinct[0])
        ctx.section = _Label("tool", 0, 0, tool=tool, text=tool)
        ctx.section_tool = tool
    elif last.level == "indicator":
        ctx.section = last
        ctx.section_tool = tool_of_indicator(last.indicator_no) if last.indicator_no else None
    elif tools:
        ctx.section = _Label("tool", 0, 0, tool=tools[-1], text=tools[-1])
        ctx.section_tool = tools[-1]


def _dedupe(rows: list[ScoreRow]) -> list[ScoreRow]:
    seen: dict[tuple, ScoreRow] = {}
    out = []
    for r in rows:
        # (a coded question read twice, in a table under its indicator's row and again in prose by its code's
        # usual indicator, is one question: the first reading, the table's, keeps its indicator)
        key = (r.level, r.tool, None if r.question_code else r.indicator_no, r.question_code, r.fiscal_year,
               round(r.value, 2), None if r.question_code or r.level != "question" else compact(r.label or ""))
        if key in seen:
            kept = seen[key]
            if kept.rating is None and r.rating:
                kept.rating = r.rating
            continue
        seen[key] = r
        out.append(r)
    return out
