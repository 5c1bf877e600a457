"""Hostile and broken uploads for tests/test_hostile.py, made at test time.

Nothing here is committed as a binary: each function writes one file (into
a tmp dir) from the samples or from scratch. The zip bomb is ~10 MB on disk
and declares 2 GiB inflated; the product must refuse it from the zip
directory without inflating it.

    uv run python tests/hostile_fixtures.py OUT_DIR   # write them all, to look at
"""

from __future__ import annotations

import io
import os
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from conftest import SAMPLES  # noqa: E402

DOCX = sorted(SAMPLES.glob("s*.docx"))
PDF = sorted(SAMPLES.glob("s*.pdf"))
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# ------------------------------------------------------------------ Word

def docx_with_parts(out: Path, replace: dict[str, bytes | None], base: Path = DOCX[0]) -> Path:
    """A copy of a sample .docx with some members replaced (bytes) or removed (None), others added."""
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            if item.filename in replace:
                continue
            dst.writestr(item, src.read(item.filename))
        for name, data in replace.items():
            if data is not None:
                dst.writestr(name, data)
    return out


def document_xml(body_xml: str, doctype: str = "") -> bytes:
    """A word/document.xml with the given body paragraphs (and a DOCTYPE, for entity attacks)."""
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{doctype}'
            f'<w:document xmlns:w="{W_NS}"><w:body>{body_xml}</w:body></w:document>').encode()


def paragraph(text: str) -> str:
    return f"<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"


def zip_bomb_docx(out: Path, inflated_bytes: int = 2 * 2**30) -> Path:
    """A .docx whose document.xml inflates to `inflated_bytes` (blank space in a valid XML)."""
    head = document_xml(paragraph("ตัวชี้วัดที่ 1"))[:-len(b"</w:body></w:document>")]
    tail = b"</w:body></w:document>"
    with zipfile.ZipFile(DOCX[0]) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as dst:
        for item in src.infolist():
            if item.filename != "word/document.xml":
                dst.writestr(item, src.read(item.filename))
        with dst.open("word/document.xml", "w", force_zip64=True) as member:
            member.write(head)
            chunk = b" " * (16 << 20)
            for _ in range((inflated_bytes - len(head) - len(tail)) // len(chunk)):
                member.write(chunk)
            member.write(tail)
    return out


def xxe_docx(out: Path, secret_file: Path) -> Path:
    """document.xml declaring an external entity on a local file, used inside a w:t with text after it."""
    doctype = f'<!DOCTYPE w:document [<!ENTITY secret SYSTEM "{secret_file.as_uri()}">]>\n'
    body = paragraph("มาตรการที่ 1 ก่อน &secret; หลังเอนทิตี") + paragraph("ตัวชี้วัดที่ 2 การใช้งบประมาณ")
    return docx_with_parts(out, {"word/document.xml": document_xml(body, doctype)})


def billion_laughs_docx(out: Path, levels: int = 10) -> Path:
    """document.xml with the billion-laughs entity chain (10^levels 'lol's if expanded)."""
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, levels)
    ]
    doctype = "<!DOCTYPE w:document [" + "".join(entities) + "]>\n"
    body = paragraph(f"ตัวชี้วัด &lol{levels - 1}; จบ")
    return docx_with_parts(out, {"word/document.xml": document_xml(body, doctype)})


def traversal_docx(out: Path, escape_name: str) -> Path:
    """A sample .docx with extra members named to escape an extraction folder."""
    return docx_with_parts(out, {f"../../{escape_name}": b"escaped", f"/tmp/{escape_name}": b"escaped"},
                           base=DOCX[1])


def docx_without_body(out: Path) -> Path:
    return docx_with_parts(out, {"word/document.xml": None}, base=DOCX[2])


# ------------------------------------------------------------------ PDF

def raw_pdf(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF from numbered object bodies (object i+1 = objects[i]), with a correct xref table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref))
    return out.getvalue()


def stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def cyclic_pdf(out: Path) -> Path:
    """A page tree whose /Pages node lists itself (and its page) as kids, and a page that is its own parent."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 /Parent 2 0 R >>",
        b"<< /Type /Page /Parent 3 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        stream(b"0 0 m 100 100 l S"),
    ]
    out.write_bytes(raw_pdf(objects))
    return out


def many_pages_pdf(out: Path, n_pages: int = 2000) -> Path:
    """n blank A4 pages (one shared content stream)."""
    kids = b" ".join(b"%d 0 R" % (3 + i) for i in range(n_pages))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n_pages)]
    content = 3 + n_pages
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R >>" % content] * n_pages
    objects.append(stream(b"0 0 m 10 10 l S"))
    out.write_bytes(raw_pdf(objects))
    return out


def huge_image_page_pdf(out: Path, inches: int = 200) -> Path:
    """One page of inches x inches (200 x 200 is PDF's maximum) covered by a gray image, no text:
    a scan to OCR, 1.6 billion pixels at 200 dpi."""
    side = inches * 72
    pixels = bytes(range(256)) * 4  # a 32 x 32 gray image, stretched over the page
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents 4 0 R "
        b"/Resources << /XObject << /Im1 5 0 R >> >> >>" % (side, side),
        stream(b"q %d 0 0 %d 0 0 cm /Im1 Do Q" % (side, side)),
        stream(pixels, b"/Type /XObject /Subtype /Image /Width 32 /Height 32 /ColorSpace /DeviceGray "
                       b"/BitsPerComponent 8"),
    ]
    out.write_bytes(raw_pdf(objects))
    return out


def many_lines_pdf(out: Path, n_lines: int = 10_000) -> Path:
    """An A4 page drawn with n tiny separate line segments (a grid of short strokes) and one text line."""
    strokes = []
    per_row = 100
    for i in range(n_lines):
        x, y = 40 + (i % per_row) * 5, 60 + (i // per_row) * 7
        strokes.append(b"%d %d m %d %d l S" % (x, y, x + 3, y + (i % 2) * 3))
    text = b"BT /F1 12 Tf 40 800 Td (ITA measures 2567) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        stream(b"0.2 w\n" + b"\n".join(strokes) + b"\n" + text),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out.write_bytes(raw_pdf(objects))
    return out


def truncated_pdf(out: Path, fraction: float = 0.5) -> Path:
    """The first part of a sample PDF: what a half-finished upload looks like."""
    data = PDF[0].read_bytes()
    out.write_bytes(data[: int(len(data) * fraction)])
    return out


# ------------------------------------------------------- .doc that are not

def html_named_doc(out: Path) -> Path:
    """Word's 'save as web page' under a .doc name, with Thai text and a table."""
    out.write_text(
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8">'
        "<title>มาตรการส่งเสริมคุณธรรม</title></head><body>"
        "<h1>มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567</h1>"
        "<p>ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่</p>"
        "<table border=1><tr><td>มาตรการ</td><td>ผู้รับผิดชอบ</td></tr>"
        "<tr><td>เผยแพร่ข้อมูลต่อสาธารณะ</td><td>สำนักปลัด</td></tr></table></body></html>",
        encoding="utf-8",
    )
    return out


def rtf_named_doc(out: Path) -> Path:
    """An RTF document (Thai as \\u escapes) under a .doc name."""
    thai = "มาตรการส่งเสริมคุณธรรม ตัวชี้วัดที่ 1"
    escaped = "".join(f"\\u{ord(c)}?" if ord(c) > 127 else c for c in thai)
    out.write_text("{\\rtf1\\ansi\\ansicpg874{\\fonttbl{\\f0 Tahoma;}}\\f0 " + escaped + "\\par}", encoding="ascii")
    return out


# ------------------------------------------------------------- the inbox

def symlink_loop(folder: Path) -> list[Path]:
    a, b = folder / "loop_a.pdf", folder / "loop_b.pdf"
    a.symlink_to(b.name)
    b.symlink_to(a.name)
    return [a, b]


def dangling_link(folder: Path) -> Path:
    link = folder / "dangling.docx"
    link.symlink_to(folder / "never-there.docx")
    return link


def link_outside(folder: Path, target: Path) -> Path:
    link = folder / "outside.docx"
    link.symlink_to(target)
    return link


def named_pipe(folder: Path) -> Path:
    pipe = folder / "report.pdf"
    os.mkfifo(pipe)
    return pipe


def stand_in_program(folder: Path, name: str, list_langs: bool = False) -> Path:
    """An executable `name` that sleeps forever in a child (so only killing its group stops it);
    with `list_langs`, it answers Tesseract's --list-langs first like a real installation."""
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / name
    langs = 'if [ "$1" = "--list-langs" ]; then printf "List of available languages (3):\\neng\\nosd\\ntha\\n"; exit 0; fi\n'
    # The loop runs in a subshell: a child whose command line still names the script, so a test can
    # see whether killing the program left it behind.
    script.write_text("#!/bin/sh\n" + (langs if list_langs else "") + "( while :; do sleep 1; done )\necho done\n")
    script.chmod(0o755)
    return script


def path_without(program: str) -> str:
    """PATH with every folder holding `program` left out (but the venv's python kept)."""
    keep = [d for d in os.environ.get("PATH", "").split(os.pathsep) if not (Path(d) / program).exists()]
    return os.pathsep.join(keep)


def write_all(out: Path) -> list[Path]:
    """Every file fixture into `out` (for looking at them by hand)."""
    out.mkdir(parents=True, exist_ok=True)
    secret = out / "secret.txt"
    secret.write_text("SECRET-PASSWORD-LINE\n")
    return [
        zip_bomb_docx(out / "bomb.docx"), xxe_docx(out / "xxe.docx", secret), billion_laughs_docx(out / "laughs.docx"),
        traversal_docx(out / "traversal.docx", "evil.txt"), docx_without_body(out / "nobody.docx"),
        cyclic_pdf(out / "cycle.pdf"), many_pages_pdf(out / "pages2000.pdf"), huge_image_page_pdf(out / "huge.pdf"),
        many_lines_pdf(out / "lines.pdf"), truncated_pdf(out / "half.pdf"), html_named_doc(out / "webpage.doc"),
        rtf_named_doc(out / "richtext.doc"),
    ]


if __name__ == "__main__":
    for path in write_all(Path(sys.argv[1] if len(sys.argv) > 1 else "hostile-fixtures")):
        print(path, path.stat().st_size)
