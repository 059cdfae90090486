"""Measured values of a passport: zone, norm check, value and photo number, with the verdict."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from models.issues import ERROR, Issue
from models.objects.dto import MeasurementDraft, NormRuleDTO
from models.objects.tables import ZONES
from models.objects.validation import measurement_verdict
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

    # -- labels -----------------------------------------------------------------------------

    def check_label(self, code: str) -> str:
        """Return the translated name of a norm check with its threshold."""
        names = {
            "RAMP_SLOPE": self.tr("Ramp slope"),
            "DOOR_WIDTH": self.tr("Door width"),
            "DOOR_MANOEUVRE_DEPTH": self.tr("Manoeuvring space before a door"),
            "CORRIDOR_WIDTH": self.tr("Corridor width"),
            "TURNING_DIAMETER": self.tr("Wheelchair turning diameter"),
            "EVAC_DOOR_WIDTH": self.tr("Evacuation door width"),
            "EVAC_CORRIDOR_WIDTH": self.tr("Evacuation corridor width"),
            "DEAD_END_LENGTH": self.tr("Dead-end corridor length"),
            "BALCONY_WIDTH": self.tr("Balcony or loggia width"),
            "RAMP_LANDING_LENGTH": self.tr("Ramp landing length"),
            "DOOR_THRESHOLD": self.tr("Door threshold height"),
            "PARKING_ACCESSIBLE_SHARE": self.tr("Accessible parking spaces"),
            "RAMP_WIDTH": self.tr("Ramp width"),
            "ATM_LARGE_PRINT": self.tr("ATM text in large print (1 yes, 0 no)"),
        }
        rule = self._rules.get(code)
        name = names.get(code, code)
        if rule is None:
            return name
        return f"{name} ({rule.operator} {format_number(rule.value)} {rule.unit})"

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
        z = zone.currentData()
        for code, rule in self._rules.items():
            if z in rule.zones:
                check.addItem(self.check_label(code), code)
        index = check.findData(keep)
        check.setCurrentIndex(max(index, 0))
        check.blockSignals(blocked)

    def populate(self, measurements: Sequence[MeasurementDraft]) -> None:
        """Show a passport's measurements (unknown zones or checks are added to the lists)."""
        blocked = self.blockSignals(True)
        self.clear_rows()
        for m in measurements:
            row = self.add_row()
            zone, check, value, photo = self.row_widgets(row)
            assert isinstance(zone, QComboBox) and isinstance(check, QComboBox)
            assert isinstance(value, QLineEdit) and isinstance(photo, QLineEdit)
            if zone.findData(m.zone) < 0:
                zone.addItem(self._zone_labels.get(m.zone, m.zone), m.zone)
            zone.setCurrentIndex(zone.findData(m.zone))
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
            drafts.append(
                MeasurementDraft(
                    str(zone.currentData()),
                    str(check.currentData()),
                    float(number),
                    photo.text().strip(),
                )
            )
            rows.append(r)
        return drafts, rows, issues

    def show_row_issue(self, row: int, issue: Issue | None) -> None:
        """Show a row's problem, or its verdict when the value is fine."""
        label = self.message_label(row)
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
