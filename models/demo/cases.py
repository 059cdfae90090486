"""Demo cases: the stages the demo cases reach, and the timeline of each case from the signal
through assessments, plans, visits and closures to reopenings, in life-cycle order.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from models.cases.dto import (
    AssessmentDraft,
    ClosureDraft,
    PlanDraft,
    ServiceDraft,
    SignalDraft,
    VisitDraft,
)
from models.cases.rules import (
    ACCOMPANIMENT,
    ASSESSMENT,
    CLOSED,
    IDENTIFIED,
    PLAN,
    REOPENED,
    SIGNAL,
    STAGES,
)
from models.demo import names

#: Weights of the stage a case has reached (every stage is also drawn at least once).
STAGE_WEIGHTS = {
    SIGNAL: 6,
    IDENTIFIED: 8,
    ASSESSMENT: 9,
    PLAN: 8,
    ACCOMPANIMENT: 33,
    CLOSED: 30,
    REOPENED: 6,
}
#: Longest a case may span: every date stays within three years before today.
MAX_SPAN_DAYS = 3 * 365
#: Visit and contact types of the demo visits, weighted.
VISIT_KINDS = (("HOME", 50), ("SCHOOL", 15), ("PHONE", 20), ("MOBILE_GROUP", 10), ("OFFICE", 5))


def pick(rng: random.Random, weighted: Sequence[tuple[Any, float]]) -> Any:
    """Return one value of ``weighted`` (value, weight) pairs, drawn by weight."""
    return rng.choices([v for v, _w in weighted], weights=[w for _v, w in weighted], k=1)[0]


@dataclass(frozen=True)
class DemoStep:
    """A stage change of a demo case (the first one is the signal)."""

    on: date
    from_stage: str
    to_stage: str
    reason: str = ""
    note: str = ""


@dataclass(frozen=True)
class DemoCase:
    """A demo case: the signal, its stage changes and everything recorded on the way.

    ``risk_factors`` are (code, index of the member it is about or None, date noted).
    """

    number: str
    year: int
    seq: int
    signal: SignalDraft
    steps: tuple[DemoStep, ...]
    risk_factors: tuple[tuple[str, int | None, date], ...]
    assessments: tuple[AssessmentDraft, ...]
    plans: tuple[PlanDraft, ...]
    visits: tuple[VisitDraft, ...]
    services: tuple[ServiceDraft, ...]

    @property
    def stage(self) -> str:
        """Return the stage the case is at."""
        return self.steps[-1].to_stage

    @property
    def closure(self) -> ClosureDraft | None:
        """Return the current closure (a closed case only)."""
        last = self.steps[-1]
        if last.to_stage != CLOSED:
            return None
        return ClosureDraft(last.on, last.reason, outcome=last.note)


class Timeline:
    """The days (from the signal) of a case's stage changes, visits, plans and services.

    ``open`` cases end at "today" (``span`` days after the signal); closed ones end with
    the closure and may lie anywhere in the three years.
    """

    def __init__(
        self, rng: random.Random, target: str, late_closures: Sequence[tuple[str, float]]
    ) -> None:
        self.rng = rng
        self.late_closures = late_closures
        self.t = 0
        self.stage = SIGNAL
        self.steps: list[tuple[int, str, str, str, str]] = [(0, "", SIGNAL, "", "")]
        self.assessments: list[int] = []
        #: (drawn-up day, the day its cycle ended or None while it runs)
        self.plans: list[tuple[int, int | None]] = []
        self.visits: list[tuple[int, int | None, str]] = []
        self.services: list[int] = []
        self.open = target != CLOSED
        now = self._run(target)
        self.span = now if now is not None else self.t

    def go(self, to: str, gap: int, reason: str = "", note: str = "") -> None:
        self.t += gap
        self.steps.append((self.t, self.stage, to, reason, note))
        self.stage = to

    def _close(self, gap: int, reason: str) -> None:
        outcome = names.CLOSURE_OUTCOMES.get(reason, "")
        self.go(CLOSED, gap, reason, outcome)
        # The plan of the cycle that just ended is judged at its closure.
        if self.plans and self.plans[-1][1] is None:
            self.plans[-1] = (self.plans[-1][0], self.t)
        if self.visits:
            o, _due, kind = self.visits[-1]
            self.visits[-1] = (o, None, kind)

    def _run(self, target: str) -> int | None:
        rng = self.rng
        if target == SIGNAL:
            return rng.randint(0, 12)
        if target == CLOSED and rng.random() < 0.25:
            # Closed early: signal not confirmed, or consultation only after identification.
            if rng.random() < 0.5:
                self._close(
                    rng.randint(2, 15), rng.choice(("SIGNAL_NOT_CONFIRMED", "CONSULTATION_ONLY"))
                )
            else:
                self.go(IDENTIFIED, rng.randint(1, 10))
                self.visits.append((self.t, None, "HOME"))
                self._close(rng.randint(3, 20), rng.choice(("CONSULTATION_ONLY", "REFUSAL")))
            return None
        self.go(IDENTIFIED, rng.randint(1, 10))
        self.visits.append((self.t, self.t + rng.randint(7, 14), "HOME"))
        reopened_before = target == REOPENED or (target != IDENTIFIED and rng.random() < 0.12)
        if reopened_before:
            self._cycle(CLOSED)
            self.go(REOPENED, rng.randint(20, 180), note=rng.choice(names.REOPEN_REASONS))
            if target == REOPENED:
                return self.t + rng.randint(0, 20)
        return self._cycle(target)

    def _cycle(self, goal: str) -> int | None:
        """Advance from IDENTIFIED or REOPENED to ``goal``; return "today" for an open goal."""
        rng = self.rng
        if goal == IDENTIFIED:
            return self.t + rng.randint(0, 25)
        self.go(ASSESSMENT, rng.randint(2, 14))
        self.assessments.append(self.t)
        if goal == ASSESSMENT:
            return self.t + rng.randint(0, 20)
        gap = rng.randint(2, 10)
        self.plans.append((self.t + gap, None))
        self.go(PLAN, gap)
        if goal == PLAN:
            return self.t + rng.randint(0, 10)
        self.go(ACCOMPANIMENT, rng.randint(1, 7))
        start = self.t
        end = start + (rng.randint(60, 300) if goal == CLOSED else rng.randint(10, 420))
        visit = start + rng.randint(0, 5)
        while True:
            interval = rng.randint(14, 45)
            self.visits.append((visit, visit + interval, pick(rng, VISIT_KINDS)))
            if visit + interval > end:
                break
            visit += interval + rng.randint(-3, 3)
        last_visit, due, _kind = self.visits[-1]
        assert due is not None
        for _ in range(rng.randint(1, 4)):
            self.services.append(rng.randint(start, last_visit))
        self.services.sort()
        if goal == CLOSED:
            self._close(last_visit - self.t + rng.randint(3, 20), pick(rng, self.late_closures))
            return None
        # Open accompaniment: today falls before the next follow-up, in its week, or after it.
        kind = pick(rng, (("ahead", 60), ("this_week", 15), ("overdue", 25)))
        if kind == "overdue":
            return due + rng.randint(1, 30)
        if kind == "this_week":
            return max(last_visit, due - rng.randint(0, 6))
        return last_visit + rng.randint(0, max(0, due - last_visit - 7))


def stage_targets(rng: random.Random, count: int) -> list[str]:
    """Return the stage each of ``count`` cases reaches: every stage once, the rest weighted."""
    if count < len(STAGES):
        targets = rng.choices(list(STAGE_WEIGHTS), weights=list(STAGE_WEIGHTS.values()), k=count)
    else:
        targets = list(STAGES) + rng.choices(
            list(STAGE_WEIGHTS), weights=list(STAGE_WEIGHTS.values()), k=count - len(STAGES)
        )
    rng.shuffle(targets)
    return targets
