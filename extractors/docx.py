"""Paragraphs and tables from a Word .docx, in body order.

python-docx gives the package and styles; the body is walked on the XML
because python-docx's own views drop or repeat content that ITA reports use:
content controls (w:sdt) around paragraphs, runs, rows and cells; text boxes
(w:txbxContent inside drawings and VML shapes); merged cells (python-docx
repeats a merged cell once per grid column it covers); nested tables.

Word has no pages until it is laid out, so pages are split only at explicit
breaks (w:br type="page", w:pageBreakBefore, a section break that starts a
new page); blocks carry no page number.
"""

from __future__ import annotations

import zipfile
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from lxml import etree

from .docx_numbering import ListNumbering
from .errors import ExtractionError
from .model import Block, ExtractedDocument, Page, Table, is_visible_fill
from .thai_repair import symbol_font_char
from .tab_tables import with_tab_tables

# The list numbering of the document being read (paragraph_pieces is reached
# from body and table code alike); a ContextVar keeps threads apart.
_NUMBERING: ContextVar[ListNumbering | None] = ContextVar("docx_numbering", default=None)

MSG_EMPTY = "empty file (0 bytes): ask the unit to send it again"
MSG_DAMAGED = "damaged Word file: ask the unit to send it again"
MSG_ENCRYPTED = "encrypted Word file: ask the unit for an unprotected copy"
MSG_LEGACY = (
    "named .docx but contains a legacy Word .doc document: "
    "open it in Word and save it as .docx, then submit again"
)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


P, TBL, TR, TC = w("p"), w("tbl"), w("tr"), w("tc")
SDT, SDT_CONTENT, CUSTOM_XML, SMART_TAG = w("sdt"), w("sdtContent"), w("customXml"), w("smartTag")
TXBX_CONTENT = w("txbxContent")
MC_FALLBACK = f"{{{MC}}}Fallback"

# Elements that only wrap content: their children stand in their place.
WRAPPERS = {SDT, SDT_CONTENT, CUSTOM_XML, SMART_TAG, w("ins"), w("hyperlink"), w("fldSimple"), w("dir"), w("bdo")}
# Never read text inside these (deleted text, field codes, properties, notes).
SKIPPED = {
    w("del"), w("moveFrom"), w("instrText"), w("delText"), w("delInstrText"),
    w("pPr"), w("rPr"), w("sdtPr"), w("sdtEndPr"), w("tblPr"), w("trPr"), w("tcPr"),
    w("footnoteReference"), w("endnoteReference"), w("commentReference"), MC_FALLBACK,
}
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


# ---------------------------------------------------------------------------
# Opening


def extract_docx(path: Path) -> ExtractedDocument:
    """Read a .docx body: paragraphs (with style names) and tables in order."""
    path = Path(path)
    body, style_names, style_sizes, numbering, header = open_body(path)
    reader = BodyReader(style_names, style_sizes)
    token = _NUMBERING.set(numbering)
    try:
        if header is not None:
            reader.read_children(header)  # a letterhead in the page header reads first, as on the page
        reader.read_children(body)
    finally:
        _NUMBERING.reset(token)
    texts = ["\n".join(lines) for lines in reader.pages]
    while len(texts) > 1 and not texts[-1]:  # a break at the very end opens no page
        texts.pop()
    pages = [Page(page_no=i + 1, text=text) for i, text in enumerate(texts)]
    return ExtractedDocument(format="docx", page_count=None, pages=pages, blocks=with_tab_tables(reader.blocks))


def open_body(path: Path) -> tuple[etree._Element, dict[str, str], dict[str, float], ListNumbering | None,
                                   etree._Element | None]:
    """The document's w:body, its paragraph style names and font sizes by style id, its list numbering,
    and the header of its first page (w:hdr, None when it has none)."""
    import docx  # python-docx
    from docx.opc.exceptions import PackageNotFoundError

    with path.open("rb") as fh:
        head = fh.read(8)
    if not head:
        raise ExtractionError(MSG_EMPTY)
    if head == OLE_MAGIC:
        raise ExtractionError(MSG_ENCRYPTED if is_encrypted_ooxml(path) else MSG_LEGACY)
    refuse_unsafe_package(path)
    try:
        document = docx.Document(str(path))
        body = document.element.body
        style_names = paragraph_style_names(document)
        style_sizes = paragraph_style_sizes(document)
        numbering = ListNumbering.of_document(document)
        header = first_page_header(document)
    except etree.XMLSyntaxError as exc:
        raise ExtractionError(MSG_ENTITIES if "entit" in str(exc).lower() else MSG_DAMAGED) from exc
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, EOFError, OSError) as exc:
        raise ExtractionError(MSG_DAMAGED) from exc
    if body is None:
        raise ExtractionError(MSG_DAMAGED)
    return body, style_names, style_sizes, numbering, header


def first_page_header(document) -> etree._Element | None:
    """The header printed on the first page (its own first-page header when the section has one), or
    None: a unit's letterhead may be there and nowhere in the body."""
    if not document.sections:
        return None
    section = document.sections[0]
    header = section.first_page_header if section.different_first_page_header_footer else section.header
    if header.is_linked_to_previous:
        return None  # no header part of its own
    return header._element


def text_of_w_t(t: etree._Element) -> str:
    """A w:t's text as a reader sees it. An entity reference is never expanded (no XXE, no billion
    laughs): lxml keeps it as a child node, and the text after it is that node's tail, which `.text`
    alone would drop. Characters that show nothing (zero-width spaces and joiners, soft hyphens: text
    pasted from web pages is full of them) are dropped, a no-break space is a space."""
    return as_displayed((t.text or "") + "".join(child.tail or "" for child in t))


_INVISIBLE = str.maketrans({"\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None, "\ufeff": None,
                            "\u00ad": None, "\u00a0": " ", "\u202f": " "})


def as_displayed(text: str) -> str:
    """`text` without the characters that show nothing, no-break spaces as spaces."""
    return text.translate(_INVISIBLE)


# A .docx part may unpack to at most this (a 300-page report's document.xml
# is ~20 MB) and at most MAX_RATIO times its compressed size (XML compresses
# 5-20x; a zip bomb 1000x).
MAX_PART_BYTES = 256 * 2**20
MAX_PACKAGE_BYTES = 1024 * 2**20
MAX_RATIO = 200
MSG_ENTITIES = ("this Word file defines XML entities that would expand to far more text than a report (Word never "
                "writes them; a 'billion laughs' file): it is not read; ask the unit to save it again from Word")
MSG_NO_BODY = ("damaged Word file: it has no main text part (word/document.xml); ask the unit to open it in "
               "Word, save it again and send it")


def refuse_unsafe_package(path: Path) -> None:
    """ExtractionError, before anything is unpacked, for a .docx that would unpack to too much
    (a zip bomb) or has no document.xml. Sizes come from the zip directory: nothing is inflated."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ExtractionError(MSG_DAMAGED) from exc
    if not any(m.filename == "word/document.xml" for m in members):
        raise ExtractionError(MSG_NO_BODY)
    total = sum(m.file_size for m in members)
    worst = max(members, key=lambda m: m.file_size)
    ratio = worst.file_size / max(worst.compress_size, 1)
    if worst.file_size > MAX_PART_BYTES or total > MAX_PACKAGE_BYTES or (ratio > MAX_RATIO and worst.file_size > 2**20):
        raise ExtractionError(
            f"this Word file would unpack to {total / 2**20:,.0f} MB ({worst.filename}: "
            f"{worst.file_size / 2**20:,.0f} MB from {worst.compress_size / 2**20:,.1f} MB), far more than a report: "
            "it is not read (it may be damaged or built to crash readers); ask the unit to save it again from Word"
        )


DEFAULT_STYLE = ""  # key for the default paragraph style's name


def paragraph_style_names(document) -> dict[str, str]:
    """Style names by style id, plus DEFAULT_STYLE for paragraphs without one."""
    from docx.enum.style import WD_STYLE_TYPE

    names = {s.style_id: s.name for s in document.styles if s.style_id and s.name}
    default = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
    names[DEFAULT_STYLE] = default.name if default is not None else "Normal"
    return names


def run_properties_size(rpr: etree._Element | None) -> float | None:
    """Font size (pt) set in a w:rPr: the complex-script size Thai is drawn in, else w:sz."""
    if rpr is None:
        return None
    for tag in ("szCs", "sz"):
        el = rpr.find(w(tag))
        if el is not None and (val := el.get(w("val"), "")).isdigit():
            return int(val) / 2
    return None


def paragraph_style_sizes(document) -> dict[str, float]:
    """Font size (pt) of each paragraph style by id (following basedOn), plus
    DEFAULT_STYLE for the document default: a title is told from the body by
    its size as much as by its style name."""
    from docx.enum.style import WD_STYLE_TYPE

    defaults = document.styles.element.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
    sizes = {DEFAULT_STYLE: run_properties_size(defaults) or 0.0}
    for style in document.styles:
        if style.type != WD_STYLE_TYPE.PARAGRAPH or not style.style_id:
            continue
        size, current = None, style
        while current is not None and size is None:
            size = run_properties_size(current.element.find(w("rPr")))
            current = current.base_style
        sizes[style.style_id] = size or sizes[DEFAULT_STYLE]
    return sizes


def is_encrypted_ooxml(path: Path) -> bool:
    """An OLE compound file holding an "EncryptedPackage" stream: a password-
    protected .docx/.xlsx (MS-OFFCRYPTO). Looks for the stream's directory
    entry: the UTF-16 name at a 128-byte entry boundary, with its length."""
    data = path.read_bytes()
    name = "EncryptedPackage".encode("utf-16-le") + b"\0\0"
    start = data.find(name)
    while start != -1:
        if start % 128 == 0 and data[start + 64 : start + 66] == len(name).to_bytes(2, "little"):
            return True
        start = data.find(name, start + 1)
    return False


# ---------------------------------------------------------------------------
# Walking the body


def logical_children(element: etree._Element) -> Iterator[etree._Element]:
    """Children with wrapper elements (content controls, custom XML) opened."""
    for child in element:
        if child.tag in WRAPPERS:
            yield from logical_children(child)
        elif child.tag == f"{{{MC}}}AlternateContent":
            choice = next(iter(child), None)  # mc:Choice first; Fallback repeats it
            if choice is not None:
                yield from logical_children(choice)
        elif isinstance(child.tag, str):
            yield child


@dataclass
class BodyReader:
    """Collects blocks and page texts while walking a body in order."""

    style_names: dict[str, str]
    style_sizes: dict[str, float] = field(default_factory=dict)
    blocks: list[Block] = field(default_factory=list)
    pages: list[list[str]] = field(default_factory=lambda: [[]])

    def read_children(self, container: etree._Element) -> None:
        for child in logical_children(container):
            if child.tag == P:
                self.read_paragraph(child)
            elif child.tag == TBL:
                self.read_table(child)

    def new_page(self) -> None:
        self.pages.append([])

    def read_paragraph(self, p: etree._Element) -> None:
        if starts_on_new_page(p) and any(self.pages[-1]):
            self.new_page()
        segments = page_segments(paragraph_pieces(p))
        text = "".join(segments).strip()
        if text:
            self.blocks.append(Block(kind="paragraph", text=text, style=self.style_of(p),
                                     font_size=self.font_size_of(p)))
        for k, segment in enumerate(segments):
            if k:
                self.new_page()
            if segment.strip():
                self.pages[-1].append(segment.strip())
        for box in text_boxes(p):
            self.read_children(box)
        if ends_section_on_new_page(p):
            self.new_page()

    def style_of(self, p: etree._Element) -> str | None:
        style = p.find(f"{w('pPr')}/{w('pStyle')}")
        style_id = style.get(w("val")) if style is not None else None
        if style_id is None:
            return self.style_names.get(DEFAULT_STYLE)
        return self.style_names.get(style_id, style_id)

    def font_size_of(self, p: etree._Element) -> float | None:
        """The largest size (pt) the paragraph's text runs are drawn in."""
        style = p.find(f"{w('pPr')}/{w('pStyle')}")
        base = self.style_sizes.get(style.get(w("val")) if style is not None else DEFAULT_STYLE)
        sizes = [run_properties_size(r.find(w("rPr"))) or base for r in p.iter(w("r"))
                 if "".join(text_of_w_t(t) for t in r.iter(w("t"))).strip()]
        return max((s for s in sizes if s), default=base) or None

    def read_table(self, tbl: etree._Element) -> None:
        nested: list[etree._Element] = []
        rows = table_rows(tbl, nested)
        cells = list(table_cells(tbl))
        if (len(rows) == 1 and len(rows[0]) == 1 and len(cells) == 1) or is_layout_frame(rows, nested):
            # a framed box (a one-cell table: "แนวทางพัฒนา" with its numbered lines) is paragraphs,
            # as the PDF extractor reads a one-cell grid; a table laid out to hold other tables
            # ("มาตรการที่ ๑ | <name> + its activities' table") gives its text and its tables in order
            for tc in cells:
                self.read_children(tc)
            return
        if rows:
            self.blocks.append(Block(kind="table", table=Table(rows=rows, shaded=table_shading(tbl))))
            self.pages[-1].append("\n".join("\t".join(r) for r in rows))
        for inner in nested:
            nested_rows = table_rows(inner, [])
            if nested_rows:
                self.blocks.append(Block(kind="table", table=Table(rows=nested_rows, shaded=table_shading(inner))))
        for tc in cells:
            for p in tc.iter(P):
                for box in text_boxes(p):
                    self.read_children(box)


# ---------------------------------------------------------------------------
# Paragraph text


class _PageBreak(str):
    pass


PAGE_BREAK = _PageBreak("")


def paragraph_pieces(p: etree._Element) -> list[str]:
    """The paragraph's text in order, split at page breaks (PAGE_BREAK items).

    Text boxes anchored in the paragraph are not part of its text: they are
    read as their own blocks after it. A list paragraph starts with the
    marker Word draws for it ("1.", "๑)", "•").
    """
    numbering = _NUMBERING.get()
    marker = numbering.marker(p) if numbering is not None else None
    pieces: list[str] = [f"{marker} " if marker else ""]

    def walk(element: etree._Element) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in SKIPPED or tag == TXBX_CONTENT:
                continue
            if tag == f"{{{MC}}}AlternateContent":
                choice = next(iter(child), None)
                if choice is not None:
                    walk(choice)
                continue
            if tag == w("t"):
                pieces[-1] += text_of_w_t(child)
            elif tag == w("tab") or tag == w("ptab"):
                pieces[-1] += "\t"
            elif tag == w("br"):
                if child.get(w("type")) == "page":
                    pieces.extend([PAGE_BREAK, ""])
                else:
                    pieces[-1] += "\n"
            elif tag == w("cr"):
                pieces[-1] += "\n"
            elif tag == w("noBreakHyphen"):
                pieces[-1] += "-"
            elif tag == w("sym"):
                pieces[-1] += symbol_char(child)
            elif tag == P:  # a paragraph inside e.g. a math or drawing object
                walk(child)
                pieces[-1] += "\n"
            else:
                walk(child)

    walk(p)
    return [x for x in pieces if x is PAGE_BREAK or x]


def page_segments(pieces: list[str]) -> list[str]:
    """Paragraph text split at its page breaks (n breaks, n + 1 segments)."""
    segments = [""]
    for piece in pieces:
        if piece is PAGE_BREAK:
            segments.append("")
        else:
            segments[-1] += piece
    return segments


def symbol_char(sym: etree._Element) -> str:
    """A w:sym's character: a check box or bullet of its symbol font as Unicode (Wingdings 2
    "R" is ☑, "£" is ☐), else the char code as is (symbol fonts map into U+F0xx)."""
    try:
        code = int(sym.get(w("char"), ""), 16)
    except ValueError:
        return ""
    # Word writes the private-use code ("F052") or the font's byte ("0052")
    pua = code + 0xF000 if 0x20 <= code <= 0xFF else code
    return symbol_font_char(pua, sym.get(w("font"))) or chr(code)


def text_boxes(p: etree._Element) -> list[etree._Element]:
    """Text box contents anchored in this paragraph, each once (a drawing's
    mc:Fallback VML copy of the same box is skipped)."""
    boxes = []
    for box in p.iter(TXBX_CONTENT):
        if any(a.tag == MC_FALLBACK for a in box.iterancestors()):
            continue
        # only the outermost boxes: a box in a box is read from its parent
        if any(a.tag == TXBX_CONTENT for a in box.iterancestors()):
            continue
        boxes.append(box)
    return boxes


def starts_on_new_page(p: etree._Element) -> bool:
    flag = p.find(f"{w('pPr')}/{w('pageBreakBefore')}")
    return flag is not None and flag.get(w("val"), "true") not in ("0", "false", "off")


def ends_section_on_new_page(p: etree._Element) -> bool:
    """A section break in this paragraph whose next section starts a page.

    The type of a break is given by the next section's sectPr; the default
    (and Word's usual) is a new page, so only "continuous" is not one.
    """
    sect = p.find(f"{w('pPr')}/{w('sectPr')}")
    if sect is None:
        return False
    following = next_section_type(p)
    return following not in ("continuous", "nextColumn")


def next_section_type(p: etree._Element) -> str:
    for sibling in p.itersiblings():
        sect = sibling.find(f"{w('pPr')}/{w('sectPr')}") if sibling.tag == P else (
            sibling if sibling.tag == w("sectPr") else None
        )
        if sect is not None:
            kind = sect.find(w("type"))
            return kind.get(w("val"), "nextPage") if kind is not None else "nextPage"
    return "nextPage"


# ---------------------------------------------------------------------------
# Tables


def table_cells(tbl: etree._Element) -> Iterator[etree._Element]:
    for tr in logical_children(tbl):
        if tr.tag == TR:
            for tc in logical_children(tr):
                if tc.tag == TC:
                    yield tc


def is_layout_frame(rows: list[list[str]], nested: list[etree._Element]) -> bool:
    """Whether a table only frames other tables: a label column beside cells whose nested tables hold
    at least 40% of its text (a measures table with a small table in one cell stays a table)."""
    if not nested or max((len(r) for r in rows), default=0) < 2:
        return False  # (a one-column form box keeps its rows as a table, as before)
    total = sum(len(c) for r in rows for c in r)
    inner = sum(len(c) for t in nested for r in table_rows(t, []) for c in r)
    return total > 0 and inner >= 0.4 * total


def table_rows(tbl: etree._Element, nested: list[etree._Element]) -> list[list[str]]:
    """Cell strings per row, each w:tc once (a horizontally merged cell is one
    w:tc with gridSpan), vertically merged continuation cells as "".

    Nested tables found in cells are appended to `nested`, outermost first.
    """
    rows: list[list[str]] = []
    for tr in logical_children(tbl):
        if tr.tag != TR:
            continue
        row = []
        for tc in logical_children(tr):
            if tc.tag != TC:
                continue
            row.append("" if continues_vertical_merge(tc) else cell_text(tc, nested))
        rows.append(row)
    return rows


def table_shading(tbl: etree._Element) -> list[list[bool]]:
    """Whether each cell has a visible background fill, aligned with `table_rows` (each w:tc
    once, in the same walk)."""
    return [[cell_shaded(tc) for tc in logical_children(tr) if tc.tag == TC]
            for tr in logical_children(tbl) if tr.tag == TR]


# the share of the pattern colour (w:shd/@w:color) a pattern mixes into the fill: "pct25" is 25%,
# "clear" none, "solid" all; a stripe or cross pattern about half ("thin..." a quarter)
SHADING_SHARES = {"clear": 0.0, "nil": 0.0, "solid": 1.0}


def shading_share(pattern: str) -> float:
    if pattern in SHADING_SHARES:
        return SHADING_SHARES[pattern]
    if pattern.startswith("pct") and pattern[3:].isdigit():
        return int(pattern[3:]) / 100
    return 0.25 if pattern.startswith("thin") else 0.5


def hex_rgb(value: str | None, auto: tuple[int, int, int]) -> tuple[int, int, int]:
    """An "RRGGBB" colour as channels; `auto` for "auto", a missing or malformed one."""
    if value is None or len(value) != 6:
        return auto
    try:
        return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)
    except ValueError:
        return auto


def cell_shaded(tc: etree._Element) -> bool:
    """Whether the cell's own shading (w:tcPr/w:shd) shows: its fill with its pattern colour
    mixed in (an "auto" fill is none, an "auto" pattern colour black), not white or near white."""
    shd = tc.find(f"{w('tcPr')}/{w('shd')}")
    if shd is None or shd.get(w("val")) == "nil":
        return False
    share = shading_share(shd.get(w("val"), "clear"))
    fill = hex_rgb(shd.get(w("fill")), (255, 255, 255))
    color = hex_rgb(shd.get(w("color")), (0, 0, 0))
    return is_visible_fill(*(share * c + (1 - share) * f for c, f in zip(color, fill)))


def continues_vertical_merge(tc: etree._Element) -> bool:
    merge = tc.find(f"{w('tcPr')}/{w('vMerge')}")
    return merge is not None and merge.get(w("val"), "continue") != "restart"


def cell_text(tc: etree._Element, nested: list[etree._Element]) -> str:
    """The cell's paragraphs, one per line; a nested table's rows as lines of
    tab-separated cells (the nested table is also kept as its own block)."""
    lines: list[str] = []
    for child in logical_children(tc):
        if child.tag == P:
            lines.append("".join(x for x in paragraph_pieces(child) if x is not PAGE_BREAK).strip())
        elif child.tag == TBL:
            nested.append(child)
            inner: list[etree._Element] = []
            lines.extend("\t".join(r) for r in table_rows(child, inner))
            nested.extend(inner)
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)
