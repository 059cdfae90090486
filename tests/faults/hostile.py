"""Helpers that damage files the way disks, power cuts and other hands do (issue 9)."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def corrupt_pages(db: Path) -> None:
    """Overwrite the b-tree pages of the store's largest tables, as a failing disk would.

    The first page (header and schema) stays intact, so the file still looks like a store and
    only ``PRAGMA quick_check`` can tell.
    """
    conn = sqlite3.connect(db)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        roots = [
            r[0]
            for r in conn.execute(
                "SELECT rootpage FROM sqlite_master WHERE type IN ('table', 'index') "
                "AND rootpage > 1 ORDER BY rootpage"
            )
        ]
    finally:
        conn.close()
    assert roots, "no table to damage"
    with db.open("r+b") as fh:
        for page in roots[len(roots) // 2 :]:
            fh.seek((page - 1) * page_size)
            fh.write(b"\xa5" * 64)
