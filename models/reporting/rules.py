"""The rules of a report package (reporting.md §2.2), each with one code, and the totals.

One home for them: the data-quality checks (:mod:`models.reporting.quality`) report the
breaches of figures about to be exported, the exporter refuses them
(:mod:`exporters.package`), the verifier (:mod:`exporters.package_verify`) checks the rows read
back from a received workbook, and consolidation, the dashboard and the printouts take their
totals from :func:`unit_totals`.

Rules look at one row as a mapping from column code (the codes of reporting.md §2.2) to value,
so the same rule checks figures computed here and cells read from a workbook. Pure functions:
no database, no files, no Qt.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from models.cases.rules import is_restricted
from models.objects.accessibility import accessible_share
from models.objects.tables import CATEGORIES
from models.reporting.dto import (
    A1Row,
    A2Row,
    B1Row,
    CheckedRules,
    CodeCount,
    ReportData,
    RuleBreach,
    percent,
)

# -- rule codes (stable: they are in receipts, logs and the data-quality findings) ----------------
#: A count below zero.
NEGATIVE = "negative"
#: A1: passported ≤ subject to passportization ≤ objects.
A1_PASSPORTIZATION_ORDER = "a1_passportization_order"
#: A1: adapted ≤ requiring adaptation ≤ passported.
A1_ADAPTATION_ORDER = "a1_adaptation_order"
#: A1: column 8 recomputes from columns 5-7 (half-up to one decimal; empty when none passported).
A1_SHARE = "a1_share"
#: A2: no category has more accessible objects than are passported.
A2_ACCESSIBLE = "a2_accessible"
#: A2: adapted ≤ requiring adaptation ≤ passported.
A2_ADAPTATION_ORDER = "a2_adaptation_order"
#: A2 sums to A1 (passported, requiring adaptation, adapted).
A2_SUM = "a2_sum"
#: A3 lists A1's passported objects (count, requiring adaptation, adapted).
A3_COUNT = "a3_count"
#: B1: open at end = open at start + opened − closed (columns 6 = 3 + 4 − 5).
B1_OPEN_AT_END = "b1_open_at_end"
#: B1: children with a disability ≤ children in open cases.
B1_CHILDREN = "b1_children"
#: B1: overdue cases ≤ cases open at the end.
B1_OVERDUE = "b1_overdue"
#: B2: a risk factor's counts stay within B1's open and opened cases.
B2_RULE = "b2_rule"
#: B2: no restricted (special-category) risk factor leaves the office.
B2_RESTRICTED = "b2_restricted"
#: B3 sums to B1's services.
B3_SUM = "b3_sum"
#: B4 counts no more families than B1 has open cases.
B4_SUM = "b4_sum"
#: A total row's counts are the sums of the units.
TOTAL_SUM = "total_sum"
#: A1's total share is recomputed from the summed counts, never averaged.
TOTAL_SHARE = "total_share"
#: An X_ sheet's breakdown does not add up to the B1 or A1 figure it breaks down (issue 14).
X_SUM = "x_sum"
#: An X_ sheet's row has a code outside its breakdown (X_CHILDREN: SEX_, AGE_, AREA_ rows).
X_CODE = "x_code"
#: An X_RATIOS ratio does not recompute from its counts (half-up to one decimal; empty on 0).
X_RATIO = "x_ratio"

#: Every rule code, in the order breaches are reported.
CODES = (
    NEGATIVE,
    A1_PASSPORTIZATION_ORDER,
    A1_ADAPTATION_ORDER,
    A1_SHARE,
    A2_ACCESSIBLE,
    A2_ADAPTATION_ORDER,
    A2_SUM,
    A3_COUNT,
    B1_OPEN_AT_END,
    B1_CHILDREN,
    B1_OVERDUE,
    B2_RULE,
    B2_RESTRICTED,
    B3_SUM,
    B4_SUM,
    TOTAL_SUM,
    TOTAL_SHARE,
    X_SUM,
    X_CODE,
    X_RATIO,
)

#: The rules a package itself must keep, "checked on export and on receipt" (rows and totals):
#: the exporter refuses figures breaking one, the verifier rejects a package breaking one. The
#: others compare sheets computed from the same store (A2/A3/B2-B4 against A1/B1): the
#: data-quality checks block the export on them.
PACKAGE_CODES = frozenset(
    {
        NEGATIVE,
        A1_PASSPORTIZATION_ORDER,
        A1_ADAPTATION_ORDER,
        A1_SHARE,
        A2_ACCESSIBLE,
        A2_ADAPTATION_ORDER,
        B1_OPEN_AT_END,
        B1_CHILDREN,
        B1_OVERDUE,
        TOTAL_SUM,
        TOTAL_SHARE,
        X_SUM,
        X_CODE,
        X_RATIO,
    }
)

#: Column codes of A1's share and its inputs.
SHARE = "accessible_share_pct"
_SHARE_INPUTS = ("passported", "requiring_adaptation", "adapted")
#: Column codes of A2's accessible counts, in category order.
A2_ACCESSIBLE_CODES = tuple(f"accessible_{c}" for c in CATEGORIES)

#: X_RATIOS' ratios: column code -> (numerator, denominator) column codes.
RATIOS = {
    "adaptation_completion_pct": ("adapted", "requiring_adaptation"),
    "found_inaccessible_pct": ("requiring_adaptation", "passported"),
}
#: X_CHILDREN's groups (row code prefixes); AGE_0_6 is AGE_0_2 + AGE_3_6.
CHILD_PREFIXES = ("SEX_", "AGE_", "AREA_")

#: One breach: (rule code, detail in English for logs; users see the code's translated text).
Breach = tuple[str, str]


# -- totals ---------------------------------------------------------------------------------------


def unit_totals(
    rows: Iterable[Mapping[str, Any]], counted: Sequence[str], *, ratios: bool = False
) -> dict[str, Any]:
    """Return the sum of each ``counted`` column over ``rows``, with the A1 share recomputed.

    When the share's inputs (passported, requiring adaptation, adapted) are all counted, the
    result also holds ``accessible_share_pct`` recomputed from their sums, rounded half-up to
    one decimal (None when nothing is passported): a ratio is never summed or averaged; with
    ``ratios``, the X_RATIOS ratios too (:data:`RATIOS`).
    """
    sums = dict.fromkeys(counted, 0)
    for row in rows:
        for code in counted:
            sums[code] += int(row[code])
    out: dict[str, Any] = dict(sums)
    if all(c in sums for c in _SHARE_INPUTS):
        out[SHARE] = accessible_share(*(sums[c] for c in _SHARE_INPUTS))
        for code, (part, whole) in RATIOS.items() if ratios else ():
            out[code] = percent(sums[part], sums[whole])
    return out


def a1_values(r: A1Row) -> dict[str, Any]:
    """Return an A1 row's values by column code, its share computed."""
    values: dict[str, Any] = {f: getattr(r, f) for f in A1Row.COUNT_FIELDS}
    values[SHARE] = accessible_share(r.passported, r.requiring_adaptation, r.adapted)
    return values


def a2_values(r: A2Row) -> dict[str, Any]:
    """Return an A2 row's counts by column code."""
    return {
        "passported": r.passported,
        **dict(zip(A2_ACCESSIBLE_CODES, r.accessible, strict=True)),
        "requiring_adaptation": r.requiring_adaptation,
        "adapted": r.adapted,
    }


def b1_values(r: B1Row) -> dict[str, Any]:
    """Return a B1 row's counts by column code."""
    return {f: getattr(r, f) for f in B1Row.COUNT_FIELDS}


def a1_totals(rows: Iterable[A1Row]) -> dict[str, Any]:
    """Return A1's totals (counts summed, share recomputed) of ``rows``."""
    return unit_totals(map(a1_values, rows), A1Row.COUNT_FIELDS)


def b1_totals(rows: Iterable[B1Row]) -> dict[str, Any]:
    """Return B1's totals (counts summed) of ``rows``."""
    return unit_totals(map(b1_values, rows), B1Row.COUNT_FIELDS)


# -- row rules ------------------------------------------------------------------------------------


def negatives(
    values: Mapping[str, Any], counted: Iterable[str], names: Mapping[str, str] | None = None
) -> list[Breach]:
    """Return a :data:`NEGATIVE` breach per counted column below zero.

    ``names`` labels columns in the details (e.g. "column 3 (objects_total)"); codes otherwise.
    """
    label = names or {}
    return [(NEGATIVE, f"{label.get(c, c)} is {values[c]}") for c in counted if values[c] < 0]


def share_breaches(values: Mapping[str, Any], code: str = A1_SHARE) -> list[Breach]:
    """Check A1's column 8 against columns 5-7 (also used for the total row with TOTAL_SHARE)."""
    passported, requiring, adapted = (values[c] for c in _SHARE_INPUTS)
    found = values[SHARE]
    if passported <= 0 or passported < requiring:
        if passported == 0 and found is not None:
            return [(code, f"share {found} given where nothing is passported")]
        return []
    expected = accessible_share(passported, requiring, adapted)
    if found is None or not math.isclose(float(found), float(expected or 0), abs_tol=1e-9):
        return [
            (
                code,
                f"share {found} should be {expected} = ({passported} − {requiring} + {adapted})"
                f" / {passported} × 100, rounded half-up",
            )
        ]
    return []


def a1_row(v: Mapping[str, Any]) -> list[Breach]:
    """The rules of one A1 row (reporting.md §2.2)."""
    total, subject, passported, requiring, adapted = (v[c] for c in A1Row.COUNT_FIELDS)
    out: list[Breach] = []
    if not passported <= subject <= total:
        out.append(
            (
                A1_PASSPORTIZATION_ORDER,
                f"passported {passported} ≤ subject to passportization {subject} ≤ "
                f"objects {total} does not hold",
            )
        )
    if not adapted <= requiring <= passported:
        out.append(
            (
                A1_ADAPTATION_ORDER,
                f"adapted {adapted} ≤ requiring adaptation {requiring} ≤ passported "
                f"{passported} does not hold",
            )
        )
    return out + share_breaches(v)


def a2_row(v: Mapping[str, Any]) -> list[Breach]:
    """The rules of one A2 row."""
    passported = v["passported"]
    out: list[Breach] = [
        (A2_ACCESSIBLE, f"{c} {v[c]} exceeds passported {passported}")
        for c in A2_ACCESSIBLE_CODES
        if v[c] > passported
    ]
    requiring, adapted = v["requiring_adaptation"], v["adapted"]
    if not adapted <= requiring <= passported:
        out.append(
            (
                A2_ADAPTATION_ORDER,
                f"adapted {adapted} ≤ requiring adaptation {requiring} ≤ passported "
                f"{passported} does not hold",
            )
        )
    return out


def b1_row(v: Mapping[str, Any]) -> list[Breach]:
    """The rules of one B1 row."""
    start, opened, closed, end = (
        v[c] for c in ("cases_open_at_start", "cases_opened", "cases_closed", "cases_open_at_end")
    )
    out: list[Breach] = []
    if end != start + opened - closed:
        out.append(
            (
                B1_OPEN_AT_END,
                f"open at end {end} ≠ {start} + {opened} − {closed} (columns 6 = 3 + 4 − 5)",
            )
        )
    children, disabled = v["children_in_open_cases"], v["children_with_disability"]
    if disabled > children:
        out.append(
            (B1_CHILDREN, f"children with a disability {disabled} exceed children {children}")
        )
    if v["cases_overdue"] > end:
        out.append((B1_OVERDUE, f"overdue cases {v['cases_overdue']} exceed open cases {end}"))
    return out


def _same(found: Any, expected: Decimal | None) -> bool:
    if expected is None or found is None:
        return expected is None and found is None
    return math.isclose(float(found), float(expected), abs_tol=1e-9)


def ratio_breaches(values: Mapping[str, Any]) -> list[Breach]:
    """Check X_RATIOS' ratios against the row's counts (a unit row or the total row)."""
    out: list[Breach] = []
    for code, (part, whole) in RATIOS.items():
        expected = percent(values[part], values[whole])
        if not _same(values[code], expected):
            out.append(
                (X_RATIO, f"{code} {values[code]} should be {expected} = {part} / {whole} × 100")
            )
    return out


def x_children_row(v: Mapping[str, Any]) -> list[Breach]:
    """An X_CHILDREN row's code belongs to a group (SEX_, AGE_, AREA_)."""
    code = str(v["group_code"] or "")
    if code.startswith(CHILD_PREFIXES):
        return []
    return [(X_CODE, f"{code!r} is not a SEX_, AGE_ or AREA_ row")]


#: The row rules by sheet code (sheets without one have only the non-negative counts).
ROW_RULES: dict[str, Callable[[Mapping[str, Any]], list[Breach]]] = {
    "A1": a1_row,
    "A2": a2_row,
    "B1": b1_row,
    "X_RATIOS": ratio_breaches,
    "X_CHILDREN": x_children_row,
}


def total_breaches(
    units: Sequence[Mapping[str, Any]],
    total: Mapping[str, Any],
    counted: Sequence[str],
    names: Mapping[str, str] | None = None,
) -> list[Breach]:
    """Check a total row: each counted column sums the units; A1's share is recomputed.

    ``names`` labels columns in the details, as for :func:`negatives`.
    """
    want = unit_totals(units, counted, ratios=True)
    label = names or {}
    out: list[Breach] = [
        (TOTAL_SUM, f"{label.get(c, c)} totals {total[c]}, the units sum to {want[c]}")
        for c in counted
        if total[c] != want[c]
    ]
    if SHARE in want and SHARE in total:
        expected, got = want[SHARE], total[SHARE]
        same = (expected is None and got is None) or (
            expected is not None and got is not None and math.isclose(float(got), float(expected))
        )
        if not same:
            out.append(
                (
                    TOTAL_SHARE,
                    f"total share {got} should be {expected}, recomputed from the summed counts",
                )
            )
    if all(c in total for c in RATIOS):
        out += ratio_breaches({**total, **{c: want[c] for c in counted}})
    return out


def breakdown_breaches(data: ReportData) -> list[RuleBreach]:
    """Return the breaches of the X_ sheets' consistency with A1 and B1 (issue 14).

    Closures sum to B1 ``cases_closed``; each children's group (sex, age band, area) to B1
    ``children_in_open_cases``; open cases by signal source to B1 ``cases_open_at_end``, and by
    family category each row within it with at least as many rows as cases; every category's
    column of the levels to A1 ``passported``; the ratios' counts are A1's totals. None when the
    figures have no breakdowns.
    """
    b = data.breakdowns
    if b is None:
        return []
    out: list[RuleBreach] = []
    b1 = unit_totals(map(b1_values, data.b1), B1Row.COUNT_FIELDS)
    a1 = unit_totals(map(a1_values, data.a1), _SHARE_INPUTS)

    def total(rows: Sequence[CodeCount], i: int = 0) -> int:
        return sum(r.counts[i] for r in rows)

    def equal(sheet: str, what: str, found: int, want: int) -> None:
        if found != want:
            out.append(RuleBreach(sheet, None, X_SUM, f"{what} {found} != {want}"))

    equal("X_CLOSURES", "closures", total(b.closures), b1["cases_closed"])
    children = b1["children_in_open_cases"]
    for name in ("children_by_sex", "children_by_age", "children_by_area"):
        equal("X_CHILDREN", name, total(getattr(b, name)), children)
    open_end = b1["cases_open_at_end"]
    equal("X_CASES_SOURCE", "open cases by source", total(b.cases_by_source), open_end)
    by_category = total(b.cases_by_category)
    if by_category < open_end or any(r.counts[0] > open_end for r in b.cases_by_category):
        out.append(
            RuleBreach(
                "X_CASES_CATEGORY", None, X_SUM, f"{by_category} rows for {open_end} open cases"
            )
        )
    for i, cat in enumerate(CATEGORIES):
        equal("X_LEVELS", f"objects_{cat}", total(b.levels, i), a1["passported"])
    r = b.ratios
    counts = (r.passported, r.requiring_adaptation, r.adapted)
    want = tuple(a1[c] for c in _SHARE_INPUTS)
    if counts != want:
        out.append(RuleBreach("X_RATIOS", None, X_SUM, f"ratios' counts {counts} != A1 {want}"))
    return out


# -- the whole report -----------------------------------------------------------------------------


def report_breaches(data: ReportData) -> list[RuleBreach]:
    """Return every breach of the §2.2 rules by figures about to be exported, in :data:`CODES`
    order (rows in sheet order within a code)."""
    out: list[RuleBreach] = []

    def rows(sheet: str, values: Sequence[Mapping[str, Any]]) -> None:
        rule = ROW_RULES.get(sheet)
        for i, v in enumerate(values):
            found = negatives(v, [c for c in v if c != SHARE])
            if rule is not None:
                found += rule(v)
            out.extend(RuleBreach(sheet, i, code, detail) for code, detail in found)

    a1 = [a1_values(r) for r in data.a1]
    b1 = [b1_values(r) for r in data.b1]
    rows("A1", a1)
    rows("A2", [a2_values(r) for r in data.a2])
    rows("B1", b1)
    for sheet, coded in (("B2", data.b2), ("B3", data.b3), ("B4", data.b4)):
        rows(sheet, [{f"count_{j + 1}": n for j, n in enumerate(r.counts)} for r in coded])

    def whole(sheet: str, code: str, detail: str | None) -> None:
        if detail:
            out.append(RuleBreach(sheet, None, code, detail))

    a1_sums = tuple(unit_totals(a1, _SHARE_INPUTS)[c] for c in _SHARE_INPUTS)
    a2_sums = tuple(sum(getattr(r, c) for r in data.a2) for c in _SHARE_INPUTS)
    whole("A2", A2_SUM, f"A1 {a1_sums} != A2 {a2_sums}" if a1_sums != a2_sums else None)
    a3_sums = (
        len(data.a3),
        sum(r.requires_adaptation for r in data.a3),
        sum(r.adapted_date is not None for r in data.a3),
    )
    whole("A3", A3_COUNT, f"A1 {a1_sums} != A3 {a3_sums}" if a1_sums != a3_sums else None)
    b1_sums = unit_totals(b1, B1Row.COUNT_FIELDS)
    open_end, opened = b1_sums["cases_open_at_end"], b1_sums["cases_opened"]
    for i, r in enumerate(data.b2):
        if not (r.counts[0] <= open_end and r.counts[1] <= opened):
            out.append(
                RuleBreach(
                    "B2", i, B2_RULE, f"{r.code}: {r.counts} exceed B1 ({open_end}, {opened})"
                )
            )
        if is_restricted(r.code):
            out.append(RuleBreach("B2", i, B2_RESTRICTED, r.code))
    services = b1_sums["services"]
    b3_sum = sum(r.counts[0] for r in data.b3)
    whole("B3", B3_SUM, f"B1 {services} != B3 {b3_sum}" if services != b3_sum else None)
    b4_sum = sum(r.counts[0] for r in data.b4)
    whole("B4", B4_SUM, f"B4 {b4_sum} > B1 {open_end}" if b4_sum > open_end else None)
    out += breakdown_breaches(data)
    order = {code: i for i, code in enumerate(CODES)}
    return sorted(out, key=lambda b: order[b.code])


def _figures(data: ReportData) -> tuple[Any, ...]:
    return (data.a1, data.a2, data.a3, data.b1, data.b2, data.b3, data.b4, data.breakdowns)


def check(data: ReportData) -> CheckedRules:
    """Run the rules over ``data`` once; keep the verdict in ``ReportData.checked``."""
    return CheckedRules(_figures(data), tuple(report_breaches(data)))


def breaches_of(data: ReportData) -> tuple[RuleBreach, ...]:
    """Return the breaches of ``data``: its kept verdict when it was checked, else run the rules.

    The verdict is reused only when it was made on these very figures (the same immutable
    tuples), so each rule runs once per export however many steps ask.
    """
    kept = data.checked
    if kept is not None and all(a is b for a, b in zip(kept.figures, _figures(data), strict=True)):
        return kept.breaches
    return check(data).breaches


def plain(value: Any) -> Any:
    """A Decimal as float (cells read back are floats), anything else unchanged."""
    return float(value) if isinstance(value, Decimal) else value
