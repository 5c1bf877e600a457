"""The second look at doubted scores (records/reread.py) on small print scanned at 400 dpi.

    uv run python bench/ocr_reread.py [--fonts Garuda,Laksaman,Norasi,Loma] [--sizes 7.5,8,9]
                                      [--seeds 3] [--keep DIR [--reuse]] [-v]

`bench/ocr_digits.py` prints its reports at 14-16 pt: what its scans' checks
doubt there are scores given another's label, which a second look cannot
settle. Here the scores are typed small (tools/scanlib.py `SCORE_LINES`:
OIT's two indicators and its total, the total their mean) and scanned at
400 dpi, so that at OCR's 200 dpi digits are misread and the tool check
fails. Each page is read once by OCR, and its records twice: without and with
the second look. Reported: scores right / wrong and flagged / wrong and NOT
flagged (the target is none) / missing, each way; the values the second look
changed, how many were right before and after; its findings.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors import extract  # noqa: E402
from flows.parse import normalize_document, number_rereader  # noqa: E402
from records import read_records  # noqa: E402
from records.document import read_document_facts  # noqa: E402
from tools.scanlib import LIGHT, MEDIUM, SCORE_LINES_TRUTH, scanned_small_print  # noqa: E402

FONTS = Path("/usr/share/fonts/truetype/tlwg")
NOISES = {"light": LIGHT, "medium": MEDIUM}


def tally(records, c: Counter) -> None:
    """Scores against SCORE_LINES_TRUTH: right, wrong (flagged or not), extra, missing."""
    seen = set()
    for s in records.scores:
        key = (s.level, s.indicator_no)
        if key not in SCORE_LINES_TRUTH or key in seen:
            c["extra_unflagged" if not s.needs_review else "extra_flagged"] += 1
            continue
        seen.add(key)
        if abs(SCORE_LINES_TRUTH[key] - s.value) < 0.005:
            c["right"] += 1
            c["right_flagged"] += s.needs_review
        else:
            c["wrong_flagged" if s.needs_review else "wrong_unflagged"] += 1
    c["missing"] += len(set(SCORE_LINES_TRUTH) - seen)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--fonts", default="Garuda,Laksaman,Norasi,Loma")
    parser.add_argument("--sizes", default="7.5,8,9", help="points")
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="keep the scans in this folder")
    parser.add_argument("--reuse", action="store_true", help="with --keep: read the scans made before")
    parser.add_argument("-v", "--verbose", action="store_true", help="every value the second look changed")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="ita_ocr_reread_"))
    work.mkdir(parents=True, exist_ok=True)
    without, with_, changes = Counter(), Counter(), Counter()
    pages = 0
    reread_seconds = 0.0
    for font in args.fonts.split(","):
        for size in (float(x) for x in args.sizes.split(",")):
            for seed in range(args.seeds):
                for noise_name, noise in NOISES.items():
                    path = work / f"{font}_{size:g}_{seed}_{noise_name}.pdf"
                    if not (args.reuse and path.is_file()):
                        scanned_small_print(path, FONTS / f"{font}.ttf", size, seed, noise)
                    doc = normalize_document(extract(path))
                    first = read_records(doc, read_document_facts(doc, path.name))
                    started = time.perf_counter()
                    second = read_records(doc, read_document_facts(doc, path.name), number_rereader(doc, path))
                    reread_seconds += time.perf_counter() - started
                    pages += 1
                    tally(first, without)
                    tally(second, with_)
                    for a, b in zip(first.scores, second.scores):  # same scores, same order
                        if abs(a.value - b.value) < 0.005:
                            continue
                        truth = SCORE_LINES_TRUTH.get((b.level, b.indicator_no))
                        changes["changed"] += 1
                        changes["flagged"] += b.needs_review
                        changes["was_right"] += truth is not None and abs(truth - a.value) < 0.005
                        changes["now_right"] += truth is not None and abs(truth - b.value) < 0.005
                        if args.verbose:
                            print(f"  {path.name}: {b.level} {b.indicator_no or b.tool}: {a.value:g} -> {b.value:g} "
                                  f"(truth {truth}, flagged {b.needs_review})")
                    for f in second.findings:
                        changes[f.kind] += f.kind.startswith("reread")
    print(f"{pages} pages ({args.fonts}; {args.sizes} pt; {args.seeds} seeds; light, medium), "
          f"{pages * len(SCORE_LINES_TRUTH)} scores; scans in {work}")
    print("                 right (flagged)  wrong-flagged  WRONG-UNFLAGGED  extra  missing")
    for name, c in (("first look", without), ("second look", with_)):
        print(f"{name:15} {c['right']:6} ({c['right_flagged']:3})  {c['wrong_flagged']:13}  {c['wrong_unflagged']:15}  "
              f"{c['extra_flagged'] + c['extra_unflagged']:5}  {c['missing']:7}")
    print(f"values the second look changed: {changes['changed']} (flagged {changes['flagged']}; right before "
          f"{changes['was_right']}, right after {changes['now_right']}); findings reread_changed "
          f"{changes['reread_changed']}, reread_unresolved {changes['reread_unresolved']}; records with the "
          f"second look {reread_seconds:.1f} s in all")


if __name__ == "__main__":
    main()
