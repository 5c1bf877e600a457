"""Word's automatic list numbering, as the reader sees it.

Word does not store "1.", "๑)", "ก." or a bullet in the text of a numbered
or bulleted paragraph: it draws them from numbering.xml. Without them a
numbered list of measures reads as loose paragraphs, so the extractor puts
the marker back in front of each list paragraph, counted as Word counts it
(per list, deeper levels restarting under a new item).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
# Word's thaiLetters sequence (ฃ and ฅ are skipped).
THAI_LETTERS = "กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ"
BULLET = "•"


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


@dataclass(frozen=True)
class Level:
    fmt: str  # decimal, thaiNumbers, thaiLetters, bullet, lowerLetter, ...
    text: str  # e.g. "%1." or "%1.%2"
    start: int = 1


def roman(n: int) -> str:
    out = ""
    for value, numeral in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                           (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + numeral, n - value
    return out


def formatted(n: int, fmt: str) -> str:
    """A counter in one of Word's number formats."""
    if fmt == "thaiNumbers":
        return str(n).translate(THAI_DIGITS)
    if fmt in ("thaiLetters", "thaiCounting"):
        return THAI_LETTERS[(n - 1) % len(THAI_LETTERS)]
    if fmt in ("lowerLetter", "upperLetter"):
        letter = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        return roman(n).upper() if fmt == "upperRoman" else roman(n)
    if fmt == "none":
        return ""
    return str(n)


@dataclass
class ListNumbering:
    """The list levels of one document and the running counters of its lists."""

    levels: dict[str, dict[int, Level]]  # numId -> ilvl -> Level
    style_lists: dict[str, tuple[str, int]]  # paragraph style id -> (numId, ilvl)
    counters: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def of_document(cls, document) -> "ListNumbering | None":
        try:
            numbering = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return None
        abstract = {a.get(w("abstractNumId")): levels_of(a) for a in numbering.iter(w("abstractNum"))}
        levels = {}
        for num in numbering.iter(w("num")):
            ref = num.find(w("abstractNumId"))
            if ref is not None and ref.get(w("val")) in abstract:
                levels[num.get(w("numId"))] = abstract[ref.get(w("val"))]
        style_lists = {}
        for style in document.styles.element.iter(w("style")):
            num_pr = style.find(f"{w('pPr')}/{w('numPr')}")
            if num_pr is not None:
                style_lists[style.get(w("styleId"))] = list_reference(num_pr, (None, 0))
        return cls(levels, {k: v for k, v in style_lists.items() if v[0]})

    def marker(self, p: etree._Element) -> str | None:
        """The marker Word draws before this paragraph ("1.", "๑)", "ก.", "•"), advancing the count."""
        ppr = p.find(w("pPr"))
        if ppr is None:
            return None
        style = ppr.find(w("pStyle"))
        inherited = self.style_lists.get(style.get(w("val")) if style is not None else "", (None, 0))
        num_pr = ppr.find(w("numPr"))
        num_id, ilvl = list_reference(num_pr, inherited) if num_pr is not None else inherited
        if not num_id or num_id == "0" or num_id not in self.levels:
            return None
        levels = self.levels[num_id]
        level = levels.get(ilvl)
        if level is None:
            return None
        counts = self.counters.setdefault(num_id, [0] * 9)
        if counts[ilvl] == 0:
            counts[ilvl] = level.start - 1
        counts[ilvl] += 1
        for deeper in range(ilvl + 1, 9):
            counts[deeper] = 0
        if level.fmt == "bullet":
            return BULLET
        return re.sub(r"%(\d)", lambda m: self._number(levels, counts, int(m.group(1)) - 1), level.text)

    @staticmethod
    def _number(levels: dict[int, Level], counts: list[int], ilvl: int) -> str:
        level = levels.get(ilvl)
        n = counts[ilvl] or (level.start if level else 1)
        return formatted(n, level.fmt if level else "decimal")


def levels_of(abstract: etree._Element) -> dict[int, Level]:
    out = {}
    for lvl in abstract.iter(w("lvl")):
        fmt = lvl.find(w("numFmt"))
        text = lvl.find(w("lvlText"))
        start = lvl.find(w("start"))
        out[int(lvl.get(w("ilvl"), "0"))] = Level(
            fmt=fmt.get(w("val"), "decimal") if fmt is not None else "decimal",
            text=text.get(w("val"), "") if text is not None else "",
            start=int(start.get(w("val"), "1")) if start is not None and start.get(w("val"), "").isdigit() else 1,
        )
    return out


def list_reference(num_pr: etree._Element, inherited: tuple[str | None, int]) -> tuple[str | None, int]:
    """(numId, ilvl) of a w:numPr, taking what it leaves out from the style."""
    num_id = num_pr.find(w("numId"))
    ilvl = num_pr.find(w("ilvl"))
    return (
        num_id.get(w("val")) if num_id is not None else inherited[0],
        int(ilvl.get(w("val"))) if ilvl is not None and ilvl.get(w("val"), "").isdigit() else inherited[1],
    )
