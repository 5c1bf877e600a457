"""Repair and normalise Thai text.

Everything here is a pure string function. `normalize_thai_text` is the one
the pipeline applies to page text; `normalize_label` is for the short text
that goes into structured columns.

Order matters: PyThaiNLP's `normalize()` treats a tone mark that follows a
space as a typo and deletes it ("ไม ่" -> "ไม"), so spaces before marks are
removed first, and its space/newline handling (which joins all lines into
one) is applied line by line only.
"""

from __future__ import annotations

import re
import unicodedata

from pythainlp.util import normalize as _pythainlp_normalize

__all__ = [
    "THAI_DIGITS",
    "thai_digits_to_arabic",
    "remove_spaces_before_marks",
    "repair_pua",
    "repair_sara_am",
    "normalize_thai_text",
    "normalize_label",
    "compact",
]

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_DIGIT_TABLE = str.maketrans(THAI_DIGITS, "0123456789")

# Thai combining (non-spacing) marks: mai han-akat, above/below vowels,
# phinthu, maitaikhu, tone marks, thanthakhat, nikhahit, yamakkan.
_MARKS = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
_CONSONANTS = "\u0e01-\u0e2e"
_TONES = "\u0e48-\u0e4b"
_LEAD_VOWELS = "\u0e40-\u0e44"
# Characters that are invisible or behave as a space inside a line.
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_SPACE_CHARS = " \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"

_RE_SPACE_BEFORE_MARK = re.compile(f"[{_SPACE_CHARS}{_ZERO_WIDTH}]+(?=[{_MARKS}])")
_RE_ZERO_WIDTH = re.compile(f"[{_ZERO_WIDTH}]")
# Sara a and sara am never start a word: a space before them (after a Thai
# consonant or mark) is a broken syllable ("ค ำน ำ", "ปร ะ").
_RE_SPACE_BEFORE_FOLLOW = re.compile(f"(?<=[{_CONSONANTS}{_MARKS}])[ \u00a0]+(?=[\u0e30\u0e33])")
_RE_MARK_AT_LINE_START = re.compile(f"(?<=[\u0e01-\u0e4e])[ \t]*\n[ \t]*(?=[{_MARKS}])")
_RE_HSPACE = re.compile(f"[\t{_SPACE_CHARS}]+")
_RE_LINE_BREAKS = re.compile("\r\n|[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]")

# Thai glyph variants that legacy fonts (and PDFs made with them) put in the
# Private Use Area, mapped back to the base characters (the Apple/Microsoft
# "Thai PUA" table, U+F700-U+F71A).
_PUA_THAI = {
    0xF700: "\u0e10",  # tho than without descender
    0xF701: "\u0e34",
    0xF702: "\u0e35",
    0xF703: "\u0e36",
    0xF704: "\u0e37",
    0xF705: "\u0e48",
    0xF706: "\u0e49",
    0xF707: "\u0e4a",
    0xF708: "\u0e4b",
    0xF709: "\u0e4c",
    0xF70A: "\u0e48",
    0xF70B: "\u0e49",
    0xF70C: "\u0e4a",
    0xF70D: "\u0e4b",
    0xF70E: "\u0e4c",
    0xF70F: "\u0e0d",  # yo ying without descender
    0xF710: "\u0e31",
    0xF711: "\u0e4d",
    0xF712: "\u0e47",
    0xF713: "\u0e48",
    0xF714: "\u0e49",
    0xF715: "\u0e4a",
    0xF716: "\u0e4b",
    0xF717: "\u0e4c",
    0xF718: "\u0e38",
    0xF719: "\u0e39",
    0xF71A: "\u0e3a",
}
# Symbol/Wingdings glyphs (U+F0xx) seen in Thai forms: check boxes, bullets.
_PUA_SYMBOLS = {
    0xF052: "☑",  # Wingdings 2 'R': checked box
    0xF053: "☒",
    0xF054: "☒",
    0xF0A3: "☐",
    0xF0A8: "☐",  # Wingdings: empty box
    0xF06F: "☐",
    0xF0FE: "☑",
    0xF0FD: "☒",
    0xF0FC: "✓",
    0xF0FB: "✗",
    0xF0B7: "•",  # Symbol bullet
    0xF0A7: "▪",
    0xF06C: "●",
    0xF06E: "■",
    0xF071: "❑",
    0xF076: "❖",
    0xF0D8: "➢",
    0xF0E0: "→",
    0xF0E8: "➔",
    0xF02D: "-",
}
_PUA_TABLE = {**_PUA_THAI, **_PUA_SYMBOLS}
_RE_PUA = re.compile("[\ue000-\uf8ff]")

# Nikhahit + sara aa (decomposed sara am), in either order, optionally with a
# tone mark in between.
_RE_DECOMPOSED_AM = re.compile(f"\u0e4d([{_TONES}]?)\u0e32|\u0e32([{_TONES}]?)\u0e4d")
# A consonant (+ tone) then a space then sara aa: the nikhahit was rendered as a
# space by the PDF producer ("ส านักงาน", "ประจ าปี", "น้ า").
_RE_SPACED_AM = re.compile(f"([{_CONSONANTS}])([{_TONES}]?)[ \u00a0]\u0e32")
# A mark typed after a lead vowel belongs to the consonant before it
# ("ใชเ้วลา" -> "ใช้เวลา"): a lead vowel can never carry a mark.
_RE_MARK_AFTER_LEAD = re.compile(f"([{_CONSONANTS}])([{_LEAD_VOWELS}])([{_MARKS}]+)")


def thai_digits_to_arabic(s: str) -> str:
    """Replace Thai digits ๐-๙ with 0-9; everything else unchanged."""
    return s.translate(_DIGIT_TABLE)


def remove_spaces_before_marks(s: str) -> str:
    """Drop spaces (incl. NBSP and zero-width characters) directly before a
    Thai combining mark: "ไม ่" -> "ไม่", "ต ํ่า" -> "ต่ํา".

    PDF text layers put such spaces inside syllables; PyThaiNLP would delete
    the mark instead, so this runs first.
    """
    return _RE_SPACE_BEFORE_MARK.sub("", s)


def repair_pua(s: str) -> str:
    """Map private-use glyphs of legacy Thai fonts to Unicode.

    Thai tone marks and upper vowels (U+F700-U+F71A) become their base
    characters, common Symbol/Wingdings check boxes and bullets become their
    Unicode look-alikes; any other private-use character is dropped, since it
    carries nothing a reader could search for.
    """
    if not _RE_PUA.search(s):
        return s
    return _RE_PUA.sub(lambda m: _PUA_TABLE.get(ord(m.group(0)), ""), s)


def _single_letter_neighbour(text: str, start: int, end: int) -> bool:
    """Is the token before `start` or after `end` a lone Thai letter?"""
    prev = text[:start].rstrip().rsplit(maxsplit=1)
    nxt = text[end:].lstrip().split(maxsplit=1)
    for tok in (prev[-1] if prev else "", nxt[0] if nxt else ""):
        if len(tok) == 1 and "\u0e01" <= tok <= "\u0e4e":
            return True
    return False


def _spaced_am(m: re.Match[str]) -> str:
    text = m.string
    start, end = m.start(), m.end()
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    # "ป ร ะ ก า ศ" (letter-spaced heading): leave it alone.
    if before.isspace() and after.isspace() and _single_letter_neighbour(text, start, end):
        return m.group(0)
    # "เก า": a consonant after a lead vowel cannot take sara am.
    if "\u0e40" <= before <= "\u0e44":
        return m.group(0)
    return m.group(1) + m.group(2) + "\u0e33"


def repair_sara_am(s: str) -> str:
    """Rebuild sara am (ำ) broken by PDF producers.

    Handles nikhahit + sara aa in either order ("ทํา", "ทาํ" -> "ทำ") and the
    nikhahit rendered as a space ("ส านักงาน" -> "สำนักงาน",
    "ประจ าปี" -> "ประจำปี"). A Thai word never starts with sara aa, so a
    consonant, a space and sara aa is always a broken sara am, except in
    letter-spaced text ("ก า ร"), which is left as is.
    """
    s = _RE_DECOMPOSED_AM.sub(lambda m: (m.group(1) or m.group(2) or "") + "\u0e33", s)
    if "\u0e32" in s:
        s = _RE_SPACED_AM.sub(_spaced_am, s)
    return s


def _normalize_line(line: str) -> str:
    line = _RE_HSPACE.sub(" ", line).strip()
    if not line:
        return ""
    # PyThaiNLP: canonical mark order, sara e + sara e -> sara ae, duplicate
    # vowels/marks, lakkhangyao -> sara aa, dangling marks at line start.
    # Everything it could remove wrongly (tone after space) is fixed above.
    return _pythainlp_normalize(line)


def normalize_thai_text(s: str) -> str:
    """Canonical form of (possibly multi-line) Thai text.

    NFC; private-use glyphs mapped; spaces before marks (and before sara a /
    sara am) removed; zero-width characters removed; broken sara am rebuilt;
    a mark typed after a lead vowel moved back to its consonant; marks put in canonical order
    and duplicates removed (PyThaiNLP); runs of spaces/tabs collapsed to one
    space and line ends stripped. Line breaks are kept (CR/LF unified to LF)
    and digits are NOT converted: page text keeps Thai digits as written.
    """
    if not s:
        return ""
    s = unicodedata.normalize("NFC", s)
    s = _RE_LINE_BREAKS.sub("\n", s)
    s = repair_pua(s)
    s = remove_spaces_before_marks(s)
    # A mark that starts a line was split from its consonant by a line
    # break inside a syllable: rejoin rather than lose it.
    s = _RE_MARK_AT_LINE_START.sub("", s)
    s = _RE_ZERO_WIDTH.sub("", s)
    s = repair_sara_am(s)
    s = _RE_SPACE_BEFORE_FOLLOW.sub("", s)
    s = _RE_MARK_AFTER_LEAD.sub(r"\1\3\2", s)
    return "\n".join(_normalize_line(line) for line in s.split("\n"))


def normalize_label(s: str) -> str:
    """Normalised single-line text for a structured column (a label, a
    title, a cell): `normalize_thai_text`, lines joined with a space, trimmed.
    Digits are kept as written; convert them where a number is wanted."""
    if not s:
        return ""
    text = normalize_thai_text(s)
    return " ".join(part for part in text.split("\n") if part)


def compact(s: str) -> str:
    """`normalize_thai_text` without any whitespace: for matching Thai names
    that layouts break with spaces ("คุณภาพ การ ดำเนินงาน")."""
    return re.sub(r"\s+", "", normalize_thai_text(s))
