"""Scanned copies of the sample reports: each PDF printed to images with scanner
noise and stored as an image-only PDF (no text layer), so the pipeline must OCR it.

    uv run python tools/make_scanned_samples.py OUTDIR [--dpi 300] [--noise medium] [--seed 1]

Seeded: the same arguments give the same pixels. `tests/test_ocr_scans.py`
ingests them and compares what is read with the samples' gold.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools.scanlib import BW, HEAVY, LIGHT, MEDIUM, Noise, scan_pdf  # noqa: E402

NOISES: dict[str, Noise] = {"light": LIGHT, "medium": MEDIUM, "heavy": HEAVY, "bw": BW}
SAMPLES = ROOT / "samples"
# s001 (47 pages) states no score: its first pages carry its title, unit and year.
PAGE_LIMITS = {"s001_measures_police_station_chanthra": 4}


def make_scanned_samples(outdir: Path, *, dpi: int = 300, noise: str = "medium", seed: int = 1) -> list[Path]:
    """Write one image-only PDF per sample PDF into `outdir` (same file names); return them."""
    out = []
    for n, pdf in enumerate(sorted(SAMPLES.glob("s*.pdf"))):
        limit = PAGE_LIMITS.get(pdf.stem)
        target = outdir / pdf.name
        scan_pdf(pdf, target, dpi=dpi, noise=NOISES[noise], seed=seed * 100 + n,
                 pages=list(range(1, limit + 1)) if limit else None)
        out.append(target)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--dpi", type=int, default=300)
    parser.add_argument("--noise", choices=sorted(NOISES), default="medium")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    for path in make_scanned_samples(args.outdir, dpi=args.dpi, noise=args.noise, seed=args.seed):
        print(path)


if __name__ == "__main__":
    main()
