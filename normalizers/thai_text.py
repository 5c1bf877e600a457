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
from functools import lru_cache

from pythainlp.util import normalize as _pythainlp_normalize

__all__ = [
    "dot_leaders_as_colon",
    "THAI_DIGITS",
    "thai_digits_to_arabic",
    "remove_spaces_before_marks",
    "replace_private_use",
    "compose_sara_am",
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

_RE_PUA = re.compile("[\ue000-\uf8ff]")

# Nikhahit + sara aa (decomposed sara am), in either order, optionally with a
# tone mark in between.
_RE_DECOMPOSED_AM = re.compile(f"\u0e4d([{_TONES}]?)\u0e32|\u0e32([{_TONES}]?)\u0e4d")
# A mark typed after a lead vowel belongs to the consonant before it
# ("ใชเ้วลา" -> "ใช้เวลา"): a lead vowel can never carry a mark.
_RE_MARK_AFTER_LEAD = re.compile(f"([{_CONSONANTS}])([{_LEAD_VOWELS}])([{_MARKS}]+)")


def thai_digits_to_arabic(s: str) -> str:
    """Replace Thai digits ๐-๙ with 0-9; everything else unchanged."""
    return s.translate(_DIGIT_TABLE)


_TO_THAI_DIGITS = str.maketrans("0123456789", THAI_DIGITS)


def arabic_digits_to_thai(s: str) -> str:
    """Replace 0-9 with Thai digits ๐-๙; everything else unchanged."""
    return s.translate(_TO_THAI_DIGITS)


_RE_ANY_DIGIT = re.compile(f"[0-9{THAI_DIGITS}]")


def other_digit_spellings(text: str) -> str:
    """The lines of `text` that hold digits, spelled with the other digits.

    Units write ๒๕๖๘ or 2568 at will; a search index that also holds this
    text finds a page whichever spelling the reader types. Each line with
    digits comes back all-Arabic and all-Thai (where that differs from the
    line as written); lines without digits are left out.
    """
    out: list[str] = []
    for line in text.splitlines():
        if not _RE_ANY_DIGIT.search(line):
            continue
        for spelled in (thai_digits_to_arabic(line), arabic_digits_to_thai(line)):
            if spelled != line:
                out.append(spelled)
    return "\n".join(out)


def remove_spaces_before_marks(s: str) -> str:
    """Drop spaces (incl. NBSP and zero-width characters) directly before a
    Thai combining mark: "ไม ่" -> "ไม่", "ต ํ่า" -> "ต่ํา".

    PDF text layers put such spaces inside syllables; PyThaiNLP would delete
    the mark instead, so this runs first.
    """
    return _RE_SPACE_BEFORE_MARK.sub("", s)


def replace_private_use(s: str) -> str:
    """Any private-use character left becomes U+FFFD.

    Extractors map the private-use glyphs they can identify (legacy Thai
    font variants, check boxes: `extractors.thai_repair`); what is left has
    no meaning anyone can recover, and the public interface promises text
    without private-use glyphs. U+FFFD keeps the gap visible.
    """
    return _RE_PUA.sub("\ufffd", s) if _RE_PUA.search(s) else s


def compose_sara_am(s: str) -> str:
    """Nikhahit + sara aa, in either order ("ทํา", "ทาํ"), as one sara am ("ทำ").

    Canonicalisation only: a sara am broken into space + sara aa by a PDF
    producer ("ส านักงาน") is repaired in the extractor, where a dictionary
    decides per word (letter-spaced text "ภ าครัฐ" must stay as it is).
    """
    return _RE_DECOMPOSED_AM.sub(lambda m: (m.group(1) or m.group(2) or "") + "\u0e33", s)


# Where one of PyThaiNLP normalize()'s rules can fire on a single line whose
# spaces are already collapsed: zero-width characters, sara e doubled, a tone
# mark before a vowel, nikhahit, lakkhangyao, a follow vowel before a tone
# mark, a vowel or sign repeated, two tone marks, a mark dangling at the start
# or after a space. normalize() runs some thirty regex passes per call; a line
# this pattern does not match comes out of it unchanged, so it is skipped.
_RE_PYTHAINLP_CAN_CHANGE = re.compile(
    "[\u200b\u200c]|\u0e40\u0e40|[\u0e48-\u0e4c][\u0e31\u0e34-\u0e37\u0e4d\u0e47\u0e38\u0e39]"
    "|\u0e4d|\u0e45|[\u0e30\u0e32\u0e33][\u0e48-\u0e4b]"
    "|([\u0e30\u0e32\u0e33\u0e45\u0e40-\u0e44\u0e31\u0e34-\u0e37\u0e4d\u0e47\u0e3a\u0e38\u0e39\u0e4c\u0e4e]) *\\1"
    "|[\u0e48-\u0e4b]{2}|(?:^| )[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]"
)


def _normalize_line(line: str) -> str:
    line = _RE_HSPACE.sub(" ", line).strip()
    if not line or not _RE_PYTHAINLP_CAN_CHANGE.search(line):
        return line
    # PyThaiNLP: canonical mark order, sara e + sara e -> sara ae, duplicate
    # vowels/marks, lakkhangyao -> sara aa, dangling marks at line start.
    # Everything it could remove wrongly (tone after space) is fixed above.
    return _pythainlp_normalize(line)


@lru_cache(maxsize=1 << 11)  # whole pages pass here too: bounded to some 25 MB per process
def normalize_thai_text(s: str) -> str:
    """Canonical form of (possibly multi-line) Thai text.

    NFC; leftover private-use glyphs made U+FFFD; spaces before marks (and
    before sara a / sara am) removed; zero-width characters removed;
    decomposed sara am composed;
    a mark typed after a lead vowel moved back to its consonant; marks put in canonical order
    and duplicates removed (PyThaiNLP); runs of spaces/tabs collapsed to one
    space and line ends stripped. Line breaks are kept (CR/LF unified to LF)
    and digits are NOT converted: page text keeps Thai digits as written.

    Cached: the readers normalise the same cells and lines again and again
    (about half the calls on the samples repeat one).
    """
    if not s:
        return ""
    s = unicodedata.normalize("NFC", s)
    s = _RE_LINE_BREAKS.sub("\n", s)
    s = replace_private_use(s)
    s = remove_spaces_before_marks(s)
    # A mark that starts a line was split from its consonant by a line
    # break inside a syllable: rejoin rather than lose it.
    s = _RE_MARK_AT_LINE_START.sub("", s)
    s = _RE_ZERO_WIDTH.sub("", s)
    s = compose_sara_am(s)
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


_LEADER_AFTER_LABEL = re.compile(r"^(?P<label>[^\s.(（…][^.…]{1,24}?)\s*(?:\.{3,}|…+)[.…\s]*(?=[^\s.…])")
_TRAILING_LEADER = re.compile(r"\s*(?:\.{3,}|…+)[.…\s]*$")


def dot_leaders_as_colon(line: str) -> str:
    """A form's line with its dot leaders read as the colon they stand for: "ผู้รายงาน..... นางสาว
    กาญจนา ทองดี ......" -> "ผู้รายงาน : นางสาวกาญจนา ทองดี" (a PDF prints a tab's leader as dots). Only
    dots right after a short label at the start of the line; a signature's "(ลงชื่อ) ......" stays."""
    m = _LEADER_AFTER_LABEL.match(line)
    if not m or m.group("label").startswith("ลงชื่อ"):
        return line
    value = _TRAILING_LEADER.sub("", line[m.end():])
    return f"{m.group('label')} : {value}" if value else line
