"""ITA question codes: I1..In (IIT), E1..En (EIT), O1..On (OIT).

Reports write them as "i๒", "I13–I15 และI18", "E1-E3 และE5", "O1 - O3",
"ข้อ I19"; canonical form is a Latin capital and Arabic digits ("I2").
"""

from __future__ import annotations

import re
import unicodedata

from normalizers.thai_text import thai_digits_to_arabic

__all__ = ["question_codes", "question_code", "tool_of_question"]

_MAX_RANGE = 60  # no tool has more questions than this

# A code: I/E/O not glued to a preceding Latin letter ("CO2", "No1"), then
# 1-2 digits. An optional range tail: dash/ถึง, optional same letter, digits.
_RE_CODE = re.compile(
    r"(?<![A-Za-z])(?P<p>[IEOieo])\s?(?P<n>[0-9]{1,2})(?![0-9])"
    r"(?:\s*(?:-|–|—|‒|−|~|ถึง|to)\s*(?P<p2>[IEOieo])?\s?(?P<n2>[0-9]{1,2})(?![0-9]))?"
)
# OIT items numbered with a zero for the O: "๐๑ โครงสร้าง", "0๑๐ E-Service".
_RE_ZERO_O = re.compile(r"^[\s\-•*■▪●()]*0(?P<n>[0-9]{1,2})(?![0-9])")


def question_codes(s: str | None, zero_as_o: bool = False) -> list[str]:
    """Canonical question codes in `s`, ranges expanded, in order, each once.

    "i๒" -> ["I2"]; "I13–I15 และI18" -> ["I13", "I14", "I15", "I18"];
    "E1-E3 และE5" -> ["E1", "E2", "E3", "E5"]; "I1-3" -> ["I1", "I2", "I3"].
    With `zero_as_o`, a cell that starts with 0 + digits is an OIT item
    written with a zero for the letter O ("๐๑ โครงสร้าง" -> ["O1"]); use it
    only on the first cell of an OIT table row.
    """
    if not s:
        return []
    text = thai_digits_to_arabic(unicodedata.normalize("NFKC", s))
    out: list[str] = []

    def add(code: str) -> None:
        if code not in out:
            out.append(code)

    if zero_as_o:
        zm = _RE_ZERO_O.match(text)
        if zm and int(zm.group("n")) >= 1:
            add(f"O{int(zm.group('n'))}")
    for m in _RE_CODE.finditer(text):
        prefix = m.group("p").upper()
        n = int(m.group("n"))
        if n < 1:
            continue
        n2 = int(m.group("n2")) if m.group("n2") else None
        p2 = (m.group("p2") or prefix).upper()
        if n2 is not None and p2 == prefix and n < n2 <= n + _MAX_RANGE:
            for k in range(n, n2 + 1):
                add(f"{prefix}{k}")
            continue
        add(f"{prefix}{n}")
        if n2 is not None and n2 >= 1 and m.group("p2"):
            add(f"{p2}{n2}")
    return out


def question_code(s: str | None, zero_as_o: bool = False) -> str | None:
    """The first question code in `s`, or None."""
    codes = question_codes(s, zero_as_o=zero_as_o)
    return codes[0] if codes else None


def tool_of_question(code: str) -> str | None:
    """IIT, EIT or OIT for a canonical code ("I19" -> "IIT")."""
    return {"I": "IIT", "E": "EIT", "O": "OIT"}.get(code[:1].upper()) if code else None
