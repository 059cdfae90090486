"""Spool files of write-only workbooks in a folder of our own (issue 9: no litter).

openpyxl streams each write-only sheet to ``openpyxl.*`` files in the system temporary folder
and removes them only at a normal exit: a killed export would leave them there, under a name
other programs use too. Here a write spools into one ``qoldau-spool-*`` folder that is removed
when the write ends, however it ends, and, if the process is killed, at the next start
(:func:`models.litter.clean_at_start`).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from models.litter import SPOOL_PREFIX


@contextlib.contextmanager
def spool_folder() -> Iterator[Path]:
    """Yield a fresh spool folder in the system temporary folder; remove it afterwards."""
    folder = Path(tempfile.mkdtemp(prefix=SPOOL_PREFIX))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def spool_into(ws: Any, folder: Path) -> None:
    """Make the write-only sheet ``ws`` stream into ``folder`` rather than openpyxl's choice.

    openpyxl creates a sheet's writer lazily, at its first row (after the column widths and
    views are set), in a file of its own choosing; this gives the sheet the same lazy step with
    the file in ``folder``.
    """
    from openpyxl.worksheet._writer import ALL_TEMP_FILES, WorksheetWriter

    def get_writer() -> None:
        if ws._writer is None:
            fd, name = tempfile.mkstemp(prefix="sheet-", suffix=".xml", dir=folder)
            os.close(fd)
            ALL_TEMP_FILES.append(name)  # openpyxl's own bookkeeping: it removes it once saved
            ws._writer = WorksheetWriter(ws, out=name)
            ws._writer.write_top()

    ws._get_writer = get_writer


def spool_sheets(wb: Any, folder: Path) -> None:
    """Make every sheet the write-only workbook ``wb`` creates from now on spool into ``folder``."""
    create = wb.create_sheet

    def create_sheet(title: str | None = None, index: int | None = None) -> Any:
        ws = create(title, index)
        spool_into(ws, folder)
        return ws

    wb.create_sheet = create_sheet
