"""Column roles from header text, shared by the score, measure and people readers.

Reports name their columns in many ways ("ระยะเวลาดำเนินการ", "ห้วงเวลา",
"ระยะเวลาเสร็จ", "Timeline"). A column's role is found from its header text
(all header rows of the column joined) by ordered synonym patterns: the
specific ones first ("ระยะเวลากำกับติดตาม" is monitoring before it is a
period, "ผลการวิเคราะห์ตัวชี้วัด" is analysis before it is an indicator).

Tables split over pages arrive either merged (PDF extractor) or as several
tables with the same header (Word): `logical_tables` joins consecutive tables
whose header roles agree, and drops repeated header rows inside a table.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from extractors.model import Block, ExtractedDocument

# Ordered: the first pattern that matches a header decides its role.
ROLE_PATTERNS: list[tuple[str, str]] = [
    ("seq", r"^(?:ที่|ลำดับ|ลำดับที่|ข้อ|no\.?|#)$|^รหัส"),  # "รหัสโครงการ" (ITA-01, ...) numbers the rows, names nothing
    ("resolution", r"^มติ|ข้อสั่งการ"),  # minutes as a table: "มติที่ประชุม"
    ("monitoring", r"กำกับติดตาม|ติดตามผล|ติดตามและ|การติดตาม|รายงานผล|การรายงาน|ติดตามประเมิน|monitor|follow"),
    ("deadline", r"ระยะเวลาเสร็จ|กำหนดเสร็จ|แล้วเสร็จ|กำหนดส่ง|วันที่เสร็จ|deadline|due"),
    ("period", r"ระยะเวลา|ห้วงเวลา|ช่วงเวลา|กรอบเวลา|กำหนดเวลา|วันเวลา|วันที่ดำเนินการ|ช่วงดำเนินการ|timeline|period|schedule|^เวลา$|ปีงบประมาณ|ไตรมาส"),
    ("owner", r"ผู้รับผิดชอบ|รับผิดชอบ|ผู้ดำเนินการ|ผู้ปฏิบัติ|หน่วยดำเนินการ|responsib|owner"),
    ("weight", r"น้ำหนัก|weight"),
    ("full_marks", r"คะแนนเต็ม|full\s*(?:score|marks?)"),  # the most a row could score (100): never a score
    ("points", r"ค่าคะแนน|คะแนนที่ได้|points"),
    ("status", r"สถานะ|status"),
    ("result", r"^ผลการดำเนินงาน|^ผลการดำเนินการ|^ผลการปฏิบัติ|^ผลงาน|result|actual"),
    ("objective", r"^วัตถุประสงค์|objective"),
    ("remark", r"^หมายเหตุ|remark|note"),
    ("analysis", r"ผลการวิเคราะห์|วิเคราะห์|สาเหตุ|สภาพปัญหา|จุดอ่อน|ข้อบกพร่อง|analysis|finding"),
    ("awareness", r"สร้างการรับรู้|วิธีการสื่อสาร|ช่องทางการสื่อสาร|การเผยแพร่|ประชาสัมพันธ์"),
    ("output", r"ผลผลิต|ผลลัพธ์|ตัวชี้วัดความสำเร็จ|เป้าหมาย|output|outcome|kpi"),
    ("budget", r"งบประมาณ|^งบ\s?ฯ|budget"),
    ("score", r"คะแนน|score"),
    # a header that starts with a measure word names the measure ("กิจกรรม/แนวทางดำเนินการ"); "การดำเนินการ" alone
    # heads the actions a memo's table proposes ("ที่ | การดำเนินการ | ผู้รับผิดชอบ | ห้วงเวลา")
    ("title", r"^(?:มาตรการ|โครงการ|กิจกรรม|แผนงาน)|^การดำเนินการ$"),
    ("steps", r"ขั้นตอน|วิธีการ|วิธีดำเนินการ|แนวทางการดำเนินการ|แนวทางการปฏิบัติ|แนวทางดำเนินการ|แนวทางปฏิบัติ|แนวปฏิบัติ|การดำเนินการ|รายละเอียด|steps|how|action"),
    ("title", r"มาตรการ|โครงการ|กิจกรรม|แนวทาง|measure|project|activit|initiative"),
    ("issue", r"ประเด็นที่ต้อง|ประเด็นปัญหา|ประเด็นที่|ประเด็นการพัฒนา|ข้อเสนอแนะ|จุดที่ต้อง|issue|gap"),
    ("indicator", r"ตัวชี้วัด|indicator|ประเด็นการประเมิน|องค์ประกอบ"),
    ("aspect", r"^ด้าน|^ประเด็น|^หัวข้อ|^เรื่อง|^รายการ|topic|item"),
    ("tool", r"^(?:iit|eit|oit)$|เครื่องมือ|แบบวัด|แบบตรวจ"),
]
_ROLE_RES = [(role, re.compile(p, re.IGNORECASE)) for role, p in ROLE_PATTERNS]

# Roles that make a table a measures table when one of them is the title.
TITLE_ROLES = ("title", "aspect", "issue")
SCHEDULE_ROLES = ("owner", "period", "deadline", "monitoring", "steps")
# What a table of planned or reported activities says about each activity besides its title:
# with a มาตรการ/โครงการ/กิจกรรม column, any one of these makes the rows measures.
ACTIVITY_ROLES = SCHEDULE_ROLES + ("objective", "output", "budget", "result", "status", "remark", "indicator")
# Roles of score and KPI tables: a table with one of them is not a plan of activities.
SCORE_ROLES = ("score", "weight", "points", "full_marks", "analysis")

_WS = re.compile(r"\s+")
_TAGS = re.compile(r"<[^>]+>")


@functools.lru_cache(maxsize=16384)
def compact(text: str | None) -> str:
    """The text without tags and white space, for comparing cells and
    labels. Cached: the readers compact the same cells again and again."""
    return _WS.sub("", _TAGS.sub(" ", text or ""))


def cell_text(text: str | None) -> str:
    """A cell as one line: tags dropped, whitespace collapsed."""
    return _WS.sub(" ", _TAGS.sub(" ", text or "")).strip()


_HSPACE = re.compile(r"[ \t\u00a0]+")


def cell_lines(text: str | None) -> str:
    """A cell with its paragraphs kept as lines: tags dropped, spaces collapsed."""
    text = re.sub(r"</p>\s*<p[^>]*>|<br\s*/?>|</li>\s*<li[^>]*>", "\n", text or "")
    text = _TAGS.sub(" ", text)
    lines = [_HSPACE.sub(" ", ln).strip() for ln in text.split("\n")]
    # a bilingual cell's English gloss on a line of its own, "(Update public information on the website)",
    # says again what the Thai line above says: dropped (a Thai cell's first line is never one)
    return "\n".join(ln for k, ln in enumerate(lines) if ln and not (k and ENGLISH_GLOSS.fullmatch(ln)))


ENGLISH_GLOSS = re.compile(r"\(\s*[A-Za-z][A-Za-z0-9 .,'’&/\-–:%≥+]*\)")


_TICKED = re.compile(r"[☑☒✓✔■▣]\s*(?P<label>[^☐☑☒✓✔■□▣\n]+)")


def ticked_label(text: str | None) -> str | None:
    """The label of the ticked box(es) of a status cell ("☑ ดำเนินการแล้ว ☐ อยู่ระหว่าง..."
    -> "ดำเนินการแล้ว"), or None when no box is ticked."""
    labels = [normalize_ws(m.group("label")) for m in _TICKED.finditer(text or "")]
    labels = [lb for lb in labels if lb]
    return ", ".join(dict.fromkeys(labels)) or None


def normalize_ws(text: str) -> str:
    return _WS.sub(" ", text).strip(" ,;:")


@functools.lru_cache(maxsize=8192)
def role_of_header(text: str) -> str | None:
    """The role a header cell names, or None. Cached: the readers ask it of
    every cell of every row that might be a header, and tables repeat their
    header words and cells."""
    t = compact(text)
    if not t or len(t) > 60:
        return None
    for role, rx in _ROLE_RES:
        if rx.search(t):
            return role
    return None


def _literal_synonyms() -> list[tuple[str, str]]:
    """(role, Thai synonym) of every plain Thai alternative of ROLE_PATTERNS, longest first."""
    out = []
    for role, pattern in ROLE_PATTERNS:
        for alt in pattern.split("|"):
            word = alt.strip("^$")
            if len(word) >= 6 and re.fullmatch(r"[\u0e01-\u0e4e]+", word):
                out.append((role, word))
    return sorted(out, key=lambda rw: -len(rw[1]))


_SYNONYMS = _literal_synonyms()


@functools.lru_cache(maxsize=4096)
def role_of_ocr_header(text: str) -> str | None:
    """The role a header cell read by OCR names, tolerant of Tesseract's misreadings.

    A cell within a CER of 0.15 of a synonym longer than any synonym it holds as written
    ("ตัวชี้วัดความปีสำเร็จ" is ตัวชี้วัดความสำเร็จ, an output, not an indicator), or whose Thai
    text, cut short by Latin junk, starts such a synonym ("ตัวชี้วัดความ bee"), takes that
    synonym's role; otherwise the role `role_of_header` reads."""
    from rapidfuzz.distance import Levenshtein

    t = compact(text)
    thai = re.sub(r"[A-Za-z|]+$", "", t) if re.search(r"[A-Za-z]{2,}$", t) else ""  # the Thai before the junk
    held = max((len(w) for _, w in _SYNONYMS if w in t), default=0)
    best: tuple[float, str] | None = None
    for role, word in _SYNONYMS:
        if len(word) <= held:
            break
        cer = min(Levenshtein.distance(t, word), edits_to_substring(word, t, round(0.15 * len(word)))) / len(word)
        if cer <= 0.15 and (best is None or cer < best[0]):
            best = (cer, role)
        elif thai and len(thai) >= max(6, 0.6 * len(word)) and word.startswith(thai) and best is None:
            best = (0.15, role)
    return best[1] if best else role_of_header(text)


def edits_to_substring(word: str, text: str, most: int) -> int:
    """The fewest edits that make `word` a piece of `text` ("ผู้รับผิดชาอบ/หน่วยงาน" holds
    ผู้รับผิดชอบ one edit away), or most + 1 when it takes more than `most`."""
    from rapidfuzz import fuzz
    from rapidfuzz.distance import Levenshtein

    # partial_ratio (C, best window by Indel) is at least 1 - most/len(word) when it is close: skip the rest
    if fuzz.partial_ratio(word, text) < 100 * (1 - most / len(word)) - 1:
        return most + 1
    best = most + 1
    for size in range(max(1, len(word) - most), len(word) + most + 1):
        for start in range(0, len(text) - size + 1):
            best = min(best, Levenshtein.distance(word, text[start:start + size], score_cutoff=best - 1))
            if best == 0:
                return 0
    return best


_DATA_NUMBER = re.compile(r"[0-9๐-๙]+\.[0-9๐-๙]+|[0-9๐-๙]\s*%")


def is_header_row(row: list[str]) -> bool:
    """Two or more short cells naming roles, and nothing that reads as data."""
    if any(_DATA_NUMBER.search(c) for c in row):
        return False
    roles = [role_of_header(c) or ("sub" if is_sub_header_label(c) else None) for c in row if c.strip()]
    named = [r for r in roles if r]
    if len(named) < 2:
        return False
    long_cells = sum(1 for c in row if len(compact(c)) > 60)
    return long_cells == 0 and len(named) >= max(2, len(roles) // 2)


@dataclass
class Columns:
    """Roles of the columns of a table, by index."""

    roles: list[str | None]
    labels: list[str]

    def index(self, role: str) -> int | None:
        for i, r in enumerate(self.roles):
            if r == role:
                return i
        return None

    def has(self, *roles: str) -> bool:
        return any(r in self.roles for r in roles)

    @property
    def signature(self) -> tuple:
        return tuple(self.roles)

    def title_index(self) -> int | None:
        for role in TITLE_ROLES:
            i = self.index(role)
            if i is not None:
                return i
        return None

    @property
    def is_measures(self) -> bool:
        """A table of measures: a title column and an owner/period/deadline/monitoring column, or
        (a plan or progress report) a มาตรการ/โครงการ/กิจกรรม column and any other activity column,
        in a table that scores nothing."""
        if self.title_index() is None:
            return False
        if self.has(*SCHEDULE_ROLES) and self.has("owner", "period", "deadline", "monitoring"):
            return True
        return "title" in self.roles and self.has(*ACTIVITY_ROLES) and not self.has(*SCORE_ROLES)

    def budget_columns(self) -> list[int]:
        return [i for i, r in enumerate(self.roles) if r == "budget"]

    @property
    def is_kpi(self) -> bool:
        return self.has("weight") and (self.has("result") or self.has("points"))


_YEAR_LABEL = re.compile(r"(?:ปี(?:งบประมาณ)?|พ\.\s?ศ\.|FY)?\s*((?:25|๒๕)[0-9๐-๙]{2})(?![0-9๐-๙])")


def year_of_label(label: str | None) -> int | None:
    """The BE year a header label names ("งบประมาณ (บาท) ปี ๒๕๖๖"), or None."""
    from normalizers.thai_text import thai_digits_to_arabic

    m = _YEAR_LABEL.search(label or "")
    return int(thai_digits_to_arabic(m.group(1))) if m else None


def is_sub_header_label(text: str) -> bool:
    """A lower header cell: a year ("ปี ๒๕๖๖", "๒๕๖๗"), a quarter, a month ("ต.ค.", "ตุลาคม ๖๗":
    a plan's calendar) or a short unit ("(บาท)")."""
    t = compact(text)
    return bool(re.fullmatch(r"(?:ปี(?:งบประมาณ)?|พ\.ศ\.|FY)?(?:25|๒๕)[0-9๐-๙]{2}|ไตรมาส(?:ที่)?[0-9๐-๙]|Q[1-4]|\(?บาท\)?", t)) \
        or month_of_label(t) is not None


@functools.lru_cache(maxsize=8192)
def month_of_label(text: str) -> int | None:
    """The month (1-12) a calendar column's header names ("ต.ค.", "ต.ค. ๖๗", "ตุลาคม"), else None.
    Cached, with one pattern: every header cell of every table is asked."""
    m = _month_label_pattern().fullmatch(compact(text))
    return _MONTH_NUMBER[m.group(1)] if m else None


_MONTH_NUMBER: dict[str, int] = {}


@functools.cache
def _month_label_pattern() -> re.Pattern[str]:
    from normalizers.dates import THAI_MONTH_ABBREVIATIONS, THAI_MONTHS

    for months in (THAI_MONTHS, THAI_MONTH_ABBREVIATIONS, [m.replace(".", "") for m in THAI_MONTH_ABBREVIATIONS]):
        for i, name in enumerate(months):
            _MONTH_NUMBER[name] = i + 1
    names = sorted(_MONTH_NUMBER, key=len, reverse=True)
    return re.compile("(" + "|".join(map(re.escape, names)) + r")\.?(?:(?:25|๒๕)?[0-9๐-๙]{2})?")


# a year label with a digit misread, dropped or doubled ("ปี ๒๕%๐", "ปี ๒๘๗", "ปี ๒๕๓๕๐", "๒๕๗o")
_YEARISH_LABEL = re.compile(r"(?:ปี(?:งบประมาณ)?|พ\.?ศ\.?)(?P<year>\S{3,5})|(?P<bare>(?:2|๒)\S{2,4})")


def garbled_year_label(text: str) -> bool:
    """A cell that reads like a year label with a digit or two, or the ปี before it, misread by OCR
    ("ปี ๒๕%๐", "ปี ๒๕๗o", "ขีว2571").

    Such a cell is never read as a year (its budget column gets no year); it only keeps a
    scanned table's lower header row a header, so that the columns under a merged budget
    header do not shift."""
    t = compact(text)
    if is_sub_header_label(t):
        return False
    if re.fullmatch(r"[^0-9๐-๙]{1,4}(?:25|๒๕)[0-9๐-๙]{2}", t):
        return True  # "ขีว2571": the year whole, the ปี before it misread
    m = _YEARISH_LABEL.fullmatch(t)
    return bool(m) and sum(ch.isdigit() for ch in (m.group("year") or m.group("bare"))) >= (2 if m.group("year") else 3)


def sub_header_flags(row: list[str], ocr: bool = False) -> list[bool]:
    """Which cells of a header row are lower header labels (years, quarters, units).

    On an OCR page a garbled year label counts as one when another cell of the row is a
    clean year, and so does any short cell between the years before and after it:
    Tesseract misreads one year of "ปี ๒๕๖๙ | ปี ๒๕๗๐ | ปี ๒๕๗๑" more often than all of
    them. Either is only a header cell, never read as a year."""
    clean = [is_sub_header_label(c) for c in row]
    if not ocr or not any(year_of_label(c) for c, ok in zip(row, clean) if ok):
        return clean
    return [ok or garbled_year_label(c) or _between_years(row, i) for i, (c, ok) in enumerate(zip(row, clean))]


def _between_years(row: list[str], i: int) -> bool:
    """A short cell read as nothing like a year ("ado") between the years one before and one
    after it ("ปี ๒๕๖๙ | ado | ปี ๒๕๗๑"): the year between, by its place in the sequence."""
    if not 0 < i < len(row) - 1 or not row[i].strip() or len(compact(row[i])) > 8:
        return False
    left, right = year_of_label(row[i - 1]), year_of_label(row[i + 1])
    return left is not None and right == left + 2


def align_split_header(top: list[str], sub: list[str]) -> list[str]:
    """The top header row spread over the columns of the row under it.

    Extractors give a merged top cell once ("งบประมาณ (บาท)" over four year
    columns): each empty cell of the lower row sits under the next top cell (a
    cell merged down), and each run of filled lower cells under one top cell."""
    if len(top) >= len(sub):
        return top
    out: list[str] = []
    p = 0
    i = 0
    while i < len(sub):
        cell = top[p] if p < len(top) else ""
        if not sub[i].strip():
            out.append(cell)
            i += 1
            p += 1
            continue
        end = i
        while end < len(sub) and sub[end].strip():
            end += 1
        # the top cells this run sits under: all but one for each empty lower cell after it
        # ("พ.ศ. ๒๕๖๗ | พ.ศ. ๒๕๖๘" over ต.ค. ... ก.ย., then ผู้รับผิดชอบ over an empty cell)
        share = max(1, len(top) - p - sum(1 for c in sub[end:] if not c.strip()))
        for k, part in enumerate(split_run(sub[i:end], share)):
            out.extend([top[p + k] if p + k < len(top) else ""] * len(part))
        p += share
        i = end
    return out


def label_kind(cell: str) -> str | None:
    """What a lower header cell names, to tell runs of them apart: a month, a quarter, a year,
    else its role."""
    t = compact(cell)
    if month_of_label(t) is not None:
        return "month"
    if re.match(r"^(?:ไตรมาส|Q[1-4])", t):
        return "quarter"
    if year_of_label(t) is not None:
        return "year"
    return role_of_header(t)


def split_run(cells: list[str], parts: int) -> list[list[str]]:
    """A run of lower header cells cut into `parts` under as many top cells: months where the
    calendar year turns (after ธ.ค.), else in equal runs."""
    if parts <= 1:
        return [cells]
    months = [month_of_label(c) for c in cells]
    cuts = [k for k in range(1, len(cells)) if months[k] is not None and months[k - 1] is not None
            and months[k] < months[k - 1]]
    if len(cuts) != parts - 1:
        # where the kind of label changes: "เงินงบประมาณ | เงินนอกงบประมาณ" then "ไตรมาส 1 ... 4"
        kinds = [label_kind(c) for c in cells]
        cuts = [k for k in range(1, len(cells)) if kinds[k] != kinds[k - 1]]
    if len(cuts) != parts - 1 and len(set(cells)) < len(cells):
        cuts = _merged_run_cuts(cells, parts)
    if len(cuts) != parts - 1:
        size = -(-len(cells) // parts)
        cuts = list(range(size, len(cells), size))[: parts - 1]
    edges = [0, *cuts, len(cells)]
    return [cells[a:b] for a, b in zip(edges[:-1], edges[1:])]


def _merged_run_cuts(cells: list[str], parts: int) -> list[int]:
    """Cuts of a lower header row already spread from the row under it (a merged cell repeated over
    its columns: "แหล่งงบ | จำนวน | ปีงบ... | ปีงบ... | ปีงบ... | ปีงบ..."): a repeated cell stays under one
    top cell, the smallest neighbouring runs share one, until there are `parts` runs."""
    runs: list[list[int]] = []
    for k, c in enumerate(cells):
        if runs and cells[runs[-1][0]] == c:
            runs[-1].append(k)
        else:
            runs.append([k])
    while len(runs) > parts:
        i = min(range(len(runs) - 1), key=lambda j: len(runs[j]) + len(runs[j + 1]))
        runs[i:i + 2] = [runs[i] + runs[i + 1]]
    return [run[0] for run in runs[1:]] if len(runs) == parts else []


def columns_of(header_rows: list[list[str]], ocr: bool = False) -> Columns:
    """Roles from one or more header rows (joined per column); read by OCR, with `role_of_ocr_header`."""
    role_of = role_of_ocr_header if ocr else role_of_header
    width = max(len(r) for r in header_rows)
    if len(header_rows) >= 2 and len(header_rows[0]) < width:
        # each row spread over the (spread) row under it, from the bottom: a three-level header
        # ("แผนการดำเนินงาน" over "ปีงบประมาณ พ.ศ. ๒๕๖๙" over "ไตรมาส ๑ ... ๔")
        spread = [header_rows[-1]]
        for row in reversed(header_rows[:-1]):
            spread.insert(0, align_split_header(row, spread[0]))
        header_rows = spread
    labels = []
    for i in range(width):
        parts = [r[i].strip() for r in header_rows if i < len(r) and r[i].strip()]
        labels.append(" ".join(dict.fromkeys(parts)))
    roles: list[str | None] = []
    for i in range(width):
        role = None
        # the top row names the column; a lower row only when the top is silent
        for r in header_rows:
            if i < len(r) and r[i].strip():
                role = role_of(r[i])
                if role:
                    break
        if role is None and labels[i]:
            role = role_of(labels[i])
        roles.append(role)
    # one column per role; later duplicates become plain detail columns (budgets: one per year)
    seen: set[str] = set()
    for i, r in enumerate(roles):
        if r is None:
            continue
        if r in seen and not (r == "budget" and year_of_label(labels[i]) is not None):
            roles[i] = "detail"
        else:
            seen.add(r)
    return Columns(roles, labels)


@dataclass
class LogicalTable:
    """A table as a reader sees it: one header, the body rows of all its parts."""

    columns: Columns
    header_rows: list[list[str]]
    rows: list[list[str]] = field(default_factory=list)
    pages: list[int | None] = field(default_factory=list)  # page of each body row
    block_index: int = 0  # index of the first block in doc.blocks
    ocr: bool = False  # the table starts on a page read by OCR
    # how surely OCR read each cell of each body row (`Table.cell_confidence`); None: native text
    confidence: list[list[float | None] | None] = field(default_factory=list)
    # which cells of each body row are shaded (`Table.shaded`); None: not known
    shaded: list[list[bool] | None] = field(default_factory=list)


_DATA_CELL = re.compile(r"^\s*(?:[0-9๐-๙]{1,3}\.?|[0-9๐-๙]{1,3}(?:,[0-9๐-๙]{3})+(?:\.[0-9๐-๙]+)?)\s*$")


def _header_span(rows: list[list[str]], ocr: bool = False) -> int:
    """How many leading rows form the header (0 if the first row is not a header)."""
    if not rows or not is_header_row(rows[0]):
        return 0
    n = 1
    # a second header row fills the first row's empty cells with role names
    while n < len(rows) and n < 3:
        row = rows[n]
        first = rows[0]
        if any(_DATA_CELL.match(c) for c in row if c.strip()):
            break  # a row number or an amount: the body has started
        fills = [i for i, c in enumerate(row) if c.strip() and (i >= len(first) or not first[i].strip())]
        named = [i for i in fills if role_of_header(row[i])]
        subs = [c for c in row if c.strip()]
        # the filled cells, each with whether it is a lower header label (by its place in the row)
        labelled = [(c, flag) for c, flag in zip(row, sub_header_flags(row, ocr)) if c.strip()]
        if subs and len(row) == len(first) and all(role_of_header(c) or flag for c, flag in labelled) \
                and any(role_of_header(c) for c in subs) \
                and any(is_sub_header_label(c) for c in first + row):
            n += 1  # "ปี ๒๕๖๖ | ปี ๒๕๖๗" over "งบประมาณ (บาท) | งบประมาณ (บาท)": the lower row names the columns
            continue
        if len(row) > len(first):  # a merged top cell over sub-columns: years, quarters
            named = named or ([1] if labelled and all(flag or role_of_header(c) for c, flag in labelled) else [])
        title = next((i for i, c in enumerate(first) if role_of_header(c) in ("title",)), None)
        if title is not None and 0 < title < len(row) and not row[title].strip() and len(subs) >= 2 \
                and len(row) > len(first) and all(len(compact(c)) <= 40 for c in subs):
            named = named or [title]  # the title merged down over it: a body row always names its measure
        if named and all(len(compact(c)) <= 60 for c in row):
            n += 1
            continue
        break
    return n


RECORD_LABEL_CHARS = 25  # a record's label cell is short ("ระยะเวลาดำเนินการ", "ตัวชี้วัดที่เกี่ยวข้อง")


def record_label_role(cell: str) -> str | None:
    """The role a record's label cell names ("ผู้รับผิดชอบ :", "มาตรการที่ 1"), None if none."""
    label = cell.strip().rstrip(":：").strip()
    return role_of_header(label) if label and len(compact(label)) <= RECORD_LABEL_CHARS else None


def record_table_labels(rows: list[list[str]]) -> int | None:
    """Whether a table lays measures out as boxes of labelled fields, one field a row: "มาตรการที่ 1 |
    จัดทำ...", "ผู้รับผิดชอบ | สำนักปลัด", "ระยะเวลาดำเนินการ | ต.ค. 2568 - ก.ย. 2569" (one measure), or
    the labels down the first column and one measure a column ("มาตรการ | <m1> | <m2> | <m3>",
    "ผู้รับผิดชอบ | ... "): how many leading rows to leave out ("รายการ | มาตรการที่ 1 | มาตรการที่ 2" names
    the columns), or None for any other table.

    A record's labels open with a measure's title and name at least one of an owner, period,
    deadline or monitoring field, and most of them name a role: a form's box of the unit's
    particulars (ชื่อหน่วยงาน, ผู้กรอกข้อมูล) is no record, nor is a two-column table whose left cells
    below its header are titles ("โครงการ/กิจกรรม | กลุ่มเป้าหมาย")."""
    width = len(rows[0]) if rows else 0
    if len(rows) < 3 or width < 2 or any(len(r) != width for r in rows):
        return None
    drop = 1 if width > 2 and all(_COLUMN_NAME.match(compact(c)) for c in rows[0][1:]) else 0
    rows = rows[drop:]
    roles = [record_label_role(r[0]) for r in rows]
    if len(rows) < 3 or roles[0] not in TITLE_ROLES \
            or not any(r in ("owner", "period", "deadline", "monitoring") for r in roles[1:]):
        return None
    if sum(r is not None for r in roles) * 3 < len(rows) * 2 or not all(c.strip() for c in rows[0][1:]):
        return None
    return drop


_COLUMN_NAME = re.compile(r"^(?:(?:มาตรการ|โครงการ|กิจกรรม)(?:ที่)?)?[0-9๐-๙]{1,2}$")


def record_table_rows(rows: list[list[str]], drop: int) -> list[list[str]]:
    """The record table (`record_table_labels`) as a table: its labels the header row, each
    measure a body row (a grid of cell confidences or shading turns the same way)."""
    kept = rows[drop:]
    return [[r[0].strip().rstrip(":：").strip() if isinstance(r[0], str) else r[0] for r in kept]] + \
        [[r[c] for r in kept] for c in range(1, len(kept[0]))]


def sideways_calendar_columns(rows: list[list[str]]) -> list[int] | None:
    """Whether a table is a plan's calendar turned sideways: one row a month down the first column
    ("ต.ค. 68" ... "ก.ย. 69"), one column a measure with its title in the top row, the month's
    activities in its cells, and perhaps labelled rows of fields ("ผู้รับผิดชอบ | <owner> | ...").
    The measures' columns, or None for any other table. A column headed as a remark
    ("หมายเหตุ") or with no header is no measure."""
    width = len(rows[0]) if rows else 0
    if len(rows) < 4 or width < 2 or any(len(r) != width for r in rows):
        return None
    below = rows[1:]
    months = sum(month_of_label(r[0]) is not None for r in below)
    labelled = sum(month_of_label(r[0]) is None and record_label_role(r[0]) is not None for r in below)
    if months < 3 or months + labelled < len(below) or month_of_label(rows[0][0]) is not None:
        return None
    columns = [c for c in range(1, width) if rows[0][c].strip() and role_of_header(rows[0][c]) != "remark"]
    return columns or None


def sideways_calendar_rows(rows: list[list], columns: list[int], title: str = "มาตรการ/กิจกรรม") -> list[list]:
    """The sideways calendar (`sideways_calendar_columns`) turned upright: a header row naming the
    title column, then the row labels (fields and months); each measure's column a body row. A grid
    of cell confidences or shading turns the same way (`title` is then its header cell's value)."""
    return [[title] + [r[0] for r in rows[1:]]] + [[r[c] for r in rows] for c in columns]


def same_header(a: list[str], b: list[str]) -> bool:
    return [compact(c) for c in a] == [compact(c) for c in b]


def repeats_header(row: list[str], header: list[str], ocr: bool = False) -> bool:
    """Whether a body row is the header row `header` repeated on a later page: the same text,
    or a header row filled where `header` is whose cells name the same roles in the same places
    (a repeated header that the page cut shorter, "แนวทาง/" for "แนวทาง/ มาตรการ"); on a scan, but
    for one cell OCR garbled ("vu 4. (บาท)" for "งบ ฯ (บาท)")."""
    if same_header(row, header):
        return True
    if len(row) != len(header) or not is_header_row(row):
        return False
    if any(bool(a.strip()) != bool(b.strip()) for a, b in zip(row, header)):
        return False
    role = role_of_ocr_header if ocr else role_of_header
    differ = sum(1 for a, b in zip(row, header) if a.strip() and role(a) != role(b))
    return differ <= (1 if ocr else 0)


def logical_tables(doc: ExtractedDocument) -> list[LogicalTable]:
    """The document's tables with headers read, split parts joined, repeated headers dropped."""
    out: list[LogicalTable] = []
    last_table_block = -10
    for bi, block in enumerate(doc.blocks):
        if block.kind != "table" or block.table is None or not block.table.rows:
            continue
        rows = [[cell_lines(c) for c in r] for r in block.table.rows]
        confidence = block.table.cell_confidence or []
        shading = block.table.shaded or []
        drop = record_table_labels(rows)
        if drop is not None:  # measures as boxes of labelled fields: read as a table, one row a measure
            rows = record_table_rows(rows, drop)
            confidence = record_table_rows(confidence, drop) if confidence else []
            shading = record_table_rows(shading, drop) if shading else []
        elif (sideways := sideways_calendar_columns(rows)) is not None:  # months down, measures across
            rows = sideways_calendar_rows(rows, sideways)
            confidence = sideways_calendar_rows(confidence, sideways, None) if confidence else []
            shading = sideways_calendar_rows(shading, sideways, False) if shading else []
        page = block.table.first_page
        ocr = _on_ocr_page(doc, page)
        span = _header_span(rows, ocr=ocr)
        contiguous = _only_blank_between(doc.blocks, last_table_block, bi)
        if span:
            header = rows[:span]
            cols = columns_of(header, ocr=ocr)
            body = rows[span:]
            prev = out[-1] if out else None
            if prev is not None and contiguous and prev.columns.signature == cols.signature:
                table = prev  # the same table continued on the next page
            else:
                table = LogicalTable(cols, header, block_index=bi, ocr=ocr)
                out.append(table)
        else:
            prev = out[-1] if out else None
            if (prev is not None and contiguous and prev.header_rows
                    and max(len(r) for r in rows) == len(prev.columns.roles) and not is_signature_table(rows)):
                table = prev  # a continuation without a repeated header
                body = rows
            else:
                table = LogicalTable(Columns([None] * max(len(r) for r in rows), [""] * max(len(r) for r in rows)), [],
                                     block_index=bi, ocr=ocr)
                out.append(table)
                body = rows
        row_page = page
        overflow: dict[int, str] = {}  # what a repeated header's cells lost, by column
        for i, r in enumerate(body, start=len(rows) - len(body)):
            if table.header_rows and any(repeats_header(r, h, ocr) for h in table.header_rows):
                # a header repeated inside a merged table: the rows below it are on its next page
                if row_page is not None and row_page < (block.table.last_page or row_page) \
                        and table.rows and table.pages[-1] == row_page:
                    row_page += 1
                overflow = header_overflow(r, table.header_rows) or overflow
                continue
            if overflow:
                r = without_header_overflow(r, overflow)
                overflow = {}
            table.rows.append(r)
            table.pages.append(row_page)
            table.confidence.append(confidence[i] if i < len(confidence) else None)
            table.shaded.append(shading[i] if i < len(shading) else None)
        last_table_block = bi
    return out


def header_overflow(repeated: list[str], header_rows: list[list[str]]) -> dict[int, str]:
    """Column -> the rest of a header cell that a repeated header printed short ("ผู้รับผิดชอบ/" for
    "ผู้รับผิดชอบ/ หน่วยงาน"): a PDF may set that rest into the row below, the header cell having
    run over its fixed height on the later page."""
    out: dict[int, str] = {}
    for full in header_rows:
        if len(full) != len(repeated):
            continue
        for c, (a, b) in enumerate(zip(full, repeated)):
            fa, fb = compact(a), compact(b)
            if fb and len(fa) > len(fb) and fa.startswith(fb):
                out[c] = fa[len(fb):]
    return out


def without_header_overflow(row: list[str], overflow: dict[int, str]) -> list[str]:
    """A row under a repeated header without the header text that ran into it: a cell that starts
    with the start of its column's lost header rest ("หน่วย" of "หน่วยงาน", at least two letters)."""
    out = list(row)
    for c, rest in overflow.items():
        if c >= len(out) or not out[c].strip():
            continue
        cell = out[c].strip()
        first = cell.split("\n")[0]
        n = max((k for k in range(2, len(rest) + 1) if compact(first).startswith(rest[:k])), default=0)
        if n >= 2 and (n == len(compact(first)) or n >= 4):
            # drop those letters from the cell's start (spaces do not count)
            seen = j = 0
            while j < len(cell) and seen < n:
                if not cell[j].isspace():
                    seen += 1
                j += 1
            out[c] = cell[j:].lstrip()
    return out


def is_signature_table(rows: list[list[str]]) -> bool:
    """Signature blocks laid out side by side in a borderless table ("ลงชื่อ ... / (name) / position"):
    never the continuation of the data table above."""
    return any(re.match(r"^\(?\s*ลงชื่อ", c.strip()) for r in rows[:2] for c in r)


def _on_ocr_page(doc: ExtractedDocument, page: int | None) -> bool:
    """True when the table starts on a page read by OCR."""
    return page is not None and any(p.page_no == page and p.text_source == "ocr" for p in doc.pages)


def _only_blank_between(blocks: list[Block], a: int, b: int) -> bool:
    """True when nothing but empty paragraphs lies between blocks a and b."""
    if a < 0:
        return False
    for blk in blocks[a + 1:b]:
        if blk.kind == "paragraph" and blk.text.strip():
            return False
        if blk.kind == "table":
            return False
    return True
