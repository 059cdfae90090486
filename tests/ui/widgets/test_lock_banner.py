"""The lock banner in the forms (issue 10, reporting.md §6.1): a record an approved period's
package reads opens under a banner naming the period, who approved it and when, with the
fields that change its figures read-only; the other fields still save; records after the period
open as before.

The store: 2026-Q1 approved (last day 31.03.2026); object A registered 01.01.2025 with a
passport of 12.03.2026 whose adaptation was done 20.03.2026; object B registered 01.06.2026;
a family at map level D since 01.02.2026 with a case signalled 15.02.2026 and a child born
2015 (counted in B1's children).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from models.families.repository import FamilyRepository
from models.objects.context import validation_context
from models.objects.dto import ObjectDraft, PassportDraft
from models.objects.repository import ObjectRepository
from models.reference.approvals import ApprovedPeriod
from models.reporting.approval import approve
from models.store.db import Store
from tests.conftest import TODAY
from tests.models.report_builders import add_case, add_family, add_member
from tests.ui.keys import type_text
from tests.ui.questions import Answers, answer_questions
from ui.families.family_dialog import FamilyDialog
from ui.families.member_dialog import MemberDialog
from ui.objects.adaptation_dialog import AdaptationDialog
from ui.objects.object_dialog import ObjectDialog
from ui.objects.passport_dialog import PassportDialog
from ui.widgets.lock_banner import LockBanner

D = date
STATUSES = {"K": "VND", "O": "DP_I", "S": "DP_I", "G": "DP_I", "U": "DP_I"}


@pytest.fixture(autouse=True)
def _discard_on_close(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return answer_questions(monkeypatch)


@dataclass(frozen=True)
class Locked:
    object_id: int
    passport_id: int
    later_object_id: int
    family_id: int


@pytest.fixture
def locked(store: Store) -> Locked:
    repo = ObjectRepository(store)
    ctx = validation_context(store, TODAY)
    a = repo.save(
        ObjectDraft(
            name="Мектеп", object_type="EDU_SCHOOL", kato="113220100", registered_date=D(2025, 1, 1)
        ),
        ctx,
        "admin",
    )
    passport = repo.save_passport(
        a,
        PassportDraft(
            inspection_date=D(2026, 3, 1),
            passport_date=D(2026, 3, 12),
            statuses=STATUSES,
            requires_adaptation=True,
        ),
        ctx,
        "admin",
    )
    repo.record_adaptation(passport, D(2026, 3, 20), ctx, "admin", None)
    b = repo.save(
        ObjectDraft(
            name="Емхана", object_type="EDU_SCHOOL", kato="113220100", registered_date=D(2026, 6, 1)
        ),
        ctx,
        "admin",
    )
    with store.session() as s:
        family = add_family(s, level="D", level_date=D(2026, 2, 1))
        add_case(s, D(2026, 2, 15), family=family)
        add_member(s, family, D(2015, 5, 1))
        family_id = family.id
    approve(store, "2026-Q1", today=TODAY)
    return Locked(a, passport, b, family_id)


def expected_text(lock: ApprovedPeriod | None) -> str:
    assert lock is not None and (lock.period, lock.by) == ("2026-Q1", "system")
    return (
        f"Period 2026-Q1 is approved (by system, {lock.at.astimezone():%d.%m.%Y %H:%M}): the "
        "fields that change its figures are read-only. A supervisor can reopen the period on the "
        "Reporting page."
    )


def shown(qtbot: QtBot, dialog: object) -> None:
    qtbot.addWidget(dialog)
    dialog.show()  # type: ignore[attr-defined]
    qtbot.waitExposed(dialog)


def check_banner(banner: LockBanner) -> None:
    assert banner.isVisible()
    assert banner.text() == expected_text(banner.lock)


def test_object_in_the_register_locks_type_and_dates_but_its_name_saves(
    qtbot: QtBot, store: Store, locked: Locked
) -> None:
    dialog = ObjectDialog(store, "admin", locked.object_id, today=TODAY)
    shown(qtbot, dialog)
    check_banner(dialog.lock_banner)
    form = dialog.form
    assert not form.type_combo.isEnabled()
    assert not form.subject_check.isEnabled()
    assert form.registered_edit.isReadOnly() and form.exclusion_date_edit.isReadOnly()
    assert not form.name_edit.isReadOnly() and not form.address_edit.isReadOnly()

    form.name_edit.selectAll()
    type_text(form.name_edit, "Мектеп №1")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()
    got = ObjectRepository(store).get(locked.object_id)
    assert (got.name, got.registered_date, got.object_type) == (
        "Мектеп №1",
        D(2025, 1, 1),
        "EDU_SCHOOL",
    )


def test_an_object_registered_after_the_period_opens_unlocked(
    qtbot: QtBot, store: Store, locked: Locked
) -> None:
    dialog = ObjectDialog(store, "admin", locked.later_object_id, today=TODAY)
    shown(qtbot, dialog)
    assert dialog.lock_banner.lock is None and not dialog.lock_banner.isVisible()
    assert dialog.form.type_combo.isEnabled() and not dialog.form.registered_edit.isReadOnly()


def test_a_passport_of_the_period_opens_read_only(
    qtbot: QtBot, store: Store, locked: Locked
) -> None:
    dialog = PassportDialog(store, "admin", locked.object_id, locked.passport_id)
    shown(qtbot, dialog)
    check_banner(dialog.lock_banner)
    assert not dialog.editable
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save) is None
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Close) is not None
    assert dialog.form.passport_date_edit.isReadOnly()


def test_an_adaptation_of_the_period_keeps_its_date_and_its_cost_saves(
    qtbot: QtBot, store: Store, locked: Locked
) -> None:
    dialog = AdaptationDialog(store, "admin", locked.passport_id, today=TODAY)
    shown(qtbot, dialog)
    check_banner(dialog.lock_banner)
    assert dialog.date_edit.isReadOnly()
    assert not dialog.cost_edit.isReadOnly()
    type_text(dialog.cost_edit, "2500")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()
    got = ObjectRepository(store).get_passport(locked.passport_id)
    assert (got.adapted_date, got.adaptation_cost) == (D(2026, 3, 20), 2500)


def test_a_family_s_map_level_of_the_period_is_read_only(
    qtbot: QtBot, store: Store, locked: Locked
) -> None:
    dialog = FamilyDialog(store, "admin", locked.family_id, today=TODAY)
    shown(qtbot, dialog)
    check_banner(dialog.lock_banner)
    assert not dialog.form.map_level_combo.isEnabled()
    assert dialog.form.map_level_date_edit.isReadOnly()
    assert not dialog.form.map_level_source_edit.isReadOnly()


def test_a_counted_child_keeps_birth_date_and_disability_group(
    qtbot: QtBot, store: Store, locked: Locked
) -> None:
    families = FamilyRepository(store)
    member = families.get_family(locked.family_id).members[0]
    dialog = MemberDialog(store, "admin", families.context(TODAY), member, locked.family_id)
    shown(qtbot, dialog)
    check_banner(dialog.lock_banner)
    assert dialog.form.birth_date_edit.isReadOnly()
    assert not dialog.form.disability_combo.isEnabled()
