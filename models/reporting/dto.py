"""The figures of a report package (reporting.md §2.2), as plain frozen rows.

``models/reporting/figures.py`` computes them from a store; ``exporters/package.py`` writes and
reads
them; consolidation sums them. Names are Kazakh labels (the workbook headers are bilingual).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, ClassVar

from models.reference.dto import OfficeDTO
from models.reporting.periods import Period


@dataclass(frozen=True, slots=True)
class A1Row:
    """Passportization and adaptation of one unit."""

    kato: str
    name: str
    objects_total: int
    subject_to_passportization: int
    passported: int
    requiring_adaptation: int
    adapted: int

    #: The count columns 3-7 of sheet A1, in sheet order (the share is derived from them).
    COUNT_FIELDS: ClassVar[tuple[str, ...]] = (
        "objects_total",
        "subject_to_passportization",
        "passported",
        "requiring_adaptation",
        "adapted",
    )

    @property
    def counts(self) -> tuple[int, ...]:
        """The counts of :attr:`COUNT_FIELDS`, in sheet order."""
        return tuple(getattr(self, f) for f in self.COUNT_FIELDS)


@dataclass(frozen=True, slots=True)
class A2Row:
    """Passported objects of one object type; ``accessible`` is per category K, O, S, G, U."""

    object_type: str
    name: str
    passported: int
    accessible: tuple[int, int, int, int, int]
    requiring_adaptation: int
    adapted: int


@dataclass(frozen=True, slots=True)
class A3Row:
    """One passported object of the register (objects are not personal data).

    A register may hold 100k objects: rows have slots, and the figures share equal codes and
    dates between rows (:func:`models.reporting.figures.compute_a3`).
    """

    object_id: str
    kato: str
    name: str
    object_type: str
    address: str
    passport_date: date
    statuses: tuple[str, str, str, str, str]
    requires_adaptation: bool
    adapted_date: date | None


@dataclass(frozen=True, slots=True)
class B1Row:
    """Family-support caseload of one unit (aggregated counts only)."""

    kato: str
    name: str
    cases_open_at_start: int
    cases_opened: int
    cases_closed: int
    cases_open_at_end: int
    children_in_open_cases: int
    children_with_disability: int
    visits: int
    services: int
    cases_overdue: int

    #: The count columns 3-11 of sheet B1, in sheet order.
    COUNT_FIELDS: ClassVar[tuple[str, ...]] = (
        "cases_open_at_start",
        "cases_opened",
        "cases_closed",
        "cases_open_at_end",
        "children_in_open_cases",
        "children_with_disability",
        "visits",
        "services",
        "cases_overdue",
    )

    @property
    def counts(self) -> tuple[int, ...]:
        """The counts of :attr:`COUNT_FIELDS`, in sheet order."""
        return tuple(getattr(self, f) for f in self.COUNT_FIELDS)


@dataclass(frozen=True, slots=True)
class CodeCount:
    """A row of B2, B3 or B4: a code, its name, and its counts in sheet order."""

    code: str
    name: str
    counts: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class QualityIssue:
    """A data-quality finding before export; ``blocking`` ones break a rule of the spec."""

    code: str
    count: int
    blocking: bool = False
    detail: str = ""


@dataclass(frozen=True, slots=True)
class IncludedPackage:
    """A sub-office package consolidated into this one (manifest ``includes``)."""

    kato: str
    package_id: str
    created_at: str


@dataclass(frozen=True, slots=True)
class RuleBreach:
    """A rule of reporting.md §2.2 broken by figures (:mod:`models.reporting.rules`).

    ``row`` is the 0-based data row of ``sheet``; None for a whole-sheet or cross-sheet rule.
    """

    sheet: str
    row: int | None
    code: str
    detail: str


@dataclass(frozen=True, slots=True)
class CheckedRules:
    """The breaches found by one run of the rules over the figures it holds (the very tuples
    of a :class:`ReportData`, so a copy with other figures is never taken as checked)."""

    figures: tuple[Any, ...]
    breaches: tuple[RuleBreach, ...]


@dataclass(frozen=True, slots=True)
class Ratios:
    """The ratios related to the A1 indicator, from A1's totals (never the indicator itself).

    ``adaptation_completion_pct`` = adapted / requiring adaptation and ``found_inaccessible_pct``
    = requiring adaptation / passported, in percent rounded half-up to one decimal like the A1
    share; None when the denominator is 0. Consolidation recomputes them from summed counts.
    """

    passported: int
    requiring_adaptation: int
    adapted: int

    @property
    def adaptation_completion_pct(self) -> Decimal | None:
        """Adapted / requiring adaptation x 100 (None when nothing requires adaptation)."""
        return percent(self.adapted, self.requiring_adaptation)

    @property
    def found_inaccessible_pct(self) -> Decimal | None:
        """Requiring adaptation / passported x 100 (None when nothing is passported)."""
        return percent(self.requiring_adaptation, self.passported)


def percent(part: int, whole: int) -> Decimal | None:
    """Return ``part / whole * 100`` rounded half-up to one decimal, None when ``whole`` is 0."""
    if whole == 0:
        return None
    value = Decimal(part) * 100 / Decimal(whole)
    return value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


@dataclass(frozen=True, slots=True)
class Breakdowns:
    """The report breakdowns of one office and period (issue 14; X_ sheets of the package).

    Every tuple holds :class:`CodeCount` rows in code-list order, zeros included (codes found in
    the data but not listed follow, named by their code). Names are Kazakh labels.

    * ``closures``: closure events in the period per closure reason: ``(cases_closed,)``; sums to
      B1 ``cases_closed`` (cases opened in error left out as in B1).
    * ``children_by_sex`` (``M``, ``F``, ``NONE``), ``children_by_age`` (``AGE_0_2``,
      ``AGE_3_6``, ``AGE_7_13``, ``AGE_14_17``: age at the period end) and
      ``children_by_area`` (``URBAN``, ``RURAL``, ``NONE``): ``(children,)``; the children of B1
      ``children_in_open_cases``, so each sums to it.
    * ``cases_by_category``: ``(cases_open_at_end,)`` per family category, a case once per
      category of its family, ``NONE`` for a family without one (rows overlap: no total).
    * ``cases_by_source``: ``(cases_open_at_end,)`` per signal source; sums to B1.
    * ``levels``: passported objects at the end per access status code (then ``NONE`` for no
      status): ``(K, O, S, G, U)``; every column sums to A1 ``passported``.
    * ``ratios``: :class:`Ratios` of A1's totals.
    """

    closures: tuple[CodeCount, ...]
    children_by_sex: tuple[CodeCount, ...]
    children_by_age: tuple[CodeCount, ...]
    children_by_area: tuple[CodeCount, ...]
    cases_by_category: tuple[CodeCount, ...]
    cases_by_source: tuple[CodeCount, ...]
    levels: tuple[CodeCount, ...]
    ratios: Ratios

    @property
    def children_0_6(self) -> int:
        """Children aged 0-6 at the period end (``AGE_0_2`` + ``AGE_3_6``)."""
        return sum(r.counts[0] for r in self.children_by_age if r.code in ("AGE_0_2", "AGE_3_6"))


#: How a received package's breakdowns are stored (``received_code_row.sheet`` holds two
#: letters): stored sheet code -> :class:`Breakdowns` field. The ratios are not stored: they are
#: recomputed from the consolidated A1.
STORED_BREAKDOWNS: tuple[tuple[str, str], ...] = (
    ("XC", "closures"),
    ("XS", "children_by_sex"),
    ("XA", "children_by_age"),
    ("XR", "children_by_area"),
    ("XK", "cases_by_category"),
    ("XG", "cases_by_source"),
    ("XL", "levels"),
)


@dataclass(frozen=True)
class ReportData:
    """Everything one package carries."""

    office: OfficeDTO
    period: Period
    a1: tuple[A1Row, ...]
    a2: tuple[A2Row, ...]
    a3: tuple[A3Row, ...]
    b1: tuple[B1Row, ...]
    b2: tuple[CodeCount, ...]  # risk_factor: (cases_open_at_end, cases_opened)
    b3: tuple[CodeCount, ...]  # service_type: (services,)
    b4: tuple[CodeCount, ...]  # level: (families,)
    warnings: tuple[QualityIssue, ...] = ()
    includes: tuple[IncludedPackage, ...] = ()
    created_at: datetime | None = field(default=None, compare=False)
    #: The rules' verdict on these figures, when they were checked (compute_report does it).
    checked: CheckedRules | None = field(default=None, compare=False, repr=False)
    #: The breakdowns of the X_ sheets (issue 14; None: not computed, or left out of a
    #: consolidation because a sub-office package had none).
    breakdowns: Breakdowns | None = None
    #: KATO codes of the consolidated sub-office packages without the X_ sheets: the breakdowns
    #: were left out of this consolidation for them (reporting.md §2.2; the Cover says so).
    breakdowns_left_out: tuple[str, ...] = ()


def figures_all_zero(data: ReportData) -> bool:
    """Return True when a package of ``data`` would report nothing (reporting.md §4).

    "All zero" means: every count of A1 (objects registered, subject to passportization,
    passported, requiring adaptation, adapted) and of B1 (cases open at start, opened, closed, open
    at end, children, visits, services, overdue) is zero in every unit row, every count of A2, B2,
    B3 and B4 is zero, and A3 lists no object. A sheet with no rows at all counts as zero, so a
    store with no objects and no cases, or one whose records all fall outside the period (objects
    registered after its end, cases closed before its start), is "all zero". Percentages are not
    looked at: the A1 share is empty when nothing is passported. Code and name columns are labels,
    never counts.

    Such a package is still valid and may be sent (an office with nothing to report), but it is
    more often a mistake (wrong period, wrong store, register not imported yet): the export warns
    before writing and the Cover says so.
    """
    if data.a3:
        return False
    counts: list[tuple[int, ...]] = [r.counts for r in data.a1]
    counts += [(r.passported, *r.accessible, r.requiring_adaptation, r.adapted) for r in data.a2]
    counts += [r.counts for r in data.b1]
    counts += [r.counts for r in (*data.b2, *data.b3, *data.b4)]
    return not any(any(row) for row in counts)
