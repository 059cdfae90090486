"""The family's money (issue 14, brief §3.2, §3.8): the "Money" tab of the family dialog.

At the top, what the money comes to on the dialog's day: the per-capita income (computed from
the incomes, or the declared one), the poverty line applied (year, quarter, region, basis) and
the targeted-social-assistance estimate with every input, labelled "Estimate, not a decision";
below, the incomes by member and source (tenge a month) and the benefits (МРП of their year,
shown in tenge by that year's МРП). Incomes and benefits are saved at once, each through
:class:`~models.families.money.MoneyRepository` (roles, checks, the family's audit), not with the
family's Save. A family not saved yet has no money to record: the tab says so.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.errors import QoldauError
from models.families.money import (
    YEARS,
    BenefitDraft,
    BenefitRow,
    IncomeDraft,
    MoneyRepository,
    TsaEstimate,
)
from models.issues import Issue, ValidationError
from models.reference.repository import ReferenceRepository
from models.reference.roles import RoleError
from models.store.db import Store
from ui.families.rates_dialog import basis_text, tenge_text
from ui.i18n import current_language, format_date
from ui.messages import issue_text, role_error_text
from ui.widgets.ask import ask
from ui.widgets.date_edit import DateEdit
from ui.widgets.dialog_parts import error_summary_label, save_buttons
from ui.widgets.numbers import parse_decimal

#: (person id, name) of the family's members, read when a row is shown or edited.
MembersFn = Callable[[], list[tuple[int, str]]]


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _cell(text: str, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _period(since: date | None, until: date | None) -> str:
    if since is None and until is None:
        return ""
    return f"{format_date(since)} – {format_date(until)}"


def _number(value: Decimal) -> str:
    return f"{value:f}".replace(".", ",")


class MoneyEntryDialog(QDialog):
    """An income or a benefit to add or correct (``kind``: ``income`` or ``benefit``)."""

    def __init__(
        self,
        kind: str,
        codes: list[tuple[str, str]],
        members: list[tuple[int, str]],
        save: Callable[[IncomeDraft | BenefitDraft], None],
        parent: QWidget | None = None,
        *,
        draft: IncomeDraft | BenefitDraft | None = None,
        year: int = 2026,
    ) -> None:
        super().__init__(parent)
        self.kind, self._save, self.draft = kind, save, draft
        income = kind == "income"
        if income:
            self.setWindowTitle(self.tr("Income") if draft else self.tr("New income"))
        else:
            self.setWindowTitle(self.tr("Benefit") if draft else self.tr("New benefit"))
        self.code_combo = QComboBox()
        for code, label in codes:
            self.code_combo.addItem(label, code)
        self.member_combo = QComboBox()
        self.member_combo.addItem(self.tr("The whole family"), None)
        for pid, name in members:
            self.member_combo.addItem(name, pid)
        self.amount_edit = QLineEdit()
        self.year_spin = QSpinBox()
        self.year_spin.setRange(*YEARS)
        self.year_spin.setValue(year)
        self.since_edit = DateEdit()
        self.until_edit = DateEdit()
        self.note_edit = QLineEdit()
        form = QFormLayout()
        if income:
            form.addRow(self.tr("&Source:"), self.code_combo)
            form.addRow(self.tr("&Member:"), self.member_combo)
            form.addRow(self.tr("&Tenge a month:"), self.amount_edit)
        else:
            form.addRow(self.tr("&Benefit:"), self.code_combo)
            form.addRow(self.tr("&Member:"), self.member_combo)
            form.addRow(self.tr("&Amount in МРП:"), self.amount_edit)
            form.addRow(self.tr("МРП of the &year:"), self.year_spin)
        form.addRow(self.tr("S&ince:"), self.since_edit)
        form.addRow(self.tr("&Until (last day):"), self.until_edit)
        form.addRow(self.tr("N&ote:"), self.note_edit)
        if draft is not None:
            code = draft.source if isinstance(draft, IncomeDraft) else draft.benefit_type
            self.code_combo.setCurrentIndex(max(self.code_combo.findData(code), 0))
            self.member_combo.setCurrentIndex(max(self.member_combo.findData(draft.person_id), 0))
            amount = draft.monthly_amount if isinstance(draft, IncomeDraft) else draft.amount_mrp
            self.amount_edit.setText(_number(amount))
            if isinstance(draft, BenefitDraft):
                self.year_spin.setValue(draft.year)
            self.since_edit.set_value(draft.since)
            self.until_edit.set_value(draft.until)
            self.note_edit.setText(draft.note)
        self.error_label = error_summary_label()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        self.buttons = save_buttons(self, self.save)
        layout.addWidget(self.buttons)
        self.code_combo.setFocus()

    def _fail(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def collect(self) -> IncomeDraft | BenefitDraft | None:
        """Return what was typed, or None (with the reason shown) when it cannot be read."""
        try:
            amount = parse_decimal(self.amount_edit.text(), max_places=2)
        except ValueError:
            amount = None
        if amount is None:
            self._fail(self.tr("Type the amount, e.g. 90000 or 16,03."))
            self.amount_edit.setFocus()
            return None
        dates = []
        for edit in (self.since_edit, self.until_edit):
            if not edit.is_empty() and not edit.is_valid():
                self._fail(self.tr("Type the date as dd.mm.yyyy, or leave it empty."))
                edit.setFocus()
                return None
            dates.append(edit.value())
        person = self.member_combo.currentData()
        person_id = None if person is None else int(person)
        note = self.note_edit.text().strip()
        oid = None if self.draft is None else self.draft.id
        code = str(self.code_combo.currentData() or "")
        if self.kind == "income":
            return IncomeDraft(code, amount, person_id, dates[0], dates[1], note, oid)
        year = self.year_spin.value()
        return BenefitDraft(code, amount, year, person_id, dates[0], dates[1], note, oid)

    def save(self) -> None:
        """Save through the repository; keep the dialog open with the reason when refused."""
        draft = self.collect()
        if draft is None:
            return
        try:
            self._save(draft)
        except ValidationError as exc:
            self._fail(" ".join(issue_text(i) for i in exc.report.errors))
            return
        except RoleError as exc:
            self._fail(role_error_text(exc.role))
            return
        self.accept()


class MoneyTab(QWidget):
    """Incomes, benefits, per-capita income, the poverty line and the TSA estimate."""

    def __init__(
        self,
        store: Store,
        family_id: int | None,
        members: MembersFn,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.repo = MoneyRepository(store)
        self.family_id, self.members, self.today = family_id, members, today
        lang = current_language()
        ref = ReferenceRepository(store)
        self.sources = [(c.code, c.label(lang)) for c in ref.code_labels("income_sources")]
        self.benefit_types = [(c.code, c.label(lang)) for c in ref.code_labels("benefit_types")]
        self.regions = {f"{c.code}0000000": c.label(lang) for c in ref.code_labels("regions")}
        self.labels = {
            **{
                c.code: c.label(lang)
                for c in ref.code_labels("income_sources", include_retired=True)
            },
            **{
                f"b:{c.code}": c.label(lang)
                for c in ref.code_labels("benefit_types", include_retired=True)
            },
        }
        #: The entry dialog open (tests drive it).
        self.entry_dialog: MoneyEntryDialog | None = None

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.estimate_label = QLabel()
        self.estimate_label.setWordWrap(True)
        self.estimate_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label = error_summary_label()

        self.income_table = _table(
            [self.tr("Member"), self.tr("Source"), self.tr("Tenge a month"), self.tr("Period")]
        )
        self.benefit_table = _table(
            [
                self.tr("Member"),
                self.tr("Benefit"),
                self.tr("МРП"),
                self.tr("Year"),
                self.tr("Tenge"),
                self.tr("Period"),
            ]
        )
        self.incomes: list[IncomeDraft] = []
        self.benefits: list[BenefitRow] = []
        self.income_table.doubleClicked.connect(lambda _i: self.edit_income())
        self.benefit_table.doubleClicked.connect(lambda _i: self.edit_benefit())

        def buttons(
            *specs: tuple[str, Callable[[], None]],
        ) -> tuple[QHBoxLayout, list[QPushButton]]:
            row, made = QHBoxLayout(), []
            for text, slot in specs:
                b = QPushButton(text)
                b.setAutoDefault(False)
                b.clicked.connect(slot)
                row.addWidget(b)
                made.append(b)
            row.addStretch(1)
            return row, made

        income_row, (self.add_income_button, self.edit_income_button, self.remove_income_button) = (
            buttons(
                (self.tr("Add income..."), self.add_income),
                (self.tr("Edit..."), self.edit_income),
                (self.tr("Remove"), self.remove_income),
            )
        )
        (
            benefit_row,
            (self.add_benefit_button, self.edit_benefit_button, self.remove_benefit_button),
        ) = buttons(
            (self.tr("Add benefit..."), self.add_benefit),
            (self.tr("Edit..."), self.edit_benefit),
            (self.tr("Remove"), self.remove_benefit),
        )
        incomes_box, benefits_box = QWidget(), QWidget()
        for box, title, table, row in (
            (incomes_box, self.tr("Incomes"), self.income_table, income_row),
            (benefits_box, self.tr("Benefits received"), self.benefit_table, benefit_row),
        ):
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.addWidget(QLabel(title))
            box_layout.addWidget(table, 1)
            box_layout.addLayout(row)
        tables = QSplitter(Qt.Orientation.Horizontal)
        tables.addWidget(incomes_box)
        tables.addWidget(benefits_box)
        tables.setChildrenCollapsible(False)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.summary_label)
        body_layout.addWidget(self.estimate_label)
        body_layout.addWidget(self.error_label)
        body_layout.addWidget(tables, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.refresh()

    # -- reading ------------------------------------------------------------------------------

    def _member_name(self, person_id: int | None) -> str:
        if person_id is None:
            return self.tr("the whole family")
        return dict(self.members()).get(person_id, "")

    def refresh(self) -> None:
        """Read the incomes, benefits and figures again."""
        saved = self.family_id is not None
        for widget in (
            self.add_income_button,
            self.edit_income_button,
            self.remove_income_button,
            self.add_benefit_button,
            self.edit_benefit_button,
            self.remove_benefit_button,
        ):
            widget.setEnabled(saved)
        if self.family_id is None:
            self.summary_label.setText(
                self.tr("Save the family first: then its incomes and benefits are recorded here.")
            )
            self.estimate_label.setText("")
            return
        self.incomes = self.repo.incomes(self.family_id)
        self.benefits = self.repo.benefits(self.family_id)
        self.income_table.setRowCount(0)
        for inc in self.incomes:
            r = self.income_table.rowCount()
            self.income_table.insertRow(r)
            cells = (
                _cell(self._member_name(inc.person_id)),
                _cell(self.labels.get(inc.source, inc.source)),
                _cell(tenge_text(inc.monthly_amount), right=True),
                _cell(_period(inc.since, inc.until)),
            )
            for c, item in enumerate(cells):
                self.income_table.setItem(r, c, item)
        self.benefit_table.setRowCount(0)
        for b in self.benefits:
            r = self.benefit_table.rowCount()
            self.benefit_table.insertRow(r)
            d = b.draft
            kind = self.labels.get(f"b:{d.benefit_type}", d.benefit_type)
            tenge = (
                self.tr("no МРП for {year}").format(year=d.year)
                if b.tenge is None
                else (
                    self.tr("{amount} once") if b.one_off else self.tr("{amount} a month")
                ).format(amount=tenge_text(b.tenge))
            )
            row_cells = (
                _cell(self._member_name(d.person_id)),
                _cell(kind),
                _cell(_number(d.amount_mrp), right=True),
                _cell(str(d.year)),
                _cell(tenge, right=True),
                _cell(_period(d.since, d.until)),
            )
            for c, item in enumerate(row_cells):
                self.benefit_table.setItem(r, c, item)
        self._show_figures(self.repo.tsa_estimate(self.family_id, self.today))

    def _show_figures(self, tsa: TsaEstimate) -> None:
        if tsa.per_capita is None:
            income = self.tr("Per-capita income on {day}: not known.").format(
                day=format_date(tsa.at)
            )
        else:
            source = self.tr("declared") if tsa.income_source == "declared" else self.tr("computed")
            income = self.tr(
                "Per-capita income on {day}: {amount} tenge a month ({source}; {members} "
                "current members)."
            ).format(
                day=format_date(tsa.at),
                amount=tenge_text(tsa.per_capita),
                source=source,
                members=tsa.members,
            )
        if tsa.line is None:
            line = self.tr("Poverty line for {year}, quarter {quarter}: not set.").format(
                year=tsa.year, quarter=tsa.quarter
            )
        else:
            kato = tsa.line.region_kato
            region = self.regions.get(kato, kato) if kato else self.tr("every region")
            line = self.tr(
                "Poverty line applied: {amount} tenge, {year}, quarter {quarter}, {region}; "
                "basis: {basis}."
            ).format(
                amount=tenge_text(tsa.line.tenge),
                year=tsa.line.year,
                quarter=tsa.line.quarter,
                region=region,
                basis=basis_text(tsa.line.basis),
            )
        self.summary_label.setText(f"{income}\n{line}")
        title = self.tr("Targeted social assistance: Estimate, not a decision.")
        if tsa.reason:
            body = issue_text(Issue("tsa", tsa.reason))
        elif not tsa.eligible:
            body = self.tr(
                "The per-capita income is not below the poverty line: no assistance is estimated."
            )
        else:
            assert tsa.line is not None and tsa.per_capita is not None
            body = self.tr(
                "({line} − {income}) × {members} members = {base} a month; {children} children "
                "aged 1-6 × 1.5 МРП ({mrp}) = {extra} a month; {monthly} a month × {months} "
                "months = {total} tenge for the quarter."
            ).format(
                line=tenge_text(tsa.line.tenge),
                income=tenge_text(tsa.per_capita),
                members=tsa.members,
                base=tenge_text(tsa.base_monthly),
                children=tsa.children_1_6,
                mrp=tenge_text(tsa.mrp),
                extra=tenge_text(tsa.children_monthly),
                monthly=tenge_text(tsa.monthly),
                months=tsa.months,
                total=tenge_text(tsa.quarter_total),
            )
        self.estimate_label.setText(f"{title}\n{body}")

    # -- writing ------------------------------------------------------------------------------

    def _open_entry(self, kind: str, draft: IncomeDraft | BenefitDraft | None) -> None:
        assert self.family_id is not None
        family_id = self.family_id

        def save(d: IncomeDraft | BenefitDraft) -> None:
            if isinstance(d, IncomeDraft):
                self.repo.save_income(family_id, d)
            else:
                self.repo.save_benefit(family_id, d)

        codes = self.sources if kind == "income" else self.benefit_types
        dialog = MoneyEntryDialog(
            kind, codes, self.members(), save, self, draft=draft, year=self.today.year
        )
        dialog.accepted.connect(self.refresh)
        self.entry_dialog = dialog
        dialog.open()

    @staticmethod
    def _selected(table: QTableWidget) -> int | None:
        rows = table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def add_income(self) -> None:
        """Open a new income."""
        self._open_entry("income", None)

    def edit_income(self) -> None:
        """Open the income selected."""
        row = self._selected(self.income_table)
        if row is not None:
            self._open_entry("income", self.incomes[row])

    def add_benefit(self) -> None:
        """Open a new benefit."""
        self._open_entry("benefit", None)

    def edit_benefit(self) -> None:
        """Open the benefit selected."""
        row = self._selected(self.benefit_table)
        if row is not None:
            self._open_entry("benefit", self.benefits[row].draft)

    def _remove(self, remove: Callable[[], None]) -> None:
        if not ask(
            self,
            self.tr("Remove"),
            self.tr("Remove this entry? The family's history keeps that it was removed."),
            self.tr("Remove"),
            self.tr("Keep"),
        ):
            return
        try:
            remove()
        except QoldauError as exc:
            text = (
                role_error_text(exc.role)
                if isinstance(exc, RoleError)
                else " ".join(issue_text(i) for i in exc.report.errors)
                if isinstance(exc, ValidationError)
                else str(exc)
            )
            self.error_label.setText(text)
            self.error_label.show()
            return
        self.error_label.hide()
        self.refresh()

    def remove_income(self) -> None:
        """Remove the income selected (after a confirmation)."""
        row = self._selected(self.income_table)
        if row is not None and self.family_id is not None:
            fid, iid = self.family_id, self.incomes[row].id
            assert iid is not None
            self._remove(lambda: self.repo.remove_income(fid, iid))

    def remove_benefit(self) -> None:
        """Remove the benefit selected (after a confirmation)."""
        row = self._selected(self.benefit_table)
        if row is not None and self.family_id is not None:
            fid, bid = self.family_id, self.benefits[row].draft.id
            assert bid is not None
            self._remove(lambda: self.repo.remove_benefit(fid, bid))
