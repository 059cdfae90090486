"""Every dialog of ui/ is usable on a 1024x768 screen, in Kazakh, Russian and English (issue 11).

A 768-px screen with a taskbar leaves about 1000x700: no dialog may ask for more (its minimum
size hint and the size it opens at), and its button row must lie inside it, so Save and Cancel
are never off-screen. Long forms scroll inside the dialog instead of growing it.

The dialogs are listed in :data:`FACTORIES`; :func:`test_every_dialog_of_ui_is_checked` imports
every module of ``ui/`` and fails for a dialog class missing from the list, so a new dialog
gets a fit check when it is written.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

import ui
from models.cases.opinions import ChildToHear
from models.cases.repository import CaseRepository
from models.cases.tables import Case
from models.demo.load import add_demo_data
from models.families.dto import MemberDraft
from models.families.repository import FamilyRepository
from models.families.tables import Family
from models.objects.tables import InfraObject, Passport
from models.reference.offices import office_of
from models.reporting.periods import parse_period
from models.reporting.report import compute_report
from models.store.db import Store
from tests import store_templates
from tests.conftest import DISTRICT, TODAY
from tests.ui.questions import answer_questions
from ui import i18n
from ui.widgets.dialog_parts import fitted_size
from ui.workers import JobRunner

#: The room a dialog has on a 1024x768 screen with a taskbar.
ROOM = QSize(1000, 700)
LANGUAGES = ("kk", "ru", "en")


@dataclass
class Env:
    """What the dialogs are opened with: a store with demo data and records in it."""

    store: Store
    runner: JobRunner
    folder: Path
    parent: QWidget
    case_id: int
    family_id: int
    object_id: int
    passport_id: int

    def case(self) -> object:
        return CaseRepository(self.store).get_case(self.case_id)


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """One district store with demo objects, passports, families and cases for every dialog."""
    folder = tmp_path_factory.mktemp("fit")
    store = store_templates.new_store(folder / "store.sqlite", DISTRICT, "admin")
    add_demo_data(store, objects=12, families=12, seed=11, today=TODAY, user="admin")
    yield store
    store.close()


def _first(store: Store, column: Any) -> int:
    with store.session() as s:
        value = s.scalar(select(column).order_by(column).limit(1))
    assert value is not None
    return int(value)


@pytest.fixture
def env(demo_store: Store, tmp_path: Path, qtbot: QtBot) -> Iterator[Env]:
    runner = JobRunner()
    parent = QWidget()
    qtbot.addWidget(parent)
    with demo_store.session() as s:
        case_id = s.scalar(select(Case.id).where(Case.family_id.is_not(None)).order_by(Case.id))
    assert case_id is not None
    yield Env(
        demo_store,
        runner,
        tmp_path,
        parent,
        int(case_id),
        _first(demo_store, Family.id),
        _first(demo_store, InfraObject.id),
        _first(demo_store, Passport.id),
    )
    runner.wait(60_000)


def _imp(module: str, name: str) -> Any:
    return getattr(importlib.import_module(module), name)


def _step(name: str) -> Callable[[Env], QDialog]:
    def make(e: Env) -> QDialog:
        cls = _imp(*name.rsplit(".", 1))
        return cls(e.store, "admin", e.case(), TODAY)

    return make


def _member(e: Env) -> QDialog:
    repo = FamilyRepository(e.store)
    cls = _imp("ui.families.member_dialog", "MemberDialog")
    family = repo.get_family(e.family_id)
    member: MemberDraft = family.members[0]
    return cls(e.store, "admin", repo.context(TODAY), member, e.family_id)


def _restore(e: Env) -> QDialog:
    cls = _imp("ui.backups.restore_dialog", "RestoreDialog")

    def info_fn(_file: Path) -> object:
        raise OSError("not a backup")

    return cls(e.store, office_of(e.store), e.folder / "x.qoldau-backup", e.runner, info_fn=info_fn)


def _period_report(e: Env) -> QDialog:
    cls = _imp("ui.reporting.period_report", "PeriodReportPreviewDialog")
    data = compute_report(e.store, parse_period("2026"), today=TODAY)
    return cls(data, printed_on=TODAY)


def _receipt() -> object:
    from exporters.receipt import build_receipt

    return build_receipt(
        package_id="0f6c1d2e-4a5b-4c6d-8e9f-0a1b2c3d4e5f",
        sender_kato="113200000",
        period="2026-Q3",
        receiver=DISTRICT,
        workbook_sha256="0" * 64,
        outcome="accepted",
        reasons=[],
        by="admin",
    )


KEY = "STJZ-9REY-23S3-N2EX-R3XR-HJDR-NX2T-322F-HMPA"

#: Every dialog class of ui/ ("module.Class") and how to open it with the demo store.
FACTORIES: dict[str, Callable[[Env], QDialog]] = {
    "ui.accounts.actions.IdleLockDialog": lambda e: _imp("ui.accounts.actions", "IdleLockDialog")(
        e.store
    ),
    "ui.accounts.encrypt_dialog.EncryptDialog": lambda e: _imp(
        "ui.accounts.encrypt_dialog", "EncryptDialog"
    )(e.folder / "plain.sqlite"),
    "ui.accounts.key_dialog.RecoveryKeyDialog": lambda e: _imp(
        "ui.accounts.key_dialog", "RecoveryKeyDialog"
    )(KEY, "/office/qoldau.sqlite"),
    "ui.accounts.lock.LockDialog": lambda e: _imp("ui.accounts.lock", "LockDialog")(e.store),
    "ui.accounts.login_dialog.LoginDialog": lambda e: _imp(
        "ui.accounts.login_dialog", "LoginDialog"
    )(e.store.path),
    "ui.accounts.login_dialog.RecoveryDialog": lambda e: _imp(
        "ui.accounts.login_dialog", "RecoveryDialog"
    )(e.store.path),
    "ui.accounts.password_dialog.ChangePasswordDialog": lambda e: _imp(
        "ui.accounts.password_dialog", "ChangePasswordDialog"
    )(e.store, "admin"),
    "ui.accounts.password_dialog.NewPasswordDialog": lambda e: _imp(
        "ui.accounts.password_dialog", "NewPasswordDialog"
    )("New password", "Choose a new password.", login="admin"),
    "ui.accounts.users_dialog.AddUserDialog": lambda e: _imp(
        "ui.accounts.users_dialog", "AddUserDialog"
    )(e.store),
    "ui.accounts.users_dialog.RoleDialog": lambda e: _imp("ui.accounts.users_dialog", "RoleDialog")(
        "admin", "administrator"
    ),
    "ui.accounts.users_dialog.UsersDialog": lambda e: _imp(
        "ui.accounts.users_dialog", "UsersDialog"
    )(e.store),
    "ui.audit.history_dialog.HistoryDialog": lambda e: _imp(
        "ui.audit.history_dialog", "HistoryDialog"
    )(e.store, "family", _family_uuid(e), "Family"),
    "ui.backups.restore_dialog.RestoreDialog": _restore,
    "ui.backups.settings_dialog.BackupSettingsDialog": lambda e: _imp(
        "ui.backups.settings_dialog", "BackupSettingsDialog"
    )(e.store),
    "ui.cases.case_dialog.CaseDialog": lambda e: _imp("ui.cases.case_dialog", "CaseDialog")(
        e.store, "admin", e.case_id, today=lambda: TODAY
    ),
    "ui.cases.case_step_dialogs.AssessmentDialog": _step(
        "ui.cases.case_step_dialogs.AssessmentDialog"
    ),
    "ui.cases.case_step_dialogs.PlanDialog": _step("ui.cases.case_step_dialogs.PlanDialog"),
    "ui.cases.case_step_dialogs.AccompanimentDialog": _step(
        "ui.cases.case_step_dialogs.AccompanimentDialog"
    ),
    "ui.cases.case_step_dialogs.VisitDialog": _step("ui.cases.case_step_dialogs.VisitDialog"),
    "ui.cases.case_step_dialogs.ServiceDialog": _step("ui.cases.case_step_dialogs.ServiceDialog"),
    "ui.cases.closure_dialog.ClosureDialog": _step("ui.cases.closure_dialog.ClosureDialog"),
    "ui.cases.opinion_dialog.ChildOpinionDialog": lambda e: _imp(
        "ui.cases.opinion_dialog", "ChildOpinionDialog"
    )(
        e.store,
        "admin",
        e.case(),
        ChildToHear(1, "Нұрмұхамбетова Гүлжаһан Сағындыққызы", 14, None),
        "CLOSURE",
        TODAY,
    ),
    "ui.cases.identify_dialog.IdentifyDialog": _step("ui.cases.identify_dialog.IdentifyDialog"),
    "ui.cases.reopen_dialog.ReopenDialog": _step("ui.cases.reopen_dialog.ReopenDialog"),
    "ui.cases.case_summary.CaseSummaryPreviewDialog": lambda e: _imp(
        "ui.cases.case_summary", "CaseSummaryPreviewDialog"
    )(e.store, e.case_id),
    "ui.cases.transfer_dialogs.TransferDialog": lambda e: _imp(
        "ui.cases.transfer_dialogs", "TransferDialog"
    )(e.store, "admin", e.case(), TODAY, runner=e.runner),
    "ui.cases.transfer_dialogs.ReceiveTransferDialog": lambda e: _imp(
        "ui.cases.transfer_dialogs", "ReceiveTransferDialog"
    )(e.store, "admin", e.runner, today=lambda: TODAY),
    "ui.crash_dialog.CrashDialog": lambda e: _imp("ui.crash_dialog", "CrashDialog")(
        "Traceback (most recent call last):\n" + "  File x.py, line 1\n" * 80
    ),
    "ui.demo_dialog.DemoDialog": lambda e: _imp("ui.demo_dialog", "DemoDialog")(
        e.store, "admin", e.runner
    ),
    "ui.office_dialog.OfficeDialog": lambda e: _imp("ui.office_dialog", "OfficeDialog")(
        e.folder / "new.sqlite"
    ),
    "ui.families.family_dialog.FamilyDialog": lambda e: _imp(
        "ui.families.family_dialog", "FamilyDialog"
    )(e.store, "admin", e.family_id, today=TODAY),
    "ui.families.member_dialog.MemberDialog": _member,
    "ui.families.retention_dialog.RetentionDialog": lambda e: _imp(
        "ui.families.retention_dialog", "RetentionDialog"
    )(e.store, "admin", today=TODAY),
    "ui.families.rates_dialog.RatesDialog": lambda e: _imp(
        "ui.families.rates_dialog", "RatesDialog"
    )(e.store),
    "ui.families.money_tab.MoneyEntryDialog": lambda e: _imp(
        "ui.families.money_tab", "MoneyEntryDialog"
    )(
        "benefit",
        [("DISABLED_CHILD_CARER", "мүгедектігі бар баланы тәрбиелеп отырған адамға жәрдемақы")],
        [(1, "Қасымова Әлия Серікқызы")],
        lambda _d: None,
    ),
    "ui.families.destruction_act_print.DestructionActPreviewDialog": lambda e: _imp(
        "ui.families.destruction_act_print", "DestructionActPreviewDialog"
    )(
        _imp("models.cases.destruction", "ActView")(
            1, "1", TODAY, "secure delete", ("Ахметова А.",), "admin", datetime(2026, 11, 20), ()
        ),
        _imp("models.reference.offices", "office_of")(e.store),
    ),
    "ui.objects.object_dialog.ObjectDialog": lambda e: _imp(
        "ui.objects.object_dialog", "ObjectDialog"
    )(e.store, "admin", e.object_id, today=TODAY),
    "ui.objects.passport_dialog.PassportDialog": lambda e: _imp(
        "ui.objects.passport_dialog", "PassportDialog"
    )(e.store, "admin", _object_of(e), e.passport_id),
    # Issue 12: state control and re-inspection triggers (ui/objects/control).
    "ui.objects.control.inspections.StateControlDialog": lambda e: _imp(
        "ui.objects.control.inspections", "StateControlDialog"
    )(e.store, "admin", e.object_id, "Ақкөл аудандық ауруханасы", today=TODAY),
    "ui.objects.control.inspections.InspectionDialog": lambda e: _imp(
        "ui.objects.control.inspections", "InspectionDialog"
    )(
        e.store,
        "admin",
        _imp("models.objects.state_control", "InspectionDraft")(e.object_id, TODAY, "ГАСК"),
        today=TODAY,
    ),
    "ui.objects.control.triggers.TriggersDialog": lambda e: _imp(
        "ui.objects.control.triggers", "TriggersDialog"
    )(e.store, "admin", e.object_id, "Ақкөл аудандық ауруханасы", today=TODAY),
    "ui.objects.control.triggers.TriggerDialog": lambda e: _imp(
        "ui.objects.control.triggers", "TriggerDialog"
    )(
        e.store,
        "admin",
        _imp("models.objects.reinspection", "TriggerDraft")(e.object_id, "COMPLAINT", TODAY),
        today=TODAY,
    ),
    "ui.objects.control.period_counts.StateControlCountsDialog": lambda e: _imp(
        "ui.objects.control.period_counts", "StateControlCountsDialog"
    )(e.store, today=TODAY),
    # Issue 12: norm rules, photos and office settings.
    "ui.objects.norm_rules_dialog.NormRulesDialog": lambda e: _imp(
        "ui.objects.norm_rules_dialog", "NormRulesDialog"
    )(e.store, "admin"),
    "ui.objects.norm_rules_dialog.ChangeThresholdDialog": lambda e: _imp(
        "ui.objects.norm_rules_dialog", "ChangeThresholdDialog"
    )(_imp("models.objects.context", "norm_rules")(e.store)["RAMP_SLOPE"], "kk"),
    "ui.objects.norm_rules_dialog.AddRuleDialog": lambda e: _imp(
        "ui.objects.norm_rules_dialog", "AddRuleDialog"
    )(_imp("ui.objects.norm_rules_dialog", "NormRulesDialog")(e.store, "admin", e.parent)),
    "ui.objects.passport.photo_annex.PhotoViewer": lambda e: _imp(
        "ui.objects.passport.photo_annex", "PhotoViewer"
    )("№ 1", b"not a picture"),
    "ui.office_settings_dialog.OfficeSettingsDialog": lambda e: _imp(
        "ui.office_settings_dialog", "OfficeSettingsDialog"
    )(e.store, "admin"),
    "ui.objects.adaptation_dialog.AdaptationDialog": lambda e: _imp(
        "ui.objects.adaptation_dialog", "AdaptationDialog"
    )(e.store, "admin", e.passport_id, today=TODAY),
    "ui.objects.prints.passport.PassportPreviewDialog": lambda e: _imp(
        "ui.objects.prints.passport", "PassportPreviewDialog"
    )(e.store, e.passport_id),
    "ui.objects.prints.blank.BlankPreviewDialog": lambda e: _imp(
        "ui.objects.prints.blank", "BlankPreviewDialog"
    )(e.store, e.object_id, "checklist"),
    "ui.imports.wizard.ProfileImportWizard": lambda e: _imp(
        "ui.imports.wizard", "ProfileImportWizard"
    )(e.store, "admin", e.runner, today=lambda: TODAY),
    "ui.printing.document.PreviewDialog": lambda e: _imp("ui.printing.document", "PreviewDialog")(
        QTextDocument("Qoldau"), title="Qoldau", file_name="qoldau.pdf"
    ),
    "ui.widgets.settlement_dialog.SettlementDialog": lambda e: _imp(
        "ui.widgets.settlement_dialog", "SettlementDialog"
    )(e.store, "admin"),
    # -- reporting --------------------------------------------------------------------------
    "ui.reporting.page.ExpectedDistrictsDialog": lambda e: _imp(
        "ui.reporting.page", "ExpectedDistrictsDialog"
    )(e.store, "admin"),
    "ui.reporting.quality_dialog.QualityDialog": lambda e: _imp(
        "ui.reporting.quality_dialog", "QualityDialog"
    )(e.store, "admin", e.runner, today=lambda: TODAY),
    "ui.reporting.receive_dialog.ReceiveDialog": lambda e: _imp(
        "ui.reporting.receive_dialog", "ReceiveDialog"
    )(e.store, "admin", e.runner),
    "ui.reporting.receive_dialog.ProblemsDialog": lambda e: _imp(
        "ui.reporting.receive_dialog", "ProblemsDialog"
    )("Problems", "The package was refused.", ["line"] * 40, e.parent),
    "ui.reporting.export_wizard.ExportWizard": lambda e: _imp(
        "ui.reporting.export_wizard", "ExportWizard"
    )(e.store, "admin", e.runner, today=lambda: TODAY),
    "ui.reporting.period_report.PeriodReportPreviewDialog": _period_report,
    # New dialogs of the reporting page (issue 10/11).
    "ui.reporting.approve_dialogs.ApprovePeriodDialog": lambda e: _imp(
        "ui.reporting.approve_dialogs", "ApprovePeriodDialog"
    )(e.store, "admin", TODAY),
    "ui.reporting.approve_dialogs.ReopenPeriodDialog": lambda e: _imp(
        "ui.reporting.approve_dialogs", "ReopenPeriodDialog"
    )(e.store, "admin", ["2026-Q3"]),
    "ui.reporting.receipts_dialog.ReceiptsResultDialog": lambda e: _imp(
        "ui.reporting.receipts_dialog", "ReceiptsResultDialog"
    )([], lambda _info: ""),
    "ui.reporting.return_dialog.ReturnDialog": lambda e: _imp(
        "ui.reporting.return_dialog", "ReturnDialog"
    )(e.store, "admin", DISTRICT, "2026-Q3", str(e.folder)),
    "ui.reporting.receipt_print.ReceiptPreviewDialog": lambda e: _imp(
        "ui.reporting.receipt_print", "ReceiptPreviewDialog"
    )(_receipt()),
    "ui.reporting.calendar_dialog.ReportingCalendarDialog": lambda e: _imp(
        "ui.reporting.calendar_dialog", "ReportingCalendarDialog"
    )(e.store, "admin", today=TODAY),
}

#: Dialog classes that are only bases of the listed ones (they are checked through them).
BASES = {
    "ui.cases.step_dialog.StepDialog",
    "ui.cases.step_dialog.CaseStepDialog",
    "ui.objects.control.record_list.RecordEditDialog",
    "ui.objects.control.record_list.RecordListDialog",
}


def _family_uuid(e: Env) -> str:
    with e.store.session() as s:
        value = s.scalar(select(Family.uuid).where(Family.id == e.family_id))
    assert value is not None
    return str(value)


def _object_of(e: Env) -> int:
    with e.store.session() as s:
        value = s.scalar(select(Passport.object_id).where(Passport.id == e.passport_id))
    assert value is not None
    return int(value)


def _dialog_classes() -> set[str]:
    """Every QDialog subclass defined in a module of ui/ ("module.Class")."""
    found: set[str] = set()
    for info in pkgutil.walk_packages(ui.__path__, "ui."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if (
                inspect.isclass(value)
                and issubclass(value, QDialog)
                and value.__module__ == info.name
            ):
                found.add(f"{info.name}.{name}")
    return found


def test_every_dialog_of_ui_is_checked() -> None:
    """A dialog class without a fit check fails here: add it to FACTORIES."""
    missing = _dialog_classes() - set(FACTORIES) - BASES
    assert missing == set()
    gone = set(FACTORIES) - _dialog_classes()
    assert gone == set()


def test_a_wanted_size_is_clamped_to_the_available_screen() -> None:
    assert fitted_size(QSize(900, 640), QRect(0, 0, 1024, 728)) == QSize(900, 640)
    assert fitted_size(QSize(1100, 820), QRect(0, 0, 1024, 728)) == QSize(1024, 728)
    assert fitted_size(QSize(760, 820), QRect(0, 40, 1366, 688)) == QSize(760, 688)


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    lang = str(request.param)
    i18n.install_language(qapp, lang)
    yield lang
    i18n.install_language(qapp, "en")


def _button_row(dialog: QDialog) -> list[QWidget]:
    """The widgets holding the dialog's closing buttons.

    A wizard's are its own buttons; a dialog without a button box has its buttons in a row:
    every visible push button outside a scrolling area counts then.
    """
    if isinstance(dialog, QWizard):
        return [
            b
            for which in (QWizard.WizardButton.CancelButton, QWizard.WizardButton.NextButton)
            if isinstance(b := dialog.button(which), QAbstractButton) and b.isVisible()
        ]
    boxes: list[QWidget] = [b for b in dialog.findChildren(QDialogButtonBox) if b.isVisible()]
    if boxes:
        return boxes
    return [
        b
        for b in dialog.findChildren(QPushButton)
        if b.isVisible() and not _in_scroll_area(b, dialog)
    ]


def _in_scroll_area(widget: QWidget, dialog: QDialog) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not dialog:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


@pytest.mark.parametrize("name", sorted(FACTORIES))
def test_dialog_fits_a_1024x768_screen(
    qtbot: QtBot, env: Env, language: str, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_questions(monkeypatch)  # closing an edited form asks; the test closes without saving
    dialog = FACTORIES[name](env)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    hint = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
    assert hint.width() <= ROOM.width() and hint.height() <= ROOM.height(), (language, hint)
    size = dialog.size()
    assert size.width() <= ROOM.width() and size.height() <= ROOM.height(), (language, size)

    # On the smallest room the dialog may get, its buttons are inside it.
    dialog.resize(dialog.size().boundedTo(ROOM))
    QApplication.processEvents()
    rows = _button_row(dialog)
    if not name.endswith("PreviewDialog"):  # a print preview has a tool bar, no button row
        assert rows, "no button row found"
    inside = dialog.rect()
    for row in rows:
        top_left = row.mapTo(dialog, QPoint(0, 0))
        assert inside.contains(QRect(top_left, row.size())), (language, top_left, row.size())
