"""The export wizard's result in words (issue 11): where, which files, checked, can it be sent.

A clerk reads "The package for 2026-Q3 was written to E:\\ as two files (...); it was checked
after writing: it opens and its figures match. It is a DRAFT: approve the period before sending
it." The SHA-256, the size and the rows per sheet, which the region checks, stay under the
wizard's *Details*.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from ui.i18n import format_date

#: The states of the check after writing.
CHECKING, CHECKED, CHECK_FAILED, CHECK_BROKEN = "checking", "checked", "failed", "broken"


def written_text(manifest: Mapping[str, Any], manifest_path: Path) -> str:
    """Return the sentence saying which package went where, as which two files."""
    workbook = manifest.get("workbook") or {}
    return QCoreApplication.translate(
        "ExportResult",
        "The package for {period} was written to {folder} as two files ({workbook} and "
        "{manifest}).",
    ).format(
        period=manifest.get("period", ""),
        folder=manifest_path.parent,
        workbook=workbook.get("file", "") if isinstance(workbook, Mapping) else "",
        manifest=manifest_path.name,
    )


def check_text(state: str) -> str:
    """Return the sentence about the check after writing (one of the states above)."""
    if state == CHECKING:
        return QCoreApplication.translate(
            "ExportResult", "It is being checked: does it open, and do its figures match..."
        )
    if state == CHECKED:
        return QCoreApplication.translate(
            "ExportResult", "It was checked after writing: it opens and its figures match."
        )
    if state == CHECK_FAILED:
        return QCoreApplication.translate(
            "ExportResult",
            "The check after writing found problems (below): do not send it; export it again.",
        )
    return QCoreApplication.translate(
        "ExportResult", "It could not be checked after writing (below): press Verify to try again."
    )


def _day(value: object) -> str:
    try:
        return format_date(date.fromisoformat(str(value)[:10]))
    except ValueError:
        return str(value or "")


def approval_text(approval: object) -> str:
    """Return the sentence saying whether the package can be sent (reporting.md §6.2)."""
    if not isinstance(approval, Mapping) or approval.get("state") != "approved":
        return QCoreApplication.translate(
            "ExportResult",
            "It is a DRAFT: approve the period before sending it (the office above does not "
            "consolidate a draft).",
        )
    missing: Sequence[Any] = approval.get("missing") or []
    if missing:
        return QCoreApplication.translate(
            "ExportResult",
            "The period was approved by {user} on {day} without the packages of {missing}: "
            "the package can be sent.",
        ).format(
            user=approval.get("by", ""),
            day=_day(approval.get("at")),
            missing=", ".join(str(k) for k in missing),
        )
    return QCoreApplication.translate(
        "ExportResult", "The period was approved by {user} on {day}: the package can be sent."
    ).format(user=approval.get("by", ""), day=_day(approval.get("at")))


def result_text(manifest: Mapping[str, Any], manifest_path: Path, state: str) -> str:
    """Return the whole result: written where, the check after writing, draft or approved."""
    return " ".join(
        (
            written_text(manifest, manifest_path),
            check_text(state),
            approval_text(manifest.get("approval")),
        )
    )
