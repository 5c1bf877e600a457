"""Thai dates, periods and fiscal years.

Thai reports write dates as "๓๐ มี.ค. ๖๘", "8 มกราคม พ.ศ. ๒๕๖๘",
"22 ส.ค.2566", "ต.ค.๖๗-มี.ค.๖๘": Thai or Arabic digits, full or abbreviated
month names (with or without dots), Buddhist-Era years of four or two digits.
The grammar here is a small scanner (month names first, then a day to their
left and a year to their right), which copes with the missing or extra spaces
and dots of real documents better than strptime.

Fiscal years are Buddhist Era: fiscal year 2568 runs from 1 October 2024 to
30 September 2025.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from normalizers.thai_text import thai_digits_to_arabic

__all__ = [
    "THAI_MONTHS",
    "THAI_MONTH_ABBREVIATIONS",
    "be_year",
    "fiscal_year_of",
    "fiscal_year_bounds",
    "fiscal_year_in",
    "month_of",
    "month_of_garbled",
    "parse_ocr_period",
    "parse_thai_date",
    "parse_thai_period",
]

THAI_MONTHS = [
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
]  # fmt: skip
THAI_MONTH_ABBREVIATIONS = [
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
]  # fmt: skip

# Full names and common misspellings: accepted anywhere.
_FULL_NAMES: dict[str, int] = {name: i + 1 for i, name in enumerate(THAI_MONTHS)}
_FULL_NAMES.update(
    {
        "กุมภาพันธ": 2,
        "กุมภาพันธุ์": 2,
        "เมษยน": 4,
        "พฤษภคม": 5,
        "พฤษภาคาม": 5,
        "กรกฏาคม": 7,
        "กรฎาคม": 7,
        "สิงหคม": 8,
        "กันยายม": 9,
        "พฤศจิกายม": 11,
        "พฤศจิการยน": 11,
        "ธันวาคาม": 12,
    }
)
# Colloquial short names: only next to a day or a year ("ตุลา" alone is a word).
_SHORT_NAMES: dict[str, int] = {
    "มกรา": 1, "กุมภา": 2, "มีนา": 3, "เมษา": 4, "พฤษภา": 5, "มิถุนา": 6,
    "กรกฎา": 7, "กรกฏา": 7, "สิงหา": 8, "กันยา": 9, "ตุลา": 10, "พฤศจิกา": 11,
    "ธันวา": 12,
}  # fmt: skip
_ENGLISH: dict[str, int] = {}
for _i, _name in enumerate(calendar.month_name[1:], start=1):
    _ENGLISH[_name.lower()] = _i
    _ENGLISH[_name[:3].lower()] = _i
_ENGLISH["sept"] = 9

_THAI_LETTER = "\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4e"


def _abbr_pattern(abbr: str) -> str:
    first, second = abbr.rstrip(".").split(".")
    return re.escape(first) + r"\s?\.?\s?" + re.escape(second) + r"\.?"


_ABBR_ALTS = sorted(
    ((_abbr_pattern(a), i + 1) for i, a in enumerate(THAI_MONTH_ABBREVIATIONS)),
    key=lambda x: -len(x[0]),
)
_NAME_ALTS = sorted(
    [(re.escape(n), m, "full") for n, m in _FULL_NAMES.items()]
    + [(re.escape(n), m, "short") for n, m in _SHORT_NAMES.items()],
    key=lambda x: -len(x[0]),
)

_MONTH_RE = re.compile(
    "|".join(
        [f"(?P<n{k}>{p})" for k, (p, _, _) in enumerate(_NAME_ALTS)]
        + [f"(?P<a{k}>{p})" for k, (p, _) in enumerate(_ABBR_ALTS)]
        + [
            r"(?P<en>(?<![A-Za-z])(?:"
            + "|".join(sorted(_ENGLISH, key=len, reverse=True))
            + r")\.?(?![A-Za-z]))"
        ]
    ),
    re.IGNORECASE,
)

# A year to the right of a month: optional era marker, 4 or 2 digits.
_YEAR_RIGHT_RE = re.compile(
    r"\s*,?\s*(?:(?P<era>พ\s?\.?\s?ศ\s?\.?|ค\s?\.?\s?ศ\s?\.?|ปี(?:\s*พ\s?\.\s?ศ\s?\.)?|A\.?D\.?|B\.?E\.?)\s*)?"
    r"(?P<year>[0-9]{4}|[0-9]{2})(?![0-9])(?!\.[0-9])"
)
# A day to the left of a month: 1-2 digits, not part of a larger number.
_DAY_LEFT_RE = re.compile(r"(?<![0-9.,/])(?P<day>[0-9]{1,2})\s*(?:th|st|nd|rd)?\s*$")
# "1-31 มีนาคม": a first day before the day of an item.
_DAY_RANGE_LEFT_RE = re.compile(r"(?<![0-9.,/])(?P<day>[0-9]{1,2})\s*(?:-|–|—|ถึง|~)\s*$")
_NUMERIC_DATE_RE = re.compile(
    r"(?<![0-9./])(?P<d>[0-9]{1,2})\s*(?P<sep>[/.\-])\s*(?P<m>[0-9]{1,2})\s*(?P=sep)\s*"
    r"(?P<y>[0-9]{4}|[0-9]{2})(?![0-9])"
)
_RANGE_SEP_RE = re.compile(
    r"\s*(?:-|–|—|~|ถึง(?:วันที่)?|จนถึง(?:วันที่)?|จน(?:ถึง)?|to|until)\s*(?:วันที่|เดือน)?\s*$",
    re.IGNORECASE,
)


def be_year(y: int) -> int:
    """A year as the Buddhist Era: 2-digit years are 25xx (68 -> 2568),
    Common-Era years get 543 added (2025 -> 2568), BE years stay."""
    if y < 100:
        return 2500 + y
    if y < 2300:
        return y + 543
    return y


def _plausible_year(raw: str, era: str | None) -> int | None:
    """The BE year a written number stands for, or None if it cannot be one."""
    y = int(raw)
    era_norm = re.sub(r"[\s.]", "", era or "").upper()
    if len(raw) == 2:
        # Two-digit years in Thai documents are BE 25xx; keep them to a sane
        # window so "ก.ย. 10 ครั้ง" does not read as 2510.
        return 2500 + y if 40 <= y <= 99 else None
    if era_norm in ("คศ", "AD") or 1900 <= y <= 2200:
        return y + 543 if 1900 <= y <= 2200 else None
    return y if 2400 <= y <= 2700 else None


def fiscal_year_of(d: date) -> int:
    """Thai fiscal year (BE) a date falls in: 1 Oct 2024 .. 30 Sep 2025 -> 2568."""
    return d.year + 544 if d.month >= 10 else d.year + 543


def fiscal_year_bounds(fy: int) -> tuple[date, date]:
    """First and last day of fiscal year `fy` (BE, CE or 2-digit BE)."""
    fy = be_year(fy)
    return date(fy - 544, 10, 1), date(fy - 543, 9, 30)


def _month_year_ce(month: int, fy: int) -> int:
    """CE calendar year of `month` inside fiscal year `fy` (BE)."""
    return fy - 544 if month >= 10 else fy - 543


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _make_date(year_be: int, month: int, day: int) -> date | None:
    year = year_be - 543
    if not (1 <= month <= 12) or not (1 <= year <= 9999) or day < 1:
        return None
    # "๓๑ ก.ย." is a slip for the last day of the month: clamp.
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def _prep(s: str) -> str:
    s = unicodedata.normalize("NFC", s)
    s = thai_digits_to_arabic(s)
    return re.sub(r"[\s\u00a0\u200b]+", " ", s)


@dataclass
class _Item:
    start: int
    end: int
    month: int
    day: int | None = None
    year: int | None = None  # BE
    first_day: int | None = None  # "1-31 มีนาคม": the day before the range dash

    def span(self) -> tuple[date, date] | None:
        if self.year is None:
            return None
        if self.day is None:
            first = _make_date(self.year, self.month, 1)
            if first is None:
                return None
            return first, _month_end(first.year, first.month)
        d = _make_date(self.year, self.month, self.day)
        if d is None:
            return None
        if self.first_day is not None and self.first_day < self.day:
            d0 = _make_date(self.year, self.month, self.first_day)
            return (d0 or d), d
        return d, d


def _month_token(m: re.Match[str]) -> tuple[int, str] | None:
    """(month, kind) for a month-name match; kind: full, short, abbr, bare."""
    key = m.lastgroup or ""
    text = m.group(0)
    if key.startswith("n"):
        _, month, kind = _NAME_ALTS[int(key[1:])]
        return month, kind
    if key.startswith("a"):
        month = _ABBR_ALTS[int(key[1:])][1]
        return month, ("abbr" if "." in text else "bare")
    if key == "en":
        return _ENGLISH[text.rstrip(".").lower()], "short"
    return None


_RANGE_TO_MONTH = re.compile(r"\s*(?:-|–|—|ถึง|to)\s*")


def _opens_range(text: str, end: int) -> bool:
    """Whether a month ends where a range goes on to another month ("Jan – Mar 2026"): a bare month
    name is then the range's start, not a word that looks like one."""
    sep = _RANGE_TO_MONTH.match(text, end)
    return bool(sep) and _MONTH_RE.match(text, sep.end()) is not None


def _scan(text: str) -> list[_Item]:
    """Month-based and numeric date expressions in prepared text, in order."""
    items: list[_Item] = []
    for m in _MONTH_RE.finditer(text):
        tok = _month_token(m)
        if tok is None:
            continue
        month, kind = tok
        start, end = m.start(), m.end()
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if kind in ("abbr", "bare", "short") and re.match(f"[{_THAI_LETTER}]", after):
            continue  # "ก.ค.ศ.", "ตุลาการ", "ต.คลองหลวง"
        if kind in ("bare", "short") and re.match(f"[{_THAI_LETTER}]", before):
            continue  # "(มค)" inside a document number, "กันยา" inside a name
        if kind == "abbr" and before == ".":
            continue  # part of a longer dotted abbreviation
        item = _Item(start, end, month)
        ym = _YEAR_RIGHT_RE.match(text, end)
        if ym:
            year = _plausible_year(ym.group("year"), ym.group("era"))
            if year is not None:
                item.year = year
                item.end = ym.end()
        # Look back a short window only: a day sits right before its month.
        off = max(0, start - 24)
        dm = _DAY_LEFT_RE.search(text[off:start])
        if dm and 1 <= int(dm.group("day")) <= 31:
            item.day = int(dm.group("day"))
            item.start = off + dm.start()
            off2 = max(0, item.start - 16)
            rm = _DAY_RANGE_LEFT_RE.search(text[off2 : item.start])
            if rm and 1 <= int(rm.group("day")) < item.day:
                item.first_day = int(rm.group("day"))
                item.start = off2 + rm.start()
        if kind in ("bare", "short") and item.day is None and item.year is None and not _opens_range(text, end):
            continue
        items.append(item)
    for m in _NUMERIC_DATE_RE.finditer(text):
        d, mo = int(m.group("d")), int(m.group("m"))
        if m.group("sep") == "." and len(m.group("y")) != 4:
            continue  # "1.2.3" section numbers
        year = _plausible_year(m.group("y"), None)
        if year is None or not (1 <= d <= 31 and 1 <= mo <= 12):
            continue
        if any(i.start < m.end() and m.start() < i.end for i in items):
            continue
        items.append(_Item(m.start(), m.end(), mo, d, year))
    items.sort(key=lambda i: i.start)
    return items


def _resolve_years(items: list[_Item], fiscal_year: int | None) -> None:
    """Give yearless items a year: from the next dated item ("๑ ต.ค. -
    ๓๐ ก.ย. ๒๕๖๙": October is of the year before), else from the previous
    one, else from the fiscal year (October-December belong to the calendar
    year before it)."""
    fy = be_year(fiscal_year) if fiscal_year else None
    known = [i for i in items if i.year is not None]
    for it in items:
        if it.year is not None:
            continue
        nxt = next((k for k in known if k.start > it.start), None)
        prv = next((k for k in reversed(known) if k.start < it.start), None)
        if nxt is not None:
            it.year = nxt.year
            if (it.month, it.day or 1) > (nxt.month, nxt.day or 31):
                it.year = nxt.year - 1  # type: ignore[operator]
        elif prv is not None:
            it.year = prv.year
            if (it.month, it.day or 31) < (prv.month, prv.day or 1):
                it.year = prv.year + 1  # type: ignore[operator]
        elif fy is not None:
            it.year = _month_year_ce(it.month, fy) + 543


def parse_thai_date(s: str | None, fiscal_year: int | None = None) -> date | None:
    """The first full date (day, month, year) written in `s`, or None.

    "๓๐ มี.ค. ๖๘" -> 2025-03-30; "8 มกราคม พ.ศ. ๒๕๖๘" -> 2025-01-08;
    "22 ส.ค.2566" -> 2023-08-22; "1/10/2567" -> 2024-10-01. A day and month
    without a year take it from a neighbouring date in `s`, else from
    `fiscal_year` (BE); a month without a day is not a date (see
    `parse_thai_period`).
    """
    if not s:
        return None
    items = _scan(_prep(s))
    _resolve_years(items, fiscal_year)
    for it in items:
        if it.day is not None and it.year is not None:
            span = it.span()
            if span:
                return span[1] if it.first_day is None else span[0]
    return None


def month_of(s: str) -> int | None:
    """Month number of a Thai/English month name or abbreviation, else None:
    "มี.ค." -> 3, "กย" -> 9, "ตุลาคม" -> 10."""
    text = _prep(s).strip()
    m = _MONTH_RE.fullmatch(text)
    if not m:
        return None
    tok = _month_token(m)
    return tok[0] if tok else None


_FY_RE = re.compile(
    r"(?:ปีงบประมาณ|ปีงบ\s?ฯ|ปีงบ|ปีงปม\.?|ประจำปี|ปี)\s*(?:พ\s?\.?\s?ศ\s?\.?)?\s*"
    r"(?P<y1>[0-9]{4}|[0-9]{2})(?![0-9])"
    r"(?:\s*(?:-|–|—|ถึง)\s*(?:ปีงบประมาณ|ปี)?\s*(?:พ\s?\.?\s?ศ\s?\.?)?\s*(?P<y2>[0-9]{4}|[0-9]{2})(?![0-9]))?"
)
_FY_STRICT_RE = re.compile(r"(?:ปีงบประมาณ|ปีงบ\s?ฯ|ปีงบ|ปีงปม\.?)")


def fiscal_year_in(s: str | None) -> int | None:
    """The fiscal year (BE) named in `s` ("ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
    "ปีงบฯ ๖๘"), preferring an explicit ปีงบประมาณ over a bare ประจำปี/ปี."""
    if not s:
        return None
    text = _prep(s)
    best: int | None = None
    for m in _FY_RE.finditer(text):
        y = _plausible_year(m.group("y1"), None)
        if y is None:
            continue
        if _FY_STRICT_RE.match(m.group(0)):
            return y
        if best is None:
            best = y
    return best


_QUARTER_RE = re.compile(
    r"ไตรมาส\s*(?:ที่)?\s*(?P<q1>[1-4])"
    r"(?P<more>(?:\s*(?:-|–|—|ถึง|และ|,|/)\s*(?:ไตรมาส\s*(?:ที่)?)?\s*[1-4](?![0-9]))*)"
    r"(?:\s*/\s*(?P<fy>[0-9]{4}|[0-9]{2})(?![0-9]))?"
)
_ROUND_RE = re.compile(r"รอบ\s*(?P<n>3|6|9|12)\s*เดือน")
# "ทุกเดือน" / "ทุกไตรมาส" say how often, not when: they are no period.
_WHOLE_YEAR_RE = re.compile(r"ตลอด\s*(?:ทั้ง)?\s*ปี|ทั้งปี|ตลอด\s*ปีงบประมาณ|ตลอดระยะเวลา|ต่อเนื่องตลอด")
_DEADLINE_RE = re.compile(r"(?:ภายใน|ก่อน|ไม่เกิน|ไม่เกินกว่า|ถึง|จนถึง|by|before)\s*(?:วันที่|เดือน|สิ้นเดือน)?\s*$", re.IGNORECASE)
_FROM_RE = re.compile(r"(?:ตั้งแต่|เริ่ม|นับแต่|from|since)\s*(?:วันที่|เดือน)?\s*$", re.IGNORECASE)
_ONWARD_RE = re.compile(r"^\s*(?:เป็นต้นไป|เป็นต้น|onwards?)")


def _quarter_bounds(q: int, fy: int) -> tuple[date, date]:
    start_month = {1: 10, 2: 1, 3: 4, 4: 7}[q]
    year = _month_year_ce(start_month, fy)
    end_month = start_month + 2
    return date(year, start_month, 1), _month_end(year, end_month)


def parse_thai_period(
    s: str | None, fiscal_year: int | None = None
) -> tuple[date | None, date | None]:
    """(start, end) of the time frame written in `s`; (None, None) if none.

    - a range as written, even if reversed (so callers can flag it):
      "๑ ต.ค. ๒๕๖๘-๓๐ ก.ย.๒๕๖๙", "ตุลาคม ๒๕๖๗ - กันยายน ๒๕๖๘",
      "ต.ค.๖๗-มี.ค.๖๘" (months cover whole months), "1-31 มี.ค. 68";
    - a deadline: "ภายในเดือนมีนาคม ๒๕๖๖" -> (None, 2023-03-31),
      "ภายในวันที่ ๓๑ มี.ค. ๖๘" -> (None, 2025-03-31);
    - an open start: "ตั้งแต่ ๑ ต.ค. ๖๗ เป็นต้นไป" -> (2024-10-01, None);
    - one month: "เดือนมีนาคม 2566" -> (2023-03-01, 2023-03-31);
    - one date: "๓๐ มี.ค. ๖๘" -> (2025-03-30, 2025-03-30);
    - several dates or months: earliest start, latest end;
    - fiscal years: "ตลอดปีงบประมาณ พ.ศ. ๒๕๖๘" -> (2024-10-01, 2025-09-30),
      "ปีงบประมาณ ๒๕๖๗-๒๕๖๘" -> both years;
    - quarters of the fiscal year: "ไตรมาสที่ 2" -> Jan-Mar, "ไตรมาส 1-2";
    - "รอบ 6 เดือน" -> first half of the fiscal year; "ตลอดปี" -> the whole
      fiscal year; "ทุกเดือน", "ทุกไตรมาส" are frequencies: no period.

    `fiscal_year` (BE) supplies the year where the text has none: months
    without a year, quarters, "ตลอดปี". October-December belong to the
    calendar year before the fiscal year's number.
    """
    if not s:
        return None, None
    text = _prep(s)
    fy_arg = be_year(fiscal_year) if fiscal_year else None
    items = _scan(text)
    # Explicit fiscal year written in the text wins over the argument for
    # yearless months and quarters.
    fy_text = fiscal_year_in(text)
    fy = fy_text or fy_arg
    _resolve_years(items, fy)
    items = [i for i in items if i.span() is not None]

    if items:
        first, last = items[0], items[-1]
        head = text[: first.start]
        if len(items) == 1:
            start, end = first.span()  # type: ignore[misc]
            if _DEADLINE_RE.search(head):
                return None, end
            if _FROM_RE.search(head) or _ONWARD_RE.match(text[first.end :]):
                return start, None
            return start, end
        if len(items) == 2 and _RANGE_SEP_RE.search(text[first.end : last.start]):
            return first.span()[0], last.span()[1]  # type: ignore[index]
        spans = [i.span() for i in items]
        start = min(sp[0] for sp in spans if sp)
        end = max(sp[1] for sp in spans if sp)
        if _DEADLINE_RE.search(head) and not _RANGE_SEP_RE.search(text[first.end : last.start]):
            return None, end
        return start, end

    qm = _QUARTER_RE.search(text)
    if qm:
        qfy = _plausible_year(qm.group("fy"), None) if qm.group("fy") else fy
        if qfy:
            qs = [int(qm.group("q1"))] + [int(x) for x in re.findall(r"[1-4](?![0-9])", qm.group("more") or "")]
            bounds = [_quarter_bounds(q, qfy) for q in qs]
            start = min(b[0] for b in bounds)
            end = max(b[1] for b in bounds)
            if _DEADLINE_RE.search(text[: qm.start()]):
                return None, end
            return start, end

    fym = _FY_RE.search(text)
    if fym and _plausible_year(fym.group("y1"), None):
        y1 = _plausible_year(fym.group("y1"), None)
        y2 = _plausible_year(fym.group("y2"), None) if fym.group("y2") else None
        # A bare "ปี 2568" only counts in a period when it is alone or says
        # ตลอด/ภายใน; ปีงบประมาณ always does.
        if _FY_STRICT_RE.match(fym.group(0)) or y2 or _WHOLE_YEAR_RE.search(text) or "ภายใน" in text:
            start = fiscal_year_bounds(y1)[0]  # type: ignore[arg-type]
            end = fiscal_year_bounds(y2 or y1)[1]  # type: ignore[arg-type]
            return start, end

    if fy:
        rm = _ROUND_RE.search(text)
        if rm:
            start, fy_end = fiscal_year_bounds(fy)
            n = int(rm.group("n"))
            if n == 12:
                return start, fy_end
            end_month = (9 + n) % 12 or 12
            end_year = _month_year_ce(end_month, fy)
            return start, _month_end(end_year, end_month)
        if _WHOLE_YEAR_RE.search(text):
            return fiscal_year_bounds(fy)
    return None, None


# --------------------------------------------------------------------------
# periods read by OCR

# Tesseract's Thai model adds, drops or swaps the marks above and below a
# letter far more often than it swaps the letters themselves ("ม.ุค." for ม.ค.).
_THAI_MARKS = set("\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e")
# Month spellings compared with a garbled reading: abbreviations without their dots, full names.
_MONTH_SPELLINGS: list[tuple[str, int]] = [(a.replace(".", ""), i + 1) for i, a in enumerate(THAI_MONTH_ABBREVIATIONS)] + [
    (n, i + 1) for i, n in enumerate(THAI_MONTHS)
]
_ABBREVIATION_MONTH = {a.replace(".", ""): i + 1 for i, a in enumerate(THAI_MONTH_ABBREVIATIONS)}
_OCR_YEAR = re.compile(r"(?<![0-9.,])25[0-9]{2}(?![0-9])")
_SIDE_PARTS = re.compile(r"(?P<pre>\s*(?:(?:ภายใน|ตั้งแต่|วันที่|เดือน)\s*)*)(?P<day>[0-9]{1,2}\s*)?(?P<slot>.*?)"
                         r"(?P<year>\s*,?\s*(?:พ\.?\s?ศ\.?\s*)?(?:[0-9]{4}|[0-9]{2}))?\s*")
_SLOT_START = re.compile(r"[0-9]|-|–|—|~|ถึง")


def _mark_weighted_distance(a: str, b: str) -> float:
    """Edit distance where inserting or dropping a Thai mark costs 0.5 and anything else 1."""
    prev = [0.0]
    for ch in b:
        prev.append(prev[-1] + (0.5 if ch in _THAI_MARKS else 1.0))
    for ca in a:
        cur = [prev[0] + (0.5 if ca in _THAI_MARKS else 1.0)]
        for j, cb in enumerate(b, start=1):
            cur.append(min(prev[j] + (0.5 if ca in _THAI_MARKS else 1.0),
                           cur[j - 1] + (0.5 if cb in _THAI_MARKS else 1.0),
                           prev[j - 1] + (0.0 if ca == cb else 1.0)))
        prev = cur
    return prev[-1]


# Latin letters Tesseract's Thai+English model reads for the letters of a month
# abbreviation ("W.A." for พ.ค., "n.a." for ก.ค.): shapes alike, a closed table.
_LATIN_LOOKALIKES: dict[str, str] = {"n": "ก", "N": "ก", "W": "พ", "w": "พ", "A": "กค", "a": "คม"}


def _thai_readings_of_latin(t: str) -> list[str]:
    """Every Thai spelling a Latin reading could stand for through `_LATIN_LOOKALIKES` (none if a letter has no look-alike)."""
    out = [""]
    for ch in t:
        alts = _LATIN_LOOKALIKES.get(ch, ch if not ch.isascii() else "")
        if not alts:
            return []
        out = [o + a for o in out for a in alts]
    return out


def month_of_garbled(token: str) -> int | None:
    """The month a garbled OCR reading of a Thai month name stands for, or None when unsure.

    Compared with the closed list of abbreviations (dots dropped) and full names: the
    nearest must be within 1 (a mark added or dropped costs 0.5; within 2 for a full
    name of 6 letters or more) and nearer by at least 0.5 than any other month, so that
    "กด" (ก.ค.? ก.พ.? ก.ย.?) is no month."""
    t = re.sub(r"[\s.,:;'\"`]", "", token)
    if len(t) < 2:
        return None
    if re.fullmatch(r"[A-Za-z]{2,3}", t) and "." in token:
        months = {_ABBREVIATION_MONTH[r] for r in _thai_readings_of_latin(t) if r in _ABBREVIATION_MONTH}
        return months.pop() if len(months) == 1 else None
    if not re.fullmatch(f"[{_THAI_LETTER}]+", t):
        return None
    best: dict[int, float] = {}
    for spelling, month in _MONTH_SPELLINGS:
        d = _mark_weighted_distance(t, spelling)
        limit = 2.0 if len(spelling) >= 6 else 1.0
        if d <= limit:
            best[month] = min(best.get(month, 9.0), d)
    if not best:
        return None
    ranked = sorted(best.items(), key=lambda kv: kv[1])
    if len(ranked) > 1 and ranked[1][1] - ranked[0][1] < 0.5:
        return None
    return ranked[0][0]


def _orphan_years(text: str, items: list[_Item]) -> list[re.Match[str]]:
    """Four-digit BE years in the text that no month or date read took as its year."""
    return [m for m in _OCR_YEAR.finditer(text)
            if not any(i.start <= m.start() < i.end for i in items)
            and not re.search(r"(?:ปีงบประมาณ|ปี|พ\.?\s?ศ\.?)\s*$", text[: m.start()])]


def repaired_ocr_period_text(s: str) -> tuple[str, int] | None:
    """An OCR'd period with each garbled month before an orphan year written as its
    abbreviation, and how many were repaired; None when a year still has no month.

    A year that no month took ("พ ย์. ๒๕๖๘ - ส.ค. ๒๕๖๙") means the month before it was
    misread: the text between the previous number or range dash and the year is read as
    a month fuzzily (`month_of_garbled`); if it reads as none, the period is not read at
    all rather than read as the months that survived ("ธ.ค. ๒๕๖๘กด: ๒๕๖๙" is not December)."""
    text = _prep(s)
    repairs = dropped = 0
    sides = re.split(r"(\s*(?:-|–|—|~|ถึง)\s*)", text, maxsplit=1)
    # a range of months whose one side read as no month ("ม.ค. ๒๕๖๖ - A.W. ๒๕๖๖"); a range of
    # quarters or fiscal years has no month on either side and is read as written
    if len(sides) == 3 and all(re.search(r"[^\s]", x) for x in (sides[0], sides[2])) and _scan(text):
        for k in (0, 2):
            side = sides[k]
            if _scan(side) or not re.search(r"[A-Za-z\u0e01-\u0e4e]", side):
                continue
            m = _SIDE_PARTS.fullmatch(side)
            month = month_of_garbled(m.group("slot")) if m else None
            if month is None:
                return None
            sides[k] = f"{m.group('pre')}{m.group('day') or ''}{THAI_MONTH_ABBREVIATIONS[month - 1]}{m.group('year') or ''}"
            repairs += 1
        text = "".join(sides)
    for _ in range(4):
        # a year after a dash or another year ("ปีงบประมาณ ๒๕๖๗-๒๕๖๘") has no month slot to read
        orphans = [(y, *_month_slot(text, y)) for y in _orphan_years(text, _scan(text))]
        orphans = [o for o in orphans if re.search(r"[A-Za-z\u0e01-\u0e4e]", o[2])]
        if not orphans:
            return text, repairs + dropped
        year, slot_start, slot = orphans[0]
        head = text[: year.start()]
        month = month_of_garbled(slot)
        before = [i for i in _scan(text) if i.end <= year.start()]
        if month is None and before and before[-1].year is None and before[-1].end == slot_start \
                and len(slot.strip()) <= 3:
            # "ธันวาคมทษ๒๕๖๘": a speck read as letters between a month and its year
            text = f"{head[:slot_start]} {text[year.start():]}"
            dropped += 1
            continue
        if month is None:
            return None
        abbr = THAI_MONTH_ABBREVIATIONS[month - 1]
        text = f"{head[:slot_start].rstrip()} {abbr} {text[year.start():]}".strip()
        repairs += 1
    return None


def _month_slot(text: str, year: re.Match[str]) -> tuple[int, str]:
    """(start, text) of where a year's month was written: after the last number, range dash or date read before it."""
    head = text[: year.start()]
    starts = [m.end() for m in _SLOT_START.finditer(head)]
    slot_start = max(starts) if starts else 0
    for item in _scan(text):
        if item.end <= year.start():
            slot_start = max(slot_start, item.end)
    return slot_start, head[slot_start:]


def parse_ocr_period(s: str | None, fiscal_year: int | None = None) -> tuple[date | None, date | None, int]:
    """(start, end, months repaired) of a period read by OCR; (None, None, 0) when unsure.

    As `parse_thai_period`, after `repaired_ocr_period_text`; a repaired period is kept only
    when it runs forwards and lies within the fiscal year it names or is given (a guessed
    month that breaks either is not stored: the raw text stays the measure's period_text)."""
    if not s:
        return None, None, 0
    repaired = repaired_ocr_period_text(s)
    if repaired is None:
        return None, None, 0
    text, repairs = repaired
    start, end = parse_thai_period(text, fiscal_year)
    if repairs:
        if start is not None and end is not None and start > end:
            return None, None, 0
        fy = fiscal_year_in(text) or (be_year(fiscal_year) if fiscal_year else None)
        if fy is not None:
            lo, hi = fiscal_year_bounds(fy)
            if any(d is not None and not lo <= d <= hi for d in (start, end)):
                return None, None, 0
    return start, end, repairs
