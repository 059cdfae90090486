"""Render a report package workbook the way a region sees it: LibreOffice, to PDF and PNG pages.

Usage (from the checkout)::

    .venv/bin/python tools/render_workbook.py [WORKBOOK.xlsx] [--out DIR] [--dpi N]

Without a workbook it builds a demo store in a temporary folder (a district with objects and
families), exports the package of 2026 and renders that. LibreOffice prints every sheet with its
own page setup (A4, fit to width, header rows repeated); ``pdftoppm`` turns the PDF into one PNG
a page. The output paths are printed, one a line: look at the pages (bilingual headers, cut
names) after any change to ``exporters/package_layout.py``.

Needs ``soffice`` (Debian: ``libreoffice-calc-nogui``) and ``pdftoppm`` (``poppler-utils``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

#: The demo office and its administrator (a store made here and thrown away).
_OFFICE = ("113200000", "district", "Ақкөл ауданы", "Аккольский район")
_ADMIN, _PASSWORD = "admin", "Demo-render-1"
_TODAY = date(2026, 12, 20)


def demo_package(folder: Path, *, objects: int = 60, families: int = 30) -> Path:
    """Build a demo store in ``folder``, export the package of 2026 there; return the workbook."""
    from exporters.package import write_package
    from models.demo.load import add_demo_data
    from models.reference.dto import OfficeDTO
    from models.reporting.periods import parse_period
    from models.reporting.report import compute_report
    from models.setup import init_store

    store, _recovery = init_store(folder / "demo.qoldau", OfficeDTO(*_OFFICE), _ADMIN, _PASSWORD)
    try:
        add_demo_data(store, objects=objects, families=families, seed=1, today=_TODAY, user=_ADMIN)
        data = compute_report(store, parse_period("2026"), today=_TODAY)
    finally:
        store.close()
    out = folder / "package"
    out.mkdir()
    manifest = write_package(data, out, app_version="render")
    return out / manifest.name.replace(".manifest.json", ".xlsx")


def to_pdf(workbook: Path, out_dir: Path) -> Path:
    """Convert ``workbook`` to PDF with LibreOffice headless; return the PDF's path."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("soffice not found: apt-get install libreoffice-calc-nogui")
    with tempfile.TemporaryDirectory(prefix="qoldau-lo-") as profile:
        # A profile of its own: a running LibreOffice of the user is not disturbed.
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(out_dir),
                str(workbook),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            timeout=300,
        )
    pdf = out_dir / f"{workbook.stem}.pdf"
    if not pdf.exists():
        raise SystemExit(f"LibreOffice wrote no PDF for {workbook}")
    return pdf


def to_png(pdf: Path, dpi: int) -> list[Path]:
    """Turn every page of ``pdf`` into ``<stem>-<n>.png`` beside it; return the pages."""
    if shutil.which("pdftoppm") is None:
        raise SystemExit("pdftoppm not found: apt-get install poppler-utils")
    prefix = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(pdf), str(prefix)], check=True)
    pages = pdf.parent.glob(f"{prefix.name}-*.png")
    return sorted(pages, key=lambda p: int(p.stem.rsplit("-", 1)[1]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("workbook", nargs="?", type=Path, help="a package workbook (.xlsx)")
    parser.add_argument("--out", type=Path, help="output folder (default: a new temporary one)")
    parser.add_argument("--dpi", type=int, default=80, help="PNG resolution (default 80)")
    args = parser.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="qoldau-render-"))
    out.mkdir(parents=True, exist_ok=True)
    workbook = args.workbook
    if workbook is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        workbook = demo_package(out)
    pdf = to_pdf(workbook.resolve(), out)
    print(workbook)
    print(pdf)
    for page in to_png(pdf, args.dpi):
        print(page)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
