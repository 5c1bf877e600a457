"""Check that a change to the readers keeps every output the same: save what
`parse_file` gives for every sample, variant, blind and field-corpus file
(page texts, paragraphs, tables, document facts, scores, measures, people,
findings, warnings), then compare a later run against it.

    uv run python bench/compare_outputs.py --save /tmp/before.json
    ... change the code ...
    uv run python bench/compare_outputs.py --against /tmp/before.json

Exit code 0 when every file gives the same output, 1 otherwise (the first
differences are printed per file). Used to prove speed work changes nothing.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

from flows.parse import parse_file

ROOT = Path(__file__).resolve().parents[1]
FIELDCORPUS = ROOT.parent / "shared" / "fieldcorpus"
READABLE = (".pdf", ".docx", ".doc")


def corpus_files(include_field: bool = True) -> list[Path]:
    """Every readable file of samples/, tests/variants, tests/blind*/ and the field corpus."""
    folders = [ROOT / "samples", ROOT / "tests" / "variants", *sorted((ROOT / "tests").glob("blind*"))]
    if include_field and FIELDCORPUS.is_dir():
        folders.append(FIELDCORPUS)
    return [p for d in folders for p in sorted(d.iterdir()) if p.suffix in READABLE]


def output_of(path: Path) -> dict:
    """Everything parse_file says about a file, as JSON-able data (timings left out)."""
    parsed = parse_file(path)
    out = dataclasses.asdict(parsed)
    for key in ("source_path", "seconds", "mtime_ns"):
        out.pop(key, None)
    return json.loads(json.dumps(out, default=str, ensure_ascii=False))


def first_differences(a, b, where: str = "", limit: int = 5) -> list[str]:
    """Paths (and values) where two JSON values differ, at most `limit`."""
    if type(a) is not type(b):
        return [f"{where}: {a!r:.200} != {b!r:.200}"]
    if isinstance(a, dict):
        diffs: list[str] = []
        for key in sorted(set(a) | set(b)):
            diffs += first_differences(a.get(key), b.get(key), f"{where}.{key}", limit - len(diffs))
            if len(diffs) >= limit:
                break
        return diffs
    if isinstance(a, list):
        diffs = [] if len(a) == len(b) else [f"{where}: {len(a)} items != {len(b)} items"]
        for i, (x, y) in enumerate(zip(a, b)):
            if len(diffs) >= limit:
                break
            diffs += first_differences(x, y, f"{where}[{i}]", limit - len(diffs))
        return diffs
    return [] if a == b else [f"{where}: {a!r:.200} != {b!r:.200}"]


def main() -> int:
    parser = argparse.ArgumentParser()
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="write the outputs to this JSON file")
    group.add_argument("--against", type=Path, help="compare the outputs with this JSON file")
    parser.add_argument("--no-field", action="store_true", help="leave the field corpus out")
    args = parser.parse_args()
    files = corpus_files(include_field=not args.no_field)
    outputs = {str(p.relative_to(p.parents[1])): output_of(p) for p in files}
    if args.save:
        args.save.write_text(json.dumps(outputs, ensure_ascii=False, indent=0))
        print(f"saved the outputs of {len(outputs)} files to {args.save}")
        return 0
    before = json.loads(args.against.read_text())
    changed = 0
    for name, now in outputs.items():
        if name not in before:
            print(f"{name}: not in {args.against}")
            continue
        diffs = first_differences(before[name], now)
        if diffs:
            changed += 1
            print(f"{name}: DIFFERENT")
            for d in diffs:
                print(f"    {d}")
    print(f"{len(outputs) - changed} of {len(outputs)} files give the same output")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
