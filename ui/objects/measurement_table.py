"""Measured values of a passport: zone, norm check, value and photo number, with the verdict.

The checks are the store's norm rules (issue 12, brief §2.8): their names come from the store
in the interface language; a row offers the rules in force for its zone (housing rules only on
residential objects). A stored measurement keeps the verdict and rule edition it was given
(``models/objects/passport_fill.put_measurements``): its row shows them until it is changed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from models.issues import ERROR, Issue
from models.objects.dto import MeasurementDraft, NormRuleDTO, StoredMeasurement
from models.objects.tables import ZONES
from models.objects.validation import measurement_verdict
from ui.i18n import current_language
from ui.messages import issue_text
from ui.widgets.row_list import RowList, format_number, parse_decimal
from ui.widgets.theme import ERROR_COLOUR, OK_COLOUR

COL_ZONE, COL_CHECK, COL_VALUE, COL_PHOTO = range(4)
#: Colours of inline messages (the same as the form's frames).
#: The passport form marks warnings a shade darker than inline field messages.
WARNING_COLOUR = "#a35200"


class MeasurementTable(RowList):
    """Rows of (zone, check, value, photo no.) with a live verdict beside each value.

    Only the checks the norm rules allow in the row's zone are offered.

    Signals:
        changed(): a row was added, removed or edited.
    """

    def __init__(
        self,
        zone_labels: Mapping[str, str],
        rules: Mapping[str, NormRuleDTO],
        parent: QWidget | None = None,
    ) -> None:
        self._zone_labels = dict(zone_labels)
        self._rules = dict(rules)
        self._lang = current_language()
        #: None: the object is not known, housing rules are offered too.
        self._residential: bool | None = None
        #: Stored verdicts by (zone, check, element, value), as put_measurements matches them.
        self._stored: dict[tuple[str, str, str, float], StoredMeasurement] = {}
        #: The check and element each populated row was stored with, by its check combo.
        self._populated: dict[QComboBox, tuple[str, str]] = {}
        self._zones = [z for z in ZONES if any(z in r.zones for r in self._rules.values())]
        t = QCoreApplication.translate
        super().__init__(
            [
                t("MeasurementTable", "Zone"),
                t("MeasurementTable", "Check"),
                t("MeasurementTable", "Value"),
                t("MeasurementTable", "Photo no."),
                "",
                t("MeasurementTable", "Verdict"),
            ],
            t("MeasurementTable", "Add &measurement"),
            parent,
        )

    # -- labels and context ---------------------------------------------------------------

    def check_label(self, code: str) -> str:
        """Return the name of a norm check in the interface language with its threshold."""
        rule = self._rules.get(code)
        if rule is None:
            return code
        name = rule.title(self._lang)
        return f"{name} ({rule.operator} {format_number(rule.value)} {rule.unit})"

    def set_object(self, residential: bool, stored: Sequence[StoredMeasurement] = ()) -> None:
        """Offer the rules that fit the object (housing rules on residential objects only) and
        remember the verdicts of the passport's stored measurements; call before populate."""
        self._residential = residential
        self._stored = {(m.zone, m.check_code, m.element, m.value): m for m in stored}
        for r in range(self.row_count()):
            zone, check = self.row_widgets(r)[:2]
            assert isinstance(zone, QComboBox) and isinstance(check, QComboBox)
            self._fill_checks(zone, check)

    def offers(self, rule: NormRuleDTO, zone: str) -> bool:
        """Return True when a new row in ``zone`` may use ``rule``."""
        return (
            rule.active
            and zone in rule.zones
            and (rule.scope != "RESIDENTIAL" or self._residential is not False)
        )

    # -- rows -------------------------------------------------------------------------------

    def _create_row(self) -> list[QWidget]:
        zone = QComboBox()
        for z in self._zones:
            zone.addItem(self._zone_labels.get(z, z), z)
        zone.setAccessibleName(self.tr("Zone"))
        # Zone names are long: keep the column narrow, the popup still shows them whole.
        zone.setMinimumContentsLength(16)
        zone.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        zone.view().setMinimumWidth(420)
        check = QComboBox()
        check.setAccessibleName(self.tr("Check"))
        check.setMinimumContentsLength(18)
        check.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        value = QLineEdit()
        value.setAccessibleName(self.tr("Value"))
        value.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"-?\d{0,6}([.,]\d{0,4})?"))
        )
        value.setMaximumWidth(90)
        photo = QLineEdit()
        photo.setAccessibleName(self.tr("Photo no."))
        photo.setMaximumWidth(90)
        self._fill_checks(zone, check)
        zone.currentIndexChanged.connect(lambda _i: self._fill_checks(zone, check))
        zone.currentIndexChanged.connect(self._notify)
        check.currentIndexChanged.connect(self._notify)
        value.textChanged.connect(self._notify)
        photo.textChanged.connect(self._notify)
        return [zone, check, value, photo]

    def _fill_checks(self, zone: QComboBox, check: QComboBox) -> None:
        keep = check.currentData()
        blocked = check.blockSignals(True)
        check.clear()
        z = str(zone.currentData())
        for code, rule in self._rules.items():
            if self.offers(rule, z):
                check.addItem(self.check_label(code), code)
        populated = self._populated.get(check)
        if populated is not None and check.findData(populated[0]) < 0 and keep == populated[0]:
            # A stored row keeps its retired (or housing) rule until it is changed.
            check.addItem(self.check_label(populated[0]), populated[0])
        index = check.findData(keep)
        check.setCurrentIndex(max(index, 0))
        check.blockSignals(blocked)

    def populate(self, measurements: Sequence[MeasurementDraft]) -> None:
        """Show a passport's measurements (unknown zones or checks are added to the lists)."""
        blocked = self.blockSignals(True)
        self.clear_rows()
        self._populated.clear()
        for m in measurements:
            row = self.add_row()
            zone, check, value, photo = self.row_widgets(row)
            assert isinstance(zone, QComboBox) and isinstance(check, QComboBox)
            assert isinstance(value, QLineEdit) and isinstance(photo, QLineEdit)
            if zone.findData(m.zone) < 0:
                zone.addItem(self._zone_labels.get(m.zone, m.zone), m.zone)
            zone.setCurrentIndex(zone.findData(m.zone))
            self._populated[check] = (m.check_code, m.element)
            if check.findData(m.check_code) < 0:
                check.addItem(self.check_label(m.check_code), m.check_code)
            check.setCurrentIndex(check.findData(m.check_code))
            value.setText(format_number(m.value))
            photo.setText(m.photo_no)
        self.blockSignals(blocked)
        self.changed.emit()

    def read_rows(self) -> tuple[list[MeasurementDraft], list[int], list[Issue]]:
        """Return the complete rows as drafts, the row of each draft, and typing problems.

        Issues name their field ``measurement.<row>`` by row, not by draft.
        """
        drafts: list[MeasurementDraft] = []
        rows: list[int] = []
        issues: list[Issue] = []
        for r in range(self.row_count()):
            zone, check, value, photo = self.row_widgets(r)
            assert isinstance(zone, QComboBox) and isinstance(check, QComboBox)
            assert isinstance(value, QLineEdit) and isinstance(photo, QLineEdit)
            try:
                number = parse_decimal(value.text())
            except ValueError:
                issues.append(Issue(f"measurement.{r}", "number_format"))
                continue
            if number is None or check.currentData() is None:
                issues.append(Issue(f"measurement.{r}", "required"))
                continue
            code = str(check.currentData())
            draft = MeasurementDraft(
                str(zone.currentData()),
                code,
                float(number),
                photo.text().strip(),
                self._element(check, code),
            )
            drafts.append(draft)
            rows.append(r)
            problem = self._new_value_problem(draft)
            if problem:
                issues.append(Issue(f"measurement.{r}", problem, {"check": code}, ERROR))
        return drafts, rows, issues

    def show_row_issue(self, row: int, issue: Issue | None) -> None:
        """Show a row's problem, or its verdict when the value is fine."""
        label = self.message_label(row)
        stored = self._stored_row(row)
        if stored is not None and (issue is None or issue.code == "norm_breach"):
            # The verdict given when the value was entered stands (brief §2.8), whatever the
            # threshold in force says now.
            self._show_stored(label, stored)
            return
        label.setToolTip("")
        if issue is not None:
            colour = ERROR_COLOUR if issue.severity == ERROR else WARNING_COLOUR
            mark = "✗" if issue.severity == ERROR else "⚠"
            label.setStyleSheet(f"color: {colour}")
            label.setText(f"{mark} {issue_text(issue)}")
            return
        _zone, check, value, _photo = self.row_widgets(row)
        assert isinstance(check, QComboBox) and isinstance(value, QLineEdit)
        rule = self._rules.get(str(check.currentData()))
        try:
            number = parse_decimal(value.text())
        except ValueError:
            number = None
        if rule is None or number is None:
            label.clear()
            return
        if measurement_verdict(rule, float(number)):
            label.setStyleSheet(f"color: {OK_COLOUR}")
            label.setText(
                "✓ "
                + self.tr("Meets the norm ({document}, {clause}).").format(
                    document=rule.document, clause=rule.clause
                )
            )
        else:
            label.clear()

    # -- stored measurements and new values -------------------------------------------------

    def _element(self, check: QComboBox, code: str) -> str:
        populated = self._populated.get(check)
        if populated is not None and populated[0] == code:
            return populated[1]
        rule = self._rules.get(code)
        return rule.element if rule is not None else ""

    def _is_stored(self, draft: MeasurementDraft) -> bool:
        return (draft.zone, draft.check_code, draft.element, draft.value) in self._stored

    def _new_value_problem(self, draft: MeasurementDraft) -> str:
        """Return why a new (or changed) value may not use its rule, or ""."""
        rule = self._rules.get(draft.check_code)
        if rule is None or self._is_stored(draft):
            return ""
        if not rule.active:
            return "norm_rule_retired"
        if rule.scope == "RESIDENTIAL" and self._residential is False:
            return "norm_rule_not_residential"
        return ""

    def stored_row(self, row: int) -> StoredMeasurement | None:
        """Return the stored measurement row ``row`` still shows unchanged (its verdict and
        edition stand), or None for a new or changed value."""
        return self._stored_row(row)

    def _stored_row(self, row: int) -> StoredMeasurement | None:
        zone, check, value, _photo = self.row_widgets(row)
        assert isinstance(zone, QComboBox) and isinstance(check, QComboBox)
        assert isinstance(value, QLineEdit)
        try:
            number = parse_decimal(value.text())
        except ValueError:
            return None
        if number is None or check.currentData() is None:
            return None
        code = str(check.currentData())
        key = (str(zone.currentData()), code, self._element(check, code), float(number))
        return self._stored.get(key)

    def _show_stored(self, label: QLabel, m: StoredMeasurement) -> None:
        rule = self._rules.get(m.check_code)
        unit = rule.unit if rule is not None else ""
        ok = m.verdict == "ok"
        label.setStyleSheet(f"color: {OK_COLOUR if ok else WARNING_COLOUR}")
        norm = f"{'≤' if m.operator == '<=' else '≥'} {format_number(m.threshold)} {unit}"
        if m.rule_edition is None:
            edition = self.tr("checked before norm editions were kept")
        else:
            edition = self.tr("edition {n}").format(n=m.rule_edition)
        if ok:
            text = self.tr("Met the norm {norm} ({edition}).")
        else:
            text = self.tr("Did not meet the norm {norm} ({edition}).")
        label.setText(("✓ " if ok else "⚠ ") + text.format(norm=norm, edition=edition))
        label.setToolTip(
            self.tr(
                "Checked against {ref}, {edition}: a later threshold does not change this "
                "verdict; change the value to check it against the norm in force."
            ).format(ref=m.norm_ref, edition=edition)
        )
