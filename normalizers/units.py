"""Thai government unit names: abbreviations, provinces, unit types, and
finding the units a text mentions.

A unit name is a stem ("สถานีตำรวจภูธร", "เทศบาลตำบล", "สำนักงานสาธารณสุข
อำเภอ", ...) followed by a proper name. Thai runs words together, so the
proper name ends where the text goes on with an ordinary word ("...เขวา
สินรินทร์ควรจัดให้..."): the name is read token by token (PyThaiNLP newmm)
and cut at function words and common report vocabulary, at a location word
(อำเภอ, จังหวัด, ตำบล) or at anything that is not a Thai letter. A location
written after the name ("อำเภอกันทรวิชัย จังหวัดมหาสารคาม", also on the next
line) is read as the unit's province, not as part of its name.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from pythainlp.tokenize import word_tokenize

from normalizers.thai_text import normalize_thai_text, thai_digits_to_arabic

__all__ = [
    "PROVINCES",
    "PROVINCE_ALIASES",
    "MINISTRIES",
    "UNIT_TYPES",
    "Unit",
    "expand_unit_abbreviations",
    "province_in",
    "provinces_in",
    "unit_type_of",
    "find_unit_names",
    "parse_unit",
]

PROVINCES: tuple[str, ...] = (
    "กรุงเทพมหานคร", "กระบี่", "กาญจนบุรี", "กาฬสินธุ์", "กำแพงเพชร", "ขอนแก่น",
    "จันทบุรี", "ฉะเชิงเทรา", "ชลบุรี", "ชัยนาท", "ชัยภูมิ", "ชุมพร", "เชียงราย",
    "เชียงใหม่", "ตรัง", "ตราด", "ตาก", "นครนายก", "นครปฐม", "นครพนม",
    "นครราชสีมา", "นครศรีธรรมราช", "นครสวรรค์", "นนทบุรี", "นราธิวาส", "น่าน",
    "บึงกาฬ", "บุรีรัมย์", "ปทุมธานี", "ประจวบคีรีขันธ์", "ปราจีนบุรี", "ปัตตานี",
    "พระนครศรีอยุธยา", "พะเยา", "พังงา", "พัทลุง", "พิจิตร", "พิษณุโลก",
    "เพชรบุรี", "เพชรบูรณ์", "แพร่", "ภูเก็ต", "มหาสารคาม", "มุกดาหาร",
    "แม่ฮ่องสอน", "ยโสธร", "ยะลา", "ร้อยเอ็ด", "ระนอง", "ระยอง", "ราชบุรี",
    "ลพบุรี", "ลำปาง", "ลำพูน", "เลย", "ศรีสะเกษ", "สกลนคร", "สงขลา", "สตูล",
    "สมุทรปราการ", "สมุทรสงคราม", "สมุทรสาคร", "สระแก้ว", "สระบุรี",
    "สิงห์บุรี", "สุโขทัย", "สุพรรณบุรี", "สุราษฎร์ธานี", "สุรินทร์", "หนองคาย",
    "หนองบัวลำภู", "อ่างทอง", "อำนาจเจริญ", "อุดรธานี", "อุตรดิตถ์", "อุทัยธานี",
    "อุบลราชธานี",
)  # fmt: skip

PROVINCE_ALIASES: dict[str, str] = {
    "กรุงเทพฯ": "กรุงเทพมหานคร",
    "กรุงเทพ": "กรุงเทพมหานคร",
    "กทม.": "กรุงเทพมหานคร",
    "กทม": "กรุงเทพมหานคร",
    "อยุธยา": "พระนครศรีอยุธยา",
    "พระนครศรีอยุทธยา": "พระนครศรีอยุธยา",
    "สุราษฏร์ธานี": "สุราษฎร์ธานี",
    "สุราษร์ธานี": "สุราษฎร์ธานี",
    "กาฬสินธ์": "กาฬสินธุ์",
    "กาฬสินธุ": "กาฬสินธุ์",
    "บุรีรัมย": "บุรีรัมย์",
    "เพชรบูรณ": "เพชรบูรณ์",
    "อุตรดิตถ": "อุตรดิตถ์",
    "สิงหบุรี": "สิงห์บุรี",
    "ประจวบฯ": "ประจวบคีรีขันธ์",
    "นครศรีฯ": "นครศรีธรรมราช",
    "อุบลฯ": "อุบลราชธานี",
    "โคราช": "นครราชสีมา",
    "แม่ฮองสอน": "แม่ฮ่องสอน",
}

# Provinces whose name is also an everyday word or a common first name: only
# taken after จังหวัด/จ. ("เผยแพร่", "ล่วงเลย", "ตากแดด").
_AMBIGUOUS_PROVINCES = frozenset(
    {"เลย", "แพร่", "ตาก", "น่าน", "ตรัง", "ตราด", "ยะลา", "สตูล", "ชุมพร", "พังงา", "ระนอง", "พิจิตร", "สุรินทร์", "ชัยนาท"}
)

MINISTRIES: tuple[str, ...] = (
    "กลาโหม", "การคลัง", "การต่างประเทศ", "การท่องเที่ยวและกีฬา",
    "การพัฒนาสังคมและความมั่นคงของมนุษย์",
    "การอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม", "เกษตรและสหกรณ์", "คมนาคม",
    "ดิจิทัลเพื่อเศรษฐกิจและสังคม", "ทรัพยากรธรรมชาติและสิ่งแวดล้อม", "พลังงาน",
    "พาณิชย์", "มหาดไทย", "ยุติธรรม", "แรงงาน", "วัฒนธรรม", "ศึกษาธิการ",
    "สาธารณสุข", "อุตสาหกรรม",
)  # fmt: skip
_MINISTRY_ABBR: dict[str, str] = {
    "กห": "กลาโหม", "กค": "การคลัง", "กต": "การต่างประเทศ", "กก": "การท่องเที่ยวและกีฬา",
    "พม": "การพัฒนาสังคมและความมั่นคงของมนุษย์",
    "อว": "การอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม", "กษ": "เกษตรและสหกรณ์",
    "คค": "คมนาคม", "ดศ": "ดิจิทัลเพื่อเศรษฐกิจและสังคม",
    "ทส": "ทรัพยากรธรรมชาติและสิ่งแวดล้อม", "พน": "พลังงาน", "พณ": "พาณิชย์",
    "มท": "มหาดไทย", "ยธ": "ยุติธรรม", "รง": "แรงงาน", "วธ": "วัฒนธรรม",
    "ศธ": "ศึกษาธิการ", "สธ": "สาธารณสุข", "อก": "อุตสาหกรรม",
}  # fmt: skip

UNIT_TYPES = (
    "police_station", "provincial_police", "municipality", "subdistrict_admin",
    "provincial_admin", "province", "district_office", "ministry_office",
    "department", "hospital", "health_office", "school", "other",
)  # fmt: skip

_THAI_LETTERS = "\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4e"
_RE_THAI_LETTER = re.compile(f"[{_THAI_LETTERS}]")


@dataclass
class Unit:
    """A unit as the database stores it: canonical full name, type, and the
    province (without the word จังหวัด) when known."""

    name: str
    unit_type: str
    province: str | None = None
    district: str | None = field(default=None, compare=False)


# --------------------------------------------------------------------------
# provinces

_PROVINCE_FORMS: list[tuple[str, str]] = sorted(
    [(p, p) for p in PROVINCES] + list(PROVINCE_ALIASES.items()),
    key=lambda x: -len(x[0]),
)


def _province_at(text: str, pos: int) -> tuple[str, int] | None:
    """(canonical province, end) for a province name starting at `pos`."""
    for form, canon in _PROVINCE_FORMS:
        if text.startswith(form, pos):
            return canon, pos + len(form)
    return None


_RE_PROVINCE_MARK = re.compile(r"(?:จังหวัด|จ\.)\s?")
_RE_PROVINCE_BARE = re.compile(
    "|".join(re.escape(p) for p, _ in _PROVINCE_FORMS if p not in _AMBIGUOUS_PROVINCES and len(p) >= 5)
)


def provinces_in(s: str | None) -> list[str]:
    """Provinces a text names, in order, each once: after จังหวัด/จ. always,
    bare names only when they cannot be ordinary words."""
    if not s:
        return []
    text = _prepare(s)
    found: list[tuple[int, str]] = []
    for m in _RE_PROVINCE_MARK.finditer(text):
        hit = _province_at(text, m.end())
        if hit:
            found.append((m.start(), hit[0]))
    for m in _RE_PROVINCE_BARE.finditer(text):
        canon = PROVINCE_ALIASES.get(m.group(0), m.group(0))
        found.append((m.start(), canon))
    out: list[str] = []
    for _, p in sorted(found):
        if p not in out:
            out.append(p)
    return out


def province_in(s: str | None) -> str | None:
    """The province a text names (canonical, without จังหวัด), or None.

    An explicit "จังหวัดX"/"จ.X" wins over a bare name; a name that is also
    an ordinary word (เลย, แพร่, ตาก, ...) only counts after จังหวัด/จ.
    """
    if not s:
        return None
    text = _prepare(s)
    for m in _RE_PROVINCE_MARK.finditer(text):
        hit = _province_at(text, m.end())
        if hit:
            return hit[0]
    m = _RE_PROVINCE_BARE.search(text)
    if m:
        return PROVINCE_ALIASES.get(m.group(0), m.group(0))
    return None


# --------------------------------------------------------------------------
# abbreviations

# Unit abbreviations that mean one thing wherever they stand, longest first.
_ABBREVIATIONS: list[tuple[str, str]] = [
    (r"สำนักงาน\s?ป\.\s?ป\.\s?ช\.", "สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ"),
    (r"สำนักงาน\s?ป\.\s?ป\.\s?ท\.", "สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตในภาครัฐ"),
    (r"สนง\.\s?ป\.\s?ป\.\s?ช\.", "สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ"),
    (r"รพ\.?\s?สต\.", "โรงพยาบาลส่งเสริมสุขภาพตำบล"),
    (r"ภ\.\s?จว\.", "ตำรวจภูธรจังหวัด"),
    (r"ภ\.\s?(?=[0-9๐-๙])", "ตำรวจภูธรภาค "),
    (r"กทม\.", "กรุงเทพมหานคร"),
    (r"อบต\.", "องค์การบริหารส่วนตำบล"),
    (r"อบจ\.", "องค์การบริหารส่วนจังหวัด"),
    (r"สสอ\.", "สำนักงานสาธารณสุขอำเภอ"),
    (r"สสจ\.", "สำนักงานสาธารณสุขจังหวัด"),
    (r"สพป\.", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษา"),
    (r"สพม\.", "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา"),
    (r"สนง\.", "สำนักงาน"),
    (r"สภ\.(?!\s?จว\.)", "สถานีตำรวจภูธร"),
    (r"สน\.(?=\s?[ก-ฮเแโใไ])", "สถานีตำรวจนครบาล"),
    (r"ทต\.", "เทศบาลตำบล"),
    (r"ทม\.", "เทศบาลเมือง"),
    (r"ทน\.", "เทศบาลนคร"),
    (r"รพ\.", "โรงพยาบาล"),
    (r"รร\.", "โรงเรียน"),
    (r"ตร\.(?<![.\u0e01-\u0e4e]ตร\.)(?![\u0e01-\u0e4e])", "สำนักงานตำรวจแห่งชาติ"),
]
# Every pattern here and below starts with a letter, not a look-behind (which
# is written after the abbreviation's letters, looking back past them): the
# regex engine then tries only the positions holding such a letter, where a
# leading look-behind made it try every position of a whole document.
_RE_SP_MINISTRY = re.compile(r"สป\.\s?(" + "|".join(_MINISTRY_ABBR) + r")\.")
_RE_ABBR = re.compile("|".join(f"(?:{p})" for p, _ in _ABBREVIATIONS))
_ABBR_COMPILED = [(re.compile(p), r) for p, r in _ABBREVIATIONS]
# Location abbreviations: only when what follows reads as a place.
_RE_CHANGWAT = re.compile(r"จ\.(?<![\u0e01-\u0e2e]\.จ\.)\s?(?=[\u0e01-\u0e4e])")
_RE_AMPHOE = re.compile(
    r"อ\.(?<![.\u0e01-\u0e4e]อ\.)\s?(?P<name>[\u0e01-\u0e4e]{2,30}?)(?=\s*(?:จังหวัด|จ\.))"
    r"|อ\.(?<![.\u0e01-\u0e4e]อ\.)\s?(?P<muang>เมือง[\u0e01-\u0e4e]*)"
)
_RE_TAMBON = re.compile(
    r"ต\.(?<![.\u0e01-\u0e4e]ต\.)\s?(?P<name>[\u0e01-\u0e4e]{2,30}?)(?=\s*(?:อำเภอ|อ\.|เขต))"
)


def _expand_fixed(m: re.Match[str]) -> str:
    for pattern, repl in _ABBR_COMPILED:
        hit = pattern.match(m.string, m.start())
        if hit and hit.end() == m.end():
            return repl
    return m.group(0)  # pragma: no cover - every alternative is in the table


def expand_unit_abbreviations(s: str) -> str:
    """Spell out unit abbreviations: "สภ.จันทรา" -> "สถานีตำรวจภูธรจันทรา",
    "ภ.จว.มหาสารคาม" -> "ตำรวจภูธรจังหวัดมหาสารคาม", "อบต.", "อบจ.", "ทต.",
    "ทม.", "ทน.", "สสอ.", "สสจ.", "รพ.", "รพ.สต.", "สป.มท." ->
    "สำนักงานปลัดกระทรวงมหาดไทย", "สำนักงาน ป.ป.ช.", ...

    The one-letter location abbreviations are generic (จ.ส.ต. is a police
    rank, อ. also means อาจารย์), so they are expanded only where they read
    as a place: "จ." before a province name, "อ." before a name followed by
    จังหวัด/จ. (or "อ.เมือง..."), "ต." before a name followed by อำเภอ/อ.
    """
    if not s:
        return ""
    s = _RE_SP_MINISTRY.sub(lambda m: "สำนักงานปลัดกระทรวง" + _MINISTRY_ABBR[m.group(1)], s)
    s = _RE_ABBR.sub(_expand_fixed, s)

    def changwat(m: re.Match[str]) -> str:
        return "จังหวัด" if _province_at(s, m.end()) else m.group(0)

    s = _RE_CHANGWAT.sub(changwat, s)
    s = _RE_AMPHOE.sub(lambda m: "อำเภอ" + (m.group("name") or m.group("muang")), s)
    s = _RE_TAMBON.sub(lambda m: "ตำบล" + m.group("name"), s)
    return s


# --------------------------------------------------------------------------
# reading names

# Words that end a proper name when the text runs on without a space.
_STOP_TOKENS = frozenset(
    """
    ของ ได้ ได้รับ มี มีผล มีการ ไม่ จึง ขอ ควร จะ ยัง ต้อง ก็ เป็น คือ ว่า และ หรือ กับ แก่ ต่อ
    จาก ใน ที่ ซึ่ง โดย เพื่อ ให้ ตาม ทุก ทั้ง แต่ แล้ว นั้น นี้ ดังนี้ ดังกล่าว ประจำ ประจำปี ปี
    ปีงบประมาณ งบประมาณ ครั้ง ครั้งที่ เรื่อง ประกาศ คำสั่ง สังกัด ภายใต้ ภายใน ดำเนินการ ดำเนิน
    ร่วม ร่วมกับ รับ รับทราบ ทราบ เข้า ไป มา ผ่าน อยู่ ระดับ คะแนน ผลคะแนน ผล การ ความ
    เกี่ยวกับ จำนวน รวม ผู้ เจ้าหน้าที่ บุคลากร ประชาชน หน่วยงาน ส่วนราชการ ได้แก่ เช่น ถึง ณ
    เมื่อ หาก ถ้า ยกระดับ พัฒนา ประเมิน กำหนด จัดทำ มาตรการ แผน โครงการ กิจกรรม เป็นต้น อื่น
    อื่นๆ ทั่วไป ทั่วประเทศ แห่ง ด้วย พร้อม ขึ้น ลง เอง ต่าง ต่างๆ ฯลฯ อำเภอ จังหวัด ตำบล หมู่ รอบ
    หมู่ที่ ถนน เลขที่ โทร โทรศัพท์ เว็บไซต์ สถานี ทุกนาย ทุกคน ทุกแห่ง สำนักงาน กอง กลุ่ม
    กลุ่มงาน งาน ฝ่าย วันที่ เดือน ตั้งแต่ จนถึง สู่ จัด ใช้ เพื่อให้ โดยมี ซึ่งมี บริการ
    ให้บริการ ยื่น ส่ง แจ้ง เห็น เห็นควร ควบคุม กำกับ กำกับดูแล ดูแล อนุมัติ ลงนาม ปฏิบัติ
    ปฏิบัติงาน ปฏิบัติราชการ ประชุม จัดประชุม หัวหน้า นายก ผู้อำนวยการ ผู้กำกับ ปลัด รอง
    สาธารณะ เผยแพร่ รายงาน ข้อมูล ตอบ แบบ ตรวจ ตรวจสอบ ชี้แจง เข้าร่วม ด้าน ทาง เพียง
    ประกอบ ประกอบด้วย ต่อไป เป็นผู้ เป็นไป อันจะ อัน เนื่องจาก เพราะ ทำ ทำให้ ทำการ
    สำหรับ บางส่วน แต่ละ ทั้งหมด ทั้งนี้ ดังต่อไปนี้ นำ เสนอ ขออนุญาต อนุญาต เท่านั้น
    เรียน ถือ ถือปฏิบัติ กล่าว เพิ่ม เพิ่มเติม ตั้ง แต่งตั้ง มอบ มอบหมาย เกิด
    เคลื่อนที่ คณะ คณะทำงาน คณะกรรมการ อย่าง อย่างเคร่งครัด อย่างต่อเนื่อง อย่างทั่วถึง เคร่งครัด ต่อเนื่อง ทั่วถึง ทุกระดับ ทุกแผนก
    รายวัน รายสัปดาห์ รายเดือน รายไตรมาส รายปี
    """.split()
)
# Dictionary words that begin with a function word ("ยังมี", "ได้ทำ") end a
# name too, after its first word.
_STOP_PREFIXES = (
    "ยัง", "ได้", "จึง", "ไม่", "ควร", "ต้อง", "มีการ", "มีผล", "ซึ่ง", "เพื่อ", "ให้", "และ",
    "หรือ", "ของ", "ที่", "ทุก", "ประจำ", "ดำเนิน", "โดย", "อย่าง",
)  # fmt: skip
# Multi-syllable markers cut anywhere (tokenisers may glue them to the name).
_CUT_SUBSTRINGS = ("อำเภอ", "จังหว", "ตำบล", "ประจำปี", "ปีงบประมาณ", "มีผล", "ครั้งที่", "สังกัด", "ภายใต้", "ภายใน", "ในสังกัด")
# Words that make a unit word generic when its "name" starts with them.
# "ผู้...": a role run onto a position (PDF), "...ผู้อำนวยการโรงเรียนผู้ตรวจรายงานการประชุม"
# "หัวหน้า...", "ลงชื่อ": a post or a signature line run onto a post's unit word ("ปลัดอำเภอหัวหน้างานทะเบียน",
# "ปลัดองค์การบริหารส่วนตำบล" / "ลงชื่อ....")
_GENERIC_FIRST = ("ทุก", "แต่ละ", "ต่างๆ", "ดังกล่าว", "นั้น", "นี้", "อื่น", "ผู้", "หัวหน้า", "ลงชื่อ", "เป็น")
# Words that end many place names ("นาดีพัฒนา", "ศรีธาตุพัฒนา") though a verb elsewhere: kept when they end the run
_NAME_ENDINGS = frozenset({"พัฒนา"})
# Programme / award names built on a unit word ("โครงการโรงเรียนสุจริต").
_PROGRAM_NAMES = frozenset("สุจริต คุณธรรม วิถีพุทธ ต้นแบบ ดีเด่น ในฝัน ประชารัฐ ปลอดภัย ส่งเสริมสุขภาพ".split())
# Place names that begin with a stop word.
_NAME_START_OK = ("ในเมือง",)

_RE_THAI_RUN = re.compile(f"[{_THAI_LETTERS}ๆ]+")


@lru_cache(maxsize=4096)
def _tokens(run: str) -> tuple[str, ...]:
    return tuple(word_tokenize(run, engine="newmm", keep_whitespace=False))


# Content words that institution names are built of ("โรงเรียนโพนทองพัฒนาวิทยา",
# "กรมพัฒนาที่ดิน", "กรมส่งเสริมการเกษตร"): they do not end a school's or a department's name.
_NAME_WORDS = frozenset("พัฒนา ที่ดิน ส่งเสริม การ ความ ประชา ทรัพย์สิน".split())
_LENIENT_STEMS = ("โรงเรียน", "กรม", "วิทยาลัย", "มหาวิทยาลัย")
_LENIENT_CUT_PREFIXES = ("กระทรวง", "สำนักงาน", "จังหวัด", "อำเภอ", "ตำบล", "คณะ")


def _cut_name(run: str, lenient: bool = False) -> str:
    """The proper-name prefix of a run of Thai letters ("" if none). `lenient`:
    an institution's name, ended only by a function word."""
    for marker in _CUT_SUBSTRINGS:
        i = run.find(marker)
        if i != -1:
            run = run[:i]
    if not run:
        return ""
    if any(run.startswith(p) for p in _NAME_START_OK):
        skip_first = True
    else:
        skip_first = False
    toks = _tokens(run)
    if not toks:
        return ""
    if (toks[0] in _STOP_TOKENS and not (lenient and toks[0] in _NAME_WORDS) or toks[0].startswith(_GENERIC_FIRST)) and not skip_first:
        return ""  # "อำเภอทุกฝ่าย", "โรงเรียนแต่ละแห่ง": no proper name
    out = toks[0]
    for k, tok in enumerate(toks[1:], start=1):
        if lenient and tok in _NAME_WORDS:
            out += tok
            continue
        if tok in _NAME_ENDINGS and k == len(toks) - 1:
            out += tok  # "โรงพยาบาลศรีธาตุพัฒนา": a place name's last word, not a verb running on
            continue
        if tok in _STOP_TOKENS or tok.startswith(_STOP_PREFIXES) or (lenient and tok.startswith(_LENIENT_CUT_PREFIXES)):
            break
        out += tok
    out = out.rstrip("ฯ")
    if out in _PROGRAM_NAMES:
        return ""  # "โรงเรียนสุจริต", "โรงเรียนคุณธรรม": a programme, not a unit
    return out


def _read_name(text: str, pos: int, allow_space: bool = True, lenient: bool = False) -> tuple[str, int] | None:
    """A proper name right after a stem (one space allowed before it)."""
    start = pos
    if allow_space and text[pos : pos + 1] in (" ", "\u00a0") and _RE_THAI_LETTER.match(text, pos + 1):
        start = pos + 1
    m = _RE_THAI_RUN.match(text, start)
    if not m:
        return None
    name = _cut_name(m.group(0), lenient)
    if len(name) < 2:
        return None
    if start > pos and len(name) < len(m.group(0)) and not _location_follows(m.group(0)[len(name) :]):
        # "สำนักงานสาธารณสุขอำเภอ บางครั้งที่...": after a space, only a
        # word standing alone (or followed by its location) is a name.
        return None
    return name, start + len(name)


def _location_follows(rest: str) -> bool:
    return rest.startswith(("อำเภอ", "จังหวัด", "ตำบล"))


def _read_province(text: str, pos: int) -> tuple[str, int] | None:
    start = pos + 1 if text[pos : pos + 1] == " " else pos
    hit = _province_at(text, start)
    if hit:
        return hit
    return None


def _edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (insertions, deletions, substitutions) between two names."""
    return _edit_distance(a, b)


_MINISTRY_RES = [
    (re.compile(r"\s?".join(re.escape(part) for part in name.split(" ")).replace(r"\ ", r"\s?")), name)
    for name in sorted(MINISTRIES, key=len, reverse=True)
]


def _read_ministry(text: str, pos: int) -> tuple[str, int] | None:
    """A ministry name after กระทรวง, exact or with a small typo
    ("มาไทย" -> มหาดไทย)."""
    start = pos + 1 if text[pos : pos + 1] == " " else pos
    for rx, name in _MINISTRY_RES:
        m = rx.match(text, start)
        if m:
            return name, m.end()
    run = _RE_THAI_RUN.match(text, start)
    if not run:
        return None
    word = run.group(0)
    best: tuple[int, str, int] | None = None
    for name in MINISTRIES:
        target = name.replace(" ", "")
        if len(target) < 5:
            continue
        for length in range(max(1, len(target) - 2), len(target) + 3):
            if length > len(word):
                break
            d = _edit_distance(word[:length], target)
            if d <= 2 and d <= 0.3 * len(target) and (best is None or d < best[0]):
                best = (d, name, start + length)
    if best:
        return best[1], best[2]
    return None


_RE_ZONE = re.compile(r"\s?เขต\s?(?P<n>[0-9๐-๙]{1,2})(?![0-9๐-๙])")


@dataclass(frozen=True)
class _Stem:
    text: str
    canonical: str
    unit_type: str
    kind: str  # name, province, number, ministry, fixed, zone


_STEMS: list[_Stem] = [
    _Stem("สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ", "", "other", "fixed"),
    _Stem("สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตในภาครัฐ", "", "other", "fixed"),
    _Stem("สำนักงานปลัดสำนักนายกรัฐมนตรี", "", "ministry_office", "fixed"),
    _Stem("สำนักนายกรัฐมนตรี", "", "ministry_office", "fixed"),
    _Stem("สำนักงานตำรวจแห่งชาติ", "", "department", "fixed"),
    _Stem("เมืองพัทยา", "", "municipality", "fixed"),
    _Stem("กรุงเทพมหานคร", "", "province", "fixed"),
    _Stem("สำนักงานเขตพื้นที่การศึกษาประถมศึกษา", "", "other", "zone"),
    _Stem("สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา", "", "other", "zone"),
    _Stem("โรงพยาบาลส่งเสริมสุขภาพตำบล", "", "hospital", "name"),
    _Stem("องค์การบริหารส่วนตำบล", "", "subdistrict_admin", "name"),
    _Stem("องค์การบริหารส่วนจังหวัด", "", "provincial_admin", "province"),
    _Stem("สำนักงานสาธารณสุขจังหวัด", "", "health_office", "province"),
    _Stem("สำนักงานสาธารณสุขอำเภอ", "", "health_office", "name"),
    _Stem("สำนักงานปลัดกระทรวง", "", "ministry_office", "ministry"),
    # The head's title names the office ("เรียน สาธารณสุขอำเภอไทยเจริญ").
    _Stem("สาธารณสุขจังหวัด", "สำนักงานสาธารณสุขจังหวัด", "health_office", "province"),
    _Stem("สาธารณสุขอำเภอ", "สำนักงานสาธารณสุขอำเภอ", "health_office", "name"),
    _Stem("ที่ทำการปกครองจังหวัด", "", "province", "province"),
    _Stem("ที่ทำการปกครองอำเภอ", "", "district_office", "name"),
    _Stem("สถานีตำรวจภูธร", "", "police_station", "name"),
    _Stem("สถานีตำรวจนครบาล", "", "police_station", "name"),
    _Stem("ตำรวจภูธรจังหวัด", "", "provincial_police", "province"),
    _Stem("ตำรวจภูธรภาค", "ตำรวจภูธรภาค ", "provincial_police", "number"),
    _Stem("สำนักงานจังหวัด", "", "province", "province"),
    _Stem("เทศบาลตำบล", "", "municipality", "name"),
    _Stem("เทศบาลเมือง", "", "municipality", "name"),
    _Stem("เทศบาลนคร", "", "municipality", "name"),
    _Stem("มหาวิทยาลัย", "", "other", "name"),
    _Stem("วิทยาลัย", "", "school", "name"),
    _Stem("โรงพยาบาล", "", "hospital", "name"),
    _Stem("โรงเรียน", "", "school", "name"),
    _Stem("สำนักงานเขต", "", "district_office", "name"),
    _Stem("กระทรวง", "", "ministry_office", "ministry"),
    _Stem("จังหวัด", "", "province", "province"),
    _Stem("อำเภอ", "", "district_office", "name"),
    _Stem("กรม", "", "department", "name"),
]
# "สำนักงาน<something>จังหวัด/อำเภอ<name>": provincial and district offices
# of central agencies (สำนักงานเกษตรจังหวัด..., สำนักงานพัฒนาชุมชนอำเภอ...).
_GENERIC_OFFICE = r"สำนักงาน(?P<mid>[\u0e01-\u0e4e]{2,30}?)(?P<loc>จังหวัด|อำเภอ)"
_RE_STEM = re.compile(
    "|".join(
        [f"(?P<s{i}>{re.escape(s.text)})" for i, s in sorted(enumerate(_STEMS), key=lambda x: -len(x[1].text))]
        + [f"(?P<g>{_GENERIC_OFFICE})"]
    )
)
_STEM_INDEX = {f"s{i}": s for i, s in enumerate(_STEMS)}
# Every match of _RE_STEM starts with one of these literals (a stem, or the
# generic office's "สำนักงาน").
_STEM_OPENINGS = tuple({s.text for s in _STEMS} | {"สำนักงาน"})


def _stem_starts(text: str) -> list[int]:
    """Sorted positions where a match of _RE_STEM may start: where one of
    its opening literals occurs (found with str.find, far faster than the
    regex trying its ~60 alternatives at every char)."""
    starts: set[int] = set()
    for opening in _STEM_OPENINGS:
        at = text.find(opening)
        while at != -1:
            starts.add(at)
            at = text.find(opening, at + 1)
    return sorted(starts)


def _search_stem(text: str, pos: int, starts: list[int]) -> re.Match | None:
    """_RE_STEM.search(text, pos), trying only the positions in `starts`
    (`_stem_starts(text)`): the same match, since the pattern has no
    look-behind and can only start at those positions."""
    for at in starts[bisect.bisect_left(starts, pos):]:
        m = _RE_STEM.match(text, at)
        if m:
            return m
    return None

_RE_BANGKOK = re.compile(r"กรุงเทพมหานคร|กรุงเทพฯ")
_RE_LOC_WORD = re.compile(r"(?P<w>ตำบล|อำเภอ|เขต|แขวง|จังหวัด)\s?")
_DEPT_BAD_BEFORE = ("กว่า", "ระดับ", "ทุก", "ภายใน", "ระหว่าง", "แต่ละ")
# Function words that cannot be inside the middle of "สำนักงาน...จังหวัด".
_MID_STOPS = frozenset(
    "ของ ได้ และ หรือ ที่ ใน ซึ่ง โดย เพื่อ ให้ ทุก ทุกแห่ง กับ แก่ ต่อ จาก ภายใน ระดับ ประจำ ตาม เป็น มี ไม่ ทั่ว".split()
)


def _trailing_location(text: str, pos: int) -> tuple[str | None, str | None, int]:
    """Read "ตำบลX อำเภอY จังหวัดZ" (any subset, in order, spaces or one line
    break between) after a name: (province, district, end)."""
    province: str | None = None
    district: str | None = None
    end = pos
    cur = pos
    newlines = 0
    while True:
        m = re.match(r"[ \t,]*(\n?)[ \t]*", text[cur:])
        gap = m.group(0) if m else ""
        if m and m.group(1):
            newlines += 1
            if newlines > 1:
                break
        p = cur + len(gap)
        bkk = _RE_BANGKOK.match(text, p)
        if bkk:
            province, end = "กรุงเทพมหานคร", bkk.end()
            break
        lm = _RE_LOC_WORD.match(text, p)
        if not lm:
            break
        word = lm.group("w")
        if word == "จังหวัด":
            hit = _province_at(text, lm.end())
            if not hit:
                break
            province, end = hit[0], hit[1]
            break
        run = _RE_THAI_RUN.match(text, lm.end())
        if not run:
            break
        name = run.group(0)
        for marker in ("จังหวัด", "อำเภอ", "ตำบล"):
            i = name.find(marker)
            if i > 0:
                name = name[:i]
        if len(name) < 2:
            break
        if word == "อำเภอ":
            district = name
        cur = end = lm.end() + len(name)
    return province, district, end


def _province_from_name(name: str) -> str | None:
    for candidate in (name, name[len("เมือง") :] if name.startswith("เมือง") else None):
        if candidate:
            hit = _province_at(candidate, 0)
            if hit and hit[1] == len(candidate):
                return hit[0]
    return None


def _word_boundary_before(text: str, pos: int) -> bool:
    """Does a word start at `pos` (by PyThaiNLP tokenisation of a window)?"""
    if pos == 0 or not _RE_THAI_LETTER.match(text[pos - 1]):
        return True
    lo = max(0, pos - 12)
    hi = min(len(text), pos + 12)
    offset = lo
    for tok in _tokens(text[lo:hi]):
        if offset == pos:
            return True
        offset += len(tok)
        if offset > pos:
            return False
    return offset == pos


def _match_unit(text: str, m: re.Match[str]) -> tuple[Unit, int] | None:
    """The unit whose stem `m` matched, and where its mention ends."""
    if m.group("g") is not None:
        mid, loc = m.group("mid"), m.group("loc")
        toks = _tokens(mid)
        if any(t in _MID_STOPS for t in toks) or any(st.text in mid for st in _STEMS):
            return None
        stem_text = "สำนักงาน" + mid + loc
        if loc == "จังหวัด":
            hit = _read_province(text, m.end())
            if not hit:
                return None
            return Unit(stem_text + hit[0], "other", hit[0]), hit[1]
        got = _read_name(text, m.end())
        if not got:
            return None
        name, end = got
        prov, _, end2 = _trailing_location(text, end)
        return Unit(stem_text + name, "other", prov or _province_from_name(name), district=name), end2
    stem = _STEM_INDEX[m.lastgroup or ""]
    canon = stem.canonical or stem.text
    pos = m.end()
    if stem.kind == "fixed":
        if canon == "กรุงเทพมหานคร":
            return Unit(canon, stem.unit_type, canon), pos
        prov, district, end = _trailing_location(text, pos)
        return Unit(canon, stem.unit_type, prov, district=district), end
    if stem.kind == "province":
        hit = _read_province(text, pos)
        if not hit:
            return None
        return Unit(canon + hit[0], stem.unit_type, hit[0]), hit[1]
    if stem.kind == "number":
        nm = re.match(r"\s?([0-9๐-๙]{1,2})(?![0-9๐-๙])", text[pos:])
        if not nm:
            return None
        return Unit(canon + thai_digits_to_arabic(nm.group(1)), stem.unit_type, None), pos + nm.end()
    if stem.kind == "ministry":
        got = _read_ministry(text, pos)
        if not got:
            return None
        return Unit(canon + got[0], stem.unit_type, None), got[1]
    if stem.kind == "zone":
        hit = _read_province(text, pos)
        if not hit:
            return None
        name, end = canon + hit[0], hit[1]
        zm = _RE_ZONE.match(text, end)
        if zm:
            name += " เขต " + thai_digits_to_arabic(zm.group("n"))
            end += zm.end() - zm.start()
        return Unit(name, stem.unit_type, hit[0]), end
    # kind == "name"
    if stem.text == "กรม":
        before = text[max(0, m.start() - 8) : m.start()]
        if before.endswith(_DEPT_BAD_BEFORE) or not _word_boundary_before(text, m.start()):
            return None
    got = _read_name(text, pos, lenient=stem.text in _LENIENT_STEMS)
    if not got:
        return None
    name, end = got
    prov, district, end2 = _trailing_location(text, end)
    if stem.text in ("อำเภอ", "ที่ทำการปกครองอำเภอ", "สำนักงานสาธารณสุขอำเภอ", "สาธารณสุขอำเภอ", "สำนักงานเขต"):
        district = name
    province = _province_from_name(name) or prov
    if province is None and stem.text in ("สถานีตำรวจนครบาล", "สำนักงานเขต"):
        province = "กรุงเทพมหานคร"  # both exist only in Bangkok
    return Unit(canon + thai_digits_to_arabic(name), stem.unit_type, province, district=district), end2


def _prepare(text: str) -> str:
    return expand_unit_abbreviations(normalize_thai_text(text))


def find_unit_names(text: str | None, unique: bool = True) -> list[Unit]:
    """Every unit a text names, in order of first appearance.

    Names are canonical: abbreviations expanded, NFC, Arabic digits, no stray
    spaces. A location written right after a name ("เทศบาลตำบลเขวาใหญ่
    อำเภอกันทรวิชัย จังหวัดมหาสารคาม", "สำนักงานสาธารณสุขอำเภอหนองใหญ่
    <newline> จังหวัดชลบุรี") gives the unit's province and is not reported as a
    unit of its own. With `unique`, repeated mentions are merged (a province
    learnt from any mention is kept); otherwise every mention is listed.

    A stem with no proper name after it ("ของสถานีตำรวจภูธร ประจำปี...",
    "ภายในจังหวัด") is not a unit.
    """
    if not text:
        return []
    t = _prepare(text)
    starts = _stem_starts(t)
    out: list[Unit] = []
    pos = 0
    while True:
        m = _search_stem(t, pos, starts)
        if not m:
            break
        got = _match_unit(t, m)
        if got is None:
            pos = m.end() if m.lastgroup != "g" else m.start() + len("สำนักงาน")
            continue
        unit, end = got
        out.append(unit)
        pos = max(end, m.end())
    if not unique:
        return out
    merged: dict[str, Unit] = {}
    for u in out:
        if u.name in merged:
            if merged[u.name].province is None and u.province:
                merged[u.name].province = u.province
            continue
        merged[u.name] = Unit(u.name, u.unit_type, u.province, district=u.district)
    return list(merged.values())


def parse_unit(s: str | None) -> Unit | None:
    """The first unit named in `s` (a title line, a cell), or None."""
    units = find_unit_names(s)
    return units[0] if units else None


def unit_type_of(name: str | None) -> str:
    """Type of a unit from its (possibly abbreviated) name: police_station,
    provincial_police, municipality, subdistrict_admin, provincial_admin,
    province, district_office, ministry_office, department, hospital,
    health_office, school or other."""
    if not name:
        return "other"
    text = _prepare(name).strip()
    m = _RE_STEM.match(text)
    if m:
        if m.group("g") is not None:
            return "other"
        stem = _STEM_INDEX[m.lastgroup or ""]
        if stem.text == "จังหวัด" and not _province_at(text, m.end()):
            return "other"
        return stem.unit_type
    # Names that carry their stem later ("หน่วยงานสำนักงานสาธารณสุข...").
    units = find_unit_names(text)
    return units[0].unit_type if units else "other"
