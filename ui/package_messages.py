"""Texts of the package rules and workbook limits a received or registry workbook breaks.

Apart from ``ui/messages.py`` (the issue, store, account, period and profile texts) so that
neither file outgrows a screen-sized module; the same ``Messages`` translation context.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.messages import fill

#: Limits of the bounded workbook reader (``exporters/workbook_limits.py``,
#: ``exporters/workbook_reader.py``): why a package's or a registry's workbook is refused.
WORKBOOK_LIMIT_TEXTS: dict[str, object] = {
    "workbook_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The workbook cannot be read as an Excel workbook (.xlsx)."
    ),
    "file_too_large": QT_TRANSLATE_NOOP("Messages", "The file is too large."),
    "zip_entries": QT_TRANSLATE_NOOP("Messages", "The workbook holds too many parts."),
    "zip_entry_name": QT_TRANSLATE_NOOP(
        "Messages", "The workbook holds a part with a forbidden name."
    ),
    "zip_entry_size": QT_TRANSLATE_NOOP("Messages", "The workbook unpacks to too much data."),
    "zip_total_size": QT_TRANSLATE_NOOP("Messages", "The workbook unpacks to too much data."),
    "zip_ratio": QT_TRANSLATE_NOOP("Messages", "The workbook is compressed implausibly far."),
    "sheet_dimension": QT_TRANSLATE_NOOP("Messages", "A sheet declares cells beyond the limits."),
    "sheet_rows": QT_TRANSLATE_NOOP("Messages", "A sheet has too many rows."),
    "sheet_duplicate": QT_TRANSLATE_NOOP("Messages", "Two sheets have the same name."),
    "formula": QT_TRANSLATE_NOOP(
        "Messages", "A cell holds a formula: the workbook must hold values only."
    ),
    "iin_in_properties": QT_TRANSLATE_NOOP(
        "Messages", "The workbook's properties hold an IIN: reports carry no personal data."
    ),
    "iin_in_comment": QT_TRANSLATE_NOOP(
        "Messages", "A cell comment holds an IIN: reports carry no personal data."
    ),
    "iin_in_defined_name": QT_TRANSLATE_NOOP(
        "Messages", "A defined name holds an IIN: reports carry no personal data."
    ),
    "workbook_crashed": QT_TRANSLATE_NOOP(
        "Messages", "The workbook cannot be read: reading it failed."
    ),
    "workbook_timeout": QT_TRANSLATE_NOOP(
        "Messages", "The workbook cannot be read in time: it is too large or damaged."
    ),
    "workbook_memory": QT_TRANSLATE_NOOP("Messages", "The workbook needs too much memory."),
}

#: Rules of a report package that reading or verification found broken
#: (``exporters/package_read.py``, ``exporters/package_verify.py``; reporting.md §2) -> message.
#: The sheet and row are shown beside it; the English detail stays in the log.
PACKAGE_PROBLEM_TEXTS: dict[str, object] = {
    # -- the manifest ---------------------------------------------------------------------------
    "manifest_missing": QT_TRANSLATE_NOOP("Messages", "The manifest file is missing."),
    "manifest_too_large": QT_TRANSLATE_NOOP(
        "Messages", "The manifest is far larger than a real one: it is not read."
    ),
    "manifest_too_deep": QT_TRANSLATE_NOOP(
        "Messages", "The manifest nests too deep: it is not read."
    ),
    "manifest_created_at_future": QT_TRANSLATE_NOOP(
        "Messages",
        "The package is dated more than a day ahead of this computer's clock: check the date "
        "of this computer or of the sender's.",
    ),
    "manifest_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The manifest cannot be read: it is not a UTF-8 JSON object."
    ),
    "manifest_keys": QT_TRANSLATE_NOOP("Messages", "The manifest lacks required keys."),
    "format": QT_TRANSLATE_NOOP("Messages", "This is not a Qoldau report package."),
    "format_version": QT_TRANSLATE_NOOP(
        "Messages",
        "The package was made by a newer version of Qoldau: install the newer version to "
        "receive it.",
    ),
    "manifest_office": QT_TRANSLATE_NOOP("Messages", "The manifest does not name the office."),
    "manifest_period": QT_TRANSLATE_NOOP(
        "Messages", "The manifest's period is not a reporting period."
    ),
    "manifest_created_at": QT_TRANSLATE_NOOP(
        "Messages", "The manifest's creation time is not a date and time with a time zone."
    ),
    "manifest_package_id": QT_TRANSLATE_NOOP("Messages", "The manifest has no package number."),
    "manifest_app_version": QT_TRANSLATE_NOOP(
        "Messages", "The manifest does not name the Qoldau version."
    ),
    "manifest_workbook": QT_TRANSLATE_NOOP(
        "Messages", "The manifest does not describe the workbook (file name, checksum, size)."
    ),
    "manifest_sheets": QT_TRANSLATE_NOOP(
        "Messages", "The manifest does not give the row count of each sheet."
    ),
    "manifest_includes": QT_TRANSLATE_NOOP(
        "Messages", "The manifest's list of included packages is damaged."
    ),
    # -- the sender -----------------------------------------------------------------------------
    "sender_office": QT_TRANSLATE_NOOP(
        "Messages", "The sending office's KATO code or level is not valid."
    ),
    "sender_level": QT_TRANSLATE_NOOP(
        "Messages", "Packages of the sending office's level are not sent to another office."
    ),
    "sender_not_sub_office": QT_TRANSLATE_NOOP(
        "Messages", "The sending office {sender} is not a sub-office of this office ({receiver})."
    ),
    # -- the workbook ---------------------------------------------------------------------------
    "workbook_missing": QT_TRANSLATE_NOOP(
        "Messages", "The workbook named in the manifest is not beside it."
    ),
    "workbook_name": QT_TRANSLATE_NOOP(
        "Messages", "The workbook's file name does not follow the package's name."
    ),
    "workbook_size": QT_TRANSLATE_NOOP(
        "Messages", "The workbook's size differs from the manifest: it was changed after export."
    ),
    "workbook_sha256": QT_TRANSLATE_NOOP(
        "Messages",
        "The workbook's checksum differs from the manifest: it was changed after export.",
    ),
    "sheet_missing": QT_TRANSLATE_NOOP("Messages", "A sheet of the report is missing."),
    "sheet_unknown": QT_TRANSLATE_NOOP(
        "Messages", "The workbook holds a sheet the format does not know."
    ),
    "sheet_count": QT_TRANSLATE_NOOP(
        "Messages", "The sheet's row count differs from the manifest."
    ),
    "iin_in_cell": QT_TRANSLATE_NOOP(
        "Messages", "A cell holds what looks like an IIN: reports carry no personal data."
    ),
    # -- a sheet's table ------------------------------------------------------------------------
    "numbers_row": QT_TRANSLATE_NOOP(
        "Messages", "The row of column numbers (1, 2, 3…) is missing or wrong."
    ),
    "header_row": QT_TRANSLATE_NOOP("Messages", "There is no header row above the column numbers."),
    "column_header": QT_TRANSLATE_NOOP("Messages", "A column header differs from the format."),
    "extra_column": QT_TRANSLATE_NOOP(
        "Messages", "Cells are filled beyond the table's last column."
    ),
    "cell_type": QT_TRANSLATE_NOOP("Messages", "A cell holds a value of the wrong kind."),
    "cell_empty": QT_TRANSLATE_NOOP("Messages", "A required cell is empty."),
    "duplicate_code": QT_TRANSLATE_NOOP("Messages", "The same code is on two rows."),
    "negative": QT_TRANSLATE_NOOP("Messages", "A count is negative."),
    "count_implausible": QT_TRANSLATE_NOOP("Messages", "A count is implausibly large."),
    "total_row": QT_TRANSLATE_NOOP("Messages", "The table does not end with a total row."),
    "total_kato": QT_TRANSLATE_NOOP("Messages", "The total row names the wrong KATO code."),
    "total_sum": QT_TRANSLATE_NOOP(
        "Messages", "A total differs from the sum of the rows above it."
    ),
    "total_share": QT_TRANSLATE_NOOP(
        "Messages", "The total row's share is not computed from its totals."
    ),
    "unit_kato": QT_TRANSLATE_NOOP(
        "Messages", "The row's KATO code is neither this office nor one of its sub-offices."
    ),
    # -- the rules of the figures (reporting.md §2.2) -------------------------------------------
    "a1_passportization_order": QT_TRANSLATE_NOOP(
        "Messages", "Passported ≤ subject to passportization ≤ objects does not hold."
    ),
    "a1_adaptation_order": QT_TRANSLATE_NOOP(
        "Messages", "Adapted ≤ requiring adaptation ≤ passported does not hold."
    ),
    "a1_share": QT_TRANSLATE_NOOP(
        "Messages", "The accessible share is not computed by the rule of the format."
    ),
    "a2_accessible": QT_TRANSLATE_NOOP(
        "Messages", "Objects accessible to a category exceed the passported objects."
    ),
    "a2_adaptation_order": QT_TRANSLATE_NOOP(
        "Messages", "Adapted ≤ requiring adaptation ≤ passported does not hold."
    ),
    "a3_kato": QT_TRANSLATE_NOOP("Messages", "The KATO code is not in this office's territory."),
    "a3_passport_date": QT_TRANSLATE_NOOP(
        "Messages", "The passport date is missing or after the period's end."
    ),
    "a3_status": QT_TRANSLATE_NOOP("Messages", "An accessibility status is not a known code."),
    "a3_flag": QT_TRANSLATE_NOOP("Messages", "Requires adaptation is neither 1 nor 0."),
    "a3_adapted_date": QT_TRANSLATE_NOOP(
        "Messages",
        "An adapted date is given without requires adaptation 1, or after the period's end.",
    ),
    "b1_open_at_end": QT_TRANSLATE_NOOP(
        "Messages", "Open at the end ≠ open at the start + opened − closed."
    ),
    "b1_children": QT_TRANSLATE_NOOP(
        "Messages", "Children with a disability exceed the children in the cases."
    ),
    "b1_overdue": QT_TRANSLATE_NOOP("Messages", "Overdue cases exceed the open cases."),
    # -- the X_ sheets of the breakdowns (issue 14, docs/PACKAGE_EXTRA_SHEETS.md) ----------------
    "x_sum": QT_TRANSLATE_NOOP(
        "Messages", "A breakdown does not add up to the figure of A1 or B1 it breaks down."
    ),
    "x_code": QT_TRANSLATE_NOOP("Messages", "A breakdown row has a code outside its groups."),
    "x_ratio": QT_TRANSLATE_NOOP(
        "Messages", "A ratio is not computed from its counts by the rule of the format."
    ),
}

_UNKNOWN_RULE = QT_TRANSLATE_NOOP("Messages", "The package breaks the rule {rule}.")


def package_problem_text(rule: str, params: Mapping[str, object] | None = None) -> str:
    """Return the translated sentence for a broken package rule (its code if none is known)."""
    text = PACKAGE_PROBLEM_TEXTS.get(rule) or WORKBOOK_LIMIT_TEXTS.get(rule, _UNKNOWN_RULE)
    return fill(text, {"rule": rule, **(params or {})})
