"""Verify a report package on receipt (reporting.md §2.3) and check figures before export.

:func:`verify_package` reads a package (:mod:`exporters.package_read`) and reports every failure
with its sheet, Excel row and rule; it never raises on bad input. :func:`check_report` runs the
same §2.2 row rules over figures about to be exported.

Rule codes (stable, shown to users and in logs): manifest_missing, manifest_unreadable,
manifest_keys, manifest_<key>, format, format_version, workbook_missing, workbook_unreadable,
workbook_name, workbook_size, workbook_sha256, sender_office, sender_level,
sender_not_sub_office, sheet_missing, sheet_unknown, sheet_count, numbers_row, header_row,
column_header, extra_column, cell_type, total_row, cell_empty, negative, duplicate_code,
unit_kato, a1_passportization_order, a1_adaptation_order, a1_share, a2_accessible,
a2_adaptation_order, a3_kato, a3_passport_date, a3_status, a3_flag, a3_adapted_date,
b1_open_at_end, b1_children, b1_overdue, total_kato, total_sum, total_share, iin_in_cell;
x_sum, x_code, x_ratio for the X_ sheets of the breakdowns (docs/PACKAGE_EXTRA_SHEETS.md).
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from exporters.package_layout import (
    AGE_0_6,
    COVER,
    EXTRA_LAYOUTS,
    EXTRA_PREFIX,
    INT,
    LAYOUTS,
    SHEET_CODES,
    X_CHILDREN,
    SheetLayout,
    sheet_layouts,
    workbook_name,
)
from exporters.package_read import (
    MANIFEST,
    WORKBOOK,
    PackageProblem,
    ParsedPackage,
    read_package,
)
from models.objects.accessibility import STATUS_CODES
from models.reference.dto import OfficeDTO
from models.reference.identifiers import (
    is_iin,
    is_kato_format,
    kato_territory_prefix,
    normalize_digits,
)
from models.reference.offices import LEVEL_BELOW, is_sub_office
from models.reporting import rules
from models.reporting.dto import ReportData
from models.reporting.periods import Period, parse_period

__all__ = [
    "PackageProblem",
    "VerificationResult",
    "is_sub_office",
    "verify_package",
]

#: A 12-digit run inside a text, not part of a longer code (a UUID's last group has hyphens).
_EMBEDDED_12 = re.compile(r"(?<![\w-])\d{12}(?![\w-])")


@dataclass(frozen=True)
class VerificationResult:
    """The verdict on a package: accepted when ``problems`` is empty."""

    ok: bool
    problems: list[PackageProblem]
    #: The figures read back, also when rejected (None when the structure did not allow it).
    data: ReportData | None
    manifest: dict[str, Any] | None = field(default=None, compare=False)


def _is_unit(kato: str, office: OfficeDTO) -> bool:
    """A unit of A1/B1 is the office itself or one of its sub-offices."""
    if kato == office.kato:
        return True
    below = LEVEL_BELOW.get(office.level)
    return below is not None and is_sub_office(OfficeDTO(kato, below, "", ""), office)


# --------------------------------------------------------------------------- row rules


class _Rules:
    """Collects the problems of one sheet's rows."""

    def __init__(self, layout: SheetLayout, office: OfficeDTO, period: Period) -> None:
        self.layout = layout
        self.office = office
        self.period = period
        self.idx = {c.code: i for i, c in enumerate(layout.columns)}
        self.counted = [c.code for c in layout.columns if c.kind == INT]
        self.names = {c.code: f"column {i + 1} ({c.code})" for i, c in enumerate(layout.columns)}
        self.problems: list[PackageProblem] = []
        #: True when a row has an empty count: the total row is then not checked.
        self.incomplete = False

    def named(self, values: Sequence[Any]) -> dict[str, Any]:
        """The row's values by column code, as the rules of models/reporting/rules.py read them."""
        return dict(zip(self.layout.codes, values, strict=True))

    def found(self, row: int | None, breaches: Iterable[rules.Breach]) -> None:
        for code, detail in breaches:
            self.bad(row, code, detail)

    def bad(self, row: int | None, rule: str, detail: str) -> None:
        self.problems.append(PackageProblem(self.layout.code, row, rule, detail))

    def v(self, values: Sequence[Any], code: str) -> Any:
        return values[self.idx[code]]

    def rows(self, rows: Iterable[tuple[int, Sequence[Any]]]) -> None:
        seen: dict[str, int] = {}
        check = getattr(self, f"_{self.layout.code.lower()}", None)
        for row, values in rows:
            key_col = self.layout.columns[0]
            key = values[0]
            if not key:
                self.bad(row, "cell_empty", f"column 1 ({key_col.code}) is empty")
            elif key in seen:
                self.bad(row, "duplicate_code", f"{key} already on row {seen[key]}")
            else:
                seen[key] = row
            complete = True
            for i, col in enumerate(self.layout.columns):
                if col.kind == INT and values[i] is None:
                    self.bad(row, "cell_empty", f"column {i + 1} ({col.code}) is empty")
                    complete = False
            if not complete:
                self.incomplete = True  # the totals cannot be summed (issue 9: no crash)
                continue
            named = self.named(values)
            self.found(row, rules.negatives(named, self.counted, self.names))
            if check is not None:
                check(row, values)
            rule = rules.ROW_RULES.get(self.layout.code)
            if rule is not None:
                self.found(row, rule(named))

    def _unit(self, row: int, values: Sequence[Any]) -> None:
        kato = values[0]
        if kato and not (is_kato_format(kato) and _is_unit(kato, self.office)):
            self.bad(
                row,
                "unit_kato",
                f"{kato} is neither the office {self.office.kato} nor one of its sub-offices",
            )

    def _a1(self, row: int, values: Sequence[Any]) -> None:
        self._unit(row, values)

    def _a3(self, row: int, values: Sequence[Any]) -> None:
        kato = self.v(values, "kato")
        prefix = kato_territory_prefix(self.office.kato)
        if not (kato and is_kato_format(kato) and kato.startswith(prefix)):
            self.bad(row, "a3_kato", f"{kato!r} is not a KATO code of {self.office.kato}")
        passport_date = self.v(values, "passport_date")
        if passport_date is None:
            self.bad(row, "a3_passport_date", "a passported object needs its passport date")
        elif passport_date > self.period.end:
            self.bad(
                row,
                "a3_passport_date",
                f"passport date {passport_date:%d.%m.%Y} is after the period end "
                f"{self.period.end:%d.%m.%Y}",
            )
        for col in self.layout.columns:
            if col.code.startswith("status_"):
                status = self.v(values, col.code)
                if status and status not in STATUS_CODES:
                    self.bad(row, "a3_status", f"{col.code} {status!r} is not a status code")
        flag = self.v(values, "requires_adaptation")
        if flag not in (0, 1):
            self.bad(row, "a3_flag", f"requires_adaptation is {flag!r}, not 1 or 0")
        adapted = self.v(values, "adapted_date")
        if adapted is not None:
            if flag != 1:
                self.bad(row, "a3_adapted_date", "an adapted date needs requires_adaptation 1")
            # NOTE: an adapted date BEFORE the passport date is valid: the object was adapted and
            # then re-inspected (brief §2.9: it stays adapted), so A3 shows the newer passport.
            if adapted > self.period.end:
                self.bad(row, "a3_adapted_date", "the adapted date is after the period end")

    def _b1(self, row: int, values: Sequence[Any]) -> None:
        self._unit(row, values)

    def _x_ratios(self, row: int, values: Sequence[Any]) -> None:
        self._unit(row, values)  # X_RATIOS has A1's units

    def total(
        self, rows: Sequence[tuple[int, Sequence[Any]]], total: tuple[int, list[Any]]
    ) -> None:
        row, found = total
        want_kato = self.office.kato if self.layout.total_kato else None
        got_kato = found[0] if found[0] not in ("", None) else None
        if got_kato != want_kato:
            self.bad(
                row,
                "total_kato",
                f"column 1 of the total holds {got_kato!r}, expected {want_kato or 'nothing'}",
            )
        units = [self.named(v) for _, v in rows]
        self.found(row, rules.total_breaches(units, self.named(found), self.counted, self.names))


# --------------------------------------------------------------------------- whole package


def _mask(digits: str) -> str:
    return digits[:4] + "******" + digits[-2:]


def _iin_candidates(value: Any) -> list[str]:
    if isinstance(value, bool):
        return []
    if isinstance(value, int | float):
        if isinstance(value, float) and not (math.isfinite(value) and value.is_integer()):
            return []
        n = int(value)
        return [str(n)] if 10**11 <= n < 10**12 else []
    if isinstance(value, str):
        whole = normalize_digits(value)
        found = [whole] if len(whole) == 12 and whole.isdigit() else []
        return found + _EMBEDDED_12.findall(value)
    return []


def scan_personal_ids(cells: dict[str, list[list[Any]]]) -> list[PackageProblem]:
    """Return a problem for every cell of every sheet (X_ sheets too) holding an IIN."""
    from openpyxl.utils import get_column_letter

    problems = []
    for sheet, rows in cells.items():
        for r, values in enumerate(rows, start=1):
            for c, value in enumerate(values, start=1):
                for digits in _iin_candidates(value):
                    if is_iin(digits):
                        problems.append(
                            PackageProblem(
                                sheet,
                                r,
                                "iin_in_cell",
                                f"cell {get_column_letter(c)}{r} holds an IIN ({_mask(digits)}):"
                                " no personal data may leave the office",
                            )
                        )
                        break
    return problems


def _sender_problems(m: dict[str, Any], receiver: OfficeDTO | None) -> list[PackageProblem]:
    from models.objects.validation import office_problems

    o = m["office"]
    sender = OfficeDTO(o["kato"], o["level"], o["name_kk"], o["name_ru"])
    codes = office_problems(sender)
    if codes:
        return [
            PackageProblem(
                MANIFEST, None, "sender_office", f"office {sender.kato}: {', '.join(codes)}"
            )
        ]
    if receiver is None:
        if sender.level not in LEVEL_BELOW.values():
            return [
                PackageProblem(
                    MANIFEST,
                    None,
                    "sender_level",
                    f"a {sender.level} package is not sent to anyone (its level must be "
                    "below the republic)",
                )
            ]
        return []
    if not is_sub_office(sender, receiver):
        return [
            PackageProblem(
                MANIFEST,
                None,
                "sender_not_sub_office",
                f"{sender.level} {sender.kato} ({sender.name_ru}) is not a sub-office of "
                f"{receiver.level} {receiver.kato} ({receiver.name_ru})",
                {"sender": sender.kato, "receiver": receiver.kato},
            )
        ]
    return []


def _workbook_problems(pkg: ParsedPackage, m: dict[str, Any]) -> list[PackageProblem]:
    problems = []
    expected_name = workbook_name(m["office"]["kato"], m["period"])
    if m["workbook"]["file"] != expected_name:
        problems.append(
            PackageProblem(
                WORKBOOK,
                None,
                "workbook_name",
                f"the workbook is named {m['workbook']['file']!r}, expected {expected_name!r}",
            )
        )
    content = pkg.workbook_bytes
    if content is None:
        return problems
    if len(content) != m["workbook"]["bytes"]:
        problems.append(
            PackageProblem(
                WORKBOOK,
                None,
                "workbook_size",
                f"{len(content)} bytes, the manifest says {m['workbook']['bytes']}",
            )
        )
    if hashlib.sha256(content).hexdigest() != m["workbook"]["sha256"].lower():
        problems.append(
            PackageProblem(
                WORKBOOK,
                None,
                "workbook_sha256",
                "the workbook's SHA-256 differs from the manifest: it was changed after export",
            )
        )
    return problems


def _sheet_problems(pkg: ParsedPackage, m: dict[str, Any]) -> list[PackageProblem]:
    problems = []
    for name in pkg.cells:
        if name not in SHEET_CODES and not name.startswith(EXTRA_PREFIX):
            problems.append(
                PackageProblem(
                    name,
                    None,
                    "sheet_unknown",
                    f"sheet {name!r} is not a sheet of the format (extra sheets start with "
                    f"{EXTRA_PREFIX})",
                )
            )
    counts = m["sheets"]
    o = m["office"]
    office = OfficeDTO(o["kato"], o["level"], o["name_kk"], o["name_ru"])
    period = parse_period(m["period"])
    for layout in sheet_layouts(pkg.tables):  # the data sheets, then the known X_ sheets
        table = pkg.tables.get(layout.code)
        if table is None:
            continue
        if counts.get(layout.code) != len(table.rows):
            problems.append(
                PackageProblem(
                    layout.code,
                    None,
                    "sheet_count",
                    f"{len(table.rows)} data rows, the manifest says {counts.get(layout.code)}",
                )
            )
        if not table.typed_ok:
            continue
        rules = _Rules(layout, office, period)
        rules.rows(table.rows)
        if table.total is not None and not rules.incomplete:
            rules.total(table.rows, table.total)
        problems.extend(rules.problems)
    return problems + _breakdown_problems(pkg)


def _breakdown_problems(pkg: ParsedPackage) -> list[PackageProblem]:
    """The X_ sheets' consistency with A1 and B1 (issue 14), when the package has them all."""
    data = pkg.data
    if data is None or data.breakdowns is None:
        return []
    problems = [
        PackageProblem(b.sheet, None, b.code, b.detail) for b in rules.breakdown_breaches(data)
    ]
    children = {r[0]: r[2] for _, r in pkg.tables[X_CHILDREN.code].rows}
    age_0_6 = children.get(AGE_0_6)
    if age_0_6 != data.breakdowns.children_0_6:
        problems.append(
            PackageProblem(
                X_CHILDREN.code,
                None,
                rules.X_SUM,
                f"{AGE_0_6} {age_0_6} != AGE_0_2 + AGE_3_6 = {data.breakdowns.children_0_6}",
            )
        )
    return problems


def verify_package(manifest_path: Path, *, receiver: OfficeDTO | None) -> VerificationResult:
    """Verify a package by §2.3; ``receiver`` None checks it as the ``verify`` command does.

    Returns:
        The verdict with every problem found (sheet, Excel row, rule) and the figures read back.
    """
    pkg = read_package(Path(manifest_path))
    problems = list(pkg.problems)
    m = pkg.manifest
    if m is not None:
        problems[:0] = _sender_problems(m, receiver) + _workbook_problems(pkg, m)
        if pkg.cells:
            problems += _sheet_problems(pkg, m)
            problems += scan_personal_ids(pkg.cells)
    problems = _ordered(problems)
    return VerificationResult(not problems, problems, pkg.data, m)


def _ordered(problems: list[PackageProblem]) -> list[PackageProblem]:
    sheets = (MANIFEST, WORKBOOK, COVER, *LAYOUTS, *EXTRA_LAYOUTS)
    order = {name: i for i, name in enumerate(sheets)}
    return sorted(problems, key=lambda p: (order.get(p.sheet, len(order)), p.sheet, p.row or 0))
