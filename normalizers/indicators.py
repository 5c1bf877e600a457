"""The ten ITA indicators and the three assessment tools (IIT, EIT, OIT).

Reports number indicators their own way (seed 001 numbers the EIT
indicators ๑)-๔) and OIT's ๕)), so the canonical number always comes from
the indicator's NAME. Names arrive broken by layout ("คุณภาพ การ ดำเนินงาน"),
misspelt ("การปฎิบัติหน้าที่", "แล้วสิทธิภาพการสื่อสาร") or in older
wording ("การใช้ทรัพย์สินของทางราชการ", "การปรับปรุงการทำงาน"): matching is
done on whitespace-free text, exact variants first, then an approximate
substring search with a small edit budget.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from normalizers.thai_text import normalize_thai_text

__all__ = [
    "INDICATORS",
    "TOOLS",
    "TOOL_NAMES",
    "Indicator",
    "indicator_from_name",
    "indicators_in",
    "tool_of_indicator",
    "tool_from_text",
    "tools_in",
]


@dataclass(frozen=True)
class Indicator:
    no: int
    name: str
    tool: str


INDICATORS: dict[int, Indicator] = {
    1: Indicator(1, "การปฏิบัติหน้าที่", "IIT"),
    2: Indicator(2, "การใช้งบประมาณ", "IIT"),
    3: Indicator(3, "การใช้อำนาจ", "IIT"),
    4: Indicator(4, "การใช้ทรัพย์สินของราชการ", "IIT"),
    5: Indicator(5, "การแก้ไขปัญหาการทุจริต", "IIT"),
    6: Indicator(6, "คุณภาพการดำเนินงาน", "EIT"),
    7: Indicator(7, "ประสิทธิภาพการสื่อสาร", "EIT"),
    8: Indicator(8, "การปรับปรุงระบบการทำงาน", "EIT"),
    9: Indicator(9, "การเปิดเผยข้อมูล", "OIT"),
    10: Indicator(10, "การป้องกันการทุจริต", "OIT"),
}

TOOLS = ("IIT", "EIT", "OIT")
TOOL_NAMES = {
    "IIT": "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน",
    "EIT": "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก",
    "OIT": "แบบตรวจการเปิดเผยข้อมูลสาธารณะ",
}

# Exact spellings (whitespace-free) besides the canonical names: older NACC
# wording, sub-indicator titles that only belong to one indicator, frequent
# misspellings.
_VARIANTS: dict[int, list[str]] = {
    1: ["การปฎิบัติหน้าที่", "การปฏิบัติหน้าทึ่", "การปฎิบัติหน้าทึ่"],
    2: ["การใช้งบประมาณ"],
    3: ["การใช้อำนาจ"],
    4: [
        "การใช้ทรัพย์สินของทางราชการ",
        "การใช้ทรัพย์สินราชการ",
        "การใช้ทรัพย์สินทางราชการ",
        "การใช้ทรัพย์สินของหน่วยงาน",
    ],
    5: ["การแก้ไขปัญหาทุจริต"],
    6: ["คุณภาพในการดำเนินงาน", "คุณภาพการปฏิบัติงาน"],
    7: ["ประสิทธิภาพในการสื่อสาร"],
    8: ["การปรับปรุงการทำงาน", "การปรับปรุงระบบการปฏิบัติงาน", "การปรับปรุงระบบงาน"],
    9: [],
    10: [
        "การป้องกันทุจริต",
        "การดำเนินการเพื่อป้องกันการทุจริต",
        "มาตรการภายในเพื่อป้องกันการทุจริต",
    ],
}

# Tool titles that contain an indicator's words but name a whole tool.
_TOOL_PHRASES = [
    "แบบตรวจการเปิดเผยข้อมูลสาธารณะ",
    "การเปิดเผยข้อมูลสาธารณะ(OpenData",
    "การเปิดเผยข้อมูลสาธารณะ(OIT",
    "การเปิดเผยข้อมูลสาธารณะOIT",
]

_RE_TAGS = re.compile(r"<[^>]{0,40}>")
_RE_SPACE = re.compile(r"\s+")


def _compact(s: str) -> str:
    s = _RE_TAGS.sub(" ", s)
    s = normalize_thai_text(s)
    return _RE_SPACE.sub("", s)


def _budget(pattern: str) -> int:
    """Edits allowed when matching `pattern` approximately: about one per
    seven characters, none for short names (too easy to hit by chance)."""
    n = len(pattern)
    if n < 9:
        return 0
    return min(3, n // 7)


def _approx_find(pattern: str, text: str, k: int) -> tuple[int, int, int] | None:
    """Best approximate occurrence of `pattern` in `text` with at most `k`
    edits: (edits, start, end), or None. Semi-global Levenshtein, run only
    near exact occurrences of one of k+1 pattern pieces (pigeonhole: with k
    edits at least one piece survives intact)."""
    m = len(pattern)
    if m == 0 or k < 0:
        return None
    pieces = k + 1
    size = m // pieces
    anchors: set[int] = set()
    for p in range(pieces):
        a = p * size
        b = m if p == pieces - 1 else a + size
        piece = pattern[a:b]
        if not piece:
            continue
        pos = text.find(piece)
        while pos != -1:
            anchors.add(pos - a)
            pos = text.find(piece, pos + 1)
    if not anchors:
        return None
    best: tuple[int, int, int] | None = None
    seen: set[tuple[int, int]] = set()
    for anchor in sorted(anchors):
        lo = max(0, anchor - k)
        hi = min(len(text), anchor + m + k)
        if (lo, hi) in seen:
            continue
        seen.add((lo, hi))
        window = text[lo:hi]
        # dp over window with free start: prev[j] = edits for pattern[:i] ending at window[:j]
        prev = [0] * (len(window) + 1)
        starts = list(range(len(window) + 1))
        for i in range(1, m + 1):
            cur = [i] * (len(window) + 1)
            cur_starts = [0] * (len(window) + 1)
            pc = pattern[i - 1]
            for j in range(1, len(window) + 1):
                sub = prev[j - 1] + (pc != window[j - 1])
                dele = prev[j] + 1
                ins = cur[j - 1] + 1
                if sub <= dele and sub <= ins:
                    cur[j], cur_starts[j] = sub, starts[j - 1]
                elif dele <= ins:
                    cur[j], cur_starts[j] = dele, starts[j]
                else:
                    cur[j], cur_starts[j] = ins, cur_starts[j - 1]
            cur_starts[0] = 0
            prev, starts = cur, cur_starts
        for j in range(1, len(window) + 1):
            if prev[j] <= k:
                cand = (prev[j], lo + starts[j], lo + j)
                if best is None or cand[0] < best[0] or (cand[0] == best[0] and cand[1] < best[1]):
                    best = cand
    return best


@dataclass(frozen=True)
class _Hit:
    no: int
    edits: int
    start: int
    end: int
    length: int


def _hits(text: str) -> list[_Hit]:
    for phrase in _TOOL_PHRASES:
        if phrase in text and "ตัวชี้วัด" not in text:
            text = text.replace(phrase, "#" * len(phrase))
    hits: list[_Hit] = []
    for no, ind in INDICATORS.items():
        for pattern in [ind.name, *_VARIANTS[no]]:
            pos = text.find(pattern)
            while pos != -1:
                hits.append(_Hit(no, 0, pos, pos + len(pattern), len(pattern)))
                pos = text.find(pattern, pos + 1)
        found = _approx_find(ind.name, text, _budget(ind.name))
        if found and found[0] > 0:
            hits.append(_Hit(no, found[0], found[1], found[2], len(ind.name)))
    return hits


def indicators_in(s: str | None) -> list[int]:
    """Canonical numbers of every indicator named in `s`, in order of
    appearance, each once."""
    if not s:
        return []
    return list(_indicators_named(s))


@lru_cache(maxsize=1 << 14)
def _indicators_named(s: str) -> tuple[int, ...]:
    """`indicators_in`, cached: readers ask about the same labels and cells
    many times (each score reader, each table pass)."""
    hits = sorted(_hits(_compact(s)), key=lambda h: (h.start, h.edits, -h.length))
    out: list[int] = []
    taken_until = -1
    for h in hits:
        if h.start < taken_until and h.edits > 0:
            continue
        if h.no not in out:
            out.append(h.no)
        taken_until = max(taken_until, h.end)
    return tuple(out)


@lru_cache(maxsize=1 << 14)
def indicator_from_name(s: str | None) -> int | None:
    """Canonical indicator number (1-10) named in a label, or None.

    The number is read from the name only, never from the report's own
    numbering: "ตัวชี้วัดที่ ๕) การเปิดเผยข้อมูล" is 9. Exact names and
    variants win over approximate ones; among equals the one written first
    wins. Generic words ("การประเมิน", "ITA") and tool titles
    ("แบบตรวจการเปิดเผยข้อมูลสาธารณะ") name no indicator.
    """
    if not s:
        return None
    hits = _hits(_compact(s))
    if not hits:
        return None
    best = min(hits, key=lambda h: (h.edits / h.length > 0, h.edits / h.length, h.start, -h.length))
    return best.no


def tool_of_indicator(n: int) -> str:
    """IIT for 1-5, EIT for 6-8, OIT for 9-10."""
    if n not in INDICATORS:
        raise ValueError(f"no ITA indicator {n}")
    return INDICATORS[n].tool


_RE_TOOL_CODE = re.compile(r"(?<![A-Za-z])(IIT|EIT|OIT)(?![A-Za-z])", re.IGNORECASE)
_RE_TOOL_EN = re.compile(
    r"(?P<IIT>Internal\s+Int[eo]?gr?[ie]ty)|(?P<EIT>External\s+Int[eo]?gr?[ie]ty)|(?P<OIT>Open\s+Data\s+Int[eo]?gr?[ie]ty)",
    re.IGNORECASE,
)
# Thai tool titles, whitespace-free. "ผู้มีส่วนได้(ส่วน)เสียภายใน/ภายนอก" with
# or without ของ; the OIT title.
_RE_TOOL_TH = re.compile(
    r"(?P<IIT>ผู้มีส่วนได้(?:ส่วน)?เสีย(?:ทั้ง)?ภายใน)|(?P<EIT>ผู้มีส่วนได้(?:ส่วน)?เสีย(?:ทั้ง)?ภายนอก)"
    r"|(?P<OIT>แบบตรวจการเปิดเผยข้อมูล|การเปิดเผยข้อมูลสาธารณะ)"
)


def tools_in(s: str | None) -> list[str]:
    """Tools (IIT, EIT, OIT) named in `s` by code, English or Thai title,
    in order of appearance, each once."""
    if not s:
        return []
    found: list[tuple[int, str]] = []
    text = normalize_thai_text(_RE_TAGS.sub(" ", s))
    for m in _RE_TOOL_CODE.finditer(text):
        found.append((m.start(), m.group(1).upper()))
    for m in _RE_TOOL_EN.finditer(text):
        found.append((m.start(), m.lastgroup or ""))
    # Thai titles are matched without whitespace; map positions back.
    index = [i for i, ch in enumerate(text) if not ch.isspace()]
    compact = "".join(text[i] for i in index)
    for m in _RE_TOOL_TH.finditer(compact):
        found.append((index[m.start()], m.lastgroup or ""))
    out: list[str] = []
    for _, tool in sorted(found):
        if tool and tool not in out:
            out.append(tool)
    return out


def tool_from_text(s: str | None) -> str | None:
    """The one tool a label names ("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน"
    -> IIT, "คะแนนรวม IIT 93.15" -> IIT), or None when it names none or
    several ("...ภายใน (IIT) และ ...ภายนอก (EIT)")."""
    tools = tools_in(s)
    return tools[0] if len(tools) == 1 else None
