"""Exporting a period's package from a store (reporting.md §2, §6.2): the approval, the files,
the export history.

:func:`export_package` is what the command line and the GUI's export wizard call: it reads the
manifest's ``approval`` key from the store (approved when the period, or an approved period
containing it, is approved; otherwise a draft whose Cover says ЖОБА / ПРОЕКТ), writes the
package with :func:`exporters.package.write_package`, and records it in the export history
(``models.reporting.exports``), where the receipts read back later find it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from exporters.package import write_package
from models.reporting.approval import manifest_approval
from models.reporting.dto import ReportData
from models.reporting.exports import record_export
from models.store.db import Store

Progress = Callable[[int, int], None]


def export_package(
    store: Store,
    data: ReportData,
    out_dir: Path,
    *,
    app_version: str,
    user: str | None = None,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write the package of ``data`` into ``out_dir``, record it, return the manifest's path.

    Raises:
        PackageRefused, ExportCancelled, OSError: as :func:`exporters.package.write_package`.
    """
    approval = manifest_approval(store, data.period)
    path = write_package(
        data,
        out_dir,
        app_version=app_version,
        approval=approval,
        progress=progress,
        is_cancelled=is_cancelled,
    )
    manifest = json.loads(path.read_text(encoding="utf-8"))
    record_export(store, manifest, str(path), user=user)
    return path
