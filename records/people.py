"""Named persons a report lists outside its measures.

Read by rules:

- committee lists (table rows or lines) "[๑.] rank name surname position เป็น<role>";
- labelled fields "ผู้กำกับดูแลตัวชี้วัด : พ.ต.อ.ก ข รอง ผบก.", "ผู้จัดเก็บข้อมูล : ๑.… ๒.…",
  with the telephone written under or after them;
- sentences naming a person with a role: "โดยมี นายสุพจน์ ภูติเกียรติขจร
  รองผู้ว่าราชการจังหวัด เป็นหัวหน้าคณะกรรมการ";
- signature blocks: "(ชื่อ สกุล)" with the rank on the line above and the
  position after it.
"""

from __future__ import annotations

import re

from extractors.model import ExtractedDocument
from extractors.wraps import join_wrapped, open_brackets
from normalizers.thai_text import dot_leaders_as_colon, normalize_label, thai_digits_to_arabic
from records.model import PersonRow
from records.owners import (
    POSITION_PREFIXES, clean, find_persons, match_rank, parse_person, rank_and_name, split_items,
)
from records.tables import compact, edits_to_substring, logical_tables, role_of_header

FIELD_ROLES = (
    "ผู้กำกับดูแลตัวชี้วัด", "ผู้กำกับตัวชี้วัด", "ผู้รับผิดชอบตัวชี้วัด", "ผู้จัดเก็บข้อมูล", "ผู้เก็บข้อมูล",
    "ผู้รายงาน", "ผู้ประสานงาน", "ผู้บันทึกรายงานการประชุม", "ผู้จดรายงานการประชุม", "ผู้ตรวจรายงานการประชุม",
    "ผู้บันทึก", "ผู้จัดทำ", "ผู้ให้ข้อมูล", "ผู้รับรองข้อมูล", "ผู้อนุมัติ", "ผู้ตรวจสอบ", "ผู้เสนอ",
    "ผู้เห็นชอบ", "ผู้ลงนาม", "ผู้ติดต่อ", "ผู้ประเมิน", "ประธานการประชุม", "ประธาน",
    "เลขานุการ", "ผู้ดูแลระบบ",
)
_FIELD_RE = re.compile(
    r"(?P<role>" + "|".join(sorted(map(re.escape, FIELD_ROLES), key=len, reverse=True)) + r")\s*[:：]\s*"
)
ROLE_WORDS = (
    "ประธานกรรมการ", "ประธานการประชุม", "ประธานคณะทำงาน", "ประธานคณะกรรมการ", "รองประธานกรรมการ",
    "รองประธานคณะทำงาน", "รองประธานคณะกรรมการ", "รองประธาน",
    "ประธาน", "กรรมการและเลขานุการ", "กรรมการและผู้ช่วยเลขานุการ", "กรรมการ", "ผู้ช่วยเลขานุการ", "เลขานุการ",
    "หัวหน้าคณะทำงาน", "หัวหน้าคณะกรรมการ", "รองหัวหน้าคณะทำงาน", "รองหัวหน้าคณะกรรมการ", "คณะทำงาน",
    "คณะกรรมการ", "ที่ปรึกษา", "ผู้ประสานงาน", "ผู้แทน",
)
_ROLE_WORD_RE = re.compile("|".join(sorted(map(re.escape, ROLE_WORDS), key=len, reverse=True)))
_PHONE_RE = re.compile(r"(?:โทรศัพท์|โทร\.?|Tel\.?|มือถือ)[^0-9๐-๙]{0,20}(?P<num>[0-9๐-๙][0-9๐-๙\s\-]{6,}[0-9๐-๙](?:\s*ต่อ\s*[0-9๐-๙]+)?)")
_SIGNATURE_RE = re.compile(r"^\(\s*(?P<inner>[^()]{3,60}?)\s*\)\s*(?P<rest>.*)$")


def normalize_phone(raw: str) -> str:
    t = thai_digits_to_arabic(raw)
    ext = ""
    m = re.search(r"\s*ต่อ\s*([0-9]+)$", t)
    if m:
        ext = f" ต่อ {m.group(1)}"
        t = t[: m.start()]
    return re.sub(r"[^0-9]", "", t) + ext


def role_of(text: str) -> str | None:
    """The role in "เป็น<role>..." text: a committee word, or a ผู้... word with its object."""
    t = clean(text)
    if not t:
        return None
    m = _ROLE_WORD_RE.match(t)
    if m:
        end = m.end()
        m_and = re.match(r"\s?และ\s?(" + _ROLE_WORD_RE.pattern + ")", t[end:])
        if m_and:  # "คณะทำงานและเลขานุการ"
            end += m_and.end()
        m = re.match(r".{%d}" % end, t, re.S)
        rest = t[m.end():]
        # "คณะทำงาน/เลขานุการ", "คณะกรรมการ/ดูแลระบบ": keep the slash part
        m2 = re.match(r"\s?/\s?\S+", rest)
        return clean(t[: m.end() + (m2.end() if m2 else 0)])
    token = t.split(" ")[0]
    if token.startswith("ผู้") and len(token) <= 8 and " " in t:
        token = " ".join(t.split(" ")[:2])  # "ผู้ช่วย ควบคุมการปฏิบัติ"
    return token or None


def _person_rows_from_text(text: str, role: str, page: int | None) -> list[PersonRow]:
    out = []
    for item in split_items(text):
        p = parse_person(item)
        if p and p.name:
            out.append(PersonRow(role=role, person_name=p.name, rank=p.rank,
                                 position=normalize_label(p.position) if p.position else None, page=page))
    return out


_DONE_BY = re.compile(r"^\s*(?P<verb>จัดทำ|รายงาน|นำเสนอ|เสนอ|ตรวจสอบ|รับรอง|สรุป|บันทึก|เรียบเรียง)โดย\s*[:：]?\s*(?P<who>\S.*)$")


def _done_by(paras: list[tuple[str, int | None]], i: int) -> list[PersonRow]:
    """"นำเสนอโดย นางสาวรัตนาภรณ์ ทองคำ" (and the post on the line below): the person, role ผู้นำเสนอ."""
    text, page = paras[i]
    m = _DONE_BY.match(text)
    if not m or match_rank(m.group("who").strip(), 0) is None:
        return []
    got = _person_rows_from_text(m.group("who"), "ผู้" + m.group("verb"), page)
    below = paras[i + 1][0].strip() if i + 1 < len(paras) else ""
    if len(got) == 1 and not got[0].position and below.startswith(POSITION_PREFIXES) and len(below) <= 90:
        got[0].position = normalize_label(below)
    return got


def _fields(text: str, page: int | None) -> list[PersonRow]:
    """Labelled fields in a text: "ผู้กำกับดูแลตัวชี้วัด : ..."."""
    out = []
    matches = list(_FIELD_RE.finditer(text))
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        value = text[m.end():end]
        value = _PHONE_RE.split(value)[0] if _PHONE_RE.search(value) else value
        out.extend(_person_rows_from_text(value, m.group("role"), page))
    return out


def _phone_in(text: str) -> str | None:
    m = _PHONE_RE.search(text)
    return normalize_phone(m.group("num")) if m else None


def _sentence_roles(text: str, page: int | None) -> list[PersonRow]:
    """Persons named in running text with "เป็น<role>" after their position."""
    out = []
    persons = find_persons(text)
    for k, (start, end, rank, name) in enumerate(persons):
        stop = persons[k + 1][0] if k + 1 < len(persons) else len(text)
        tail = text[end:stop]
        m = re.search(r"(?:^|\s)เป็น\s?", tail)
        if not m or m.start() > 70:
            continue
        between = tail[: m.start()]
        if re.search(r"มอบหมาย|ให้\s|โดย|ได้|และ\s", between):
            continue
        role = role_of(tail[m.end():])
        if not role or role.startswith("ผู้รับผิดชอบ"):
            continue  # "โดยให้นาย... เป็นผู้รับผิดชอบ": a measure's owner, not a person of the report
        position = normalize_label(between) or None
        out.append(PersonRow(role=role, person_name=name, rank=rank, position=position, page=page))
    return out


# a signing role: a ผู้-word that names what the signer did to the document ("ผู้จดรายงานการประชุม",
# "ผู้ตรวจรายงานการประชุม", "ผู้รับรองข้อมูล", "ผู้เสนอ"), not a post ("ผู้ตรวจราชการ", "ผู้อำนวยการ")
_SIGN_ROLE = re.compile(
    r"^\(?ผู้(?:จด|ตรวจ|บันทึก|รับรอง|เสนอ|เห็นชอบ|อนุมัติ|จัดทำ|รายงาน|สรุป|พิมพ์|ทาน|ลงนาม|ให้ข้อมูล|ประสานงาน)"
    r"[\u0e01-\u0e4e]*(?:\s?[A-Za-z]{2,5})?\)?$"
)
# "ลงชื่อ ........ ผู้รายงาน (นางสาว... ...) position" printed on one line
_SIGN_LEAD = re.compile(r"^\(?ลงชื่อ\)?\s*(?:[.…_\s]*|(?P<signed>[^()]{4,60}?)\s+)(?P<role>ผู้[\u0e01-\u0e4e]+)?\s*(?=\()")


SIGN_WORD = "ลงชื่อ"
# the roles a signature line ends with, matched within a few edits on OCR text
SIGNING_ROLES = tuple(sorted({r for r in FIELD_ROLES if _SIGN_ROLE.match(r)} | {"ผู้รับรอง"}, key=len, reverse=True))
_THAI_WORD = re.compile(r"[\u0e01-\u0e2e][\u0e01-\u0e4e]+")
_BRACKETED_NAME = re.compile(r"^\(\s*[\u0e01-\u0e4e.]{2,}(?:\s+[\u0e01-\u0e4e.]{2,}){1,3}\s*\)")


def sign_word_spans(text: str) -> list[tuple[int, int]]:
    """Where "ลงชื่อ" stands in a line of OCR text, read exactly or up to two edits off
    ("ลงซือ", "ลงซ่อ", "ลึงซื่อ"), even glued to the word before it ("กองคลังลงซือ");
    left to right, not overlapping."""
    from rapidfuzz.distance import Levenshtein

    spans: list[tuple[int, int]] = []
    for i, ch in enumerate(text):
        if ch != "ล" or (spans and i < spans[-1][1]):
            continue
        best = min(((Levenshtein.distance(text[i:i + n], SIGN_WORD), -n) for n in range(4, 9)
                    if i + n <= len(text) and re.fullmatch(r"[\u0e01-\u0e4e]+", text[i:i + n])), default=None)
        if best is not None and best[0] <= 2:
            spans.append((i, i - best[1]))
    return spans


def ocr_signing_role(text: str) -> str | None:
    """The signing role a piece of OCR text names within a few edits ("ผู้อบมัติ" for
    ผู้อนุมัติ, "«ผุ้รายงาน" for ผู้รายงาน; one edit for a role of under eight letters,
    two for a longer one); None when none is that near, or when two roles are (the
    dotted lines of two blocks read as one: whose role it is is not known)."""
    near = [role for role in SIGNING_ROLES
            if edits_to_substring(role, text, _edits_allowed(role)) <= _edits_allowed(role)]
    # "ผู้รับรอง" in "ผู้รับรองข้อมูล" is the same role read: keep the longest
    distinct = [r for r in near if not any(r != other and r in other for other in near)]
    return distinct[0] if len(distinct) == 1 else None


def _edits_allowed(role: str) -> int:
    return 1 if len(role) < 8 else 2


# a signature line the native rules read as it is: the keyword exact at its start, nothing but
# Thai words, dots and brackets ("(ลงชื่อ) พ.ต.อ. วีรยุทธ เดชาวัฒน์ ผู้รับรอง ( วีรยุทธ เดชาวัฒน์ )")
_CLEAN_SIGNATURE_LINE = re.compile(r"^\(?ลงชื่อ\)?[\u0e01-\u0e4e\s.…_()]*$")


def signature_pieces(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """What follows each "ลงชื่อ" of a line, up to the next."""
    return [text[end: spans[k + 1][0] if k + 1 < len(spans) else len(text)] for k, (_, end) in enumerate(spans)]


def reads_natively(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the native signature rules read an OCR line as it is: every keyword exact,
    the first at its start, nothing but Thai words, dots and brackets, and every role
    spelled right. Rewriting it would lose what they read in it (a signed name and rank)."""
    return bool(_CLEAN_SIGNATURE_LINE.match(text)) and text.count(SIGN_WORD) == len(spans) \
        and all(role is None or role in piece
                for piece in signature_pieces(text, spans) for role in [ocr_signing_role(piece.split("(")[0])])


def ocr_signature_lines(text: str) -> list[str] | None:
    """An OCR line with signature blocks, as native text reads it: "ลงซือ 71 eco, ผู้อบมัติ
    (นายธนากร บุญมา)" -> ["ลงชื่อ ........ ผู้อนุมัติ (นายธนากร บุญมา)"], the dotted line's
    debris dropped, the keyword and role repaired (`ocr_signing_role`), the rank before the
    dots kept; a position line glued before it ("ตำแหน่ง ผู้อำนวยการกองคลังลงซือ ...") goes on
    a line of its own. Blocks side by side whose roles outnumber the keywords read ("arta
    ผู้เสนอ ลงชื่อ ผู้รับรอง": the first keyword lost) get one keyword a role, in order. None
    when the line has no ลงชื่อ, even misread, or reads as native text already."""
    spans = sign_word_spans(text)
    if not spans or reads_natively(text, spans):
        return None
    roles = [role for word in text.split() if (role := ocr_signing_role(word))]
    if len(roles) > len(spans) and "(" not in text:  # the names are on the line below
        return [" ".join(f"{SIGN_WORD} ........ {role}" for role in roles)]
    before = text[: spans[0][0]]
    lines = [before.strip()] if _THAI_WORD.search(before) else []
    blocks = []
    for piece in signature_pieces(text, spans):
        head, bracket, tail = piece.partition("(")
        rank = match_rank(head.strip(" .…_"), 0)
        role = ocr_signing_role(head)
        words = [rank[0] if rank else "", "........", role or ""]
        if bracket and _BRACKETED_NAME.match(bracket + tail.strip()):
            words.append(bracket + tail.strip())
        blocks.append(" ".join([SIGN_WORD, *filter(None, words)]))
    return lines + [" ".join(blocks)]


def name_without_debris(text: str) -> str:
    """A bracketed name line without what OCR read after it when that holds no Thai
    letter ("(นางวันเพ็ญ ทองคำ)          0": a speck, not a position)."""
    m = _BRACKETED_NAME.match(text)
    return m.group() if m and not _THAI_WORD.search(text[m.end():]) else text


def with_ocr_signature_lines(paras: list[tuple[str, int | None]], ocr_pages: set[int]) -> list[tuple[str, int | None]]:
    """The paragraphs with each OCR signature line repaired (`ocr_signature_lines`) where a
    bracketed Thai name on it or on the next paragraph makes it a signature block for sure
    (a wrong person is worse than a missing one), and OCR specks after a name dropped."""
    out = []
    for i, (text, page) in enumerate(paras):
        if page in ocr_pages:
            text = name_without_debris(text)
        repaired = ocr_signature_lines(text) if page in ocr_pages else None
        if repaired:
            after = repaired[-1].split("(", 1)
            nxt = paras[i + 1][0].strip() if i + 1 < len(paras) else ""
            if (len(after) == 2 and _BRACKETED_NAME.match("(" + after[1])) or _BRACKETED_NAME.match(nxt):
                out.extend((line, page) for line in repaired)
                continue
        out.append((text, page))
    return out


def _sign_lines_joined(paras: list[tuple[str, int | None]]) -> list[tuple[str, int | None]]:
    """"ลงชื่อ" alone on its line with the dotted line (and role) on the lines after it (PDF), as one line."""
    out: list[tuple[str, int | None]] = []
    for text, page in paras:
        if out and re.fullmatch(r"\(?\s*ลงชื่อ\s*\)?[\s.…_]*", out[-1][0].strip()) and re.match(r"^[.…_]{3,}", text.strip()):
            out[-1] = (f"{out[-1][0].rstrip()} {text.strip()}", out[-1][1])
            continue
        out.append((text, page))
    return out


_ROLE_CUT = re.compile(r"(?P<head>ผู้[\u0e01-\u0e4e]{0,6})$")


_GLOSS = re.compile(r"\s*\(\s*[A-Za-z][A-Za-z .,'’&/-]*\)")


def with_brackets_closed(paras: list[tuple[str, int | None]]) -> list[tuple[str, int | None]]:
    """A line that opens a bracket the next short line closes (a PDF wrapped it: "ลงชื่อ .... ผู้จัดทำ
    (Prepared" / "by)"), joined with it."""
    out: list[tuple[str, int | None]] = []
    for text, page in paras:
        if out and open_brackets(out[-1][0]) > 0 and ")" in text and len(text) <= 30 \
                and "(" not in text.split(")")[0]:
            out[-1] = (join_wrapped([out[-1][0], text]), out[-1][1])
            continue
        out.append((text, page))
    return out


def without_english_glosses(line: str) -> str:
    """A bilingual block's line without its English glosses: "ผู้จัดทำ (Prepared by)" is "ผู้จัดทำ"; a
    line that is nothing else stays (no Thai to keep)."""
    out = _GLOSS.sub("", line)
    return out if out.strip() else line


def with_wrapped_roles_joined(paras: list[tuple[str, int | None]]) -> list[tuple[str, int | None]]:
    """A signing role a narrow block wrapped (PDF): "ลงชื่อ .......... ผู้" / "รายงาน" is "ลงชื่อ ..........
    ผู้รายงาน"; only where the two parts make a signing role."""
    paras = _sign_lines_joined(paras)
    out: list[tuple[str, int | None]] = []
    skip = False
    for k, (text, page) in enumerate(paras):
        if skip:
            skip = False
            continue
        cut = _ROLE_CUT.search(text) if "ลงชื่อ" in text and k + 1 < len(paras) else None
        if cut:
            nxt = paras[k + 1][0].strip()
            if re.fullmatch(r"[\u0e01-\u0e4e]{1,20}", nxt) and not is_signing_role(cut.group("head")) \
                    and match_rank(nxt, 0) is None and is_signing_role(cut.group("head") + nxt):
                out.append((text + nxt, page))
                skip = True
                continue
        out.append((text, page))
    return out


def is_signing_role(text: str) -> bool:
    t = compact(text)
    return (t in FIELD_ROLES or bool(_SIGN_ROLE.match(t))) and "ราชการ" not in t and len(t) <= 40


def _signature(paras: list[tuple[str, int | None]], i: int) -> PersonRow | None:
    text, page = paras[i]
    text = text.strip()
    rank = None
    inline_role = None
    lead_m = _SIGN_LEAD.match(text)
    signed_rank = None
    role_first = _ROLE_BEFORE_NAME.match(text)
    if lead_m is None and role_first and is_signing_role(role_first.group("role")):
        # "ผู้ตรวจรายงานการประชุม (นางอัมพร สีหานาม)": the role under the line to sign ran onto the name (PDF)
        inline_role, text = role_first.group("role"), text[role_first.end():]
    if lead_m:
        inline_role = lead_m.group("role")
        text = text[lead_m.end():]
        if lead_m.group("signed"):
            # "(ลงชื่อ) พ.ต.อ. วีรยุทธ เดชาวัฒน์ ผู้รับรอง ( วีรยุทธ เดชาวัฒน์ )"
            rk = match_rank(lead_m.group("signed"), 0)
            if not rk:
                return None
            signed_rank, signed_name = rk[0], compact(lead_m.group("signed")[rk[1]:])
            if re.fullmatch(r"[.…_]*", signed_name):
                signed_name = None  # "(ลงชื่อ) พ.ต.อ. ......... ( ธีรวัฒน์ ... )": the rank, then the line to sign
    lead = match_rank(text, 0)
    if lead and text[lead[1]:].lstrip().startswith("("):
        rank = lead[0]  # "พันตำรวจโท (ภัทรชัย มงคลศรี) สารวัตร..." on one line (PDF)
        text = text[lead[1]:].lstrip()
    m = _SIGNATURE_RE.match(text)
    if not m:
        return None
    inner = clean(m.group("inner"))
    rk = match_rank(inner, 0)
    if rk:
        rank, j = rk[0], rk[1]
        inner = inner[j:].strip()
    if not re.fullmatch(r"[\u0e01-\u0e4e]{2,}(?: [\u0e01-\u0e4e]{2,}){1,2}", inner):
        return None
    if signed_rank is not None:
        if signed_name is not None and signed_name != compact(inner):
            return None
        rank = rank or signed_rank
    # the line to sign is the line above, or the one above a role line under it ("ลงชื่อ พ.ต.ต.หญิง ......" /
    # "ผู้รายงาน" / "( สุนิสา แก้วมณี )")
    above = i - 2 if i >= 2 and "ลงชื่อ" in paras[i - 2][0] and is_signing_role(paras[i - 1][0]) else i - 1
    if rank is None and above >= 0 and "ลงชื่อ" in paras[above][0]:
        # "(ลงชื่อ) ร.ต.อ.หญิง ศิริพร แก้วมณี ผู้รายงาน" above "( ศิริพร แก้วมณี )": the rank there
        signed = re.sub(r"^\s*\(?ลงชื่อ\)?\s*", "", paras[above][0].strip())
        rk = match_rank(signed, 0)
        if rk:
            after = signed[rk[1]:].strip()
            if re.match(r"^[.…_]{3,}", after) or compact(inner) in compact(after):
                rank = rk[0]
    if rank is None and above >= 0:
        prev = paras[above][0].strip()
        # "ลงชื่อ พ.ต.ต.หญิง ............ ผู้รายงาน": the rank before the dotted line
        # (or "พ.ต.อ. ............" alone: the rank, then the line to sign)
        prev = re.sub(r"\s*[.…_]{3,}.*$", "", prev).strip() if "ลงชื่อ" in prev or re.search(r"[.…_]{3,}$", prev) else prev
        # the rank printed on its own line above the name (maybe glued to the date line)
        for cut in range(len(prev)):
            rk = match_rank(prev, cut)
            if rk and rk[1] == len(prev):
                rank = rk[0]
                break
    position = clean(m.group("rest")) or None
    role = inline_role or "ผู้ลงนาม"
    after_role = None
    if position is not None and is_signing_role(position):
        after_role, position = clean(position).strip("()"), None  # "(นาง... ...) ผู้จดรายงานการประชุม"
    elif position is not None and (tail := _TRAILING_ROLE_WORD.search(position)) and is_signing_role(tail.group(1)):
        # a block's lines run together (PDF): "(นางวิมลรัตน์ พูลผล) รองผู้อำนวยการโรงเรียนผู้ตรวจรายงานการประชุม"
        after_role, position = tail.group(1), clean(position[:tail.start()]) or None
    if position is None and i + 1 < len(paras):
        nxt = paras[i + 1][0].strip()
        if after_role is None and is_signing_role(nxt):
            # the signing role printed under the name: "(นางรัตนา สมใจ)" / "ผู้จดรายงานการประชุม"
            after_role = clean(nxt).strip("()")
            nxt = paras[i + 2][0].strip() if i + 2 < len(paras) else ""
            if _SIGNATURE_RE.match(nxt) or is_signing_role(nxt) or "ลงชื่อ" in nxt:
                nxt = ""
        k = i + 1 if paras[i + 1][0].strip() == nxt else i + 2
        nxt = _FORM_LABEL.sub("", nxt)  # "ตำแหน่ง ผู้อำนวยการ...": the form's label is no part of it
        acting_next = paras[k + 1][0].strip() if k + 1 < len(paras) else ""
        if _ACTING.match(acting_next) and len(acting_next) <= 90 and not _ACTING.match(nxt):
            nxt = f"{nxt} {acting_next}"  # "ผู้อำนวยการกองคลัง" / "ปฏิบัติราชการแทน นายกเทศมนตรี..."
        if len(nxt) <= 90 + (90 if _ACTING.search(nxt) else 0) \
                and nxt.startswith(POSITION_PREFIXES + ("ผู้", "นายก", "ปลัด", "หัวหน้า", "ผู้อำนวยการ", "ปฏิบัติราชการแทน",
                                                        "รักษาราชการแทน", "ปฏิบัติหน้าที่")) \
                and not is_signing_role(nxt):
            position = nxt
            below = paras[k + 1][0].strip() if k + 1 < len(paras) else ""
            if _WRAPPED_TAIL.fullmatch(below) and not is_signing_role(below) and not _DECISION_WORD.match(below) \
                    and not below.startswith(POSITION_PREFIXES):
                # a post wrapped in a narrow block (PDF): "ผู้อำนวยการกองยุทธศาสตร์และงบ" / "ประมาณ"
                position = join_wrapped([position, below])
                below = paras[k + 2][0].strip() if k + 2 < len(paras) else ""
            if after_role is None and is_signing_role(below):
                after_role = clean(below).strip("()")  # the role under the position: ".../ รอง สว.(อก.) / ผู้เสนอแผน"
    if after_role:
        role = after_role
    for back in (1, 2):
        if inline_role or after_role:
            break
        if i - back < 0:
            break
        prev = paras[i - back][0]
        mm = re.search(r"(ผู้[\u0e01-\u0e4e]+)\s*\)?\s*$", prev)
        if "ลงชื่อ" in prev and mm:
            role = mm.group(1)
            break
        if back == 2 and "ลงชื่อ" in paras[i - 1][0] and is_signing_role(prev):
            role = clean(prev).strip("()")  # the role over the signature: "ผู้รายงาน" / "(ลงชื่อ) ....." / "(name)"
            break
        if back == 1 and i >= 2 and "ลงชื่อ" in paras[i - 2][0] and is_signing_role(prev):
            role = clean(prev).strip("()")  # under the line to sign: "(ลงชื่อ) ....." / "ผู้จดรายงานการประชุม" / "(name)"
            break
        decision = _DECISION_WORD.match(compact(prev)) if back == 2 and "ลงชื่อ" in paras[i - 1][0] else None
        if decision:
            role = "ผู้" + decision.group(1)  # "อนุมัติ" over the head's signature: the approver
            break
    return PersonRow(role=role, person_name=inner, rank=rank, position=without_form_label(position),
                     page=page)


_WRAPPED_TAIL = re.compile(r"[\u0e01-\u0e4e]{2,14}")  # the rest of a wrapped post: one short Thai word
_ROLE_BEFORE_NAME = re.compile(r"^(?P<role>ผู้[\u0e01-\u0e4e]{2,30})\s+(?=\()")
_DECISION_WORD = re.compile(r"^\(?(อนุมัติ|เห็นชอบ|รับรอง)\)?$")
_TRAILING_ROLE_WORD = re.compile(r"(?<=\S)\s*(ผู้(?:จด|ตรวจ|บันทึก|รับรอง|เสนอ|เห็นชอบ|อนุมัติ|จัดทำ|รายงาน|สรุป)[\u0e01-\u0e4e]*)$")
_SIGNER_LINE = re.compile(r"^(?P<who>[^()]{5,60}?)\s+(?P<role>\(?ผู้[\u0e01-\u0e4e]+\)?)\s*$")


def _named_signer(text: str, page: int | None) -> PersonRow | None:
    """"นางสาวอรอุมา เพชรรัตน์ ผู้จดรายงานการประชุม": a person and the signing role on one line."""
    m = _SIGNER_LINE.match(text)
    if not m or "ลงชื่อ" in text or not is_signing_role(m.group("role")):
        return None
    who = clean(m.group("who"))
    p = parse_person(who)
    if not p or not p.name or not p.rank or p.role or p.position:
        return None
    if compact(p.name) != compact(who[match_rank(who, 0)[1]:] if match_rank(who, 0) else who):
        return None
    return PersonRow(role=compact(m.group("role")).strip("()"), person_name=p.name, rank=p.rank, page=page)


_NAME_HEAD = re.compile(r"^ชื่อ|ชื่อ-?สกุล|ชื่อ\s?-\s?(?:นาม)?สกุล|^name", re.I)
_ROLE_HEAD = re.compile(r"หน้าที่|บทบาท|ตำแหน่งในคณะ|^role", re.I)
_POSITION_HEAD = re.compile(r"^ตำแหน่ง|position", re.I)


def _list_table(table) -> list[PersonRow]:
    """A member list with its own columns: ชื่อ-สกุล | ตำแหน่ง | หน้าที่."""
    # the column header may sit under a title row spanning the table ("ผู้มาประชุม")
    rows = list(table.header_rows or []) + list(table.rows)
    n_head = len(table.header_rows or [])
    for k, head in enumerate(rows[:4]):
        ni = next((i for i, h in enumerate(head) if _NAME_HEAD.search(compact(h))), None)
        ri = next((i for i, h in enumerate(head) if _ROLE_HEAD.search(compact(h))), None)
        if ni is not None and ri is not None and ni != ri:
            break
    else:
        return []
    pi = next((i for i, h in enumerate(head) if i not in (ni, ri) and _POSITION_HEAD.search(compact(h))), None)
    out = []
    for r in range(k + 1, len(rows)):
        row = rows[r]
        if len({compact(c) for c in row if c.strip()}) <= 1:
            continue  # a section row spanning the table ("ผู้ไม่มาประชุม")
        cell = lambda i: clean(row[i]) if i is not None and i < len(row) else ""  # noqa: E731
        p = parse_person(cell(ni))
        if not p or not p.name:
            continue
        position = cell(pi) or p.position
        role = _ABSENCE_REASON.sub("", cell(ri)).strip() or None  # "คณะทำงาน (ติดราชการ)"
        b = r - n_head
        out.append(PersonRow(role=role, person_name=p.name, rank=p.rank,
                             position=normalize_label(position) if position else None,
                             page=table.pages[b] if 0 <= b < len(table.pages) else None))
    return out


# what the other columns of a table of people under role headers may name: the indicator or duty given, a number
_ASSIGNED_TO = (None, "indicator", "seq", "remark")
# a column whose header is a person's role: "ผู้รับผิดชอบหลัก", "ผู้ช่วย", "ผู้กำกับดูแล" (not "ผู้มาประชุม",
# which lists attendees, nor a name or post column)
_ROLE_COLUMN_HEAD = re.compile(r"^ผู้(?!มา|ไม่มา|เข้า)[\u0e01-\u0e4e]{2,30}$")


def persons_in_cell(cell: str, role: str, page: int | None) -> list[PersonRow]:
    """The persons a table cell names, each with the post written after the name or on the line under
    it ("พ.ต.ท.ชาญวิทย์ พลศรี" / "รอง ผกก.ป."; a PDF may run two of them into one line); a cell
    naming an office ("งานอำนวยการ (ทุกนาย)") names no one."""
    lines = [clean(ln) for ln in cell.split("\n") if clean(ln)]
    persons = [find_persons(line) for line in lines]
    out: list[PersonRow] = []
    for k, (line, found) in enumerate(zip(lines, persons)):
        for n, (start, end, rank, name) in enumerate(found):
            stop = found[n + 1][0] if n + 1 < len(found) else len(line)
            position = clean(line[end:stop]) or None
            if not position and n + 1 == len(found) and k + 1 < len(lines) and not persons[k + 1]:
                position = lines[k + 1]
            out.append(PersonRow(role=role, person_name=name, rank=rank,
                                 position=normalize_label(position) if position else None, page=page))
    return out


def _role_column_table(table) -> list[PersonRow]:
    """A table that names people under role headers, as an order appointing indicator owners does:
    ตัวชี้วัด | ผู้รับผิดชอบหลัก | ผู้ช่วย. Each person is read with the header of the column
    they are listed in as role; most filled cells of those columns must name a person."""
    rows = list(table.header_rows or []) + list(table.rows)
    if len(rows) < 3:
        return []
    head = [compact(h) for h in rows[0]]
    cols = [i for i, h in enumerate(head) if _ROLE_COLUMN_HEAD.match(h) and not _NAME_HEAD.search(h)]
    if not cols or any(role_of_header(h) not in _ASSIGNED_TO for i, h in enumerate(head) if i not in cols):
        return []  # a plan's steps or periods beside the people: work given to them, read as measures
    out: list[PersonRow] = []
    filled = with_person = 0
    for r, row in enumerate(rows[1:], start=1):
        b = r - len(table.header_rows or [])
        page = table.pages[b] if 0 <= b < len(table.pages) else (table.pages[0] if table.pages else None)
        for i in cols:
            if i >= len(row) or not row[i].strip():
                continue
            filled += 1
            got = persons_in_cell(row[i], head[i], page)
            with_person += bool(got)
            out.extend(got)
    return out if len(out) >= 2 and with_person * 10 >= filled * 6 else []


_COMMITTEE_ROLE = re.compile(r"^(?:รอง)?ประธาน|^(?:คณะ)?กรรมการ|^คณะทำงาน|^เลขานุการ|^ผู้ช่วยเลขานุการ|^ที่ปรึกษา")


_NUMBERED_LINE = re.compile(r"^\(?[0-9๐-๙]{1,3}[\.\)]")  # "๑.", "(2)": a list line's number
_LIST_NUMBER = re.compile(_NUMBERED_LINE.pattern + r"\s*(?=\S)")


def _headerless_member_table(table) -> list[PersonRow]:
    """Attendees listed without a header row: ลำดับ | ยศ/คำนำหน้า ชื่อ สกุล | ตำแหน่ง | หน้าที่."""
    rows = list(table.header_rows or []) + list(table.rows)
    out: list[PersonRow] = []
    for r, row in enumerate(rows):
        # "๑. นายสมพงษ์ ทองประเสริฐ": the list number may open the name's cell
        cells = [_LIST_NUMBER.sub("", clean(c)) for c in row]
        filled = [i for i, c in enumerate(cells) if c]
        if len(filled) < 3 or any(re.match(r"^เป็น", cells[i]) for i in filled):
            continue
        pi_ = next((i for i in filled[:2] if match_rank(cells[i], 0)), None)
        role_i = filled[-1]
        if pi_ is None or role_i == pi_ or not _COMMITTEE_ROLE.match(compact(cells[role_i])):
            continue
        p = parse_person(cells[pi_])
        if not p or not p.name or p.role:
            continue
        between = [cells[i] for i in filled if pi_ < i < role_i]
        position = " ".join(between) or p.position
        role = _ABSENCE_REASON.sub("", cells[role_i]).strip()
        out.append(PersonRow(role=role, person_name=p.name, rank=p.rank,
                             position=normalize_label(position) if position else None,
                             page=table.pages[0] if table.pages else None))
    # a member list, not a stray row in another table
    return out if len(out) >= 2 and len(out) * 10 >= len(rows) * 6 else []


def read_people(doc: ExtractedDocument) -> list[PersonRow]:
    out: list[PersonRow] = []
    # tables: committee rows, labelled cells and phones below them
    for table in logical_tables(doc):
        if table.columns.is_measures:
            continue
        listed = _list_table(table) or _headerless_member_table(table) or _attendance_table(doc, table) \
            or _role_column_table(table)
        if listed:
            out.extend(listed)
            continue
        rows = (table.header_rows or []) + table.rows
        by_column: dict[int, list[PersonRow]] = {}
        for r, row in enumerate(rows):
            page = table.pages[0] if table.pages else None
            joined = " ".join(c for c in row if c.strip())
            if re.search(r"(?:^|\s)เป็น\s?\S", joined):
                p = parse_person(joined)
                if p and p.role:
                    out.append(PersonRow(role=role_of(p.role) or p.role, person_name=p.name, rank=p.rank,
                                         position=normalize_label(p.position) if p.position else None, page=page))
                    continue
            if _key_value_row(row, page, out, by_column):
                continue
            for c, cell in enumerate(row):
                if ("ลงชื่อ" in cell and "(" in cell) or _BRACKETED_SIGNER.match(cell):
                    # (a signer's block with the line to sign left out: "(นายสมบูรณ์ ทองมาก)" / "นายก...")
                    out.extend(_cell_signatures(cell, page))
                    continue
                got = _fields(cell, page)
                if got:
                    phone = _phone_in(cell)
                    for g in got:
                        g.phone = g.phone or phone
                    by_column[c] = got
                    out.extend(got)
                    continue
                phone = _phone_in(cell)
                if phone and by_column.get(c):
                    for g in by_column[c]:
                        g.phone = g.phone or phone
    # paragraphs
    paras = [(line, b.page) for b in doc.blocks if b.kind == "paragraph" and b.text.strip()
             for part in side_by_side_parts(b.text.strip()) for line in with_heading_apart(part)]
    paras = [(dot_leaders_as_colon(without_english_glosses(line)), page) for line, page in with_brackets_closed(paras)]
    paras = with_ocr_signature_lines(paras, {p.page_no for p in doc.pages if p.text_source == "ocr"})
    paras = with_wrapped_roles_joined(paras)
    last_fields: list[PersonRow] = []
    open_role: str | None = None  # "ผู้จัดเก็บข้อมูล :" with the persons on the lines below
    attendance: str | None = None  # "ผู้มาประชุม" with the numbered attendees below
    side_roles: list[str] = []  # roles of signature blocks printed side by side, for the names below
    skip_to = -1  # lines a member line took as its wrapped cells
    paired_line = False  # this ลงชื่อ line's role was queued with the line before
    decided_at: int | None = None  # the line "ทราบ/อนุมัติ" written over a signature
    for i, (text, page) in enumerate(paras):
        if i <= skip_to:
            continue
        m_att = _ATTENDANCE_HEAD.match(text)
        if m_att:
            attendance = compact(m_att.group("head"))
            continue
        if attendance:
            person = attendee(text, attendance, page)
            if person:
                out.append(person)
                continue
            if not _NUMBERED_LINE.match(text):
                attendance = None  # a numbered line that is no person does not end the list
        m_open = _FIELD_RE.match(text)
        if m_open and not clean(text[m_open.end():]):
            open_role = m_open.group("role")
            last_fields = []
            continue
        if open_role and (re.match(r"^\(?[0-9๐-๙]{1,2}[\.\)]", text) or (not last_fields and match_rank(text, 0))):
            got = _person_rows_from_text(text, open_role, page)
            if got:
                out.extend(got)
                last_fields.extend(got)
                continue
        elif open_role and last_fields and len(text) <= 60 and ":" not in text and not _phone_in(text) \
                and match_rank(text, 0) is None:
            # a position wrapped onto the next line (PDF): "สารวัตรฝ่ายอำนวยการ" / "ภ.จว.มหาสารคาม"
            last = last_fields[-1]
            last.position = normalize_label(f"{last.position or ''} {text}")
            continue
        elif open_role and not _phone_in(text):
            open_role = None
        got = _fields(text, page) or _form_person_line(text, page) or _done_by(paras, i)
        if got:
            out.extend(got)
            last_fields = got
            phone = _phone_in(text)
            for g in got:
                g.phone = g.phone or phone
            continue
        if last_fields and _FORM_LABEL.match(text) and not last_fields[-1].position:
            last_fields[-1].position = without_form_label(text)  # "ตำแหน่ง : ..." below the person's line
            continue
        phone = _phone_in(text)
        if phone and last_fields and len(text) < 80:
            for g in last_fields:
                g.phone = g.phone or phone
            continue
        if "ลงชื่อ" in text:
            # blocks side by side: "ลงชื่อ .... ผู้จัดทำ ลงชื่อ .... ผู้เห็นชอบ", the names on this line
            # or on the lines below, left to right; a PDF may give each block's line its own line
            # ("ลงชื่อ ....ผู้รายงาน" / "ลงชื่อ ....ผู้อนุมัติ" / "(name)" / ... / "(name)")
            if paired_line:
                paired_line = False
            elif text.count("ลงชื่อ") >= 2:
                side_roles = signing_roles_in_order(text)
            elif i + 1 < len(paras) and re.match(r"^\(?\s*ลงชื่อ", paras[i + 1][0].strip()) \
                    and paras[i + 1][0].count("ลงชื่อ") == 1:
                side_roles = signing_roles_in_order(text) + signing_roles_in_order(paras[i + 1][0])
                paired_line = True
            else:
                side_roles = []
        several = _signature_run(text, page)
        if several:
            if len(side_roles) == len(several):
                for person, role in zip(several, side_roles):
                    person.role = role
            side_roles = []
            out.extend(several)
            continue
        member = committee_line(text, page)
        if member is None and _NUMBERED_LINE.match(text):
            member, took = wrapped_committee_line([t for t, _ in paras[i: i + 4]], page)
            skip_to = i + took
        if member:
            out.append(member)
            continue
        signer = _named_signer(text, page)
        if signer:
            out.append(signer)
            continue
        sig = _signature(paras, i)
        if sig:
            if side_roles and text.startswith("("):
                sig.role = side_roles.pop(0)
            if decided_at is not None and i - decided_at <= 4 and sig.role in (None, "ผู้ลงนาม"):
                sig.role = decided_role(paras[decided_at][0]) or sig.role  # "ทราบ/อนุมัติ" above
                decided_at = None
            out.append(sig)
            continue
        if _DECISION.match(text):
            decided_at = i
            continue
        m_inline = _INLINE_ROLE.match(text)
        if m_inline and match_rank(text, m_inline.end()):
            # "ผู้รายงาน พ.ต.อ.ประเสริฐ วงศ์สุวรรณ": the role, then the person, without a colon
            got = _person_rows_from_text(text[m_inline.end():], m_inline.group("role"), page)
            if got:
                out.extend(got)
                last_fields = got
                continue
        if is_signing_role(text) and i + 1 < len(paras) and match_rank(paras[i + 1][0].strip(), 0):
            # "ผู้รับรองข้อมูล" on its own line, the person on the next ("พล.ต.ต. วิรัช ...")
            open_role = compact(text).strip("()")
            last_fields = []
            continue
        named = _named_in_sentence(text, page)
        if named:
            out.extend(named)
        if re.search(r"(?:^|\s)เป็น\s?\S", text):
            out.extend(_sentence_roles(text, page))
    return _dedupe(out)


_INLINE_ROLE = re.compile(r"^\s*(?P<role>" + "|".join(sorted(map(re.escape, FIELD_ROLES), key=len, reverse=True)) + r")\s+")
# "ผู้ประสานงาน ITA ของกรม ได้แก่ นางสาวศิริพร มั่นคง นักวิเคราะห์..."
_ROLE_NAMES = re.compile(
    r"(?P<role>(?:" + "|".join(sorted(map(re.escape, FIELD_ROLES), key=len, reverse=True)) + r")(?:\s?[A-Za-z]{2,5})?)"
    r"(?:\s*(?:ของ|ประจำ)\S*)?\s*(?:ได้แก่|คือ)\s*"
)


def _named_in_sentence(text: str, page: int | None) -> list[PersonRow]:
    """A role named in running text with the person after "ได้แก่" / "คือ"."""
    out = []
    for m in _ROLE_NAMES.finditer(text):
        if not match_rank(text, m.end()):
            continue
        rest = re.split(r"\s(?:โทร|โทรศัพท์|Tel)", text[m.end():], maxsplit=1)[0]
        p = parse_person(rest)
        if p and p.name:
            out.append(PersonRow(role=clean(m.group("role")), person_name=p.name, rank=p.rank,
                                 position=normalize_label(p.position) if p.position else None, page=page,
                                 phone=_phone_in(text[m.end():])))
    return out


_NEXT_NAME = re.compile(r"^(?P<left>(?:ตำแหน่ง|ปฏิบัติราชการแทน|รักษาราชการแทน)\S*\s.*?\S)\s+(?P<right>\([^()]{3,60}\))\s*$")


def side_by_side_parts(text: str) -> list[str]:
    """A PDF line that runs one block's position into the next block's name
    ("ตำแหน่ง หัวหน้ากลุ่มงานพัสดุ (นายธนากร บุญมา)"): the two lines apart."""
    m = _NEXT_NAME.match(text)
    if m and match_rank(clean(m.group("right")).strip("() "), 0):
        return [m.group("left"), m.group("right")]
    return [text]


def signing_roles_in_order(text: str) -> list[str]:
    """The signing role of each "ลงชื่อ" block of a line, left to right ("ผู้ลงนาม" when none)."""
    pieces = [p for p in text.split("ลงชื่อ")[1:]]
    roles = []
    for piece in pieces:
        m = re.search(r"(ผู้[\u0e01-\u0e4e]+)\s*\)?\s*$", piece.split("(")[0].strip())
        roles.append(m.group(1) if m else "ผู้ลงนาม")
    return roles


_COMMITTEE_TAIL = re.compile(r"\s(?:เป็น)?(?P<role>" + "|".join(sorted(map(re.escape, ROLE_WORDS), key=len, reverse=True))
                             + r")(?:\s?และ\s?(?:" + "|".join(sorted(map(re.escape, ROLE_WORDS), key=len, reverse=True))
                             + r"))?(?:\s?/\s?\S+)?\s*$")


def committee_line(text: str, page: int | None) -> PersonRow | None:
    """A numbered member line of an order or plan: "๑. นายสมชาย ใจดี หัวหน้าสำนักปลัด ประธานคณะทำงาน"
    (the role last, with or without "เป็น"); None for anything else."""
    if not re.match(r"^\s*\(?[0-9๐-๙]{1,2}[\.\)]", text):
        return None
    m = _COMMITTEE_TAIL.search(text)
    if not m:
        return None
    p = parse_person(text[: m.start()])
    if not p or not p.name or not p.rank:
        return None
    role = role_of(m.group(0).strip().removeprefix("เป็น")) or m.group("role")
    return PersonRow(role=role, person_name=p.name, rank=p.rank,
                     position=without_form_label(p.position) if p.position else None, page=page)


def wrapped_committee_line(lines: list[str], page: int | None) -> tuple[PersonRow | None, int]:
    """A member line of a borderless table whose cells wrapped (a PDF gives each wrap its own
    line): "๑. นายสมพงษ์ ทองประเสริฐ ปลัดองค์การบริหารส่วน" / "ตำบล" / "ประธานคณะทำงาน".
    Short lines after it continue the position until one that is a committee role alone;
    returns the member and how many lines after the first it took (None, 0 if none)."""
    parts = [lines[0]]
    for k, line in enumerate(lines[1:3], 1):
        if _NUMBERED_LINE.match(line) or len(line) > 40 or match_rank(line, 0):
            break
        role = _COMMITTEE_TAIL.match(" " + line)
        if role:
            member = committee_line(f"{join_wrapped(parts)} {line}", page)
            return (member, k) if member else (None, 0)
        parts.append(line)
    return None, 0


_ACTING = re.compile(r"^\s*(?:ปฏิบัติราชการแทน|รักษาราชการแทน|ปฏิบัติหน้าที่แทน)|(?:ปฏิบัติราชการแทน|รักษาราชการแทน)")
_FORM_LABEL = re.compile(r"^\s*ตำแหน่ง\s*[:：]?\s*")


def without_form_label(position: str | None) -> str | None:
    """A position without the form's label: "ตำแหน่ง ผู้อำนวยการ..." -> "ผู้อำนวยการ..."."""
    if position is None:
        return None
    return normalize_label(_FORM_LABEL.sub("", position)) or None


def _signature_run(text: str, page: int | None) -> list[PersonRow]:
    """Several signature blocks printed on one line (PDF): "(นาง ก ข) ผู้จดรายงานการประชุม (นาง ค ง)
    ผู้ตรวจรายงานการประชุม"."""
    if text.count("(") < 2:
        return []
    pieces = [p.strip() for p in re.split(r"\s+(?=\((?!\s*ลงชื่อ))|\s+(?=\(?ลงชื่อ)", text) if p.strip()]
    if len(pieces) < 2:
        return []
    lines = [(p, page) for p in pieces]
    out = []
    for k in range(len(lines)):
        sig = _signature(lines, k)
        if sig:
            out.append(sig)
    return out if len(out) >= 2 else []


_ATTENDANCE_HEAD = re.compile(
    r"^\s*(?:รายชื่อ)?(?P<head>ผู้\s?มา\s?ประชุม|ผู้\s?ไม่\s?มา\s?ประชุม|ผู้\s?เข้า\s?ร่วม\s?ประชุม|ผู้\s?ร่วม\s?ประชุม"
    r"|ผู้\s?เข้า\s?ประชุม|ผู้\s?ลา\s?ประชุม|ผู้\s?ขาด\s?ประชุม)\s*[:：]?\s*$"
)
_ABSENCE_REASON = re.compile(r"\s*[\(\[]?\s*(?:ติดราชการ|ไปราชการ|ลาป่วย|ลากิจ|ลาพักผ่อน|ติดภารกิจ|ลาคลอด|อบรม)[^\s]*\s*$")
_TRAILING_ROLE = re.compile(
    r"(?:(?<=\s)|(?<=[\u0e01-\u0e4e]))(?P<role>(?:" + _ROLE_WORD_RE.pattern + r")(?:\s?(?:และ|/)\s?(?:" + _ROLE_WORD_RE.pattern
    + r"))?)\s*$"
)


_GLUED_ATTENDANCE_HEAD = re.compile(r"(?<=\S)\s*(?=" + _ATTENDANCE_HEAD.pattern[len(r"^\s*"):] + ")")


def with_heading_apart(text: str) -> list[str]:
    """A list line and the attendance heading a PDF ran onto its end ("๖. นางสาวจิราพร คำแก้ว
    ครูชำนาญการ คณะทำงานและเลขานุการผู้ไม่มาประชุม") as two lines; else the line alone."""
    m = _GLUED_ATTENDANCE_HEAD.search(text)
    listed = _NUMBERED_LINE.match(text) or match_rank(text, 0)  # not "...ขอบคุณผู้มาประชุม"
    return [text[:m.start()], text[m.end():]] if m and m.start() > 0 and listed else [text]


def _attendance_table(doc: ExtractedDocument, table) -> list[PersonRow]:
    """A table of attendees under an attendance heading ("ผู้มาประชุม" / ที่ | ชื่อ - สกุล | ตำแหน่ง |
    ลายมือชื่อ): each row read as a line of the list, the heading its role unless the row ends with one."""
    before = next((b for b in reversed(doc.blocks[: table.block_index]) if b.kind != "paragraph" or b.text.strip()), None)
    m = _ATTENDANCE_HEAD.match(before.text.strip()) if before is not None and before.kind == "paragraph" else None
    if m is None:
        return []
    heading = compact(m.group("head"))
    out = []
    for r, row in enumerate(table.rows):
        cells = [c for c in row if c.strip() and not re.fullmatch(r"\s*[0-9๐-๙]{1,3}\.?\s*", c)]
        person = attendee(" ".join(clean(c) for c in cells), heading, table.pages[r] if r < len(table.pages) else None)
        if person:
            out.append(person)
    return out


def attendee(text: str, heading: str, page: int | None = None) -> PersonRow | None:
    """One line of an attendance list: "[๑.] rank name surname position [role]".

    The role is the committee word that ends the line (ประธานคณะทำงาน,
    คณะทำงานและเลขานุการ, ...), else the section heading (ผู้ไม่มาประชุม)."""
    t = clean(text)
    t = _NUMBERED_LINE.sub("", t).lstrip()
    ranked = rank_and_name(t)
    if ranked is None:
        return None
    rank, name, j2 = ranked
    rest = _ABSENCE_REASON.sub("", t[j2:]).strip()
    role = None
    if heading in ("ผู้มาประชุม", "ผู้ไม่มาประชุม", "ผู้ลาประชุม", "ผู้ขาดประชุม"):
        # an absent member keeps the committee role the line ends with ("... กรรมการ (ติดราชการ)")
        m = _TRAILING_ROLE.search(rest)
        if m and m.start() > 0:
            role = clean(m.group("role"))
            rest = rest[: m.start()].strip()
    return PersonRow(role=role or heading, person_name=name, rank=rank,
                     position=normalize_label(rest) if rest else None, page=page)


_KEY_PHONE = re.compile(r"^(?:โทรศัพท์|โทร\.?|หมายเลขโทรศัพท์|Tel\.?)\s*[:：]?$", re.I)


def _form_person_key(key: str, value: str) -> bool:
    """A form's row naming who filled it in or answers for it ("ผู้กรอกข้อมูล | นางสาวอรทัย มีสุข",
    "ผู้รับผิดชอบการให้ข้อมูล | ..."): a short ผู้... label that names no column role (an
    owner row of a measure is an owner, not a signer), and a value that opens with a rank."""
    return (key.startswith("ผู้") and len(key) <= 25 and role_of_header(key) is None
            and match_rank(value.strip()) is not None)


_FORM_PERSON_LINE = re.compile(r"^\s*(?P<key>ผู้\S{2,22})\s*[:：]\s*(?P<value>\S.*)$")


def _form_person_line(text: str, page: int | None) -> list[PersonRow]:
    """The person of a form's line "ผู้กรอกข้อมูล : นางสาวอรทัย มีสุข" (`_form_person_key`)."""
    m = _FORM_PERSON_LINE.match(text)
    if m is None or not _form_person_key(m.group("key"), m.group("value")):
        return []
    return _person_rows_from_text(m.group("value"), m.group("key"), page)


def _key_value_row(row: list[str], page: int | None, out: list[PersonRow], by_column: dict) -> bool:
    """A two-column key/value row: "ผู้กำกับดูแลตัวชี้วัด | พ.ต.อ.ก ข ผกก.", "โทรศัพท์ | ๐ ๔๒..."."""
    cells = [c for c in row if c.strip()]
    if len(cells) != 2:
        return False
    key, value = compact(cells[0]).rstrip(":："), cells[1]
    if key in FIELD_ROLES or _form_person_key(key, value):
        got = _person_rows_from_text(value.replace("\n", " "), key, page)
        if not got:
            return False
        out.extend(got)
        by_column.setdefault(-1, []).extend(got)  # the persons of this key/value table so far
        return True
    if _FORM_LABEL.fullmatch(cells[0].strip() + " ") and by_column.get(-1) and not by_column[-1][-1].position:
        by_column[-1][-1].position = normalize_label(value)  # "ตำแหน่ง : ..." under the person's row
        return True
    if _KEY_PHONE.match(key) and by_column.get(-1):
        digits = normalize_phone(value)
        if len(re.sub(r"\D", "", digits)) >= 7:
            for g in by_column[-1]:  # a phone row serves every person listed above it
                g.phone = g.phone or digits
            return True
    return False


_BRACKETED_SIGNER = re.compile(r"^\s*\(\s*[^()\n]{4,60}\)\s*\n\s*\S")


def _cell_signatures(cell: str, page: int | None) -> list[PersonRow]:
    """Signature blocks printed in a (borderless) table cell, one per "(ชื่อ สกุล)" line."""
    lines = [(without_english_glosses(ln).strip(), page) for ln in cell.split("\n") if ln.strip()]
    above = []  # the decision lines over the signature ("ทราบ/อนุมัติ", or "- ทราบ" / "- อนุมัติ" ticked)
    for line, _ in lines:
        if not _DECISION.match(line):
            break
        above.append(line)
    decided = _DECISION.match(" / ".join(above)) if above else None
    out = []
    for i in range(len(lines)):
        sig = _signature(lines, i)
        if sig:
            if decided and sig.role in (None, "ผู้ลงนาม"):
                # "ทราบ/อนุมัติ" over a director's signature: he approves what the memo proposes
                sig.role = decided_role(decided.group(0)) or sig.role
            out.append(sig)
    return out


# a decision written over the signature that makes it ("ทราบ/อนุมัติ", "เห็นชอบ", "อนุมัติตามเสนอ")
_DECISION = re.compile(r"^[\s\-–•☐☑✓]*(?:(?:ทราบ|อนุมัติ|เห็นชอบ)(?:ตามเสนอ)?(?:\s*/\s*[\-–•☐☑✓]*\s*)?)+$")


def decided_role(decision: str) -> str | None:
    """The role of whoever signs under a decision: "ทราบ/อนุมัติ" the approver, "เห็นชอบ" the one who agrees,
    "ทราบ" alone none."""
    return "ผู้อนุมัติ" if "อนุมัติ" in decision else "ผู้เห็นชอบ" if "เห็นชอบ" in decision else None


def _dedupe(rows: list[PersonRow]) -> list[PersonRow]:
    seen = set()
    out = []
    for p in rows:
        key = (compact(p.role or ""), p.rank, compact(p.person_name or ""))
        if key in seen:
            continue
        seen.add(key)
        out.append(p)
    return out
