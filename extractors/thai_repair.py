"""Repair Thai text that a PDF text layer or OCR engine broke.

Every repair here undoes a known way Thai fonts and tools corrupt text, and
every repair that could also hit correct text is decided word by word with
PyThaiNLP's bundled word list (never per document: one file often mixes a
broken heading font with a good body font).

Defects handled, in the order `repair_thai_text` applies them:

1. Thai shaping glyphs in the private-use area (Windows U+F700-F71A, Mac
   U+F884-F89E): fonts without OpenType tables position tone marks and vowels
   with PUA variants, and a text layer built from glyphs reports those code
   points. Mapped back with HarfBuzz's table (`thai_pua_shape`).
2. Symbol-font glyphs (Wingdings, Wingdings 2, Symbol: U+F020-F0FF): check
   boxes and bullets. Mapped to ☐ ☑ ☒ ✓ • ... (font-aware when the caller
   knows each character's font).
3. Thai read as Latin-1 (TIS-620 bytes in a legacy font: "ÊÓ¹Ñ¡§Ò¹").
4. Decomposed sara am (nikhahit + sara aa, what Tesseract writes).
5. Spaces before combining marks, ำ, ะ ("ค ำน ำ", "ปร ะ").
6. Sara am split into space + sara aa ("ส านักงาน") or letters spaced out
   ("ภ าครัฐ"): the word list decides between ำ and า.
7. Sara aa written as sara am by a broken heading font ("สำนักงำน").
8. Latin letters standing in for tone marks (Canva exports: "ดlาน").

Correct text passes through unchanged: every dictionary-decided repair must
make the words around it strictly better known than they were.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

# --------------------------------------------------------------------------
# 1. Thai PUA shaping glyphs
# --------------------------------------------------------------------------

# Source: HarfBuzz src/hb-ot-shaper-thai.cc, `thai_pua_shape` (SD, SDL, SL
# and RD tables: base char, Windows PUA, Mac PUA). Read from the repository
# harfbuzz/harfbuzz; note U+F710 is MAI HAN-AKAT and U+F711 is NIKHAHIT
# (hand-made tables found in the wild swap them).
_HARFBUZZ_THAI_PUA: tuple[tuple[int, int, int], ...] = (
    # SD: shift down
    (0x0E48, 0xF70A, 0xF88B),  # MAI EK
    (0x0E49, 0xF70B, 0xF88E),  # MAI THO
    (0x0E4A, 0xF70C, 0xF891),  # MAI TRI
    (0x0E4B, 0xF70D, 0xF894),  # MAI CHATTAWA
    (0x0E4C, 0xF70E, 0xF897),  # THANTHAKHAT
    (0x0E38, 0xF718, 0xF89B),  # SARA U
    (0x0E39, 0xF719, 0xF89C),  # SARA UU
    (0x0E3A, 0xF71A, 0xF89D),  # PHINTHU
    # SDL: shift down-left
    (0x0E48, 0xF705, 0xF88C),  # MAI EK
    (0x0E49, 0xF706, 0xF88F),  # MAI THO
    (0x0E4A, 0xF707, 0xF892),  # MAI TRI
    (0x0E4B, 0xF708, 0xF895),  # MAI CHATTAWA
    (0x0E4C, 0xF709, 0xF898),  # THANTHAKHAT
    # SL: shift left
    (0x0E48, 0xF713, 0xF88A),  # MAI EK
    (0x0E49, 0xF714, 0xF88D),  # MAI THO
    (0x0E4A, 0xF715, 0xF890),  # MAI TRI
    (0x0E4B, 0xF716, 0xF893),  # MAI CHATTAWA
    (0x0E4C, 0xF717, 0xF896),  # THANTHAKHAT
    (0x0E31, 0xF710, 0xF884),  # MAI HAN-AKAT
    (0x0E34, 0xF701, 0xF885),  # SARA I
    (0x0E35, 0xF702, 0xF886),  # SARA II
    (0x0E36, 0xF703, 0xF887),  # SARA UE
    (0x0E37, 0xF704, 0xF888),  # SARA UEE
    (0x0E47, 0xF712, 0xF889),  # MAITAIKHU
    (0x0E4D, 0xF711, 0xF899),  # NIKHAHIT
    # RD: remove descender (the base consonant itself is replaced)
    (0x0E0D, 0xF70F, 0xF89A),  # YO YING
    (0x0E10, 0xF700, 0xF89E),  # THO THAN
)

THAI_PUA_TO_BASE: dict[str, str] = {
    chr(pua): chr(base) for base, win, mac in _HARFBUZZ_THAI_PUA for pua in (win, mac)
}

# --------------------------------------------------------------------------
# 2. Symbol-font glyphs
# --------------------------------------------------------------------------

CHECKBOX_EMPTY = "☐"
CHECKBOX_CHECKED = "☑"
CHECKBOX_CROSSED = "☒"

# Per-font tables for the glyphs units actually use in forms and lists
# (check boxes, ticks, bullets, arrows, math). Code = byte in the font's
# 8-bit encoding; PDF text layers report it as U+F000 + code.
# Wingdings / Wingdings 2 from the published character charts; verified
# against tj06 (Wingdings2 0x52 renders a ticked box, Wingdings 0xA8 an
# empty one).
_WINGDINGS: dict[int, str] = {
    0x6C: "●", 0x6E: "■", 0x6F: CHECKBOX_EMPTY, 0x70: CHECKBOX_EMPTY,
    0x71: "❑", 0x72: "❒", 0x73: "⬧", 0x74: "⧫", 0x75: "◆", 0x76: "❖",
    0x77: "⬥", 0x78: CHECKBOX_CROSSED, 0x9E: "·", 0x9F: "•", 0xA0: "▪",
    0xA1: "○", 0xA4: "◉", 0xA7: "▪", 0xA8: CHECKBOX_EMPTY, 0xD8: "➢",
    0xDC: "➲", 0xE8: "➔", 0xF0: "⇨", 0xFB: "✗", 0xFC: "✓",
    0xFD: CHECKBOX_CROSSED, 0xFE: CHECKBOX_CHECKED,
}
_WINGDINGS_2: dict[int, str] = {
    0x4F: "✗", 0x50: "✓", 0x51: CHECKBOX_CROSSED, 0x52: CHECKBOX_CHECKED,
    0x53: CHECKBOX_CROSSED, 0x54: CHECKBOX_CROSSED, 0x97: "•", 0x98: "●",
    0x99: "○", 0x9E: "⦿", 0xA2: "■", 0xA3: CHECKBOX_EMPTY,
    0xA4: CHECKBOX_EMPTY, 0xA5: CHECKBOX_EMPTY,
}
_SYMBOL: dict[int, str] = {
    0xA3: "≤", 0xA5: "∞", 0xA8: "♦", 0xAB: "↔", 0xAC: "←", 0xAD: "↑",
    0xAE: "→", 0xAF: "↓", 0xB0: "°", 0xB1: "±", 0xB3: "≥", 0xB4: "×",
    0xB7: "•", 0xB8: "÷", 0xB9: "≠", 0xBB: "≈", 0xD6: "√", 0xDE: "⇒",
}

# When the font is unknown: the reading a Thai form most likely means.
# Check boxes win over Wingdings' pictures and Symbol's Greek letters
# (0x52 is ☑ in Wingdings 2, ☼ in Wingdings, Rho in Symbol). 0xA3 is the
# empty box of Wingdings 2, the pair of its 0x52 ☑ in every Word form
# (Symbol's ≤ is typed as Unicode by Word): left alone, it was the U+FFFD
# of unticked boxes (issue 8).
_SYMBOL_FONT_AGNOSTIC: dict[int, str] = {
    **{k: v for k, v in _SYMBOL.items() if k not in {0xA3, 0xA8}},
    **{k: v for k, v in _WINGDINGS.items() if k not in {0x6C, 0x6E, 0x73, 0x74, 0x77}},
    0x4F: "✗", 0x50: "✓", 0x51: CHECKBOX_CROSSED, 0x52: CHECKBOX_CHECKED,
    0x53: CHECKBOX_CROSSED, 0x54: CHECKBOX_CROSSED, 0xA3: CHECKBOX_EMPTY,
}


def symbol_font_char(code_point: int, font_name: str | None = None) -> str | None:
    """The Unicode reading of a symbol-font glyph (U+F020-F0FF), or None.

    `font_name` is the PDF font name if known (subset prefix allowed, e.g.
    "VLHZNX+Wingdings2"); without it the most likely reading in a Thai form.
    """
    if not 0xF020 <= code_point <= 0xF0FF:
        return None
    code = code_point - 0xF000
    name = re.sub(r"[^a-z0-9]", "", (font_name or "").split("+")[-1].lower())
    if name.startswith("wingdings2"):
        return _WINGDINGS_2.get(code)
    if name.startswith("wingdings3"):
        return None
    if name.startswith("wingdings"):
        return _WINGDINGS.get(code)
    if name.startswith("symbol"):
        return _SYMBOL.get(code)
    return _SYMBOL_FONT_AGNOSTIC.get(code)


def text_with_pua_mapped(text: str, char_fonts: Sequence[str | None] | None = None) -> str:
    """Thai PUA glyphs as base characters, symbol-font glyphs as Unicode.

    Length-preserving, so `char_fonts` (one font name per character of
    `text`, e.g. from pdfium's FPDFText_GetFontInfo) stays aligned.
    Unknown symbol glyphs are kept so a reviewer can still see them.
    """
    if not any("\ue000" <= ch <= "\uf8ff" for ch in text):
        return text
    fonts = char_fonts if char_fonts is not None and len(char_fonts) == len(text) else None
    out = []
    for i, ch in enumerate(text):
        if ch in THAI_PUA_TO_BASE:
            out.append(THAI_PUA_TO_BASE[ch])
            continue
        symbol = symbol_font_char(ord(ch), fonts[i] if fonts else None)
        out.append(symbol if symbol is not None else ch)
    return "".join(out)


# --------------------------------------------------------------------------
# Thai character classes and the dictionary
# --------------------------------------------------------------------------

# Marks drawn above or below the base (general category Mn).
THAI_COMBINING = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
THAI_LETTERS_AND_MARKS = "\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e45\u0e47-\u0e4e"
SARA_AA = "\u0e32"
SARA_AM = "\u0e33"
NIKHAHIT = "\u0e4d"

_THAI_WORDISH = re.compile(f"[{THAI_LETTERS_AND_MARKS}]")
_WINDOW = 24  # characters of context either side of a repair


@cache
def thai_dictionary() -> frozenset[str]:
    """PyThaiNLP's bundled word list (offline)."""
    from pythainlp.corpus import thai_words

    return frozenset(thai_words())


@cache
def _word_log_frequencies() -> dict[str, float]:
    from pythainlp.corpus import tnc

    return {word: math.log1p(count) for word, count in tnc.word_freqs()}


@lru_cache(maxsize=1 << 16)
def _tokens(text: str) -> tuple[str, ...]:
    """newmm's words of `text`. Cached: a repair weighs the same words again
    and again (each candidate reading of each word with its neighbours)."""
    from pythainlp.tokenize import word_tokenize

    return tuple(word_tokenize(text, engine="newmm", keep_whitespace=False))


@dataclass(frozen=True, order=True)
class _Reading:
    """How well the dictionary explains a stretch of Thai (smaller = better)."""

    unknown_chars: int
    n_words: int
    neg_log_freq: float


def _reading(text: str) -> _Reading:
    words = thai_dictionary()
    freqs = _word_log_frequencies()
    unknown = n = 0
    log_freq = 0.0
    for token in _tokens(text):
        if not _THAI_WORDISH.search(token):
            continue
        n += 1
        if token in words:
            log_freq += freqs.get(token, 0.0)
        else:
            unknown += sum(1 for ch in token if "\u0e01" <= ch <= "\u0e4e")
    return _Reading(unknown, n, -log_freq)


def unknown_thai_chars(text: str) -> int:
    """Thai characters of `text` outside dictionary words (newmm segmentation)."""
    return _reading(text).unknown_chars


def thai_dictionary_coverage(text: str) -> float:
    """Fraction of Thai characters that fall in dictionary words (1.0 if no Thai)."""
    n_thai = sum(1 for ch in text if "\u0e01" <= ch <= "\u0e4e")
    if n_thai == 0:
        return 1.0
    unknown = sum(unknown_thai_chars(chunk) for chunk in text.split())
    return max(0.0, 1.0 - unknown / n_thai)


def _left_context(text: str, end: int) -> str:
    """Up to _WINDOW characters before `end`, not crossing whitespace."""
    start = max(0, end - _WINDOW)
    piece = text[start:end]
    cut = max(piece.rfind(" "), piece.rfind("\n"), piece.rfind("\t"), piece.rfind("\r"))
    return piece[cut + 1 :]


def _tail(pieces: list[str], n: int) -> str:
    """The last `n` characters of "".join(pieces), without joining them all."""
    tail: list[str] = []
    length = 0
    for piece in reversed(pieces):
        tail.append(piece)
        length += len(piece)
        if length >= n:
            break
    return "".join(reversed(tail))[-n:]


def _right_context(text: str, start: int) -> str:
    """Up to _WINDOW characters from `start`, not crossing whitespace."""
    piece = text[start : start + _WINDOW]
    m = re.search(r"\s", piece)
    return piece[: m.start()] if m else piece


# --------------------------------------------------------------------------
# 3. Thai read as Latin-1 (TIS-620 / Windows-874 bytes)
# --------------------------------------------------------------------------

_TIS620_AS_LATIN1 = re.compile("[\u00a1-\u00da\u00df-\u00fb]{3,}")


def _tis620_decoded(run: str) -> str:
    return "".join(chr(ord(ch) + 0x0D60) for ch in run)


def text_with_tis620_mojibake_decoded(text: str) -> str:
    """Runs like "ÊÓ¹Ñ¡§Ò¹" re-read as Thai when the result is mostly words."""

    def decode(m: re.Match[str]) -> str:
        thai = _tis620_decoded(m.group())
        return thai if thai_dictionary_coverage(thai) >= 0.7 else m.group()

    return _TIS620_AS_LATIN1.sub(decode, text)


# --------------------------------------------------------------------------
# 4-5. Sara am composition, spaces before marks
# --------------------------------------------------------------------------

_DECOMPOSED_AM = re.compile(f"{NIKHAHIT}([\u0e48-\u0e4b]?){SARA_AA}")
_TONE_THEN_DECOMPOSED_AM = re.compile(f"([\u0e48-\u0e4b]){NIKHAHIT}{SARA_AA}")
_SPACE_BEFORE_MARK = re.compile(
    f"(?<=[{THAI_LETTERS_AND_MARKS}])[ \u00a0]+(?=[{THAI_COMBINING}{SARA_AM}\u0e30\u0e45])"
)


def text_with_sara_am_composed(text: str) -> str:
    """NIKHAHIT + (tone) + SARA AA -> (tone) + SARA AM, as Unicode intends.

    Tesseract writes ำ decomposed; HarfBuzz-style decomposition puts the
    nikhahit before the tone mark (<น ํ ้ า>), typed text after it.
    """
    text = _TONE_THEN_DECOMPOSED_AM.sub(lambda m: m.group(1) + SARA_AM, text)
    return _DECOMPOSED_AM.sub(lambda m: m.group(1) + SARA_AM, text)


def _sequentially_replaced(
    text: str, pattern: re.Pattern[str], decide: Callable[[str, re.Match[str], str], str]
) -> str:
    """`pattern`'s matches replaced left to right by decide(left, match, right),
    where `left` is the already repaired context and `right` the raw one."""
    out: list[str] = []
    pos = 0
    for m in pattern.finditer(text):
        out.append(text[pos : m.start()])
        pos = m.end()
        done = _tail(out, _WINDOW)
        out.append(decide(_left_context(done, len(done)), m, _right_context(text, m.end())))
    out.append(text[pos:])
    return "".join(out)


def _space_dropped_if_better(left: str, m: re.Match[str], right: str) -> str:
    """"" where joining the two sides reads strictly better (fewer chars of no dictionary word), else the space."""
    joined = _reading(left + right).unknown_chars
    return "" if joined < _reading(left + m.group() + right).unknown_chars else m.group()


def text_without_spaces_before_marks(text: str) -> str:
    """ "ค ำน ำ" -> "คำนำ", "ปร ะ" -> "ประ": spaces dropped between a Thai
    letter and a mark that cannot start a syllable.

    Joined only where that reads strictly better: a text layer that
    displaced a mark ("ศักดิฯ รอง ์") is not helped by gluing the mark to
    the wrong word.
    """

    return _sequentially_replaced(text, _SPACE_BEFORE_MARK, _space_dropped_if_better)


_SPACE_AFTER_MARK = re.compile(f"(?<=[\u0e01-\u0e2e][{THAI_COMBINING}])[ \u00a0](?=[\u0e01-\u0e2e])")


def text_without_spaces_after_marks(text: str) -> str:
    """ "ป้ องกัน" -> "ป้องกัน", "เปิ ดเผย" -> "เปิดเผย": a space a font's wide mark left inside a word
    (Purisa), dropped only where the joined text reads strictly better ("ที่ ประชุม" keeps its space).
    Run on a page already found to need repair, never to find one."""

    return _sequentially_replaced(text, _SPACE_AFTER_MARK, _space_dropped_if_better)


# --------------------------------------------------------------------------
# 6. Space + sara aa: a split sara am, or letter spacing
# --------------------------------------------------------------------------

_SPACE_THEN_SARA_AA = re.compile(f"(?<=[{THAI_LETTERS_AND_MARKS}])[ \u00a0]{{1,3}}{SARA_AA}")


def text_with_split_sara_am_joined(text: str) -> str:
    """ "ส านักงาน" -> "สำนักงาน", "ภ าครัฐ" -> "ภาครัฐ", decided per word.

    Broken fonts map the nikhahit glyph of ำ to a space; justified text
    spaces letters out. No Thai syllable starts with า, so the space always
    belongs inside a word; the dictionary picks ำ or า, the more frequent
    word breaking ties, and ำ (the common defect) when nothing separates
    them. A join is made only if it makes the context better known.
    """
    def decide(left: str, m: re.Match[str], right: str) -> str:
        original = _reading(left + m.group() + right)
        as_am = _reading(left + SARA_AM + right)
        as_aa = _reading(left + SARA_AA + right)
        best_char, best = (SARA_AM, as_am) if as_am <= as_aa else (SARA_AA, as_aa)
        return best_char if best.unknown_chars < original.unknown_chars else m.group()

    return _sequentially_replaced(text, _SPACE_THEN_SARA_AA, decide)


# --------------------------------------------------------------------------
# 7. Sara am standing for sara aa ("สำนักงำน")
# --------------------------------------------------------------------------


def _chunk_with_am_for_aa_fixed(chunk: str) -> str:
    """Greedy passes until stable: a fix can make a neighbour's fix visible
    ("กำรวิเครำะห์": the first ำ only reads better once the second is า)."""
    chars = list(chunk)
    for _ in range(4):
        changed = False
        for i, ch in enumerate(chars):
            if ch != SARA_AM:
                continue
            current = "".join(chars)
            left = current[max(0, i - _WINDOW) : i]
            right = current[i + 1 : i + 1 + _WINDOW]
            original = _reading(left + SARA_AM + right)
            fixed = _reading(left + SARA_AA + right)
            if (fixed.unknown_chars, fixed.n_words) < (original.unknown_chars, original.n_words):
                chars[i] = SARA_AA
                changed = True
        if not changed:
            break
    return "".join(chars)


def text_with_am_for_aa_fixed(text: str) -> str:
    """ "กำรวิเครำะห์" -> "การวิเคราะห์" where the word list confirms it.

    Some heading fonts report every sara aa as sara am. Only whitespace-
    delimited chunks that contain ำ, no า at all (the broken font has no
    า) and words the dictionary does not know are candidates; each ำ changes
    only if that leaves fewer unknown characters, or as few and fewer words
    ("กำ|รวิ|เคราะห์" -> "การ|วิเคราะห์"): "น้ำ", "ประจำปี" stay.
    """

    def fix(m: re.Match[str]) -> str:
        chunk = m.group()
        if SARA_AM not in chunk or SARA_AA in chunk:
            return chunk
        before = unknown_thai_chars(chunk)
        if before == 0:
            return chunk
        fixed = _chunk_with_am_for_aa_fixed(chunk)
        after = unknown_thai_chars(fixed)
        n_thai = sum(1 for ch in chunk if "\u0e01" <= ch <= "\u0e4e")
        # A chunk in the broken font reads (almost) fully once fixed; one
        # that still has unknown words was something else (a typo, a name).
        return fixed if after < before and after * 10 <= n_thai else chunk

    return re.sub(r"\S+", fix, text)


# --------------------------------------------------------------------------
# 8. Latin letters standing in for tone marks ("ดlาน")
# --------------------------------------------------------------------------

_LATIN_IN_THAI = re.compile(f"(?<=[{THAI_LETTERS_AND_MARKS}])[A-Za-z](?![A-Za-z])")
_MARK_CANDIDATES = "\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e31\u0e34\u0e35\u0e36\u0e37\u0e47\u0e38\u0e39"


def _mark_readings(text: str, m: re.Match[str]) -> tuple[_Reading, dict[str, _Reading]]:
    left = _left_context(text, m.start())
    right = _right_context(text, m.end())
    original = _reading(left + m.group() + right)
    return original, {mark: _reading(left + mark + right) for mark in _MARK_CANDIDATES}


def text_with_latin_tone_marks_fixed(text: str) -> str:
    """ "ดlาน" -> "ด้าน", "ปgองกัน" -> "ป้องกัน" where the word list confirms it.

    Some exporters (Canva) give tone-mark glyphs Latin letters as Unicode.
    Each letter is replaced by the mark that best explains the words around
    it; when several marks make equally known words, the mark this text's
    unambiguous cases chose for the same letter wins (a font maps a glyph
    consistently), then the more frequent word.
    """
    matches = list(_LATIN_IN_THAI.finditer(text))
    if not matches:
        return text
    choices: dict[int, list[str]] = {}
    votes: dict[str, Counter[str]] = {}
    for m in matches:
        original, readings = _mark_readings(text, m)
        improving = {k: r for k, r in readings.items() if r.unknown_chars < original.unknown_chars}
        if not improving:
            continue
        fewest_unknown = min(r.unknown_chars for r in improving.values())
        best = sorted(
            (r, k) for k, r in improving.items() if r.unknown_chars == fewest_unknown
        )
        choices[m.start()] = [k for _, k in best]
        if len(best) == 1:
            votes.setdefault(m.group(), Counter())[best[0][1]] += 1
    out: list[str] = []
    pos = 0
    for m in matches:
        candidates = choices.get(m.start())
        if not candidates:
            continue
        voted = [k for k, _ in votes.get(m.group(), Counter()).most_common() if k in candidates]
        out.append(text[pos : m.start()])
        out.append(voted[0] if voted else candidates[0])
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


# --------------------------------------------------------------------------
# All together
# --------------------------------------------------------------------------


_UNMAPPED_LEAD = re.compile(r"(?m)^([ \t]*)\ufffd(?=[ \t]*\S)")


def text_with_unmapped_bullets(text: str) -> str:
    """A glyph the PDF gives no text for (U+FFFD), opening a line, as the bullet it is
    ("🔹 รอบการประเมิน ..." drawn from an emoji font without a Unicode map)."""
    return _UNMAPPED_LEAD.sub(r"\1•", text) if "\ufffd" in text else text


def repair_thai_text(text: str, *, char_fonts: Sequence[str | None] | None = None) -> str:
    """Faithful Thai from a broken text layer or OCR output.

    `char_fonts`, if given, names the font of each character of `text`
    (same length) so symbol glyphs are read with the right font's table.
    Idempotent, and a no-op on correct Thai.
    """
    text = text_with_unmapped_bullets(text_with_pua_mapped(text, char_fonts))
    if not any("\u00a1" <= ch <= "\u0e7f" for ch in text):
        return text
    text = text_with_tis620_mojibake_decoded(text)
    text = text_with_sara_am_composed(text)
    text = text.replace("\u0e33\u0e32", "\u0e33")  # "อำานวยการ": sara am then sara aa is no Thai spelling
    text = text_without_spaces_before_marks(text)
    text = text_without_spaces_after_marks(text)
    text = text_with_split_sara_am_joined(text)
    text = text_with_am_for_aa_fixed(text)
    text = text_with_latin_tone_marks_fixed(text)
    return text
