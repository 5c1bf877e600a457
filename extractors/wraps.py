"""Lines that wrapped, joined back into the text that was written.

Thai puts no space between words, so a line that wrapped between two Thai
characters wrapped inside a phrase (often inside a word: a narrow table cell
breaks "ผู้อำนวย" / "การกอง"), and its lines join with nothing between them;
any other wrap was at a space. One rule for every place that joins wrapped
text: a native PDF's lines and table rows cut by a page, a scanned page's
cell lines and paragraphs, and the parts of a table row that a page break
cut and the extractor left as two rows (`records.measures`).
"""

from __future__ import annotations

from collections.abc import Sequence


def is_thai(char: str) -> bool:
    return "\u0e00" <= char <= "\u0e7f"


def hyphen_wrap(before: str, after: str) -> bool:
    """A line ending in a hyphen between letters ("Anti-" / "Bribery")."""
    return before.endswith("-") and len(before) > 1 and before[-2].isalpha() and after[0].isalpha()


def join_wrapped(parts: Sequence[str]) -> str:
    """Join wrapped lines: no space between Thai and Thai (Thai has no word
    spaces, so a wrap is not a word break), else one space."""
    out = ""
    for part in (p.strip() for p in parts):
        if not part:
            continue
        if out and not (is_thai(out[-1]) and is_thai(part[0])) and not hyphen_wrap(out, part):
            out += " "
        out += part
    return out


def open_brackets(text: str) -> int:
    """How many more "(" than ")" `text` has: above 0 a bracket is left open ("... (ตัวชี้วัดที่"), below 0
    the text closes one opened before it ("๗) ภายใน...")."""
    return text.count("(") - text.count(")")
