"""Who is responsible: rank, name, position and office grammar.

Used for the owners of measures (one row per responsible party) and for the
people a report lists (committee members, supervisors, signatories).

A party is written in many ways in Thai reports:

- police and military ranks in short or long form, female ranks with หญิง,
  acting ranks with ว่าที่: ``พ.ต.ท.วุฒินนท์ฯ``, ``พันตำรวจโท สุภาพ หารี``,
  ``ร.ต.ต.หญิง รัตดาฯ``, ``ว่าที่ร้อยตรี``; ranks are stored in short form;
- civilian titles: นาย, นาง, นางสาว, ดร., ...: ``นางอมราภรณ์ ทรงอาวุธ``;
- names, possibly truncated with ฯ (``วุฒินนท์ฯ``: the surname left out);
- positions (``สว.อก.ฯ``, ``รอง ผกก.(สอบสวน)``, ``หัวหน้าส่วนราชการ``);
- offices and groups (``ทุกสำนัก/กอง``, ``งานอำนวยการ``, ``กองคลัง สป.``).

The grammar is lexical: ranks and titles start a person, office words start
an office, position words (and dotted abbreviations) start a position; verbs
of the task ("จัดทำ...", "ควบคุมการปฏิบัติ") end a party.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractors.wraps import join_wrapped
from records.model import OwnerRow

# --------------------------------------------------------------------------
# ranks and titles

# (short form, long form) pairs; long forms are matched OCR-tolerantly.
_POLICE = [
    ("พล.ต.อ.", "พลตำรวจเอก"), ("พล.ต.ท.", "พลตำรวจโท"), ("พล.ต.ต.", "พลตำรวจตรี"),
    ("พ.ต.อ.", "พันตำรวจเอก"), ("พ.ต.ท.", "พันตำรวจโท"), ("พ.ต.ต.", "พันตำรวจตรี"),
    ("ร.ต.อ.", "ร้อยตำรวจเอก"), ("ร.ต.ท.", "ร้อยตำรวจโท"), ("ร.ต.ต.", "ร้อยตำรวจตรี"),
    ("ด.ต.", "ดาบตำรวจ"), ("จ.ส.ต.", "จ่าสิบตำรวจ"),
    ("ส.ต.อ.", "สิบตำรวจเอก"), ("ส.ต.ท.", "สิบตำรวจโท"), ("ส.ต.ต.", "สิบตำรวจตรี"),
    ("พลฯ", "พลตำรวจ"),
]
_MILITARY = [
    ("พล.อ.อ.", "พลอากาศเอก"), ("พล.อ.ท.", "พลอากาศโท"), ("พล.อ.ต.", "พลอากาศตรี"),
    ("พล.ร.อ.", "พลเรือเอก"), ("พล.ร.ท.", "พลเรือโท"), ("พล.ร.ต.", "พลเรือตรี"),
    ("น.อ.", "นาวาเอก"), ("น.ท.", "นาวาโท"), ("น.ต.", "นาวาตรี"),
    ("น.อ.", "นาวาอากาศเอก"), ("น.ท.", "นาวาอากาศโท"), ("น.ต.", "นาวาอากาศตรี"),
    ("ร.อ.", "เรืออากาศเอก"), ("ร.ท.", "เรืออากาศโท"), ("ร.ต.", "เรืออากาศตรี"),
    ("ร.อ.", "เรือเอก"), ("ร.ท.", "เรือโท"), ("ร.ต.", "เรือตรี"),
    ("พล.อ.", "พลเอก"), ("พล.ท.", "พลโท"), ("พล.ต.", "พลตรี"),
    ("พ.อ.", "พันเอก"), ("พ.ท.", "พันโท"), ("พ.ต.", "พันตรี"),
    ("ร.อ.", "ร้อยเอก"), ("ร.ท.", "ร้อยโท"), ("ร.ต.", "ร้อยตรี"),
    ("จ.ส.อ.", "จ่าสิบเอก"), ("จ.ส.ท.", "จ่าสิบโท"), ("จ.ส.ต.", "จ่าสิบตรี"),
    ("จ.อ.", "จ่าเอก"), ("จ.ท.", "จ่าโท"), ("จ.ต.", "จ่าตรี"),
    ("ส.อ.", "สิบเอก"), ("ส.ท.", "สิบโท"), ("ส.ต.", "สิบตรี"),
]
_CIVIL = [
    # นางสาว is stored in its short form น.ส. like every other title (นายแพทย์ -> นพ.)
    ("น.ส.", "นางสาว"), ("น.ส.", "น.ส."), ("นาย", "นาย"), ("นาง", "นาง"),
    ("ศ.ดร.", "ศ.ดร."), ("รศ.ดร.", "รศ.ดร."), ("ผศ.ดร.", "ผศ.ดร."),
    ("ดร.", "ดร."), ("ศ.", "ศาสตราจารย์"), ("รศ.", "รองศาสตราจารย์"), ("ผศ.", "ผู้ช่วยศาสตราจารย์"),
    ("นพ.", "นายแพทย์"), ("พญ.", "แพทย์หญิง"), ("ทพ.", "ทันตแพทย์"), ("ทพญ.", "ทันตแพทย์หญิง"),
    ("ภก.", "เภสัชกร"), ("ภญ.", "เภสัชกรหญิง"),
]

# OCR-tolerant spelling of the pieces of long rank words (ต/ท, ิ/ื, ่า/ำ confusions).
_TOL = {
    "ตำรวจ": r"[ตท]ำรวจ",
    "จ่า": r"จ[่]?[าำ]",
    "สิบ": r"ส[ิื]บ",
}


def _long_pattern(long: str) -> str:
    out = re.escape(long)
    for word, pat in _TOL.items():
        out = out.replace(re.escape(word), pat)
    # allow a space between the parts (พัน ตำรวจ โท)
    out = out.replace(r"[ตท]ำรวจ", r"\s?[ตท]ำรวจ\s?")
    return out


def _short_pattern(short: str) -> str:
    # "พ.ต.ท." also written "พ.ต.ท" at the end, or with spaces "พ. ต. ท."
    parts = [p for p in short.split(".") if p]
    if short.endswith("ฯ"):
        return re.escape(short)
    return r"\.\s?".join(re.escape(p) for p in parts) + r"\.?"


_FEMALE = r"(?:\s?ห[ญล]ิง)"  # หญิง (OCR: หลิง)
_ACTING = r"(?:ว่าที่\s?)"

_RANK_ALTS: list[tuple[str, str]] = []  # (regex, short form)
for short, long in _POLICE + _MILITARY:
    _RANK_ALTS.append((_long_pattern(long), short))
    _RANK_ALTS.append((_short_pattern(short), short))
# police long forms written "ตำรวจ ร้อยตรี" (word order swapped)
for cls, lvl, short in [("พล", "เอก", "พล.ต.อ."), ("พล", "โท", "พล.ต.ท."), ("พล", "ตรี", "พล.ต.ต."),
                        ("พัน", "เอก", "พ.ต.อ."), ("พัน", "โท", "พ.ต.ท."), ("พัน", "ตรี", "พ.ต.ต."),
                        ("ร้อย", "เอก", "ร.ต.อ."), ("ร้อย", "โท", "ร.ต.ท."), ("ร้อย", "ตรี", "ร.ต.ต.")]:
    _RANK_ALTS.append((r"[ตท]ำรวจ\s?" + cls + lvl, short))
# fragments of a police rank seen in reports ("ต.ต.หญิง" for ร.ต.ต.หญิง): kept as written
_RANK_ALTS.append((r"ต\.ต\.(?=\s?ห[ญล]ิง|[ก-ฮ]{2})", "ต.ต."))
# longest patterns first so that พลตำรวจเอก wins over พลตำรวจ
_RANK_ALTS.sort(key=lambda a: -len(a[0]))

_RANK_RE = re.compile(
    r"(?P<acting>" + _ACTING + r")?(?P<rank>" + "|".join(f"(?:{p})" for p, _ in _RANK_ALTS) + r")"
    r"(?P<female>" + _FEMALE + r")?"
)
_RANK_LOOKUP = [(re.compile(re.sub(r"\(\?=.*\)$", "", p)), s) for p, s in _RANK_ALTS]

_CIVIL_ALTS = sorted(_CIVIL, key=lambda a: -len(a[1]))
# every written form, longest first: "ผศ.ดร." before "ผศ." (an alternation takes the first that fits)
_CIVIL_RE = re.compile(r"(?P<acting>" + _ACTING + r")?(?P<title>" + "|".join(
    re.escape(w) for w in sorted({w for pair in _CIVIL for w in pair}, key=len, reverse=True)
) + r")")

# words that start with a civil title but are positions or other words
_NOT_A_TITLE = (
    "นายอำเภอ", "นายตำรวจ", "นายทหาร", "นายช่าง", "นายสัตวแพทย์", "นายเวร", "นายทะเบียน",
    "นางพยาบาล", "นาวา", "นายจ้าง", "นางสาวสวย",
)


# นายก is the mayor/president only when what follows says so; "นายกิตติศักดิ์" is นาย + a name
_MAYOR = re.compile(r"นายก(?:เทศมนตรี|องค์การ|องค์กร|อบต|อบจ|สมาคม|รัฐมนตรี|สภา|ชมรม|สโมสร|ฯ|\.|\s|$|[^\u0e01-\u0e4e])")


def short_rank(text: str) -> str | None:
    """The short form of a rank or title written at the start of `text`.

    >>> short_rank("พันตำรวจโท")
    'พ.ต.ท.'
    >>> short_rank("ร้อยตำรวจตรีหญิง")
    'ร.ต.ต.หญิง'
    """
    m = match_rank(text.strip())
    return m[0] if m else None


def match_rank(text: str, pos: int = 0) -> tuple[str, int] | None:
    """(short rank, end offset) if a rank or civil title starts at `pos`."""
    m = _RANK_RE.match(text, pos)
    if m:
        short = _short_of(m.group("rank"))
        if short is not None:
            rank = short
            if m.group("female"):
                rank += "หญิง"
            if m.group("acting"):
                rank = "ว่าที่" + rank
            end = m.end()
            # a rank must be followed by a name or a space, not by more letters of
            # a word ("สิบเวร" is not สิบ + เวร; "ร.ต.อ." is fine)
            if _rank_boundary_ok(text, m.start("rank"), end, m.group("rank")):
                return rank, end
    m = _CIVIL_RE.match(text, pos)
    if m:
        word = m.group("title")
        rest = text[m.start("title"):]
        if any(rest.startswith(w) for w in _NOT_A_TITLE) or _MAYOR.match(rest):
            return None
        end = m.end()
        nxt = text[end:end + 1]
        # a name may start with a consonant or a leading vowel (นายเกรียงไกร, นางแสงเดือน)
        if word in ("นาย", "นาง", "นางสาว") and nxt and not (nxt.isspace() or _is_thai_letter(nxt)
                                                             or "\u0e40" <= nxt <= "\u0e44"):
            return None
        if not nxt:
            return None
        short = next((s for s, lg in _CIVIL if word in (s, lg)), word)
        if m.group("acting"):
            short = "ว่าที่" + short
        return short, end
    return None


def _short_of(written: str) -> str | None:
    for rx, short in _RANK_LOOKUP:
        if rx.fullmatch(written):
            return short
    return None


def _rank_boundary_ok(text: str, start: int, end: int, written: str) -> bool:
    if "." in written or written.endswith("ฯ"):
        return True
    nxt = text[end:end + 1]
    # long forms (พันตำรวจโท) can run into the name without a space
    return True if len(written) >= 6 else (nxt == "" or nxt.isspace())


def _is_thai_letter(ch: str) -> bool:
    return "\u0e01" <= ch <= "\u0e2e"


# --------------------------------------------------------------------------
# offices, positions, task words

ORG_PREFIXES = (
    "ทุกสำนัก", "ทุกกอง", "ทุกฝ่าย", "ทุกส่วน", "ทุกงาน", "ทุกกลุ่ม", "ทุกสายงาน", "ทุกหน่วย",
    "ทุกสถานี", "สำนัก", "กอง", "ฝ่าย", "กลุ่มงาน", "กลุ่ม", "งาน", "ศูนย์", "ศปท.", "แผนก",
    "หน่วยงาน", "สถานีตำรวจ", "สภ.", "สน.", "ภ.จว.", "คณะทำงาน", "คณะกรรมการ", "สายงาน",
    "ชุดปฏิบัติการ", "ตู้ยาม", "ส่วนราชการ", "โรงเรียน", "โรงพยาบาล", "เทศบาล",
    "องค์การบริหาร", "อบต.", "อบจ.", "ทต.", "ทม.", "ทน.", "สำนักงาน", "ชมรม", "หน่วยตรวจสอบ",
)
POSITION_PREFIXES = (
    "รองผู้", "รอง", "ผู้อำนวยการ", "ผู้กำกับ", "ผู้บังคับ", "ผู้บัญชาการ", "ผู้ว่าราชการ",
    "ผู้ช่วย", "ผู้บริหาร", "ผู้ตรวจ", "ผู้จัดการ", "ผู้ใหญ่บ้าน", "กำนัน",
    "หัวหน้า", "หน.", "สารวัตร", "สว.", "ผกก.", "ผบก.", "ผบ.", "ผอ.", "ปลัด", "นายก", "นายอำเภอ",
    "เจ้าหน้าที่", "จนท.", "เจ้าพนักงาน", "นักวิชาการ", "นักทรัพยากร", "นักจัดการ", "นักวิเคราะห์",
    "นักประชาสัมพันธ์", "นักบริหาร", "นิติกร", "พนักงาน", "ข้าราชการ", "เลขานุการ", "ประธาน",
    "Admin", "admin", "ADMIN", "แอดมิน", "พงส.", "ครู", "อาจารย์", "พยาบาล", "แพทย์", "สิบเวร",
    # posts that begin like a title (นาย/นาง) and heads named after their office
    "นายช่าง", "นายสัตวแพทย์", "นายทะเบียน", "นายเวร", "นางพยาบาล", "สาธารณสุขอำเภอ", "สาธารณสุขจังหวัด", "จ่าอำเภอ",
    # a university's heads
    "คณบดี", "อธิการบดี",
)
# the level that ends a civil-service post ("นักวิชาการสาธารณสุขชำนาญการ", "นายช่างโยธาชำนาญงาน")
POSITION_LEVELS = r"(?:ชำนาญการพิเศษ|ชำนาญการ|ชำนาญงาน|ปฏิบัติการ|ปฏิบัติงาน|อาวุโส|เชี่ยวชาญ|ทรงคุณวุฒิ|ทักษะพิเศษ)"
# abbreviations that are positions when they start a dotted word
_POSITION_ABBR = ("สว.", "ผกก.", "ผบก.", "ผบ.", "ผอ.", "หน.", "จนท.", "รอง", "พงส.", "ปลัด", "ผช.", "ผวจ.", "รอง.")
# words that begin a description of the task, not a party
TASK_WORDS = (
    "จัดทำ", "ควบคุม", "ดำเนินการ", "มอบหมาย", "มอบ", "รวบรวม", "ประสาน", "ลงเผยแพร่", "เผยแพร่",
    "รายงาน", "นำ", "ติดตั้ง", "ดูแล", "กำกับ", "ตรวจสอบ", "รับผิดชอบ", "ทำการ", "ทำป้าย", "ทำหน้าที่",
    "ให้คำแนะนำ", "ให้", "ตอบแบบ", "ปฏิบัติ", "การ", "สำรวจ", "พร้อม", "ตาม", "เพื่อ", "ทราบ", "ซึ่ง",
    "ที่", "เป็น", "ผู้ควบคุม", "ผู้ปฏิบัติ", "ผู้ดูแล", "ผู้รวบรวม", "ผู้จัดทำ", "แจ้ง", "ส่ง", "ลง",
    "จัด", "ทำ", "ติด", "ประชาสัมพันธ์", "อบรม", "ชี้แจง", "ใน", "ของ", "แก่", "ณ", "ทุกวัน", "ทุกเดือน",
    "เมื่อ", "หาก", "กรณี", "ตั้งแต่", "ภายใน",
)
# task verbs that may be glued to the party before them ("งานอำนวยการจัดทำแผ่นป้าย")
_GLUED_TASKS = ("จัดทำ", "ควบคุม", "ดำเนินการ", "มอบหมาย", "รวบรวม", "ประสาน", "รายงานผล", "เป็นผู้",
                "ลงเผยแพร่", "นำไป", "ติดตั้ง", "ผู้ควบคุม", "ผู้ปฏิบัติ", "ผู้ดูแล", "ทำป้าย", "ให้คำแนะนำ",
                "กำกับ", "ตอบแบบ", "ทำการ", "พร้อมด้วย", "ในการ", "เพื่อ")
# words that start a party and may be glued to the word before them
_GLUED_PARTIES = ("คณะทำงาน", "คณะกรรมการ")
_OFFICE_NAME_VERBS = ("ควบคุม", "ประสาน")  # verbs that also open office names (งานควบคุมโรค)
_AFTER_OFFICE_WORD = "".join(f"(?<!{w})" for w in ("งาน", "ฝ่าย", "กลุ่ม", "กอง", "ส่วน", "ศูนย์"))
_SEPARATORS = ("และ", "หรือ", "กับ", "พร้อมด้วย", "ร่วมกับ", "โดย", ",", "/", "และหรือ", "รวมทั้ง")
_CONTINUERS = ("ทุกนาย", "ทุกคน", "ทั้ง", "แต่ละ", "ทุก", "ประจำ", "ที่เกี่ยวข้อง", "ผู้รับผิดชอบ")
_JOIN_NEXT = ("รอง", "หัวหน้า", "ทั้ง", "แต่ละ")  # bare words that take the next word with them
_PREPOSITIONS = ("ณ", "ที่", "ใน", "ของ", "แก่", "ต่อ", "จาก", "บน", "กับ", "ตาม", "ถึง", "ยัง")
_QUANTIFIERS = re.compile(r"\s*(?:ทุกนาย|ทุกคน|ทุกท่าน)$")
_THAI = "\u0e01-\u0e2e\u0e30-\u0e4e\u0e50-\u0e59"  # letters, vowels, marks, digits (not ฯ)


@lru_cache(maxsize=1 << 12)
def _pre_split(text: str) -> str:
    """Put spaces around glued task verbs and separators so tokens are words.
    Cached: some thirty substitutions per call, and units write the same
    owner cells ("หัวหน้าสถานี", "ทุกฝ่าย") in report after report."""
    text = text.lstrip("*•-– ")
    text = re.sub(r"^\((?=[\u0e01-\u0e4e])", "", text)
    text = re.sub(r"\((?=ให้|โดย)", " ", text)
    # a person in parentheses after an office: "งานพัสดุ (นายสมศักดิ์ พลเยี่ยม)" is office + person
    text = re.sub(r"\(\s*([^()]{3,60}?)\s*\)",
                  lambda m: f" {m.group(1)} " if match_rank(m.group(1)) is not None else m.group(0), text)
    for verb in _GLUED_TASKS:
        # glued to a preceding Thai letter, digit, ฯ or dot, but not part of ผู้... role words;
        # "ข้อมูลเพื่อการพัฒนา" inside an office name is not a task
        tail = r"(?!การ)" if verb == "เพื่อ" else ""
        # nor right after an office word: "งานควบคุมโรค", "ฝ่ายประสานงาน" name offices
        guard = _AFTER_OFFICE_WORD if verb in _OFFICE_NAME_VERBS else ""
        text = re.sub(r"(?<=[" + _THAI + r"ฯ\.\)])(?<!ผู้)" + guard + r"(?=" + re.escape(verb) + tail + ")", " ", text)
    text = _ranks_apart(text)
    # a person glued to the post before them (PDF text): "...ปฏิบัติงานนายอนุชา", "กองคลังนางสาวพิมพ์ชนก"
    text = re.sub(r"(" + POSITION_LEVELS + r")(?=(?:นางสาว|นาย|นาง|น\.ส\.)[\u0e01-\u0e4e])", r"\1 ", text)
    not_title = "|".join(map(re.escape, _NOT_A_TITLE))
    text = re.sub(r"(?<=[\u0e01-\u0e4e])(?<!ผู้)(?!" + not_title + r")(?=(?:นางสาว|นาย|นาง)[\u0e01-\u0e4e]{2,}\s[\u0e01-\u0e4e]{2,})",
                  " ", text)
    for word in _GLUED_PARTIES:
        text = re.sub(r"(?<=[" + _THAI + r"])(?<!ผู้)(?=" + re.escape(word) + ")", " ", text)
    text = " ".join(_split_glued_offices(tok) for tok in text.split(" "))
    # two posts a PDF cell's lines ran together: "หัวหน้าสำนักปลัดนักวิชาการคอมพิวเตอร์" (not the office
    # "สำนักวิชาการ", not "รองนักวิชาการ...")
    text = re.sub(r"(?<=[\u0e01-\u0e4e])(?<!สำ)(?<!รอง)(?<!ผู้ช่วย)(?=(?:นักวิชาการ|นักจัดการ|นักวิเคราะห์|นักทรัพยากรบุคคล|"
                  r"นักประชาสัมพันธ์|เจ้าพนักงาน)[\u0e01-\u0e4e])", " ", text)
    # a name glued to the post after it, a PDF cell's two lines joined: "บุญมาผู้อำนวยการกองช่าง" (not a post
    # that goes on with another, "ปลัดอำเภอหัวหน้ากลุ่มงานทะเบียนและบัตร")
    text = " ".join(tok if tok.startswith(POSITION_PREFIXES) else _GLUED_HEAD_POST.sub(" ", tok) for tok in text.split(" "))
    # a party glued to the word that joins it to the one before: "... ครูชำนาญการ ร่วมกับงานประชาสัมพันธ์"
    text = re.sub(r"(?<=[\u0e01-\u0e4e])(?=ร่วมกับ|พร้อมด้วย)", " ", text)  # glued to it too (a PDF line's end)
    text = re.sub(r"(?:(?<=\s)|^)(ร่วมกับ|พร้อมด้วย)(?=[\u0e01-\u0e4e])", r"\1 ", text)
    text = _PERSON_GLUED_TO_POST.sub(r"\1 ", text)
    # a party glued after the word that introduces it: "พร้อมด้วยเจ้าหน้าที่", "มอบหมายเจ้าหน้าที่"
    text = re.sub(r"(ผู้ควบคุม|ด้วย|มอบหมาย|ฯ)(?=และ|หรือ|เจ้าหน้าที่|หัวหน้า|ข้าราชการ)", r"\1 ", text)
    text = re.sub(r"/\s+(?=(?:กอง|ฝ่าย|งาน|สำนัก|ส่วน|แผนก)(?:\s|$|/|,))", "/", text)
    # a position abbreviation glued to the office before it: "งานอำนวยการสว.อก.๖"
    text = re.sub(r"(?<=[\u0e01-\u0e2e\u0e30-\u0e4e])(?<!รอง)(?=(?:สว|ผกก|ผบก|ผบ|ผอ|จนท|พงส)\.)", " ", text)
    text = re.sub(r"(?<=[" + _THAI + r"])(?=(?:ผู้ควบคุม|ผู้ปฏิบัติ)[" + _THAI + "])", " ", text)
    text = re.sub(r"(ผู้ควบคุม|ผู้ปฏิบัติ)(?=[" + _THAI + "])", r"\1 ", text)
    text = re.sub(r"(?<=\S)ผู้(?=\s|$)", " ผู้", text)  # "สว.อก.๗ผู้ ควบคุม"
    text = re.sub(r"(^|\s)(มอบหมาย|มอบ)(?=งาน|ให้)", r"\1\2 ", text)
    text = re.sub(r"(?<=[" + _THAI + r"])(โดย)(?=\s|$)", r" \1", text)
    text = re.sub(r"(^|\s)ให้(?=งาน|ฝ่าย|กอง|สำนัก)", r"\1ให้ ", text)
    prefixes = "|".join(map(re.escape, POSITION_PREFIXES + ORG_PREFIXES))
    text = re.sub(r"(?<![" + _THAI + r"])(และ|หรือ)(?=" + prefixes + ")", r"\1 ", text)
    # "กลุ่มงานประกันสุขภาพและ กลุ่มงานบริหารทั่วไป" (a PDF cell's wrap after the joining word)
    text = re.sub(r"(?<=[\u0e01-\u0e4e]{3})(และ|หรือ)(?=\s+(?:" + prefixes + "))", r" \1", text)
    # "... และกองช่าง": a joining word before a party; inside a committee's name only before one
    # ("คณะกรรมการความปลอดภัย อาชีวอนามัย และสภาพแวดล้อมในการทำงาน" is one committee)
    after = r"(?=(?:" + prefixes + r"|นาย|นาง|[\u0e01-\u0e2e]{1,3}\.))" if text.startswith("คณะ") else r"(?=[\u0e01-\u0e4e])"
    text = re.sub(r"(?<=\s)(และ|หรือ)" + after, r"\1 ", text)
    text = re.sub(r"/\s+", " / ", text)
    text = re.sub(r"\s+/", " / ", text)
    text = re.sub(r",", " , ", text)
    return _WS_RE.sub(" ", text).strip()


# posts that open with a word no Thai name ends in, glued to the person before them: a scan's cell
# lines "นางสุดา ใจดี" / "นักวิชาการเงินและบัญชี" joined with no space. Only after a civil title and
# a name: "พนักงานเจ้าหน้าที่" is one post.
_GLUED_POSTS = ("นักวิชาการ", "นักจัดการ", "นักวิเคราะห์", "นักทรัพยากรบุคคล", "นักประชาสัมพันธ์", "นักบริหาร",
                "เจ้าหน้าที่", "เจ้าพนักงาน", "ครูชำนาญการ", "ครูผู้ช่วย", "ครูเชี่ยวชาญ")
_PERSON_GLUED_TO_POST = re.compile(
    r"((?<![\u0e01-\u0e4e])(?!" + "|".join(_NOT_A_TITLE) + r")(?:นางสาว|นาย|นาง|น\.ส\.)[\u0e01-\u0e4e]{2,}"
    r"(?:\s[\u0e01-\u0e4e]{2,})?)(?=" + "|".join(_GLUED_POSTS) + r")")

_OFFICE_START = re.compile(r"^(?:กลุ่มงาน|กลุ่ม|กอง|สำนัก|งาน|ฝ่าย|ศูนย์)")
_INNER_OFFICE = re.compile(r"(?<=[\u0e01-\u0e4e])(?<!ผู้อำนวยการ)(?<!หัวหน้า)(?=กลุ่มงาน|กอง(?!ทุน)|สำนักปลัด)")


# after three Thai letters (a word, not inside an abbreviation "งาน.อก."), two dotted letters
_DOTTED_START = re.compile(r"(?<=[\u0e01-\u0e4e]{3})(?=[\u0e01-\u0e2e]{1,2}\.[\u0e01-\u0e2e]{1,2}\.)")


def _ranks_apart(text: str) -> str:
    """A rank a PDF cell's lines ran onto the office before it ("งานอำนวยการร.ต.อ.หญิง ปิยะนุช"),
    apart from it: only where a rank does start (`match_rank`), not a post's abbreviation."""
    cuts = [m.start() for m in _DOTTED_START.finditer(text) if match_rank(text, m.start()) is not None]
    for at in reversed(cuts):
        text = f"{text[:at]} {text[at:]}"
    return text


def _split_glued_offices(token: str) -> str:
    """Two office names a PDF cell ran together ("กลุ่มงานบริหารทั่วไปกลุ่มงานทรัพยากรบุคคล",
    "กองการศึกษากองช่าง"): apart, when the token itself opens with an office word."""
    if len(token) < 10 or not _OFFICE_START.match(token):
        return token
    split = token[:4] + _INNER_OFFICE.sub(" ", token[4:])
    # "กองช่างและกองคลัง": the joining word goes apart too, not with the first office
    return re.sub(r"(?<=[\u0e01-\u0e4e])(ร่วมกับ|และ|หรือ|กับ) ", r" \1 ", split)


@dataclass
class _Party:
    raw: list[str]
    rank: str | None = None
    name: str | None = None
    position: str | None = None
    org: str | None = None

    def row(self) -> OwnerRow:
        return OwnerRow(
            raw=clean(" ".join(t for t in self.raw if t)),
            rank=self.rank,
            person_name=self.name,
            position=clean(self.position) or None,
            org_unit=clean(self.org) or None,
        )

    @property
    def empty(self) -> bool:
        return not (self.rank or self.name or self.position or self.org)


_ITEM_RE = re.compile(
    r"(?:(?<=\s)|(?<=^)|(?<=,)|(?<=ฯ)|(?<=[\u0e01-\u0e4e])(?=[0-9๐-๙]{1,2}\.(?:[ก-ฮ]\.){1,3}))"
    r"\(?[0-9๐-๙]{1,2}(?:\.|\))(?![0-9๐-๙])\s*"
)
_TAGS_RE = re.compile(r"<[^>]+>")
_WS_RE = re.compile(r"\s+")


def clean(text: str | None) -> str:
    if not text:
        return ""
    text = _TAGS_RE.sub(" ", text)
    text = _WS_RE.sub(" ", text)
    return text.strip(" ,;:-–/")


def split_items(text: str) -> list[str]:
    """Split "๑.พ.ต.ท.ก ... ๒.ร.ต.อ.ข ..." into its numbered items (or [text])."""
    text = clean(text)
    starts = list(_ITEM_RE.finditer(text))
    if not starts:
        return [text] if text else []
    out = []
    head = text[: starts[0].start()].strip()
    if head:
        out.append(head)
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(text)
        piece = text[m.end():end].strip()
        if piece:
            out.append(piece)
    return out


_GLUED_HEAD_POST = re.compile(r"(?<=[\u0e01-\u0e4e])(?<!รอง)(?<!ช่วย)(?<!ผู้)(?=(?:ผู้อำนวยการ|หัวหน้า)[\u0e01-\u0e4e])")
_TRAILING_GLOSS = re.compile(r"\s*\(\s*[A-Za-z][A-Za-z0-9 .,'’&/\-–]*\)\s*$")


_PHONE_OR_MAIL = re.compile(r"\s*(?:โทร(?:ศัพท์)?\.?|Tel\.?|มือถือ)\s*[:：]?\s*[0-9๐-๙][0-9๐-๙\-\s]{6,}[0-9๐-๙]"
                            r"(?:\s*ต่อ\s*[0-9๐-๙]+)?|\s*(?:e-?mail\s*[:：]?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.I)


def parse_owners(text: str | None) -> list[OwnerRow]:
    """One OwnerRow per responsible party written in `text`.

    >>> [(o.rank, o.person_name, o.position) for o in parse_owners("๑.พ.ต.ท.วุฒินนท์ฯ สว.อก.ฯ ๒.ร.ต.อ.เกียรติศักดิ์ฯ รอง สว.จร.ฯ")]
    [('พ.ต.ท.', 'วุฒินนท์', 'สว.อก.ฯ'), ('ร.ต.อ.', 'เกียรติศักดิ์', 'รอง สว.จร.ฯ')]
    """
    text = clean(_PHONE_OR_MAIL.sub(" ", text or ""))  # "... นิติกรชำนาญการ โทร. 086-712-3304": no party's name
    gloss = _TRAILING_GLOSS.search(text)
    if gloss and not gloss.group(0).strip(" ()").startswith(POSITION_PREFIXES):
        text = text[: gloss.start()]  # "คณบดี (Dean)": an English gloss is no party ("(admin)" is a post)
    if not text or text in ("-", "–") or re.fullmatch(r"[0-9๐-๙.,%\s\-–]+", text):
        return []  # (a number, as an average row puts under the owner column, is no party)
    # an office with its person in parentheses: "งานพัสดุ (นายสมศักดิ์ พลเยี่ยม)" is one party
    m = re.fullmatch(r"(?P<org>[^()]+?)\s*\(\s*(?P<person>[^()]+?)\s*\)", text)
    if m and match_rank(m.group("person")) is not None:
        org, person = parse_owners(m.group("org")), parse_owners(m.group("person"))
        if len(org) == 1 and len(person) == 1 and org[0].org_unit and not (org[0].person_name or org[0].position) \
                and person[0].person_name and not person[0].org_unit:
            person[0].org_unit = org[0].org_unit
            person[0].raw = text
            return person
    rows: list[OwnerRow] = []
    for item in split_items(text):
        rows.extend(p.row() for p in _parse_item(item) if not p.empty)
    seen = set()
    out = []
    for r in rows:
        key = (r.rank, r.person_name, r.position, r.org_unit)
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out


def _starts_party(line: str) -> bool:
    t = line.strip()
    if not t:
        return False
    if re.match(r"^\(?[0-9๐-๙]{1,2}[\.\)]", t) or match_rank(t) is not None:
        return True
    word = t.split()[0]
    return word.startswith(POSITION_PREFIXES + ORG_PREFIXES) or ("." in word and word.startswith(_POSITION_ABBR))


def parse_owner_lines(text: str | None) -> list[OwnerRow]:
    """Owners of a cell whose lines each start a party ("กลุ่มงานบริหารทรัพยากรทั่วไป" /
    "สำนักงานคลังจังหวัดพัทลุง"): one party per line, where a line that only gives a post
    (or an office) completes the person on the line above ("นายสมบัติ แก้วมณี" / "นักวิชาการ...");
    a line that starts no party continues the line above (a wrapped cell), joined as a wrapped
    line is (`join_wrapped`: "กอง" / "ยุทธศาสตร์และงบประมาณ" is one office, no space inside)."""
    if not text or "\n" not in text.strip():
        return parse_owners(text)
    logical: list[str] = []
    for ln in text.split("\n"):
        ln = ln.strip()
        if not ln:
            continue
        if logical and not _starts_party(ln):
            logical[-1] = join_wrapped([logical[-1], ln])
        else:
            logical.append(ln)
    if len(logical) < 2:
        return parse_owners(" ".join(logical))
    # "กลุ่มงานประกันสุขภาพและ" / "กลุ่มงานบริหารทั่วไป": the word that joins two parties ends the line above
    logical = [re.sub(r"\s*(?:และ|หรือ|,|/)$", "", ln) if k + 1 < len(logical) else ln for k, ln in enumerate(logical)]
    parsed = [parse_owners(ln) for ln in logical]
    if not all(parsed):
        return parse_owners(" ".join(logical))
    if _post_only(parsed[0]) and _bare_person(parsed[1]):
        return _unique(_posts_over_persons(parsed))
    out: list[OwnerRow] = []
    for rows in parsed:
        if out and len(rows) == 1 and rows[0].rank is None and rows[0].person_name is None:
            prev, r = out[-1], rows[0]
            if prev.person_name and r.position and not r.org_unit and not prev.position and not prev.org_unit:
                prev.position = r.position
                prev.raw = clean(f"{prev.raw} {r.raw}")
                continue
            # (a person whose post is given already keeps an office line apart: two parties; so does a post
            # alone, "รองผู้อำนวยการโรงเรียน" / "กลุ่มบริหารงานทั่วไป": the post and the office each own it)
            if prev.person_name and r.org_unit and not r.position and not prev.org_unit and not prev.position:
                prev.org_unit = r.org_unit
                prev.raw = clean(f"{prev.raw} {r.raw}")
                continue
        out.extend(rows)
    return _unique(out)


def _post_only(rows: list[OwnerRow]) -> bool:
    return len(rows) == 1 and bool(rows[0].position) and not rows[0].person_name and not rows[0].org_unit


def _bare_person(rows: list[OwnerRow]) -> bool:
    return len(rows) == 1 and bool(rows[0].person_name) and not rows[0].position


def _posts_over_persons(parsed: list[list[OwnerRow]]) -> list[OwnerRow]:
    """A cell that writes each post over its holder ("ปลัดอำเภออาวุโส" / "นายวรพล สิทธิโชค" /
    "เจ้าพนักงานธุรการชำนาญงาน" / "นางรัชนี บุญมาก"): each person with the post above them."""
    out: list[OwnerRow] = []
    k = 0
    while k < len(parsed):
        if _post_only(parsed[k]) and k + 1 < len(parsed) and _bare_person(parsed[k + 1]):
            person, post = parsed[k + 1][0], parsed[k][0]
            if k + 2 < len(parsed) and _post_only(parsed[k + 2]) \
                    and not (k + 3 < len(parsed) and _bare_person(parsed[k + 3])):
                # "หัวหน้าฝ่ายอำนวยการฯ" / "นางสาวศิริพร วงศ์ใหญ่" / "นักวิชาการคอมพิวเตอร์ชำนาญการ": the post
                # under the name, with none for a next name, is the person's; the one above stands alone
                below = parsed[k + 2][0]
                person.position, person.raw = below.position, clean(f"{person.raw} {below.raw}")
                out.extend([post, person])
                k += 3
                continue
            person.position, person.raw = post.position, clean(f"{post.raw} {person.raw}")
            out.append(person)
            k += 2
        else:
            out.extend(parsed[k])
            k += 1
    return out


def _unique(rows: list[OwnerRow]) -> list[OwnerRow]:
    seen = set()
    out = []
    for r in rows:
        key = (r.rank, r.person_name, r.position, r.org_unit)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def _phrases(item: str) -> list[tuple[str, object]]:
    """The item as a sequence of (kind, value): person, position, org, task, sep."""
    text = _pre_split(item)
    out: list[tuple[str, object]] = []
    state: str | None = None  # position / org / task
    words: list[str] = []

    def flush():
        nonlocal words, state
        if words and state in ("position", "org"):
            value = _QUANTIFIERS.sub("", " ".join(words)).strip()
            if value:
                out.append((state, value))
        elif words and state == "task":
            out.append(("task", " ".join(words)))
        words = []
        state = None

    i = 0
    n = len(text)
    last_kind: str | None = None  # kind of the last position/org phrase
    after_sep = False
    while i < n:
        if text[i] == " ":
            i += 1
            continue
        rk = match_rank(text, i)
        if rk:
            rank, j = rk
            name, j2, _ = _read_name(text, j)
            if name:
                flush()
                out.append(("person", (rank, name, text[i:j2])))
                i = j2
                # a post in parentheses right after the name: "นางสาวกัลยา ศรีสุข (หัวหน้างานการเงิน)"
                pm = re.match(r"\s*\(([^()]{2,80})\)", text[i:])
                if pm and pm.group(1).strip().startswith(POSITION_PREFIXES):
                    out.append(("position", pm.group(1).strip()))
                    i += pm.end()
                continue
        j = text.find(" ", i)
        j = n if j < 0 else j
        word = text[i:j]
        i = j
        if word in _SEPARATORS:
            if state in ("position", "org"):
                last_kind = state
            flush()
            out.append(("sep", word))
            after_sep = True
            continue
        was_after_sep, after_sep = after_sep, False
        prev = words[-1] if words else ""
        is_number = bool(re.fullmatch(r"[0-9๐-๙]+", word))
        continuing = state in ("position", "org") and (
            word.startswith(_CONTINUERS) or prev in _JOIN_NEXT or is_number
            or (state == "org" and "." in word and not word.startswith(_POSITION_ABBR))
            or prev.endswith("ทั้ง") or bool(re.fullmatch(r"[0-9๐-๙]+", prev))
        )
        if continuing:
            words.append(word)
            continue
        if state == "org" and words and words[0].startswith("คณะ") \
                and (not word.startswith(_PREPOSITIONS + ("ผู้",)) or word.startswith("ในการ")) \
                and not word.startswith(POSITION_PREFIXES + ORG_PREFIXES):
            words.append(word)  # a committee's name runs on: "คณะทำงานขับเคลื่อนและ กำกับติดตาม..."
            continue
        if state == "task" and _after_preposition(words):
            words.append(word)  # "ณ จุดบริการ สภ.จังหวัด", "ของ สภ.จังหวัด": a place, not a party
            continue
        if word == "ผู้" or word.startswith(("ผู้ควบคุม", "ผู้ปฏิบัติ", "ผู้ดูแล")):
            if state != "task":
                flush()
                state = "task"
            words.append(word)
            continue
        if word.startswith(POSITION_PREFIXES):
            flush()
            state = "position"
            words = [word]
            continue
        if word.startswith(ORG_PREFIXES) and not word.startswith("การ"):
            flush()
            state = "org"
            words = [word]
            continue
        if "." in word and word.startswith(_POSITION_ABBR):
            flush()
            state = "position"
            words = [word]
            continue
        if word.startswith(TASK_WORDS):
            if state != "task":
                flush()
                state = "task"
            words.append(word)
            continue
        if state in ("position", "org", "task"):
            words.append(word)
            continue
        if was_after_sep and last_kind and word not in _SEPARATORS:
            state = last_kind  # "กองคลัง และสันนัก...": the same kind of party
            words = [word]
            continue
        # an unknown word outside any phrase: an abbreviation reads as a position
        if "." in word:
            state = "position"
            words = [word]
            continue
        state = "task"
        words = [word]
    flush()
    return _merge_phrases(out)


# a whole unit (station, municipality, hospital, ...): a post's own office when it follows the post
_UNIT_WORDS = ("สภ.", "สน.", "สถานีตำรวจ", "ภ.จว.", "อบต.", "อบจ.", "ทต.", "ทม.", "ทน.", "เทศบาล", "องค์การบริหาร",
               "โรงพยาบาล", "รพ.", "รพ.สต.", "โรงเรียน", "อำเภอ", "จังหวัด", "สำนักงานสาธารณสุข")
# staff categories are no post: "ข้าราชการตำรวจ สภ.จังหวัด" stays category + office
_STAFF_WORDS = ("ข้าราชการ", "เจ้าหน้าที่", "จนท.", "พนักงาน", "บุคลากร", "ลูกจ้าง")
_OFFICE_LEVELS = (("งาน", 1), ("ฝ่าย", 2), ("แผนก", 2), ("กลุ่มงาน", 2), ("กลุ่ม", 2), ("ศูนย์", 2), ("คณะ", 2),
                  ("กอง", 3), ("สำนัก", 3), ("ส่วน", 3))


def _office_level(org: str) -> int:
    if org.startswith(_UNIT_WORDS):
        return 4
    return max((lvl for w, lvl in _OFFICE_LEVELS if org.startswith(w)), default=0)


def _merge_phrases(items: list[tuple[str, object]]) -> list[tuple[str, object]]:
    """Join what the grammar split but a reader reads as one party:
    a post and its own unit ("ปลัด อบต.", "รอง ผกก.(สอบสวน) สภ.โนนสะอาด") is one position;
    an office and the larger office it belongs to ("งานพัสดุ กองคลัง",
    "คณะกรรมการ ITA โรงพยาบาล") is one org."""
    out: list[tuple[str, object]] = []
    for kind, value in items:
        if out and kind == "org" and isinstance(value, str):
            pk, pv = out[-1]
            if pk == "position" and isinstance(pv, str) and value.startswith(_UNIT_WORDS) \
                    and not pv.startswith(_STAFF_WORDS):
                out[-1] = ("position", f"{pv} {value}")
                continue
            if pk == "org" and isinstance(pv, str) and 0 < _office_level(pv) < _office_level(value):
                out[-1] = ("org", f"{pv} {value}")
                continue
        out.append((kind, value))
    return out


def _after_preposition(words: list[str]) -> bool:
    for w in words[-3:]:
        if w in _PREPOSITIONS or w.endswith(("กับ", "ของ")) or w.startswith(("ตาม", "ณ")):
            return True
    return False


def _parse_item(item: str) -> list[_Party]:
    parties: list[_Party] = []
    attach: _Party | None = None  # the party a following phrase may complete
    for kind, value in _phrases(item):
        if kind == "person":
            rank, name, raw = value  # type: ignore[misc]
            attach = _Party(raw=[raw], rank=rank, name=name)
            parties.append(attach)
        elif kind in ("sep", "task"):
            attach = None
        elif kind == "position":
            if attach is not None and attach.name and attach.position is None and attach.org is None:
                attach.position = value  # type: ignore[assignment]
                attach.raw.append(value)  # type: ignore[arg-type]
            else:
                attach = _Party(raw=[value], position=value)  # type: ignore[arg-type]
                parties.append(attach)
        elif kind == "org":
            if attach is not None and attach.org is None and (attach.name or attach.position):
                attach.org = value  # type: ignore[assignment]
                attach.raw.append(value)  # type: ignore[arg-type]
            else:
                attach = _Party(raw=[value], org=value)  # type: ignore[arg-type]
                parties.append(attach)
    return parties


def _word_start(text: str, i: int) -> bool:
    return i == 0 or text[i - 1].isspace() or text[i - 1] in ",(/." or not _is_thai_letter(text[i - 1])


_NAME_STOP = POSITION_PREFIXES + ORG_PREFIXES + TASK_WORDS + _SEPARATORS


def _read_name(text: str, pos: int) -> tuple[str | None, int, bool]:
    """Read "ชื่อ สกุล" or "ชื่อฯ" starting at pos; returns (name, end, truncated)."""
    i = pos
    while i < len(text) and text[i] == " ":
        i += 1
    m = re.match(r"[\u0e01-\u0e2e\u0e30-\u0e4e]+(?:\.[\u0e01-\u0e2e\u0e30-\u0e4e]{3,}(?=ฯ|\s|$))?ฯ?", text[i:])
    if not m:
        return None, pos, False
    first = m.group(0)
    end = i + m.end()
    if len(first.rstrip("ฯ")) < 2:
        return None, pos, False
    if first.endswith("ฯ"):
        return first[:-1], end, True
    if _looks_like_position(first):
        return None, pos, False
    j = end
    while j < len(text) and text[j] == " ":
        j += 1
    if j > end:
        m2 = re.match(r"[\u0e01-\u0e2e\u0e30-\u0e4e]+ฯ?(?=$|[\s,/])", text[j:])
        m4 = re.match(r"([\u0e01-\u0e2e\u0e30-\u0e4e]{2,}?)(?=" + _GLUED_POSITION + ")", text[j:])
        if m4 and not m4.group(1).startswith(_NAME_STOP) and (m2 is None or m4.end() < m2.end()):
            return f"{first} {m4.group(1)}", j + m4.end(), False  # "ชัยมงคลรองปลัดเทศบาล" (PDF glue)
        if m2:
            sur = m2.group(0)
            after = text[j + m2.end():].lstrip()
            if sur.endswith("รอง") and len(sur) >= 5 and after.startswith(_POSITION_ABBR + POSITION_PREFIXES):
                # "ศรีบุญรอง สว.อก." (PDF glue across a line): "รอง" opens the post after the surname
                return f"{first} {sur[:-3]}", j + m2.end() - 3, False
            if len(sur.rstrip("ฯ")) >= 2 and not sur.startswith(_NAME_STOP) and not _looks_like_position(sur):
                return f"{first} {sur.rstrip('ฯ')}", j + m2.end(), sur.endswith("ฯ")
        # a surname glued to the position after it (PDF text): "มงคลศรีสว.ผอ.ภ.จว."
        m3 = re.match(r"([\u0e01-\u0e2e\u0e30-\u0e4e]{2,}?)(?=(?:สว|ผกก|ผบก|ผบ|ผอ|จนท|หน|รอง\s?ผ[กบอ])[\.\s]?)",
                      text[j:])
        if m2 is None and m3 and not m3.group(1).startswith(_NAME_STOP):
            rest = text[j + m3.end():]
            if re.match(r"(?:สว|ผกก|ผบก|ผบ|ผอ|จนท|หน)\.|รอง\s?ผ", rest):
                return f"{first} {m3.group(1)}", j + m3.end(), False
    return first, end, False


# civil positions that a PDF glues to the surname before them ("ชัยมงคลรองปลัดเทศบาล")
_GLUED_POSITION = ("(?:นักวิชาการ|นักวิเคราะห์|นักจัดการ|นักบริหาร|นักทรัพยากร|นักประชาสัมพันธ์|ผู้อำนวยการ|หัวหน้า"
                   "|รองปลัด|ปลัด(?:เทศบาล|อบต|องค์การ|อำเภอ|จังหวัด)|รองนายก|นายก(?:เทศมนตรี|องค์การ|อบต)|เจ้าหน้าที่"
                   "|เจ้าพนักงาน|นิติกร|ผู้ช่วย|รองผู้|พยาบาลวิชาชีพ|เภสัชกร|ทันตแพทย์|นายช่าง)")


def _looks_like_position(word: str) -> bool:
    return word.startswith(POSITION_PREFIXES + ORG_PREFIXES) or match_rank(word) is not None


# --------------------------------------------------------------------------
# a single person line (committee member, signatory, supervisor)

_ROLE_RE = re.compile(r"(?:^|\s)เป็น\s?(?P<role>\S.*)$")


@dataclass
class PersonParse:
    rank: str | None
    name: str | None
    position: str | None
    role: str | None
    end: int = 0


def parse_person(text: str) -> PersonParse | None:
    """Read "[๑.] rank name surname position [เป็นrole]" (rank optional if a name follows a title).

    >>> p = parse_person("๑. พันตำรวจโท สุภาพ หารี รองผู้กำกับการป้องกันปราบปรามฯ เป็นหัวหน้าคณะทำงาน")
    >>> (p.rank, p.name, p.position, p.role)
    ('พ.ต.ท.', 'สุภาพ หารี', 'รองผู้กำกับการป้องกันปราบปรามฯ', 'หัวหน้าคณะทำงาน')
    """
    t = clean(text)
    t = re.sub(r"^\(?[0-9๐-๙]{1,2}[\.\)]\s*", "", t)
    role = None
    m = _ROLE_RE.search(t)
    if m:
        role = clean(m.group("role"))
        t = t[: m.start()].strip()
    ranked = rank_and_name(t)
    if ranked is None:
        return None
    rank, name, j2 = ranked
    position = clean(t[j2:]) or None
    return PersonParse(rank=rank, name=name, position=position, role=role, end=j2)


def rank_and_name(t: str) -> tuple[str, str, int] | None:
    """(rank, name, end) of a text that opens with a rank or title and a name."""
    rk = match_rank(t, 0)
    if not rk:
        return None
    rank, j = rk
    name, end, _ = _read_name(t, j)
    return (rank, name, end) if name else None


_GLUE_BEFORE = ("ให้", "โดยมี", "มี", "โดย", "และ", "กับ", "ของ", "ด้วย", "แก่", "จาก", "ถึง", "คือ")


def find_persons(text: str) -> list[tuple[int, int, str, str]]:
    """All (start, end, rank, name) of persons written in running text.

    Police/military ranks are found anywhere ("มอบหมายให้พันตำรวจโท สุภาพ"); civil
    titles (นาย, นาง) only at a word start or after a joining word ("โดยมีนายสมคิด").
    """
    out = []
    i = 0
    while i < len(text):
        rk = match_rank(text, i)
        if rk:
            rank, j = rk
            written = text[i:j]
            distinctive = "." in written or len(written) >= 6
            ok = _word_start(text, i) or distinctive or text[:i].endswith(_GLUE_BEFORE)
            if ok:
                name, j2, _ = _read_name(text, j)
                if name:
                    out.append((i, j2, rank, name))
                    i = j2
                    continue
        i += 1
    return out


# "สป. = สำนักปลัดองค์การบริหารส่วนจังหวัด  กค. = กองคลัง": a legend of the abbreviations a table uses
_LEGEND_PAIR = re.compile(r"(?P<abbr>[\u0e01-\u0e2e]{1,5}\.(?:\s?[\u0e01-\u0e2e]{1,4}\.)*)\s*[=:：]\s*"
                          r"(?P<full>[\u0e01-\u0e4e][^=:：]*?)(?=\s+[\u0e01-\u0e2e]{1,5}\.(?:\s?[\u0e01-\u0e2e]{1,4}\.)*\s*[=:：]|\s*$)")


def abbreviation_legend(texts: list[str]) -> dict[str, str]:
    """Abbreviation -> what it stands for, from legend lines ("* อักษรย่อ...: สป. = สำนักปลัด... กค. =
    กองคลัง"): only lines with at least two "X. = ..." pairs (one "=" is likely a sum or a note)."""
    out: dict[str, str] = {}
    for text in texts:
        if text.count("=") < 2:
            continue
        pairs = [(compact_abbr(m.group("abbr")), clean(m.group("full"))) for m in _LEGEND_PAIR.finditer(text)]
        if len(pairs) >= 2:
            out.update(pairs)
    return out


def compact_abbr(text: str) -> str:
    return re.sub(r"\s+", "", text)


def owners_by_legend(owners: list[OwnerRow], legend: dict[str, str]) -> list[OwnerRow]:
    """Owners written as abbreviations the document's legend spells out: an office ("กค." =
    กองคลัง) is an org unit, kept as printed (the legend is the reader's key, not the record)."""
    for o in owners:
        if o.position and not o.person_name and not o.org_unit:
            full = legend.get(compact_abbr(o.position))
            if full and full.startswith(ORG_PREFIXES + ("หน่วย",)) and not full.startswith(POSITION_PREFIXES):
                o.org_unit, o.position = o.position, None
    return owners
