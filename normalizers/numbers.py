"""Numbers as Thai reports write them: Thai or Arabic digits (often mixed,
"๒๕๖8"), thousands separators, a unit word or % after the figure."""

from __future__ import annotations

import re

from normalizers.thai_text import thai_digits_to_arabic

__all__ = ["parse_number", "numbers_in", "NUMBER_RE", "baht_amount"]

# An unsigned number in Arabic digits (convert Thai digits first): thousands
# groups or plain digits, optional decimal part.
NUMBER_RE = re.compile(r"(?P<int>[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+)(?P<frac>\.[0-9]+)?")
# A cell that is nothing but a signed number ("-4.48", "−2 คะแนน" is not).
_SIGNED_ONLY_RE = re.compile(r"\s*[-−]\s?([0-9][0-9,]*(?:\.[0-9]+)?)\s*%?\s*")


def numbers_in(s: str | None) -> list[float]:
    """Every number in `s`, in order: "๘๑.๓๗ คะแนน" -> [81.37],
    "I1-I3 คะแนน 92.85, 94.32" -> [1.0, 3.0, 92.85, 94.32].

    Numbers are unsigned: in running text a dash before digits is a bullet
    or a range ("-๑.คู่มือ", "13.30 -16.00 น."), never a minus. Only a
    string that is a lone signed number ("-4.48") gives a negative value.
    """
    if not s:
        return []
    text = thai_digits_to_arabic(s)
    signed = _SIGNED_ONLY_RE.fullmatch(text)
    if signed:
        return [-float(signed.group(1).replace(",", ""))]
    return [
        float(m.group("int").replace(",", "") + (m.group("frac") or ""))
        for m in NUMBER_RE.finditer(text)
    ]


def parse_number(s: str | None) -> float | None:
    """The first number in `s` as a float, or None.

    Handles Thai digits ("๘๑.๓๗" -> 81.37), mixed digits ("๒๕๖8" -> 2568),
    thousands separators ("1,234.50" -> 1234.5), units and percentages after
    the figure ("๙๒.๔๓ คะแนน" -> 92.43, "96.40%" -> 96.4, "ร้อยละ ๘๐" -> 80).
    """
    nums = numbers_in(s)
    return nums[0] if nums else None


_NO_BUDGET = re.compile(r"^\s*(?:ไม่ใช้งบ(?:ประมาณ)?|ไม่มีงบ(?:ประมาณ)?|ไม่ได้ใช้งบ(?:ประมาณ)?|ไม่ใช้งบฯ)")
_MILLION = re.compile(r"ล้าน")


def baht_amount(s: str | None) -> float | None:
    """A budget cell in baht: "๑๒๐,๐๐๐" -> 120000, "1.5 ล้านบาท" -> 1500000,
    "ไม่ใช้งบประมาณ" -> 0; a dash, an empty cell or words without a figure -> None
    (a dash may mean nothing, or not known yet: not a fact)."""
    if not s or not s.strip():
        return None
    if _NO_BUDGET.match(s):
        return 0.0
    value = parse_number(s)
    if value is None or value < 0:
        return None
    return value * 1_000_000 if _MILLION.search(s) else value
