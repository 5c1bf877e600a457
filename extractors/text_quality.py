"""How trustworthy a PDF page's text layer is, and what to do about it.

`assess_page_text` looks at the raw text pdfium extracted from one page and
answers two questions: does it carry a repairable defect (`needs_repair`:
run `extractors.thai_repair.repair_thai_text`), or is it missing or junk so
the page must be read from its image (`needs_ocr`: run
`extractors.ocr.ocr_pdf_pages`)? The counts say why, for warnings and for
reviewers.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from extractors.thai_repair import (
    SARA_AA,
    SARA_AM,
    THAI_COMBINING,
    THAI_LETTERS_AND_MARKS,
    THAI_PUA_TO_BASE,
    repair_thai_text,
    thai_dictionary_coverage,
    unknown_thai_chars,
)

# A page with fewer letters than this says nothing (a page number, "-๒-").
MIN_MEANINGFUL_LETTERS = 10
# An image over at least this share of the page can hold the page's text.
SCAN_IMAGE_COVERAGE = 0.5
# Below this image share an empty page is blank (a logo at most), not a scan.
BLANK_IMAGE_COVERAGE = 0.05
# A text layer this short over a page-size image is probably a stamp or a
# caption, not the page's text.
SHORT_TEXT_LETTERS = 100

_THAI_LETTER = re.compile("[\u0e01-\u0e2e]")
_LATIN_LETTER = re.compile("[A-Za-z]")
_SPLIT_SARA_AM = re.compile(f"[{THAI_LETTERS_AND_MARKS}][ \u00a0]{{1,3}}[{SARA_AA}{SARA_AM}]")
_DECOMPOSED_SARA_AM = re.compile("\u0e4d[\u0e48-\u0e4b]?\u0e32|[\u0e48-\u0e4b]\u0e4d\u0e32")
_SPACED_MARK = re.compile(f"[{THAI_LETTERS_AND_MARKS}][ \u00a0]+[{THAI_COMBINING}\u0e30\u0e45]")
_LATIN_IN_THAI = re.compile(f"(?<=[{THAI_LETTERS_AND_MARKS}])[A-Za-z](?![A-Za-z])")
_TIS620_AS_LATIN1 = re.compile("[\u00a1-\u00da\u00df-\u00fb]{3,}")
_CLEAN_LATIN_WORD = re.compile(r"[A-Za-z]+(?:['’\-][A-Za-z]+)*")
_VOWEL = re.compile("[aeiouyAEIOUY]")


@dataclass(frozen=True)
class PageQuality:
    """What is wrong with one page's text layer."""

    n_chars: int  # non-whitespace characters
    n_thai_letters: int  # Thai consonants
    n_latin_letters: int
    n_thai_pua: int  # Thai shaping glyphs (U+F700-F71A, U+F884-F89E)
    n_symbol_pua: int  # symbol-font glyphs (U+F000-F0FF): check boxes, bullets
    n_other_pua: int
    n_replacement_chars: int  # U+FFFD: glyphs the PDF gives no text for
    n_split_sara_am: int  # "ส านักงาน", "ค ำน ำ"
    n_decomposed_sara_am: int  # nikhahit + sara aa
    n_spaced_marks: int  # space before a combining mark
    n_am_for_aa_chunks: int  # "สำนักงำน": chunks with ำ, no า, unknown words
    n_latin_for_marks: int  # "ดlาน"
    n_tis620_runs: int  # "ÊÓ¹Ñ¡§Ò¹"
    clean_latin_share: float  # Latin letters inside well-formed words (1.0 if none)
    image_coverage: float | None  # share of the page under images, if the caller knew
    is_empty: bool
    is_junk_layer: bool
    image_text_suspected: bool
    needs_repair: bool
    needs_ocr: bool
    reasons: tuple[str, ...] = field(default=())
    repaired_text: str = field(default="", repr=False)

    @property
    def thai_word_coverage(self) -> float:
        """After repair: share of Thai chars in dictionary words. Computed on
        demand: it segments the whole page, which would triple the cost of
        assessing a clean page."""
        return thai_dictionary_coverage(self.repaired_text)


_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")


def count_thai_pua(text: str) -> int:
    if not _PRIVATE_USE.search(text):  # most pages: no char-by-char count
        return 0
    return sum(1 for ch in text if ch in THAI_PUA_TO_BASE)


def count_symbol_pua(text: str) -> int:
    if not _PRIVATE_USE.search(text):
        return 0
    return sum(1 for ch in text if "\uf000" <= ch <= "\uf0ff")


def count_other_pua(text: str) -> int:
    if not _PRIVATE_USE.search(text):
        return 0
    return sum(
        1
        for ch in text
        if "\ue000" <= ch <= "\uf8ff" and ch not in THAI_PUA_TO_BASE and not "\uf000" <= ch <= "\uf0ff"
    )


def count_am_for_aa_chunks(text: str) -> int:
    """Whitespace-delimited chunks that look set in a font reporting า as ำ."""
    n = 0
    for chunk in text.split():
        if SARA_AM in chunk and SARA_AA not in chunk and unknown_thai_chars(chunk) > 0:
            n += 1
    return n


def clean_latin_share(text: str) -> float:
    """Share of Latin letters that sit in well-formed words ("Merit", "ITA",
    "e-GP"), not in gibberish ("611un,q1uu", "u:sn").

    A Thai scan carrying an OCR layer made with a Latin-script model reads as
    runs of letters glued to digits and punctuation, often without vowels.
    """
    total = clean = 0
    for token in text.split():
        letters = len(_LATIN_LETTER.findall(token))
        if not letters:
            continue
        total += letters
        core = token.strip(".,;:!?()[]{}\"'“”‘’")
        if _CLEAN_LATIN_WORD.fullmatch(core) and (_VOWEL.search(core) or core.isupper()):
            clean += letters
    return 1.0 if total == 0 else clean / total


_MEANINGFUL_LETTER = re.compile("[\u0e01-\u0e2eA-Za-z]")


def meaningful_letters(text: str) -> int:
    """Thai consonants plus Latin letters: what is left of a page once page
    numbers, rules and punctuation are ignored."""
    return len(_THAI_LETTER.findall(text)) + len(_LATIN_LETTER.findall(text))


def has_meaningful_letters(text: str, n: int) -> bool:
    """meaningful_letters(text) >= n, counting no further than n."""
    return len(text) >= n and sum(1 for _ in itertools.islice(_MEANINGFUL_LETTER.finditer(text), n)) == n


def is_junk_text_layer(text: str) -> bool:
    """Mostly Latin gibberish with hardly any Thai: a wrong-script OCR layer
    (or a font whose codes are not Unicode) over what is really Thai."""
    n_thai, n_latin = len(_THAI_LETTER.findall(text)), len(_LATIN_LETTER.findall(text))
    return mostly_latin(n_thai, n_latin) and clean_latin_share(text) < 0.6


def mostly_latin(n_thai: int, n_latin: int) -> bool:
    """Enough Latin letters and hardly any Thai for a page to be a junk text
    layer, if its Latin is also gibberish (`is_junk_text_layer`)."""
    return n_latin >= 40 and n_thai <= 0.2 * (n_thai + n_latin)


def assess_page_text(text: str, *, image_coverage: float | None = None) -> PageQuality:
    """Quality of one page's raw text layer (before any repair).

    `image_coverage` is the share of the page covered by images
    (`extractors.ocr.page_image_coverage`); pass it when known so a blank
    page is not sent to OCR and a scan under a short caption is.
    """
    n_thai = len(_THAI_LETTER.findall(text))
    n_latin = len(_LATIN_LETTER.findall(text))
    n_thai_pua = count_thai_pua(text)
    n_symbol_pua = count_symbol_pua(text)
    n_split = len(_SPLIT_SARA_AM.findall(text))
    n_decomposed = len(_DECOMPOSED_SARA_AM.findall(text))
    n_spaced = len(_SPACED_MARK.findall(text))
    n_am_for_aa = count_am_for_aa_chunks(text) if SARA_AM in text else 0
    n_latin_marks = len(_LATIN_IN_THAI.findall(text))
    n_tis620 = len(_TIS620_AS_LATIN1.findall(text))
    letters = n_thai + n_latin  # meaningful_letters(text)
    latin_share = clean_latin_share(text)

    is_empty = letters < MIN_MEANINGFUL_LETTERS
    is_junk = not is_empty and mostly_latin(n_thai, n_latin) and latin_share < 0.6  # is_junk_text_layer(text)
    has_scan = image_coverage is not None and image_coverage >= SCAN_IMAGE_COVERAGE
    image_text = has_scan and not is_junk and not is_empty and letters < SHORT_TEXT_LETTERS

    blank = is_empty and image_coverage is not None and image_coverage < BLANK_IMAGE_COVERAGE
    needs_ocr = (is_empty and not blank) or is_junk or image_text

    reasons: list[str] = []
    if blank:
        reasons.append("blank page")
    elif is_empty:
        reasons.append("no text layer")
    if is_junk:
        reasons.append("junk text layer (Latin gibberish over Thai)")
    if image_text:
        reasons.append("page-size image with little text")

    repairable = {
        "Thai PUA glyphs": n_thai_pua,
        "symbol-font glyphs": n_symbol_pua,
        "split sara am": n_split,
        "decomposed sara am": n_decomposed,
        "spaces before marks": n_spaced,
        "sara aa read as sara am": n_am_for_aa,
        "Latin letters for tone marks": n_latin_marks,
        "TIS-620 read as Latin-1": n_tis620,
        "sara am doubled": text.count("\u0e33\u0e32"),  # "งานอำานวยการ" (a re-distilled PDF's ToUnicode)
    }
    reasons.extend(f"{name}: {count}" for name, count in repairable.items() if count)
    repaired = repair_thai_text(text) if any(repairable.values()) else text
    needs_repair = not needs_ocr and repaired != text

    return PageQuality(
        n_chars=sum(map(len, text.split())),  # chars not white space
        n_thai_letters=n_thai,
        n_latin_letters=n_latin,
        n_thai_pua=n_thai_pua,
        n_symbol_pua=n_symbol_pua,
        n_other_pua=count_other_pua(text),
        n_replacement_chars=text.count("\ufffd"),
        n_split_sara_am=n_split,
        n_decomposed_sara_am=n_decomposed,
        n_spaced_marks=n_spaced,
        n_am_for_aa_chunks=n_am_for_aa,
        n_latin_for_marks=n_latin_marks,
        n_tis620_runs=n_tis620,
        clean_latin_share=latin_share,
        image_coverage=image_coverage,
        is_empty=is_empty,
        is_junk_layer=is_junk,
        image_text_suspected=image_text,
        needs_repair=needs_repair,
        needs_ocr=needs_ocr,
        reasons=tuple(reasons),
        repaired_text=repaired,
    )
