"""A hand-counted set of cases for the overdue rule (reporting.md §2.2, issue 7 point 2).

Every case is written through :class:`~models.cases.repository.CaseRepository`, as the GUI
writes it. Signals on 01.06.2026, all cases of one worker. Visits are "date -> next follow-up".

====  =========================================================  ==========  ==========
case  history                                                    30.09.2026  20.11.2026
====  =========================================================  ==========  ==========
A     visit 01.10 -> 01.11, nothing since                        no visit    overdue
B     visit 01.10 -> 30.11                                       no visit    not yet due
C     01.08 -> 01.09; visited after the due date: 10.09 -> 10.12  done        not yet due
D     01.08 -> 15.10; visited before it: 20.08 -> 20.09          overdue     overdue
E     05.11 -> 05.11 (the visit is on its own due date)          no visit    done
F     01.08 -> 01.09, closed 15.10 while overdue                 overdue     closed
G     01.08 -> 01.09, closed 10.10, reopened 01.11, no visit     overdue     lapsed
H     01.07 -> 01.08, closed 05.08, reopened 01.09; 05.09 -> 15.09  overdue   overdue
I     01.08 -> 01.09, closed 05.10 as opened in error            left out    left out
J     signal only, no visit                                      -           -
====  =========================================================  ==========  ==========

So 4 cases are overdue on 30.09.2026 (D, F, G, H) and 3 on 20.11.2026 (A, D, H). The old
work-list rule (``next_follow_up`` before the day on an open case) counted 5 on 20.11.2026:
it also took E (visited on its due date) and G (a follow-up of the closed cycle).
"""

from __future__ import annotations

from datetime import date

from models.cases.dto import ClosureDraft, SignalDraft, VisitDraft
from models.cases.repository import CaseRepository
from models.store.db import Store

#: The day the cases are read (tests.conftest.TODAY).
AT_TODAY = date(2026, 11, 20)
#: The end of 2026-Q3 (and of 2026-09).
AT_Q3_END = date(2026, 9, 30)
#: Cases overdue on each day, by letter.
OVERDUE_AT = {AT_Q3_END: {"D", "F", "G", "H"}, AT_TODAY: {"A", "D", "H"}}

D = date


def build_overdue_cases(store: Store, worker: str = "admin") -> dict[str, int]:
    """Write cases A..J of the module docstring for ``worker``; return their ids by letter."""
    cases = CaseRepository(store)
    ctx = cases.context(AT_TODAY)
    ids: dict[str, int] = {}

    def new(letter: str) -> int:
        draft = SignalDraft(D(2026, 6, 1), "SCHOOL", f"Case {letter}", worker_login=worker)
        ids[letter] = cases.open_case(draft, ctx, worker)
        return ids[letter]

    def visit(case_id: int, on: date, due: date | None) -> None:
        cases.add_visit(case_id, VisitDraft(on, "HOME", next_due=due), ctx, worker)

    def close(case_id: int, on: date, reason: str = "REFUSAL") -> None:
        cases.close(case_id, ClosureDraft(on, reason), ctx, worker)

    visit(new("A"), D(2026, 10, 1), D(2026, 11, 1))
    visit(new("B"), D(2026, 10, 1), D(2026, 11, 30))
    c = new("C")
    visit(c, D(2026, 8, 1), D(2026, 9, 1))
    visit(c, D(2026, 9, 10), D(2026, 12, 10))
    d = new("D")
    visit(d, D(2026, 8, 1), D(2026, 10, 15))
    visit(d, D(2026, 8, 20), D(2026, 9, 20))
    visit(new("E"), D(2026, 11, 5), D(2026, 11, 5))
    f = new("F")
    visit(f, D(2026, 8, 1), D(2026, 9, 1))
    close(f, D(2026, 10, 15))
    g = new("G")
    visit(g, D(2026, 8, 1), D(2026, 9, 1))
    close(g, D(2026, 10, 10))
    cases.reopen(g, D(2026, 11, 1), "Мектеп қайта хабарлады", ctx, worker)
    h = new("H")
    visit(h, D(2026, 7, 1), D(2026, 8, 1))
    close(h, D(2026, 8, 5))
    cases.reopen(h, D(2026, 9, 1), "Мектеп қайта хабарлады", ctx, worker)
    visit(h, D(2026, 9, 5), D(2026, 9, 15))
    i = new("I")
    visit(i, D(2026, 8, 1), D(2026, 9, 1))
    close(i, D(2026, 10, 5), "OPENED_IN_ERROR")
    new("J")
    return ids
