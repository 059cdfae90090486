"""The main window: navigation, menus and a status bar naming the office and the store."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QWidget,
)

from models.cases.dto import WorkListCounts
from models.reference.offices import office_of
from models.reference.roles import Permission, allows
from models.store.base import SYSTEM_USER
from models.store.db import Store
from ui.i18n import LANGUAGES, current_language, format_date, local_name_of
from ui.settings import UiSettings
from ui.widgets.elided_label import ElidedLabel
from ui.workers import JobRunner

if TYPE_CHECKING:
    from ui.backups.auto import AutoBackups

logger = logging.getLogger(__name__)


#: Screens up to this width (the office monitors: 1024, 1280, 1366) open the window maximised.
MAXIMISE_UP_TO = 1366


@dataclass(frozen=True)
class ViewState:
    """What the user looks at: kept when the window is built again in another language."""

    page: int
    object_id: int | None = None
    person_id: int | None = None
    case_list: int | None = None
    case_id: int | None = None


class MainWindow(QMainWindow):
    """Qoldau's main window.

    Signals:
        language_changed(str): the user chose another interface language.
    """

    language_changed = Signal(str)
    switch_user = Signal()

    def __init__(
        self,
        store: Store,
        settings: UiSettings,
        runner: JobRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.runner = runner or JobRunner()
        self.office = office_of(store)
        self.user = store_login(store)
        #: The principal's role: the window shows only what it may do (reporting.md §5).
        self.role = store.principal.role
        #: The automatic backups, once the application enables them (``enable_auto_backups``).
        self.auto_backups: AutoBackups | None = None
        self.setWindowTitle(self.tr("Qoldau"))

        from ui.cases.page import CasesPage
        from ui.families.page import FamiliesPage
        from ui.objects.page import ObjectsPage
        from ui.reporting.dashboard import DashboardPage
        from ui.reporting.page import ReportingPage

        self.objects_page = ObjectsPage(store, self.user, self.runner, self)
        self.objects_page.set_read_only(not self.may(Permission.EDIT_OBJECTS))
        # A viewer sees no personal data: the families and cases pages are not even built.
        personal = self.may(Permission.PERSONAL_DATA)
        self.families_page = FamiliesPage(store, self.user, self.runner, self) if personal else None
        self.cases_page = CasesPage(store, self.user, self.runner, self) if personal else None
        self.dashboard_page = DashboardPage(
            store,
            self.user,
            self.runner,
            self,
            period_kind=str(settings.get("export/period_kind")),
        )
        self.reporting_page = ReportingPage(store, self.user, self.runner, self)
        self.reporting_page.open_findings.connect(self.show_findings)
        self.nav = QListWidget()
        self.nav.setObjectName("page_list")
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.stack = QStackedWidget()
        self._add_page(self.tr("Objects"), self.objects_page)
        if self.families_page is not None:
            self._add_page(self.tr("Families"), self.families_page)
        if self.cases_page is not None:
            self._add_page(self.tr("Cases"), self.cases_page)
        self._add_page(self.tr("Dashboard"), self.dashboard_page)
        self._add_page(self.tr("Reporting"), self.reporting_page)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.stack.currentChanged.connect(self._on_stack_current_changed)
        self.counts_label = ElidedLabel()
        if self.cases_page is not None:
            self.cases_page.counts_changed.connect(self._on_cases_page_counts_changed)
        self.nav.setCurrentRow(0)
        self._fit_nav()
        # The page list has the width of its items (no splitter: there is nothing to gain by
        # widening it, and a narrower one would cut the items).
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self._offer_first_steps()
        office_name = local_name_of(self.office)
        self.office_label = ElidedLabel(
            self.tr("Office: {name} ({kato})").format(name=office_name, kato=self.office.kato)
        )
        # The status bar never widens the window past a 1024-pixel screen: its labels give way
        # (elided; the store path in the middle, so its file name stays) when the texts are
        # longer than the room; tooltips keep the whole.
        self.store_label = ElidedLabel(
            self.tr("Store: {path}").format(path=store.path), mode=Qt.TextElideMode.ElideMiddle
        )
        self.store_label.setToolTip(str(store.path))
        # The store's path and the office stay readable: the counts (whole in their tooltip)
        # take only the room the others leave.
        self.counts_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.statusBar().addWidget(self.account_actions.user_label)
        self.statusBar().addWidget(self.office_label)
        self.statusBar().addWidget(self.counts_label, 1)
        self.statusBar().addPermanentWidget(self.store_label)
        self._place()

    def _place(self) -> None:
        """Open where the user left the window, else sized to the screen (issue 11): maximised
        on the office monitors up to 1366 pixels wide, a comfortable size on larger ones."""
        geometry = self.settings.get("ui/main_geometry")
        if isinstance(geometry, QByteArray | bytes) and self.restoreGeometry(QByteArray(geometry)):
            return
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 720)
        if available.width() <= MAXIMISE_UP_TO:
            self.resize(available.size())
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
            return
        size = QSize(min(1280, available.width() * 4 // 5), min(860, available.height() * 9 // 10))
        self.resize(size)
        self.move(available.center() - QRect(QPoint(0, 0), size).center())

    def _nav_texts(self) -> list[str]:
        """Every text the page list may show, the Cases badge with a three-digit count."""
        texts = [self.nav.item(row).text() for row in range(self.nav.count())]
        if self.cases_page is not None:
            texts.append(self.tr("Cases (my overdue: {overdue})").format(overdue=999))
        return texts

    def _fit_nav(self) -> None:
        """Make the page list as wide as its longest item in this language (issue 11): measured
        with the list's font and the style's item margins, never a fixed number of pixels."""
        metrics = self.nav.fontMetrics()
        widest = max(metrics.horizontalAdvance(text) for text in self._nav_texts())
        style = self.nav.style()
        # QCommonStyle draws an item's text inside a focus-frame margin (plus one) each side.
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.nav) + 1
        width = widest + 2 * margin + 2 * self.nav.frameWidth() + metrics.averageCharWidth()
        self.nav.setFixedWidth(width)

    def _offer_first_steps(self) -> None:
        """Put the window's actions on the empty pages (issue 11); each button shows with its
        action, so a role that may not import or load demo data is not offered to."""
        self.objects_page.add_first_step_action(
            self.tr("Import the register (Ctrl+I)"), self.import_action, 0
        )
        self.objects_page.add_first_step_action(
            self.tr("Load demo data for training"), self.demo_action
        )
        if self.families_page is not None:
            self.families_page.add_first_step_action(
                self.tr("Load demo data for training"), self.demo_action
            )

    def view_state(self) -> ViewState:
        """Return what the user looks at: the page and the selected rows."""
        cases = self.cases_page
        return ViewState(
            page=self.stack.currentIndex(),
            object_id=self.objects_page.current_object_id(),
            person_id=(
                row.person_id
                if self.families_page is not None
                and (row := self.families_page.current_row()) is not None
                else None
            ),
            case_list=cases.current_list() if cases is not None else None,
            case_id=cases.current_case_id() if cases is not None else None,
        )

    def restore_view(self, state: ViewState) -> None:
        """Show the page and select the rows of ``state`` (the language switch, issue 11)."""
        if 0 <= state.page < self.stack.count():
            self.nav.setCurrentRow(state.page)
        self.objects_page.select_object(state.object_id)
        if self.families_page is not None and state.person_id is not None:
            self.families_page.select_person(state.person_id)
        if self.cases_page is not None:
            if state.case_list is not None:
                self.cases_page.set_current_list(state.case_list)
            self.cases_page.select_case(state.case_id)

    def _add_page(self, title: str, page: QWidget) -> None:
        self.nav.addItem(title)
        self.stack.addWidget(page)
        # Alt+1, Alt+2... jump to the pages from anywhere.
        row = self.nav.count() - 1
        jump = QAction(self)
        jump.setShortcut(QKeySequence(f"Alt+{row + 1}"))
        jump.triggered.connect(lambda _=False, r=row: self.nav.setCurrentRow(r))
        self.addAction(jump)

    def _on_cases_page_counts_changed(self, counts: WorkListCounts) -> None:
        # The counts are the Cases page's work lists, read at its "today": overdue is the B1
        # rule taken on that day (models/cases/overdue.overdue_condition), and says so.
        # They count the user's own cases, where the dashboard and B1 count the whole office
        # by the same rule: every label says "my", so the two are never read as one number.
        if self.cases_page is None:
            return
        at = format_date(self.cases_page.today())
        text = self.tr(
            "My open cases: {mine} | my follow-ups this week: {due} | "
            "my overdue (as of {date}): {overdue}"
        ).format(mine=counts.my_open, due=counts.due_this_week, overdue=counts.overdue, date=at)
        self.counts_label.setText(text)
        note = self.tr(
            "Your own cases only. The dashboard, the printed report and B1 count the cases "
            "of the whole office by the same rule."
        )
        self.counts_label.setToolTip(f"{text}\n{note}")
        item = self.nav.item(self.stack.indexOf(self.cases_page))
        item.setText(self.tr("Cases (my overdue: {overdue})").format(overdue=counts.overdue))
        if counts.overdue > 999:
            self._fit_nav()
        item.setToolTip(
            self.tr(
                "{overdue} of your own open cases have an overdue follow-up as of {date} "
                "(the dashboard counts the whole office)"
            ).format(overdue=counts.overdue, date=at)
        )

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_action = QAction(self.tr("&Import object registry..."), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self._on_import_action_triggered)
        file_menu.addAction(self.import_action)
        self.import_members_action = QAction(self.tr("Import &family list..."), self)
        self.import_members_action.triggered.connect(self._on_import_members_action_triggered)
        file_menu.addAction(self.import_members_action)
        self.template_action = QAction(self.tr("Save registry &template..."), self)
        self.template_action.triggered.connect(self._on_template_action_triggered)
        file_menu.addAction(self.template_action)
        self.demo_action = QAction(self.tr("Load &demo data..."), self)
        self.demo_action.triggered.connect(self._on_demo_action_triggered)
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        from ui.backups.actions import BackupActions

        self.backup_actions = BackupActions(
            self, self.store, self.office, self.runner, self.settings, file_menu
        )
        self.backup_actions.restored.connect(self._on_backup_actions_restored)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("E&xit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        lang_menu = settings_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        names = {"kk": "Қазақша", "ru": "Русский", "en": "English"}
        self.language_actions: dict[str, QAction] = {}
        for lang in LANGUAGES:
            action = QAction(names[lang], self, checkable=True)
            action.setChecked(lang == current_language())
            action.triggered.connect(lambda _=False, lg=lang: self._on_language_chosen(lg))
            group.addAction(action)
            lang_menu.addAction(action)
            self.language_actions[lang] = action
        from ui.accounts.actions import AccountActions

        self.account_actions = AccountActions(self, self.store, file_menu, settings_menu)
        self.account_actions.switch_user.connect(self._on_account_actions_switch_user)
        # Brief §6 (issue 14): retention and destruction acts, for the administrator.
        self.retention_action: QAction | None = None
        if self.may(Permission.SETTINGS):
            self.retention_action = QAction(self.tr("&Retention and destruction..."), self)
            self.retention_action.triggered.connect(self.open_retention)
            settings_menu.addAction(self.retention_action)
        # Brief §3.8 (issue 14): the МРП and poverty-line tables, for the administrator.
        self.rates_action: QAction | None = None
        if self.may(Permission.SETTINGS):
            self.rates_action = QAction(self.tr("МРП and &poverty lines..."), self)
            self.rates_action.triggered.connect(self.open_rates)
            settings_menu.addAction(self.rates_action)
        # Issue 12: the office settings and the zones' typical elements, for the administrator.
        self.office_settings_action: QAction | None = None
        if self.may(Permission.SETTINGS):
            self.office_settings_action = QAction(self.tr("&Office settings..."), self)
            self.office_settings_action.triggered.connect(self.open_office_settings)
            settings_menu.addAction(self.office_settings_action)
        # Brief §2.8 (issue 12): the norm rules' thresholds and editions, for the administrator.
        self.norm_rules_action: QAction | None = None
        if self.may(Permission.SETTINGS):
            self.norm_rules_action = QAction(self.tr("&Norm rules..."), self)
            self.norm_rules_action.triggered.connect(self.open_norm_rules)
            settings_menu.addAction(self.norm_rules_action)

        report_menu = self.menuBar().addMenu(self.tr("&Reports"))
        self.export_action = QAction(self.tr("&Export report package..."), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self._on_export_action_triggered)
        report_menu.addAction(self.export_action)
        self.quality_action = QAction(self.tr("Data &quality..."), self)
        self.quality_action.triggered.connect(self._on_quality_action_triggered)
        report_menu.addAction(self.quality_action)
        if self.office.level != "district":
            self.receive_action = QAction(self.tr("&Receive packages..."), self)
            self.receive_action.setShortcut(QKeySequence("Ctrl+R"))
            self.receive_action.triggered.connect(self.reporting_page.open_receive_dialog)
            report_menu.addAction(self.receive_action)
        self.period_report_action = QAction(self.tr("&Print period report..."), self)
        self.period_report_action.triggered.connect(self.dashboard_page.print_report)
        report_menu.addAction(self.period_report_action)

        self._hide_what_the_role_may_not_do()

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Qoldau"), self)
        about.triggered.connect(self._on_about_triggered)
        help_menu.addAction(about)

    def may(self, permission: Permission) -> bool:
        """Return True when the principal's role allows ``permission``."""
        return allows(self.role, permission)

    def open_rates(self) -> None:
        """Open the МРП and poverty-line tables (administrator)."""
        from ui.families.rates_dialog import RatesDialog

        dialog = RatesDialog(self.store, self)
        dialog.exec()
        dialog.deleteLater()

    def open_norm_rules(self) -> None:
        """Open the norm rules (administrator)."""
        from ui.objects.norm_rules_dialog import NormRulesDialog

        dialog = NormRulesDialog(self.store, self.user, self)
        dialog.exec()
        dialog.deleteLater()

    def open_office_settings(self) -> None:
        """Open the office settings (administrator); the pages read the new values."""
        from ui.office_settings_dialog import OfficeSettingsDialog

        dialog = OfficeSettingsDialog(self.store, self.user, self)
        if dialog.exec() and dialog.saved:
            self.refresh_all()
        dialog.deleteLater()

    def open_retention(self) -> None:
        """Open the retention and destruction dialog (administrator)."""
        from ui.families.retention_dialog import RetentionDialog

        dialog = RetentionDialog(self.store, self.user, self)
        dialog.exec()
        dialog.deleteLater()

    def _hide_what_the_role_may_not_do(self) -> None:
        # Hiding only: the repositories refuse these too (models/reference/roles.py).
        may_import = self.may(Permission.IMPORT)
        self.import_action.setVisible(may_import)
        # A family list adds families: only a role that may import and add them sees it.
        self.import_members_action.setVisible(
            may_import and self.may(Permission.EDIT_CASES) and self.families_page is not None
        )
        self.template_action.setVisible(may_import)
        self.demo_action.setVisible(self.may(Permission.DEMO))
        self.export_action.setVisible(self.may(Permission.EXPORT))
        self.reporting_page.export_button.setVisible(self.may(Permission.EXPORT))
        may_receive = self.may(Permission.CONSOLIDATE)
        if self.office.level != "district":
            self.receive_action.setVisible(may_receive)
        if self.reporting_page.receive_button is not None:
            self.reporting_page.receive_button.setVisible(may_receive)

    # -- slots ------------------------------------------------------------------------------

    def _on_account_actions_switch_user(self) -> None:
        # Another user logs in (ui/app.py): this window and its dialogs close under the covers.
        self.switch_user.emit()

    def _on_import_action_triggered(self) -> None:
        self.open_import_wizard("objects")

    def _on_import_members_action_triggered(self) -> None:
        self.open_import_wizard("members")

    def open_import_wizard(self, target: str) -> None:
        """Open the import wizard (issue 15) for a register (``objects``) or a family list
        (``members``); a file in Qoldau's own template goes through it without questions."""
        from ui.imports.wizard import ProfileImportWizard

        wizard = ProfileImportWizard(
            self.store, self.user, self.runner, self, target=target, settings=self.settings
        )
        wizard.imported.connect(lambda _r: self.refresh_all())
        wizard.exec()

    def _on_template_action_triggered(self) -> None:
        from ui.imports.template_file import save_template_interactively

        save_template_interactively(self, self.settings)

    def _on_demo_action_triggered(self) -> None:
        from ui.demo_dialog import DemoDialog

        dialog = DemoDialog(self.store, self.user, self.runner, self)
        dialog.loaded.connect(self.refresh_all)
        dialog.exec()

    def refresh_all(self) -> None:
        """Re-read every page after work that changed many records (demo data, an import)."""
        for page in (
            self.objects_page,
            self.families_page,
            self.cases_page,
            self.dashboard_page,
            self.reporting_page,
        ):
            if page is not None:
                page.refresh()

    def _on_stack_current_changed(self, index: int) -> None:
        # Summaries may be stale after edits on another page: re-read them when shown
        # (each reads in a worker, so switching pages never stalls).
        page = self.stack.widget(index)
        for summary in (self.cases_page, self.dashboard_page, self.reporting_page):
            if summary is not None and summary is page:
                summary.refresh()

    def _on_export_action_triggered(self) -> None:
        from ui.reporting.export_wizard import ExportWizard

        wizard = ExportWizard(self.store, self.user, self.runner, self, settings=self.settings)
        wizard.open_findings.connect(self.show_findings)
        wizard.exec()

    def _on_quality_action_triggered(self) -> None:
        from ui.reporting.quality_dialog import QualityDialog

        dialog = QualityDialog(self.store, self.user, self.runner, self)
        dialog.open_findings.connect(self.show_findings)
        dialog.exec()

    def show_findings(self, code: str) -> None:
        """Show the records behind a data-quality finding (the export wizard's "Open the list")."""
        cases_lists = {"overdue_follow_up": 2, "case_without_plan": 3}
        if code in cases_lists and self.cases_page is not None:
            # The findings count the whole office's cases: the list opened shows them all, not
            # only the user's (else 52 found would open a list of 30).
            self.cases_page.mine_check.setChecked(False)
            self.nav.setCurrentRow(self.stack.indexOf(self.cases_page))
            self.cases_page.set_current_list(cases_lists[code])
        elif code.startswith(("member_", "family_")) and self.families_page is not None:
            self.nav.setCurrentRow(self.stack.indexOf(self.families_page))
        else:
            self.nav.setCurrentRow(self.stack.indexOf(self.objects_page))
            if code == "subject_without_passport":
                self.objects_page.show_passport_state("not_passported")
            elif code == "reinspection_due":
                self.objects_page.show_passport_state("reinspection_due")

    def _on_language_chosen(self, lang: str) -> None:
        self.settings.set("ui/language", lang)
        self.language_changed.emit(lang)

    def _on_about_triggered(self) -> None:
        from ui.crash_dialog import environment_text

        QMessageBox.about(self, self.tr("About Qoldau"), environment_text())

    def enable_auto_backups(self, clock: Callable[[], datetime] = datetime.now) -> AutoBackups:
        """Make the daily backup (checked now and hourly) and one on closing (the application's
        windows; a window built by a test makes none unless it asks)."""
        from ui.backups.auto import AutoBackups

        self.auto_backups = AutoBackups(self.store, self.runner, self, clock)
        self.auto_backups.start()
        return self.auto_backups

    def _on_backup_actions_restored(self, _kept: object) -> None:
        # The store's file was replaced: this window's session is over (no exit backup of it).
        # The application logs in again on the restored store, as for "Switch user"
        # (ui/app.py); a window nobody hosts just closes.
        if self.auto_backups is not None:
            self.auto_backups.settle()
        meta = self.metaObject()
        if self.isSignalConnected(meta.method(meta.indexOfSignal("switch_user()"))):
            self.switch_user.emit()
        else:
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Make the exit backup, remember the geometry and let running jobs finish."""
        if self.auto_backups is not None and self.auto_backups.hold_close(event):
            return
        self.account_actions.stop()
        self.settings.set("ui/main_geometry", self.saveGeometry())
        self.runner.wait(30_000)
        super().closeEvent(event)


def store_login(store: Store) -> str:
    """Return the login the GUI writes as: the logged-in principal's (a store opened without
    a login, as by some tests, writes as the office's first administrator)."""
    if store.principal.login != SYSTEM_USER:
        return store.principal.login
    from models.reference.repository import ReferenceRepository

    return ReferenceRepository(store).default_login()
