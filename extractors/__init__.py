"""Turn a submitted file into an ExtractedDocument, by what the file contains.

The format is read from the file's first bytes, never from its name; a file
whose name says one thing and whose content another fails with an error
naming both, so the clerk can ask the unit to rename and resubmit (the
product spec requires mis-named files to fail clearly).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from .errors import ExtractionError
from .model import ExtractedDocument

SUPPORTED_SUFFIXES = {".pdf", ".docx", ".doc"}

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# detect_format results -> how a clerk would call the content
CONTENT_NAMES = {
    "pdf": "a PDF",
    "docx": "a Word document (.docx)",
    "doc": "a legacy Word document (.doc)",
    "encrypted-ooxml": "a password-protected Office document",
    "xlsx": "an Excel workbook",
    "pptx": "a PowerPoint presentation",
    "xls": "a legacy Excel or PowerPoint file",
    "zip": "a zip archive",
    "rtf": "an RTF document",
    "html": "a web page",
    "image": "an image",
    "empty": "nothing (0 bytes)",
    "unknown": "an unrecognised format",
}
SUFFIX_OF_FORMAT = {"pdf": ".pdf", "docx": ".docx", "doc": ".doc"}
# Contents Word itself saves under a .doc name ("save as web page", RTF),
# which LibreOffice converts like a Word 97 file: read, with a warning.
CONVERTIBLE_AS_DOC = {
    "html": "this .doc file is a web page (Word 'save as web page'): read through LibreOffice; check its layout",
    "rtf": "this .doc file is an RTF document: read through LibreOffice",
}


def extract(path: Path) -> ExtractedDocument:
    """Extract a .pdf, .docx or .doc file; ExtractionError if it cannot be read."""
    path = Path(path)
    suffix = path.suffix.lower()
    fmt = detect_format(path)
    if fmt == "empty":
        raise ExtractionError("empty file (0 bytes): ask the unit to send it again")
    if suffix not in SUPPORTED_SUFFIXES:
        raise ExtractionError(unsupported_message(suffix, fmt))
    if fmt == "encrypted-ooxml":
        raise ExtractionError("encrypted Word file: ask the unit for an unprotected copy")
    if suffix == ".doc" and fmt in CONVERTIBLE_AS_DOC:
        return extract_legacy_doc(path, CONVERTIBLE_AS_DOC[fmt])
    if fmt not in SUFFIX_OF_FORMAT:
        raise ExtractionError(
            f"named {suffix} but contains {CONTENT_NAMES[fmt]}: "
            "ask the unit for the report as PDF or Word (.docx) and submit again"
        )
    if SUFFIX_OF_FORMAT[fmt] != suffix:
        raise ExtractionError(
            f"named {suffix} but contains {CONTENT_NAMES[fmt]}: "
            f"rename it to {SUFFIX_OF_FORMAT[fmt]} and submit again"
        )
    if fmt == "pdf":
        from .pdf import extract_pdf

        refuse_too_many_pages(path)
        return extract_pdf(path)
    if fmt == "docx":
        from .docx import extract_docx

        return extract_docx(path)
    return extract_legacy_doc(path)


def refuse_too_many_pages(path: Path) -> None:
    """ExtractionError when a PDF has more pages than one report may have (ITA_LIMIT_PAGES),
    before any page is read: a 2,000-page upload must not cost the night."""
    import pypdfium2 as pdfium

    from .limits import current_limits

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError:
        return  # extract_pdf says what is wrong with it
    try:
        n_pages = len(pdf)
    finally:
        pdf.close()
    limit = current_limits().pages
    if n_pages > limit:
        raise ExtractionError(
            f"the PDF has {n_pages:,} pages, more than the {limit:,} one report may have: it is not read; "
            "ask the unit to send the ITA report on its own, or ask the ita-pipeline administrator to raise "
            "ITA_LIMIT_PAGES"
        )


def unsupported_message(suffix: str, fmt: str) -> str:
    shown = suffix or "(no extension)"
    if fmt in SUFFIX_OF_FORMAT:
        return (
            f"file named {shown} contains {CONTENT_NAMES[fmt]}: "
            f"rename it to {SUFFIX_OF_FORMAT[fmt]} and submit again"
        )
    return (
        f"unsupported file type {shown} ({CONTENT_NAMES[fmt]}): "
        "ask the unit for the report as PDF or Word (.docx)"
    )


def extract_legacy_doc(path: Path, warning: str | None = None) -> ExtractedDocument:
    """Word 97-2003 (or HTML/RTF named .doc, with `warning`): converted to .docx by LibreOffice,
    then read as .docx."""
    try:
        from .legacy_doc import convert_doc_to_docx
    except ImportError as exc:
        raise ExtractionError(
            "legacy Word .doc cannot be read here yet: ask the unit to open it in Word, "
            "save it as .docx and submit again"
        ) from exc
    from .docx import extract_docx

    converted = Path(convert_doc_to_docx(path))
    try:
        document = extract_docx(converted)
    finally:
        remove_converted(converted)
    document.format = "doc"
    if warning:
        document.warnings.append(warning)
    return document


def remove_converted(converted: Path) -> None:
    """Delete the temporary .docx (and its temp dir, if it is now empty)."""
    try:
        converted.unlink(missing_ok=True)
        converted.parent.rmdir()
    except OSError:
        pass


def detect_format(path: Path) -> str:
    """What the file contains, from its bytes: pdf, docx, doc,
    encrypted-ooxml, xlsx, pptx, xls, zip, rtf, html, image, empty, unknown."""
    path = Path(path)
    with path.open("rb") as fh:
        head = fh.read(2048)
    if not head:
        return "empty"
    if b"%PDF-" in head[:1024]:  # the spec allows junk before the header
        return "pdf"
    if head.startswith(b"PK"):
        return zip_format(path)
    if head.startswith(OLE_MAGIC):
        return ole_format(path)
    if head.startswith(b"{\\rtf"):
        return "rtf"
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith((b"<!doctype html", b"<html")) or b"mime-version:" in lowered[:200]:
        return "html"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\0", b"MM\0*", b"BM")):
        return "image"
    return "unknown"


def zip_format(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        # a broken zip that starts like one: most likely a damaged .docx
        return "docx" if path.suffix.lower() == ".docx" else "zip"
    if "word/document.xml" in names or any(n.startswith("word/") for n in names):
        return "docx"
    if any(n.startswith("xl/") for n in names):
        return "xlsx"
    if any(n.startswith("ppt/") for n in names):
        return "pptx"
    return "zip"


def ole_format(path: Path) -> str:
    """OLE compound file: a password-protected OOXML file, a Word 97-2003
    document, or another legacy Office file; told apart by stream names."""
    from .docx import is_encrypted_ooxml

    if is_encrypted_ooxml(path):
        return "encrypted-ooxml"
    data = path.read_bytes()
    if "WordDocument".encode("utf-16-le") in data:
        return "doc"
    return "xls"
