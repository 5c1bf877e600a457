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


# How Tesseract prints the serif capital I of a code on a scan: "[1", "[", "|", "l", or a
# plain "1" glued to the digits ("I13" as "113", "I1-I3" as "[11-13"); sometimes it drops it.
_MISREAD_I = r"[\[|lI]"
_MISREAD_TOKEN = re.compile(rf"({_MISREAD_I}?)([0-9]{{1,3}})")
_MISREAD_MAX = 30  # IIT's questions: I1-I30


def _misread_i_numbers(digits: str) -> list[tuple[int, bool]]:
    """The code numbers a scanned token can stand for, each with whether its leading 1
    was the I: "113" -> [(13, True)], "11" -> [(11, False), (1, True)], "7" -> [(7, False)]."""
    out = [(int(digits), False)] if 1 <= int(digits) <= _MISREAD_MAX else []
    if digits.startswith("1") and len(digits) > 1 and digits[1] != "0" and 1 <= int(digits[1:]) <= _MISREAD_MAX:
        out.append((int(digits[1:]), True))
    return out


def misread_code_list(s: str, n_values: int) -> list[str]:
    """IIT codes of a code list Tesseract misread ("[11-13" for I1-I3, "113-115 และ 18"
    for I13-I15 และ I18, "7-110" for I7-I10), when exactly one reading gives `n_values`
    ascending codes (the values the list is followed by), preferring the reading that
    takes every leading 1 it can for the I; else [].

    Only for text read by OCR where a list of scores follows: "[1" in prose is not a code.
    `s` is the list alone, groups "A-B" or "A" apart by "และ", a comma or one short
    misread word ("Way" for และ)."""
    groups = [g for g in re.split(r"\s*(?:,|และ|\s[^\s0-9\[|]{1,4}\s)\s*", s.strip()) if g]
    shapes: list[list[tuple[str, str]]] = []
    for g in groups:
        tokens = [t for t in re.split(r"\s*[-–—]\s*", g) if t]
        parsed = [_MISREAD_TOKEN.fullmatch(t) for t in tokens]
        if not 1 <= len(tokens) <= 2 or not all(parsed):
            return []
        shapes.append([(m.group(1), m.group(2)) for m in parsed if m])
    choices = [_misread_i_numbers(d) for shape in shapes for _, d in shape]
    best: list[tuple[int, list[int]]] = []
    for combo in _products(choices):
        numbers = [n for n, _ in combo]
        codes: list[int] = []
        k = 0
        ok = True
        for shape in shapes:
            part = numbers[k:k + len(shape)]
            k += len(shape)
            if len(part) == 2 and not part[0] < part[1]:
                ok = False
                break
            codes.extend(range(part[0], part[-1] + 1))
        if ok and len(codes) == n_values and all(a < b for a, b in zip(codes, codes[1:])):
            best.append((sum(stripped for _, stripped in combo), codes))
    if not best:
        return []
    top = max(strips for strips, _ in best)
    winners = [codes for strips, codes in best if strips == top]
    return [f"I{n}" for n in winners[0]] if len(winners) == 1 else []


def _products(choices: list[list[tuple[int, bool]]]) -> list[list[tuple[int, bool]]]:
    """Every combination of one choice per token (a code list has a handful of tokens)."""
    out: list[list[tuple[int, bool]]] = [[]]
    for options in choices:
        out = [done + [o] for done in out for o in options]
    return out[:4096]


# A question cell of a scanned score table: a code, then the question's wording
# ("19 บุคลากรในหน่วยงานของท่าน ... มากน้อยเพียงใด 98.66" for I19, "51 เจ้าหน้าที่ ..." for E1).
_QUESTION_WORDING = re.compile(r"มากน้อยเพียงใด|หรือไม่|อย่างไร")
_LEADING_TOKEN = re.compile(r"^\s*([\[|lI5E]?[0-9]{1,3})\s+(?=[\u0e01-\u0e4e])")
_TOOL_QUESTIONS = {"IIT": ("I", 30), "EIT": ("E", 15)}


def misread_leading_codes(cell: str, tool: str | None) -> list[str]:
    """The codes a scanned question cell's leading token can stand for, in a table of
    `tool` (IIT or EIT): Tesseract drops the I or prints it as 1 or "[", and prints E as 5.
    [] unless the cell reads as a question (its wording asks "มากน้อยเพียงใด",
    "หรือไม่", "อย่างไร") and the token is not a code already. Several candidates
    ("19": I19 or I9) are for the caller to tell apart."""
    if tool not in _TOOL_QUESTIONS or not _QUESTION_WORDING.search(cell):
        return []
    m = _LEADING_TOKEN.match(thai_digits_to_arabic(cell))
    if not m or question_codes(m.group(1)):
        return []
    letter, most = _TOOL_QUESTIONS[tool]
    token = m.group(1).lstrip("[|lI")
    readings = {token}
    if letter == "I" and token.startswith("1") and len(token) > 1:
        readings.add(token[1:])
    if letter == "E" and token.startswith(("5", "E")) and len(token) > 1:
        readings = {token[1:]}
    return sorted(f"{letter}{int(r)}" for r in readings if r.isdigit() and r[0] != "0" and 1 <= int(r) <= most)
