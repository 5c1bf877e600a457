"""Tab-aligned blocks read as tables.

Units line up lists with tab stops instead of tables: a committee
"๑.⇥นายประยุทธ ศรีวงศ์⇥ปลัดเทศบาล⇥ประธานกรรมการ", a plan "๑)⇥<measure>⇥<owner>⇥<period>" under a
header line "มาตรการ⇥ผู้รับผิดชอบ⇥ระยะเวลา". On the page these are tables; this module gives
them to the readers as tables, row per line, as a reader of the page would take them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import Block, Table
from .wraps import join_wrapped

MIN_ROWS = 3  # lines in a run before it is a table (two tabbed lines are a pair of labelled values)
MIN_FIELDS = 3  # "label⇥value" lines stay paragraphs; the readers take those as they are
_LIST_NUMBER = re.compile(r"^\(?[0-9๐-๙]{1,3}[.)]?$")
_BULLET = re.compile(r"^[•●○▪■□◦‣∙·\-–*]+$")


def tab_fields(line: str) -> list[str]:
    """A tabbed line's fields: split at runs of tabs, spaces trimmed, empty fields dropped."""
    return [f.strip() for f in re.split(r"\t+", line) if f.strip()]


def tab_row(text: str, width: int, title_col: int) -> list[str] | None:
    """The row a tabbed paragraph gives: its first line's fields, the lines after it added to the
    column their leading tabs reach (none: the title column), or None when its first line does not
    have `width` fields."""
    lines = text.split("\n")
    row = tab_fields(lines[0])
    if len(row) != width:
        return None
    for line in lines[1:]:
        if not line.strip():
            continue
        lead = len(line) - len(line.lstrip("\t"))
        col = min(lead, width - 1) if lead else title_col
        row[col] = join_wrapped([row[col], line.strip()])
    return row


def with_tab_tables(blocks: Sequence[Block]) -> list[Block]:
    """`blocks` with each run of tab-aligned paragraphs (at least MIN_ROWS lines of MIN_FIELDS fields
    or more, all of one width; a header line may have one field fewer when the rows open with a list
    number) as one table block."""
    out: list[Block] = []
    k = 0
    while k < len(blocks):
        run = _tab_run(blocks, k)
        if run is None:
            out.append(blocks[k])
            k += 1
            continue
        end, rows = run
        out.append(Block(kind="table", page=blocks[k].page, table=Table(rows=rows)))
        k = end
    return out


def _tab_run(blocks: Sequence[Block], start: int) -> tuple[int, list[list[str]]] | None:
    """(end, rows) of the run of tabbed paragraphs starting at `start`, or None."""
    first = blocks[start]
    if first.kind != "paragraph" or "\t" not in first.text:
        return None
    fields = tab_fields(first.text.split("\n")[0])
    if len(fields) < MIN_FIELDS - 1 or _BULLET.match(fields[0]):
        return None  # ("•⇥<label> ......⇥๙๓.๕๐ คะแนน": a bulleted list with dot leaders stays a list)
    header: list[str] | None = None
    k = start
    if start + 1 < len(blocks) and blocks[start + 1].kind == "paragraph":
        below = tab_fields(blocks[start + 1].text.split("\n")[0])
        if len(below) == len(fields) + 1 and _LIST_NUMBER.match(below[0]) and not _LIST_NUMBER.match(fields[0]):
            header, k = [""] + fields, start + 1  # "มาตรการ⇥ผู้รับผิดชอบ⇥ระยะเวลา" over "๑)⇥..."
    width = len(header) if header else len(fields)
    if width < MIN_FIELDS:
        return None
    rows: list[list[str]] = [header] if header else []
    title_col = 1 if header or _LIST_NUMBER.match(fields[0]) else 0
    while k < len(blocks) and blocks[k].kind == "paragraph" and "\t" in blocks[k].text:
        row = tab_row(blocks[k].text, width, title_col)
        if row is None:
            break
        rows.append(row)
        k += 1
    body = len(rows) - (1 if header else 0)
    return (k, rows) if body >= MIN_ROWS else None
